//! A fixed-window limit on logins per client address: enough to stop a script hammering the
//! login, cheap enough to sit in front of every attempt. Per instance; a shared limit across
//! instances belongs in the load balancer.

use std::{
    collections::HashMap,
    net::IpAddr,
    sync::Mutex,
    time::{Duration, Instant},
};

pub struct RateLimiter {
    limit: u32,
    window: Duration,
    seen: Mutex<HashMap<IpAddr, (Instant, u32)>>,
}

impl RateLimiter {
    pub fn new(limit: u32, window: Duration) -> Self {
        Self {
            limit,
            window,
            seen: Mutex::default(),
        }
    }

    /// Counts an attempt from `client`; false once it has used up its window.
    pub fn allow(&self, client: IpAddr) -> bool {
        let Ok(mut seen) = self.seen.lock() else {
            return true;
        };
        let now = Instant::now();
        if seen.len() > 10_000 {
            let window = self.window;
            seen.retain(|_, (start, _)| now.duration_since(*start) < window);
        }
        let entry = seen.entry(client).or_insert((now, 0));
        if now.duration_since(entry.0) >= self.window {
            *entry = (now, 0);
        }
        entry.1 += 1;
        entry.1 <= self.limit
    }
}

impl RateLimiter {
    /// Whether `client` has used up its window, without counting an attempt.
    pub fn exhausted(&self, client: IpAddr) -> bool {
        let Ok(seen) = self.seen.lock() else {
            return false;
        };
        seen.get(&client).is_some_and(|(start, count)| {
            Instant::now().duration_since(*start) < self.window && *count >= self.limit
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_client_is_stopped_after_its_limit_and_others_are_not() {
        let limiter = RateLimiter::new(3, Duration::from_secs(60));
        let a: IpAddr = "127.0.0.1".parse().expect("ip");
        let b: IpAddr = "127.0.0.2".parse().expect("ip");
        assert!((0..3).all(|_| limiter.allow(a)));
        assert!(!limiter.allow(a));
        assert!(limiter.allow(b));
    }

    #[test]
    fn looking_does_not_count() {
        let limiter = RateLimiter::new(1, Duration::from_secs(60));
        let a: IpAddr = "127.0.0.1".parse().expect("ip");
        assert!(!limiter.exhausted(a));
        assert!(!limiter.exhausted(a));
        assert!(limiter.allow(a));
        assert!(limiter.exhausted(a));
    }

    #[test]
    fn the_window_resets() {
        let limiter = RateLimiter::new(1, Duration::from_millis(1));
        let a: IpAddr = "127.0.0.1".parse().expect("ip");
        assert!(limiter.allow(a));
        std::thread::sleep(Duration::from_millis(5));
        assert!(limiter.allow(a));
    }
}

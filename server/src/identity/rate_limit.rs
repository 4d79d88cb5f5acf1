//! A fixed-window limit on logins per client address: enough to stop a script hammering the
//! login, cheap enough to sit in front of every attempt. Per instance; a shared limit across
//! instances belongs in the load balancer. A client is its IPv4 address, or its IPv6 /64 (the
//! block one subscriber is given): a client with a /64 cannot step round the limit, or fill the
//! table, by changing the last half of its address.

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
        let client = who(client);
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
        let client = who(client);
        let Ok(seen) = self.seen.lock() else {
            return false;
        };
        seen.get(&client).is_some_and(|(start, count)| {
            Instant::now().duration_since(*start) < self.window && *count >= self.limit
        })
    }
}

/// The client an address counts as: an IPv4 address (also written as IPv6) itself, an IPv6
/// address its /64.
fn who(address: IpAddr) -> IpAddr {
    match address.to_canonical() {
        IpAddr::V6(v6) => {
            let bits = u128::from(v6) & !((1u128 << 64) - 1);
            IpAddr::V6(std::net::Ipv6Addr::from(bits))
        }
        v4 => v4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_ipv6_64_is_one_client_and_an_ipv4_address_written_as_ipv6_is_itself() {
        let limiter = RateLimiter::new(2, Duration::from_secs(60));
        let one: IpAddr = "2001:db8:1:2::1".parse().expect("ip");
        let same_block: IpAddr = "2001:db8:1:2:ffff:ffff:ffff:ffff".parse().expect("ip");
        let next_block: IpAddr = "2001:db8:1:3::1".parse().expect("ip");
        assert!(limiter.allow(one));
        assert!(limiter.allow(same_block));
        assert!(!limiter.allow(one), "the /64's two attempts are used");
        assert!(limiter.exhausted(same_block));
        assert!(limiter.allow(next_block));
        let v4: IpAddr = "192.0.2.7".parse().expect("ip");
        let mapped: IpAddr = "::ffff:192.0.2.7".parse().expect("ip");
        assert!(limiter.allow(v4) && limiter.allow(mapped));
        assert!(!limiter.allow(v4), "the same client written two ways");
    }

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

//! The soft lock: who has a case open, on this instance, for a couple of minutes after they
//! last opened it. Nothing is refused because of it; the page only says "Ingrid Berg is also
//! looking at this case". Kept in memory: another instance's viewers are not seen, and a restart
//! forgets them (a lock that matters would be a claim).

use std::{
    collections::HashMap,
    sync::Mutex,
    time::{Duration, Instant},
};

/// How long an opened case counts as open.
pub const OPEN_FOR: Duration = Duration::from_secs(120);

/// Who has a case open: person id → (name, until when).
type Viewers = HashMap<String, (String, Instant)>;

/// Who has which case open, by case id.
#[derive(Debug, Default)]
pub struct Looking(Mutex<HashMap<String, Viewers>>);

impl Looking {
    /// Records that `pid` (`name`) opened `case` now, and names the others who have it open,
    /// by name.
    pub fn open(&self, case: &str, pid: &str, name: &str) -> Vec<String> {
        self.open_at(case, pid, name, Instant::now())
    }

    fn open_at(&self, case: &str, pid: &str, name: &str, now: Instant) -> Vec<String> {
        let Ok(mut cases) = self.0.lock() else {
            return Vec::new();
        };
        // Forget what has run out, everywhere (the map stays as small as what is open).
        cases.retain(|_, viewers| {
            viewers.retain(|_, (_, until)| *until > now);
            !viewers.is_empty()
        });
        let viewers = cases.entry(case.to_string()).or_default();
        viewers.insert(pid.to_string(), (name.to_string(), now + OPEN_FOR));
        let mut others: Vec<String> = viewers
            .iter()
            .filter(|(other, _)| other.as_str() != pid)
            .map(|(_, (name, _))| name.clone())
            .collect();
        others.sort();
        others
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn others_who_opened_a_case_are_named_until_their_time_runs_out() {
        let looking = Looking::default();
        let start = Instant::now();
        assert!(looking
            .open_at("K-1", "ingrid", "Ingrid Berg", start)
            .is_empty());
        assert_eq!(
            looking.open_at("K-1", "sara", "Sara Eide", start + Duration::from_secs(30)),
            ["Ingrid Berg"]
        );
        assert!(looking
            .open_at("K-2", "sara", "Sara Eide", start + Duration::from_secs(30))
            .is_empty());
        let later = start + OPEN_FOR + Duration::from_secs(1);
        assert!(
            looking
                .open_at("K-1", "sara", "Sara Eide", later)
                .is_empty(),
            "Ingrid's look has run out"
        );
    }
}

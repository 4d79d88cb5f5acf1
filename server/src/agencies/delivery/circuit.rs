//! The worker's side of each agency's circuit (the circuit itself is in the database, shared by
//! every instance): what it lets through, and what each attempt tells it.

use super::{Circuit, Health, Worker};
use app::domain::Instant;

/// What the agency's circuit lets through.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Gate {
    Closed,
    /// Nothing is sent.
    Open,
    /// One probe at a time.
    HalfOpen,
}

pub(super) fn gate(circuit: Option<&Circuit>, now: Instant) -> Gate {
    match circuit.and_then(|c| c.open_until) {
        None => Gate::Closed,
        Some(until) if until > now => Gate::Open,
        Some(_) => Gate::HalfOpen,
    }
}

impl Worker {
    /// Tells the circuit how an attempt went; `probe` is the probe's lease if it was one.
    pub(super) async fn circuit(&self, agency: &str, health: Health, probe: Option<Instant>) {
        let result = match health {
            Health::Up => self
                .database
                .circuits()
                .succeeded(agency)
                .await
                .map(|was_open| {
                    if was_open {
                        tracing::info!(agency, "the agency answers again: its circuit is closed");
                    }
                }),
            Health::Down => {
                let until = Instant::now().plus(self.config.circuit_cool_down);
                let threshold = i64::from(self.config.circuit_failures.max(1));
                self.database
                    .circuits()
                    .failed(agency, threshold, until, probe.is_some())
                    .await
                    .map(|opened| {
                        if opened {
                            tracing::warn!(
                                agency,
                                %until,
                                "the agency keeps failing: its circuit is open"
                            );
                        }
                    })
            }
            Health::Unknown => match probe {
                Some(lease) => self.database.circuits().release_probe(agency, lease).await,
                None => Ok(()),
            },
        };
        if let Err(error) = result {
            tracing::error!(%error, agency, "cannot update the agency's circuit");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_open_circuit_holds_calls_until_its_cool_down_ends_then_lets_a_probe_through() {
        let at = |text: &str| Instant::parse(text).expect("a time");
        let circuit = |open_until: Option<&str>| Circuit {
            agency: "nav".into(),
            failures: 5,
            open_until: open_until.map(at),
            probe_until: None,
        };
        let now = at("2026-11-23T10:00:00.000Z");
        assert_eq!(gate(None, now), Gate::Closed);
        assert_eq!(gate(Some(&circuit(None)), now), Gate::Closed);
        assert_eq!(
            gate(Some(&circuit(Some("2026-11-23T10:00:30.000Z"))), now),
            Gate::Open
        );
        assert_eq!(
            gate(Some(&circuit(Some("2026-11-23T09:59:59.000Z"))), now),
            Gate::HalfOpen
        );
    }
}

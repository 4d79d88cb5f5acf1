//! Each agency's circuit (table `agency_circuit`), shared by every instance through the database
//! (so an agency that is down is spared by all of them, and only one probe call at a time
//! reaches it).

use super::super::{optional_instant, Database, StorageError};
use app::domain::Instant;

/// The agencies' circuits.
#[derive(Clone, Copy)]
pub struct Circuits<'a>(pub(in super::super) &'a Database);

/// An agency's circuit: closed while `open_until` is `None`; open (no calls) until
/// `open_until`; after that half-open: one probe call at a time, leased until `probe_until`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Circuit {
    pub agency: String,
    /// Consecutive transient failures.
    pub failures: i64,
    pub open_until: Option<Instant>,
    pub probe_until: Option<Instant>,
}

#[derive(sqlx::FromRow)]
struct Row {
    agency: String,
    failures: i64,
    open_until: Option<String>,
    probe_until: Option<String>,
}

impl TryFrom<Row> for Circuit {
    type Error = StorageError;

    fn try_from(row: Row) -> Result<Circuit, StorageError> {
        Ok(Circuit {
            agency: row.agency,
            failures: row.failures,
            open_until: optional_instant("open until", row.open_until.as_deref())?,
            probe_until: optional_instant("probe until", row.probe_until.as_deref())?,
        })
    }
}

impl Circuits<'_> {
    /// Every agency's circuit that has seen a failure since its last success.
    pub async fn failing(self) -> Result<Vec<Circuit>, StorageError> {
        const SQL: &str = "SELECT agency, failures, open_until, probe_until FROM agency_circuit \
                           WHERE failures > 0 OR open_until IS NOT NULL";
        let rows: Vec<Row> = on_pool!(self.0, pool => sqlx::query_as(SQL).fetch_all(pool).await?);
        rows.into_iter().map(Circuit::try_from).collect()
    }

    /// One agency's circuit (`None`: it never failed).
    pub async fn get(self, agency: &str) -> Result<Option<Circuit>, StorageError> {
        const SQL: &str = "SELECT agency, failures, open_until, probe_until FROM agency_circuit \
                           WHERE agency = $1";
        let row: Option<Row> =
            on_pool!(self.0, pool => sqlx::query_as(SQL).bind(agency).fetch_optional(pool).await?);
        row.map(Circuit::try_from).transpose()
    }

    /// Counts a transient failure. A closed circuit opens until `open_until` at `threshold`
    /// consecutive failures; a failed probe opens it again. Returns whether it opened now.
    pub async fn failed(
        self,
        agency: &str,
        threshold: i64,
        open_until: Instant,
        probe: bool,
    ) -> Result<bool, StorageError> {
        const COUNT: &str = "INSERT INTO agency_circuit (agency, failures) VALUES ($1, 1) \
                             ON CONFLICT (agency) DO UPDATE SET failures = agency_circuit.failures + 1";
        const OPEN: &str = "UPDATE agency_circuit SET open_until = $1, probe_until = NULL \
                            WHERE agency = $2 AND failures >= $3 AND open_until IS NULL";
        const REOPEN: &str = "UPDATE agency_circuit SET open_until = $1, probe_until = NULL \
                              WHERE agency = $2";
        let open_until = open_until.stored();
        let opened = on_pool!(self.0, pool => {
            sqlx::query(COUNT).bind(agency).execute(pool).await?;
            if probe {
                sqlx::query(REOPEN).bind(&open_until).bind(agency).execute(pool).await?.rows_affected()
            } else {
                sqlx::query(OPEN).bind(&open_until).bind(agency).bind(threshold).execute(pool).await?.rows_affected()
            }
        });
        Ok(opened == 1)
    }

    /// The agency answered: its circuit closes and its failures are forgotten. Returns whether
    /// it was open.
    pub async fn succeeded(self, agency: &str) -> Result<bool, StorageError> {
        const CLOSE: &str = "UPDATE agency_circuit SET failures = 0, open_until = NULL, \
                             probe_until = NULL WHERE agency = $1 AND open_until IS NOT NULL";
        const RESET: &str =
            "UPDATE agency_circuit SET failures = 0 WHERE agency = $1 AND failures > 0";
        let closed = on_pool!(self.0, pool => {
            let closed = sqlx::query(CLOSE).bind(agency).execute(pool).await?.rows_affected();
            sqlx::query(RESET).bind(agency).execute(pool).await?;
            closed
        });
        Ok(closed == 1)
    }

    /// Takes the probe of a half-open circuit (open until `now` or before, no probe under way),
    /// leased until `until`: `true` when this worker is to send it.
    pub async fn claim_probe(
        self,
        agency: &str,
        now: Instant,
        until: Instant,
    ) -> Result<bool, StorageError> {
        const SQL: &str = "UPDATE agency_circuit SET probe_until = $1 WHERE agency = $2 \
                           AND open_until IS NOT NULL AND open_until <= $3 \
                           AND (probe_until IS NULL OR probe_until < $3)";
        let claimed = on_pool!(self.0, pool => sqlx::query(SQL)
            .bind(until.stored()).bind(agency).bind(now.stored())
            .execute(pool).await?.rows_affected());
        Ok(claimed == 1)
    }

    /// Hands back a probe that was not sent after all (the call had to wait for another).
    pub async fn release_probe(self, agency: &str, until: Instant) -> Result<(), StorageError> {
        const SQL: &str =
            "UPDATE agency_circuit SET probe_until = NULL WHERE agency = $1 AND probe_until = $2";
        on_pool!(self.0, pool => {
            sqlx::query(SQL).bind(agency).bind(until.stored()).execute(pool).await?;
        });
        Ok(())
    }
}

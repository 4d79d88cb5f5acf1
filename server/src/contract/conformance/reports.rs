//! The test connection's status reports, in the database (table `conformance_report`): with
//! several instances behind one address, the agency's report about the kit's call can land on
//! any of them, and the instance running the kit finds it there. A repository like those of
//! `crate::storage` (`database.kit_reports()`), kept beside the kit that uses it.
//!
//! A report is kept only for a call the kit waits for (a row it made), and only the first one:
//! a stranger posting reports with the kit's key prefix fills nothing.

use super::{Callbacks, Heard};
use crate::storage::{on_pool, Database, StorageError};
use app::domain::Instant;
use std::time::Duration;

/// How long a wait is kept at most, should the kit never come back for it (a crash): longer
/// than any run, then cleared by the next run's `expect`.
const KEPT: Duration = Duration::from_secs(600);
/// How often the kit looks for the report while it waits.
const POLL: Duration = Duration::from_millis(100);

/// The kit's waits and the reports that filled them.
#[derive(Clone, Copy)]
pub struct KitReports<'a>(&'a Database);

impl Database {
    pub fn kit_reports(&self) -> KitReports<'_> {
        KitReports(self)
    }
}

#[derive(sqlx::FromRow)]
struct Row {
    report_timestamp: Option<String>,
    report_signature: Option<String>,
    body: Option<String>,
}

impl KitReports<'_> {
    /// Reports about `call` are to be kept, from `now` until `KEPT` later; waits left over from
    /// runs that never came back are cleared.
    pub async fn expect(self, call: &str, now: Instant) -> Result<(), StorageError> {
        const CLEAR: &str = "DELETE FROM conformance_report WHERE expires_at < $1";
        const SQL: &str = "INSERT INTO conformance_report (call_key, expires_at) VALUES ($1, $2) \
                           ON CONFLICT (call_key) DO NOTHING";
        let until = now.plus(KEPT).stored();
        on_pool!(self.0, pool => {
            sqlx::query(CLEAR).bind(now.stored()).execute(pool).await?;
            sqlx::query(SQL).bind(call).bind(&until).execute(pool).await?;
        });
        Ok(())
    }

    /// Keeps `heard` as the report about `call` if the kit waits for it (the first report
    /// only); `false` when no run waits for that call.
    pub async fn hand(self, call: &str, heard: &Heard, now: Instant) -> Result<bool, StorageError> {
        const FILL: &str = "UPDATE conformance_report SET report_timestamp = $2, \
                            report_signature = $3, body = $4 \
                            WHERE call_key = $1 AND body IS NULL AND expires_at >= $5";
        const WAITING: &str =
            "SELECT COUNT(*) FROM conformance_report WHERE call_key = $1 AND expires_at >= $2";
        let Ok(body) = std::str::from_utf8(&heard.body) else {
            return Ok(false);
        };
        let now = now.stored();
        let waiting: i64 = on_pool!(self.0, pool => {
            sqlx::query(FILL)
                .bind(call)
                .bind(&heard.timestamp)
                .bind(&heard.signature)
                .bind(body)
                .bind(&now)
                .execute(pool)
                .await?;
            sqlx::query_scalar(WAITING).bind(call).bind(&now).fetch_one(pool).await?
        });
        Ok(waiting > 0)
    }

    /// The report about `call`, if one has come.
    pub async fn heard(self, call: &str) -> Result<Option<Heard>, StorageError> {
        const SQL: &str =
            "SELECT report_timestamp, report_signature, body FROM conformance_report \
                           WHERE call_key = $1 AND body IS NOT NULL";
        let row: Option<Row> =
            on_pool!(self.0, pool => sqlx::query_as(SQL).bind(call).fetch_optional(pool).await?);
        Ok(row.and_then(|row| {
            Some(Heard {
                timestamp: row.report_timestamp,
                signature: row.report_signature,
                body: row.body?.into_bytes(),
            })
        }))
    }

    /// Stops waiting for `call`: a later report about it is no longer kept.
    pub async fn forget(self, call: &str) -> Result<(), StorageError> {
        const SQL: &str = "DELETE FROM conformance_report WHERE call_key = $1";
        on_pool!(self.0, pool => {
            sqlx::query(SQL).bind(call).execute(pool).await?;
        });
        Ok(())
    }
}

/// The portal's callback address, with the reports kept in the database, as the kit's
/// `Callbacks`.
pub struct Stored {
    pub url: String,
    pub database: Database,
}

#[async_trait::async_trait]
impl Callbacks for Stored {
    fn url(&self) -> String {
        self.url.clone()
    }

    async fn expect(&self, call: &str) {
        if let Err(error) = self
            .database
            .kit_reports()
            .expect(call, Instant::now())
            .await
        {
            // The run goes on; its callback rule then says no report arrived.
            tracing::error!(%error, "cannot keep a wait for the test connection's status report");
        }
    }

    async fn heard(&self, call: &str, wait: Duration) -> Option<Heard> {
        let reports = self.database.kit_reports();
        let deadline = tokio::time::Instant::now() + wait;
        let found = loop {
            match reports.heard(call).await {
                Ok(Some(heard)) => break Some(heard),
                Ok(None) => {}
                Err(error) => tracing::warn!(%error, "cannot read the test connection's reports"),
            }
            if tokio::time::Instant::now() >= deadline {
                break None;
            }
            tokio::time::sleep(POLL).await;
        };
        if let Err(error) = reports.forget(call).await {
            tracing::warn!(%error, "cannot clear a wait for the test connection's report");
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::{Heard, KEPT};
    use crate::storage::test_database;
    use app::domain::Instant;
    use std::time::Duration;

    fn report(body: &str) -> Heard {
        Heard {
            timestamp: Some("1700000000".into()),
            signature: Some("v1=abc".into()),
            body: body.as_bytes().to_vec(),
        }
    }

    #[tokio::test]
    async fn only_a_call_the_kit_waits_for_keeps_a_report_and_only_the_first() {
        let dir = tempfile::tempdir().expect("dir");
        let database = test_database(dir.path(), "kit_reports").await;
        let reports = database.kit_reports();
        let now = Instant::now();
        // No run waits for it: nothing is kept.
        assert!(!reports
            .hand("conformance-x", &report("{}"), now)
            .await
            .expect("hand"));
        assert!(reports
            .heard("conformance-x")
            .await
            .expect("heard")
            .is_none());

        reports.expect("conformance-a", now).await.expect("expect");
        assert!(reports
            .heard("conformance-a")
            .await
            .expect("heard")
            .is_none());
        assert!(reports
            .hand("conformance-a", &report(r#"{"n":1}"#), now)
            .await
            .expect("hand"));
        // A second report is taken (the agency stops sending) but does not replace the first.
        assert!(reports
            .hand("conformance-a", &report(r#"{"n":2}"#), now)
            .await
            .expect("hand"));
        let heard = reports
            .heard("conformance-a")
            .await
            .expect("heard")
            .expect("kept");
        assert_eq!(heard.body, br#"{"n":1}"#);
        assert_eq!(heard.timestamp.as_deref(), Some("1700000000"));
        assert_eq!(heard.signature.as_deref(), Some("v1=abc"));

        // Done with it: a later report is no longer kept.
        reports.forget("conformance-a").await.expect("forget");
        assert!(!reports
            .hand("conformance-a", &report("{}"), now)
            .await
            .expect("hand"));
        assert!(reports
            .heard("conformance-a")
            .await
            .expect("heard")
            .is_none());
    }

    #[tokio::test]
    async fn a_wait_left_by_a_run_that_never_came_back_lapses_and_is_cleared() {
        let dir = tempfile::tempdir().expect("dir");
        let database = test_database(dir.path(), "kit_reports").await;
        let reports = database.kit_reports();
        let then = Instant::now().minus(KEPT + Duration::from_secs(1));
        reports
            .expect("conformance-old", then)
            .await
            .expect("expect");
        // Lapsed: a report about it is not kept.
        let now = Instant::now();
        assert!(!reports
            .hand("conformance-old", &report("{}"), now)
            .await
            .expect("hand"));
        // The next run clears it; the same key could wait again.
        reports
            .expect("conformance-new", now)
            .await
            .expect("expect");
        reports
            .expect("conformance-old", now)
            .await
            .expect("expect again");
        assert!(reports
            .hand("conformance-old", &report("{}"), now)
            .await
            .expect("hand"));
    }
}

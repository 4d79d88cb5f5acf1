//! When held calls go, and what closing a party does: a held call waits for every blocking
//! party and for the party its service carries (`services`); it is released, with those
//! parties' answers beside its payload, once all of them have answered. A blocking party's
//! refusal or lapsed deadline stops the submission; one that does not block drops only the calls
//! that waited for it, and the applicant is told.

use super::{HELD, NOTIFY};
use crate::storage::{columns::from_json, StorageError};

/// A party as the release reads it.
#[derive(sqlx::FromRow)]
pub(super) struct PartyRow {
    party_id: String,
    person_id: String,
    agency: Option<String>,
    state: String,
    /// The services that wait for it (a JSON list); `None`: every call.
    services: Option<String>,
    answers: Option<String>,
}

/// A call held for its parties.
#[derive(sqlx::FromRow)]
pub(super) struct HeldCall {
    delivery_id: String,
    service_id: String,
    payload: String,
}

fn services(services: Option<&str>) -> Result<Option<Vec<String>>, StorageError> {
    services.map(|s| from_json("party services", s)).transpose()
}

/// The held calls whose parties have all answered, each with its new payload: its parties'
/// answers beside it. A stored answer that cannot be read is an error, never sent as null.
pub(super) fn releasable(
    parties: &[PartyRow],
    held: Vec<HeldCall>,
) -> Result<Vec<(String, String)>, StorageError> {
    let mut waits_for = Vec::with_capacity(parties.len());
    for party in parties {
        waits_for.push(services(party.services.as_deref())?);
    }
    let mut released = Vec::new();
    for call in held {
        let of_call: Vec<&PartyRow> = parties
            .iter()
            .zip(&waits_for)
            .filter(|(_, services)| {
                services
                    .as_ref()
                    .is_none_or(|s| s.contains(&call.service_id))
            })
            .map(|(party, _)| party)
            .collect();
        if of_call.iter().any(|p| p.state != "answered") {
            continue;
        }
        let mut answers = Vec::with_capacity(of_call.len());
        for party in of_call {
            let given: serde_json::Value = match &party.answers {
                Some(text) => from_json("party answers", text)?,
                None => serde_json::Value::Null,
            };
            answers.push(match &party.agency {
                Some(agency) => serde_json::json!({
                    "party": party.party_id, "organisation": agency, "answers": given
                }),
                None => serde_json::json!({
                    "party": party.party_id, "pid": party.person_id, "answers": given
                }),
            });
        }
        let mut payload: serde_json::Value = from_json("payload", &call.payload)?;
        if let Some(object) = payload.as_object_mut() {
            object.insert("parties".into(), serde_json::Value::Array(answers));
        }
        released.push((call.delivery_id, payload.to_string()));
    }
    Ok(released)
}

/// Closes a refused or lapsed party's part in the caller's transaction, `(reference, party id,
/// services)` as the update returned them. A blocking party (no services) stops the submission:
/// the other waiting parties are stopped, every held call removed (none was sent), and everyone —
/// the applicant and every person party — gets a notification. One that does not block removes
/// the held calls of its services, and the applicant gets a notification (`kind`).
pub(super) async fn settle<'c, DB>(
    tx: &mut sqlx::Transaction<'c, DB>,
    (reference, party, services_json): (String, String, Option<String>),
    at: &str,
    kind: &str,
) -> Result<(), StorageError>
where
    DB: sqlx::Database,
    for<'q> <DB as sqlx::Database>::Arguments<'q>: sqlx::IntoArguments<'q, DB>,
    for<'e> &'e mut <DB as sqlx::Database>::Connection: sqlx::Executor<'e, Database = DB>,
    for<'q> &'q str: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
    for<'q> String: sqlx::Encode<'q, DB> + sqlx::Type<DB> + sqlx::Decode<'q, DB>,
    (String,): for<'r> sqlx::FromRow<'r, DB::Row>,
{
    const OTHERS: &str = "UPDATE submission_party SET state = 'stopped', closed_at = $1 \
                          WHERE reference = $2 AND state = 'waiting'";
    const DROP_CALLS: &str = "DELETE FROM delivery WHERE reference = $1 AND next_attempt_at = $2";
    const DROP_SERVICE: &str = "DELETE FROM delivery WHERE reference = $1 \
                                AND next_attempt_at = $2 AND service_id = $3";
    const PEOPLE: &str = "SELECT person_id FROM submission WHERE reference = $1 \
                          UNION SELECT person_id FROM submission_party \
                          WHERE reference = $1 AND agency IS NULL";
    const APPLICANT: &str = "SELECT person_id FROM submission WHERE reference = $1";
    let notify = |person: String, kind: &str| {
        sqlx::query(NOTIFY)
            .bind(crate::ids::random_token(16))
            .bind(person)
            .bind(kind.to_string())
            .bind(reference.clone())
            .bind(at.to_string())
    };
    let Some(services) = services(services_json.as_deref())? else {
        sqlx::query(OTHERS)
            .bind(at)
            .bind(reference.as_str())
            .execute(&mut **tx)
            .await?;
        sqlx::query(DROP_CALLS)
            .bind(reference.as_str())
            .bind(HELD)
            .execute(&mut **tx)
            .await?;
        let people: Vec<(String,)> = sqlx::query_as(PEOPLE)
            .bind(reference.as_str())
            .fetch_all(&mut **tx)
            .await?;
        for (person,) in people {
            notify(person, "submission-stopped")
                .execute(&mut **tx)
                .await?;
        }
        return Ok(());
    };
    for service in &services {
        sqlx::query(DROP_SERVICE)
            .bind(reference.as_str())
            .bind(HELD)
            .bind(service.as_str())
            .execute(&mut **tx)
            .await?;
    }
    let applicant: Vec<(String,)> = sqlx::query_as(APPLICANT)
        .bind(reference.as_str())
        .fetch_all(&mut **tx)
        .await?;
    for (person,) in applicant {
        notify(person, kind).execute(&mut **tx).await?;
    }
    tracing::info!(
        reference,
        party,
        "a party that does not block closed unanswered: its calls are dropped"
    );
    Ok(())
}

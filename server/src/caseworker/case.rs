//! A case as a caseworker opens it: the citizen's answers as the agency received them (the
//! submission's, with where each prefilled one came from), the case's history, the statuses it
//! may move to, who else has it open. Opening it writes the access record first: no case is
//! shown whose read was not logged.

use super::{today, Caseworker};
use crate::{
    citizen::internal,
    storage::{Access, HistoryRow, InboxCase},
};
use app::{
    auth::{CurrentUser, Role},
    domain::deadline::working_days_between,
    error::AppError,
    journey::flow,
    pages::caseworker::model::{CaseView, HistoryEntry, HistoryKind},
};

/// Why a read is logged when a case is opened.
pub const OPEN: &str = "open";

impl Caseworker {
    pub(super) async fn open_case(
        &self,
        user: &CurrentUser,
        id: &str,
    ) -> Result<CaseView, AppError> {
        let agencies = Self::agencies(user)?;
        let case = self.case_of(&agencies, id).await?;
        let submission = match self
            .database
            .submissions()
            .get(&case.citizen_pid, &case.reference)
            .await
        {
            Ok(Some(submission)) => submission,
            Ok(None) => {
                tracing::error!(case = id, "a case without its submission");
                return Err(AppError::NotFound);
            }
            Err(error) => return Err(internal(&error, "cannot read a case's submission")),
        };
        let its_agency = [case.agency];
        let (draft, history, colleagues, retries) = tokio::try_join!(
            self.database
                .drafts()
                .get(&case.citizen_pid, &submission.draft_id),
            self.database.inbox().history(&case.id),
            self.database
                .people()
                .with_role(&its_agency, Role::Caseworker),
            self.database.outbox().retries_of_call(&case.delivery_id),
        )
        .map_err(|error| internal(&error, "cannot read a case"))?;
        self.database
            .case_access()
            .record(Access {
                who_pid: &user.pid,
                agency: case.agency,
                case_id: &case.id,
                reference: &case.reference,
                citizen_pid: &case.citizen_pid,
                why: OPEN,
            })
            .await
            .map_err(|error| internal(&error, "cannot log a case's read"))?;
        tracing::info!(
            case = case.id,
            agency = case.agency.id(),
            "a case was opened"
        );
        let others_looking = self.looking.open(&case.id, &user.pid, &user.display_name());
        // As of the day it was submitted, as the receipt shows it.
        let submitted_on = submission.submitted_at.utc_date().unwrap_or_else(today);
        // The version the citizen answered, as their receipt shows it.
        let pinned = self
            .journey_of(&submission.journey_id, submission.journey_version)
            .await?;
        let journey = pinned.as_deref();
        let summary = journey
            .map(|journey| flow::summary(journey, &submission.answers, submitted_on))
            .unwrap_or_default();
        let requests = self.requests_of(&case, journey).await?;
        let messages = self.messages_of(&case.id).await?;
        let askable = match journey {
            Some(journey) if super::requests::may_ask(case.status) => flow::askable_fields(journey)
                .into_iter()
                .map(|f| (f.id.clone(), journey.label_id(f)))
                .collect(),
            _ => Vec::new(),
        };
        let sources = draft
            .map(|d| d.sources.current(&submission.answers))
            .unwrap_or_default();
        let InboxCase {
            id,
            agency,
            reference,
            service,
            journey_id,
            citizen_pid,
            citizen_name,
            received_at,
            status,
            assignee,
            due_on,
            ..
        } = case;
        Ok(CaseView {
            id,
            agency,
            reference,
            journey_id,
            journey_version: submission.journey_version,
            service,
            submitted_at: submission.submitted_at,
            received_at,
            citizen_name,
            citizen_pid,
            summary,
            sources,
            status,
            assignee,
            others_looking,
            due: due_on,
            days_left: working_days_between(today(), due_on),
            history: crate::deliveries::with_retries(
                history.into_iter().filter_map(entry).collect(),
                retries,
            ),
            next_statuses: status.next().to_vec(),
            colleagues: colleagues
                .into_iter()
                .map(|(pid, name, _)| (pid, name))
                .collect(),
            askable,
            requests,
            messages,
        })
    }
}

/// A stored history row as the page shows it (a kind this version does not know is left out,
/// and logged).
fn entry(row: HistoryRow) -> Option<HistoryEntry> {
    let what = match (row.kind.as_str(), row.status) {
        ("received", _) => HistoryKind::Received,
        ("status", Some(status)) => HistoryKind::Status {
            status,
            message: row.text,
        },
        ("claimed", _) => HistoryKind::Claimed,
        ("released", _) => HistoryKind::Released,
        ("assigned", _) => HistoryKind::Assigned {
            to: row.assignee.unwrap_or_default(),
        },
        ("note", _) => HistoryKind::Note {
            text: row.text.unwrap_or_default(),
        },
        (kind, _) => {
            tracing::error!(kind, "a case history entry this version does not know");
            return None;
        }
    };
    Some(HistoryEntry {
        at: row.at,
        who: row.who,
        what,
    })
}

//! The inbox: a page of a queue under the view's filters, every queue's count, the saved views
//! and the colleagues to filter by, the agencies' tasks as parties to submissions; and saving a
//! view by name.

use super::{today, Caseworker};
use crate::{
    citizen::internal,
    storage::{Cursor, InboxCase, ListQuery, COUNT_CAP},
};
use app::{
    auth::{CurrentUser, Role},
    domain::{
        deadline::{add_working_days, working_days_between},
        PartyCard,
    },
    error::{AppError, Refusal},
    journey::{Agency, Date},
    pages::caseworker::model::{CaseRow, InboxQuery, InboxView, SavedView},
};

/// Cases on one page of the inbox.
pub const PAGE_SIZE: usize = 25;

/// The `due` queue holds what is due within this many working days (and what is overdue).
pub const DUE_WITHIN: u32 = 3;

/// The longest name of a saved view, in characters.
pub const MAX_VIEW_NAME_CHARS: usize = 100;

impl Caseworker {
    pub(super) async fn inbox_of(
        &self,
        user: &CurrentUser,
        query: InboxQuery,
    ) -> Result<InboxView, AppError> {
        let agencies = Self::agencies(user)?;
        let after = match &query.after {
            Some(text) => Some(Cursor::decode(text, &query).map_err(|_| {
                tracing::warn!("an inbox cursor that this view did not make was refused");
                AppError::Invalid(Refusal::FormMismatch)
            })?),
            None => None,
        };
        let today = today();
        let list = ListQuery {
            agencies: &agencies,
            me: &user.pid,
            query: &query,
            after,
            today,
            due_by: add_working_days(today, DUE_WITHIN).unwrap_or(today),
            limit: PAGE_SIZE,
            count_cap: COUNT_CAP,
        };
        let inbox = self.database.inbox();
        let (page, counts, views, colleagues) = tokio::try_join!(
            inbox.list(&list),
            inbox.counts(&list),
            self.database.inbox_views().visible(&user.pid, &agencies),
            self.database
                .people()
                .with_role(&agencies, Role::Caseworker),
        )
        .map_err(|error| internal(&error, "cannot read the inbox"))?;
        let mut colleagues: Vec<(String, String)> = colleagues
            .into_iter()
            .map(|(pid, name, _)| (pid, name))
            .collect();
        colleagues.dedup();
        let ids: Vec<String> = page.cases.iter().map(|c| c.id.clone()).collect();
        let unread = self
            .database
            .case_messages()
            .unread_from_citizens(&ids)
            .await
            .map_err(|error| internal(&error, "cannot read the inbox's unread messages"))?;
        let tasks = self.party_tasks(&agencies).await?;
        Ok(InboxView {
            tasks,
            agencies,
            rows: page
                .cases
                .into_iter()
                .map(|c| {
                    let unread = unread.get(&c.id).copied().unwrap_or(0);
                    row(c, today, unread)
                })
                .collect(),
            next: page.next.map(|cursor| cursor.encode()),
            counts,
            views: views
                .into_iter()
                .map(|view| SavedView {
                    id: view.inbox_view_id,
                    name: view.name,
                    query: view.query,
                    shared: view.shared,
                    owner_name: view.owner_name,
                })
                .collect(),
            colleagues,
            query,
        })
    }

    /// The agencies' open tasks as parties to submissions, with who applied.
    async fn party_tasks(&self, agencies: &[Agency]) -> Result<Vec<PartyCard>, AppError> {
        let mut cards = Vec::new();
        for agency in agencies {
            let tasks = self
                .database
                .parties()
                .tasks_of_agency(*agency)
                .await
                .map_err(|error| internal(&error, "cannot read the agency's party tasks"))?;
            for task in tasks {
                let applicant = match self.database.people().who(&task.applicant).await {
                    Ok(who) => who.name.unwrap_or_else(|| task.applicant.clone()),
                    Err(error) => return Err(internal(&error, "cannot read an applicant's name")),
                };
                cards.push(task.card(applicant));
            }
        }
        cards.sort_by_key(|c| c.deadline);
        Ok(cards)
    }

    /// Saves the view (its first page) under `name`, at the person's first agency.
    pub(super) async fn save(
        &self,
        user: &CurrentUser,
        name: &str,
        query: &InboxQuery,
        shared: bool,
    ) -> Result<(), AppError> {
        let agencies = Self::agencies(user)?;
        let name = name.trim();
        if name.is_empty()
            || name.chars().count() > MAX_VIEW_NAME_CHARS
            || name.chars().any(char::is_control)
        {
            return Err(AppError::Invalid(Refusal::Text));
        }
        let address = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(query.first_page().to_pairs())
            .finish();
        let agency: Agency = agencies[0];
        self.database
            .inbox_views()
            .save(&user.pid, agency, name, &address, shared)
            .await
            .map_err(|error| internal(&error, "cannot save an inbox view"))
    }
}

/// A case as a list shows it, with its working days left.
fn row(case: InboxCase, today: Date, unread: u32) -> CaseRow {
    CaseRow {
        unread,
        days_left: working_days_between(today, case.due_on),
        id: case.id,
        agency: case.agency,
        reference: case.reference,
        journey_id: case.journey_id,
        service: case.service,
        citizen_name: case.citizen_name,
        received_at: case.received_at,
        status: case.status,
        assignee: case.assignee.map(|(_, name)| name),
        due: case.due_on,
    }
}

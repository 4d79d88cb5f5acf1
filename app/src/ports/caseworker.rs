//! The caseworker's use cases: the inbox and a case of the agencies their role is for. A person
//! without the caseworker role is `Forbidden`; another agency's case is `NotFound` (and logged).
//! Opening a case writes an access record the citizen sees ("who read my data").

use crate::{
    auth::CurrentUser,
    error::AppError,
    pages::caseworker::model::{CaseAction, CaseView, InboxQuery, InboxView},
};

#[async_trait::async_trait]
pub trait CaseworkerPort: Send + Sync {
    /// One page of the inbox with its queues' counts, under the query's filters and order.
    async fn inbox(&self, user: &CurrentUser, query: InboxQuery) -> Result<InboxView, AppError>;

    /// A case, with the citizen's answers and the case's history. Records the read, and that
    /// this person has the case open (the soft lock others see).
    async fn case(&self, user: &CurrentUser, id: &str) -> Result<CaseView, AppError>;

    /// Claims, releases, assigns, moves on or notes a case. A claim someone else won, or a status
    /// the case cannot move to from where it stands, is `Conflict`; a text over the limit or with
    /// control characters is `Invalid`; nothing changes then.
    async fn act(&self, user: &CurrentUser, id: &str, action: CaseAction) -> Result<(), AppError>;

    /// Saves the view under `name`, for the person only or shared with their agency's team.
    async fn save_view(
        &self,
        user: &CurrentUser,
        name: &str,
        query: &InboxQuery,
        shared: bool,
    ) -> Result<(), AppError>;
}

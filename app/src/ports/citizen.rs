//! The citizen's use cases: a life event's draft, a journey step by step, the summary, the
//! submission, the receipt and its timeline, *My page*. Every method checks that what it is
//! asked about is this person's (another person's draft or receipt is `NotFound`).

use crate::{
    auth::CurrentUser,
    error::AppError,
    pages::citizen::model::{
        CheckView, DraftCard, MyPageView, Outcome, PartyAnswered, PartyTaskView, ReceiptView,
        StepAsk, StepSaved, StepView, TaskAnswered, TaskView, TimelineView,
    },
};

#[async_trait::async_trait]
pub trait CitizenPort: Send + Sync {
    /// The person's open draft of a journey, if any (the life event's page offers to continue).
    async fn open_draft(
        &self,
        user: &CurrentUser,
        journey: &str,
    ) -> Result<Option<DraftCard>, AppError>;

    /// Starts a journey, reading the registers once, or continues the open draft of it: the
    /// address of the step to go to.
    async fn start(&self, user: &CurrentUser, journey: &str) -> Result<String, AppError>;

    /// One step of a draft; a step the answers do not lead to sends the person back on track.
    async fn step(
        &self,
        user: &CurrentUser,
        draft: &str,
        step: &str,
        ask: StepAsk,
    ) -> Result<Outcome<StepView>, AppError>;

    /// A posted step (its form fields): saves what was typed, valid or not, adds or removes a
    /// repeating group's item, keeps a save from an older page aside instead of overwriting
    /// another tab's answers, and says where to go next.
    async fn save_step(
        &self,
        user: &CurrentUser,
        draft: &str,
        step: &str,
        form: &[(String, String)],
    ) -> Result<StepSaved, AppError>;

    /// "Check your answers".
    async fn check(&self, user: &CurrentUser, draft: &str) -> Result<Outcome<CheckView>, AppError>;

    /// Submits a complete draft once (a repeated submit leads to the same receipt): the address
    /// to go to, the receipt or the first step still missing something.
    async fn submit(&self, user: &CurrentUser, draft: &str) -> Result<String, AppError>;

    async fn receipt(&self, user: &CurrentUser, reference: &str) -> Result<ReceiptView, AppError>;

    /// One submission's calls and statuses alone, for the live timeline.
    async fn timeline(&self, user: &CurrentUser, reference: &str)
        -> Result<TimelineView, AppError>;

    /// Offers, open drafts, submissions with their timelines, and the register access logs.
    async fn my_page(&self, user: &CurrentUser) -> Result<MyPageView, AppError>;

    /// A party's task on someone else's submission: what the journey shows them, and their
    /// questions or the consent asked of them. Another person's is `NotFound`; one no longer
    /// open (answered, refused, stopped, past its deadline) leads to *My page*.
    async fn party_task(
        &self,
        user: &CurrentUser,
        key: &str,
    ) -> Result<Outcome<PartyTaskView>, AppError>;

    /// A party's answer or consent (`decision=answer`, the fields `a.<field>`) or refusal
    /// (`decision=refuse`, which stops the submission for everyone), once, before the deadline.
    async fn answer_party(
        &self,
        user: &CurrentUser,
        key: &str,
        form: &[(String, String)],
    ) -> Result<PartyAnswered, AppError>;

    /// Starts the journey an offer on *My page* offers (its own start: prefill, or the open draft
    /// continued) and closes the offer: the address to go to. An offer no longer open leads to
    /// *My page*; another person's is `NotFound`.
    async fn start_offer(&self, user: &CurrentUser, offer: &str) -> Result<String, AppError>;

    /// Dismisses an offer: *My page*, with a notice when it was open.
    async fn dismiss_offer(&self, user: &CurrentUser, offer: &str) -> Result<String, AppError>;

    /// The draft a "Delete this draft?" page asks about.
    async fn draft_to_delete(
        &self,
        user: &CurrentUser,
        draft: &str,
    ) -> Result<Outcome<DraftCard>, AppError>;

    /// Deletes an open draft (its register access log stays): where to go next, *My page* with
    /// a notice, or as it stands when the draft was submitted or deleted meanwhile.
    async fn delete_draft(&self, user: &CurrentUser, draft: &str) -> Result<String, AppError>;

    /// A request for more information to answer (an answered one leads to *My page*).
    async fn task(&self, user: &CurrentUser, id: &str) -> Result<Outcome<TaskView>, AppError>;

    /// Answers a request for more information: the asked fields (form fields `a.<field>`) and
    /// the free answer (`reply`), each checked; once sent, the case is back with its agency.
    async fn answer_task(
        &self,
        user: &CurrentUser,
        id: &str,
        form: &[(String, String)],
    ) -> Result<TaskAnswered, AppError>;

    /// Sends a message to the agency handling case `case` of the submission `reference`: where
    /// to go next (the receipt).
    async fn send_message(
        &self,
        user: &CurrentUser,
        reference: &str,
        case: &str,
        text: &str,
    ) -> Result<String, AppError>;
}

//! Register checks of answers (`verify` on a field): when a step is posted to go on, when it is
//! shown with its errors, and again at submit (a name may have been taken meanwhile). Each
//! answer a register refuses is an error at its field, like the form's own; the input is kept,
//! since the draft saves what was typed, valid or not. Each check is a register read, and is in
//! the access log on *My page* like the reads at the start: the draft's person sees that a name
//! was searched for, and a board member found by their number sees that their record was read.

use super::{internal, Citizen};
use crate::{agencies::prefill::Read, storage::Draft};
use app::{
    auth::CurrentUser,
    error::AppError,
    journey::{
        flow::{self, FieldError, Walk},
        Date, Journey,
    },
};

impl Citizen {
    /// What the registers refuse among the answers of `step` that a field's `verify` names
    /// (nothing without registers, or when a register cannot be read), with every read logged.
    pub(super) async fn register_errors(
        &self,
        user: &CurrentUser,
        draft: &Draft,
        journey: &Journey,
        step: usize,
        walked: &Walk,
        today: Date,
    ) -> Result<Vec<FieldError>, AppError> {
        let Some(registers) = &self.registers else {
            return Ok(Vec::new());
        };
        let mut errors = Vec::new();
        let mut reads = Vec::new();
        for check in flow::to_verify(journey, step, walked, today) {
            let verified = registers.verify(check.check, &check.value).await;
            reads.push(verified.read);
            if let Some(problem) = verified.problem {
                tracing::info!(field = %check.field, ?problem, "a register refused an answer");
                errors.push(FieldError {
                    name: check.name,
                    field: check.field,
                    problem,
                });
            }
        }
        self.log_reads(user, draft, &reads).await?;
        Ok(errors)
    }

    /// The first step on the path with an answer a register refuses, if any.
    pub(super) async fn first_refused_step(
        &self,
        user: &CurrentUser,
        draft: &Draft,
        journey: &Journey,
        walked: &Walk,
        today: Date,
    ) -> Result<Option<usize>, AppError> {
        for &step in &walked.path {
            let errors = self
                .register_errors(user, draft, journey, step, walked, today)
                .await?;
            if !errors.is_empty() {
                return Ok(Some(step));
            }
        }
        Ok(None)
    }

    /// Logs register reads made while `user` fills in `draft`, for the person it is about (the
    /// person an admin's preview is walked as, never the admin): no read goes unlogged, so a log
    /// that cannot be written fails the request.
    pub(super) async fn log_reads(
        &self,
        user: &CurrentUser,
        draft: &Draft,
        reads: &[Read],
    ) -> Result<(), AppError> {
        if reads.is_empty() {
            return Ok(());
        }
        let subject = draft.preview_as.as_deref().unwrap_or(&user.pid);
        self.database
            .register_log()
            .record(subject, &draft.journey_id, &draft.id, reads)
            .await
            .map_err(|error| internal(&error, "cannot record register reads"))
    }
}

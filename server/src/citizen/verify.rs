//! Register checks of answers (`verify` on a field): when a step is posted to go on, when it is
//! shown with its errors, and again at submit (a name may have been taken meanwhile). Each
//! answer a register refuses is an error at its field, like the form's own; the input is kept,
//! since the draft saves what was typed, valid or not.

use super::Citizen;
use app::journey::{
    flow::{self, FieldError, Walk},
    Date, Journey,
};

impl Citizen {
    /// What the registers refuse among the answers of `step` that a field's `verify` names
    /// (nothing without registers, or when a register cannot be read).
    pub(super) async fn register_errors(
        &self,
        journey: &Journey,
        step: usize,
        walked: &Walk,
        today: Date,
    ) -> Vec<FieldError> {
        let Some(registers) = &self.registers else {
            return Vec::new();
        };
        let mut errors = Vec::new();
        for check in flow::to_verify(journey, step, walked, today) {
            if let Some(problem) = registers.verify(check.check, &check.value).await {
                tracing::info!(field = %check.field, ?problem, "a register refused an answer");
                errors.push(FieldError {
                    name: check.name,
                    field: check.field,
                    problem,
                });
            }
        }
        errors
    }

    /// The first step on the path with an answer a register refuses, if any.
    pub(super) async fn first_refused_step(
        &self,
        journey: &Journey,
        walked: &Walk,
        today: Date,
    ) -> Option<usize> {
        for &step in &walked.path {
            if !self
                .register_errors(journey, step, walked, today)
                .await
                .is_empty()
            {
                return Some(step);
            }
        }
        None
    }
}

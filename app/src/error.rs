//! The one error a citizen's page or form can end in, safe to show: each kind names the Fluent
//! messages that explain it and the status it is answered with, never a database's or an
//! agency's words. What went wrong inside is logged once, server-side, under the `incident` id
//! the page shows (see the server's `citizen::internal`).

use crate::journey::SecurityLevel;

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AppError {
    /// Not logged in, or not at the level this needs: the login, and back.
    #[error("a login at level {0:?} is needed")]
    Unauthenticated(SecurityLevel),
    /// Logged in, but this is not for them (a caseworker's page for someone without the role).
    #[error("not for this person")]
    Forbidden,
    /// No such draft, receipt or step for this person (another person's is the same: none).
    #[error("not found")]
    NotFound,
    /// A post the page it came from could not have sent.
    #[error("a request that does not fit its form: {0:?}")]
    Invalid(Refusal),
    /// The answers no longer lead to the step posted (another tab, an old page).
    #[error("a step the answers do not lead to")]
    Conflict,
    /// Storage or another part of the portal failed; the cause is logged under `incident`.
    #[error("internal error, incident {incident}")]
    Internal { incident: String },
}

/// Why a post was refused as invalid.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Fields, values or an action its step does not have.
    FormMismatch,
    /// Over a size limit (a body, or one answer).
    Oversized,
    /// A caseworker's message or note that is empty where one is needed, over
    /// `MAX_TEXT_CHARS`, or has control characters other than line breaks.
    Text,
}

impl AppError {
    /// The HTTP status a page with this error is answered with.
    pub fn status(&self) -> u16 {
        match self {
            AppError::Unauthenticated(_) => 401,
            AppError::Forbidden => 403,
            AppError::NotFound => 404,
            AppError::Invalid(Refusal::FormMismatch) => 400,
            AppError::Invalid(Refusal::Oversized) => 413,
            AppError::Invalid(Refusal::Text) => 422,
            AppError::Conflict => 409,
            AppError::Internal { .. } => 503,
        }
    }

    /// The notice that explains it (`/notice/<kind>`; its title and body are `<kind>-title` and
    /// `<kind>-body` in every language).
    pub fn notice(&self) -> &'static str {
        match self {
            AppError::Unauthenticated(_) | AppError::Forbidden | AppError::NotFound => {
                "draft-missing"
            }
            AppError::Invalid(Refusal::FormMismatch) => "form-mismatch",
            AppError::Invalid(Refusal::Oversized) => "oversized",
            AppError::Invalid(Refusal::Text) => "text-refused",
            AppError::Conflict => "step-not-applicable",
            AppError::Internal { .. } => "unavailable",
        }
    }

    /// Where the login starts for a person sent to it from `path`, at the level needed.
    pub fn login_path(level: SecurityLevel, path: &str) -> String {
        let path = crate::address::encode_query_value(path);
        match level {
            SecurityLevel::High => format!("/login?return={path}&level=high"),
            _ => format!("/login?return={path}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{AppError, Refusal};
    use crate::journey::SecurityLevel;

    #[test]
    fn each_error_has_the_status_and_notice_a_person_is_shown() {
        let cases = [
            (AppError::NotFound, 404, "draft-missing"),
            (
                AppError::Invalid(Refusal::FormMismatch),
                400,
                "form-mismatch",
            ),
            (AppError::Invalid(Refusal::Oversized), 413, "oversized"),
            (AppError::Invalid(Refusal::Text), 422, "text-refused"),
            (AppError::Conflict, 409, "step-not-applicable"),
            (
                AppError::Internal {
                    incident: "ABC".into(),
                },
                503,
                "unavailable",
            ),
        ];
        for (error, status, notice) in cases {
            assert_eq!(error.status(), status, "{error:?}");
            assert_eq!(error.notice(), notice, "{error:?}");
        }
    }

    #[test]
    fn the_login_asks_for_the_high_level_only_when_it_is_needed() {
        assert_eq!(
            AppError::login_path(SecurityLevel::High, "/journey/d/s"),
            "/login?return=/journey/d/s&level=high"
        );
        assert_eq!(
            AppError::login_path(SecurityLevel::Substantial, "/my-page"),
            "/login?return=/my-page"
        );
    }
}

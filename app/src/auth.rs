//! Who is logged in, as the pages see it. The server puts a `CurrentUser` into each request
//! after checking the session; pages only read it. Roles come from the portal's own tables.

use crate::journey::Agency;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Caseworker,
    Admin,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Caseworker => "caseworker",
            Role::Admin => "admin",
        }
    }

    pub fn parse(raw: &str) -> Option<Role> {
        match raw {
            "caseworker" => Some(Role::Caseworker),
            "admin" => Some(Role::Admin),
            _ => None,
        }
    }
}

/// A role held for the whole portal rather than for an agency (table `platform_role`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PlatformRole {
    /// Platform staff: every agency's calls that did not arrive, and sending dead ones again;
    /// nothing of a case's contents (no inbox, no case, no payloads).
    Operator,
}

impl PlatformRole {
    pub fn as_str(self) -> &'static str {
        match self {
            PlatformRole::Operator => "operator",
        }
    }

    pub fn parse(raw: &str) -> Option<PlatformRole> {
        match raw {
            "operator" => Some(PlatformRole::Operator),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CurrentUser {
    /// The national identity number from the `pid` claim.
    pub pid: String,
    pub name: Option<String>,
    /// `idporten-loa-substantial` or `idporten-loa-high`.
    pub acr: String,
    /// How the person authenticated (`amr`), for display.
    pub amr: Vec<String>,
    pub roles: Vec<(Agency, Role)>,
    /// Roles for the whole portal (an operator's), loaded with `roles`.
    pub platform_roles: Vec<PlatformRole>,
    /// The session's anti-forgery token, put into every form that changes state.
    pub csrf_token: String,
}

impl CurrentUser {
    pub fn has_role(&self, role: Role) -> bool {
        self.roles.iter().any(|(_, r)| *r == role)
    }

    /// Platform staff: every agency's deliveries, no case contents.
    pub fn is_operator(&self) -> bool {
        self.platform_roles.contains(&PlatformRole::Operator)
    }

    pub fn agencies_with(&self, role: Role) -> Vec<Agency> {
        self.roles
            .iter()
            .filter(|(_, r)| *r == role)
            .map(|(a, _)| *a)
            .collect()
    }

    /// The name, or the identity number with the individual part hidden.
    pub fn display_name(&self) -> String {
        match &self.name {
            Some(name) => name.clone(),
            None => format!("{}*****", self.pid.get(..6).unwrap_or_default()),
        }
    }
}

/// The session limits, provided by the server so pages can tell the citizen about them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SessionPolicy {
    pub idle_seconds: u64,
}

impl SessionPolicy {
    /// When to warn: five minutes before the end, or halfway for very short sessions.
    pub fn warn_after_seconds(self) -> u64 {
        let lead = (5 * 60).min(self.idle_seconds / 2);
        self.idle_seconds - lead
    }
}

/// The logged-in person of the current request, if any.
pub fn use_current_user() -> Option<CurrentUser> {
    #[cfg(feature = "ssr")]
    {
        leptos::prelude::use_context::<http::request::Parts>()
            .and_then(|parts| parts.extensions.get::<CurrentUser>().cloned())
    }
    #[cfg(not(feature = "ssr"))]
    {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::SessionPolicy;

    #[test]
    fn the_warning_comes_five_minutes_before_the_end_or_halfway_for_short_sessions() {
        assert_eq!(
            SessionPolicy {
                idle_seconds: 30 * 60
            }
            .warn_after_seconds(),
            25 * 60
        );
        assert_eq!(
            SessionPolicy {
                idle_seconds: 4 * 60
            }
            .warn_after_seconds(),
            2 * 60
        );
        assert_eq!(SessionPolicy { idle_seconds: 0 }.warn_after_seconds(), 0);
    }
}

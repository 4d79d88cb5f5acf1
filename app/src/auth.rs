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
    /// The session's anti-forgery token, put into every form that changes state.
    pub csrf_token: String,
}

impl CurrentUser {
    pub fn has_role(&self, role: Role) -> bool {
        self.roles.iter().any(|(_, r)| *r == role)
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

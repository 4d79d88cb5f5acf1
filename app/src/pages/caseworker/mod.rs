//! Caseworkers' pages. For now the entry page: which agencies' inboxes the person works in.

use super::staff::StaffHome;
use crate::auth::Role;
use leptos::prelude::*;

#[component]
pub fn CaseworkerHome() -> impl IntoView {
    // Ids spelled out so the message completeness test sees them: tr("caseworker-title"),
    // tr("caseworker-agencies").
    view! {
        <StaffHome
            role=Role::Caseworker
            path="/caseworker"
            title_id="caseworker-title"
            agencies_id="caseworker-agencies"
        />
    }
}

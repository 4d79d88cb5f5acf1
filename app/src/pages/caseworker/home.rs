//! The caseworker's entry page (until the inbox replaces it).

use crate::auth::Role;
use crate::pages::staff::StaffHome;
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

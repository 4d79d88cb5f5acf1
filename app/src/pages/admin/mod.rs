//! Agency admins' pages. For now the entry page: which agencies' journeys the person manages.

use super::staff::StaffHome;
use crate::auth::Role;
use leptos::prelude::*;

#[component]
pub fn AdminHome() -> impl IntoView {
    // Ids spelled out so the message completeness test sees them: tr("admin-title"),
    // tr("admin-agencies").
    view! {
        <StaffHome role=Role::Admin path="/admin" title_id="admin-title" agencies_id="admin-agencies" />
    }
}

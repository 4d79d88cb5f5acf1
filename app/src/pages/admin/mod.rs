//! Agency admins' pages. The entry page lists the agencies the person administers, each linked
//! to its deliveries that did not arrive (`crate::pages::deliveries`).

pub mod journeys;
pub mod model;

use super::staff::StaffHome;
use crate::{auth::Role, journey::Agency};
use leptos::prelude::*;

/// An agency's deliveries page.
fn deliveries_of(agency: Agency) -> String {
    format!("/admin/deliveries/{}", agency.id())
}

#[component]
pub fn AdminHome() -> impl IntoView {
    // Ids spelled out so the message completeness test sees them: tr("admin-title"),
    // tr("admin-agencies"), tr("authoring-journeys-link").
    view! {
        <StaffHome
            role=Role::Admin
            path="/admin"
            title_id="admin-title"
            agencies_id="admin-agencies"
            href=deliveries_of
            more=(journeys::JOURNEYS, "authoring-journeys-link")
        />
    }
}

//! Agency admins' pages. The entry page lists the agencies the person administers, each linked
//! to its deliveries that did not arrive (`crate::pages::deliveries`). For the pages where they
//! author journeys: a journey's flow as a diagram and in words (`FlowDiagram`), and why a step or
//! a field is shown (`WhyShown`).

mod flow_diagram;
#[cfg(test)]
mod flow_diagram_tests;
mod flow_layout;
mod why_shown;

pub use flow_diagram::FlowDiagram;
pub use why_shown::{ExplanationView, WhyShown};

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

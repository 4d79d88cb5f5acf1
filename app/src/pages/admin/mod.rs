//! Agency admins' pages. The entry page lists the agencies the person administers, each linked
//! to its deliveries that did not arrive (`crate::pages::deliveries`), and to its connector
//! (`connectors`: how the portal reaches it). For the pages where they
//! author journeys: a journey's flow as a diagram and in words (`FlowDiagram`), and why a step or
//! a field is shown (`WhyShown`).

mod flow_diagram;
#[cfg(test)]
mod flow_diagram_tests;
mod flow_layout;
mod why_shown;

pub use flow_diagram::FlowDiagram;
pub use why_shown::{ExplanationView, WhyShown};

pub mod connectors;
pub mod journeys;
pub mod model;
pub mod parts;
pub mod parts_model;

use super::staff::StaffHome;
use crate::{
    auth::{use_current_user, Role},
    i18n::{tr, tr_with},
    journey::Agency,
};
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
        {connector_links()}
    }
}

/// Each administered agency's connector page (nothing for anyone else: `StaffHome` has said why).
fn connector_links() -> Option<impl IntoView> {
    let agencies = use_current_user()?.agencies_with(Role::Admin);
    if agencies.is_empty() {
        return None;
    }
    let links = agencies
        .into_iter()
        .map(|agency| {
            let label = tr_with(
                "connector-link",
                &[("agency", tr(&agency.name_message_id()))],
            );
            view! { <li><a class="ds-link" href=connectors::connector_path(agency)>{label}</a></li> }
        })
        .collect_view();
    Some(view! {
        <h2 class="ds-heading" data-size="sm">{tr("connector-links")}</h2>
        <ul class="ds-list">{links}</ul>
    })
}

/// A labelled form field with its error (if any) under the label, as the admin's forms show
/// each problem where it is (the question form, the connector form).
fn labelled_field(
    id: &str,
    label: String,
    error: Option<String>,
    input: impl IntoView,
) -> impl IntoView {
    let error = error.map(|text| {
        view! { <p class="ds-validation-message" id=format!("{id}-error")>{text}</p> }
    });
    view! {
        <div class="ds-field">
            <label class="ds-label" for=id.to_string()>{label}</label>
            {error}
            {input}
        </div>
    }
}

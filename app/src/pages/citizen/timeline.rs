//! A submission's timeline: every agency's part, what was sent and how it stands. The receipt
//! and *My page* show it inside the `LiveTimeline` island, which refreshes it from
//! `/receipt/<reference>/timeline` (that one submission's calls, rendered by `timeline_fragment`).

use super::{
    model::CallStatus,
    text::{display_time, journey_of},
};
use crate::{
    domain::{CaseStatus, DeliveryState},
    i18n::{tr, tr_with},
    journey::Journey,
};
use leptos::prelude::*;

/// Whether every agency has decided (or the call is dead): nothing more will change by itself.
fn settled(calls: &[CallStatus]) -> bool {
    calls.iter().all(|c| {
        c.state == DeliveryState::Dead || c.status.as_ref().is_some_and(|(s, _)| s.is_settled())
    })
}

/// The timeline, kept fresh in the browser by the `LiveTimeline` island, which fetches it alone
/// from `timeline_path` (see `timeline_fragment`).
pub(super) fn live_timeline(
    reference: &str,
    journey: Option<&Journey>,
    calls: &[CallStatus],
) -> AnyView {
    let key = reference.to_string();
    let inner = timeline(reference, journey, calls);
    view! {
        <crate::components::LiveTimeline source=timeline_path(reference) key=key every=2>
            {inner}
        </crate::components::LiveTimeline>
    }
    .into_any()
}

/// Where a submission's timeline is served alone: `/receipt/<reference>/timeline`.
fn timeline_path(reference: &str) -> String {
    format!("/receipt/{reference}/timeline")
}

/// A submission's timeline alone, in `lang`: the same markup the receipt and *My page* show, for
/// the `LiveTimeline` island to refresh itself from without fetching a whole page.
pub fn timeline_fragment(
    catalog: std::sync::Arc<crate::journey::Catalog>,
    lang: crate::i18n::Lang,
    journey_id: &str,
    reference: &str,
    calls: &[CallStatus],
) -> String {
    let owner = Owner::new();
    owner.with(|| {
        provide_context(catalog);
        provide_context(lang);
        timeline(reference, journey_of(journey_id).as_deref(), calls).to_html()
    })
}

/// The agencies a submission's calls go to, each once, in the order the journey lists its
/// agencies (the order the citizen meets them).
pub(super) fn agencies_of(journey: &Journey, calls: &[CallStatus]) -> Vec<crate::journey::Agency> {
    let mut agencies: Vec<_> = journey
        .meta
        .agencies
        .iter()
        .copied()
        .filter(|a| calls.iter().any(|c| c.agency == *a))
        .collect();
    for call in calls {
        if !agencies.contains(&call.agency) {
            agencies.push(call.agency);
        }
    }
    agencies
}

/// The submission's timeline: every call, named by its agency and service ("NAV — barnetrygd"),
/// what was sent and how it stands.
fn timeline(reference: &str, journey: Option<&Journey>, calls: &[CallStatus]) -> AnyView {
    // In the order the journey lists its services (the outbox keeps them by id).
    let mut ordered: Vec<&CallStatus> = calls.iter().collect();
    if let Some(journey) = journey {
        ordered.sort_by_key(|c| {
            journey
                .services
                .iter()
                .position(|s| s.id == c.service)
                .unwrap_or(usize::MAX)
        });
    }
    let items = ordered
        .into_iter()
        .map(|call| {
            let agency = tr(&call.agency.name_message_id());
            // A service no longer in the journey's definition has no name to show.
            let name = match journey.filter(|j| j.services.iter().any(|s| s.id == call.service)) {
                Some(journey) => tr_with(
                    "timeline-call",
                    &[
                        ("agency", agency.clone()),
                        ("service", tr(&journey.service_name_id(&call.service))),
                    ],
                ),
                None => agency.clone(),
            };
            let (class, text) = match (call.state, &call.case_number, &call.status) {
                (DeliveryState::Delivered, Some(case), Some((status, _))) => (
                    match status {
                        CaseStatus::Approved => "timeline__item timeline__item--done",
                        CaseStatus::Rejected | CaseStatus::NeedsInformation => {
                            "timeline__item timeline__item--problem"
                        }
                        CaseStatus::Received | CaseStatus::InProgress => {
                            "timeline__item timeline__item--waiting"
                        }
                    },
                    tr_with(status.message_id(), &[("case", case.clone())]),
                ),
                (DeliveryState::Delivered, Some(case), None) => (
                    "timeline__item timeline__item--waiting",
                    tr_with(
                        "timeline-delivered",
                        &[
                            ("agency", agency.clone()),
                            ("case", case.clone()),
                            (
                                "time",
                                call.delivered_at
                                    .as_ref()
                                    .map(display_time)
                                    .unwrap_or_default(),
                            ),
                        ],
                    ),
                ),
                (DeliveryState::Dead, _, _) => (
                    "timeline__item timeline__item--problem",
                    tr_with(
                        "timeline-dead",
                        &[("agency", tr(&call.agency.name_in_text_message_id()))],
                    ),
                ),
                _ if call.held => (
                    "timeline__item timeline__item--waiting",
                    tr_with("timeline-held", &[("agency", agency.clone())]),
                ),
                _ if call.attempts > 0 => (
                    "timeline__item timeline__item--waiting",
                    tr_with("timeline-retrying", &[("agency", agency.clone())]),
                ),
                _ => (
                    "timeline__item",
                    tr_with("timeline-sending", &[("agency", agency.clone())]),
                ),
            };
            let message = call.status.as_ref().and_then(|(_, m)| m.clone()).map(
                |m| view! { <p class="ds-paragraph timeline__message" data-size="sm">{m}</p> },
            );
            view! { <li class=class><strong>{name}</strong> " " <span>{text}</span>{message}</li> }
        })
        .collect_view();
    view! {
        <ol class="timeline" data-timeline=reference.to_string() data-settled=settled(calls).to_string()>
            {items}
        </ol>
    }
    .into_any()
}

//! `/operator`: every agency's calls that did not arrive, counted, for an operator (platform
//! staff, of no agency) — which agency is failing at a glance, and each agency's name a link to
//! its list, where dead calls are sent again (`/admin/deliveries/<agency>`). Counts only: an
//! operator sees no case's contents.

use super::{
    model::AgencyCount,
    page::{deliveries_page, ADMIN_BASE},
};
use crate::{
    i18n::{tr, tr_with},
    pages::citizen::model::Outcome,
};
use leptos::prelude::*;
use leptos_meta::Title;

/// The operator's entry page, linked from the header.
pub const OPERATOR_HOME: &str = "/operator";

/// `/operator`.
#[component]
pub fn OperatorPage() -> impl IntoView {
    deliveries_page(
        |port, user| async move { port.overview(&user).await.map(Outcome::Page) },
        |counts, _| overview(counts),
    )
}

fn overview(counts: Vec<AgencyCount>) -> impl IntoView {
    let title = tr("operator-title");
    let dead: i64 = counts.iter().map(|c| c.dead).sum();
    let summary = match dead {
        0 => tr("operator-none-dead"),
        dead => tr_with("operator-dead-total", &[("count", dead.to_string())]),
    };
    let rows = counts
        .into_iter()
        .map(|count| {
            let href = format!("{ADMIN_BASE}/{}", count.agency.id());
            view! {
                <tr>
                    <th scope="row">
                        <a class="ds-link" href=href>{tr(&count.agency.name_message_id())}</a>
                    </th>
                    <td>{count.pending.to_string()}</td>
                    <td>{count.dead.to_string()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <Title text=title.clone() />
        <h1 class="ds-heading" data-size="lg">{title}</h1>
        <p class="ds-paragraph">{tr("operator-intro")}</p>
        <p class="ds-paragraph">{summary}</p>
        <div class="table-scroll" role="region" aria-labelledby="operator-caption" tabindex="0">
            <table class="ds-table inbox-table" data-size="sm">
                <caption id="operator-caption">{tr("operator-caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr("operator-column-agency")}</th>
                        <th scope="col">{tr("operator-column-pending")}</th>
                        <th scope="col">{tr("operator-column-dead")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

//! `/admin/journeys`: every journey, its owner, the version published and the draft if any.
//! Every admin reads them all; the ones the person may change say so.

use super::{authoring_page, JOURNEYS};
use crate::{
    i18n::{tr, tr_with},
    pages::{admin::model::JourneyRow, citizen::model::Outcome},
};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn JourneysPage() -> impl IntoView {
    authoring_page(
        |port, user| async move { port.journeys(&user).await.map(Outcome::Page) },
        |rows, _| page(rows),
    )
}

fn page(rows: Vec<JourneyRow>) -> impl IntoView {
    let title = tr("authoring-journeys-title");
    let rows = rows
        .into_iter()
        .map(|row| {
            let href = format!("{JOURNEYS}/{}", row.id);
            let draft = match (row.draft, row.scheduled) {
                (Some(v), Some(at)) => tr_with(
                    "authoring-draft-scheduled",
                    &[("version", v.to_string()), ("at", at.oslo_display())],
                ),
                (Some(v), None) => {
                    tr_with("authoring-draft-version", &[("version", v.to_string())])
                }
                (None, _) => tr("authoring-no-draft"),
            };
            let yours = row.editable.then(|| tr("authoring-yours"));
            view! {
                <tr>
                    <th scope="row"><a class="ds-link" href=href>{tr(&row.title_id)}</a></th>
                    <td>{tr(&row.owner.name_message_id())}</td>
                    <td>{format!("v{}", row.published)}</td>
                    <td>{draft}</td>
                    <td>{yours}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <Title text=title.clone() />
        <nav aria-label=tr("breadcrumbs-label")>
            <a class="ds-link back-link" href="/admin">{tr("deliveries-back-admin")}</a>
        </nav>
        <h1 class="ds-heading" data-size="lg">{title}</h1>
        <p class="ds-paragraph">{tr("authoring-journeys-intro")}</p>
        <div class="table-scroll" role="region" aria-labelledby="journeys-caption" tabindex="0">
            <table class="ds-table">
                <caption id="journeys-caption" class="visually-hidden">
                    {tr("authoring-journeys-title")}
                </caption>
                <thead>
                    <tr>
                        <th scope="col">{tr("authoring-col-journey")}</th>
                        <th scope="col">{tr("authoring-col-owner")}</th>
                        <th scope="col">{tr("authoring-col-published")}</th>
                        <th scope="col">{tr("authoring-col-draft")}</th>
                        <th scope="col">{tr("authoring-col-yours")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

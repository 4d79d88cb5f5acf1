//! `/admin/journeys/<id>/compare?from=<a>&to=<b>`: any two versions of a journey compared, as
//! an admin reads them (not a text diff): the changes, then the texts. A plain GET form chooses
//! the two versions, so it works without JavaScript.

use super::{authoring_page, back, changes::changes_view, journey_param, query, JOURNEYS};
use crate::{
    error::{AppError, Refusal},
    i18n::{tr, tr_with},
    pages::{admin::model::VersionDiff, citizen::model::Outcome},
};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn ComparePage() -> impl IntoView {
    let id = journey_param();
    let number = |name| query(name).map(|v| v.parse::<i64>());
    let (from, to) = (number("from"), number("to"));
    authoring_page(
        move |port, user| async move {
            let (Some(Ok(from)), Some(Ok(to))) = (from, to) else {
                return Err(AppError::Invalid(Refusal::FormMismatch));
            };
            port.compare(&user, &id, from, to).await.map(Outcome::Page)
        },
        |diff, _| page(diff),
    )
}

fn page(diff: VersionDiff) -> impl IntoView {
    let title = tr_with(
        "authoring-compare-title",
        &[
            ("journey", tr(&diff.title_id)),
            ("from", diff.from.to_string()),
            ("to", diff.to.to_string()),
        ],
    );
    let base = format!("{JOURNEYS}/{}", diff.id);
    let choose = |name: &'static str, label: String, chosen: i64| {
        let options = diff
            .versions
            .iter()
            .map(|v| view! { <option value=v.to_string() selected=*v == chosen>{format!("v{v}")}</option> })
            .collect_view();
        let id = format!("compare-{name}");
        view! {
            <div class="ds-field">
                <label class="ds-label" for=id.clone()>{label}</label>
                <select class="ds-input" id=id name=name>{options}</select>
            </div>
        }
    };
    view! {
        <Title text=title.clone() />
        {back(base.clone(), tr("authoring-back-journey"))}
        <h1 class="ds-heading" data-size="lg">{title}</h1>
        <form method="get" action=format!("{base}/compare") class="compare-choice">
            {choose("from", tr("authoring-compare-from"), diff.from)}
            {choose("to", tr("authoring-compare-to"), diff.to)}
            <button class="ds-button" data-variant="secondary" type="submit">{tr("authoring-compare")}</button>
        </form>
        {changes_view(&diff.changes, &diff.text_changes, &diff.old, &diff.new)}
    }
}

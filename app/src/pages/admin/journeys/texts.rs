//! `/admin/journeys/<id>/draft/texts`: every text the draft needs, in every language side by
//! side, missing ones marked. A text typed here becomes the version's own (`[texts.<lang>]`); one
//! left as the locale files have it stays theirs; emptying one of the version's own gives the
//! locale files' back. One plain form for the whole table.

use super::{authoring_page, back, done_notice, journey_param, signed, JOURNEYS};
use crate::{
    auth::CurrentUser,
    i18n::{tr, tr_with, Lang},
    pages::{admin::model::DraftAdmin, citizen::model::Outcome},
};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn DraftTextsPage() -> impl IntoView {
    let id = journey_param();
    authoring_page(
        move |port, user| async move { port.draft(&user, &id).await.map(Outcome::Page) },
        page,
    )
}

fn page(draft: DraftAdmin, user: CurrentUser) -> impl IntoView {
    let title = tr_with(
        "authoring-texts-title",
        &[
            ("journey", tr(&draft.title_id)),
            ("version", draft.version.to_string()),
        ],
    );
    let base = format!("{JOURNEYS}/{}", draft.id);
    let missing = draft
        .texts
        .iter()
        .map(|row| row.values.iter().filter(|v| v.is_none()).count())
        .sum::<usize>();
    let summary = (missing > 0).then(|| {
        view! {
            <div class="ds-alert" data-color="warning">
                <p class="ds-paragraph">{tr_with("authoring-texts-missing", &[("count", missing.to_string())])}</p>
            </div>
        }
    });
    let headers = Lang::ALL
        .iter()
        .map(|lang| view! { <th scope="col" lang=lang.code()>{lang.native_name()}</th> })
        .collect_view();
    let rows = draft
        .texts
        .iter()
        .map(|row| {
            let cells = Lang::ALL
                .iter()
                .enumerate()
                .map(|(i, lang)| {
                    let name = format!("t:{}:{}", lang.code(), row.id);
                    let label = tr_with(
                        "authoring-texts-cell",
                        &[("id", row.id.clone()), ("language", lang.native_name().to_string())],
                    );
                    let missing = row.values[i].is_none();
                    let note = if missing {
                        Some(tr("authoring-texts-cell-missing"))
                    } else if row.own[i] {
                        Some(tr("authoring-texts-cell-own"))
                    } else {
                        None
                    };
                    view! {
                        <td>
                            <input class="ds-input" type="text" name=name lang=lang.code() aria-label=label value=row.values[i].clone().unwrap_or_default() aria-invalid=missing.then_some("true") />
                            {note.map(|n| view! { <span class="text-note">{n}</span> })}
                        </td>
                    }
                })
                .collect_view();
            view! { <tr><th scope="row"><code>{row.id.clone()}</code></th>{cells}</tr> }
        })
        .collect_view();
    let empty = draft.texts.is_empty().then(
        || view! { <p class="ds-paragraph">{tr("authoring-question-needs-valid-draft")}</p> },
    );
    view! {
        <Title text=title.clone() />
        {back(format!("{base}/draft"), tr("authoring-back-draft"))}
        <h1 class="ds-heading" data-size="lg">{title}</h1>
        {done_notice()}
        {summary}
        {empty}
        <form method="post" action=format!("{base}/draft/texts")>
            {signed(&user, "save")}
            <input type="hidden" name="revision" value=draft.revision.clone() />
            <div class="table-scroll" role="region" aria-labelledby="texts-caption" tabindex="0">
                <table class="ds-table texts-table">
                    <caption id="texts-caption">{tr("authoring-texts-caption")}</caption>
                    <thead><tr><th scope="col">{tr("authoring-col-message")}</th>{headers}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <button class="ds-button" type="submit">{tr("authoring-save")}</button>
        </form>
    }
}

//! `/admin/journeys/<id>/draft/prefill`: the draft's prefill look-ups (the register, the
//! look-up, which field each value it gives fills), each with a button to remove it; and
//! `…/draft/prefill/new`: add one, the look-up chosen from what the registers offer and its
//! fills typed one per line. A refused form comes back with what was typed and each problem at
//! its field.

use super::{
    authoring_page, back, journey_param,
    part_form::{done_notice, error_at, needs_valid, stale_notice, summary},
    signed, JOURNEYS,
};
use crate::pages::admin::labelled_field as field;
use crate::{
    auth::CurrentUser,
    i18n::{tr, tr_with},
    journey::check::registers,
    pages::{
        admin::{model::DraftAdmin, parts::PartTyped},
        citizen::model::Outcome,
    },
};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn PrefillPage() -> impl IntoView {
    let id = journey_param();
    let typed = use_context::<PartTyped>().unwrap_or_default();
    authoring_page(
        move |port, user| async move { port.draft(&user, &id).await.map(Outcome::Page) },
        move |draft, user| list(draft, user, typed),
    )
}

#[component]
pub fn NewPrefillPage() -> impl IntoView {
    let id = journey_param();
    let typed = use_context::<PartTyped>().unwrap_or_default();
    authoring_page(
        move |port, user| async move { port.draft(&user, &id).await.map(Outcome::Page) },
        move |draft, user| form(draft, user, typed),
    )
}

fn list(draft: DraftAdmin, user: CurrentUser, typed: PartTyped) -> impl IntoView {
    let title = tr_with(
        "authoring-parts-prefill-title",
        &[("journey", tr(&draft.title_id))],
    );
    let base = format!("{JOURNEYS}/{}", draft.id);
    let action = format!("{base}/draft/prefill");
    let prefill = draft
        .journey
        .as_ref()
        .map(|j| j.prefill.clone())
        .unwrap_or_default();
    let rows = prefill
        .iter()
        .enumerate()
        .map(|(index, lookup)| {
            let fills = lookup
                .fill
                .iter()
                .map(|(field, key)| format!("{field} = {key}"))
                .collect::<Vec<_>>()
                .join(", ");
            let remove = tr_with(
                "authoring-parts-prefill-remove",
                &[("lookup", format!("{} {}", lookup.register, lookup.lookup))],
            );
            view! {
                <tr>
                    <td>{lookup.register.clone()}</td>
                    <th scope="row">{lookup.lookup.clone()}</th>
                    <td><code>{fills}</code></td>
                    <td>
                        <form method="post" action=action.clone()>
                            {signed(&user, "remove")}
                            <input type="hidden" name="revision" value=draft.revision.clone() />
                            <input type="hidden" name="index" value=index.to_string() />
                            <button class="ds-button" data-variant="secondary" data-size="sm" type="submit">{remove}</button>
                        </form>
                    </td>
                </tr>
            }
        })
        .collect_view();
    let table = (!prefill.is_empty()).then(|| {
        view! {
            <div class="table-scroll" role="region" aria-labelledby="prefill-caption" tabindex="0">
                <table class="ds-table">
                    <caption id="prefill-caption">{tr("authoring-parts-prefill-caption")}</caption>
                    <thead><tr>
                        <th scope="col">{tr("authoring-parts-col-register")}</th>
                        <th scope="col">{tr("authoring-parts-col-lookup")}</th>
                        <th scope="col">{tr("authoring-parts-col-fills")}</th>
                        <th scope="col">{tr("authoring-parts-col-change")}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    });
    let none = (prefill.is_empty() && draft.journey.is_some())
        .then(|| view! { <p class="ds-paragraph">{tr("authoring-parts-prefill-none")}</p> });
    view! {
        <Title text=title.clone() />
        {back(format!("{base}/draft"), tr("authoring-back-draft"))}
        {summary(&typed.problems, "", "prefill-caption", None)}
        <h1 class="ds-heading" data-size="lg">{title}</h1>
        {done_notice()}
        {stale_notice(typed.stale)}
        {needs_valid(&draft, &base)}
        <p class="ds-paragraph">{tr("authoring-parts-prefill-intro")}</p>
        {table}
        {none}
        <p class="ds-paragraph">
            <a class="ds-link" href=format!("{base}/draft/prefill/new")>{tr("authoring-parts-prefill-add-link")}</a>
        </p>
    }
}

fn form(draft: DraftAdmin, user: CurrentUser, typed: PartTyped) -> impl IntoView {
    let title = tr_with(
        "authoring-parts-prefill-new-title",
        &[("journey", tr(&draft.title_id))],
    );
    let base = format!("{JOURNEYS}/{}", draft.id);
    let PartTyped {
        prefill,
        problems,
        stale,
        ..
    } = typed;
    let typed = prefill.unwrap_or_default();
    let error = |name: &str| error_at(&problems, name);
    // Each register's name, spelled out for the completeness test:
    // tr("authoring-parts-register-folkeregisteret"), tr("authoring-parts-register-enhetsregisteret"),
    // tr("authoring-parts-register-aa-registeret").
    let groups = registers()
        .iter()
        .map(|(register, lookups)| {
            let options = lookups
                .iter()
                .map(|(lookup, keys, list)| {
                    let value = format!("{register}:{lookup}");
                    let gives = tr_with(
                        if *list { "authoring-parts-lookup-gives-list" } else { "authoring-parts-lookup-gives" },
                        &[("lookup", lookup.to_string()), ("keys", keys.join(", "))],
                    );
                    view! { <option value=value.clone() selected=typed.lookup == value>{gives}</option> }
                })
                .collect_view();
            view! { <optgroup label=tr(&format!("authoring-parts-register-{register}"))>{options}</optgroup> }
        })
        .collect_view();
    view! {
        <Title text=title.clone() />
        {back(format!("{base}/draft/prefill"), tr("authoring-parts-back-prefill"))}
        {summary(&problems, "p-", "p-lookup", None)}
        <h1 class="ds-heading" data-size="lg">{title}</h1>
        {stale_notice(stale)}
        {needs_valid(&draft, &base)}
        <form method="post" action=format!("{base}/draft/prefill/new")>
            {signed(&user, "add")}
            <input type="hidden" name="revision" value=draft.revision.clone() />
            {field("p-lookup", tr("authoring-parts-lookup"), error("lookup"), view! {
                <select class="ds-input" id="p-lookup" name="lookup" aria-invalid=error("lookup").map(|_| "true") aria-describedby="p-lookup-help p-lookup-error">
                    <option value="">{tr("authoring-parts-lookup-choose")}</option>
                    {groups}
                </select>
                <p class="ds-paragraph" id="p-lookup-help">{tr("authoring-parts-lookup-help")}</p>
            })}
            {field("p-fill", tr("authoring-parts-fill"), error("fill"), view! {
                <textarea class="ds-input" id="p-fill" name="fill" rows="4" spellcheck="false" aria-invalid=error("fill").map(|_| "true") aria-describedby="p-fill-help p-fill-error">{typed.fill.clone()}</textarea>
                <p class="ds-paragraph" id="p-fill-help">{tr("authoring-parts-fill-help")}</p>
            })}
            <button class="ds-button" type="submit">{tr("authoring-parts-prefill-add")}</button>
        </form>
    }
}

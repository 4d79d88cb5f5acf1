//! `/admin/journeys/<id>`: a journey's versions (who made each, when, how many citizens' drafts
//! are on it), its flow as published, and its audit trail. An admin of the owner starts a draft
//! here, or rolls back to a retired version in one step.

use super::{authoring_page, back, done_notice, journey_param, signed, JOURNEYS};
use crate::{
    auth::CurrentUser,
    domain::VersionState,
    i18n::{tr, tr_with},
    pages::{
        admin::{
            model::{JourneyAdmin, VersionRow},
            FlowDiagram,
        },
        citizen::model::Outcome,
    },
};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn JourneyPage() -> impl IntoView {
    let id = journey_param();
    authoring_page(
        move |port, user| async move { port.journey(&user, &id).await.map(Outcome::Page) },
        page,
    )
}

fn page(view: JourneyAdmin, user: CurrentUser) -> impl IntoView {
    let title = tr(&view.title_id);
    let post = format!("{JOURNEYS}/{}", view.id);
    let has_draft = view.versions.iter().any(|v| v.state == VersionState::Draft);
    let published = i64::from(view.published.meta.version);
    let start = (view.editable && !has_draft).then(|| {
        view! {
            <form method="post" action=post.clone() class="case-action">
                {signed(&user, "new-draft")}
                <button class="ds-button" type="submit">{tr("authoring-new-draft")}</button>
            </form>
        }
    });
    let open_draft = has_draft.then(|| {
        let href = format!("{post}/draft");
        view! { <p class="ds-paragraph"><a class="ds-link" href=href>{tr("authoring-open-draft")}</a></p> }
    });
    let read_only = (!view.editable).then(|| {
        let owner = tr(&view.owner.name_message_id());
        view! { <p class="ds-paragraph">{tr_with("authoring-read-only", &[("owner", owner)])}</p> }
    });
    let rows = view
        .versions
        .iter()
        .map(|row| version_row(row, &view, &user, published))
        .collect_view();
    // Each action's words, spelled out for the completeness test: tr("authoring-action-draft"),
    // tr("authoring-action-edit"), tr("authoring-action-add-question"),
    // tr("authoring-action-move"), tr("authoring-action-texts"), tr("authoring-action-schedule"),
    // tr("authoring-action-unschedule"), tr("authoring-action-publish"),
    // tr("authoring-action-rollback"), tr("authoring-action-discard"),
    // tr("authoring-action-connector"), tr("authoring-action-add-step"),
    // tr("authoring-action-edit-step"), tr("authoring-action-remove-step"),
    // tr("authoring-action-edit-question"), tr("authoring-action-remove-question").
    let audit = view
        .audit
        .iter()
        .map(|event| {
            let version = event.version.map(|v| format!("v{v}"));
            view! {
                <tr>
                    <td>{event.at.oslo_display()}</td>
                    <td>{event.who.clone()}</td>
                    <td>{tr(&format!("authoring-action-{}", event.action.as_str()))}</td>
                    <td>{version}</td>
                    <td>{event.detail.clone()}</td>
                </tr>
            }
        })
        .collect_view();
    // Compare the published version with the one before it, or the draft with the published.
    let compare = (view.versions.len() > 1).then(|| {
        let (to, from) = (view.versions[0].version, view.versions[1].version);
        let href = format!("{post}/compare?from={from}&to={to}");
        view! {
            <p class="ds-paragraph">
                <a class="ds-link" href=href>
                    {tr_with("authoring-compare-link", &[("from", from.to_string()), ("to", to.to_string())])}
                </a>
            </p>
        }
    });
    let no_audit = view
        .audit
        .is_empty()
        .then(|| view! { <p class="ds-paragraph">{tr("authoring-audit-empty")}</p> });
    view! {
        <Title text=title.clone() />
        {back(JOURNEYS.to_string(), tr("authoring-back-journeys"))}
        <h1 class="ds-heading" data-size="lg">{title}</h1>
        {done_notice()}
        {read_only}
        {start}
        {open_draft}
        <h2 class="ds-heading" data-size="md" id="versions-caption">{tr("authoring-versions")}</h2>
        <div class="table-scroll" role="region" aria-labelledby="versions-caption" tabindex="0">
            <table class="ds-table">
                <thead>
                    <tr>
                        <th scope="col">{tr("authoring-col-version")}</th>
                        <th scope="col">{tr("authoring-col-state")}</th>
                        <th scope="col">{tr("authoring-col-made")}</th>
                        <th scope="col">{tr("authoring-col-open-drafts")}</th>
                        <th scope="col">{tr("authoring-col-actions")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        {compare}
        <FlowDiagram journey=view.published.clone() />
        <h2 class="ds-heading" data-size="md" id="audit-caption">{tr("authoring-audit")}</h2>
        {no_audit}
        <div class="table-scroll" role="region" aria-labelledby="audit-caption" tabindex="0">
            <table class="ds-table">
                <thead>
                    <tr>
                        <th scope="col">{tr("authoring-col-when")}</th>
                        <th scope="col">{tr("authoring-col-who")}</th>
                        <th scope="col">{tr("authoring-col-what")}</th>
                        <th scope="col">{tr("authoring-col-version")}</th>
                        <th scope="col">{tr("authoring-col-detail")}</th>
                    </tr>
                </thead>
                <tbody>{audit}</tbody>
            </table>
        </div>
    }
}

fn version_row(
    row: &VersionRow,
    view: &JourneyAdmin,
    user: &CurrentUser,
    published: i64,
) -> impl IntoView {
    // Spelled out for the completeness test: tr("authoring-state-published"),
    // tr("authoring-state-draft"), tr("authoring-state-retired").
    let state = tr(&format!("authoring-state-{}", row.state.as_str()));
    let state = match (row.state, row.publish_at) {
        (VersionState::Draft, Some(at)) => tr_with(
            "authoring-state-draft-scheduled",
            &[("at", at.oslo_display())],
        ),
        _ => state,
    };
    let made = match &row.made_by {
        Some(who) => tr_with(
            "authoring-made-by",
            &[("who", who.clone()), ("at", row.made_at.oslo_display())],
        ),
        None => tr_with(
            "authoring-made-shipped",
            &[("at", row.made_at.oslo_display())],
        ),
    };
    let post = format!("{JOURNEYS}/{}", view.id);
    let export = format!("{post}/versions/{}", row.version);
    let export_label = tr_with("authoring-export", &[("version", row.version.to_string())]);
    let roll_back = (view.editable && row.state == VersionState::Retired).then(|| {
        let label = tr_with(
            "authoring-roll-back",
            &[("version", row.version.to_string())],
        );
        view! {
            <form method="post" action=post.clone() class="inline-form">
                {signed(user, "roll-back")}
                <input type="hidden" name="to" value=row.version.to_string() />
                <input type="hidden" name="published" value=published.to_string() />
                <button class="ds-button" data-variant="secondary" type="submit">{label}</button>
            </form>
        }
    });
    view! {
        <tr>
            <th scope="row">{format!("v{}", row.version)}</th>
            <td>{state}</td>
            <td>{made}</td>
            <td>{row.open_drafts.to_string()}</td>
            <td>
                <a class="ds-link" href=export download=format!("{}-v{}.toml", view.id, row.version)>
                    {export_label}
                </a>
                {roll_back}
            </td>
        </tr>
    }
}

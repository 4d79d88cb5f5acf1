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
            labelled_field,
            model::{FieldProblem, JourneyAdmin, VersionRow},
            FlowDiagram,
        },
        citizen::model::Outcome,
    },
};
use leptos::prelude::*;
use leptos_meta::Title;

/// A refused import, given by the server with the page: why, at the file field.
#[derive(Clone, Debug)]
pub struct ImportRefused(pub Vec<FieldProblem>);

#[component]
pub fn JourneyPage() -> impl IntoView {
    let id = journey_param();
    let refused = use_context::<ImportRefused>()
        .map(|r| r.0)
        .unwrap_or_default();
    authoring_page(
        move |port, user| async move { port.journey(&user, &id).await.map(Outcome::Page) },
        move |view, user| page(view, user, refused),
    )
}

/// "Import a file as the draft", with the refusal's problems at the file field. Without a draft
/// only; a plain multipart form, so it works without JavaScript.
fn import_form(post: &str, user: &CurrentUser, problems: Vec<FieldProblem>) -> impl IntoView {
    // The form's own words, spelled out for the completeness test: tr("authoring-import-empty"),
    // tr("authoring-import-too-large"), tr("authoring-import-not-text"),
    // tr("authoring-import-not-toml"), tr("authoring-import-other-journey"),
    // tr("authoring-import-has-draft"); a checker's problem comes in the checker's words.
    let words = |p: &FieldProblem| {
        if p.message.starts_with("authoring-import-") {
            tr(&p.message)
        } else {
            tr_with(
                "authoring-import-checker",
                &[("problem", p.message.clone())],
            )
        }
    };
    let summary = (!problems.is_empty()).then(|| {
        let items = problems
            .iter()
            .map(|p| view! { <li><a class="ds-link" href="#import-file">{words(p)}</a></li> })
            .collect_view();
        view! {
            <div class="ds-error-summary" id="error-summary" tabindex="-1" autofocus aria-labelledby="error-summary-heading">
                <h2 class="ds-heading" data-size="xs" id="error-summary-heading">{tr("error-summary-heading")}</h2>
                <ul class="ds-list">{items}</ul>
            </div>
        }
    });
    let error =
        (!problems.is_empty()).then(|| problems.iter().map(words).collect::<Vec<_>>().join(" "));
    view! {
        {summary}
        <h2 class="ds-heading" data-size="md">{tr("authoring-import-heading")}</h2>
        <form method="post" action=post.to_string() enctype="multipart/form-data">
            <input type="hidden" name="csrf_token" value=user.csrf_token.clone() />
            {labelled_field("import-file", tr("authoring-import-file"), error.clone(), view! {
                <input class="ds-input" type="file" id="import-file" name="file" accept=".toml,text/plain" aria-invalid=error.as_ref().map(|_| "true") aria-describedby="import-file-help import-file-error" />
                <p class="ds-paragraph" id="import-file-help">{tr("authoring-import-help")}</p>
            })}
            <button class="ds-button" data-variant="secondary" type="submit">{tr("authoring-import")}</button>
        </form>
    }
}

fn page(view: JourneyAdmin, user: CurrentUser, refused: Vec<FieldProblem>) -> impl IntoView {
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
    let import = (view.editable && !has_draft).then(|| import_form(&post, &user, refused));
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
    // tr("authoring-action-connector"), tr("authoring-action-connector-rollback"),
    // tr("authoring-action-import"), tr("authoring-action-add-step"),
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
        {import}
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

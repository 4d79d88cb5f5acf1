//! `/admin/journeys/<id>/draft/service/<service>`: one service's form — the agency it calls
//! (a choice of the agencies the portal knows), the operation, when it is sent (a condition),
//! the other services it waits for (`after`, a box each) and its payload mappings, one a line
//! as `key = field`, with `field?` for an answer that may be absent (as the definition spells
//! it). `…/draft/services/new` is the same form for a new service, with its id and its name in
//! every language. A refused form comes back with what was typed and each problem at its field.

use super::{
    authoring_page, back, journey_param,
    part_form::{error_at, needs_valid, stale_notice, summary},
    signed, JOURNEYS,
};
use crate::pages::admin::labelled_field as field;
use crate::{
    auth::CurrentUser,
    error::AppError,
    i18n::{tr, tr_with, Lang},
    journey::{compare::condition_text, model::Service, Agency},
    pages::{
        admin::{
            model::DraftAdmin,
            parts::{PartTyped, ServiceForm},
        },
        citizen::model::Outcome,
    },
};
use leptos::prelude::*;
use leptos_meta::Title;

/// The service's id in the address.
fn service_param() -> String {
    leptos_router::hooks::use_params_map().with_untracked(|p| p.get("service").unwrap_or_default())
}

#[component]
pub fn ServicePage() -> impl IntoView {
    let id = journey_param();
    let service = service_param();
    let typed = use_context::<PartTyped>().unwrap_or_default();
    authoring_page(
        move |port, user| async move {
            let draft = port.draft(&user, &id).await?;
            // A checked draft without the service: there is no such page.
            match &draft.journey {
                Some(j) if !j.services.iter().any(|s| s.id == service) => Err(AppError::NotFound),
                _ => Ok(Outcome::Page((draft, service))),
            }
        },
        move |(draft, service), user| page(draft, user, Some(service), typed),
    )
}

#[component]
pub fn NewServicePage() -> impl IntoView {
    let id = journey_param();
    let typed = use_context::<PartTyped>().unwrap_or_default();
    authoring_page(
        move |port, user| async move { port.draft(&user, &id).await.map(Outcome::Page) },
        move |draft, user| page(draft, user, None, typed),
    )
}

/// The form as the draft has the service.
fn as_stored(service: &Service) -> ServiceForm {
    ServiceForm {
        original: service.id.clone(),
        id: service.id.clone(),
        agency: service.agency.id().to_string(),
        operation: service.operation.clone(),
        condition: service
            .condition
            .as_ref()
            .map(condition_text)
            .unwrap_or_default(),
        after: service.after.clone(),
        payload: service
            .payload
            .iter()
            .map(|m| {
                format!(
                    "{} = {}{}\n",
                    m.key,
                    m.field,
                    if m.optional { "?" } else { "" }
                )
            })
            .collect(),
        ..ServiceForm::default()
    }
}

fn page(
    draft: DraftAdmin,
    user: CurrentUser,
    service: Option<String>,
    typed: PartTyped,
) -> impl IntoView {
    if let Some(journey) = &draft.journey {
        crate::pages::show_texts_of(journey);
    }
    let journey = tr(&draft.title_id);
    let base = format!("{JOURNEYS}/{}", draft.id);
    let stored = draft
        .journey
        .as_ref()
        .zip(service.as_ref())
        .and_then(|(j, id)| j.services.iter().find(|s| &s.id == id));
    let PartTyped {
        service: typed_form,
        problems,
        stale,
        ..
    } = typed;
    let form = typed_form
        .or_else(|| stored.map(as_stored))
        .unwrap_or_default();
    let (title, action, button) = match (&service, &draft.journey) {
        (Some(id), Some(j)) => (
            tr_with(
                "authoring-parts-service-title",
                &[
                    ("service", tr(&j.service_name_id(id))),
                    ("journey", journey),
                ],
            ),
            format!("{base}/draft/service/{id}"),
            tr("authoring-parts-service-save"),
        ),
        (Some(id), None) => (
            tr_with(
                "authoring-parts-service-title",
                &[("service", id.clone()), ("journey", journey)],
            ),
            format!("{base}/draft/service/{id}"),
            tr("authoring-parts-service-save"),
        ),
        (None, _) => (
            tr_with("authoring-parts-service-new-title", &[("journey", journey)]),
            format!("{base}/draft/services/new"),
            tr("authoring-parts-service-add"),
        ),
    };
    let error = |name: &str| error_at(&problems, name);
    let invalid = |name: &str| error_at(&problems, name).map(|_| "true");
    let identity = service.is_none().then(|| {
        let names = Lang::ALL
            .iter()
            .enumerate()
            .map(|(i, lang)| {
                let name = format!("name-{}", lang.code());
                let input = format!("s-{name}");
                let label = tr_with("authoring-parts-service-name-in", &[("language", lang.native_name().to_string())]);
                field(&input, label, error(&name), view! {
                    <input class="ds-input" type="text" id=input.clone() name=name.clone() lang=lang.code() value=form.name[i].clone() aria-invalid=invalid(&name) aria-describedby=format!("{input}-error") />
                })
            })
            .collect_view();
        view! {
            {field("s-id", tr("authoring-parts-service-id"), error("id"), view! {
                <input class="ds-input" type="text" id="s-id" name="id" value=form.id.clone() autocomplete="off" spellcheck="false" aria-invalid=invalid("id") aria-describedby="s-id-help s-id-error" />
                <p class="ds-paragraph" id="s-id-help">{tr("authoring-parts-service-id-help")}</p>
            })}
            <fieldset class="ds-fieldset">
                <legend class="ds-label">{tr("authoring-parts-service-names")}</legend>
                {names}
            </fieldset>
        }
    });
    let agencies = Agency::ALL
        .iter()
        .map(|agency| {
            let id = agency.id();
            view! { <option value=id selected=form.agency == id>{tr(&agency.name_message_id())}</option> }
        })
        .collect_view();
    let others: Vec<(String, String)> = draft
        .journey
        .as_ref()
        .map(|j| {
            j.services
                .iter()
                .filter(|s| Some(&s.id) != service.as_ref())
                .map(|s| (s.id.clone(), tr(&j.service_name_id(&s.id))))
                .collect()
        })
        .unwrap_or_default();
    let after_boxes = others
        .iter()
        .map(|(id, name)| {
            let input = format!("s-after-{id}");
            view! {
                <div class="ds-field">
                    <input class="ds-input" type="checkbox" id=input.clone() name="after" value=id.clone() checked=form.after.contains(id) />
                    <label class="ds-label" data-weight="regular" for=input>{format!("{name} ({id})")}</label>
                </div>
            }
        })
        .collect_view();
    let after_none = others
        .is_empty()
        .then(|| view! { <p class="ds-paragraph">{tr("authoring-parts-after-none")}</p> });
    let after_error = error("after")
        .map(|text| view! { <p class="ds-validation-message" id="s-after-error">{text}</p> });
    view! {
        <Title text=title.clone() />
        {back(format!("{base}/draft/services"), tr("authoring-parts-back-services"))}
        {summary(&problems, "s-", "s-agency", None)}
        <h1 class="ds-heading" data-size="lg">{title}</h1>
        {stale_notice(stale)}
        {needs_valid(&draft, &base)}
        <form method="post" action=action>
            {signed(&user, "save")}
            <input type="hidden" name="revision" value=draft.revision.clone() />
            {identity}
            {field("s-agency", tr("authoring-parts-agency"), error("agency"), view! {
                <select class="ds-input" id="s-agency" name="agency" aria-invalid=invalid("agency") aria-describedby="s-agency-error">
                    <option value="">{tr("authoring-parts-agency-choose")}</option>
                    {agencies}
                </select>
            })}
            {field("s-operation", tr("authoring-parts-operation"), error("operation"), view! {
                <input class="ds-input" type="text" id="s-operation" name="operation" value=form.operation.clone() autocomplete="off" spellcheck="false" aria-invalid=invalid("operation") aria-describedby="s-operation-help s-operation-error" />
                <p class="ds-paragraph" id="s-operation-help">{tr("authoring-parts-operation-help")}</p>
            })}
            {field("s-condition", tr("authoring-parts-condition"), error("condition"), view! {
                <input class="ds-input" type="text" id="s-condition" name="condition" value=form.condition.clone() autocomplete="off" spellcheck="false" aria-invalid=invalid("condition") aria-describedby="s-condition-help s-condition-error" />
                <p class="ds-paragraph" id="s-condition-help">{tr("authoring-parts-condition-help")}</p>
            })}
            <fieldset class="ds-fieldset" id="s-after" tabindex="-1" aria-describedby="s-after-help">
                <legend class="ds-label">{tr("authoring-parts-after")}</legend>
                <p class="ds-paragraph" id="s-after-help">{tr("authoring-parts-after-help")}</p>
                {after_error}
                {after_boxes}
                {after_none}
            </fieldset>
            {field("s-payload", tr("authoring-parts-payload"), error("payload"), view! {
                <textarea class="ds-input" id="s-payload" name="payload" rows="8" spellcheck="false" aria-invalid=invalid("payload") aria-describedby="s-payload-help s-payload-error">{form.payload.clone()}</textarea>
                <p class="ds-paragraph" id="s-payload-help">{tr("authoring-parts-payload-help")}</p>
            })}
            <button class="ds-button" type="submit">{button}</button>
        </form>
    }
}

//! `/admin/journeys/<id>/draft/services`: the draft's services — the agency each calls, the
//! operation, when it is sent and what it waits for — each linked to its own form and with a
//! button to remove it. A removal the checker refuses (another service waits for it) comes back
//! with the checker's words at the service they concern.

use super::{
    authoring_page, back, journey_param,
    part_form::{done_notice, error_at, needs_valid, stale_notice, summary},
    signed, JOURNEYS,
};
use crate::{
    auth::CurrentUser,
    i18n::{tr, tr_with},
    journey::compare::condition_text,
    pages::{
        admin::{model::DraftAdmin, parts::PartTyped},
        citizen::model::Outcome,
    },
};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn ServicesPage() -> impl IntoView {
    let id = journey_param();
    let typed = use_context::<PartTyped>().unwrap_or_default();
    authoring_page(
        move |port, user| async move { port.draft(&user, &id).await.map(Outcome::Page) },
        move |draft, user| page(draft, user, typed),
    )
}

fn page(draft: DraftAdmin, user: CurrentUser, typed: PartTyped) -> impl IntoView {
    if let Some(journey) = &draft.journey {
        crate::pages::show_texts_of(journey);
    }
    let title = tr_with(
        "authoring-parts-services-title",
        &[("journey", tr(&draft.title_id))],
    );
    let base = format!("{JOURNEYS}/{}", draft.id);
    let action = format!("{base}/draft/services");
    let problems = typed.problems.clone();
    let not_removed = typed.service.as_ref().map(|s| {
        tr_with(
            "authoring-parts-service-not-removed",
            &[("service", s.original.clone())],
        )
    });
    let services = draft
        .journey
        .as_ref()
        .map(|j| {
            j.services
                .iter()
                .map(|s| (s.clone(), tr(&j.service_name_id(&s.id))))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    let rows = services
        .iter()
        .map(|(service, name)| {
            let condition = service
                .condition
                .as_ref()
                .map(condition_text)
                .unwrap_or_else(|| tr("authoring-parts-always"));
            let after = if service.after.is_empty() {
                tr("authoring-parts-nothing")
            } else {
                service.after.join(", ")
            };
            let edit = tr_with("authoring-parts-service-edit", &[("service", name.clone())]);
            let remove = tr_with("authoring-parts-service-remove", &[("service", name.clone())]);
            let error = error_at(&problems, &service.id).map(|text| {
                view! { <p class="ds-validation-message" id=format!("service-{}-error", service.id)>{text}</p> }
            });
            view! {
                <tr id=format!("service-{}", service.id)>
                    <th scope="row">{name.clone()}" "<code>{service.id.clone()}</code>{error}</th>
                    <td>{tr(&service.agency.name_message_id())}</td>
                    <td><code>{service.operation.clone()}</code></td>
                    <td><code>{condition}</code></td>
                    <td>{after}</td>
                    <td>
                        <a class="ds-link" href=format!("{base}/draft/service/{}", service.id)>{edit}</a>
                        <form method="post" action=action.clone()>
                            {signed(&user, "remove")}
                            <input type="hidden" name="revision" value=draft.revision.clone() />
                            <input type="hidden" name="service" value=service.id.clone() />
                            <button class="ds-button" data-variant="secondary" data-size="sm" type="submit">{remove}</button>
                        </form>
                    </td>
                </tr>
            }
        })
        .collect_view();
    let table = (!services.is_empty()).then(|| {
        view! {
            <div class="table-scroll" role="region" aria-labelledby="services-caption" tabindex="0">
                <table class="ds-table">
                    <caption id="services-caption">{tr("authoring-parts-services-caption")}</caption>
                    <thead><tr>
                        <th scope="col">{tr("authoring-parts-col-service")}</th>
                        <th scope="col">{tr("authoring-parts-col-agency")}</th>
                        <th scope="col">{tr("authoring-parts-col-operation")}</th>
                        <th scope="col">{tr("authoring-parts-col-condition")}</th>
                        <th scope="col">{tr("authoring-parts-col-after")}</th>
                        <th scope="col">{tr("authoring-parts-col-change")}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    });
    let none = (services.is_empty() && draft.journey.is_some())
        .then(|| view! { <p class="ds-paragraph">{tr("authoring-parts-services-none")}</p> });
    view! {
        <Title text=title.clone() />
        {back(format!("{base}/draft"), tr("authoring-back-draft"))}
        {summary(&problems, "service-", "services-caption", not_removed)}
        <h1 class="ds-heading" data-size="lg">{title}</h1>
        {done_notice()}
        {stale_notice(typed.stale)}
        {needs_valid(&draft, &base)}
        <p class="ds-paragraph">{tr("authoring-parts-services-intro")}</p>
        {table}
        {none}
        <p class="ds-paragraph">
            <a class="ds-link" href=format!("{base}/draft/services/new")>{tr("authoring-parts-service-add-link")}</a>
        </p>
    }
}

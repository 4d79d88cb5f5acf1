//! One life event's page: what it involves, which agencies take part and how long it takes, and
//! a way to start — or, for a citizen with an open draft of it, to continue that draft.

use super::{drafts::draft_facts, model::DraftCard};
use crate::{
    auth::{use_current_user, CurrentUser},
    i18n::tr,
    journey::SecurityLevel,
    pages::{load::use_citizen, use_catalog, NotFound},
};
use leptos::{either::Either, prelude::*};
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

#[component]
pub fn LifeEvent() -> impl IntoView {
    let id = use_params_map().with_untracked(|params| params.get("id").unwrap_or_default());
    let catalog = use_catalog();
    let Some(definition) = catalog.definition(&id).cloned() else {
        return Either::Left(view! { <NotFound /> });
    };
    let journey = definition.meta.clone();
    let user = use_current_user();
    let citizen = use_citizen();
    let start = definition.has_steps().then(|| {
        let id = journey.id.to_string();
        let level = journey.security_level;
        let open = match (user.clone(), citizen) {
            (Some(user), Some(citizen)) => Some(async move {
                // Without it the page still informs, and Start continues the draft anyway.
                citizen.open_draft(&user, &id).await.ok().flatten()
            }),
            _ => None,
        };
        let id = journey.id.to_string();
        view! {
            <Suspense fallback=|| ()>
                {Suspend::new(async move {
                    let open = match open {
                        Some(open) => open.await,
                        None => None,
                    };
                    start_section(&id, level, user, open)
                })}
            </Suspense>
        }
    });
    let needs = definition.has_steps().then(|| {
        view! {
            <h2 class="ds-heading" data-size="sm">{tr("life-event-needs-heading")}</h2>
            <p class="ds-paragraph">{tr(&definition.needs_id())}</p>
        }
    });
    let title = tr(&journey.title_id());
    let agencies = journey
        .agencies
        .iter()
        .map(|agency| view! { <li>{tr(&agency.name_message_id())}</li> })
        .collect_view();
    Either::Right(view! {
        <Title text=title.clone() />
        <nav aria-label=tr("breadcrumbs-label")>
            <a class="ds-link" href="/">{tr("life-event-back")}</a>
        </nav>
        <h1 class="ds-heading" data-size="lg">{title}</h1>
        <p class="ds-paragraph lead" data-size="lg">{tr(&journey.summary_id())}</p>
        <p class="ds-paragraph">{tr(&journey.intro_id())}</p>
        <h2 class="ds-heading" data-size="sm">{tr("life-event-agencies-heading")}</h2>
        <ul class="ds-list">{agencies}</ul>
        <h2 class="ds-heading" data-size="sm">{tr("life-event-duration-heading")}</h2>
        <p class="ds-paragraph">{tr(&journey.duration_id())}</p>
        {needs}
        {match start {
            Some(start) => Either::Left(start),
            None => Either::Right(view! {
                <div class="ds-alert" data-color="info">
                    <p class="ds-paragraph">{tr("life-event-coming-soon")}</p>
                </div>
            }),
        }}
    })
}

/// "Start": a form for a person logged in at the journey's level; otherwise a link to log in
/// (at that level) that comes back here. A person who has begun this life event before is
/// offered to continue that draft instead (the server provides it), or to delete it.
fn start_section(
    id: &str,
    level: SecurityLevel,
    user: Option<CurrentUser>,
    open: Option<DraftCard>,
) -> AnyView {
    let high = level == SecurityLevel::High;
    if let (Some(_), Some(card)) = (&user, open) {
        return view! {
            <section class="life-event-start" aria-labelledby="start-heading">
                <h2 class="ds-heading" data-size="sm" id="start-heading">{tr("life-event-continue-heading")}</h2>
                <p class="ds-paragraph">{tr("life-event-continue-body")}</p>
                {draft_facts(&card)}
                <a class="ds-button" href=card.href()>{tr("life-event-continue")}</a>
                <p class="ds-paragraph">
                    {tr("life-event-start-over")} " "
                    <a class="ds-link" href=card.delete_href()>{tr("life-event-delete-draft")}</a>
                </p>
            </section>
        }
        .into_any();
    }
    let level_ok = user
        .as_ref()
        .is_some_and(|u| !high || u.acr.ends_with("high"));
    let level_note =
        high.then(|| view! { <p class="ds-paragraph">{tr("life-event-level-high")}</p> });
    let action = match user {
        Some(user) if level_ok => Either::Left(view! {
            <form method="post" action=format!("/life-event/{id}/start")>
                <input type="hidden" name="csrf_token" value=user.csrf_token />
                <button class="ds-button" type="submit">{tr("life-event-start")}</button>
            </form>
        }),
        _ => {
            let level = if high { "&level=high" } else { "" };
            Either::Right(view! {
                <a class="ds-button" href=format!("/login?return=/life-event/{id}{level}")>{tr("life-event-login-to-start")}</a>
            })
        }
    };
    view! {
        <section class="life-event-start" aria-labelledby="start-heading">
            <h2 class="ds-heading" data-size="sm" id="start-heading">{tr("life-event-start-heading")}</h2>
            {level_note}
            <p class="ds-paragraph">{tr("life-event-start-body")}</p>
            {action}
        </section>
    }
    .into_any()
}

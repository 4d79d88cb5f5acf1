//! A citizen's drafts outside the steps: the card that names one (on My page, on the life
//! event's page and on the delete page) and deleting one, confirmed on a page of its own with a
//! plain form, so it works without JavaScript.

use super::{
    model::DraftCard,
    text::{display_time, title_of},
};
use crate::{
    auth::CurrentUser,
    i18n::{tr, tr_with},
    pages::load::citizen_page,
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

/// What the card says about a draft: what it is about, the step it stands on, when it was saved.
pub(super) fn draft_facts(card: &DraftCard) -> impl IntoView {
    let about = card.about.clone().map(|about| {
        view! { <p class="ds-paragraph draft-card__about">{tr_with("my-page-draft-about", &[("about", about)])}</p> }
    });
    let step = card.step_title_id.as_deref().map(|id| {
        view! { <p class="ds-paragraph" data-size="sm">{tr_with("my-page-draft-step", &[("step", tr(id))])}</p> }
    });
    view! {
        {about}
        {step}
        <p class="ds-paragraph" data-size="sm">{tr_with("my-page-saved-at", &[("time", display_time(&card.saved_at))])}</p>
    }
}

/// A draft on My page: its journey (a link that continues it), the facts, and a way to delete it.
pub(super) fn draft_card(card: &DraftCard) -> impl IntoView {
    let title = title_of(&card.journey_id);
    view! {
        <li class="ds-card my-page__item">
            <h3 class="ds-heading" data-size="xs"><a class="ds-link" href=card.href()>{title.clone()}</a></h3>
            {draft_facts(card)}
            <p class="ds-paragraph" data-size="sm">
                <a class="ds-link" href=card.delete_href()>{tr("my-page-draft-delete")}<span class="visually-hidden">" " {title}</span></a>
            </p>
        </li>
    }
}

/// `/journey/<draft>/delete`: "Delete this draft?", with a form that posts the session's token.
#[component]
pub fn DeleteDraftPage() -> impl IntoView {
    let draft = use_params_map().with_untracked(|p| p.get("draft").unwrap_or_default());
    citizen_page(
        move |citizen, user| async move { citizen.draft_to_delete(&user, &draft).await },
        delete_page,
    )
}

fn delete_page(card: DraftCard, user: CurrentUser) -> impl IntoView {
    let title = title_of(&card.journey_id);
    view! {
        <Title text=format!("{} – {title}", tr("draft-delete-title")) />
        <nav aria-label=tr("breadcrumbs-label")>
            <a class="ds-link back-link" href="/my-page">{tr("journey-back")}</a>
        </nav>
        <p class="ds-paragraph step-caption" data-size="sm">{title.clone()}</p>
        <h1 class="ds-heading" data-size="lg">{tr("draft-delete-title")}</h1>
        <div class="ds-card draft-card">{draft_facts(&card)}</div>
        <p class="ds-paragraph">{tr_with("draft-delete-body", &[("journey", title)])}</p>
        <form method="post" action=card.delete_href() class="journey-form">
            <input type="hidden" name="csrf_token" value=user.csrf_token.clone() />
            <div class="journey-form__buttons">
                <button class="ds-button" data-color="danger" type="submit">{tr("draft-delete-confirm")}</button>
                <a class="ds-button" data-variant="secondary" href="/my-page">{tr("draft-delete-cancel")}</a>
            </div>
        </form>
    }
}

//! A citizen's drafts outside the steps: the card that names one (on My page, on the life
//! event's page and on the delete page) and deleting one, confirmed on a page of its own with a
//! plain form, so it works without JavaScript. The server loads the draft and provides the view.

use super::journey::display_time;
use super::use_catalog;
use crate::{
    auth::use_current_user,
    i18n::{tr, tr_with},
};
use leptos::{either::Either, prelude::*};
use leptos_meta::Title;

/// One open draft as the citizen sees it listed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DraftCard {
    pub id: String,
    pub journey_id: String,
    /// The step it stands on: where continuing leads.
    pub step: String,
    /// That step's heading (a message id), when the journey still has the step.
    pub step_title_id: Option<String>,
    /// What it is about: the answers of the fields marked `about` (the child's name…).
    pub about: Option<String>,
    /// Last saved.
    pub saved_at: crate::domain::Instant,
}

impl DraftCard {
    /// Where continuing the draft leads.
    pub fn href(&self) -> String {
        format!("/journey/{}/{}", self.id, self.step)
    }

    /// The confirmation page that deletes it.
    pub fn delete_href(&self) -> String {
        format!("/journey/{}/delete", self.id)
    }
}

/// The open draft of the life event whose page is shown, if the citizen has one.
#[derive(Clone, Debug)]
pub struct LifeEventDraft(pub DraftCard);

/// The page that asks before a draft is deleted.
#[derive(Clone, Debug)]
pub struct DeleteDraftView(pub DraftCard);

/// A journey's title in the current language (its id when it is no longer offered).
pub(crate) fn title_of(id: &str) -> String {
    use_catalog()
        .get(id)
        .map(|m| tr(&m.title_id()))
        .unwrap_or_else(|| id.to_string())
}

/// What the card says about a draft: what it is about, the step it stands on, when it was saved.
pub fn draft_facts(card: &DraftCard) -> impl IntoView {
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
pub fn draft_card(card: &DraftCard) -> impl IntoView {
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
    let (Some(DeleteDraftView(card)), Some(user)) =
        (use_context::<DeleteDraftView>(), use_current_user())
    else {
        return Either::Left(view! { <super::NotFound /> });
    };
    let title = title_of(&card.journey_id);
    Either::Right(view! {
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
    })
}

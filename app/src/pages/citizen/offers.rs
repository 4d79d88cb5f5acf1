//! Offers on *My page*: a journey offered because the register reported a birth or a death that
//! concerns the person, with why it is there, a button that starts it and one that dismisses
//! it. Plain forms, so they work without JavaScript.

use super::text::title_of;
use crate::{
    auth::CurrentUser,
    domain::Offer,
    i18n::{tr, tr_with},
    journey::Date,
};
use leptos::prelude::*;

fn offer_card(offer: &Offer, csrf: &str) -> impl IntoView {
    let title = title_of(&offer.journey_id);
    let date =
        Date::parse_iso(&offer.event_date).map_or_else(|| offer.event_date.clone(), Date::display);
    let why = tr_with(
        offer.kind.why_message_id(),
        &[("name", offer.subject_name.clone()), ("date", date)],
    );
    view! {
        <li class="ds-card my-page__item offer">
            <h3 class="ds-heading" data-size="xs">{title.clone()}</h3>
            <p class="ds-paragraph">{why}</p>
            <p class="ds-paragraph" data-size="sm">{tr("offer-nothing-sent")}</p>
            <div class="journey-form__buttons">
                <form method="post" action=format!("/offers/{}/start", offer.id)>
                    <input type="hidden" name="csrf_token" value=csrf.to_string() />
                    <button class="ds-button" data-variant="primary" type="submit">{tr("offer-start")}<span class="visually-hidden">" " {title.clone()}</span></button>
                </form>
                <form method="post" action=format!("/offers/{}/dismiss", offer.id)>
                    <input type="hidden" name="csrf_token" value=csrf.to_string() />
                    <button class="ds-button" data-variant="secondary" type="submit">{tr("offer-dismiss")}<span class="visually-hidden">": " {title}</span></button>
                </form>
            </div>
        </li>
    }
}

/// The open offers, under their own heading; nothing when there are none.
pub(super) fn offers(offers: &[Offer], user: &CurrentUser) -> Option<impl IntoView> {
    if offers.is_empty() {
        return None;
    }
    let cards = offers
        .iter()
        .map(|offer| offer_card(offer, &user.csrf_token))
        .collect_view();
    Some(view! {
        <section aria-labelledby="offers-heading">
            <h2 class="ds-heading" data-size="md" id="offers-heading">{tr("my-page-offers")}</h2>
            <ul class="my-page__list">{cards}</ul>
        </section>
    })
}

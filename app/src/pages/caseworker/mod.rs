//! Caseworkers' pages. For now the entry page: which agencies' inboxes the person works in.

use super::auth::{redirect_to_login, Forbidden};
use crate::{
    auth::{use_current_user, Role},
    i18n::tr,
};
use leptos::{either::EitherOf3, prelude::*};
use leptos_meta::Title;

#[component]
pub fn CaseworkerHome() -> impl IntoView {
    match use_current_user() {
        None => {
            redirect_to_login("/caseworker");
            EitherOf3::A(())
        }
        Some(user) if !user.has_role(Role::Caseworker) => EitherOf3::B(view! { <Forbidden /> }),
        Some(user) => {
            let agencies = user
                .agencies_with(Role::Caseworker)
                .into_iter()
                .map(|agency| view! { <li>{tr(&agency.name_message_id())}</li> })
                .collect_view();
            EitherOf3::C(view! {
                <Title text=tr("caseworker-title") />
                <h1 class="ds-heading" data-size="lg">{tr("caseworker-title")}</h1>
                <p class="ds-paragraph">{tr("caseworker-agencies")}</p>
                <ul class="ds-list">{agencies}</ul>
            })
        }
    }
}

//! Agency admins' pages. For now the entry page: which agencies' journeys the person manages.

use super::auth::{redirect_to_login, Forbidden};
use crate::{
    auth::{use_current_user, Role},
    i18n::tr,
};
use leptos::{either::EitherOf3, prelude::*};
use leptos_meta::Title;

#[component]
pub fn AdminHome() -> impl IntoView {
    match use_current_user() {
        None => {
            redirect_to_login("/admin");
            EitherOf3::A(())
        }
        Some(user) if !user.has_role(Role::Admin) => EitherOf3::B(view! { <Forbidden /> }),
        Some(user) => {
            let agencies = user
                .agencies_with(Role::Admin)
                .into_iter()
                .map(|agency| view! { <li>{tr(&agency.name_message_id())}</li> })
                .collect_view();
            EitherOf3::C(view! {
                <Title text=tr("admin-title") />
                <h1 class="ds-heading" data-size="lg">{tr("admin-title")}</h1>
                <p class="ds-paragraph">{tr("admin-agencies")}</p>
                <ul class="ds-list">{agencies}</ul>
            })
        }
    }
}

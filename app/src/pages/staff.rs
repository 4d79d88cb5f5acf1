//! The entry page every staff area shares: login required, the role required, and the list of
//! agencies the person holds that role for.

use super::auth::{redirect_to_login, Forbidden};
use crate::{
    auth::{use_current_user, Role},
    i18n::tr,
    journey::Agency,
};
use leptos::{either::EitherOf3, prelude::*};
use leptos_meta::Title;

#[component]
pub fn StaffHome(
    role: Role,
    /// Where the page lives, to come back to after login.
    path: &'static str,
    title_id: &'static str,
    agencies_id: &'static str,
    /// Each agency as a link to its page there, when the area has one per agency.
    #[prop(optional)]
    href: Option<fn(Agency) -> String>,
    /// Another part of the area, linked under the list: `(href, message id)`.
    #[prop(optional)]
    more: Option<(&'static str, &'static str)>,
) -> impl IntoView {
    match use_current_user() {
        None => {
            redirect_to_login(path);
            EitherOf3::A(())
        }
        Some(user) if !user.has_role(role) => EitherOf3::B(view! { <Forbidden /> }),
        Some(user) => {
            let agencies = user
                .agencies_with(role)
                .into_iter()
                .map(|agency| {
                    let name = tr(&agency.name_message_id());
                    match href {
                        Some(href) => {
                            view! { <li><a class="ds-link" href=href(agency)>{name}</a></li> }
                                .into_any()
                        }
                        None => view! { <li>{name}</li> }.into_any(),
                    }
                })
                .collect_view();
            EitherOf3::C(view! {
                <Title text=tr(title_id) />
                <h1 class="ds-heading" data-size="lg">{tr(title_id)}</h1>
                <p class="ds-paragraph">{tr(agencies_id)}</p>
                <ul class="ds-list">{agencies}</ul>
                {more.map(|(href, label)| view! {
                    <p class="ds-paragraph"><a class="ds-link" href=href>{tr(label)}</a></p>
                })}
            })
        }
    }
}

//! The frame of every page: skip link, header with the service name and the language menu,
//! the main landmark, and the footer.

use super::LanguageSwitcher;
use crate::{
    auth::{use_current_user, Role},
    i18n::tr,
};
use leptos::{either::Either, prelude::*};
use leptos_router::hooks::use_location;

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    view! {
        <a class="ds-skip-link" href="#main">{tr("skip-to-content")}</a>
        <header class="site-header">
            <div class="site-width site-header__inner">
                <a class="site-header__name" href="/">{tr("service-name")}</a>
                <div class="site-header__tools">
                    <LanguageSwitcher />
                    <UserMenu />
                </div>
            </div>
        </header>
        <main id="main" class="site-width site-main" tabindex="-1">
            {children()}
        </main>
        <footer class="site-footer">
            <div class="site-width">
                <p class="ds-paragraph" data-size="sm">{tr("footer-about")}</p>
            </div>
        </footer>
    }
}

/// Login link, or who is logged in with their staff links and a logout button. The staff
/// links are shown only to those whose roles allow the page.
#[component]
fn UserMenu() -> impl IntoView {
    match use_current_user() {
        None => {
            let here = use_location().pathname.get_untracked();
            Either::Left(view! {
                <a class="ds-link site-header__login" href=format!("/login?return={here}")>
                    {tr("login-link")}
                </a>
            })
        }
        Some(user) => Either::Right(view! {
            <nav class="site-header__user" aria-label=tr("user-menu-label")>
                <span>{user.display_name()}</span>
                {user
                    .has_role(Role::Caseworker)
                    .then(|| view! { <a class="ds-link" href="/caseworker">{tr("caseworker-link")}</a> })}
                {user
                    .has_role(Role::Admin)
                    .then(|| view! { <a class="ds-link" href="/admin">{tr("admin-link")}</a> })}
                <form method="post" action="/logout">
                    <input type="hidden" name="csrf_token" value=user.csrf_token.clone() />
                    <button type="submit" class="ds-button" data-variant="secondary" data-size="sm">
                        {tr("logout-button")}
                    </button>
                </form>
            </nav>
        }),
    }
}

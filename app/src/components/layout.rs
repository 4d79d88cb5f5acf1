//! The frame of every page: skip link, header with the service name and the language menu,
//! the main landmark, and the footer.

use super::{LanguageSwitcher, SessionTimeout};
use crate::{
    auth::{use_current_user, CurrentUser, Role, SessionPolicy},
    i18n::{tr, tr_with},
};
use leptos::{either::Either, prelude::*};
use leptos_router::hooks::use_location;

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    view! {
        <a class="ds-skip-link" href="#main">{tr("skip-to-content")}</a>
        <DemoBanner />
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
            <IdleWarning />
            {children()}
        </main>
        <footer class="site-footer">
            <div class="site-width">
                <p class="ds-paragraph" data-size="sm">{tr("footer-about")}</p>
                <IdleNote />
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
        // On a narrow screen the person's links fold into a menu under their name (a native
        // `<details>`: it opens and closes without JavaScript); on a wide one the stylesheet
        // shows them in the header as they are.
        Some(user) => Either::Right(view! {
            <nav class="site-header__user" aria-label=tr("user-menu-label")>
                <details class="user-menu">
                    <summary class="user-menu__summary">{tr("user-menu-button")}</summary>
                    <div class="user-menu__panel">
                        <span class="site-header__who">
                            <span>{user.display_name()}</span>
                            <span class="site-header__level">{login_method(&user)}</span>
                        </span>
                        <a class="ds-link" href="/my-page">{tr("my-page-link")}</a>
                        {user
                            .has_role(Role::Caseworker)
                            .then(|| view! { <a class="ds-link" href="/caseworker">{tr("caseworker-link")}</a> })}
                        {user
                            .has_role(Role::Admin)
                            .then(|| view! { <a class="ds-link" href="/admin">{tr("admin-link")}</a> })}
                        {user
                            .is_operator()
                            .then(|| view! { <a class="ds-link" href="/operator">{tr("operator-link")}</a> })}
                        <form method="post" action="/logout">
                            <input type="hidden" name="csrf_token" value=user.csrf_token.clone() />
                            <button type="submit" class="ds-button" data-variant="secondary" data-size="sm">
                                {tr("logout-button")}
                            </button>
                        </form>
                    </div>
                </details>
            </nav>
        }),
    }
}

/// How the person logged in, from the `amr` and `acr` claims: "TestID, betydelig sikkerhetsnivå".
fn login_method(user: &CurrentUser) -> String {
    let level = if user.acr.ends_with("high") {
        tr("user-level-high")
    } else {
        tr("user-level-substantial")
    };
    let method = match user.amr.join(", ") {
        methods if methods.is_empty() => tr("user-method-unknown"),
        methods => methods,
    };
    tr_with("user-login-method", &[("method", method), ("level", level)])
}

/// For a logged-in person: the island that warns before the idle limit.
#[component]
fn IdleWarning() -> impl IntoView {
    let policy = use_context::<SessionPolicy>()?;
    use_current_user()?;
    let location = use_location();
    // The router's `search` comes without its `?`.
    let here = match location.search.get_untracked() {
        search if search.is_empty() => location.pathname.get_untracked(),
        search => format!("{}?{search}", location.pathname.get_untracked()),
    };
    let minutes = (policy.idle_seconds - policy.warn_after_seconds()).div_ceil(60);
    Some(view! {
        <SessionTimeout
            warn_after_seconds=policy.warn_after_seconds()
            message=tr_with("session-warning", &[("minutes", minutes.to_string())])
            stay_label=tr("session-stay")
            stay_href=here
        />
    })
}

/// For a logged-in person: the idle limit, stated (what the warning says, for no-JS pages).
#[component]
fn IdleNote() -> impl IntoView {
    let policy = use_context::<SessionPolicy>()?;
    use_current_user()?;
    let minutes = (policy.idle_seconds / 60).to_string();
    Some(view! {
        <p class="ds-paragraph" data-size="sm">
            {tr_with("session-idle-note", &[("minutes", minutes)])}
        </p>
    })
}

/// In a demo: a banner above everything, saying that nothing here is real.
#[component]
fn DemoBanner() -> impl IntoView {
    #[cfg(feature = "ssr")]
    let demo = use_context::<crate::DemoMode>().is_some();
    #[cfg(not(feature = "ssr"))]
    let demo = false;
    demo.then(|| {
        view! {
            <div class="demo-banner" role="region" aria-label=tr("demo-banner-label")>
                <p class="ds-paragraph site-width" data-size="sm">
                    <strong>{tr("demo-banner-title")}</strong>
                    " "
                    {tr("demo-banner-text")}
                </p>
            </div>
        }
    })
}

//! The HTML document around every page, and the router. Server-only: in islands mode the client
//! never renders a page, it only hydrates islands inside the server's HTML.

use crate::{
    components::Layout,
    i18n::{provide_lang_from_request, tr},
    pages::{AdminHome, CaseworkerHome, Home, LifeEvent, LoggedOut, LoginError, NotFound},
};
use leptos::{
    nonce::{provide_nonce, use_nonce},
    prelude::*,
};
use leptos_meta::{provide_meta_context, HashedStylesheet, MetaTags, Title};
use leptos_router::{
    components::{Route, Router, Routes},
    path,
};

/// The Content-Security-Policy for pages: scripts only from this origin or carrying this
/// response's nonce (the hydration script), WebAssembly compilation allowed, nothing framed.
fn content_security_policy(nonce: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; \
         object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )
}

pub fn shell(options: LeptosOptions) -> impl IntoView {
    let lang = provide_lang_from_request();
    provide_nonce();
    if let (Some(nonce), Some(response)) =
        (use_nonce(), use_context::<leptos_axum::ResponseOptions>())
    {
        if let Ok(value) = http::HeaderValue::from_str(&content_security_policy(&nonce)) {
            response.insert_header(http::header::CONTENT_SECURITY_POLICY, value);
        }
        response.insert_header(
            http::header::CONTENT_LANGUAGE,
            http::HeaderValue::from_static(lang.code()),
        );
    }
    view! {
        <!DOCTYPE html>
        <html lang=lang.code() data-color-scheme="light">
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                <HashedStylesheet options=options.clone() id="leptos" />
                <HydrationScripts options islands=true />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let service = tr("service-name");
    view! {
        <Title formatter=move |page: String| {
            if page.is_empty() { service.clone() } else { format!("{page} – {service}") }
        } />
        <Router>
            <Layout>
                <Routes fallback=|| view! { <NotFound /> }>
                    <Route path=path!("/") view=Home />
                    <Route path=path!("/life-event/:id") view=LifeEvent />
                    <Route path=path!("/login/error") view=LoginError />
                    <Route path=path!("/logged-out") view=LoggedOut />
                    <Route path=path!("/caseworker") view=CaseworkerHome />
                    <Route path=path!("/admin") view=AdminHome />
                </Routes>
            </Layout>
        </Router>
    }
}

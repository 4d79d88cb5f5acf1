//! The HTML document around every page, and the router. Server-only: in islands mode the client
//! never renders a page, it only hydrates islands inside the server's HTML.

use crate::pages::{
    admin::connectors::ConnectorPage,
    admin::journeys::{
        ComparePage, DraftPage, DraftTextPage, DraftTextsPage, JourneyPage, JourneysPage,
        QuestionEditPage, QuestionPage, StepAddPage, StepEditPage,
    },
    AdminDeliveriesPage, OperatorPage, SentPage,
};
use crate::{
    components::Layout,
    i18n::{provide_lang_from_request, tr},
    pages::{
        AdminHome, CasePage, CheckPage, DeleteDraftPage, Home, InboxPage, LifeEvent, LoggedOut,
        LoginError, MyPage, NotFound, PartyPage, ReceiptPage, RefusalNotice, RequestRefused,
        StepPage, TaskPage,
    },
};
use leptos::{
    nonce::{provide_nonce, use_nonce},
    prelude::*,
};
use leptos_meta::{provide_meta_context, HashedStylesheet, MetaTags, Title};
use leptos_router::{
    components::{Route, Router, Routes},
    path, SsrMode,
};

/// Where forms may lead besides this site: the login provider, because logging out posts a
/// form that the portal answers with a redirect to the provider's end-session endpoint, and
/// browsers apply `form-action` to that redirect too. Provided by the server.
#[derive(Clone, Debug, Default)]
pub struct FormTargets(pub Vec<String>);

/// Present in the context when the portal runs as a demo (test login, simulated agencies,
/// synthetic people, default secrets): every page then says so in a banner.
#[derive(Clone, Copy, Debug, Default)]
pub struct DemoMode;

/// The Content-Security-Policy for pages: scripts only from this origin or carrying this
/// response's nonce (the hydration script), WebAssembly compilation allowed, nothing framed.
pub fn content_security_policy(nonce: &str, form_targets: &FormTargets) -> String {
    let mut form_action = String::from("'self'");
    for origin in &form_targets.0 {
        form_action.push(' ');
        form_action.push_str(origin);
    }
    format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; \
         object-src 'none'; base-uri 'none'; form-action {form_action}; frame-ancestors 'none'"
    )
}

pub fn shell(options: LeptosOptions) -> impl IntoView {
    let lang = provide_lang_from_request();
    provide_nonce();
    if let (Some(nonce), Some(response)) =
        (use_nonce(), use_context::<leptos_axum::ResponseOptions>())
    {
        if let Ok(value) = http::HeaderValue::from_str(&content_security_policy(
            &nonce,
            &use_context::<FormTargets>().unwrap_or_default(),
        )) {
            response.insert_header(http::header::CONTENT_SECURITY_POLICY, value);
        }
        response.insert_header(
            http::header::CONTENT_LANGUAGE,
            http::HeaderValue::from_static(lang.code()),
        );
    }
    // Islands are for logged-in people only (the idle warning on every page of theirs, live
    // checking on a step, the inbox's filters, the live timeline): a page for someone not
    // logged in has nothing interactive and loads no JavaScript or WebAssembly at all. Either
    // way the server renders no hydration markers (islands hydrate only themselves).
    if let Some(context) = Owner::current_shared_context() {
        context.set_is_hydrating(false);
    }
    let islands = crate::auth::use_current_user()
        .is_some()
        .then(|| view! { <HydrationScripts options=options.clone() islands=true /> });
    view! {
        <!DOCTYPE html>
        <html lang=lang.code() data-color-scheme="light">
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                <HashedStylesheet options=options.clone() id="leptos" />
                {islands}
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
                // Every page, once. Pages that load data render whole before anything is sent
                // (`SsrMode::Async`), so their redirects and error statuses are real ones.
                <Routes fallback=|| view! { <NotFound /> }>
                    <Route path=path!("/") view=Home />
                    <Route path=path!("/life-event/:id") view=LifeEvent ssr=SsrMode::Async />
                    <Route path=path!("/journey/:draft/check") view=CheckPage ssr=SsrMode::Async />
                    <Route path=path!("/journey/:draft/delete") view=DeleteDraftPage ssr=SsrMode::Async />
                    <Route path=path!("/journey/:draft/:step") view=StepPage ssr=SsrMode::Async />
                    <Route path=path!("/receipt/:reference") view=ReceiptPage ssr=SsrMode::Async />
                    <Route path=path!("/my-page") view=MyPage ssr=SsrMode::Async />
                    <Route path=path!("/task/:id") view=TaskPage ssr=SsrMode::Async />
                    <Route path=path!("/party/:key") view=PartyPage ssr=SsrMode::Async />
                    <Route path=path!("/notice/:kind") view=RefusalNotice />
                    <Route path=path!("/login/error") view=LoginError />
                    <Route path=path!("/logged-out") view=LoggedOut />
                    <Route path=path!("/request-refused") view=RequestRefused />
                    <Route path=path!("/caseworker") view=InboxPage ssr=SsrMode::Async />
                    <Route path=path!("/caseworker/case/:id") view=CasePage ssr=SsrMode::Async />
                    <Route path=path!("/caseworker/sent/:agency") view=SentPage ssr=SsrMode::Async />
                    <Route path=path!("/admin") view=AdminHome />
                    <Route path=path!("/admin/deliveries/:agency") view=AdminDeliveriesPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/connectors/:agency") view=ConnectorPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/journeys") view=JourneysPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/journeys/:id") view=JourneyPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/journeys/:id/draft") view=DraftPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/journeys/:id/compare") view=ComparePage ssr=SsrMode::Async />
                    <Route path=path!("/admin/journeys/:id/draft/text") view=DraftTextPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/journeys/:id/draft/question") view=QuestionPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/journeys/:id/draft/texts") view=DraftTextsPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/journeys/:id/draft/prefill") view=crate::pages::admin::journeys::PrefillPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/journeys/:id/draft/prefill/new") view=crate::pages::admin::journeys::NewPrefillPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/journeys/:id/draft/services") view=crate::pages::admin::journeys::ServicesPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/journeys/:id/draft/services/new") view=crate::pages::admin::journeys::NewServicePage ssr=SsrMode::Async />
                    <Route path=path!("/admin/journeys/:id/draft/service/:service") view=crate::pages::admin::journeys::ServicePage ssr=SsrMode::Async />
                    <Route path=path!("/admin/journeys/:id/draft/step") view=StepAddPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/journeys/:id/draft/step/:step") view=StepEditPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/journeys/:id/draft/step/:step/question/:field") view=QuestionEditPage ssr=SsrMode::Async />
                    <Route path=path!("/operator") view=OperatorPage ssr=SsrMode::Async />
                </Routes>
            </Layout>
        </Router>
    }
}

#[cfg(test)]
mod tests {
    use super::{content_security_policy, FormTargets};

    #[test]
    fn forms_may_lead_to_the_login_provider_and_nowhere_else() {
        let targets = FormTargets(vec!["https://login.idporten.no".into()]);
        let policy = content_security_policy("abc", &targets);
        assert!(
            policy.contains("form-action 'self' https://login.idporten.no;"),
            "{policy}"
        );
        let policy = content_security_policy("abc", &FormTargets::default());
        assert!(policy.contains("form-action 'self';"), "{policy}");
        assert!(policy.contains("'nonce-abc'"));
    }
}

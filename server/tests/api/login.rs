//! Login through the embedded development provider, driven over HTTP as a browser would:
//! redirects followed by hand, forms posted, cookies kept.

use crate::helpers::{spawn_app, spawn_app_with, TestApp};
use reqwest::{header::LOCATION, Client, Response};

/// A browser: its own cookie jar, redirects followed by the test.
pub(crate) fn browser() -> Client {
    Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client")
}

/// The session's anti-forgery token, as the logout form carries it.
pub(crate) fn csrf_token(html: &str) -> String {
    html.split(r#"name="csrf_token" value=""#)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the form carries the token")
        .to_string()
}

pub(crate) fn location(response: &Response) -> String {
    response.headers()[LOCATION]
        .to_str()
        .expect("ascii location")
        .to_string()
}

/// The query parameters of a URL.
fn query(url: &str) -> Vec<(String, String)> {
    let query = url.split_once('?').map_or("", |(_, q)| q);
    form_urlencoded::parse(query.as_bytes())
        .into_owned()
        .collect()
}

pub(crate) fn synthetic(name: &str) -> String {
    server::identity::population::population()
        .into_iter()
        .find(|p| p.name == name)
        .expect("a synthetic person")
        .pid
        .to_string()
}

/// Starts a login, picks `person` (a number, or `other` with `typed`) at `level` on the test
/// login page, and returns the provider's redirect back to the portal.
pub(crate) async fn through_provider(
    app: &TestApp,
    browser: &Client,
    start: &str,
    form: &[(&str, &str)],
) -> Response {
    let started = browser.get(app.url(start)).send().await.expect("login");
    assert_eq!(started.status(), 303, "login starts with a redirect");
    let authorize = location(&started);
    assert!(authorize.contains("/idp/authorize?"), "{authorize}");
    let page = browser
        .get(&authorize)
        .send()
        .await
        .expect("authorize page");
    assert_eq!(page.status(), 200);
    let mut fields = query(&authorize);
    fields.extend(form.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    browser
        .post(authorize.split('?').next().expect("endpoint"))
        .form(&fields)
        .send()
        .await
        .expect("submit login")
}

/// Logs in as `name` and returns where the portal sent the browser afterwards.
pub(crate) async fn login(app: &TestApp, browser: &Client, name: &str, start: &str) -> String {
    let pid = synthetic(name);
    let back = through_provider(
        app,
        browser,
        start,
        &[("person", &pid), ("level", "substantial")],
    )
    .await;
    assert_eq!(back.status(), 303);
    let callback = location(&back);
    assert!(callback.contains("/auth/callback?code="), "{callback}");
    let landed = browser.get(&callback).send().await.expect("callback");
    assert_eq!(landed.status(), 303, "the callback redirects onward");
    location(&landed)
}

pub(crate) async fn page(app: &TestApp, browser: &Client, path: &str) -> (u16, String) {
    let response = browser.get(app.url(path)).send().await.expect("page");
    (
        response.status().as_u16(),
        response.text().await.expect("body"),
    )
}

#[tokio::test]
async fn a_citizen_logs_in_and_lands_where_they_were() {
    let app = spawn_app().await;
    let browser = browser();
    let landed = login(
        &app,
        &browser,
        "Kari Nordmann",
        "/login?return=/life-event/fa-barn",
    )
    .await;
    assert_eq!(landed, "/life-event/fa-barn");
    let (status, html) = page(&app, &browser, "/life-event/fa-barn").await;
    assert_eq!(status, 200);
    assert!(
        html.contains("Kari Nordmann"),
        "the header names the person"
    );
    assert!(html.contains(r#"action="/logout""#));
    assert!(
        !html.contains(r#"href="/caseworker""#),
        "no staff links for a citizen"
    );
    let (status, _) = page(&app, &browser, "/caseworker").await;
    assert_eq!(status, 403);
}

#[tokio::test]
async fn a_logged_in_page_warns_before_the_idle_limit_and_states_it() {
    let app = spawn_app().await;
    let browser = browser();
    let (_, anonymous) = page(&app, &browser, "/").await;
    assert!(
        !anonymous.contains("SessionTimeout_"),
        "no warning without a session"
    );
    login(&app, &browser, "Kari Nordmann", "/login").await;
    let (_, html) = page(&app, &browser, "/life-event/fa-barn").await;
    assert!(
        html.contains(r#"data-component="SessionTimeout_"#),
        "{html}"
    );
    assert!(
        html.contains("&quot;warn_after_seconds&quot;:1500"),
        "25 minutes of 30"
    );
    assert!(
        html.contains("&quot;stay_href&quot;:&quot;/life-event/fa-barn&quot;"),
        "{html}"
    );
    assert!(html.contains("Du blir logget ut etter 30 minutter uten aktivitet."));
}

#[tokio::test]
async fn a_caseworker_sees_casework_but_not_administration() {
    let app = spawn_app().await;
    let browser = browser();
    login(&app, &browser, "Ingrid Berg", "/login?return=/caseworker").await;
    let (status, html) = page(&app, &browser, "/caseworker").await;
    assert_eq!(status, 200);
    assert!(
        html.contains("<h1") && html.contains("Innboks") && html.contains("Saker for: NAV"),
        "{html}"
    );
    assert!(html.contains(r#"href="/caseworker""#) && !html.contains(r#"href="/admin""#));
    let (status, html) = page(&app, &browser, "/admin").await;
    assert_eq!(status, 403);
    assert!(html.contains("Du har ikke tilgang til denne siden"));
}

#[tokio::test]
async fn an_admin_sees_administration() {
    let app = spawn_app().await;
    let browser = browser();
    login(&app, &browser, "Magnus Strand", "/login?return=/admin").await;
    let (status, html) = page(&app, &browser, "/admin").await;
    assert_eq!(status, 200);
    assert!(html.contains("Skatteetaten"), "{html}");
    assert!(html.contains(r#"href="/admin""#));
}

#[tokio::test]
async fn staff_pages_send_anonymous_visitors_to_login() {
    let app = spawn_app().await;
    let response = app.get("/caseworker").await;
    assert!(response.status().is_redirection(), "{}", response.status());
    assert_eq!(location(&response), "/login?return=/caseworker");
}

#[tokio::test]
async fn the_session_id_changes_at_login() {
    let app = spawn_app().await;
    let browser = browser();
    let started = browser.get(app.url("/login")).send().await.expect("login");
    let before = started
        .cookies()
        .find(|c| c.name() == "veiviser_session")
        .map(|c| c.value().to_string())
        .expect("a session for the pending login");
    let pid = synthetic("Ola Nordmann");
    let authorize = location(&started);
    let mut fields = query(&authorize);
    fields.push(("person".into(), pid));
    let back = browser
        .post(authorize.split('?').next().expect("endpoint"))
        .form(&fields)
        .send()
        .await
        .expect("submit");
    let landed = browser.get(location(&back)).send().await.expect("callback");
    let cookie = landed
        .cookies()
        .find(|c| c.name() == "veiviser_session")
        .expect("new session cookie");
    assert_ne!(cookie.value(), before);
    assert!(
        cookie.http_only() && cookie.same_site_lax(),
        "HttpOnly and SameSite=Lax"
    );
}

#[tokio::test]
async fn a_wrong_state_is_refused_and_creates_no_session() {
    let app = spawn_app().await;
    let browser = browser();
    let pid = synthetic("Kari Nordmann");
    let back = through_provider(&app, &browser, "/login", &[("person", &pid)]).await;
    let callback = location(&back).replace("state=", "state=forged");
    let refused = browser.get(&callback).send().await.expect("callback");
    assert_eq!(location(&refused), "/login/error?reason=state");
    let (status, html) = page(&app, &browser, "/login/error?reason=state").await;
    assert_eq!(status, 400);
    assert!(html.contains("Innloggingen ble avvist"));
    let (_, html) = page(&app, &browser, "/").await;
    assert!(!html.contains(r#"action="/logout""#), "not logged in");
}

#[tokio::test]
async fn a_code_cannot_be_redeemed_twice() {
    let app = spawn_app().await;
    let first = browser();
    let pid = synthetic("Kari Nordmann");
    let back = through_provider(&app, &first, "/login", &[("person", &pid)]).await;
    let callback = location(&back);
    let landed = first.get(&callback).send().await.expect("callback");
    assert_eq!(location(&landed), "/");
    // The same callback again, from a browser that started its own login: the state is not its
    // own, and the code is spent.
    let second = browser();
    second.get(app.url("/login")).send().await.expect("login");
    let refused = second.get(&callback).send().await.expect("replay");
    assert!(
        location(&refused).starts_with("/login/error?reason="),
        "{}",
        location(&refused)
    );
    let (_, html) = page(&app, &second, "/").await;
    assert!(
        !html.contains(r#"action="/logout""#),
        "replay created no session"
    );
}

#[tokio::test]
async fn a_journey_demanding_high_refuses_a_substantial_login() {
    let app = spawn_app().await;
    let browser = browser();
    let pid = synthetic("Per Hansen");
    let back = through_provider(
        &app,
        &browser,
        "/login?level=high",
        &[("person", &pid), ("level", "substantial")],
    )
    .await;
    let refused = browser.get(location(&back)).send().await.expect("callback");
    assert_eq!(location(&refused), "/login/error?reason=level");
    let (status, html) = page(&app, &browser, "/login/error?reason=level").await;
    assert_eq!(status, 403);
    assert!(html.contains("høyt sikkerhetsnivå"));
}

#[tokio::test]
async fn the_provider_is_asked_for_pkce_state_nonce_level_and_language() {
    let app = spawn_app().await;
    let response = browser()
        .get(app.url("/login?level=high&prompt=login"))
        .header("accept-language", "en")
        .send()
        .await
        .expect("login");
    let params = query(&location(&response));
    let get = |name: &str| {
        params
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    assert_eq!(get("code_challenge_method"), Some("S256"));
    assert!(get("code_challenge").is_some() && get("state").is_some() && get("nonce").is_some());
    assert_eq!(get("acr_values"), Some("idporten-loa-high"));
    assert_eq!(get("scope"), Some("openid"), "the scope is asked for once");
    assert_eq!(get("ui_locales"), Some("en"));
    assert_eq!(get("prompt"), Some("login"));
}

#[tokio::test]
async fn a_mistyped_identity_number_is_explained_and_kept() {
    let app = spawn_app().await;
    let browser = browser();
    let response = through_provider(
        &app,
        &browser,
        "/login",
        &[("person", "other"), ("typed_pid", "01019012345")],
    )
    .await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.expect("body");
    assert!(html.contains("Fødselsnummeret er ikke gyldig"), "{html}");
    assert!(html.contains(r#"value="01019012345""#), "the input is kept");
    assert!(html.contains(r#"aria-invalid="true""#));
}

#[tokio::test]
async fn logins_are_rate_limited_per_client_address() {
    let app = spawn_app_with(|config| config.identity.login_attempts_per_minute = 2).await;
    let browser = browser();
    for _ in 0..2 {
        let response = browser.get(app.url("/login")).send().await.expect("login");
        assert!(location(&response).contains("/idp/authorize"));
    }
    let limited = browser.get(app.url("/login")).send().await.expect("login");
    assert_eq!(location(&limited), "/login/error?reason=rate");
}

#[tokio::test]
async fn the_embedded_provider_publishes_discovery_and_keys() {
    let app = spawn_app().await;
    let discovery: serde_json::Value = app
        .get("/idp/.well-known/openid-configuration")
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(discovery["issuer"], app.url("/idp"));
    assert_eq!(
        discovery["code_challenge_methods_supported"],
        serde_json::json!(["S256"])
    );
    let jwks: serde_json::Value = app.get("/idp/jwks").await.json().await.expect("json");
    assert_eq!(jwks["keys"][0]["kty"], "RSA");
    assert!(jwks["keys"][0]["kid"]
        .as_str()
        .is_some_and(|kid| kid.starts_with("dev-")));
}

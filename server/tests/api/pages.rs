use crate::helpers::spawn_app;

async fn page(
    app: &crate::helpers::TestApp,
    path: &str,
    headers: &[(&str, &str)],
) -> (u16, String) {
    let response = app.get_with(path, headers).await;
    let status = response.status().as_u16();
    (status, response.text().await.expect("body"))
}

#[tokio::test]
async fn the_landing_page_lists_the_seven_life_events_in_bokmal() {
    let app = spawn_app().await;
    let (status, html) = page(&app, "/", &[]).await;
    assert_eq!(status, 200);
    assert!(html.contains(r#"<html lang="nb""#), "{html}");
    for (href, title) in [
        ("/life-event/fa-barn", "Få barn"),
        ("/life-event/alvorlig-sykt-barn", "Alvorlig sykt barn"),
        ("/life-event/dodsfall-og-arv", "Dødsfall og arv"),
        ("/life-event/starte-bedrift", "Starte og drive en bedrift"),
        (
            "/life-event/frivillig-organisasjon",
            "Starte og drive en frivillig organisasjon",
        ),
        ("/life-event/miste-jobb", "Miste og finne jobb"),
        ("/life-event/ny-i-norge", "Ny i Norge"),
    ] {
        assert!(
            html.contains(&format!(r#"href="{href}""#)),
            "missing link {href}"
        );
        assert!(html.contains(title), "missing title {title}");
    }
    assert!(
        html.contains("Skatteetaten, NAV, Kommunen"),
        "agencies of Få barn"
    );
    let first = html.find("Få barn").expect("first");
    let last = html.find("Ny i Norge").expect("last");
    assert!(first < last, "listed in the strategy's order");
}

#[tokio::test]
async fn the_browser_language_chooses_english_when_no_choice_was_made() {
    let app = spawn_app().await;
    let (_, html) = page(&app, "/", &[("accept-language", "en-GB,en;q=0.9,nb;q=0.5")]).await;
    assert!(html.contains(r#"<html lang="en""#));
    assert!(html.contains("Having a child"));
}

#[tokio::test]
async fn the_language_cookie_wins_over_the_browser_language() {
    let app = spawn_app().await;
    let (_, html) = page(
        &app,
        "/",
        &[("accept-language", "en"), ("cookie", "veiviser_lang=nn")],
    )
    .await;
    assert!(html.contains(r#"<html lang="nn""#));
    assert!(html.contains("Kva skjer i livet ditt?"));
}

#[tokio::test]
async fn an_unknown_language_falls_back_to_bokmal() {
    let app = spawn_app().await;
    let (_, html) = page(
        &app,
        "/",
        &[("accept-language", "fr-FR"), ("cookie", "veiviser_lang=xx")],
    )
    .await;
    assert!(html.contains(r#"<html lang="nb""#));
    assert!(html.contains("Hva skjer i livet ditt?"));
}

#[tokio::test]
async fn a_life_event_has_its_own_page_with_its_agencies() {
    let app = spawn_app().await;
    let (status, html) = page(
        &app,
        "/life-event/dodsfall-og-arv",
        &[("accept-language", "en")],
    )
    .await;
    assert_eq!(status, 200);
    assert!(
        html.contains("<title>Death and inheritance – Veiviser</title>"),
        "{html}"
    );
    assert!(html.contains("The district court"));
    assert!(html.contains("Every heir must consent"));
}

#[tokio::test]
async fn an_unknown_life_event_is_a_localised_404() {
    let app = spawn_app().await;
    let (status, html) = page(
        &app,
        "/life-event/finnes-ikke",
        &[("accept-language", "en")],
    )
    .await;
    assert_eq!(status, 404);
    assert!(html.contains("Page not found"), "{html}");
    let (status, html) = page(&app, "/no/such/page", &[]).await;
    assert_eq!(status, 404);
    assert!(html.contains("Fant ikke siden"));
}

#[tokio::test]
async fn pages_carry_security_headers_and_a_nonce_for_the_hydration_script() {
    let app = spawn_app().await;
    let response = app.get("/").await;
    let headers = response.headers().clone();
    let html = response.text().await.expect("body");
    let csp = headers["content-security-policy"].to_str().expect("ascii");
    let nonce = csp
        .split("'nonce-")
        .nth(1)
        .and_then(|rest| rest.split('\'').next())
        .expect("a nonce in the policy");
    assert!(nonce.len() >= 16, "nonce {nonce:?}");
    assert!(
        html.contains(&format!(r#"nonce="{nonce}""#)),
        "the hydration script carries it"
    );
    assert!(csp.contains("frame-ancestors 'none'"));
    assert!(csp.contains("'wasm-unsafe-eval'"));
    assert!(!csp.contains("'unsafe-inline'"));
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert_eq!(headers["referrer-policy"], "same-origin");
    assert!(
        headers.get("strict-transport-security").is_none(),
        "not on plain http"
    );
    let second = app.get("/").await;
    let second_csp = second.headers()["content-security-policy"]
        .to_str()
        .expect("ascii")
        .to_owned();
    assert_ne!(csp, second_csp, "a fresh nonce for every response");
}

#[tokio::test]
async fn a_page_for_someone_not_logged_in_has_no_islands_and_loads_no_webassembly() {
    let app = spawn_app().await;
    let (_, html) = page(&app, "/life-event/fa-barn", &[]).await;
    // The language menu is a native disclosure with plain links.
    assert!(
        html.contains(r#"<details class="language-menu__details">"#),
        "{html}"
    );
    assert!(
        html.contains(r#"href="/language/en?return=/life-event/fa-barn""#),
        "{html}"
    );
    assert!(html.contains(r#"hreflang="nn""#));
    // Nothing to hydrate, and nothing loaded to hydrate it with.
    assert!(!html.contains("<leptos-island"), "{html}");
    assert!(!html.contains(".wasm"), "{html}");
    assert!(!html.contains(r#"type="module""#), "{html}");
    assert!(!html.contains(".js\""), "{html}");
}

#[tokio::test]
async fn a_logged_in_persons_page_loads_the_islands() {
    let app = spawn_app().await;
    let browser = crate::journey::logged_in(&app, "Kari Nordmann").await;
    let (status, html) = crate::login::page(&app, &browser, "/life-event/fa-barn").await;
    assert_eq!(status, 200);
    assert!(html.contains("data-component=\"SessionTimeout_"), "{html}");
    assert!(html.contains(".wasm"), "{html}");
}

#[tokio::test]
async fn pages_are_compressed_for_browsers_that_accept_it() {
    let app = spawn_app().await;
    let response = app.get_with("/", &[("accept-encoding", "gzip")]).await;
    assert_eq!(response.headers()["content-encoding"], "gzip");
}

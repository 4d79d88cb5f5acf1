use crate::helpers::spawn_app;

#[tokio::test]
async fn choosing_a_language_sets_a_cookie_and_returns_to_the_page() {
    let app = spawn_app().await;
    let response = app.get("/language/en?return=/life-event/fa-barn").await;
    assert_eq!(response.status(), 303);
    assert_eq!(response.headers()["location"], "/life-event/fa-barn");
    let cookie = response.headers()["set-cookie"].to_str().expect("ascii");
    assert!(cookie.starts_with("veiviser_lang=en;"), "{cookie}");
    assert!(
        cookie.contains("SameSite=Lax") && cookie.contains("HttpOnly"),
        "{cookie}"
    );
    assert!(!cookie.contains("Secure"), "plain http on localhost");
}

#[tokio::test]
async fn an_unknown_language_code_chooses_bokmal() {
    let app = spawn_app().await;
    let response = app.get("/language/klingon?return=/").await;
    assert_eq!(response.status(), 303);
    let cookie = response.headers()["set-cookie"].to_str().expect("ascii");
    assert!(cookie.starts_with("veiviser_lang=nb;"), "{cookie}");
}

#[tokio::test]
async fn the_return_address_cannot_leave_the_site() {
    let app = spawn_app().await;
    for hostile in [
        "https://evil.example/",
        "//evil.example",
        "/%5Cevil.example",
        "%2F%2Fevil.example",
    ] {
        let response = app.get(&format!("/language/nn?return={hostile}")).await;
        assert_eq!(response.headers()["location"], "/", "{hostile}");
    }
}

#[tokio::test]
async fn cookies_are_secure_and_hsts_is_sent_when_the_site_is_served_over_https() {
    let app = crate::helpers::spawn_app_with(|config| {
        config.public_url = Some("https://veiviser.example".into());
    })
    .await;
    let response = app.get("/language/nn").await;
    let cookie = response.headers()["set-cookie"].to_str().expect("ascii");
    assert!(cookie.ends_with("; Secure"), "{cookie}");
    assert_eq!(
        response.headers()["strict-transport-security"],
        "max-age=31536000; includeSubDomains"
    );
}

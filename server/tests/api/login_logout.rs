//! How a session ends: logout with the CSRF token and at the provider, the provider's
//! front-channel logout, the absolute limit, and a logout sent from another site refused.

use crate::{
    helpers::{spawn_app, spawn_app_with},
    login::{browser, csrf_token, location, login, page},
};

#[tokio::test]
async fn logout_needs_the_csrf_token_and_ends_the_session_at_the_provider() {
    let app = spawn_app().await;
    let browser = browser();
    login(&app, &browser, "Kari Nordmann", "/login").await;
    let forged = browser
        .post(app.url("/logout"))
        .form(&[("csrf_token", "forged")])
        .send()
        .await
        .expect("post");
    assert_eq!(location(&forged), "/request-refused");
    let (status, refused) = page(&app, &browser, "/request-refused").await;
    assert_eq!(status, 403);
    assert!(refused.contains("Forespørselen ble avvist"), "{refused}");
    let (_, html) = page(&app, &browser, "/").await;
    assert!(html.contains(r#"action="/logout""#), "still logged in");
    let token = csrf_token(&html);
    let out = browser
        .post(app.url("/logout"))
        .form(&[("csrf_token", token)])
        .send()
        .await
        .expect("logout");
    let end_session = location(&out);
    assert!(
        end_session.contains("/idp/endsession?id_token_hint="),
        "{end_session}"
    );
    assert!(end_session.contains("post_logout_redirect_uri="));
    let back = browser.get(&end_session).send().await.expect("end session");
    assert!(
        location(&back).contains("/logged-out?state="),
        "{}",
        location(&back)
    );
    let (_, html) = page(&app, &browser, "/").await;
    assert!(!html.contains(r#"action="/logout""#), "logged out");
}

#[tokio::test]
async fn front_channel_logout_ends_the_matching_session() {
    let app = spawn_app().await;
    let browser = browser();
    login(&app, &browser, "Kari Nordmann", "/login").await;
    let database = server::storage::Database::connect(&app.database_url)
        .await
        .expect("db");
    let sid: String = match &database {
        server::storage::Database::Sqlite(pool) => {
            sqlx::query_scalar("SELECT sid FROM login_session")
                .fetch_one(pool)
                .await
        }
        server::storage::Database::Postgres(pool) => {
            sqlx::query_scalar("SELECT sid FROM login_session")
                .fetch_one(pool)
                .await
        }
    }
    .expect("the login is bound to the provider's session");
    let foreign = app
        .get(&format!(
            "/auth/frontchannel-logout?iss=https://evil.example&sid={sid}"
        ))
        .await;
    assert_eq!(foreign.status(), 400);
    let (_, html) = page(&app, &browser, "/").await;
    assert!(
        html.contains(r#"action="/logout""#),
        "a foreign issuer ends nothing"
    );
    let iss = app.url("/idp");
    let ended = app
        .get(&format!("/auth/frontchannel-logout?iss={iss}&sid={sid}"))
        .await;
    assert_eq!(ended.status(), 200);
    let (_, html) = page(&app, &browser, "/").await;
    assert!(!html.contains(r#"action="/logout""#), "the session is over");
}

#[tokio::test]
async fn sessions_end_after_the_absolute_limit_even_when_active() {
    let app =
        spawn_app_with(|config| config.identity.absolute_timeout = std::time::Duration::ZERO).await;
    let browser = browser();
    login(&app, &browser, "Kari Nordmann", "/login").await;
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    let (_, html) = page(&app, &browser, "/").await;
    assert!(
        !html.contains(r#"action="/logout""#),
        "logged out by the absolute limit"
    );
}

#[tokio::test]
async fn a_write_sent_from_another_site_is_refused_even_with_the_right_token() {
    let app = spawn_app().await;
    let browser = browser();
    login(&app, &browser, "Kari Nordmann", "/login").await;
    let (_, html) = page(&app, &browser, "/").await;
    let token = csrf_token(&html);
    for (header, value) in [
        ("origin", "https://evil.example"),
        ("sec-fetch-site", "cross-site"),
        ("origin", "null"),
    ] {
        let response = browser
            .post(app.url("/logout"))
            .header(header, value)
            .form(&[("csrf_token", token.as_str())])
            .send()
            .await
            .expect("post");
        assert_eq!(location(&response), "/request-refused", "{header}: {value}");
        let (_, html) = page(&app, &browser, "/").await;
        assert!(
            html.contains(r#"action="/logout""#),
            "still logged in after {header}: {value}"
        );
    }
    // The same request from the portal's own page goes through.
    let response = browser
        .post(app.url("/logout"))
        .header("sec-fetch-site", "same-origin")
        .form(&[("csrf_token", token.as_str())])
        .send()
        .await
        .expect("post");
    assert!(location(&response).contains("/idp/endsession"));
}

//! Machine-to-machine access, Maskinporten style: the portal gets an access token per service
//! from the provider with a signed JWT grant, and the agencies take only a token whose scope
//! covers the service they are asked for.

use crate::{
    delivery::submit,
    helpers::{spawn_app_with, TestApp},
    journey::{logged_in, walk_fa_barn},
};
use axum::{extract::State, http::HeaderMap, routing::post, Json, Router};
use serde_json::{json, Value};
use server::{
    identity::{dev_provider::SigningKeys, machine},
    storage::Database,
};
use std::{
    sync::{Arc, Mutex},
    time::Duration,
};

/// The portal's own key, as the provider knows it.
async fn portal_key(app: &TestApp) -> SigningKeys {
    let database = Database::connect(&app.database_url).await.expect("db");
    SigningKeys::load_or_create(&database, "portal-client")
        .await
        .expect("key")
}

/// A grant signed with `keys`, as the portal makes them, with `changes` applied to its claims.
fn grant(keys: &SigningKeys, app: &TestApp, changes: Value) -> String {
    let now = chrono::Utc::now().timestamp();
    let mut claims = json!({
        "iss": "veiviser-portal",
        "aud": app.url("/idp"),
        "scope": "nav:child-benefit",
        "iat": now,
        "exp": now + 60,
        "jti": format!("{now}-{}", rand_suffix()),
    });
    for (k, v) in changes.as_object().expect("object") {
        claims[k] = v.clone();
    }
    machine::sign(keys.signing_key(), &claims).expect("sign")
}

fn rand_suffix() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(0);
    NEXT.fetch_add(1, Ordering::SeqCst)
}

async fn token_request(app: &TestApp, assertion: &str) -> (u16, Value) {
    let response = app
        .client
        .post(app.url("/idp/token"))
        .form(&[
            ("grant_type", machine::JWT_BEARER),
            ("assertion", assertion),
        ])
        .send()
        .await
        .expect("token");
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

async fn call(app: &TestApp, path: &str, token: &str) -> u16 {
    app.client
        .post(app.url(path))
        .bearer_auth(token)
        .header("Idempotency-Key", format!("k-{}", rand_suffix()))
        .json(&json!({}))
        .send()
        .await
        .expect("call")
        .status()
        .as_u16()
}

#[tokio::test]
async fn the_provider_issues_a_scoped_token_for_a_sound_grant_and_refuses_the_rest() {
    let app = spawn_app_with(|_| {}).await;
    let keys = portal_key(&app).await;

    let sound = grant(&keys, &app, json!({}));
    let (status, answer) = token_request(&app, &sound).await;
    assert_eq!(status, 200, "{answer}");
    assert_eq!(answer["token_type"], "Bearer");
    assert_eq!(answer["scope"], "nav:child-benefit");
    let token = answer["access_token"].as_str().expect("token").to_string();

    // A grant is good once.
    let (status, answer) = token_request(&app, &sound).await;
    assert_eq!(
        (status, answer["error"].as_str()),
        (400, Some("invalid_grant"))
    );

    // Too long-lived, for another audience, expired, an unknown scope, an unknown client, and
    // a grant signed by a key the provider does not know.
    let now = chrono::Utc::now().timestamp();
    for (changes, error) in [
        (json!({"exp": now + 600}), "invalid_grant"),
        (json!({"aud": "https://maskinporten.no/"}), "invalid_grant"),
        (json!({"iat": now - 200, "exp": now - 100}), "invalid_grant"),
        (
            json!({"scope": "nav:child-benefit skatt:everything"}),
            "invalid_scope",
        ),
        (json!({"iss": "someone-else"}), "invalid_client"),
    ] {
        let (status, answer) = token_request(&app, &grant(&keys, &app, changes.clone())).await;
        assert!(status == 400 || status == 401, "{changes}: {status}");
        assert_eq!(answer["error"], error, "{changes}");
    }
    let stranger = SigningKeys::from_key(
        openidconnect::core::CoreRsaPrivateSigningKey::from_pem(
            &{
                use rsa::pkcs1::EncodeRsaPrivateKey;
                rsa::RsaPrivateKey::new(&mut rand::thread_rng(), 1024)
                    .expect("key")
                    .to_pkcs1_pem(rsa::pkcs1::LineEnding::LF)
                    .expect("pem")
                    .to_string()
            },
            Some(openidconnect::JsonWebKeyId::new("stranger".into())),
        )
        .expect("key"),
    );
    let (status, _) = token_request(&app, &grant(&stranger, &app, json!({}))).await;
    assert_eq!(status, 400, "a grant the client's key did not sign");

    // The simulator: the scope's own service only; a forged token is no token.
    assert_eq!(
        call(&app, "/sim/agencies/v1/nav/child-benefit", &token).await,
        201
    );
    assert_eq!(
        call(&app, "/sim/agencies/v1/nav/parental-benefit", &token).await,
        403
    );
    assert_eq!(
        call(&app, "/sim/agencies/v1/skatteetaten/child-name", &token).await,
        403
    );
    let forged = machine::sign(
        stranger.signing_key(),
        &machine::unverified_claims(&token).expect("claims"),
    )
    .expect("sign");
    assert_eq!(
        call(&app, "/sim/agencies/v1/nav/child-benefit", &forged).await,
        401
    );
    // A service NAV does not offer, with a token for it.
    let (_, answer) = token_request(&app, &grant(&keys, &app, json!({"scope": "nav:bench"}))).await;
    let bench = answer["access_token"].as_str().expect("token");
    assert_eq!(call(&app, "/sim/agencies/v1/nav/bench", bench).await, 404);
}

/// An agency that keeps the bearer tokens it was sent, per service.
#[derive(Clone, Default)]
struct Recorder {
    seen: Arc<Mutex<Vec<(String, String)>>>,
}

async fn record(
    State(recorder): State<Recorder>,
    axum::extract::Path((agency, operation)): axum::extract::Path<(String, String)>,
    headers: HeaderMap,
) -> Json<Value> {
    let token = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or_default()
        .to_string();
    let mut seen = recorder.seen.lock().expect("lock");
    seen.push((format!("{agency}:{operation}"), token));
    Json(json!({ "case_number": format!("REC-{}", seen.len()) }))
}

#[tokio::test]
async fn the_worker_sends_each_service_a_provider_token_with_its_scope_and_reuses_it() {
    let recorder = Recorder::default();
    let router = Router::new()
        .route("/v1/{agency}/{operation}", post(record))
        .with_state(recorder.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("addr"));
    tokio::spawn(async move { axum::serve(listener, router).await });
    let app = spawn_app_with(|config| {
        config.agencies.url = Some(url);
        // A real agency that trusts the embedded provider: tokens only when asked for.
        config.agencies.auth_mode = server::agencies::AuthMode::Maskinporten;
        config.agencies.registers_url = None;
        config.agencies.poll = Duration::from_millis(20);
    })
    .await;
    let browser = logged_in(&app, "Kari Nordmann").await;
    for _ in 0..2 {
        let check = walk_fa_barn(&app, &browser).await;
        submit(&app, &browser, &check).await;
    }
    let database = Database::connect(&app.database_url).await.expect("db");
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while !database
        .outbox()
        .undelivered()
        .await
        .expect("outbox")
        .is_empty()
    {
        assert!(std::time::Instant::now() < deadline, "delivered in time");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }

    let jwks: Value = app.get("/idp/jwks").await.json().await.expect("jwks");
    let keys: Vec<openidconnect::core::CoreJsonWebKey> =
        serde_json::from_value(jwks["keys"].clone()).expect("keys");
    let seen = recorder.seen.lock().expect("lock").clone();
    assert!(
        seen.len() >= 4,
        "two submissions, two or more services each: {seen:?}"
    );
    for (scope, token) in &seen {
        let claims = machine::verify(&keys, token, &app.url("/idp"), "veiviser-agencies")
            .unwrap_or_else(|why| panic!("{scope}: {why}"));
        assert!(machine::has_scope(&claims, scope), "{scope}: {claims}");
        assert_eq!(claims["client_id"], "veiviser-portal");
    }
    // One token per service, reused for the second submission.
    for (scope, token) in &seen {
        let same: Vec<_> = seen.iter().filter(|(s, _)| s == scope).collect();
        assert!(
            same.iter().all(|(_, t)| t == token),
            "{scope} reused its token"
        );
    }
    let distinct: std::collections::HashSet<_> = seen.iter().map(|(_, t)| t).collect();
    let scopes: std::collections::HashSet<_> = seen.iter().map(|(s, _)| s).collect();
    assert_eq!(distinct.len(), scopes.len());
}

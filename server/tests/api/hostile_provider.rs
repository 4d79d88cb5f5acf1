//! Refusals: a provider stub on loopback that answers the portal's login with a bad ID token of
//! one kind or another. Each must end on the localised error page, be logged, and create no
//! session. A control case with a good token proves the stub can succeed at all.

use crate::helpers::{spawn_app_with, TestApp};
use axum::{
    extract::{Form, Query, State},
    response::{IntoResponse, Redirect},
    routing::{get, post},
    Json, Router,
};
use base64::Engine;
use openidconnect::{
    core::{CoreJsonWebKeySet, CoreJwsSigningAlgorithm, CoreRsaPrivateSigningKey},
    AccessToken, Audience, AuthenticationContextClass, IdTokenClaims, IssuerUrl, JsonWebKeyId,
    Nonce, PrivateSigningKey, StandardClaims, SubjectIdentifier,
};
use reqwest::header::LOCATION;
use rsa::pkcs1::{EncodeRsaPrivateKey, LineEnding};
use server::identity::claims::{IdPortenClaims, IdPortenIdToken};
use std::{
    collections::HashMap,
    sync::{Arc, Mutex, OnceLock},
};

/// Two RSA keys as PKCS#1 PEM: the one the stub publishes, and an impostor.
fn keys() -> &'static (String, String) {
    static KEYS: OnceLock<(String, String)> = OnceLock::new();
    KEYS.get_or_init(|| {
        let pem = || {
            rsa::RsaPrivateKey::new(&mut rand::thread_rng(), 2048)
                .expect("key")
                .to_pkcs1_pem(LineEnding::LF)
                .expect("pem")
                .to_string()
        };
        (pem(), pem())
    })
}

fn key(pem: &str) -> CoreRsaPrivateSigningKey {
    CoreRsaPrivateSigningKey::from_pem(pem, Some(JsonWebKeyId::new("stub-1".into()))).expect("key")
}

/// What the stub knows when it issues a token.
struct Ctx {
    issuer: String,
    nonce: String,
}

#[derive(Clone, Copy, Debug)]
enum Variant {
    Good,
    WrongNonce,
    OtherKey,
    AlgNone,
    WrongIssuer,
    WrongAudience,
    Expired,
    MissingPid,
    LowLevel,
}

const CLIENT_ID: &str = "veiviser-test";

fn token(variant: Variant, ctx: &Ctx) -> String {
    let now = chrono::Utc::now();
    let (issued, expires) = match variant {
        Variant::Expired => (
            now - chrono::Duration::minutes(20),
            now - chrono::Duration::minutes(10),
        ),
        _ => (now, now + chrono::Duration::minutes(2)),
    };
    let issuer = match variant {
        Variant::WrongIssuer => "https://impostor.example".to_string(),
        _ => ctx.issuer.clone(),
    };
    let audience = match variant {
        Variant::WrongAudience => "someone-else",
        _ => CLIENT_ID,
    };
    let nonce = match variant {
        Variant::WrongNonce => "not-the-nonce".to_string(),
        _ => ctx.nonce.clone(),
    };
    let pid = server::identity::population::population()[0]
        .pid
        .to_string();
    let claims = IdTokenClaims::new(
        IssuerUrl::new(issuer).expect("issuer"),
        vec![Audience::new(audience.into())],
        expires,
        issued,
        StandardClaims::new(SubjectIdentifier::new("subject".into())),
        IdPortenClaims {
            pid: (!matches!(variant, Variant::MissingPid)).then_some(pid),
            sid: Some("stub-session".into()),
        },
    )
    .set_nonce(Some(Nonce::new(nonce)))
    .set_auth_context_ref(Some(AuthenticationContextClass::new(
        if matches!(variant, Variant::LowLevel) {
            "idporten-loa-substantial"
        } else {
            "idporten-loa-high"
        }
        .into(),
    )));
    let (published, impostor) = keys();
    let signer = key(if matches!(variant, Variant::OtherKey) {
        impostor
    } else {
        published
    });
    let signed = IdPortenIdToken::new(
        claims,
        &signer,
        CoreJwsSigningAlgorithm::RsaSsaPkcs1V15Sha256,
        None::<&AccessToken>,
        None,
    )
    .expect("sign")
    .to_string();
    if matches!(variant, Variant::AlgNone) {
        // Same claims, no signature: the oldest trick in the JWT book.
        let payload = signed.split('.').nth(1).expect("payload");
        let header = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .encode(br#"{"alg":"none","typ":"JWT"}"#);
        return format!("{header}.{payload}.");
    }
    signed
}

#[derive(Clone)]
struct Stub {
    issuer: String,
    variant: Variant,
    nonce: Arc<Mutex<String>>,
}

async fn spawn_stub(variant: Variant) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let issuer = format!("http://{}", listener.local_addr().expect("addr"));
    let stub = Stub {
        issuer: issuer.clone(),
        variant,
        nonce: Arc::default(),
    };
    let router = Router::new()
        .route(
            "/.well-known/openid-configuration",
            get(|State(stub): State<Stub>| async move {
                let i = &stub.issuer;
                Json(serde_json::json!({
                    "issuer": i,
                    "authorization_endpoint": format!("{i}/authorize"),
                    "token_endpoint": format!("{i}/token"),
                    "jwks_uri": format!("{i}/jwks"),
                    "response_types_supported": ["code"],
                    "subject_types_supported": ["public"],
                    "id_token_signing_alg_values_supported": ["RS256"],
                }))
            }),
        )
        .route(
            "/jwks",
            get(|| async {
                let set = CoreJsonWebKeySet::new(vec![key(&keys().0).as_verification_key()]);
                Json(serde_json::to_value(set).expect("jwks"))
            }),
        )
        .route(
            "/authorize",
            get(
                |State(stub): State<Stub>, Query(q): Query<HashMap<String, String>>| async move {
                    *stub.nonce.lock().expect("lock") = q.get("nonce").cloned().unwrap_or_default();
                    let back = format!(
                        "{}?code=stub-code&state={}",
                        q.get("redirect_uri").cloned().unwrap_or_default(),
                        q.get("state").cloned().unwrap_or_default()
                    );
                    Redirect::to(&back)
                },
            ),
        )
        .route(
            "/token",
            post(
                |State(stub): State<Stub>, Form(_): Form<HashMap<String, String>>| async move {
                    let ctx = Ctx {
                        issuer: stub.issuer.clone(),
                        nonce: stub.nonce.lock().expect("lock").clone(),
                    };
                    Json(serde_json::json!({
                        "access_token": "stub-access-token",
                        "token_type": "Bearer",
                        "expires_in": 120,
                        "id_token": token(stub.variant, &ctx),
                    }))
                    .into_response()
                },
            ),
        )
        .with_state(stub);
    tokio::spawn(async move { axum::serve(listener, router).await });
    issuer
}

/// Logs in at the high level against a stub answering with `variant`; returns where the
/// callback sent the browser and whether a session exists afterwards.
async fn attempt(variant: Variant) -> (String, bool) {
    let issuer = spawn_stub(variant).await;
    let app: TestApp = spawn_app_with(|config| {
        config.identity.issuer = Some(issuer);
        config.identity.client_id = CLIENT_ID.into();
        config.identity.client_secret = Some("stub-secret".into());
    })
    .await;
    let browser = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let go = |url: String| {
        let browser = browser.clone();
        async move {
            let response = browser.get(&url).send().await.expect("request");
            response.headers()[LOCATION]
                .to_str()
                .expect("location")
                .to_string()
        }
    };
    let authorize = go(app.url("/login?level=high")).await;
    let callback = go(authorize).await;
    let landed = go(callback).await;
    let home = browser
        .get(app.url("/"))
        .send()
        .await
        .expect("home")
        .text()
        .await
        .expect("body");
    (landed, home.contains(r#"action="/logout""#))
}

#[tokio::test]
async fn a_good_token_from_the_stub_logs_in() {
    assert_eq!(attempt(Variant::Good).await, ("/".to_string(), true));
}

#[tokio::test]
async fn refusals_end_on_the_error_page_without_a_session() {
    for (variant, reason) in [
        (Variant::WrongNonce, "token"),
        (Variant::OtherKey, "token"),
        (Variant::AlgNone, "token"),
        (Variant::WrongIssuer, "token"),
        (Variant::WrongAudience, "token"),
        (Variant::Expired, "token"),
        (Variant::MissingPid, "token"),
        (Variant::LowLevel, "level"),
    ] {
        let (landed, session) = attempt(variant).await;
        assert_eq!(
            landed,
            format!("/login/error?reason={reason}"),
            "{variant:?}"
        );
        assert!(!session, "{variant:?} created a session");
    }
}

use crate::helpers::spawn_app;

#[tokio::test]
async fn liveness_answers_ok() {
    let app = spawn_app().await;
    let response = app.get("/health/live").await;
    assert_eq!(response.status(), 200);
    let body: serde_json::Value = response.json().await.expect("json");
    assert_eq!(body["status"], "live");
}

#[tokio::test]
async fn readiness_checks_the_database() {
    let app = spawn_app().await;
    let response = app.get("/health/ready").await;
    assert_eq!(response.status(), 200);
    let body: serde_json::Value = response.json().await.expect("json");
    assert_eq!(body["database"], "ok");
}

#[tokio::test]
async fn metrics_are_exposed_in_prometheus_text() {
    let app = spawn_app().await;
    app.get("/health/live").await;
    let response = app.get("/metrics").await;
    assert_eq!(response.status(), 200);
    assert!(response.headers()["content-type"]
        .to_str()
        .unwrap_or("")
        .starts_with("text/plain"));
    let body = response.text().await.expect("text");
    assert!(body.contains("http_requests_total{"), "{body}");
    assert!(body.contains(r#"route="/health/live""#), "{body}");
    assert!(
        body.contains("http_request_duration_seconds_bucket"),
        "{body}"
    );
}

#[tokio::test]
async fn readiness_fails_while_the_database_cannot_take_a_write() {
    let app = spawn_app().await;
    // Another connection holds the write lock and never lets go (a wedged instance, a
    // migration gone wrong): reads still answer, writes do not.
    let lock = crate::helpers::hold_lock(
        &app.database_url,
        "UPDATE readiness_probe SET checked_at = $1 WHERE probe_id = 1",
        "held".into(),
    )
    .await;
    let response = app.get("/health/ready").await;
    drop(lock);
    assert_eq!(response.status(), 503);
    let body: serde_json::Value = response.json().await.expect("json");
    assert_eq!(body["database"], "unavailable");
    // Once the lock is gone, it is ready again.
    assert_eq!(app.get("/health/ready").await.status(), 200);
}

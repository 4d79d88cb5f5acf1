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

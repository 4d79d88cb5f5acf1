use crate::helpers::spawn_app_with;

#[tokio::test]
async fn hashed_assets_are_served_precompressed_with_year_long_caching() {
    let app = spawn_app_with(|config| config.immutable_assets = true).await;
    let pkg = app.site_root.join("pkg");
    std::fs::write(pkg.join("veiviser.0123abcd.js"), "console.log('raw')").expect("js");
    std::fs::write(pkg.join("veiviser.0123abcd.js.br"), b"brotli-bytes").expect("br");
    let response = app
        .get_with(
            "/pkg/veiviser.0123abcd.js",
            &[("accept-encoding", "br, gzip")],
        )
        .await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-encoding"], "br");
    assert_eq!(
        response.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );
    assert!(response.headers()["content-type"]
        .to_str()
        .unwrap_or("")
        .contains("javascript"));
    assert_eq!(&response.bytes().await.expect("body")[..], b"brotli-bytes");
}

#[tokio::test]
async fn unhashed_assets_are_revalidated_and_missing_ones_are_not_cached() {
    let app = spawn_app_with(|config| config.immutable_assets = false).await;
    std::fs::write(app.site_root.join("pkg/veiviser.css"), "body{}").expect("css");
    let response = app.get("/pkg/veiviser.css").await;
    assert_eq!(response.headers()["cache-control"], "no-cache");
    let missing = app.get("/pkg/nothing.js").await;
    assert_eq!(missing.status(), 404);
    assert!(missing.headers().get("cache-control").is_none());
}

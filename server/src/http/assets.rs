//! The built site: `/pkg` (stylesheet, JavaScript, WebAssembly) and files at the site root.
//! A release build (`cargo leptos build --release --precompress`) leaves `.br` and `.gz` copies
//! beside each file, served as they are; anything else is compressed on the fly.

use axum::{
    http::{header, HeaderValue, StatusCode},
    response::Response,
    Router,
};
use leptos::config::LeptosOptions;
use std::path::PathBuf;
use tower_http::services::{ServeDir, ServeFile};

fn site_root(options: &LeptosOptions) -> PathBuf {
    PathBuf::from(options.site_root.as_ref())
}

/// `/pkg`: with hashed file names, a year of immutable caching; without, revalidate each time.
pub fn pkg(options: &LeptosOptions, immutable: bool) -> Router {
    let dir = site_root(options).join(options.site_pkg_dir.as_ref());
    let cache = HeaderValue::from_static(if immutable {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    });
    let files = ServeDir::new(dir).precompressed_br().precompressed_gzip();
    Router::new()
        .fallback_service(files)
        .layer(axum::middleware::map_response(
            move |mut response: Response| {
                let cache = cache.clone();
                async move {
                    if response.status() == StatusCode::OK {
                        let headers = response.headers_mut();
                        headers.insert(header::CACHE_CONTROL, cache);
                        headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
                    }
                    response
                }
            },
        ))
}

pub fn site_file(options: &LeptosOptions, name: &str) -> ServeFile {
    ServeFile::new(site_root(options).join(name))
}

//! Logs. `RUST_LOG` filters (default: info); `VEIVISER_LOG_FORMAT=json` writes one JSON object
//! per line for a log collector. Secrets are never put in fields, so nothing needs scrubbing here.

use tracing_subscriber::{fmt, EnvFilter};

pub fn init() {
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,tower_http=info"));
    let json = std::env::var("VEIVISER_LOG_FORMAT").is_ok_and(|v| v == "json");
    // `try_init`: a second call (tests start many applications) is harmless.
    let _ = if json {
        fmt().with_env_filter(filter).json().try_init()
    } else {
        fmt().with_env_filter(filter).try_init()
    };
}

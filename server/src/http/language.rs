//! The language menu's links: remember the choice in a cookie and go back where the citizen was.
//! Plain links, so the choice works without JavaScript.

use crate::state::AppState;
use app::i18n::{Lang, LANG_COOKIE};
use axum::{
    extract::{Path, RawQuery, State},
    http::{header, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
};

const ONE_YEAR: u32 = 365 * 24 * 60 * 60;

pub async fn choose(
    State(state): State<AppState>,
    Path(code): Path<String>,
    RawQuery(query): RawQuery,
) -> Response {
    // An unknown code is not an error worth a page: the citizen gets Bokmål.
    let lang = Lang::from_tag(&code).unwrap_or_default();
    let target = query
        .as_deref()
        .and_then(|q| {
            form_urlencoded::parse(q.as_bytes())
                .find(|(key, _)| key == "return")
                .map(|(_, value)| value.into_owned())
        })
        .filter(|path| is_local_path(path))
        .unwrap_or_else(|| "/".to_string());
    let secure = if state.served_over_https {
        "; Secure"
    } else {
        ""
    };
    let cookie = format!(
        "{LANG_COOKIE}={}; Path=/; Max-Age={ONE_YEAR}; SameSite=Lax; HttpOnly{secure}",
        lang.code()
    );
    let mut response = StatusCode::SEE_OTHER.into_response();
    let headers = response.headers_mut();
    if let (Ok(cookie), Ok(location)) = (
        HeaderValue::from_str(&cookie),
        HeaderValue::from_str(&target),
    ) {
        headers.insert(header::SET_COOKIE, cookie);
        headers.insert(header::LOCATION, location);
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// Only a path on this site: no scheme, no host, no `//evil.example`, no control characters.
/// Every redirect to an address from a request (language choice, return after login) uses it.
pub(crate) fn is_local_path(path: &str) -> bool {
    path.starts_with('/')
        && !path.starts_with("//")
        && !path.starts_with("/\\")
        && path.len() <= 2048
        && !path.chars().any(|c| c.is_control())
}

#[cfg(test)]
mod tests {
    use super::is_local_path;

    #[test]
    fn only_paths_on_this_site_are_followed() {
        assert!(is_local_path("/life-event/fa-barn?x=1"));
        for bad in [
            "https://evil.example",
            "//evil.example",
            "/\\evil.example",
            "evil",
            "/a\r\nSet-Cookie: x",
        ] {
            assert!(!is_local_path(bad), "{bad:?}");
        }
    }
}

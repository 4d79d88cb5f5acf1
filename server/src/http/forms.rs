//! What every form post shares, whichever side it is from: reading the form (within the size
//! limit, values composed to NFC), the session's anti-forgery token, the login (and back), and
//! the page for an error a use case ended in.

use super::{security::REFUSED_PAGE, Pages};
use app::{auth::CurrentUser, error::AppError, journey::SecurityLevel, pages::auth::Incident};
use axum::{
    extract::Request,
    http::{StatusCode, Uri},
    response::{IntoResponse, Redirect, Response},
    Extension,
};

pub fn login_redirect(path: &str, level: SecurityLevel) -> Response {
    let level = if level == SecurityLevel::High {
        "&level=high"
    } else {
        ""
    };
    Redirect::to(&format!("/login?return={path}{level}")).into_response()
}

/// A short localised page about a refused request, with its status (`/notice/<kind>`).
pub async fn notice(pages: &Pages, mut request: Request, kind: &str) -> Response {
    *request.method_mut() = axum::http::Method::GET;
    *request.uri_mut() = Uri::try_from(format!("/notice/{kind}")).unwrap_or_default();
    pages.render(request, ()).await
}

/// The page for an error a post ended in: the login (and back to `path`), or the notice that
/// explains it with its status (and the incident to quote).
pub async fn refused(pages: &Pages, mut request: Request, error: AppError, path: &str) -> Response {
    if let AppError::Unauthenticated(level) = error {
        return login_redirect(path, level);
    }
    *request.method_mut() = axum::http::Method::GET;
    *request.uri_mut() = Uri::try_from(format!("/notice/{}", error.notice())).unwrap_or_default();
    let status = StatusCode::from_u16(error.status()).unwrap_or(StatusCode::BAD_REQUEST);
    let mut response = match error {
        AppError::Internal { incident } => pages.render(request, Incident(incident)).await,
        _ => pages.render(request, ()).await,
    };
    *response.status_mut() = status;
    response
}

/// A post from a person logged in (at `level`) with this session's token: who, the form, and the
/// request's head to render pages with; otherwise the answer that says why not (the login and back to
/// `path`, the size limit's page, the forgery refusal).
pub async fn signed_post(
    pages: &Pages,
    user: Option<Extension<CurrentUser>>,
    level: SecurityLevel,
    request: Request,
    path: &str,
) -> Result<
    (
        CurrentUser,
        Vec<(String, String)>,
        impl Fn() -> Request + use<>,
    ),
    Response,
> {
    let Some(Extension(user)) = user else {
        return Err(login_redirect(path, level));
    };
    let (form, head) = read_form(pages, request).await?;
    if !csrf_ok(&form, &user) {
        return Err(Redirect::to(REFUSED_PAGE).into_response());
    }
    Ok((user, form, head))
}

/// Where a use case leads: a `303` there, or the page for its error.
pub async fn go(
    pages: &Pages,
    head: Request,
    to: Result<String, AppError>,
    path: &str,
) -> Response {
    match to {
        Ok(to) => Redirect::to(&to).into_response(),
        Err(error) => refused(pages, head, error, path).await,
    }
}

/// A posted form's fields, and the request's head to render pages with; a body over the size
/// limit gets the localised 413 page.
pub async fn read_form(
    pages: &Pages,
    request: Request,
) -> Result<
    (
        Vec<(String, String)>,
        impl Fn() -> Request + Send + Sync + use<>,
    ),
    Response,
> {
    let (parts, body) = request.into_parts();
    let head = head_of(&Request::from_parts(parts, axum::body::Body::empty()));
    match axum::body::to_bytes(body, super::MAX_FORM_BYTES).await {
        Ok(bytes) => Ok((form_fields(&bytes), head)),
        Err(_) => {
            tracing::warn!("a journey form over the size limit was refused");
            let mut response = notice(pages, head(), "oversized").await;
            *response.status_mut() = StatusCode::PAYLOAD_TOO_LARGE;
            Err(response)
        }
    }
}

/// The fields of a form body, each value in Unicode's composed form (NFC): "ø" typed as "o" and
/// a combining stroke is the same answer as "ø" typed as one character, for every check and for
/// the agencies. Bytes that are not UTF-8 become U+FFFD, which the field's check refuses.
pub fn form_fields(body: &[u8]) -> Vec<(String, String)> {
    use unicode_normalization::UnicodeNormalization;
    form_urlencoded::parse(body)
        .map(|(name, value)| (name.into_owned(), value.nfc().collect()))
        .collect()
}

/// A copy of a request's head without its body, to render a page for it (as often as needed).
fn head_of(request: &Request) -> impl Fn() -> Request + Send + Sync + use<> {
    let uri = request.uri().clone();
    let headers = request.headers().clone();
    let user = request.extensions().get::<CurrentUser>().cloned();
    move || {
        let mut again = Request::new(axum::body::Body::empty());
        *again.uri_mut() = uri.clone();
        *again.headers_mut() = headers.clone();
        if let Some(user) = &user {
            again.extensions_mut().insert(user.clone());
        }
        again
    }
}

/// The first value of the form field `name`.
pub fn value<'a>(form: &'a [(String, String)], name: &str) -> Option<&'a str> {
    form.iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

pub fn csrf_ok(form: &[(String, String)], user: &CurrentUser) -> bool {
    let ok = form
        .iter()
        .any(|(k, v)| k == "csrf_token" && *v == user.csrf_token);
    if !ok {
        tracing::warn!("a journey form without this session's token was refused");
    }
    ok
}

#[cfg(test)]
mod tests {
    #[test]
    fn form_values_are_composed_and_bytes_that_are_not_utf8_are_marked() {
        let fields = super::form_fields(b"a.name=Zo%C3%AB&a.city=Tromso%CC%88&a.bad=%FF%FE");
        assert_eq!(fields[0].1, "Zo\u{eb}");
        assert_eq!(
            fields[1].1, "Troms\u{f6}",
            "o + combining diaeresis becomes one \u{f6}"
        );
        assert!(fields[2].1.contains('\u{FFFD}'));
    }
}

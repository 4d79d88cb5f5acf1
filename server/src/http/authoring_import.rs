//! `POST /admin/journeys/<id>/import`: a file imported as the journey's draft, from the journey
//! page's upload form (`multipart/form-data`: `csrf_token` and `file`; the only form of the
//! portal that is not URL-encoded, because it carries a file). Thin: read the two fields (at
//! most the size limit's worth: a larger body is refused at the field, nothing read further),
//! check the session's token, call the authoring port, answer `303` to the new draft, or the
//! journey page again with the problems at the file field (422).

use super::{
    forms::{csrf_ok, login_redirect, refused},
    Pages,
};
use crate::state::AppState;
use app::{
    auth::CurrentUser,
    error::{AppError, Refusal},
    journey::SecurityLevel,
    pages::admin::{
        journeys::{ImportRefused, JOURNEYS},
        model::FieldProblem,
    },
};
use axum::{
    extract::{FromRequest, Multipart, Path, Request, State},
    http::{Method, StatusCode, Uri},
    response::{IntoResponse, Redirect, Response},
    Extension,
};

/// The journey page's request, to render it again with what went wrong.
fn page_request(head: &Request, path: &str) -> Request {
    let mut again = Request::new(axum::body::Body::empty());
    *again.method_mut() = Method::GET;
    *again.uri_mut() = Uri::try_from(path).unwrap_or_default();
    *again.headers_mut() = head.headers().clone();
    if let Some(user) = head.extensions().get::<CurrentUser>() {
        again.extensions_mut().insert(user.clone());
    }
    again
}

/// The form's token and file; `Err` when the body is not a form of those (or too large).
async fn fields(request: Request) -> Result<(String, Vec<u8>), bool> {
    let mut form = Multipart::from_request(request, &())
        .await
        .map_err(|_| false)?;
    let (mut token, mut file) = (String::new(), Vec::new());
    // Any error reading a field is a body over the limit or not a form: too large is told so.
    while let Some(field) = form
        .next_field()
        .await
        .map_err(|e| e.status() == StatusCode::PAYLOAD_TOO_LARGE)?
    {
        match field.name() {
            Some("csrf_token") => token = field.text().await.map_err(|_| false)?,
            Some("file") => {
                let bytes = field
                    .bytes()
                    .await
                    .map_err(|e| e.status() == StatusCode::PAYLOAD_TOO_LARGE)?;
                file = bytes.to_vec();
            }
            _ => {}
        }
    }
    Ok((token, file))
}

pub async fn import(
    State(state): State<AppState>,
    Extension(pages): Extension<Pages>,
    user: Option<Extension<CurrentUser>>,
    Path(id): Path<String>,
    request: Request,
) -> Response {
    let path = format!("{JOURNEYS}/{id}");
    let Some(Extension(user)) = user else {
        return login_redirect(&path, SecurityLevel::Substantial);
    };
    let head = page_request(&request, &path);
    let problems = |what: &str| {
        vec![FieldProblem {
            field: "file".into(),
            message: format!("authoring-import-{what}"),
        }]
    };
    let outcome = match fields(request).await {
        Ok((token, file)) => {
            if !csrf_ok(&[("csrf_token".to_string(), token)], &user) {
                return Redirect::to(super::security::REFUSED_PAGE).into_response();
            }
            state.authoring.import(&user, &id, &file).await
        }
        Err(true) => Ok(Err(problems("too-large"))),
        Err(false) => Err(AppError::Invalid(Refusal::FormMismatch)),
    };
    match outcome {
        Ok(Ok(_)) => Redirect::to(&format!("{path}/draft?done=imported")).into_response(),
        Ok(Err(problems)) => {
            tracing::info!(journey = %id, "an imported file was refused");
            let mut response = pages.render(head, ImportRefused(problems)).await;
            *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
            response
        }
        Err(error) => refused(&pages, head, error, &path).await,
    }
}

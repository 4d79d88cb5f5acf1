//! How a page gets its data: it asks a port for it, for the person logged in, and renders what
//! comes back — the page, a redirect, or the error's page. The page's route waits for the load
//! before anything is sent (`SsrMode::Async` in the router), so a redirect or an error status
//! reaches the browser as a real status, and nothing depends on JavaScript.

use super::auth::{error_page, see_other};
use crate::{
    auth::{use_current_user, CurrentUser},
    error::AppError,
    journey::SecurityLevel,
    pages::citizen::model::Outcome,
    ports::{CaseworkerPort, CitizenPort},
};
use leptos::prelude::*;
use std::{future::Future, sync::Arc};

/// The citizen port the server provides in the context of every page.
pub fn use_citizen() -> Option<Arc<dyn CitizenPort>> {
    use_context::<Arc<dyn CitizenPort>>()
}

/// The path of the page being rendered (where a login sends the person back to).
fn current_path() -> String {
    use_context::<http::request::Parts>()
        .map(|parts| parts.uri.path().to_string())
        .unwrap_or_else(|| "/".into())
}

/// A page for a logged-in citizen: `load` asks the port for its data, `page` renders it. Without
/// a login, the person is sent to log in and back here.
pub fn citizen_page<T, Fut, V>(
    load: impl FnOnce(Arc<dyn CitizenPort>, CurrentUser) -> Fut,
    page: impl FnOnce(T, CurrentUser) -> V + Send + 'static,
) -> impl IntoView
where
    T: Send + 'static,
    Fut: Future<Output = Result<Outcome<T>, AppError>> + Send + 'static,
    V: IntoView + 'static,
{
    port_page::<dyn CitizenPort, T, Fut, V>(load, page)
}

/// A page for a caseworker: as `citizen_page`, over the caseworker port.
pub fn caseworker_page<T, Fut, V>(
    load: impl FnOnce(Arc<dyn CaseworkerPort>, CurrentUser) -> Fut,
    page: impl FnOnce(T, CurrentUser) -> V + Send + 'static,
) -> impl IntoView
where
    T: Send + 'static,
    Fut: Future<Output = Result<Outcome<T>, AppError>> + Send + 'static,
    V: IntoView + 'static,
{
    port_page::<dyn CaseworkerPort, T, Fut, V>(load, page)
}

/// A page that loads through the port `P` the server provides in the context of every page.
pub(crate) fn port_page<P, T, Fut, V>(
    load: impl FnOnce(Arc<P>, CurrentUser) -> Fut,
    page: impl FnOnce(T, CurrentUser) -> V + Send + 'static,
) -> impl IntoView
where
    P: ?Sized + Send + Sync + 'static,
    T: Send + 'static,
    Fut: Future<Output = Result<Outcome<T>, AppError>> + Send + 'static,
    V: IntoView + 'static,
{
    let path = current_path();
    let loading = match (use_current_user(), use_context::<Arc<P>>()) {
        (Some(user), Some(port)) => Ok((load(port, user.clone()), user)),
        (None, _) => Err(AppError::Unauthenticated(SecurityLevel::Substantial)),
        (Some(_), None) => Err(missing_port()),
    };
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                let loaded = match loading {
                    Ok((future, user)) => future.await.map(|outcome| (outcome, user)),
                    Err(error) => Err(error),
                };
                match loaded {
                    Ok((Outcome::Page(data), user)) => page(data, user).into_any(),
                    Ok((Outcome::Elsewhere(location), _)) => {
                        see_other(&location);
                        ().into_any()
                    }
                    Err(error) => error_page(error, &path),
                }
            })}
        </Suspense>
    }
}

/// A server that renders pages without providing the port is a bug in the server's start.
fn missing_port() -> AppError {
    tracing::error!("a page was rendered without its port in its context");
    AppError::Internal {
        incident: "NO-PORT".into(),
    }
}

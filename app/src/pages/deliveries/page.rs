//! The deliveries page, for an admin (`AdminDeliveriesPage`, calls not delivered by default) or
//! an API agency's caseworker (`SentPage`, what was sent by default): the notice after a retry,
//! the choice between the two lists when the person may see both, "retry all", and the table.

use super::{
    model::{CallFilter, DeliveriesView},
    table::calls_table,
};
use crate::{
    auth::CurrentUser,
    error::{AppError, Refusal},
    i18n::{tr, tr_with},
    journey::Agency,
    pages::{citizen::model::Outcome, load::port_page},
    ports::DeliveriesPort,
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use std::{future::Future, sync::Arc};

/// Where retries are posted (`<ADMIN_BASE>/<agency>`), whichever page shows the form.
pub const ADMIN_BASE: &str = "/admin/deliveries";
const SENT_BASE: &str = "/caseworker/sent";

/// A page that loads through the deliveries port, as `caseworker_page` does through its own.
fn deliveries_page<T, Fut, V>(
    load: impl FnOnce(Arc<dyn DeliveriesPort>, CurrentUser) -> Fut,
    page: impl FnOnce(T, CurrentUser) -> V + Send + 'static,
) -> impl IntoView
where
    T: Send + 'static,
    Fut: Future<Output = Result<Outcome<T>, AppError>> + Send + 'static,
    V: IntoView + 'static,
{
    port_page::<dyn DeliveriesPort, T, Fut, V>(load, page)
}

/// `/admin/deliveries/<agency>`.
#[component]
pub fn AdminDeliveriesPage() -> impl IntoView {
    deliveries(ADMIN_BASE, CallFilter::Undelivered)
}

/// `/caseworker/sent/<agency>`.
#[component]
pub fn SentPage() -> impl IntoView {
    deliveries(SENT_BASE, CallFilter::Sent)
}

/// What the address says: the agency, the list (`?show=`), and the notice after a retry.
struct Asked {
    agency: String,
    show: Option<String>,
    done: Option<String>,
    count: Option<String>,
}

fn deliveries(base: &'static str, default: CallFilter) -> impl IntoView {
    let agency = use_params_map().with_untracked(|p| p.get("agency").unwrap_or_default());
    let asked = use_query_map().with_untracked(|q| Asked {
        agency,
        show: q.get("show"),
        done: q.get("done"),
        count: q.get("count"),
    });
    let (word, show) = (asked.agency.clone(), asked.show.clone());
    deliveries_page(
        move |port, user| async move {
            let Some(agency) = Agency::parse(&word) else {
                tracing::warn!(agency = word, "a deliveries page of no such agency");
                return Err(AppError::NotFound);
            };
            let filter = match show.as_deref() {
                None => default,
                Some(word) => {
                    CallFilter::parse(word).ok_or(AppError::Invalid(Refusal::FormMismatch))?
                }
            };
            port.calls(&user, agency, filter).await.map(Outcome::Page)
        },
        move |view, user| page(view, user, base, asked),
    )
}

fn page(
    view: DeliveriesView,
    user: CurrentUser,
    base: &'static str,
    asked: Asked,
) -> impl IntoView {
    let agency = tr(&view.agency.name_message_id());
    let title = match view.filter {
        CallFilter::Undelivered => tr_with("deliveries-title", &[("agency", agency.clone())]),
        CallFilter::Sent => tr_with("deliveries-sent-title", &[("agency", agency.clone())]),
    };
    let (back, back_label) = if base == ADMIN_BASE {
        ("/admin", tr("deliveries-back-admin"))
    } else {
        ("/caseworker", tr("case-back"))
    };
    let intro = tr(match (view.filter, view.can_retry) {
        (CallFilter::Sent, _) => "deliveries-intro-sent",
        (CallFilter::Undelivered, true) => "deliveries-intro-admin",
        (CallFilter::Undelivered, false) => "deliveries-intro-read-only",
    });
    let done = done_notice(asked.done.as_deref(), asked.count.as_deref());
    let post = format!("{ADMIN_BASE}/{}", view.agency.id());
    let tabs = view.can_see_sent.then(|| {
        let links = CallFilter::ALL
            .into_iter()
            .map(|filter| {
                let href = format!("{base}/{}?show={}", view.agency.id(), filter.as_str());
                let current = (filter == view.filter).then_some("page");
                let label = tr(&format!("deliveries-show-{}", filter.as_str()));
                view! { <li><a class="ds-link" href=href aria-current=current>{label}</a></li> }
            })
            .collect_view();
        view! {
            <nav aria-label=tr("deliveries-lists-label")>
                <ul class="inbox-queues">{links}</ul>
            </nav>
        }
    });
    let retry_all = (view.can_retry && view.any_dead()).then(|| {
        view! {
            <form method="post" action=post.clone() class="case-action">
                <input type="hidden" name="csrf_token" value=user.csrf_token.clone() />
                <input type="hidden" name="action" value="retry-all" />
                <button class="ds-button" type="submit">{tr("deliveries-retry-all")}</button>
            </form>
        }
    });
    let more = view
        .more
        .then(|| view! { <p class="ds-paragraph">{tr("deliveries-more")}</p> });
    view! {
        <Title text=title.clone() />
        <nav aria-label=tr("breadcrumbs-label")>
            <a class="ds-link back-link" href=back>{back_label}</a>
        </nav>
        <h1 class="ds-heading" data-size="lg">{title}</h1>
        {done}
        <p class="ds-paragraph">{intro}</p>
        {tabs}
        {retry_all}
        {calls_table(&view, &user, &post)}
        {more}
    }
}

/// The notice after a retry (`?done=retried&count=2`, or `?done=nothing`), focused so a
/// keyboard or screen reader user hears what happened.
fn done_notice(done: Option<&str>, count: Option<&str>) -> Option<impl IntoView> {
    let text = match done? {
        "retried" => {
            let count = count.and_then(|c| c.parse::<u32>().ok()).unwrap_or(0);
            tr_with("deliveries-done-retried", &[("count", count.to_string())])
        }
        "nothing" => tr("deliveries-done-nothing"),
        _ => return None,
    };
    Some(view! {
        <div class="ds-alert" data-color="success" role="status" tabindex="-1" autofocus=true>
            <p class="ds-paragraph">{text}</p>
        </div>
    })
}

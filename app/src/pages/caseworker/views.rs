//! Named views: the caseworker's own and those shared with their agency's team, as links; and a
//! form that saves the view shown under a name (posted with the session's token).

use super::{inbox::inbox_href, model::InboxView};
use crate::{auth::CurrentUser, i18n::tr};
use leptos::prelude::*;

pub(super) fn saved_views(view_data: &InboxView, user: &CurrentUser) -> impl IntoView {
    let views = view_data
        .views
        .iter()
        .map(|saved| {
            let href = if saved.query.is_empty() {
                "/caseworker".to_string()
            } else {
                format!("/caseworker?{}", saved.query)
            };
            let shared = saved.shared.then(|| {
                view! { " " <span class="ds-paragraph" data-size="sm">{format!("({}, {})", tr("inbox-view-shared"), saved.owner_name)}</span> }
            });
            view! { <li><a class="ds-link" href=href>{saved.name.clone()}</a>{shared}</li> }
        })
        .collect_view();
    let hidden = view_data
        .query
        .first_page()
        .to_pairs()
        .into_iter()
        .map(|(name, value)| view! { <input type="hidden" name=name value=value /> })
        .collect_view();
    let current = inbox_href(&view_data.query.first_page());
    view! {
        <section class="inbox-views" aria-labelledby="inbox-views-heading">
            <h2 class="ds-heading" data-size="sm" id="inbox-views-heading">{tr("inbox-views")}</h2>
            {if view_data.views.is_empty() {
                view! { <p class="ds-paragraph">{tr("inbox-no-views")}</p> }.into_any()
            } else {
                view! { <ul class="ds-list">{views}</ul> }.into_any()
            }}
            <form method="post" action="/caseworker/views" class="inbox-save-view">
                <input type="hidden" name="csrf_token" value=user.csrf_token.clone() />
                <input type="hidden" name="return" value=current />
                {hidden}
                <div class="ds-field">
                    <label class="ds-label" for="view-name">{tr("inbox-view-name")}</label>
                    <input class="ds-input" type="text" id="view-name" name="name" required maxlength="80" />
                </div>
                <div class="ds-field">
                    <input class="ds-input" type="checkbox" id="view-shared" name="shared" value="1" />
                    <label class="ds-label" for="view-shared" data-weight="regular">{tr("inbox-view-share")}</label>
                </div>
                <button class="ds-button" data-variant="secondary" type="submit">{tr("inbox-view-save")}</button>
            </form>
        </section>
    }
}

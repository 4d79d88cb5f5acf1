//! What the question and step forms show alike: the error summary first (each problem linking
//! to its field), a problem's words (the form's own, translated; the checker's, as they are),
//! an input per language side by side, and the "remove" form.

use super::signed;
use crate::{
    auth::CurrentUser,
    i18n::{tr, tr_with, Lang},
    pages::admin::{labelled_field as field, model::QuestionProblem},
};
use leptos::prelude::*;

/// A problem's words: the form's own message ids, or the checker's text as it is.
pub(super) fn words(problem: &QuestionProblem) -> String {
    let own = ["admin-question-", "authoring-parts-"];
    if own.iter().any(|prefix| problem.message.starts_with(prefix)) {
        tr(&problem.message)
    } else {
        problem.message.clone()
    }
}

/// The words of every problem at `field` (`None`: none there).
pub(super) fn error_at(problems: &[QuestionProblem], field: &str) -> Option<String> {
    let found: Vec<String> = problems
        .iter()
        .filter(|p| p.field == field)
        .map(words)
        .collect();
    (!found.is_empty()).then(|| found.join(" "))
}

/// The error summary, first on the page: each problem linked to its field's input (`<prefix>
/// <field>`), one about the whole form to `whole`.
pub(super) fn summary(problems: &[QuestionProblem], prefix: &str, whole: &str) -> Option<AnyView> {
    let links = problems
        .iter()
        .map(|p| (link_to(&p.field, prefix, whole), words(p)))
        .collect();
    error_summary(links, None)
}

/// Where a problem's link goes: its field's input (`#<prefix><field>`), or `#<whole>` for a
/// problem of the whole form.
pub(super) fn link_to(field: &str, prefix: &str, whole: &str) -> String {
    if field.is_empty() {
        format!("#{whole}")
    } else {
        format!("#{prefix}{field}")
    }
}

/// The error summary's markup, shared by every authoring form: `(href, words)` per problem,
/// under `intro` when there is one; `None` without problems.
pub(super) fn error_summary(
    links: Vec<(String, String)>,
    intro: Option<String>,
) -> Option<AnyView> {
    if links.is_empty() {
        return None;
    }
    let items = links
        .into_iter()
        .map(|(href, words)| view! { <li><a class="ds-link" href=href>{words}</a></li> })
        .collect_view();
    let intro = intro.map(|text| view! { <p class="ds-paragraph">{text}</p> });
    Some(view! {
        <div class="ds-error-summary" id="error-summary" tabindex="-1" autofocus aria-labelledby="error-summary-heading">
            <h2 class="ds-heading" data-size="xs" id="error-summary-heading">{tr("error-summary-heading")}</h2>
            {intro}
            <ul class="ds-list">{items}</ul>
        </div>
    }.into_any())
}

/// A one-line input with its label, its problem at it and (optionally) a help line.
pub(super) fn input(
    (prefix, name): (&str, &str),
    label: String,
    value: String,
    problems: &[QuestionProblem],
    help: Option<String>,
) -> impl IntoView {
    let id = format!("{prefix}{name}");
    let error = error_at(problems, name);
    let described = match (&help, &error) {
        (Some(_), Some(_)) => Some(format!("{id}-help {id}-error")),
        (Some(_), None) => Some(format!("{id}-help")),
        (None, Some(_)) => Some(format!("{id}-error")),
        (None, None) => None,
    };
    let help =
        help.map(|text| view! { <p class="ds-paragraph" id=format!("{id}-help")>{text}</p> });
    field(
        &id,
        label,
        error.clone(),
        view! {
            <input class="ds-input" type="text" id=id.clone() name=name.to_string() value=value autocomplete="off" spellcheck="false" aria-invalid=error.map(|_| "true") aria-describedby=described />
            {help}
        },
    )
}

/// A checkbox with its label.
pub(super) fn checkbox(id: &str, name: &str, label: String, checked: bool) -> impl IntoView {
    view! {
        <div class="ds-field">
            <input class="ds-input" type="checkbox" id=id.to_string() name=name.to_string() value="yes" checked=checked />
            <label class="ds-label" data-weight="regular" for=id.to_string()>{label}</label>
        </div>
    }
}

/// A text in every language side by side (`<name>-nb`, `-nn`, `-en`), in a fieldset.
pub(super) fn per_language(
    (prefix, name): (&str, &str),
    legend: String,
    values: &[String; 3],
    problems: &[QuestionProblem],
) -> impl IntoView {
    let inputs = Lang::ALL
        .iter()
        .enumerate()
        .map(|(i, lang)| {
            let field_name = format!("{name}-{}", lang.code());
            let id = format!("{prefix}{field_name}");
            let error = error_at(problems, &field_name);
            let label = tr_with(
                "authoring-question-label-in",
                &[("language", lang.native_name().to_string())],
            );
            field(&id, label, error.clone(), view! {
                <input class="ds-input" type="text" id=id.clone() name=field_name lang=lang.code() value=values[i].clone() aria-invalid=error.as_ref().map(|_| "true") aria-describedby=error.map(|_| format!("{id}-error")) />
            })
        })
        .collect_view();
    view! {
        <fieldset class="ds-fieldset">
            <legend class="ds-label">{legend}</legend>
            {inputs}
        </fieldset>
    }
}

/// "Remove …": a form of its own, after the one that saves.
pub(super) fn remove_form(
    user: &CurrentUser,
    action: String,
    revision: &str,
    label: String,
) -> impl IntoView {
    view! {
        <form method="post" action=action class="remove-form">
            {signed(user, "remove")}
            <input type="hidden" name="revision" value=revision.to_string() />
            <button class="ds-button" data-variant="secondary" data-color="danger" type="submit">{label}</button>
        </form>
    }
}

//! One question on a step page, as the form shows it: label, help, format hint, where a
//! prefilled answer came from, the error slot and the input for its kind; and the error summary
//! that leads the page when a step did not validate.

use super::text::source_text;
use crate::{
    i18n::{tr, tr_with},
    journey::{flow::FieldError, Answer, Answers, Field, FieldKind, Journey, Sources},
};
use leptos::prelude::*;

fn error_text(journey: &Journey, error: &FieldError) -> String {
    let args: Vec<(&str, String)> = error.problem.args();
    let message = tr_with(error.problem.message_id(), &args);
    let label = journey
        .any_field(&error.field)
        .map(|f| tr(&journey.label_id(f)))
        .unwrap_or_default();
    format!("{label}: {message}")
}

/// The error summary: first on the page, focused on load (without JavaScript too, through
/// `autofocus`), each entry linking to its field.
#[component]
pub(super) fn ErrorSummary(
    journey: std::sync::Arc<Journey>,
    errors: Vec<FieldError>,
) -> impl IntoView {
    let items = errors
        .iter()
        .map(|e| {
            let href = format!("#a.{}", e.name);
            view! { <li><a class="ds-link" href=href>{error_text(&journey, e)}</a></li> }
        })
        .collect_view();
    view! {
        <div class="ds-error-summary" id="error-summary" tabindex="-1" autofocus aria-labelledby="error-summary-heading">
            <h2 class="ds-heading" data-size="xs" id="error-summary-heading">{tr("error-summary-heading")}</h2>
            <ul class="ds-list">{items}</ul>
        </div>
    }
}

pub(super) struct FieldContext<'a> {
    pub journey: &'a Journey,
    pub errors: &'a [FieldError],
    pub hidden: &'a [String],
    pub sources: &'a Sources,
    pub answers: &'a Answers,
}

impl FieldContext<'_> {
    /// Where a top-level field's answer came from, while unchanged.
    fn source(&self, name: &str) -> Option<String> {
        self.sources
            .origin(name, self.answers)
            .map(|s| source_text(&s.register, &s.read_at))
    }

    fn error(&self, name: &str) -> Option<String> {
        self.errors
            .iter()
            .find(|e| e.name == name || e.name.starts_with(&format!("{name}.")))
            .map(|e| tr_with(e.problem.message_id(), &e.problem.args()))
    }
}

fn text_of(answer: Option<&Answer>) -> String {
    match answer {
        Some(Answer::Text(t)) => t.clone(),
        _ => String::new(),
    }
}

/// One field, named `a.<name>` (`name` is `field` or `group.i.field`).
pub(super) fn field_view(
    ctx: &FieldContext,
    field: &Field,
    name: String,
    answer: Option<&Answer>,
) -> AnyView {
    let journey = ctx.journey;
    let id = format!("a.{name}");
    let label = tr(&journey.label_id(field));
    let error = ctx.error(&name);
    let error_id = format!("{id}-error");
    let help_id = format!("{id}-help");
    let optional = (!field.required && !matches!(field.kind, FieldKind::Group { .. }))
        .then(|| format!(" ({})", tr("field-optional")));
    let conditional = (field.show_if.is_some() && ctx.hidden.contains(&field.id)).then(|| {
        // What the question depends on, in words where the journey gives them.
        let text = if field.show_if_text {
            tr(&journey.show_if_id(field))
        } else {
            tr("field-conditional")
        };
        view! { <p class="ds-paragraph field-conditional" data-size="sm">{text}</p> }
    });
    let help = field
        .help
        .then(|| view! { <div data-field="description" id=help_id.clone()>{tr(&journey.help_id(field))}</div> });
    // The message slot is always there (empty and hidden without an error), so the browser can
    // fill it as the person leaves a field; an empty description adds nothing for screen readers.
    // Dates and amounts without help of their own get a format hint, read with the field.
    let hint_id = format!("{id}-hint");
    let has_hint =
        !field.help && matches!(field.kind, FieldKind::Date { .. } | FieldKind::Money { .. });
    let source_id = format!("{id}-source");
    let origin = ctx.source(&name);
    let has_source = origin.is_some();
    let source = origin.map(|text| view! { <p class="ds-paragraph field-source" data-size="sm" id=source_id.clone()>{text}</p> });
    let described = [
        has_source.then(|| source_id.clone()),
        field.help.then(|| help_id.clone()),
        has_hint.then(|| hint_id.clone()),
        Some(error_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    let described = Some(described);
    let invalid = error.as_ref().map(|_| "true");
    let hidden_slot = error.is_none();
    let validation = view! {
        <div class="ds-validation-message" data-field="validation" id=error_id.clone() hidden=hidden_slot>
            {error.clone()}
        </div>
    };
    let choices = |multiple: bool, options: Vec<(String, String)>| {
        let selected: Vec<String> = match answer {
            Some(Answer::Choices(c)) => c.clone(),
            Some(Answer::Text(t)) => vec![t.clone()],
            _ => vec![],
        };
        options
            .into_iter()
            .enumerate()
            .map(|(i, (value, text))| {
                let input_id = if i == 0 { id.clone() } else { format!("{id}-{value}") };
                let checked = selected.contains(&value);
                view! {
                    <div class="ds-field">
                        <input class="ds-input" type=if multiple { "checkbox" } else { "radio" } name=id.clone() id=input_id.clone() value=value checked=checked aria-invalid=invalid />
                        <label class="ds-label" for=input_id data-weight="regular">{text}</label>
                    </div>
                }
            })
            .collect_view()
    };
    match &field.kind {
        FieldKind::YesNo | FieldKind::OneOf(_) | FieldKind::ManyOf(_) => {
            let options: Vec<(String, String)> = match &field.kind {
                FieldKind::YesNo => vec![
                    ("yes".into(), tr("answer-yes")),
                    ("no".into(), tr("answer-no")),
                ],
                kind => kind
                    .options()
                    .unwrap_or_default()
                    .iter()
                    .map(|o| (o.clone(), tr(&journey.option_id(field, o))))
                    .collect(),
            };
            let multiple = matches!(field.kind, FieldKind::ManyOf(_));
            view! {
                <fieldset class="ds-fieldset question" data-question=field.id.clone() aria-describedby=described>
                    <legend class="ds-label">{label}{optional}</legend>
                    {conditional}
                    {source}
                    {help}
                    {validation}
                    {choices(multiple, options)}
                </fieldset>
            }
            .into_any()
        }
        FieldKind::Address => {
            let (street, postcode, city) = match answer {
                Some(Answer::Address {
                    street,
                    postcode,
                    city,
                }) => (street.clone(), postcode.clone(), city.clone()),
                _ => Default::default(),
            };
            let part = |key: &str, text: String, value: String, autocomplete: &'static str| {
                let part_id = format!("{id}.{key}");
                view! {
                    <div class="ds-field">
                        <label class="ds-label" for=part_id.clone()>{text}</label>
                        <input class="ds-input" type="text" name=part_id.clone() id=part_id value=value autocomplete=autocomplete aria-invalid=invalid />
                    </div>
                }
            };
            view! {
                <fieldset class="ds-fieldset question" data-question=field.id.clone() aria-describedby=described>
                    <legend class="ds-label">{label}{optional}</legend>
                    {conditional}
                    {source}
                    {help}
                    {validation}
                    {part("street", tr("address-street"), street, "street-address")}
                    {part("postcode", tr("address-postcode"), postcode, "postal-code")}
                    {part("city", tr("address-city"), city, "address-level2")}
                </fieldset>
            }
            .into_any()
        }
        FieldKind::Group { max, .. } => {
            let items: Vec<Answers> = match answer {
                Some(Answer::Items(items)) => items.clone(),
                _ => Vec::new(),
            };
            let count = items.len();
            let item_views = items
                .iter()
                .enumerate()
                .map(|(i, item)| {
                    let heading = tr_with(&journey.item_id(field), &[("number", (i + 1).to_string())]);
                    let inner = field
                        .fields
                        .iter()
                        .map(|f| field_view(ctx, f, format!("{name}.{i}.{}", f.id), item.get(&f.id)))
                        .collect_view();
                    let remove = tr_with("group-remove", &[("item", heading.clone())]);
                    view! {
                        <fieldset class="ds-fieldset group-item" id=format!("{id}.{i}") tabindex="-1">
                            <legend class="ds-heading" data-size="2xs">{heading}</legend>
                            <input type="hidden" name=format!("{id}.{i}._") value="" />
                            {inner}
                            <button class="ds-button" data-variant="tertiary" data-size="sm" type="submit" name="action" value=format!("remove:{}:{i}", field.id) formnovalidate>
                                {remove}
                            </button>
                        </fieldset>
                    }
                })
                .collect_view();
            let add = (count < *max).then(|| {
                view! {
                    <button class="ds-button" data-variant="secondary" type="submit" name="action" value=format!("add:{}", field.id) formnovalidate>
                        {tr("group-add")}
                    </button>
                }
            });
            view! {
                <fieldset class="ds-fieldset question group" data-question=field.id.clone() id=id.clone() tabindex="-1" aria-describedby=described>
                    <legend class="ds-heading" data-size="xs">{label}</legend>
                    {conditional}
                    {source}
                    {help}
                    {validation}
                    {(count == 0).then(|| view! { <p class="ds-paragraph">{tr("group-empty")}</p> })}
                    {item_views}
                    {add}
                </fieldset>
            }
            .into_any()
        }
        kind => {
            let value = text_of(answer);
            let (inputmode, autocomplete) = match kind {
                FieldKind::Number { .. }
                | FieldKind::IdentityNumber
                | FieldKind::OrganisationNumber
                | FieldKind::BankAccount => ("numeric", "off"),
                FieldKind::Money { .. } => ("decimal", "off"),
                FieldKind::Email => ("email", "email"),
                FieldKind::Phone => ("tel", "tel"),
                _ => ("text", "off"),
            };
            let hint = match kind {
                _ if field.help => None,
                FieldKind::Date { .. } => Some(tr("hint-date")),
                FieldKind::Money { .. } => Some(tr("hint-money")),
                _ => None,
            }
            .map(|h| view! { <div data-field="description" id=hint_id.clone()>{h}</div> });
            let input = if matches!(kind, FieldKind::LongText { .. }) {
                view! { <textarea class="ds-input" name=id.clone() id=id.clone() rows="5" aria-describedby=described.clone() aria-invalid=invalid>{value}</textarea> }.into_any()
            } else {
                view! { <input class="ds-input" type="text" name=id.clone() id=id.clone() value=value inputmode=inputmode autocomplete=autocomplete aria-describedby=described.clone() aria-invalid=invalid /> }.into_any()
            };
            view! {
                <div class="ds-field question" data-question=field.id.clone()>
                    <label class="ds-label" for=id.clone()>{label}{optional}</label>
                    {conditional}
                    {source}
                    {help}
                    {hint}
                    {validation}
                    {input}
                </div>
            }
            .into_any()
        }
    }
}

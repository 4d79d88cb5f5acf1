//! The citizen's journey: one step per page, "check your answers", the receipt and "My page".
//! The server loads the draft or submission and provides one of the `*View` values as context;
//! these components only render it. Every form is a plain `<form method="post">` that works
//! without JavaScript.

use super::use_catalog;
use crate::{
    auth::use_current_user,
    components::StepEnhancer,
    domain::{CaseStatus, DeliveryState, Instant, RegisterRead},
    i18n::{tr, tr_with},
    journey::{
        flow::{FieldError, Row, Shown, SummaryStep},
        Answer, Answers, Field, FieldKind, Journey, Problem, Sources,
    },
};
use leptos::{either::Either, prelude::*};
use leptos_meta::Title;

/// One step of a draft, as the server found it.
#[derive(Clone, Debug)]
pub struct StepView {
    pub journey_id: String,
    pub draft_id: String,
    pub step: usize,
    /// What the form shows: the saved answers, or what was typed in a clashing save.
    pub answers: Answers,
    pub errors: Vec<FieldError>,
    /// "Step `position` of `total`" on the path the saved answers took when a step was last
    /// saved without errors (so an error page counts as the page before it did).
    pub position: usize,
    pub total: usize,
    /// That save changed the number of steps: the count says the questions follow the answers.
    pub changed: bool,
    pub back: String,
    pub revision: i64,
    /// A fingerprint of this step's saved answers, to tell a harmless save from another tab
    /// from one that changed this very step.
    pub base: String,
    pub conflict: bool,
    pub return_to_check: bool,
    /// Fields whose answers the current answers hide (shown with a note without JavaScript).
    pub hidden: Vec<String>,
    /// The server's date (`yyyy-mm-dd`), for conditions checked in the browser.
    pub today: String,
    /// The form shows what was typed before the session ended (not saved yet).
    pub parked: bool,
    /// Saving failed (storage): the form shows what was typed, with this incident id.
    pub unsaved: Option<String>,
    /// Where prefilled answers came from.
    pub sources: Sources,
}

#[derive(Clone, Debug)]
pub struct CheckView {
    pub journey_id: String,
    pub draft_id: String,
    pub summary: Vec<SummaryStep>,
    /// The first step still missing something, if any.
    pub incomplete: Option<String>,
    /// The answers that are still as a register gave them.
    pub sources: Sources,
}

#[derive(Clone, Debug)]
pub struct ReceiptView {
    pub journey_id: String,
    pub reference: String,
    pub submitted_at: Instant,
    pub summary: Vec<SummaryStep>,
    pub calls: Vec<CallStatus>,
}

/// One agency's part of a submission, as the outbox knows it.
#[derive(Clone, Debug)]
pub struct CallStatus {
    pub agency: crate::journey::Agency,
    /// The journey's service this call is for (`child-benefit`), named on the timeline.
    pub service: String,
    pub state: DeliveryState,
    pub attempts: i64,
    pub case_number: Option<String>,
    pub delivered_at: Option<Instant>,
    /// The agency's latest reported status and its message.
    pub status: Option<(CaseStatus, Option<String>)>,
}

/// Whether every agency has decided (or the call is dead): nothing more will change by itself.
fn settled(calls: &[CallStatus]) -> bool {
    calls.iter().all(|c| {
        c.state == DeliveryState::Dead || c.status.as_ref().is_some_and(|(s, _)| s.is_settled())
    })
}

/// The timeline, kept fresh in the browser by the `LiveTimeline` island, which fetches it alone
/// from `timeline_path` (see `timeline_fragment`).
fn live_timeline(reference: &str, journey: Option<&Journey>, calls: &[CallStatus]) -> AnyView {
    let key = reference.to_string();
    let inner = timeline(reference, journey, calls);
    view! {
        <crate::components::LiveTimeline source=timeline_path(reference) key=key every=2>
            {inner}
        </crate::components::LiveTimeline>
    }
    .into_any()
}

/// Where a submission's timeline is served alone: `/receipt/<reference>/timeline`.
fn timeline_path(reference: &str) -> String {
    format!("/receipt/{reference}/timeline")
}

/// A submission's timeline alone, in `lang`: the same markup the receipt and *My page* show, for
/// the `LiveTimeline` island to refresh itself from without fetching a whole page.
#[cfg(feature = "ssr")]
pub fn timeline_fragment(
    catalog: std::sync::Arc<crate::journey::Catalog>,
    lang: crate::i18n::Lang,
    journey_id: &str,
    reference: &str,
    calls: &[CallStatus],
) -> String {
    let owner = Owner::new();
    owner.with(|| {
        provide_context(catalog);
        provide_context(lang);
        timeline(reference, journey_of(journey_id).as_ref(), calls).to_html()
    })
}

/// The agencies a submission's calls go to, each once, in the order the journey lists its
/// agencies (the order the citizen meets them).
fn agencies_of(journey: &Journey, calls: &[CallStatus]) -> Vec<crate::journey::Agency> {
    let mut agencies: Vec<_> = journey
        .meta
        .agencies
        .iter()
        .copied()
        .filter(|a| calls.iter().any(|c| c.agency == *a))
        .collect();
    for call in calls {
        if !agencies.contains(&call.agency) {
            agencies.push(call.agency);
        }
    }
    agencies
}

/// The submission's timeline: every call, named by its agency and service ("NAV — barnetrygd"),
/// what was sent and how it stands.
fn timeline(reference: &str, journey: Option<&Journey>, calls: &[CallStatus]) -> AnyView {
    // In the order the journey lists its services (the outbox keeps them by id).
    let mut ordered: Vec<&CallStatus> = calls.iter().collect();
    if let Some(journey) = journey {
        ordered.sort_by_key(|c| {
            journey
                .services
                .iter()
                .position(|s| s.id == c.service)
                .unwrap_or(usize::MAX)
        });
    }
    let items = ordered
        .into_iter()
        .map(|call| {
            let agency = tr(&call.agency.name_message_id());
            // A service no longer in the journey's definition has no name to show.
            let name = match journey.filter(|j| j.services.iter().any(|s| s.id == call.service)) {
                Some(journey) => tr_with(
                    "timeline-call",
                    &[
                        ("agency", agency.clone()),
                        ("service", tr(&journey.service_name_id(&call.service))),
                    ],
                ),
                None => agency.clone(),
            };
            let (class, text) = match (call.state, &call.case_number, &call.status) {
                (DeliveryState::Delivered, Some(case), Some((status, _))) => (
                    match status {
                        CaseStatus::Approved => "timeline__item timeline__item--done",
                        CaseStatus::Rejected | CaseStatus::NeedsInformation => {
                            "timeline__item timeline__item--problem"
                        }
                        CaseStatus::Received | CaseStatus::InProgress => {
                            "timeline__item timeline__item--waiting"
                        }
                    },
                    tr_with(status.message_id(), &[("case", case.clone())]),
                ),
                (DeliveryState::Delivered, Some(case), None) => (
                    "timeline__item timeline__item--waiting",
                    tr_with(
                        "timeline-delivered",
                        &[
                            ("agency", agency.clone()),
                            ("case", case.clone()),
                            (
                                "time",
                                call.delivered_at
                                    .as_ref()
                                    .map(display_time)
                                    .unwrap_or_default(),
                            ),
                        ],
                    ),
                ),
                (DeliveryState::Dead, _, _) => (
                    "timeline__item timeline__item--problem",
                    tr_with("timeline-dead", &[("agency", agency.clone())]),
                ),
                _ if call.attempts > 0 => (
                    "timeline__item timeline__item--waiting",
                    tr_with("timeline-retrying", &[("agency", agency.clone())]),
                ),
                _ => (
                    "timeline__item",
                    tr_with("timeline-sending", &[("agency", agency.clone())]),
                ),
            };
            let message = call.status.as_ref().and_then(|(_, m)| m.clone()).map(
                |m| view! { <p class="ds-paragraph timeline__message" data-size="sm">{m}</p> },
            );
            view! { <li class=class><strong>{name}</strong> " " <span>{text}</span>{message}</li> }
        })
        .collect_view();
    view! {
        <ol class="timeline" data-timeline=reference.to_string() data-settled=settled(calls).to_string()>
            {items}
        </ol>
    }
    .into_any()
}

#[derive(Clone, Debug)]
pub struct MyPageView {
    /// The open drafts, newest first.
    pub drafts: Vec<super::drafts::DraftCard>,
    /// `(reference, journey id, submitted at, each agency's part)`.
    pub submissions: Vec<(String, String, Instant, Vec<CallStatus>)>,
    pub saved: bool,
    /// A draft was just deleted.
    pub deleted: bool,
    /// The register access log, newest first.
    pub reads: Vec<RegisterRead>,
    /// Reads of the citizen's records made for someone else's start, newest first.
    pub reads_about: Vec<RegisterRead>,
}

fn journey_of(id: &str) -> Option<Journey> {
    use_catalog().definition(id).cloned()
}

/// An instant as `22.11.2026 11:15`, Norwegian time.
pub fn display_time(at: &Instant) -> String {
    at.oslo_display()
}

/// A register's name in the page's language (`register-<register>`).
fn register_name(register: &str) -> String {
    tr(&format!("register-{register}"))
}

/// "From Folkeregisteret, 22.11.2026".
fn source_text(register: &str, read_at: &Instant) -> String {
    let date = read_at.oslo_day();
    tr_with(
        "prefill-source",
        &[("register", register_name(register)), ("date", date)],
    )
}

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
fn ErrorSummary(journey: Journey, errors: Vec<FieldError>) -> impl IntoView {
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

struct FieldContext<'a> {
    journey: &'a Journey,
    errors: &'a [FieldError],
    hidden: &'a [String],
    sources: &'a Sources,
    answers: &'a Answers,
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
fn field_view(ctx: &FieldContext, field: &Field, name: String, answer: Option<&Answer>) -> AnyView {
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

/// "Steg 5 av 8", and when the last save changed the number of steps, why it did.
fn step_of(view_data: &StepView) -> String {
    let args = [
        ("position", view_data.position.to_string()),
        ("total", view_data.total.to_string()),
    ];
    if view_data.changed {
        tr_with("journey-step-of-changed", &args)
    } else {
        tr_with("journey-step-of", &args)
    }
}

#[component]
pub fn StepPage() -> impl IntoView {
    let (Some(view_data), Some(user)) = (use_context::<StepView>(), use_current_user()) else {
        return Either::Left(view! { <super::NotFound /> });
    };
    let Some(journey) = journey_of(&view_data.journey_id) else {
        return Either::Left(view! { <super::NotFound /> });
    };
    let step = &journey.steps[view_data.step];
    let step_title = tr(&journey.step_title_id(step));
    let journey_title = tr(&journey.meta.title_id());
    let title = if view_data.errors.is_empty() {
        format!("{step_title} – {journey_title}")
    } else {
        format!(
            "{}: {step_title} – {journey_title}",
            tr("error-title-prefix")
        )
    };
    let ctx = FieldContext {
        journey: &journey,
        errors: &view_data.errors,
        hidden: &view_data.hidden,
        sources: &view_data.sources,
        answers: &view_data.answers,
    };
    // A register that could not be read for a question still unanswered here: say so, once.
    let unanswered = step
        .fields
        .iter()
        .filter(|f| view_data.answers.get(&f.id).is_none_or(Answer::is_empty))
        .map(|f| f.id.as_str());
    let unavailable = view_data
        .sources
        .unavailable(unanswered)
        .into_iter()
        .map(|register| {
            let text = tr_with("prefill-unavailable", &[("register", register_name(register))]);
            view! { <div class="ds-alert" data-color="info"><p class="ds-paragraph">{text}</p></div> }
        })
        .collect_view();
    let fields = step
        .fields
        .iter()
        .map(|f| field_view(&ctx, f, f.id.clone(), view_data.answers.get(&f.id)))
        .collect_view();
    let intro = step
        .intro
        .then(|| view! { <p class="ds-paragraph">{tr(&journey.step_intro_id(step))}</p> });
    let parked = view_data.parked.then(|| {
        view! { <div class="ds-alert" data-color="warning" role="alert"><p class="ds-paragraph">{tr("draft-parked")}</p></div> }
    });
    let unsaved = view_data.unsaved.clone().map(|incident| {
        view! {
            <div class="ds-alert" data-color="danger" role="alert">
                <p class="ds-paragraph">{tr_with("step-unsaved", &[("incident", incident)])}</p>
            </div>
        }
    });
    let conflict = view_data.conflict.then(|| {
        view! { <div class="ds-alert" data-color="warning" role="alert"><p class="ds-paragraph">{tr("draft-conflict")}</p></div> }
    });
    let summary = (!view_data.errors.is_empty()).then(
        || view! { <ErrorSummary journey=journey.clone() errors=view_data.errors.clone() /> },
    );
    let action = format!("/journey/{}/{}", view_data.draft_id, step.id);
    let messages: Vec<(String, String)> = Problem::MESSAGE_IDS
        .iter()
        .map(|id| {
            (
                id.to_string(),
                tr_with(id, &[("max", "{max}".into()), ("min", "{min}".into())]),
            )
        })
        .collect();
    Either::Right(view! {
        <Title text=title />
        <nav aria-label=tr("breadcrumbs-label")>
            <a class="ds-link back-link" href=view_data.back.clone()>{tr("journey-back")}</a>
        </nav>
        {summary}
        <p class="ds-paragraph step-caption" data-size="sm">
            {journey_title.clone()} " · "
            {step_of(&view_data)}
        </p>
        <h1 class="ds-heading" data-size="lg">{step_title}</h1>
        {intro}
        {unavailable}
        {unsaved}
        {parked}
        {conflict}
        <StepEnhancer journey=journey.clone() step=view_data.step answers=view_data.answers.clone() messages=messages today=view_data.today.clone()>
        <form method="post" action=action novalidate class="journey-form">
            <input type="hidden" name="csrf_token" value=user.csrf_token.clone() />
            <input type="hidden" name="revision" value=view_data.revision.to_string() />
            <input type="hidden" name="base" value=view_data.base.clone() />
            {view_data.return_to_check.then(|| view! { <input type="hidden" name="return" value="check" /> })}
            {fields}
            <div class="journey-form__buttons">
                <button class="ds-button" type="submit" name="action" value="continue">{tr("journey-continue")}</button>
                <button class="ds-button" data-variant="secondary" type="submit" name="action" value="save" formnovalidate>{tr("journey-save-later")}</button>
            </div>
        </form>
        </StepEnhancer>
    })
}

fn shown_text(shown: &Shown) -> AnyView {
    match shown {
        Shown::Plain(text) => text.clone().into_any(),
        Shown::Message(id) => tr(id).into_any(),
        Shown::Messages(ids) if ids.is_empty() => tr("answer-none").into_any(),
        Shown::Messages(ids) => ids.iter().map(|id| tr(id)).collect::<Vec<_>>().join(", ").into_any(),
        Shown::NotAnswered => view! { <span class="not-answered">{tr("answer-not-given")}</span> }.into_any(),
        Shown::Items(items) if items.is_empty() => tr("answer-none").into_any(),
        Shown::Items(items) => items
            .iter()
            .enumerate()
            .map(|(i, rows)| {
                let rows = rows
                    .iter()
                    .map(|row| view! { <div><dt>{tr(&row.label_id)}</dt><dd>{shown_text(&row.value)}</dd></div> })
                    .collect_view();
                view! { <dl class="summary-item" aria-label=format!("{}", i + 1)>{rows}</dl> }
            })
            .collect_view()
            .into_any(),
    }
}

/// A "Change" link to the field `a.<anchor>` on its step, which returns to the summary; `what`
/// says which answer to screen readers.
fn change_link(draft: &str, step: &str, anchor: &str, what: String) -> AnyView {
    let href = format!("/journey/{draft}/{step}?return=check#a.{anchor}");
    view! { <dd class="summary__change"><a class="ds-link" href=href>{tr("summary-change")}<span class="visually-hidden">" " {what}</span></a></dd> }
        .into_any()
}

/// A repeating group's answers: the group's label as a heading, then each item as its own
/// summary list under its own heading ("Arving 1", "Arving 2"), every answer with its link.
fn group_summary(
    journey: &Journey,
    step: &str,
    row: &Row,
    items: &[Vec<Row>],
    change: Option<&str>,
    source: Option<String>,
) -> AnyView {
    let label = tr(&row.label_id);
    let item_id = journey.any_field(&row.field).map(|f| journey.item_id(f));
    let items = items
        .iter()
        .enumerate()
        .map(|(i, rows)| {
            let number = (i + 1).to_string();
            let heading = match &item_id {
                Some(id) => tr_with(id, &[("number", number)]),
                None => format!("{label} {number}"),
            };
            let rows = rows
                .iter()
                .map(|item_row| {
                    let item_label = tr(&item_row.label_id);
                    let link = change.map(|draft| {
                        let anchor = format!("{}.{i}.{}", row.field, item_row.field);
                        change_link(draft, step, &anchor, format!("{item_label}, {heading}"))
                    });
                    view! {
                        <div class="summary__row">
                            <dt>{item_label}</dt>
                            <dd>{shown_text(&item_row.value)}</dd>
                            {link}
                        </div>
                    }
                })
                .collect_view();
            view! {
                <h4 class="ds-heading summary__item-heading" data-size="2xs">{heading}</h4>
                <dl class="summary__list">{rows}</dl>
            }
        })
        .collect_view();
    let source =
        source.map(|text| view! { <p class="ds-paragraph field-source" data-size="sm">{text}</p> });
    view! {
        <div class="summary__group">
            <h3 class="ds-heading" data-size="xs">{label}</h3>
            {source}
            {items}
        </div>
    }
    .into_any()
}

/// Answers grouped by step; with `change` links (to `/journey/<draft>/<step>?return=check`)
/// on "check your answers", without on the receipt. A repeating group's items are each a
/// summary list of their own.
fn summary_view(
    journey: &Journey,
    summary: &[SummaryStep],
    change: Option<&str>,
    sources: &Sources,
) -> impl IntoView {
    summary
        .iter()
        .map(|s| {
            let step = &journey.steps[s.step];
            let mut parts: Vec<AnyView> = Vec::new();
            let mut plain: Vec<AnyView> = Vec::new();
            for row in &s.rows {
                let source = sources
                    .0
                    .get(&row.field)
                    .map(|s| source_text(&s.register, &s.read_at));
                if let Shown::Items(items) = &row.value {
                    if !items.is_empty() {
                        if !plain.is_empty() {
                            let rows = std::mem::take(&mut plain);
                            parts.push(view! { <dl class="summary__list">{rows}</dl> }.into_any());
                        }
                        parts.push(group_summary(journey, &step.id, row, items, change, source));
                        continue;
                    }
                }
                let label = tr(&row.label_id);
                let link =
                    change.map(|draft| change_link(draft, &step.id, &row.field, label.clone()));
                let source = source
                    .map(|text| view! { <span class="field-source" data-size="sm">{text}</span> });
                plain.push(
                    view! {
                        <div class="summary__row">
                            <dt>{label}</dt>
                            <dd>{shown_text(&row.value)}{source}</dd>
                            {link}
                        </div>
                    }
                    .into_any(),
                );
            }
            if !plain.is_empty() {
                parts.push(view! { <dl class="summary__list">{plain}</dl> }.into_any());
            }
            view! {
                <section class="summary">
                    <h2 class="ds-heading" data-size="sm">{tr(&journey.step_title_id(step))}</h2>
                    {parts}
                </section>
            }
        })
        .collect_view()
}

#[component]
pub fn CheckPage() -> impl IntoView {
    let (Some(data), Some(user)) = (use_context::<CheckView>(), use_current_user()) else {
        return Either::Left(view! { <super::NotFound /> });
    };
    let Some(journey) = journey_of(&data.journey_id) else {
        return Either::Left(view! { <super::NotFound /> });
    };
    let journey_title = tr(&journey.meta.title_id());
    let last_step = data
        .summary
        .last()
        .map(|s| journey.steps[s.step].id.clone())
        .unwrap_or_default();
    let incomplete = data.incomplete.clone().map(|step| {
        let href = format!("/journey/{}/{step}", data.draft_id);
        view! {
            <div class="ds-alert" data-color="warning">
                <p class="ds-paragraph">{tr("check-incomplete")} " " <a class="ds-link" href=href>{tr("check-incomplete-link")}</a></p>
            </div>
        }
    });
    let submit = data.incomplete.is_none().then(|| {
        view! {
            <form method="post" action=format!("/journey/{}/submit", data.draft_id) class="journey-form">
                <input type="hidden" name="csrf_token" value=user.csrf_token.clone() />
                <p class="ds-paragraph">{tr("check-declaration")}</p>
                <button class="ds-button" type="submit">{tr("check-submit")}</button>
            </form>
        }
    });
    Either::Right(view! {
        <Title text=format!("{} – {journey_title}", tr("check-title")) />
        <nav aria-label=tr("breadcrumbs-label")>
            <a class="ds-link back-link" href=format!("/journey/{}/{last_step}", data.draft_id)>{tr("journey-back")}</a>
        </nav>
        <p class="ds-paragraph step-caption" data-size="sm">{journey_title}</p>
        <h1 class="ds-heading" data-size="lg">{tr("check-title")}</h1>
        {incomplete}
        {summary_view(&journey, &data.summary, Some(&data.draft_id), &data.sources)}
        {submit}
    })
}

#[component]
pub fn ReceiptPage() -> impl IntoView {
    let Some(data) = use_context::<ReceiptView>() else {
        return Either::Left(view! { <super::NotFound /> });
    };
    let Some(journey) = journey_of(&data.journey_id) else {
        return Either::Left(view! { <super::NotFound /> });
    };
    let journey_title = tr(&journey.meta.title_id());
    // The agencies this submission's calls go to, not every agency the journey can involve.
    let agencies = agencies_of(&journey, &data.calls)
        .iter()
        .map(|a| tr(&a.name_message_id()))
        .collect::<Vec<_>>()
        .join(", ");
    let agencies = if agencies.is_empty() {
        tr("receipt-no-agencies")
    } else {
        tr_with("receipt-agencies", &[("agencies", agencies)])
    };
    Either::Right(view! {
        <Title text=format!("{} {} – {journey_title}", tr("receipt-title"), data.reference) />
        <div class="ds-alert receipt-panel" data-color="success">
            <h1 class="ds-heading" data-size="lg">{tr("receipt-title")}</h1>
            <p class="ds-paragraph">{tr("receipt-reference")} " " <strong class="receipt-reference">{data.reference.clone()}</strong></p>
        </div>
        <p class="ds-paragraph">{tr_with("receipt-body", &[("journey", journey_title.clone()), ("time", display_time(&data.submitted_at))])}</p>
        <p class="ds-paragraph">{agencies}</p>
        <h2 class="ds-heading" data-size="md">{tr("timeline-heading")}</h2>
        {live_timeline(&data.reference, Some(&journey), &data.calls)}
        <p class="ds-paragraph no-print"><a class="ds-link" href="/my-page">{tr("receipt-my-page")}</a> " · " {tr("receipt-print")}</p>
        <h2 class="ds-heading" data-size="md">{tr("receipt-answers")}</h2>
        {summary_view(&journey, &data.summary, None, &Sources::default())}
    })
}

#[component]
pub fn MyPage() -> impl IntoView {
    let Some(data) = use_context::<MyPageView>() else {
        return Either::Left(view! { <super::NotFound /> });
    };
    let drafts = data
        .drafts
        .iter()
        .map(super::drafts::draft_card)
        .collect_view();
    let submissions = data
        .submissions
        .iter()
        .map(|(reference, journey, at, calls)| {
            view! {
                <li class="ds-card my-page__item">
                    <h3 class="ds-heading" data-size="xs"><a class="ds-link" href=format!("/receipt/{reference}")>{title_of(journey)}</a></h3>
                    <p class="ds-paragraph" data-size="sm">{reference.clone()} " · " {tr_with("my-page-submitted-at", &[("time", display_time(at))])}</p>
                    {live_timeline(reference, journey_of(journey).as_ref(), calls)}
                </li>
            }
        })
        .collect_view();
    let saved = data.saved.then(|| {
        view! { <div class="ds-alert" data-color="success" role="status"><p class="ds-paragraph">{tr("my-page-saved")}</p></div> }
    });
    let deleted = data.deleted.then(|| {
        view! { <div class="ds-alert" data-color="success" role="status"><p class="ds-paragraph">{tr("my-page-deleted")}</p></div> }
    });
    Either::Right(view! {
        <Title text=tr("my-page-title") />
        <h1 class="ds-heading" data-size="lg">{tr("my-page-title")}</h1>
        {saved}
        {deleted}
        <h2 class="ds-heading" data-size="md">{tr("my-page-drafts")}</h2>
        {if data.drafts.is_empty() {
            Either::Left(view! { <p class="ds-paragraph">{tr("my-page-no-drafts")}</p> })
        } else {
            Either::Right(view! { <ul class="my-page__list">{drafts}</ul> })
        }}
        <h2 class="ds-heading" data-size="md">{tr("my-page-submissions")}</h2>
        {if data.submissions.is_empty() {
            Either::Left(view! { <p class="ds-paragraph">{tr("my-page-no-submissions")}</p> })
        } else {
            Either::Right(view! { <ul class="my-page__list">{submissions}</ul> })
        }}
        {own_reads_log(&data.reads)}
        {reads_log("reads-about", "my-page-reads-about", "my-page-no-reads-about", &data.reads_about)}
    })
}

/// A journey's title in the current language (its id when it is no longer offered).
fn title_of(id: &str) -> String {
    use_catalog()
        .get(id)
        .map(|m| tr(&m.title_id()))
        .unwrap_or_else(|| id.to_string())
}

/// The reads made for the citizen, one group per journey start (the look-ups of one start),
/// newest first: `(draft id, journey id, when it started, its reads)`.
fn reads_by_start(reads: &[RegisterRead]) -> Vec<(&str, &str, Instant, Vec<&RegisterRead>)> {
    let mut groups: Vec<(&str, &str, Instant, Vec<&RegisterRead>)> = Vec::new();
    for read in reads {
        match groups
            .iter_mut()
            .find(|(draft, journey, ..)| *draft == read.draft_id && *journey == read.journey_id)
        {
            Some(group) => {
                group.2 = group.2.min(read.read_at);
                group.3.push(read);
            }
            None => groups.push((&read.draft_id, &read.journey_id, read.read_at, vec![read])),
        }
    }
    groups
}

/// "Opplysninger vi har hentet": the reads made for the citizen, grouped by journey start. The
/// newest start is shown; older ones are folded in `<details>` (which opens without JavaScript),
/// each table captioned with its start.
fn own_reads_log(reads: &[RegisterRead]) -> impl IntoView {
    let id = "register-reads";
    let groups = reads_by_start(reads);
    let table = |caption: String, reads: &[&RegisterRead], labelled_by: Option<String>| {
        let rows = reads
            .iter()
            .map(|read| {
                view! {
                    <tr>
                        <td>{display_time(&read.read_at)}</td>
                        <td>{register_name(&read.register)}</td>
                        <td>{tr(&format!("lookup-{}", read.lookup))}</td>
                        <td>{tr(read.outcome.message_id())}</td>
                    </tr>
                }
            })
            .collect_view();
        // The region is named by the start's heading, or (folded away) by its caption's text.
        let label = labelled_by.is_none().then(|| caption.clone());
        view! {
            <div class="table-scroll" role="region" aria-label=label aria-labelledby=labelled_by tabindex="0">
                <table class="ds-table" data-size="sm">
                    <caption class="visually-hidden">{caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{tr("my-page-reads-time")}</th>
                            <th scope="col">{tr("my-page-reads-register")}</th>
                            <th scope="col">{tr("my-page-reads-what")}</th>
                            <th scope="col">{tr("my-page-reads-result")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    };
    let title = |journey: &str, started: &Instant| {
        tr_with(
            "my-page-reads-start",
            &[
                ("journey", title_of(journey)),
                ("time", display_time(started)),
            ],
        )
    };
    let newest = groups.first().map(|(_, journey, started, reads)| {
        let heading = title(journey, started);
        let heading_id = format!("{id}-latest");
        view! {
            <h3 class="ds-heading" data-size="xs" id=heading_id.clone()>{heading.clone()}</h3>
            {table(heading, reads, Some(heading_id))}
        }
    });
    let older = groups
        .iter()
        .skip(1)
        .map(|(_, journey, started, reads)| {
            let heading = title(journey, started);
            view! {
                <details class="ds-details reads-start">
                    <summary>{heading.clone()}</summary>
                    <div>{table(heading, reads, None)}</div>
                </details>
            }
        })
        .collect_view();
    let earlier = (groups.len() > 1).then(
        || view! { <h3 class="ds-heading" data-size="xs">{tr("my-page-reads-earlier")}</h3> },
    );
    view! {
        <h2 class="ds-heading" data-size="md" id=id>{tr("my-page-reads")}</h2>
        <p class="ds-paragraph">{tr("my-page-reads-intro")}</p>
        {reads.is_empty().then(|| view! { <p class="ds-paragraph">{tr("my-page-no-reads")}</p> })}
        {newest}
        {earlier}
        {older}
    }
}

/// A register access log on "My page" of the reads of the citizen's records made for someone
/// else (what they were read as, when and why).
fn reads_log(
    id: &'static str,
    heading: &'static str,
    none: &'static str,
    reads: &[RegisterRead],
) -> impl IntoView {
    let rows = reads
        .iter()
        .map(|read| {
            view! {
                <tr>
                    <td>{display_time(&read.read_at)}</td>
                    <td>{register_name(&read.register)}</td>
                    <td>{tr(&format!("read-as-{}", read.lookup))}</td>
                    <td>{title_of(&read.journey_id)}</td>
                </tr>
            }
        })
        .collect_view();
    let table = (!reads.is_empty()).then(|| {
        view! {
            <div class="table-scroll" role="region" aria-labelledby=id tabindex="0">
                <table class="ds-table" data-size="sm">
                    <caption class="visually-hidden">{tr(heading)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{tr("my-page-reads-time")}</th>
                            <th scope="col">{tr("my-page-reads-register")}</th>
                            <th scope="col">{tr("my-page-reads-what")}</th>
                            <th scope="col">{tr("my-page-reads-why")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    });
    view! {
        <h2 class="ds-heading" data-size="md" id=id>{tr(heading)}</h2>
        <p class="ds-paragraph">{tr(&format!("{heading}-intro"))}</p>
        {reads.is_empty().then(|| view! { <p class="ds-paragraph">{tr(none)}</p> })}
        {table}
    }
}

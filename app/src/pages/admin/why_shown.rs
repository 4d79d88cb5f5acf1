//! Conditions in plain words, for the admins who author journeys: the engine's language-neutral
//! [`Explanation`] put into the reader's language. Two forms: nested lists (`ExplanationView`,
//! `WhyShown`), which a screen reader announces level by level, and one sentence (`sentence`)
//! for the short labels of the flow diagram.
//!
//! The ids the engine chooses (operators, yes and no) are listed in `journey::explain`; the ones
//! chosen here are spelled out literally, in calls or in comments, so the message completeness
//! test sees them.

use crate::{
    i18n::{tr, tr_with},
    journey::{
        date::Period,
        explain::{BranchNote, Clause, Explanation, Operand, TrueWhen, WhyShown as Why},
    },
};
use leptos::prelude::*;

/// A field's label, quoted.
fn quoted(text: String) -> String {
    tr_with("explain-quoted", &[("text", text)])
}

/// One value in words: a field's label or an option's, quoted; a date as `dd.mm.yyyy`;
/// "6 months before today".
pub(super) fn operand(value: &Operand) -> String {
    match value {
        Operand::Field { label_id, .. } => quoted(tr(label_id)),
        Operand::Message(id) => quoted(tr(id)),
        Operand::Number(n) => n.to_string(),
        Operand::Text(text) => quoted(text.clone()),
        Operand::Date(date) => date.display(),
        Operand::Today => tr("explain-today"),
        Operand::Shifted { base, period } => {
            let (count, id) = match *period {
                Period::Years(n) => (n, "explain-years"),
                Period::Months(n) => (n, "explain-months"),
                Period::Days(n) => (n, "explain-days"),
            };
            // Spelled out for the completeness test: tr("explain-years"), tr("explain-months"),
            // tr("explain-days").
            let args = [
                ("period", tr_with(id, &[("count", count.abs().to_string())])),
                ("date", operand(base)),
            ];
            if count < 0 {
                tr_with("explain-shift-before", &args)
            } else {
                tr_with("explain-shift-after", &args)
            }
        }
        Operand::Count { group_label_id } => {
            tr_with("explain-count", &[("group", quoted(tr(group_label_id)))])
        }
    }
}

/// Values joined by "or": «Father» or «Co-mother».
fn either(values: &[Operand]) -> String {
    let mut words = values.iter().map(operand);
    let first = words.next().unwrap_or_default();
    words.fold(first, |left, right| {
        tr_with("explain-or", &[("left", left), ("right", right)])
    })
}

/// A comparison in words. Operator ids come from `journey::explain` (spelled out for the
/// completeness test: tr("explain-op-eq"), tr("explain-op-ne"), tr("explain-op-lt"),
/// tr("explain-op-le"), tr("explain-op-gt"), tr("explain-op-ge"), tr("explain-op-before"),
/// tr("explain-op-on-or-before"), tr("explain-op-after"), tr("explain-op-on-or-after")).
fn comparison(left: String, op: &str, right: String) -> String {
    tr_with(
        "explain-compare",
        &[("left", left), ("op", tr(op)), ("right", right)],
    )
}

/// The part of a clause that is one line whatever its shape; `None` for the groups.
fn leaf(clause: &Clause) -> Option<String> {
    Some(match clause {
        Clause::Always(true) => tr("explain-always"),
        Clause::Always(false) => tr("explain-never"),
        Clause::Compare { left, op, right } => comparison(operand(left), op, operand(right)),
        Clause::OneOf { left, options } => {
            comparison(operand(left), "explain-op-eq", either(options))
        }
        Clause::Ticked { field, option } => tr_with(
            "explain-ticked",
            &[("option", operand(option)), ("field", operand(field))],
        ),
        Clause::Answered { field } => tr_with("explain-answered", &[("field", operand(field))]),
        Clause::All(_) | Clause::Any(_) | Clause::Not(_) | Clause::AnyItem { .. } => return None,
    })
}

/// The whole clause as one sentence, groups in parentheses: for short labels.
pub(super) fn sentence(clause: &Clause) -> String {
    let nested = |c: &Clause| match c {
        Clause::All(_) | Clause::Any(_) => format!("({})", sentence(c)),
        _ => sentence(c),
    };
    let joined = |parts: &[Clause], id: &str| {
        let mut words = parts.iter().map(nested);
        let first = words.next().unwrap_or_default();
        words.fold(first, |left, right| {
            tr_with(id, &[("left", left), ("right", right)])
        })
    };
    match clause {
        // Spelled out for the completeness test: tr("explain-and"), tr("explain-or").
        Clause::All(parts) => joined(parts, "explain-and"),
        Clause::Any(parts) => joined(parts, "explain-or"),
        Clause::Not(inner) => tr_with("explain-not-inline", &[("condition", nested(inner))]),
        Clause::AnyItem { group, condition } => tr_with(
            "explain-any-item-inline",
            &[("group", operand(group)), ("condition", nested(condition))],
        ),
        leaf_clause => leaf(leaf_clause).unwrap_or_default(),
    }
}

/// A clause as nested lists: each group says what its items must be, then lists them.
fn clause_view(clause: &Clause) -> AnyView {
    let group = |heading: String, parts: Vec<AnyView>| {
        view! {
            {heading}
            <ul class="explain__group">
                {parts.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}
            </ul>
        }
        .into_any()
    };
    match clause {
        Clause::All(parts) => group(tr("explain-all"), parts.iter().map(clause_view).collect()),
        Clause::Any(parts) => group(tr("explain-any"), parts.iter().map(clause_view).collect()),
        Clause::Not(inner) => group(tr("explain-not"), vec![clause_view(inner)]),
        Clause::AnyItem {
            group: g,
            condition,
        } => group(
            tr_with("explain-any-item", &[("group", operand(g))]),
            vec![clause_view(condition)],
        ),
        leaf_clause => leaf(leaf_clause).unwrap_or_default().into_any(),
    }
}

/// One answer set that makes a condition true: «Role»: «Father» or «Co-mother».
fn true_when_words(answers: &TrueWhen) -> String {
    let field = quoted(tr(&answers.label_id));
    let values: Vec<Operand> = answers
        .answers
        .iter()
        .map(|id| Operand::Message(id.clone()))
        .collect();
    if answers.ticked {
        tr_with(
            "explain-ticked",
            &[("option", either(&values)), ("field", field)],
        )
    } else {
        tr_with(
            "explain-answer-is",
            &[("field", field), ("answers", either(&values))],
        )
    }
}

/// A condition in words, followed — when it is simple enough — by the answers that make it true.
#[component]
pub fn ExplanationView(explanation: Explanation) -> impl IntoView {
    let answers = explanation.true_when.map(|all| {
        view! {
            <p class="explain__answers-heading">{tr("explain-answers-heading")}</p>
            <ul class="explain__answers">
                {all.iter().map(|a| view! { <li>{true_when_words(a)}</li> }).collect_view()}
            </ul>
        }
    });
    view! {
        <div class="explain">
            <div class="explain__words">{clause_view(&explanation.clause)}</div>
            {answers}
        </div>
    }
}

/// A branch of an earlier step: from which step, and when.
fn branch_item(branch: &BranchNote, when_id: &str, always_id: &str) -> AnyView {
    let step = tr(&branch.from_title_id);
    match &branch.condition {
        Some(c) => view! {
            <li>
                {tr_with(when_id, &[("step", step)])}
                <ExplanationView explanation=c.clone() />
            </li>
        }
        .into_any(),
        None => view! { <li>{tr_with(always_id, &[("step", step)])}</li> }.into_any(),
    }
}

/// "Why is this shown?" for a step or a field: `None` from `why_shown` means always shown.
#[component]
pub fn WhyShown(why: Option<Why>) -> impl IntoView {
    let Some(why) = why else {
        return view! { <p class="why-shown">{tr("why-always")}</p> }.into_any();
    };
    let own = why.shown_if.map(|e| {
        view! { <li>{tr("why-shown-if")} <ExplanationView explanation=e /></li> }
    });
    let step = why.step_shown_if.map(|e| {
        view! { <li>{tr("why-step-shown-if")} <ExplanationView explanation=e /></li> }
    });
    // Spelled out for the completeness test: tr("why-passed-by"), tr("why-passed-by-always"),
    // tr("why-only-through"), tr("why-only-through-always").
    let passed = why
        .passed_by
        .iter()
        .map(|b| branch_item(b, "why-passed-by", "why-passed-by-always"))
        .collect_view();
    let through = why
        .only_through
        .iter()
        .map(|b| branch_item(b, "why-only-through", "why-only-through-always"))
        .collect_view();
    view! {
        <ul class="why-shown">{own} {step} {passed} {through}</ul>
    }
    .into_any()
}

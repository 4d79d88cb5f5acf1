//! `/admin/connectors/<agency>`: how the portal reaches the agency — what is in force (and since
//! which version, by whom), a test connection that shows what came back, the form to change it,
//! and every earlier version. Loaded through the connectors port (`crate::ports::ConnectorsPort`);
//! both forms are plain posts with the session's token to the server's `http::connectors`, so
//! the page works without JavaScript. A refused form comes back with what was typed and each
//! problem at its field — but never the token, which is not sent back to the browser.

use super::labelled_field as field;
use crate::{
    auth::CurrentUser,
    error::AppError,
    i18n::{tr, tr_with},
    journey::Agency,
    pages::{
        admin::model::{
            ConnectorForm, ConnectorSettingsView, ConnectorView, FieldProblem, RuleOutcome,
            TestReport, Verdict,
        },
        citizen::model::Outcome,
        load::port_page,
    },
    ports::ConnectorsPort,
};
use leptos::prelude::*;
use leptos_meta::Title;

/// An agency's connector page, where its forms post.
pub fn connector_path(agency: Agency) -> String {
    format!("/admin/connectors/{}", agency.id())
}

/// A refused save, given by the server with the page: what was typed (no token) and why.
#[derive(Clone, Debug, Default)]
pub struct ConnectorTyped {
    pub form: ConnectorForm,
    pub problems: Vec<FieldProblem>,
}

/// The test connection's report, given by the server with the page.
#[derive(Clone, Debug)]
pub struct ConnectorTested(pub TestReport);

#[component]
pub fn ConnectorPage() -> impl IntoView {
    let raw = leptos_router::hooks::use_params_map()
        .with_untracked(|p| p.get("agency").unwrap_or_default());
    let typed = use_context::<ConnectorTyped>();
    let tested = use_context::<ConnectorTested>().map(|t| t.0);
    let done = leptos_router::hooks::use_query_map().with_untracked(|q| q.get("done"));
    port_page::<dyn ConnectorsPort, _, _, _>(
        move |port, user| async move {
            let agency = Agency::parse(&raw).ok_or(AppError::NotFound)?;
            port.connector(&user, agency).await.map(Outcome::Page)
        },
        move |view, user| page(view, user, typed, tested, done),
    )
}

/// What the form shows: what was typed, or what is in force.
fn prefilled(settings: &ConnectorSettingsView) -> ConnectorForm {
    ConnectorForm {
        kind: settings.kind.clone(),
        url: settings.url.clone().unwrap_or_default(),
        auth: settings.auth.clone(),
        scopes: settings.scopes.clone(),
        token: String::new(),
        timeout_seconds: settings.timeout_seconds.to_string(),
        backoff_ms: settings.backoff_ms.to_string(),
        give_up_hours: settings.give_up_hours.to_string(),
        attempts: settings.attempts.to_string(),
    }
}

/// The settings as a list of terms.
fn settings_list(s: &ConnectorSettingsView) -> impl IntoView {
    let url = s.url.clone().unwrap_or_else(|| tr("connector-url-default"));
    let scopes = (!s.scopes.is_empty()).then(|| s.scopes.clone());
    // Ids spelled out for the completeness test: tr("connector-kind-api"),
    // tr("connector-kind-inbox"), tr("connector-auth-default"), tr("connector-auth-maskinporten"),
    // tr("connector-auth-static").
    view! {
        <dl class="connector-settings">
            <dt>{tr("connector-kind")}</dt><dd>{tr(&format!("connector-kind-{}", s.kind))}</dd>
            <dt>{tr("connector-url")}</dt><dd><code>{url}</code></dd>
            <dt>{tr("connector-auth")}</dt><dd>{tr(&format!("connector-auth-{}", s.auth))}</dd>
            {scopes.map(|scopes| view! { <dt>{tr("connector-scopes")}</dt><dd><code>{scopes}</code></dd> })}
            <dt>{tr("connector-token")}</dt>
            <dd>{tr(if s.token_set { "connector-token-set" } else { "connector-token-not-set" })}</dd>
            <dt>{tr("connector-timeout")}</dt><dd>{s.timeout_seconds.to_string()}</dd>
            <dt>{tr("connector-backoff")}</dt><dd>{s.backoff_ms.to_string()}</dd>
            <dt>{tr("connector-give-up")}</dt><dd>{s.give_up_hours.to_string()}</dd>
            <dt>{tr("connector-attempts")}</dt>
            <dd>{if s.attempts == 0 { tr("connector-attempts-no-count") } else { s.attempts.to_string() }}</dd>
        </dl>
    }
}

fn report_view(report: TestReport) -> impl IntoView {
    let (color, headline) = match (report.status, &report.problem) {
        (Some(status), _) => (
            if status < 500 { "info" } else { "warning" },
            tr_with(
                "connector-test-answered",
                &[
                    ("status", status.to_string()),
                    ("ms", report.elapsed_ms.to_string()),
                ],
            ),
        ),
        (None, Some(problem)) => ("danger", tr(problem)),
        (None, None) => ("danger", tr("connector-test-unreachable")),
    };
    let body = (!report.body.is_empty()).then(|| {
        view! {
            <p class="ds-paragraph">{tr("connector-test-body")}</p>
            <pre class="connector-test-body">{report.body.clone()}</pre>
        }
    });
    let rules = rules_view(&report.rules);
    view! {
        <div class="ds-alert" data-color=color role="status" tabindex="-1" autofocus=true id="test-report">
            <p class="ds-paragraph">{headline}</p>
            <p class="ds-paragraph">{tr("connector-test-url")}" "<code>{report.url.clone()}</code></p>
            {body}
        </div>
        {rules}
    }
}

/// The agency contract's rules as the conformance kit found them: a summary, then each rule
/// with its verdict and what was seen (in English, as the kit reports it to vendors).
fn rules_view(rules: &[RuleOutcome]) -> impl IntoView {
    (!rules.is_empty()).then(|| {
        let failed = rules.iter().filter(|r| r.verdict == Verdict::Failed).count();
        let summary = if failed == 0 {
            tr("connector-rules-passed")
        } else {
            tr_with("connector-rules-failed", &[("count", failed.to_string())])
        };
        // The verdicts: connector-rule-passed, connector-rule-failed, connector-rule-skipped.
        let items = rules
            .iter()
            .map(|r| {
                let verdict = match r.verdict {
                    Verdict::Passed => "connector-rule-passed",
                    Verdict::Failed => "connector-rule-failed",
                    Verdict::Skipped => "connector-rule-skipped",
                };
                view! {
                    <tr>
                        <th scope="row"><code>{r.rule.clone()}</code></th>
                        <td>{tr(verdict)}</td>
                        <td lang="en">{r.detail.clone()}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <section aria-labelledby="connector-rules">
                <h3 class="ds-heading" data-size="xs" id="connector-rules">{tr("connector-rules")}</h3>
                <p class="ds-paragraph">{summary}</p>
                <table class="ds-table" data-size="sm">
                    <thead><tr>
                        <th scope="col">{tr("connector-rule")}</th>
                        <th scope="col">{tr("connector-rule-verdict")}</th>
                        <th scope="col">{tr("connector-rule-detail")}</th>
                    </tr></thead>
                    <tbody>{items}</tbody>
                </table>
            </section>
        }
    })
}

fn page(
    view: ConnectorView,
    user: CurrentUser,
    typed: Option<ConnectorTyped>,
    tested: Option<TestReport>,
    done: Option<String>,
) -> impl IntoView {
    let agency_name = tr(&view.agency.name_message_id());
    let title = tr_with("connector-title", &[("agency", agency_name)]);
    let path = connector_path(view.agency);
    let (form, problems) = match typed {
        Some(ConnectorTyped { form, problems }) => (form, problems),
        None => (prefilled(&view.in_force), Vec::new()),
    };
    // The problems' ids, spelled out for the completeness test: tr("connector-kind-unknown"),
    // tr("connector-url-invalid"), tr("connector-url-scheme"), tr("connector-url-credentials"),
    // tr("connector-url-portal"), tr("connector-url-link-local"), tr("connector-auth-unknown"), tr("connector-scopes-missing"),
    // tr("connector-scopes-invalid"), tr("connector-token-missing"), tr("connector-token-invalid"),
    // tr("connector-timeout-range"), tr("connector-backoff-range"), tr("connector-give-up-range"),
    // tr("connector-attempts-range");
    // and the test's: tr("connector-test-inbox"), tr("connector-test-no-token"),
    // tr("connector-test-timeout").
    let summary = (!problems.is_empty()).then(|| {
        let items = problems
            .iter()
            .map(|p| view! { <li><a class="ds-link" href=format!("#c-{}", p.field)>{tr(&p.message)}</a></li> })
            .collect_view();
        view! {
            <div class="ds-error-summary" id="error-summary" tabindex="-1" autofocus aria-labelledby="error-summary-heading">
                <h2 class="ds-heading" data-size="xs" id="error-summary-heading">{tr("error-summary-heading")}</h2>
                <ul class="ds-list">{items}</ul>
            </div>
        }
    });
    let error_at = |name: &str| -> Option<String> {
        let found: Vec<String> = problems
            .iter()
            .filter(|p| p.field == name)
            .map(|p| tr(&p.message))
            .collect();
        (!found.is_empty()).then(|| found.join(" "))
    };
    let in_force = match (view.version, view.versions.first()) {
        (Some(version), Some(row)) => tr_with(
            "connector-in-force-version",
            &[
                ("version", version.to_string()),
                ("who", row.made_by.clone()),
                ("at", row.made_at.oslo_display()),
            ],
        ),
        _ => tr("connector-in-force-environment"),
    };
    // What was just done: tr("connector-done-saved"), tr("connector-done-rolled-back"),
    // tr("connector-done-conflict"); any other word is not shown.
    let done = done
        .as_deref()
        .and_then(|word| match word {
            "saved" | "rolled-back" => Some(("success", word)),
            "conflict" => Some(("warning", word)),
            _ => None,
        })
        .map(|(color, word)| {
            view! {
                <div class="ds-alert" data-color=color role="status" tabindex="-1" autofocus=true>
                    <p class="ds-paragraph">{tr(&format!("connector-done-{word}"))}</p>
                </div>
            }
        });
    let choices = |name: &'static str, words: &'static [&'static str], chosen: &str| {
        words
            .iter()
            .map(|word| {
                let label = tr(&format!("connector-{name}-{word}"));
                view! { <option value=*word selected=chosen == *word>{label}</option> }
            })
            .collect_view()
    };
    let kinds = choices("kind", &["api", "inbox"], &form.kind);
    let auths = choices("auth", &["default", "maskinporten", "static"], &form.auth);
    let token_help = tr(if view.in_force.token_set {
        "connector-token-help-set"
    } else {
        "connector-token-help"
    });
    let text_input = |name: &'static str, value: String, help: Option<String>| {
        let id = format!("c-{name}");
        let invalid = error_at(name).map(|_| "true");
        let described = format!("{id}-help {id}-error");
        view! {
            <input class="ds-input" type="text" id=id.clone() name=name value=value autocomplete="off" spellcheck="false" aria-invalid=invalid aria-describedby=described />
            {help.map(|help| view! { <p class="ds-paragraph" id=format!("{id}-help")>{help}</p> })}
        }
    };
    let newest = view.version.unwrap_or_default();
    let versions = view
        .versions
        .iter()
        .map(|row| {
            // The newest is in force; any earlier one can be put back (as a new version).
            let action = if row.version == newest {
                view! { <p class="ds-paragraph">{tr("connector-in-force-now")}</p> }.into_any()
            } else {
                view! {
                    <form method="post" action=path.clone()>
                        <input type="hidden" name="csrf_token" value=user.csrf_token.clone() />
                        <input type="hidden" name="action" value="roll-back" />
                        <input type="hidden" name="to" value=row.version.to_string() />
                        <input type="hidden" name="newest" value=newest.to_string() />
                        <button class="ds-button" data-variant="secondary" type="submit">
                            {tr_with("connector-roll-back", &[("version", row.version.to_string())])}
                        </button>
                    </form>
                }
                .into_any()
            };
            view! {
                <tr>
                    <td>{row.version.to_string()}</td>
                    <td>{row.made_by.clone()}</td>
                    <td>{row.made_at.oslo_display()}</td>
                    <td>{settings_list(&row.settings)}</td>
                    <td>{action}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <Title text=title.clone() />
        <nav aria-label=tr("breadcrumbs-label")>
            <a class="ds-link back-link" href="/admin">{tr("connector-back")}</a>
        </nav>
        {done}
        {summary}
        <h1 class="ds-heading" data-size="lg">{title}</h1>
        <section aria-labelledby="in-force">
            <h2 class="ds-heading" data-size="sm" id="in-force">{tr("connector-in-force")}</h2>
            <p class="ds-paragraph">{in_force}</p>
            {settings_list(&view.in_force)}
            <form method="post" action=path.clone()>
                <input type="hidden" name="csrf_token" value=user.csrf_token.clone() />
                <input type="hidden" name="action" value="test" />
                <button class="ds-button" data-variant="secondary" type="submit">{tr("connector-test")}</button>
            </form>
            {tested.map(report_view)}
        </section>
        <section aria-labelledby="change">
            <h2 class="ds-heading" data-size="sm" id="change">{tr("connector-change")}</h2>
            <form method="post" action=path.clone()>
                <input type="hidden" name="csrf_token" value=user.csrf_token.clone() />
                <input type="hidden" name="action" value="save" />
                {field("c-kind", tr("connector-kind"), error_at("kind"), view! {
                    <select class="ds-input" id="c-kind" name="kind">{kinds}</select>
                })}
                {field("c-url", tr("connector-url"), error_at("url"), text_input("url", form.url.clone(), Some(tr("connector-url-help"))))}
                {field("c-auth", tr("connector-auth"), error_at("auth"), view! {
                    <select class="ds-input" id="c-auth" name="auth">{auths}</select>
                })}
                {field("c-scopes", tr("connector-scopes"), error_at("scopes"), text_input("scopes", form.scopes.clone(), Some(tr("connector-scopes-help"))))}
                {field("c-token", tr("connector-token"), error_at("token"), view! {
                    <input class="ds-input" type="password" id="c-token" name="token" value="" autocomplete="new-password" aria-invalid=error_at("token").map(|_| "true") aria-describedby="c-token-help c-token-error" />
                    <p class="ds-paragraph" id="c-token-help">{token_help}</p>
                })}
                {field("c-timeout_seconds", tr("connector-timeout"), error_at("timeout_seconds"), text_input("timeout_seconds", form.timeout_seconds.clone(), Some(tr("connector-timeout-help"))))}
                {field("c-backoff_ms", tr("connector-backoff"), error_at("backoff_ms"), text_input("backoff_ms", form.backoff_ms.clone(), Some(tr("connector-backoff-help"))))}
                {field("c-give_up_hours", tr("connector-give-up"), error_at("give_up_hours"), text_input("give_up_hours", form.give_up_hours.clone(), Some(tr("connector-give-up-help"))))}
                {field("c-attempts", tr("connector-attempts"), error_at("attempts"), text_input("attempts", form.attempts.clone(), Some(tr("connector-attempts-help"))))}
                <button class="ds-button" type="submit">{tr("connector-save")}</button>
            </form>
        </section>
        <section aria-labelledby="versions">
            <h2 class="ds-heading" data-size="sm" id="versions">{tr("connector-versions")}</h2>
            {if view.versions.is_empty() {
                view! { <p class="ds-paragraph">{tr("connector-versions-none")}</p> }.into_any()
            } else {
                view! {
                    <table class="ds-table">
                        <thead><tr>
                            <th scope="col">{tr("connector-version")}</th>
                            <th scope="col">{tr("connector-made-by")}</th>
                            <th scope="col">{tr("connector-made-at")}</th>
                            <th scope="col">{tr("connector-settings")}</th>
                            <th scope="col"><span class="visually-hidden">{tr("connector-actions")}</span></th>
                        </tr></thead>
                        <tbody>{versions}</tbody>
                    </table>
                }.into_any()
            }}
        </section>
    }
}

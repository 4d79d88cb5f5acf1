//! The logged-in citizens the load runs as: each logs in through the embedded provider's real
//! OpenID Connect flow over HTTP ("another synthetic person", a typed number), starts Få barn and
//! walks it to *check your answers*, as a browser would. What a request then needs — the
//! session cookie and the first step's form — is kept, so the load sends it as a header.

use anyhow::Context;
use app::journey::IdentityNumber;
use reqwest::{cookie::CookieStore, header::LOCATION, redirect::Policy, Client, Response};
use std::sync::Arc;

pub struct Citizen {
    /// The `Cookie` header value of the logged-in session.
    pub cookie: String,
    /// The draft, `/journey/<id>`.
    pub draft: String,
    /// Step 1's form as its page shows it (token, revision, answers), to post again and again.
    pub first_step: Vec<(String, String)>,
}

/// `count` distinct synthetic identity numbers (month + 80), born in 1992, none of them the
/// demo population's.
pub fn identity_numbers(count: usize) -> Vec<IdentityNumber> {
    (0..count)
        .filter_map(|i| {
            let (day, month) = (i % 28 + 1, i / 28 % 12 + 81);
            (500..1000).find_map(|individual| {
                IdentityNumber::with_check_digits(&format!("{day:02}{month}92{individual}"))
            })
        })
        .collect()
}

fn days_ago(days: i64) -> String {
    (chrono::Utc::now().date_naive() - chrono::Duration::days(days))
        .format("%d.%m.%Y")
        .to_string()
}

fn synthetic(name: &str) -> anyhow::Result<String> {
    server::identity::population::population()
        .into_iter()
        .find(|p| p.name == name)
        .map(|p| p.pid.to_string())
        .context(format!("{name} is in the demo population"))
}

/// The value of the form field `name` in `html`.
pub fn field(html: &str, name: &str) -> anyhow::Result<String> {
    html.split(&format!(r#"name="{name}" value=""#))
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .map(str::to_string)
        .context(format!("the page has no field `{name}`"))
}

fn location(response: &Response) -> anyhow::Result<String> {
    response
        .headers()
        .get(LOCATION)
        .and_then(|value| value.to_str().ok())
        .map(str::to_string)
        .context(format!("{} without a Location", response.status()))
}

struct Browser {
    client: Client,
    jar: Arc<reqwest::cookie::Jar>,
    base: String,
}

impl Browser {
    fn new(base: &str) -> anyhow::Result<Self> {
        let jar = Arc::new(reqwest::cookie::Jar::default());
        let client = Client::builder()
            .cookie_provider(jar.clone())
            .redirect(Policy::none())
            .build()?;
        Ok(Browser {
            client,
            jar,
            base: base.to_string(),
        })
    }

    fn url(&self, path: &str) -> String {
        if path.starts_with("http") {
            path.to_string()
        } else {
            format!("{}{path}", self.base)
        }
    }

    async fn get(&self, path: &str) -> anyhow::Result<Response> {
        Ok(self.client.get(self.url(path)).send().await?)
    }

    async fn page(&self, path: &str) -> anyhow::Result<String> {
        let response = self.get(path).await?;
        anyhow::ensure!(response.status() == 200, "{path}: {}", response.status());
        Ok(response.text().await?)
    }

    async fn post(&self, path: &str, form: &[(String, String)]) -> anyhow::Result<String> {
        let response = self.client.post(self.url(path)).form(form).send().await?;
        anyhow::ensure!(response.status() == 303, "{path}: {}", response.status());
        location(&response)
    }

    /// GET /login → the provider's form → POST it as "another person" → the callback.
    async fn log_in(&self, pid: &IdentityNumber) -> anyhow::Result<()> {
        let authorize = location(&self.get("/login").await?)?;
        self.page(&authorize).await?;
        let query = authorize.split_once('?').map_or("", |(_, q)| q);
        let mut form: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes())
            .into_owned()
            .collect();
        form.extend([
            ("person".into(), "other".into()),
            ("typed_pid".into(), pid.to_string()),
            ("level".into(), "substantial".into()),
        ]);
        let endpoint = authorize.split('?').next().unwrap_or_default();
        let callback = self.post(endpoint, &form).await?;
        anyhow::ensure!(callback.contains("/auth/callback?code="), "{callback}");
        let landed = self.get(&callback).await?;
        anyhow::ensure!(landed.status() == 303, "callback: {}", landed.status());
        Ok(())
    }

    /// A step's form as its page would post it, with `answers` (names without `a.`).
    async fn step_form(
        &self,
        path: &str,
        answers: &[(&str, String)],
    ) -> anyhow::Result<Vec<(String, String)>> {
        let html = self.page(path).await?;
        let mut form = vec![("csrf_token".to_string(), field(&html, "csrf_token")?)];
        for name in ["revision", "base"] {
            form.push((name.to_string(), field(&html, name)?));
        }
        form.push(("action".into(), "continue".into()));
        form.extend(answers.iter().map(|(k, v)| (format!("a.{k}"), v.clone())));
        Ok(form)
    }
}

/// Få barn's answers, step by step, to *check your answers* (no kindergarten).
fn fa_barn() -> anyhow::Result<Vec<Vec<(&'static str, String)>>> {
    Ok(vec![
        vec![
            ("child_pid", synthetic("Aisha Khan")?),
            ("child_birth_date", days_ago(10)),
        ],
        vec![
            ("child_first_name", "Emil".into()),
            ("child_last_name", "Nordmann".into()),
        ],
        vec![
            ("other_parent_takes_part", "yes".into()),
            ("other_parent_pid", synthetic("Ola Nordmann")?),
            ("parents_relationship", "married".into()),
        ],
        vec![("apply_parental_benefit", "yes".into())],
        vec![
            ("parent_role", "mother".into()),
            ("coverage", "100".into()),
            ("parental_benefit_start", days_ago(0)),
            ("employed", "yes".into()),
            ("employer_orgnr", "974760673".into()),
            ("self_employed", "no".into()),
        ],
        vec![
            ("apply_child_benefit", "yes".into()),
            ("child_lives_with_you", "yes".into()),
        ],
        vec![("bank_account", "1234 56 78903".into())],
        vec![("kindergarten_wanted", "no".into())],
    ])
}

/// Logs `pid` in, starts Få barn and walks it to *check your answers*.
pub async fn prepare(base: &str, pid: &IdentityNumber) -> anyhow::Result<Citizen> {
    let browser = Browser::new(base)?;
    browser.log_in(pid).await?;
    let html = browser.page("/life-event/fa-barn").await?;
    let token = vec![("csrf_token".to_string(), field(&html, "csrf_token")?)];
    let first = browser.post("/life-event/fa-barn/start", &token).await?;
    let draft = first
        .strip_suffix("/child")
        .context(format!("Få barn starts at its child step, not {first}"))?
        .to_string();
    let steps = fa_barn()?;
    let mut path = first.clone();
    for answers in &steps {
        let form = browser.step_form(&path, answers).await?;
        let next = browser.post(&path, &form).await?;
        anyhow::ensure!(!next.contains("invalid=1"), "{path} was refused");
        path = next;
    }
    anyhow::ensure!(path.ends_with("/check"), "the walk ended at {path}");
    let first_step = browser.step_form(&first, &steps[0]).await?;
    let url = reqwest::Url::parse(base)?;
    let cookie = browser
        .jar
        .cookies(&url)
        .and_then(|value| value.to_str().ok().map(str::to_string))
        .context("a session cookie")?;
    Ok(Citizen {
        cookie,
        draft,
        first_step,
    })
}

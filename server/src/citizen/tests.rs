//! The citizen's use cases, called as the pages and forms call them, without HTTP: a real
//! SQLite database in a temporary folder and a small journey with a repeating group.

use super::Citizen;
use crate::journeys::live::LiveCatalog;
use crate::storage::Database;
use app::{
    auth::CurrentUser,
    error::{AppError, Refusal},
    journey::{Answer, Catalog},
    pages::citizen::model::{Outcome, StepAsk, StepSaved, StepView},
    ports::CitizenPort,
};
use std::sync::Arc;

const JOURNEY: &str = r#"[journey]
id = "test"
order = 1
owner = "nav"
security_level = "substantial"
version = 1
agencies = ["nav"]

[[step]]
id = "about"

[[step.field]]
id = "name"
type = "text"
required = true

[[step.field]]
id = "phone"
type = "text"

[[step]]
id = "family"

[[step.field]]
id = "children"
type = "group"
max = 2

[[step.field.field]]
id = "child_name"
type = "text"
required = true

[[service]]
id = "benefit"
agency = "nav"
operation = "benefit"
[service.payload]
name = "name"
children = "children"
"#;

struct World {
    citizen: Citizen,
    _dir: tempfile::TempDir,
}

async fn world() -> World {
    let dir = tempfile::tempdir().expect("temporary folder");
    let url = format!("sqlite://{}", dir.path().join("test.db").display());
    let database = Database::connect(&url).await.expect("database");
    database.migrate(&url).await.expect("migrations");
    let catalog = Catalog::parse([("test.toml", JOURNEY)]).unwrap_or_else(|e| panic!("{e:#?}"));
    World {
        citizen: Citizen::new(
            database.clone(),
            Arc::new(LiveCatalog::new(database, catalog)),
            None,
        ),
        _dir: dir,
    }
}

/// A person logged in (the login remembers them).
async fn person(citizen: &Citizen, pid: &str) -> CurrentUser {
    citizen
        .database
        .people()
        .remember(pid)
        .await
        .expect("remembered");
    CurrentUser {
        pid: pid.into(),
        name: Some("Kari Nordmann".into()),
        acr: "idporten-loa-substantial".into(),
        amr: vec![],
        roles: vec![],
        platform_roles: vec![],
        csrf_token: "token".into(),
    }
}

fn form(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// The draft id in a step's address (`/journey/<draft>/<step>`).
fn draft_of(path: &str) -> String {
    path.split('/').nth(2).expect("a draft in the path").into()
}

async fn page(citizen: &Citizen, user: &CurrentUser, draft: &str, step: &str) -> StepView {
    match citizen.step(user, draft, step, StepAsk::default()).await {
        Ok(Outcome::Page(view)) => view,
        other => panic!("the step page, got {other:?}"),
    }
}

async fn go(saved: Result<StepSaved, AppError>) -> String {
    match saved {
        Ok(StepSaved::Go(to)) => to,
        other => panic!("a redirect, got {other:?}"),
    }
}

/// Posts `pairs` to a step as its page would: with the revision and fingerprint it showed.
async fn post(
    citizen: &Citizen,
    user: &CurrentUser,
    draft: &str,
    step: &str,
    pairs: &[(&str, &str)],
) -> String {
    let view = page(citizen, user, draft, step).await;
    let mut posted = form(pairs);
    posted.push(("revision".into(), view.revision.to_string()));
    posted.push(("base".into(), view.base.clone()));
    go(citizen.save_step(user, draft, step, &posted).await).await
}

fn text(view: &StepView, field: &str) -> Option<String> {
    match view.answers.get(field) {
        Some(Answer::Text(t)) => Some(t.clone()),
        _ => None,
    }
}

#[tokio::test]
async fn a_save_from_an_older_page_that_changed_the_same_step_is_kept_aside() {
    let World { citizen, _dir } = world().await;
    let kari = person(&citizen, "01010112345").await;
    let draft = draft_of(&citizen.start(&kari, "test").await.expect("started"));
    // Two tabs show the same step; the first saves, then the second saves other words.
    let shown = page(&citizen, &kari, &draft, "about").await;
    let revision = shown.revision.to_string();
    let first = &[
        ("a.name", "Kari"),
        ("revision", revision.as_str()),
        ("base", shown.base.as_str()),
    ];
    let to = go(citizen
        .save_step(&kari, &draft, "about", &form(first))
        .await)
    .await;
    assert_eq!(to, format!("/journey/{draft}/family"));
    let second = &[
        ("a.name", "Ola"),
        ("revision", revision.as_str()),
        ("base", shown.base.as_str()),
    ];
    let to = go(citizen
        .save_step(&kari, &draft, "about", &form(second))
        .await)
    .await;
    assert_eq!(to, format!("/journey/{draft}/about"), "back to the step");
    // The step shows what the second tab typed, with a note; the saved answer is the first's.
    let again = page(&citizen, &kari, &draft, "about").await;
    assert!(again.conflict, "the clash is pointed out");
    assert_eq!(text(&again, "name").as_deref(), Some("Ola"));
    let check = match citizen.check(&kari, &draft).await {
        Ok(Outcome::Page(check)) => check,
        other => panic!("the summary, got {other:?}"),
    };
    let shown_name = format!("{:?}", check.summary);
    assert!(
        shown_name.contains("Kari") && !shown_name.contains("Ola"),
        "{shown_name}"
    );
}

#[tokio::test]
async fn a_save_from_another_tab_that_left_this_step_alone_is_saved() {
    let World { citizen, _dir } = world().await;
    let kari = person(&citizen, "01010112345").await;
    let draft = draft_of(&citizen.start(&kari, "test").await.expect("started"));
    post(&citizen, &kari, &draft, "about", &[("a.name", "Kari")]).await;
    // A page of the next step shown in another tab, then a change of the first step here.
    let family = page(&citizen, &kari, &draft, "family").await;
    post(
        &citizen,
        &kari,
        &draft,
        "about",
        &[("a.name", "Kari Nordmann")],
    )
    .await;
    let stale = &[
        ("action", "add:children"),
        ("revision", &family.revision.to_string()),
        ("base", family.base.as_str()),
    ];
    let to = go(citizen
        .save_step(&kari, &draft, "family", &form(stale))
        .await)
    .await;
    assert_eq!(to, format!("/journey/{draft}/family#a.children.0"));
    let family = page(&citizen, &kari, &draft, "family").await;
    assert!(!family.conflict);
    assert!(
        matches!(family.answers.get("children"), Some(Answer::Items(items)) if items.len() == 1)
    );
    let about = page(&citizen, &kari, &draft, "about").await;
    assert_eq!(text(&about, "name").as_deref(), Some("Kari Nordmann"));
}

fn items(view: &StepView) -> Vec<String> {
    match view.answers.get("children") {
        Some(Answer::Items(items)) => items
            .iter()
            .map(|item| match item.get("child_name") {
                Some(Answer::Text(t)) => t.clone(),
                _ => String::new(),
            })
            .collect(),
        _ => Vec::new(),
    }
}

#[tokio::test]
async fn adding_and_removing_group_items_changes_only_that_group_up_to_its_maximum() {
    let World { citizen, _dir } = world().await;
    let kari = person(&citizen, "01010112345").await;
    let draft = draft_of(&citizen.start(&kari, "test").await.expect("started"));
    post(&citizen, &kari, &draft, "about", &[("a.name", "Kari")]).await;
    let family = |pairs| post(&citizen, &kari, &draft, "family", pairs);
    let to = family(&[("action", "add:children")]).await;
    assert_eq!(to, format!("/journey/{draft}/family#a.children.0"));
    family(&[
        ("action", "add:children"),
        ("a.children.0.child_name", "Emma"),
    ])
    .await;
    let to = family(&[
        ("action", "add:children"),
        ("a.children.0.child_name", "Emma"),
        ("a.children.1.child_name", "Noah"),
    ])
    .await;
    assert_eq!(
        to,
        format!("/journey/{draft}/family#a.children.1"),
        "two at most"
    );
    assert_eq!(
        items(&page(&citizen, &kari, &draft, "family").await),
        ["Emma", "Noah"]
    );
    family(&[
        ("action", "remove:children:0"),
        ("a.children.0.child_name", "Emma"),
        ("a.children.1.child_name", "Noah"),
    ])
    .await;
    let family = page(&citizen, &kari, &draft, "family").await;
    assert_eq!(items(&family), ["Noah"]);
    let about = page(&citizen, &kari, &draft, "about").await;
    assert_eq!(
        text(&about, "name").as_deref(),
        Some("Kari"),
        "other answers stay"
    );
    // A group the step does not have, or an item that is not one, changes nothing.
    let refused = citizen
        .save_step(&kari, &draft, "family", &form(&[("action", "add:name")]))
        .await;
    assert_eq!(
        refused.err(),
        Some(AppError::Invalid(Refusal::FormMismatch))
    );
}

async fn complete(citizen: &Citizen, kari: &CurrentUser) -> String {
    let draft = draft_of(&citizen.start(kari, "test").await.expect("started"));
    post(citizen, kari, &draft, "about", &[("a.name", "Kari")]).await;
    let to = post(citizen, kari, &draft, "family", &[]).await;
    assert_eq!(to, format!("/journey/{draft}/check"));
    draft
}

#[tokio::test]
async fn submitting_twice_at_once_makes_one_submission_and_one_receipt() {
    let World { citizen, _dir } = world().await;
    let kari = person(&citizen, "01010112345").await;
    let draft = complete(&citizen, &kari).await;
    let (first, second) =
        tokio::join!(citizen.submit(&kari, &draft), citizen.submit(&kari, &draft));
    let (first, second) = (first.expect("submitted"), second.expect("submitted"));
    assert!(first.starts_with("/receipt/VV-"), "{first}");
    assert_eq!(first, second, "one receipt");
    let again = citizen.submit(&kari, &draft).await.expect("a third time");
    assert_eq!(again, first);
    let reference = first.trim_start_matches("/receipt/");
    let receipt = citizen.receipt(&kari, reference).await.expect("receipt");
    assert_eq!(receipt.calls.len(), 1, "one call to the agency");
    let mine = citizen.my_page(&kari).await.expect("my page");
    assert_eq!(mine.submissions.len(), 1);
    assert!(mine.drafts.is_empty());
}

#[tokio::test]
async fn another_persons_draft_and_receipt_are_not_found() {
    let World { citizen, _dir } = world().await;
    let kari = person(&citizen, "01010112345").await;
    let ola = person(&citizen, "02020254321").await;
    let draft = complete(&citizen, &kari).await;
    assert_eq!(
        citizen
            .step(&ola, &draft, "about", StepAsk::default())
            .await
            .err(),
        Some(AppError::NotFound)
    );
    assert_eq!(
        citizen
            .save_step(&ola, &draft, "about", &form(&[("a.name", "Ola")]))
            .await
            .err(),
        Some(AppError::NotFound)
    );
    assert_eq!(
        citizen.submit(&ola, &draft).await.err(),
        Some(AppError::NotFound)
    );
    let receipt = citizen.submit(&kari, &draft).await.expect("submitted");
    let reference = receipt.trim_start_matches("/receipt/");
    assert_eq!(
        citizen.receipt(&ola, reference).await.err(),
        Some(AppError::NotFound)
    );
    assert_eq!(
        citizen.timeline(&ola, reference).await.err(),
        Some(AppError::NotFound)
    );
}

#[tokio::test]
async fn a_step_the_answers_do_not_lead_to_is_refused_and_an_incomplete_draft_is_not_submitted() {
    let World { citizen, _dir } = world().await;
    let kari = person(&citizen, "01010112345").await;
    let draft = draft_of(&citizen.start(&kari, "test").await.expect("started"));
    // Nothing answered yet: submitting leads to the step that is missing something.
    let to = citizen.submit(&kari, &draft).await.expect("not submitted");
    assert_eq!(to, format!("/journey/{draft}/about?invalid=1"));
    let unknown = citizen.save_step(&kari, &draft, "nowhere", &[]).await;
    assert_eq!(
        unknown.err(),
        Some(AppError::Invalid(Refusal::FormMismatch))
    );
    let action = citizen
        .save_step(&kari, &draft, "about", &form(&[("action", "launch")]))
        .await;
    assert_eq!(action.err(), Some(AppError::Invalid(Refusal::FormMismatch)));
}

//! Prefill: a journey starts with what the registers know, marked with its source, and every read
//! is in the citizen's access log on "My page" (registers that fail are in `prefill_registers`).

use crate::{
    helpers::{spawn_app, TestApp},
    journey::{hidden, logged_in, logged_in_high, start},
    login::{csrf_token, location, page, synthetic},
};
use app::journey::Answer;
use serde_json::Value;
use server::storage::Database;

pub(crate) async fn register_get(app: &TestApp, path: &str) -> (u16, Value) {
    let response = app
        .client
        .get(app.url(&format!("/sim/registers/{path}")))
        .bearer_auth("simulator-token")
        .send()
        .await
        .expect("register");
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

/// Today's date as the portal shows a read: `dd.mm.yyyy`, in Oslo.
fn today() -> String {
    app::domain::Instant::now().oslo_day()
}

/// The register's person with `name` among `pid`'s relations of kind `relation`.
async fn relative(app: &TestApp, pid: &str, relation: &str, name: &str) -> Value {
    let (_, person) = register_get(app, &format!("folkeregisteret/persons/{pid}")).await;
    for r in person["relations"].as_array().expect("relations") {
        if r["relation"] == relation {
            let (_, other) = register_get(
                app,
                &format!(
                    "folkeregisteret/persons/{}",
                    r["pid"].as_str().expect("pid")
                ),
            )
            .await;
            if other["name"] == name {
                return other;
            }
        }
    }
    panic!("{name} is not {pid}'s {relation}: {person}");
}

fn iso_to_typed(iso: &str) -> String {
    let d = chrono::NaiveDate::parse_from_str(iso, "%Y-%m-%d").expect("iso date");
    d.format("%d.%m.%Y").to_string()
}

#[tokio::test]
async fn fa_barn_starts_with_the_newborn_and_the_other_parent_marked_as_from_folkeregisteret() {
    let app = spawn_app().await;
    let browser = logged_in(&app, "Kari Nordmann").await;
    let kari = synthetic("Kari Nordmann");
    let emil = relative(&app, &kari, "child", "Emil Nordmann").await;
    let ola = synthetic("Ola Nordmann");

    let first = start(&app, &browser, "fa-barn").await;
    let (status, html) = page(&app, &browser, &first).await;
    assert_eq!(status, 200);
    let emil_pid = emil["pid"].as_str().expect("pid");
    assert!(html.contains(&format!(r#"value="{emil_pid}""#)), "{html}");
    let born = iso_to_typed(emil["birth_date"].as_str().expect("birth date"));
    assert!(html.contains(&format!(r#"value="{born}""#)), "{html}");
    let mark = format!("Fra Folkeregisteret, {}", today());
    assert!(html.contains(&mark), "{html}");
    assert!(
        html.contains(r#"aria-describedby="a.child_pid-source"#),
        "the source is read with the field: {html}"
    );

    // The draft: the other parent is Kari's husband, and the other children are Nora only
    // (not the newborn), each answer with its source.
    let draft_id = first
        .trim_start_matches("/journey/")
        .trim_end_matches("/child");
    let database = Database::connect(&app.database_url).await.expect("db");
    let draft = database
        .drafts()
        .get(&kari, draft_id)
        .await
        .expect("read")
        .expect("draft");
    assert_eq!(
        draft.answers.get("other_parent_pid"),
        Some(&Answer::Text(ola.clone()))
    );
    let Some(Answer::Items(children)) = draft.answers.get("other_children") else {
        panic!("other children: {:?}", draft.answers);
    };
    assert_eq!(children.len(), 1);
    assert_eq!(
        children[0].get("other_child_name"),
        Some(&Answer::Text("Nora Nordmann".into()))
    );
    for field in [
        "child_pid",
        "child_birth_date",
        "other_parent_pid",
        "other_children",
    ] {
        let source = draft.sources.origin(field, &draft.answers).expect(field);
        assert_eq!(source.register, "folkeregisteret");
    }

    // My page: every read, from where, why and how it went.
    let (_, my_page) = page(&app, &browser, "/my-page").await;
    for text in [
        "Opplysninger vi har hentet",
        "Barn født det siste året",
        "Ektefellen din",
        "Barna dine",
        "Få barn",
        "Hentet",
        // Nothing of Kari's was read for anyone else.
        "Ingen opplysninger om deg er hentet for andre.",
    ] {
        assert!(my_page.contains(text), "{text}: {my_page}");
    }
    assert!(!my_page.contains("Søkerens ektefelle"), "{my_page}");

    // Ola's record was read as Kari's husband: he sees it in his own log, and why; he started
    // nothing himself.
    let husband = logged_in(&app, "Ola Nordmann").await;
    let (_, his_page) = page(&app, &husband, "/my-page").await;
    let about = his_page
        .split_once(r#"id="reads-about""#)
        .map(|(_, rest)| rest)
        .unwrap_or_else(|| panic!("a log of reads about him: {his_page}"));
    for text in [
        "Opplysninger om deg hentet for andre",
        "Søkerens ektefelle eller partner",
        "Folkeregisteret",
        "Få barn",
    ] {
        assert!(about.contains(text), "{text}: {about}");
    }
    assert!(!about.contains("Søkerens barn født"), "{about}");
    assert!(
        his_page.contains("Vi har ikke hentet opplysninger om deg ennå."),
        "{his_page}"
    );
    // The same in English.
    husband
        .get(app.url("/language/en?return=/my-page"))
        .send()
        .await
        .expect("choose English");
    let (_, in_english) = page(&app, &husband, "/my-page").await;
    for text in [
        "Details about you fetched for others",
        "The applicant's spouse or partner",
    ] {
        assert!(in_english.contains(text), "{text}: {in_english}");
    }
}

#[tokio::test]
async fn a_prefilled_answer_the_citizen_changes_loses_its_mark() {
    let app = spawn_app().await;
    let browser = logged_in(&app, "Kari Nordmann").await;
    let first = start(&app, &browser, "fa-barn").await;
    let (_, html) = page(&app, &browser, &first).await;
    let mark = format!("Fra Folkeregisteret, {}", today());
    assert!(html.contains(&mark));
    // Post the step with another (valid) birth date: that answer is now the citizen's own.
    let other_day = (chrono::Utc::now().date_naive() - chrono::Duration::days(3))
        .format("%d.%m.%Y")
        .to_string();
    let pid = html
        .split(r#"name="a.child_pid" id="a.child_pid" value=""#)
        .nth(1)
        .and_then(|r| r.split('"').next())
        .expect("prefilled number")
        .to_string();
    let form = [
        ("csrf_token", csrf_token(&html)),
        ("revision", hidden(&html, "revision")),
        ("base", hidden(&html, "base")),
        ("action", "save".to_string()),
        ("a.child_pid", pid.clone()),
        ("a.child_birth_date", other_day),
    ];
    let saved = browser
        .post(app.url(&first))
        .form(&form)
        .send()
        .await
        .expect("save");
    assert_eq!(saved.status(), 303, "{}", location(&saved));
    let (_, html) = page(&app, &browser, &first).await;
    assert!(
        html.contains(r#"id="a.child_pid-source""#),
        "the number is unchanged: {html}"
    );
    assert!(
        !html.contains(r#"id="a.child_birth_date-source""#),
        "the changed date has no mark: {html}"
    );
}

#[tokio::test]
async fn dodsfall_starts_with_the_deceased_and_the_heirs_by_law() {
    let app = spawn_app().await;
    let browser = logged_in_high(&app, "Aisha Khan").await;
    let pid = synthetic("Aisha Khan");
    let first = start(&app, &browser, "dodsfall-og-arv").await;
    let (_, html) = page(&app, &browser, &first).await;
    let tariq = relative(&app, &pid, "spouse", "Tariq Khan").await;
    assert!(html.contains(r#"value="Tariq Khan""#), "{html}");
    assert!(html.contains(&format!(
        r#"value="{}""#,
        tariq["pid"].as_str().expect("pid")
    )));
    let died = iso_to_typed(tariq["death_date"].as_str().expect("died"));
    assert!(html.contains(&format!(r#"value="{died}""#)), "{html}");

    // The heirs: Aisha as spouse, and both children.
    let draft = first.rsplit_once('/').expect("step").0.to_string();
    let (_, heirs) = page(&app, &browser, &format!("{draft}/heirs")).await;
    for name in ["Aisha Khan", "Yusuf Khan", "Leila Khan"] {
        assert!(
            heirs.contains(&format!(r#"value="{name}""#)),
            "{name}: {heirs}"
        );
    }
    assert!(heirs.contains("Fra Folkeregisteret"), "{heirs}");
}

#[tokio::test]
async fn a_citizen_whose_login_carried_no_name_gets_it_from_folkeregisteret() {
    // A login through ID-porten carries an identity number and no name: the person row is
    // nameless until a start reads the citizen's own record.
    let app = spawn_app().await;
    let browser = logged_in(&app, "Kari Nordmann").await;
    let kari = synthetic("Kari Nordmann");
    let database = Database::connect(&app.database_url).await.expect("db");
    const FORGET: &str = "UPDATE person SET name = '' WHERE person_id = $1";
    match &database {
        Database::Sqlite(pool) => sqlx::query(FORGET)
            .bind(&kari)
            .execute(pool)
            .await
            .map(|_| ()),
        Database::Postgres(pool) => sqlx::query(FORGET)
            .bind(&kari)
            .execute(pool)
            .await
            .map(|_| ()),
    }
    .expect("forget the name");
    assert_eq!(database.people().who(&kari).await.expect("read").name, None);

    start(&app, &browser, "fa-barn").await;

    assert_eq!(
        database
            .people()
            .who(&kari)
            .await
            .expect("read")
            .name
            .as_deref(),
        Some("Kari Nordmann"),
        "the name her caseworkers see and search for"
    );
}

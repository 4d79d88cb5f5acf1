//! Two admins publishing the same draft at once, over HTTP: one wins, and the other, whose
//! draft is now the published version, lands on the journey's page that shows it and says
//! someone else got there first (not on the draft's page, which no longer exists). The draft
//! page they opened lists the saved test cases with how each fared.

use crate::{
    authoring::{draft_with_twins_on, post, JOURNEY},
    helpers::spawn_app,
    journey::{hidden, logged_in},
    login::{location, page},
};

#[tokio::test]
async fn of_two_admins_publishing_at_once_the_second_sees_the_newer_version() {
    let app = spawn_app().await;
    let lars = logged_in(&app, "Lars Dahl").await;
    draft_with_twins_on(&app, &lars, "child", "").await;
    // Lars at two desks (the same as two of NAV's admins): both open the draft.
    let other = logged_in(&app, "Lars Dahl").await;
    let draft = format!("{JOURNEY}/draft");
    let (_, html) = page(&app, &other, &draft).await;
    let (version, revision) = (hidden(&html, "version"), hidden(&html, "revision"));
    // The draft's saved test cases, each with how it fared: all green before anyone publishes.
    assert!(html.contains("Testtilfeller"), "{html}");
    for case in [
        "a single parent applying for parental benefit",
        "married parents wanting only a kindergarten place",
    ] {
        let item = html
            .split("<li>")
            .find(|item| item.contains(case))
            .unwrap_or_else(|| panic!("{case}: {html}"));
        assert!(item.starts_with("<strong>Bestått</strong>"), "{item}");
    }
    let form = [
        ("action", "publish"),
        ("version", version.as_str()),
        ("revision", revision.as_str()),
        ("when", "now"),
    ];

    let first = post(&app, &lars, &draft, JOURNEY, &form).await;
    assert_eq!(location(&first), format!("{JOURNEY}?done=published"));

    // The second publish of the same draft: nothing changes, and the page shows what did.
    let second = post(&app, &other, JOURNEY, JOURNEY, &form).await;
    assert_eq!(location(&second), format!("{JOURNEY}?done=stale"));
    let (status, html) = page(&app, &other, &location(&second)).await;
    assert_eq!(status, 200, "{html}");
    assert!(
        html.contains("Utkastet er endret eller publisert av noen andre siden du åpnet det."),
        "{html}"
    );
    // The draft they both opened is the version in force now.
    assert_eq!(hidden(&html, "published"), version);
}

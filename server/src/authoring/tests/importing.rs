//! A file imported as the draft from the journey page: numbered above every version whatever it
//! says, refused at the file field for every way a file can be wrong, and only by the owner's
//! admins.

use super::*;
use app::pages::admin::model::FieldProblem;

fn at_file(what: &str) -> Result<i64, Vec<FieldProblem>> {
    Err(vec![FieldProblem {
        field: "file".into(),
        message: format!("authoring-import-{what}"),
    }])
}

#[tokio::test]
async fn a_downloaded_version_changed_and_imported_is_the_draft_numbered_above_the_rest() {
    let world = world().await;
    let port = &world.authoring;
    let file = shorter_names(&port.export(&lars(), "fa-barn", None).await.expect("v6"));
    assert!(file.contains("\nversion = 6\n"));

    let imported = port.import(&lars(), "fa-barn", file.as_bytes()).await;

    assert_eq!(imported, Ok(Ok(7)));
    assert_eq!(world.states().await, [(6, Published), (7, Draft)]);
    let draft = port.draft(&lars(), "fa-barn").await.expect("draft");
    assert!(draft.source.contains("\nversion = 7\n") && draft.source.contains("max_length = 3"));
    assert!(draft.problems.is_empty());
    let page = port.journey(&lars(), "fa-barn").await.expect("page");
    assert_eq!(page.audit[0].action, AuthoringAction::Import);
    assert_eq!(world.served_version(), 6, "nothing published changes");
}

#[tokio::test]
async fn every_wrong_file_is_refused_at_its_field_and_nothing_is_stored() {
    let world = world().await;
    let port = &world.authoring;
    let good = port.export(&lars(), "fa-barn", None).await.expect("v6");
    let import = |file: Vec<u8>| async move { port.import(&lars(), "fa-barn", &file).await };

    assert_eq!(import(Vec::new()).await, Ok(at_file("empty")));
    let huge = format!("{good}\n# {}\n", "x".repeat(300 * 1024));
    assert_eq!(import(huge.into_bytes()).await, Ok(at_file("too-large")));
    assert_eq!(
        import(vec![0xff, 0xfe, 0x00]).await,
        Ok(at_file("not-text"))
    );
    assert_eq!(
        import(b"[journey\nid = ".to_vec()).await,
        Ok(at_file("not-toml"))
    );
    let other = good.replacen("id = \"fa-barn\"", "id = \"dodsfall-og-arv\"", 1);
    assert_eq!(
        import(other.into_bytes()).await,
        Ok(at_file("other-journey"))
    );
    let broken = good.replace("other_parent_takes_part == true", "no_such_answer == true");
    let Ok(Err(problems)) = import(broken.into_bytes()).await else {
        panic!("a file failing the checker is refused");
    };
    assert!(
        problems.iter().all(|p| p.field == "file")
            && problems
                .iter()
                .any(|p| p.message.contains("no_such_answer")),
        "{problems:?}"
    );
    assert_eq!(world.states().await, [(6, Published)], "nothing stored");

    port.new_draft(&lars(), "fa-barn").await.expect("draft");
    assert_eq!(
        import(good.clone().into_bytes()).await,
        Ok(at_file("has-draft"))
    );
    let magnus = logged_in("Magnus Strand");
    assert_eq!(
        port.import(&magnus, "fa-barn", good.as_bytes()).await,
        Err(AppError::Forbidden)
    );
}

//! A repeating group made with "add a question": the group, the heading of one item and its
//! first question, with their texts; refused at the field without them, and inside a group.

use super::{editing::question, *};
use app::pages::admin::model::GroupItem;

fn siblings_abroad(revision: &str) -> NewQuestion {
    NewQuestion {
        id: "siblings_abroad".into(),
        kind: "group".into(),
        required: false,
        condition: String::new(),
        label: [
            "Søsken som bor i utlandet".into(),
            "Sysken som bur i utlandet".into(),
            "Siblings living abroad".into(),
        ],
        item: GroupItem {
            heading: ["Søsken".into(), "Sysken".into(), "Sibling".into()],
            id: "sibling_abroad_name".into(),
            kind: "text".into(),
            label: ["Navn".into(), "Namn".into(), "Name".into()],
        },
        ..question(revision)
    }
}

#[tokio::test]
async fn a_group_is_added_with_its_first_question_and_their_texts() {
    let world = world().await;
    let port = &world.authoring;
    port.new_draft(&lars(), "fa-barn").await.expect("draft");
    let revision = port
        .draft(&lars(), "fa-barn")
        .await
        .expect("draft")
        .revision;

    let added = port
        .add_question(&lars(), "fa-barn", &siblings_abroad(&revision))
        .await;

    assert_eq!(added, Ok(Ok(())));
    let draft = port.draft(&lars(), "fa-barn").await.expect("draft");
    assert!(draft.problems.is_empty(), "{:?}", draft.problems);
    let journey = draft.journey.expect("checks");
    let group = journey.any_field("siblings_abroad").expect("the group");
    assert_eq!(group.fields.len(), 1);
    assert_eq!(group.fields[0].id, "sibling_abroad_name");
    let en = draft
        .source
        .split("[texts.en]")
        .nth(1)
        .expect("English texts");
    for text in ["Siblings living abroad", "\"Sibling\"", "\"Name\""] {
        assert!(en.contains(text), "{text}: {en}");
    }
    // More questions go into the group afterwards.
    let revision = port
        .draft(&lars(), "fa-barn")
        .await
        .expect("draft")
        .revision;
    let second = NewQuestion {
        step: "family.siblings_abroad".into(),
        id: "sibling_abroad_country".into(),
        condition: String::new(),
        ..question(&revision)
    };
    assert_eq!(
        port.add_question(&lars(), "fa-barn", &second).await,
        Ok(Ok(()))
    );
}

#[tokio::test]
async fn a_group_without_its_first_question_or_inside_a_group_is_refused_at_the_fields() {
    let world = world().await;
    let port = &world.authoring;
    port.new_draft(&lars(), "fa-barn").await.expect("draft");
    let draft = port.draft(&lars(), "fa-barn").await.expect("draft");
    let bare = NewQuestion {
        item: GroupItem::default(),
        ..siblings_abroad(&draft.revision)
    };
    let problems = port
        .add_question(&lars(), "fa-barn", &bare)
        .await
        .expect("answered")
        .expect_err("refused");
    let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
    for field in ["item_id", "item_kind", "item-heading-nb", "item-label-en"] {
        assert!(fields.contains(&field), "{field}: {fields:?}");
    }
    let with_options = NewQuestion {
        item: GroupItem {
            kind: "one_of".into(),
            ..siblings_abroad("").item
        },
        ..siblings_abroad(&draft.revision)
    };
    let problems = port
        .add_question(&lars(), "fa-barn", &with_options)
        .await
        .expect("answered")
        .expect_err("refused");
    assert_eq!(problems[0].message, "admin-question-item-kind-invalid");
    let nested = NewQuestion {
        step: "family.other_children".into(),
        ..siblings_abroad(&draft.revision)
    };
    let problems = port
        .add_question(&lars(), "fa-barn", &nested)
        .await
        .expect("answered")
        .expect_err("refused");
    assert_eq!(
        (problems[0].field.as_str(), problems[0].message.as_str()),
        ("step", "admin-question-group-in-group")
    );
    let after = port.draft(&lars(), "fa-barn").await.expect("draft");
    assert_eq!(after.source, draft.source, "nothing written");
}

//! A question dragged several places with JavaScript: one move of that many places, never past
//! the end, recorded as one change.

use super::*;

fn family_ids(draft: &app::pages::admin::model::DraftAdmin) -> Vec<String> {
    let journey = draft.journey.clone().expect("the draft checks");
    let (index, _) = journey.step("family").expect("family");
    journey.steps[index]
        .fields
        .iter()
        .map(|f| f.id.clone())
        .collect()
}

fn dragged(field: &str, up: bool, places: usize, revision: &str) -> Move {
    Move {
        step: "family".into(),
        field: Some(field.into()),
        up,
        places,
        revision: revision.into(),
    }
}

#[tokio::test]
async fn a_dragged_question_moves_as_many_places_as_dropped_and_stops_at_the_end() {
    let world = world().await;
    let port = &world.authoring;
    port.new_draft(&lars(), "fa-barn").await.expect("draft");
    let draft = port.draft(&lars(), "fa-barn").await.expect("draft");
    let before = family_ids(&draft);
    let groups_at = before
        .iter()
        .position(|id| id == "other_children")
        .expect("the group");
    assert!(groups_at >= 3, "{before:?}");

    let up = dragged("other_children", true, 3, &draft.revision);
    port.reorder(&lars(), "fa-barn", &up).await.expect("moved");

    let after = port.draft(&lars(), "fa-barn").await.expect("draft");
    let ids = family_ids(&after);
    assert_eq!(ids[groups_at - 3], "other_children", "{ids:?}");
    assert_eq!(ids.len(), before.len());
    let page = port.journey(&lars(), "fa-barn").await.expect("page");
    assert_eq!(page.audit[0].detail, "other_children up 3 places");

    // Asked to go further than the end, it goes to the end of its step.
    let down = dragged("other_children", false, 200, &after.revision);
    port.reorder(&lars(), "fa-barn", &down)
        .await
        .expect("moved");
    let last = port.draft(&lars(), "fa-barn").await.expect("draft");
    let ids = family_ids(&last);
    assert_eq!(
        ids.last().map(String::as_str),
        Some("other_children"),
        "{ids:?}"
    );
}

//! A draft's prefill look-ups and services changed in their forms (`AuthoringPartsPort`): each
//! change made in the text with the rest kept, recorded in the audit trail; a form the checker
//! (or the form itself) refuses says why at its field and writes nothing; a stale revision is a
//! conflict; another agency's admin is refused.

use super::*;
use app::{
    pages::admin::parts::{PartProblem, PrefillChange, PrefillForm, ServiceChange, ServiceForm},
    ports::AuthoringPartsPort,
};

/// Lars starts a draft of Få barn: its revision.
async fn started(world: &World) -> String {
    let port = &world.authoring;
    port.new_draft(&lars(), "fa-barn").await.expect("draft");
    revision_now(world).await
}

async fn revision_now(world: &World) -> String {
    let draft = world.authoring.draft(&lars(), "fa-barn").await;
    draft.expect("draft").revision
}

fn look_up(lookup: &str, fill: &str, revision: &str) -> PrefillChange {
    PrefillChange::Add(PrefillForm {
        lookup: lookup.into(),
        fill: fill.into(),
        revision: revision.into(),
    })
}

/// Child benefit as the draft has it, with `change` made to the form.
fn child_benefit(revision: &str, change: impl FnOnce(&mut ServiceForm)) -> ServiceChange {
    let mut form = ServiceForm {
        original: "child-benefit".into(),
        agency: "nav".into(),
        operation: "child-benefit".into(),
        condition: "apply_child_benefit == true".into(),
        payload: "child_pid = child_pid\nchild_birth_date = child_birth_date\nchild_lives_with_applicant = child_lives_with_you\nparents_relationship = parents_relationship\nextended_child_benefit = extended_child_benefit?\nother_parent_pid = other_parent_pid?\nother_children = other_children?\nbank_account = bank_account?".into(),
        revision: revision.into(),
        ..ServiceForm::default()
    };
    change(&mut form);
    ServiceChange::Save(Box::new(form))
}

/// The checker's problem at a form field.
fn at(field: &str, message: &str) -> PartProblem {
    PartProblem::new(field, message)
}

async fn last_action(world: &World) -> (AuthoringAction, String) {
    let page = world.authoring.journey(&lars(), "fa-barn").await;
    let event = page.expect("page").audit.remove(0);
    (event.action, event.detail)
}

#[tokio::test]
async fn a_look_up_is_added_and_removed_with_the_rest_of_the_text_kept() {
    let world = world().await;
    let port = &world.authoring;
    let revision = started(&world).await;
    let added = look_up(
        "folkeregisteret:person",
        "child_last_name = name",
        &revision,
    );
    assert_eq!(
        port.change_prefill(&lars(), "fa-barn", &added).await,
        Ok(Ok(()))
    );
    let draft = port.draft(&lars(), "fa-barn").await.expect("draft");
    assert!(draft.problems.is_empty(), "{:?}", draft.problems);
    let journey = draft.journey.expect("checked");
    let last = journey.prefill.last().expect("the look-up");
    assert_eq!(
        (last.register.as_str(), last.lookup.as_str()),
        ("folkeregisteret", "person")
    );
    assert_eq!(
        last.fill,
        [("child_last_name".to_string(), "name".to_string())]
    );
    assert!(draft
        .source
        .contains("# The citizen's spouse is usually the other parent"));
    assert_eq!(
        last_action(&world).await,
        (AuthoringAction::AddPrefill, "folkeregisteret person".into())
    );

    // The second look-up (the spouse) goes, with the comment above it.
    let removed = PrefillChange::Remove {
        index: 1,
        revision: draft.revision,
    };
    assert_eq!(
        port.change_prefill(&lars(), "fa-barn", &removed).await,
        Ok(Ok(()))
    );
    let draft = port.draft(&lars(), "fa-barn").await.expect("draft");
    let lookups: Vec<String> = draft
        .journey
        .expect("checked")
        .prefill
        .iter()
        .map(|p| p.lookup.clone())
        .collect();
    assert_eq!(lookups, ["newborn", "children", "person"]);
    assert!(!draft.source.contains("The citizen's spouse is usually"));
    assert_eq!(last_action(&world).await.0, AuthoringAction::RemovePrefill);
    let gone = PrefillChange::Remove {
        index: 9,
        revision: draft.revision,
    };
    assert_eq!(
        port.change_prefill(&lars(), "fa-barn", &gone).await,
        Err(AppError::NotFound)
    );
}

#[tokio::test]
async fn a_refused_look_up_says_why_at_its_field_and_writes_nothing() {
    let world = world().await;
    let port = &world.authoring;
    let revision = started(&world).await;
    let cases = [
        (
            look_up("skatteetaten:income", "child_pid = pid", &revision),
            at("lookup", "unknown register `skatteetaten` (folkeregisteret, enhetsregisteret, aa-registeret)"),
        ),
        (
            look_up("folkeregisteret:salary", "child_pid = pid", &revision),
            at("lookup", "`folkeregisteret` has no look-up `salary` (person, spouse, newborn, children, child, deceased, heirs)"),
        ),
        (
            look_up("folkeregisteret:person", "twins = pid", &revision),
            at("fill", "unknown field `twins`"),
        ),
        (
            look_up("folkeregisteret:person", "child_pid = shoe_size", &revision),
            at("fill", "`person` gives no `shoe_size` (pid, name, birth_date, address)"),
        ),
        (
            look_up("folkeregisteret:person", "child_pid pid", &revision),
            PartProblem::naming("fill", "admin-part-fill-invalid", "child_pid pid"),
        ),
    ];
    for (change, problem) in cases {
        assert_eq!(
            port.change_prefill(&lars(), "fa-barn", &change).await,
            Ok(Err(vec![problem]))
        );
    }
    assert_eq!(revision_now(&world).await, revision, "nothing written");

    let stale = look_up("folkeregisteret:person", "child_last_name = name", "older");
    assert_eq!(
        port.change_prefill(&lars(), "fa-barn", &stale).await,
        Err(AppError::Conflict)
    );
    let magnus = logged_in("Magnus Strand");
    let theirs = look_up(
        "folkeregisteret:person",
        "child_last_name = name",
        &revision,
    );
    assert_eq!(
        port.change_prefill(&magnus, "fa-barn", &theirs).await,
        Err(AppError::Forbidden)
    );
    assert_eq!(revision_now(&world).await, revision, "nothing written");
}

#[tokio::test]
async fn a_service_changes_in_its_form_and_the_draft_says_what_changed() {
    let world = world().await;
    let port = &world.authoring;
    let revision = started(&world).await;
    let change = child_benefit(&revision, |form| {
        form.condition = "apply_child_benefit == true and child_lives_with_you == true".into();
        form.payload = form
            .payload
            .replace("bank_account = bank_account?", "account = bank_account?");
    });
    assert_eq!(
        port.change_service(&lars(), "fa-barn", &change).await,
        Ok(Ok(()))
    );
    let draft = port.draft(&lars(), "fa-barn").await.expect("draft");
    assert!(draft.problems.is_empty(), "{:?}", draft.problems);
    let journey = draft.journey.expect("checked");
    let service = journey
        .services
        .iter()
        .find(|s| s.id == "child-benefit")
        .expect("kept");
    let keys: Vec<&str> = service.payload.iter().map(|m| m.key.as_str()).collect();
    assert!(
        keys.contains(&"account") && !keys.contains(&"bank_account"),
        "{keys:?}"
    );
    assert!(service
        .payload
        .iter()
        .find(|m| m.key == "account")
        .is_some_and(|m| m.optional));
    assert!(
        draft
            .source
            .contains("# NAV: child benefit, for the newborn"),
        "comments kept"
    );
    let changed: Vec<String> = draft.changes.iter().map(|c| c.id.clone()).collect();
    assert_eq!(changed, ["child-benefit"], "{:?}", draft.changes);
    assert_eq!(
        last_action(&world).await,
        (AuthoringAction::ChangeService, "child-benefit".into())
    );
}

#[tokio::test]
async fn a_new_service_is_added_with_its_name_and_removed_again() {
    let world = world().await;
    let port = &world.authoring;
    let revision = started(&world).await;
    let form = ServiceForm {
        id: "twin-allowance".into(),
        agency: "helfo".into(),
        operation: "twin-allowance".into(),
        condition: "other_parent_takes_part == true and apply_child_benefit == true".into(),
        after: vec!["child-benefit".into()],
        payload: "child = child_pid\n".into(),
        name: [
            "tvillingtillegg".into(),
            "tvillingtillegg".into(),
            "twin allowance".into(),
        ],
        revision,
        ..ServiceForm::default()
    };
    let added = ServiceChange::Save(Box::new(form.clone()));
    assert_eq!(
        port.change_service(&lars(), "fa-barn", &added).await,
        Ok(Ok(()))
    );
    let draft = port.draft(&lars(), "fa-barn").await.expect("draft");
    assert!(draft.problems.is_empty(), "{:?}", draft.problems);
    let journey = draft.journey.expect("checked");
    let service = journey.services.last().expect("added");
    assert_eq!(service.id, "twin-allowance");
    assert_eq!(service.after, ["child-benefit"]);
    assert_eq!(
        journey.texts["en"]["fa-barn-service-twin-allowance"],
        "twin allowance"
    );
    assert_eq!(last_action(&world).await.0, AuthoringAction::AddService);

    let again = ServiceChange::Save(Box::new(ServiceForm {
        revision: draft.revision.clone(),
        ..form
    }));
    assert_eq!(
        port.change_service(&lars(), "fa-barn", &again).await,
        Ok(Err(vec![PartProblem::naming(
            "id",
            "admin-part-service-id-taken",
            "twin-allowance"
        )]))
    );
    let removed = ServiceChange::Remove {
        id: "twin-allowance".into(),
        revision: draft.revision,
    };
    assert_eq!(
        port.change_service(&lars(), "fa-barn", &removed).await,
        Ok(Ok(()))
    );
    let draft = port.draft(&lars(), "fa-barn").await.expect("draft");
    assert!(
        !draft.source.contains("twin-allowance"),
        "the service and its names are gone"
    );
    assert_eq!(last_action(&world).await.0, AuthoringAction::RemoveService);
}

#[tokio::test]
async fn a_refused_service_says_why_at_its_field_and_writes_nothing() {
    let world = world().await;
    let port = &world.authoring;
    let revision = started(&world).await;
    // (how the form is changed, the problems it gets)
    type Case = (fn(&mut ServiceForm), Vec<PartProblem>);
    let cases: Vec<Case> = vec![
        (
            |f| f.payload.push_str("\nshoe = shoe_size"),
            vec![at("payload", "unknown field `shoe_size`")],
        ),
        (
            |f| f.after = vec!["child-benefit".into()],
            vec![at(
                "after",
                "service `child-benefit` waits for itself through `after`",
            )],
        ),
        (
            |f| f.agency = "nasa".into(),
            vec![PartProblem::naming(
                "agency",
                "admin-part-agency-unknown",
                "nasa",
            )],
        ),
        (
            |f| f.condition = "apply_child_benefit ==".into(),
            vec![at("condition", "the condition ends too early")],
        ),
    ];
    for (change, expected) in cases {
        let refused = port
            .change_service(&lars(), "fa-barn", &child_benefit(&revision, change))
            .await
            .expect("answered")
            .expect_err("refused");
        // A condition that does not parse leaves the payload's checks without it: the checker
        // says so too, after the condition's own problem.
        assert_eq!(refused[..expected.len()], expected[..], "{refused:?}");
    }
    // Name registration waiting for the kindergarten, which waits for it: a circle, at both.
    let circle = ServiceChange::Save(Box::new(ServiceForm {
        original: "child-name".into(),
        agency: "skatteetaten".into(),
        operation: "child-name".into(),
        condition: "child_birth_date > today - 6m".into(),
        after: vec!["kindergarten".into()],
        payload: "child_pid = child_pid\nfirst_name = child_first_name\nmiddle_name = child_middle_name?\nlast_name = child_last_name\nother_parent_pid = other_parent_pid?".into(),
        revision: revision.clone(),
        ..ServiceForm::default()
    }));
    let refused = port.change_service(&lars(), "fa-barn", &circle).await;
    let problems = refused.expect("answered").expect_err("refused");
    assert!(
        problems.contains(&at(
            "after",
            "service `child-name` waits for itself through `after`"
        )) && problems.contains(&at(
            "",
            "service `kindergarten` waits for itself through `after`"
        )),
        "{problems:?}"
    );
    // The kindergarten waits for the name registration: it cannot go, and the checker says
    // where, at the service that waits.
    let removed = ServiceChange::Remove {
        id: "child-name".into(),
        revision: revision.clone(),
    };
    let problems = port.change_service(&lars(), "fa-barn", &removed).await;
    let problems = problems.expect("answered").expect_err("refused");
    assert!(
        problems.contains(&at("kindergarten", "unknown service `child-name`")),
        "{problems:?}"
    );
    assert_eq!(revision_now(&world).await, revision, "nothing written");

    let stale = child_benefit("older", |_| {});
    assert_eq!(
        port.change_service(&lars(), "fa-barn", &stale).await,
        Err(AppError::Conflict)
    );
    let magnus = logged_in("Magnus Strand");
    let theirs = child_benefit(&revision, |_| {});
    assert_eq!(
        port.change_service(&magnus, "fa-barn", &theirs).await,
        Err(AppError::Forbidden)
    );
    let unknown = ServiceChange::Remove {
        id: "no-such".into(),
        revision: revision.clone(),
    };
    assert_eq!(
        port.change_service(&lars(), "fa-barn", &unknown).await,
        Err(AppError::NotFound)
    );
    assert_eq!(revision_now(&world).await, revision, "nothing written");
}

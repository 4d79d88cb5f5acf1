//! The inbox's queues and their counts, filters, search, sorting by every column across pages,
//! cases arriving between pages, and cursors the view did not make.

use super::{
    act, case, case_of, colleague, every_page, ids, inbox, queue, reference_of, sara, sql, status,
    user, world,
};
use app::{
    domain::CaseStatus,
    error::{AppError, Refusal},
    pages::caseworker::model::{CaseAction, CaseRow, Count, InboxQuery, Queue, SortKey},
    ports::CaseworkerPort,
};
use std::collections::HashSet;

#[tokio::test]
async fn every_queue_holds_its_cases_and_counts_them() {
    let world = world().await;
    let (sara, ola) = (sara(), colleague());
    let new = case(&world).await;
    let mine = case(&world).await;
    let theirs = case(&world).await;
    let waiting = case(&world).await;
    let decided = case(&world).await;
    let overdue = case(&world).await;
    act(&world, &sara, &mine, CaseAction::Claim)
        .await
        .expect("claimed");
    act(&world, &ola, &theirs, CaseAction::Claim)
        .await
        .expect("claimed");
    for (id, to) in [
        (
            &waiting,
            vec![CaseStatus::InProgress, CaseStatus::NeedsInformation],
        ),
        (&decided, vec![CaseStatus::InProgress, CaseStatus::Approved]),
    ] {
        act(&world, &sara, id, CaseAction::Claim)
            .await
            .expect("claimed");
        for status_to in to {
            act(&world, &sara, id, status(status_to, ""))
                .await
                .expect("moved");
        }
    }
    sql(
        &world.database,
        &format!("UPDATE inbox_case SET due_on = '2020-01-06' WHERE inbox_case_id = '{overdue}'"),
    )
    .await;
    let expect = [
        (Queue::New, vec![&new, &overdue]),
        (Queue::Mine, vec![&mine, &waiting]),
        (Queue::Waiting, vec![&waiting]),
        (Queue::Due, vec![&overdue]),
        (Queue::Decided, vec![&decided]),
        (
            Queue::All,
            vec![&new, &mine, &theirs, &waiting, &decided, &overdue],
        ),
    ];
    let view = world
        .caseworker
        .inbox(&sara, queue(Queue::All))
        .await
        .expect("inbox");
    for (q, cases) in expect {
        let mut listed = ids(&inbox(&world, &sara, queue(q)).await);
        listed.sort();
        let mut expected: Vec<String> = cases.into_iter().cloned().collect();
        expected.sort();
        assert_eq!(listed, expected, "{q:?}");
        let count = view.counts.iter().find(|(c, _)| *c == q).map(|(_, n)| *n);
        assert_eq!(count, Some(Count::Exact(expected.len() as u64)), "{q:?}");
    }
    let overdue_row = inbox(&world, &sara, queue(Queue::Due)).await.remove(0);
    assert!(overdue_row.days_left < 0, "{overdue_row:?}");
}

#[tokio::test]
async fn filters_narrow_the_inbox_to_what_they_name() {
    let world = world().await;
    let sara = sara();
    let kari = case(&world).await;
    let other = case_of(&world, "Ola Nordmann", "other", "school").await;
    let claimed = case(&world).await;
    act(&world, &sara, &claimed, CaseAction::Claim)
        .await
        .expect("claimed");
    act(&world, &sara, &claimed, status(CaseStatus::InProgress, ""))
        .await
        .expect("moved");
    sql(
        &world.database,
        &format!("UPDATE inbox_case SET received_on = '2026-01-15', due_on = '2026-01-29' WHERE inbox_case_id = '{other}'"),
    )
    .await;
    let all = |f: fn(&mut InboxQuery)| {
        let mut query = queue(Queue::All);
        f(&mut query);
        query
    };
    let cases = [
        (
            all(|q| q.status = Some(CaseStatus::InProgress)),
            vec![&claimed],
        ),
        (
            all(|q| q.status = Some(CaseStatus::Received)),
            vec![&kari, &other],
        ),
        (all(|q| q.journey = Some("other".into())), vec![&other]),
        (
            all(|q| q.service = Some("kindergarten".into())),
            vec![&kari, &claimed],
        ),
        (
            all(|q| {
                q.received_from = app::journey::Date::parse_iso("2026-01-01");
                q.received_to = app::journey::Date::parse_iso("2026-01-31");
            }),
            vec![&other],
        ),
        (
            all(|q| q.assignee = Some("none".into())),
            vec![&kari, &other],
        ),
        (all(|q| q.overdue = true), vec![&other]),
    ];
    for (query, expected) in cases {
        let mut listed = ids(&inbox(&world, &sara, query.clone()).await);
        listed.sort();
        let mut expected: Vec<String> = expected.into_iter().cloned().collect();
        expected.sort();
        assert_eq!(listed, expected, "{query:?}");
    }
    let mut mine = queue(Queue::All);
    mine.assignee = Some(sara.pid.clone());
    assert_eq!(ids(&inbox(&world, &sara, mine).await), [claimed]);
}

#[tokio::test]
async fn search_finds_cases_by_the_start_of_words_of_reference_name_or_identity_number_in_any_case()
{
    let world = world().await;
    let sara = sara();
    let kari = case(&world).await;
    let aisha = case_of(&world, "Aisha Khan", "test", "kindergarten").await;
    let reference = reference_of(&world, &aisha).await;
    let aisha_pid = user("Aisha Khan").pid;
    for (search, expected) in [
        ("AISHA", &aisha),
        ("nordmann", &kari),
        (&reference.to_lowercase()[3..], &aisha),
        (&aisha_pid[..6], &aisha),
        ("aisha kh", &aisha),
        ("Kari-Nordm", &kari),
    ] {
        let query = InboxQuery {
            queue: Queue::All,
            search: Some(search.to_string()),
            ..InboxQuery::default()
        };
        assert_eq!(
            ids(&inbox(&world, &sara, query).await),
            std::slice::from_ref(expected),
            "{search}"
        );
    }
    let nothing = InboxQuery {
        queue: Queue::All,
        search: Some("%".into()),
        ..InboxQuery::default()
    };
    assert!(
        inbox(&world, &sara, nothing).await.is_empty(),
        "a wildcard is a character"
    );
    // What was typed begins a word, in its order: the middle of a name or number, or a name
    // backwards, finds nothing.
    for inside in ["isha", &aisha_pid[2..8], "khan aisha", "ai khan"] {
        let query = InboxQuery {
            queue: Queue::All,
            search: Some(inside.to_string()),
            ..InboxQuery::default()
        };
        assert!(inbox(&world, &sara, query).await.is_empty(), "{inside}");
    }
}

fn sort_value(row: &CaseRow, key: SortKey) -> String {
    match key {
        SortKey::Reference => row.reference.clone(),
        SortKey::LifeEvent => row.journey_id.clone(),
        SortKey::Service => row.service.clone(),
        SortKey::Citizen => row.citizen_name.clone(),
        SortKey::Received => row.received_at.stored(),
        SortKey::Status => CaseStatus::ALL
            .iter()
            .position(|s| *s == row.status)
            .unwrap_or_default()
            .to_string(),
        SortKey::Assignee => row.assignee.clone().unwrap_or_default(),
        SortKey::Deadline => row.due.to_string(),
    }
}

#[tokio::test]
async fn every_column_sorts_both_ways_across_pages_with_every_case_once() {
    let world = world().await;
    let sara = sara();
    let citizens = ["Kari Nordmann", "Ola Nordmann", "Aisha Khan", "Per Hansen"];
    let mut all = Vec::new();
    for i in 0..30 {
        let service = if i % 3 == 0 { "school" } else { "kindergarten" };
        let journey = if i % 4 == 0 { "other" } else { "test" };
        all.push(case_of(&world, citizens[i % 4], journey, service).await);
    }
    for id in all.iter().step_by(5) {
        act(&world, &colleague(), id, CaseAction::Claim)
            .await
            .expect("claimed");
        act(&world, &colleague(), id, status(CaseStatus::InProgress, ""))
            .await
            .expect("moved");
    }
    for id in all.iter().skip(2).step_by(5) {
        act(&world, &sara, id, CaseAction::Claim)
            .await
            .expect("claimed");
    }
    all.sort();
    for key in SortKey::ALL {
        for descending in [false, true] {
            let query = InboxQuery {
                queue: Queue::All,
                sort: key,
                descending,
                ..InboxQuery::default()
            };
            let rows = every_page(&world, &sara, query).await;
            let mut listed = ids(&rows);
            let pairs: Vec<(String, String)> = rows
                .iter()
                .map(|r| (sort_value(r, key), r.id.clone()))
                .collect();
            let mut sorted = pairs.clone();
            sorted.sort();
            if descending {
                sorted.reverse();
            }
            assert_eq!(pairs, sorted, "{key:?} descending {descending}");
            listed.sort();
            assert_eq!(
                listed, all,
                "{key:?} descending {descending}: every case once"
            );
        }
    }
}

#[tokio::test]
async fn cases_arriving_between_pages_neither_repeat_nor_push_a_case_out_of_sight() {
    let world = world().await;
    let sara = sara();
    let mut before = Vec::new();
    for _ in 0..30 {
        before.push(case(&world).await);
    }
    for descending in [false, true] {
        let query = InboxQuery {
            queue: Queue::All,
            descending,
            ..InboxQuery::default()
        };
        let first = world
            .caseworker
            .inbox(&sara, query.clone())
            .await
            .expect("page");
        assert_eq!(first.rows.len(), 25);
        for _ in 0..3 {
            case(&world).await;
        }
        let second = InboxQuery {
            after: first.next.clone(),
            ..query
        };
        let rest = every_page(&world, &sara, second).await;
        let seen: Vec<String> = ids(&first.rows).into_iter().chain(ids(&rest)).collect();
        let unique: HashSet<&String> = seen.iter().collect();
        assert_eq!(
            unique.len(),
            seen.len(),
            "no case twice (descending {descending})"
        );
        assert!(
            before.iter().all(|id| unique.contains(id)),
            "no case skipped"
        );
    }
}

#[tokio::test]
async fn a_cursor_the_view_did_not_make_is_refused() {
    let world = world().await;
    let sara = sara();
    for _ in 0..26 {
        case(&world).await;
    }
    let view = world
        .caseworker
        .inbox(&sara, queue(Queue::All))
        .await
        .expect("inbox");
    let cursor = view.next.expect("a second page");
    let mut tampered = cursor.clone();
    tampered.insert(3, 'x');
    use base64::Engine;
    let forged = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(r#"{"s":"received"}"#);
    let cases = [
        (SortKey::Received, "not a cursor".to_string()),
        (SortKey::Received, tampered),
        (SortKey::Received, forged),
        (SortKey::Received, "A".repeat(5000)),
        // A cursor of another order.
        (SortKey::Citizen, cursor),
    ];
    for (sort, after) in cases {
        let query = InboxQuery {
            queue: Queue::All,
            sort,
            after: Some(after.clone()),
            ..InboxQuery::default()
        };
        let refused = world.caseworker.inbox(&sara, query).await;
        assert_eq!(
            refused.err(),
            Some(AppError::Invalid(Refusal::FormMismatch)),
            "{after}"
        );
    }
}

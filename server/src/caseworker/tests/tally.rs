//! The inbox's tallies and word index (migration 0020, kept by triggers) against a recount of
//! `inbox_case` after each kind of change a case goes through: arrival (and a repeated
//! delivery), claim, release, assignment, each status, a request for information and the
//! citizen's answer (which moves the deadline), claims racing, a deadline set by SQL and a
//! case deleted. The unfiltered inbox's counts (the tallies' sums) must equal every queue's
//! cases counted one by one.

use super::{
    act, ask, case, colleague, every_page, file, sara, sql, status, submit, user, world, World,
};
use crate::storage::on_pool;
use app::{
    auth::CurrentUser,
    domain::{CaseStatus, Instant},
    journey::Agency,
    pages::caseworker::model::{CaseAction, Count, InboxQuery},
    ports::{CaseworkerPort, CitizenPort},
};
use std::time::Duration;

type Rows = Vec<(String, String, String, i64)>;

async fn rows(world: &World, sql: &str) -> Rows {
    let mut rows: Rows = on_pool!(&world.database, pool => {
        sqlx::query_as(sql).fetch_all(pool).await.expect(sql)
    });
    rows.sort();
    rows
}

/// The tallies equal a recount, the words (each with the next) each case's search text split; and the inbox's
/// counts without filters equal each queue's cases listed.
async fn tallies_match_a_recount(world: &World, after: &str) {
    let tally = rows(
        world,
        "SELECT agency, status, assignee_pid, CAST(cases AS BIGINT) FROM inbox_tally \
         WHERE cases <> 0",
    )
    .await;
    let recount = rows(
        world,
        "SELECT agency, status, COALESCE(assignee_pid, ''), COUNT(*) FROM inbox_case \
         GROUP BY agency, status, COALESCE(assignee_pid, '')",
    )
    .await;
    assert_eq!(tally, recount, "status and assignee tally after {after}");
    let due = rows(
        world,
        "SELECT agency, due_on, '', CAST(cases AS BIGINT) FROM inbox_due_tally WHERE cases <> 0",
    )
    .await;
    let recount = rows(
        world,
        "SELECT agency, due_on, '', COUNT(*) FROM inbox_case \
         WHERE status NOT IN ('approved', 'rejected') GROUP BY agency, due_on",
    )
    .await;
    assert_eq!(due, recount, "due tally after {after}");
    let words = rows(
        world,
        "SELECT inbox_case_id, word, next_word, CAST(0 AS BIGINT) FROM inbox_word",
    )
    .await;
    let mut split: Rows = rows(
        world,
        "SELECT inbox_case_id, search_text, '', CAST(0 AS BIGINT) FROM inbox_case",
    )
    .await
    .into_iter()
    .flat_map(|(id, text, _, _)| {
        let words = crate::storage::inbox_words(&text);
        let next = words.iter().skip(1).cloned().chain([String::new()]);
        let pairs: Vec<(String, String)> = words.iter().cloned().zip(next).collect();
        pairs
            .into_iter()
            .map(move |(word, next)| (id.clone(), word, next, 0))
    })
    .collect();
    split.sort();
    split.dedup();
    assert_eq!(words, split, "words after {after}");
    let view = world
        .caseworker
        .inbox(&sara(), InboxQuery::default())
        .await
        .expect("the inbox");
    for (queue, count) in view.counts {
        let listed = every_page(
            world,
            &sara(),
            InboxQuery {
                queue,
                ..InboxQuery::default()
            },
        )
        .await;
        assert_eq!(
            count,
            Count::Exact(listed.len() as u64),
            "{queue:?} after {after}"
        );
    }
}

#[tokio::test]
async fn inbox_tallies_equal_a_recount_after_every_kind_of_change() {
    let world = world().await;
    let (sara, ola, kari) = (sara(), colleague(), user("Kari Nordmann"));
    tallies_match_a_recount(&world, "nothing").await;
    let first = case(&world).await;
    let second = case(&world).await;
    let third = case(&world).await;
    tallies_match_a_recount(&world, "arrivals").await;
    // A call filed under a lease that ran out (rolled back), then under the current one, then
    // again: one case.
    let reference = submit(&world, &kari, "test", &[("kindergarten", Agency::Kommune)]).await;
    let outbox = world.database.outbox();
    let call = outbox.of_submission(&reference).await.expect("calls")[0].clone();
    let stale = outbox
        .claim(&call.id, Instant::now().minus(Duration::from_secs(1)))
        .await;
    let stale = stale.expect("claim").expect("a lease");
    let until = Instant::now().plus(Duration::from_secs(30));
    let current = outbox
        .claim(&call.id, until)
        .await
        .expect("claim")
        .expect("taken over");
    assert_eq!(file(&world, &call.id, &stale).await, None);
    tallies_match_a_recount(&world, "a delivery rolled back").await;
    assert!(file(&world, &call.id, &current).await.is_some());
    assert_eq!(file(&world, &call.id, &stale).await, None);
    tallies_match_a_recount(&world, "a repeated delivery").await;
    let assign = |to: &CurrentUser| CaseAction::Assign { to: to.pid.clone() };
    let working = || status(CaseStatus::InProgress, "");
    let decided = |to| status(to, "Decided.");
    let steps = [
        ("a claim", &sara, &first, CaseAction::Claim),
        ("a release", &sara, &first, CaseAction::Release),
        ("an assignment", &sara, &second, assign(&ola)),
        ("a reassignment", &sara, &second, assign(&sara)),
        ("in progress", &sara, &second, working()),
        ("approved", &sara, &second, decided(CaseStatus::Approved)),
        ("a claim of another", &ola, &third, CaseAction::Claim),
        ("in progress by another", &ola, &third, working()),
        ("rejected", &ola, &third, decided(CaseStatus::Rejected)),
        ("a request", &sara, &first, ask(&["name"], "", "Misspelt.")),
    ];
    for (after, who, id, action) in steps {
        act(&world, who, id, action).await.expect(after);
        tallies_match_a_recount(&world, after).await;
    }
    // The citizen answers: back in progress, the deadline moved on.
    let task = world.citizen.my_page(&kari).await.expect("my page").tasks[0]
        .id
        .clone();
    let form = vec![
        ("a.name".to_string(), "Emma Nordmann".to_string()),
        ("reply".to_string(), "Here.".to_string()),
    ];
    world
        .citizen
        .answer_task(&kari, &task, &form)
        .await
        .expect("answered");
    tallies_match_a_recount(&world, "the citizen's answer").await;
    // Claims racing for the same cases: one wins each, the tallies still add up.
    let racing: Vec<String> = vec![case(&world).await, case(&world).await, case(&world).await];
    for id in &racing {
        let _ = tokio::join!(
            act(&world, &sara, id, CaseAction::Claim),
            act(&world, &ola, id, CaseAction::Claim),
        );
    }
    tallies_match_a_recount(&world, "racing claims").await;
    sql(
        &world.database,
        &format!("UPDATE inbox_case SET due_on = '2020-01-06' WHERE inbox_case_id = '{first}'"),
    )
    .await;
    tallies_match_a_recount(&world, "a deadline set by SQL").await;
    let gone = &racing[0];
    for table in ["case_history", "information_request", "case_message"] {
        sql(
            &world.database,
            &format!("DELETE FROM {table} WHERE inbox_case_id = '{gone}'"),
        )
        .await;
    }
    sql(
        &world.database,
        &format!("DELETE FROM inbox_case WHERE inbox_case_id = '{gone}'"),
    )
    .await;
    tallies_match_a_recount(&world, "a deletion").await;
}

#[tokio::test]
async fn a_filtered_view_counts_exactly_up_to_its_cap_and_says_at_least_past_it() {
    use crate::storage::{ListQuery, COUNT_CAP};
    let world = world().await;
    for _ in 0..3 {
        case(&world).await;
    }
    let agencies = [Agency::Kommune];
    let me = sara().pid;
    let today = Instant::now().oslo_date().expect("a date");
    let search = InboxQuery {
        search: Some("kari".into()),
        ..InboxQuery::default()
    };
    assert_eq!(COUNT_CAP, 10_000);
    let counts = |cap: u64| {
        let (database, search, me) = (world.database.clone(), search.clone(), me.clone());
        async move {
            let list = ListQuery {
                agencies: &agencies,
                me: &me,
                query: &search,
                after: None,
                today,
                due_by: today,
                limit: 50,
                count_cap: cap,
            };
            database.inbox().counts(&list).await.expect("counts")
        }
    };
    let all = |counts: Vec<(app::pages::caseworker::model::Queue, Count)>| {
        counts
            .into_iter()
            .find(|(q, _)| *q == app::pages::caseworker::model::Queue::All)
            .map(|(_, c)| c)
    };
    assert_eq!(
        all(counts(3).await),
        Some(Count::Exact(3)),
        "at the cap: exact"
    );
    assert_eq!(all(counts(2).await), Some(Count::AtLeast(2)), "past it");
    let past = counts(2).await;
    assert!(
        past.iter()
            .all(|(_, c)| matches!(c, Count::Exact(n) if *n <= 2) || *c == Count::AtLeast(2)),
        "{past:?}"
    );
}

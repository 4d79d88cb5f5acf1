//! Inbox benchmark: seeds N cases (default one million) across the agencies into a fresh
//! database, then times the caseworker's inbox as the portal reads it (`Inbox::list` and
//! `Inbox::counts`, the statements the inbox page runs) for a caseworker of the largest agency:
//! the default queue, a filter, three searches, a deep page and the queue counts (of the inbox
//! as it opens, under the filter and under two searches), each after a warm-up, and prints
//! p50/p99/max per query against the target p99 ≤ 20 ms.
//!
//! cargo run --release -p server --bin bench-inbox -- [--database-url URL] [--cases N] [--runs R] [--reuse]
//!
//! Without `--database-url` the database is a SQLite file in a temporary folder (removed at the
//! end). `--reuse` keeps the cases of an earlier run when the database has some (migrations still
//! run, so a new index is measured without seeding again).

/// `$body` with `$pool` bound to the database's pool, whichever the backend (defined before the
/// modules, so that seeding can use it too).
macro_rules! on_pool {
    ($database:expr, $pool:ident => $body:expr) => {
        match $database {
            Database::Sqlite($pool) => $body,
            Database::Postgres($pool) => $body,
        }
    };
}

mod data;
mod seeding;
mod timing;

use anyhow::Context;
use app::{
    domain::{deadline::add_working_days, CaseStatus, Instant},
    journey::Date,
    pages::caseworker::model::{InboxQuery, Queue},
};
use data::{caseworker_pid, AGENCIES, FIRST_NAMES, LAST_NAMES};
use seeding::{seed, Seeded};
use server::storage::{Cursor, Database, ListQuery, COUNT_CAP};
use std::time::Instant as Clock;
use timing::{percentile, time, WARM_UP};

const PAGE: usize = 25;
const TARGET_MS: f64 = 20.0;

fn value(args: &[String], name: &str) -> anyhow::Result<Option<String>> {
    match args.iter().position(|a| a == name) {
        Some(i) => Ok(Some(
            args.get(i + 1)
                .context(format!("{name} needs a value"))?
                .clone(),
        )),
        None => Ok(None),
    }
}

fn number(args: &[String], name: &str, default: usize) -> anyhow::Result<usize> {
    value(args, name)?.map_or(Ok(default), |v| {
        v.replace('_', "")
            .parse()
            .context(format!("{name} must be a whole number"))
    })
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let cases = number(&args, "--cases", 1_000_000)?;
    let runs = number(&args, "--runs", 200)?.max(1);
    let reuse = args.iter().any(|a| a == "--reuse");
    let temporary =
        std::env::temp_dir().join(format!("veiviser-bench-inbox-{}", std::process::id()));
    let url = match value(&args, "--database-url")? {
        Some(url) => url,
        None => {
            std::fs::create_dir_all(&temporary)?;
            format!("sqlite://{}/bench.db", temporary.display())
        }
    };
    let database = Database::connect(&url).await?;
    database.migrate(&url).await?;
    let backend = database.backend();
    let today = Instant::now().oslo_date().context("today")?;

    let existing: i64 = on_pool!(&database, pool =>
        sqlx::query_scalar("SELECT COUNT(*) FROM inbox_case").fetch_one(pool).await?);
    let seeded = if reuse && existing > 0 {
        println!("{backend}: reusing the {existing} cases in the database");
        let references: Vec<String> = on_pool!(&database, pool =>
            sqlx::query_scalar("SELECT reference FROM inbox_case WHERE agency = $1 \
                                AND inbox_case_id LIKE '%0' LIMIT 1000")
                .bind(AGENCIES[0].0.id()).fetch_all(pool).await?);
        Seeded {
            caseworker: caseworker_pid(0, 0),
            references,
        }
    } else {
        anyhow::ensure!(
            existing == 0,
            "the database already has {existing} cases: give an empty one (or --reuse)"
        );
        println!(
            "{backend}: seeding {cases} cases across {} agencies",
            AGENCIES.len()
        );
        let started = Clock::now();
        let seeded = seed(&database, cases, today).await?;
        println!(
            "{backend}: seeded {cases} cases in {:.1} s",
            started.elapsed().as_secs_f64()
        );
        seeded
    };
    if let Database::Postgres(pool) = &database {
        // What autovacuum does after a bulk load: statistics and the visibility map.
        let started = Clock::now();
        sqlx::query("VACUUM ANALYZE inbox_case")
            .execute(pool)
            .await?;
        sqlx::query("VACUUM ANALYZE inbox_word")
            .execute(pool)
            .await?;
        sqlx::query("ANALYZE person").execute(pool).await?;
        println!(
            "postgres: VACUUM ANALYZE in {:.1} s",
            started.elapsed().as_secs_f64()
        );
    }
    anyhow::ensure!(!seeded.references.is_empty(), "no references to search for");

    let agency = [AGENCIES[0].0];
    let me = seeded.caseworker.as_str();
    let due_by = add_working_days(today, 3).unwrap_or(today);
    let list = |query: &InboxQuery, after: Option<Cursor>| {
        let query = query.clone();
        let database = database.clone();
        let me = me.to_string();
        async move {
            let list = ListQuery {
                agencies: &agency,
                me: &me,
                query: &query,
                after,
                today,
                due_by,
                limit: PAGE,
                count_cap: COUNT_CAP,
            };
            let page = database.inbox().list(&list).await?;
            anyhow::Ok(page)
        }
    };

    let default_queue = InboxQuery::default();
    let filter = InboxQuery {
        queue: Queue::All,
        status: Some(CaseStatus::InProgress),
        journey: Some("fa-barn".into()),
        received_from: Date::from_days(today.days() - 180),
        received_to: Date::from_days(today.days() - 30),
        ..InboxQuery::default()
    };
    let search = |text: &str| InboxQuery {
        queue: Queue::All,
        search: Some(text.to_string()),
        ..InboxQuery::default()
    };
    // The deep page: follow the default queue's cursor 40 pages in.
    let mut deep: Option<Cursor> = None;
    for page in 1..=40 {
        let next = list(&default_queue, deep.take()).await?.next;
        deep = Some(next.context(format!("the default queue has no page {}", page + 1))?);
    }

    let mut results: Vec<(&str, Vec<f64>, usize)> = Vec::new();
    let times = time(runs, |_| {
        let page = list(&default_queue, None);
        async move { Ok(page.await?.cases.len()) }
    })
    .await?;
    results.push((
        "default queue (new, by received)",
        times,
        list(&default_queue, None).await?.cases.len(),
    ));
    let times = time(runs, |_| {
        let page = list(&filter, None);
        async move { Ok(page.await?.cases.len()) }
    })
    .await?;
    results.push((
        "filter (status, life event, received)",
        times,
        list(&filter, None).await?.cases.len(),
    ));
    let times = time(runs, |i| {
        let page = list(&search(LAST_NAMES[i % LAST_NAMES.len()]), None);
        async move { Ok(page.await?.cases.len()) }
    })
    .await?;
    results.push((
        "search: part of a name",
        times,
        list(&search("haugen"), None).await?.cases.len(),
    ));
    // A whole name matches one citizen in 1 600: the list reads far more cases to fill a page.
    let full_name = |i: usize| {
        format!(
            "{} {}",
            FIRST_NAMES[(i * 7) % FIRST_NAMES.len()],
            LAST_NAMES[(i * 11) % LAST_NAMES.len()]
        )
    };
    let times = time(runs, |i| {
        let page = list(&search(&full_name(i)), None);
        async move { Ok(page.await?.cases.len()) }
    })
    .await?;
    results.push((
        "search: a whole name (rare)",
        times,
        list(&search(&full_name(0)), None).await?.cases.len(),
    ));
    let references = &seeded.references;
    let times = time(runs, |i| {
        let page = list(&search(&references[i % references.len()]), None);
        async move { Ok(page.await?.cases.len()) }
    })
    .await?;
    results.push((
        "search: a reference",
        times,
        list(&search(&references[0]), None).await?.cases.len(),
    ));
    let times = time(runs, |_| {
        let page = list(&default_queue, deep.clone());
        async move { Ok(page.await?.cases.len()) }
    })
    .await?;
    results.push((
        "deep page (41st of the default queue)",
        times,
        list(&default_queue, deep.clone()).await?.cases.len(),
    ));
    let counts = |query: InboxQuery| {
        let database = database.clone();
        let me = me.to_string();
        async move {
            let list = ListQuery {
                agencies: &agency,
                me: &me,
                query: &query,
                after: None,
                today,
                due_by,
                limit: PAGE,
                count_cap: COUNT_CAP,
            };
            anyhow::Ok(database.inbox().counts(&list).await?)
        }
    };
    let times = time(runs, |_| {
        let counted = counts(default_queue.clone());
        async move { Ok(counted.await?.len()) }
    })
    .await?;
    let queues = counts(default_queue.clone()).await?;
    results.push(("queue counts", times, queues.len()));
    // A filtered view counts its cases up to a cap (`10 000+`).
    for (name, query) in [
        ("queue counts: the filter", filter.clone()),
        ("queue counts: a surname", search("haugen")),
        ("queue counts: a whole name", search(&full_name(0))),
    ] {
        let times = time(runs, |_| {
            let counted = counts(query.clone());
            async move { Ok(counted.await?.len()) }
        })
        .await?;
        results.push((name, times, counts(query.clone()).await?.len()));
    }

    let in_agency: i64 = on_pool!(&database, pool =>
        sqlx::query_scalar("SELECT COUNT(*) FROM inbox_case WHERE agency = $1")
            .bind(agency[0].id()).fetch_one(pool).await?);
    println!();
    println!(
        "{backend}: {} cases in all, {in_agency} of them the {}'s; {runs} runs each after {WARM_UP} warm-up; queue counts: {}",
        existing.max(cases as i64),
        agency[0].id(),
        queues
            .iter()
            .map(|(queue, n)| format!("{} {n:?}", queue.as_str()))
            .collect::<Vec<_>>()
            .join(", ")
    );
    println!(
        "| backend  | query                                  | rows | p50 ms | p99 ms | max ms | p99 ≤ {TARGET_MS} ms |"
    );
    println!("|----------|----------------------------------------|-----:|-------:|-------:|-------:|------|");
    for (name, times, found) in &results {
        let p99 = percentile(times, 0.99);
        println!(
            "| {backend:<8} | {name:<38} | {found:>4} | {:>6.2} | {p99:>6.2} | {:>6.2} | {} |",
            percentile(times, 0.5),
            times.last().copied().unwrap_or_default(),
            if p99 <= TARGET_MS { "yes" } else { "no" }
        );
    }
    database.close().await;
    if temporary.exists() {
        let _ = std::fs::remove_dir_all(&temporary);
    }
    Ok(())
}

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

use anyhow::Context;
use app::{
    domain::{deadline::add_working_days, CaseStatus, Instant},
    journey::{Agency, Date},
    pages::caseworker::model::{InboxQuery, Queue},
};
use rand::{rngs::StdRng, Rng, SeedableRng};
use server::storage::{Cursor, Database, ListQuery, COUNT_CAP};
use std::time::Instant as Clock;

/// The agencies and their share of the cases, the largest first (its caseworker is measured).
const AGENCIES: [(Agency, u32); 7] = [
    (Agency::Kommune, 35),
    (Agency::Nav, 30),
    (Agency::Skatteetaten, 12),
    (Agency::Domstol, 10),
    (Agency::Helfo, 8),
    (Agency::Brreg, 4),
    (Agency::Lottstift, 1),
];

/// Each agency's services as `(journey, service)`, the most frequent first.
fn services(agency: Agency) -> &'static [(&'static str, &'static str)] {
    match agency {
        Agency::Kommune => &[
            ("fa-barn", "kindergarten"),
            ("ny-i-norge", "housing-allowance"),
            ("alvorlig-sykt-barn", "relief-care"),
            ("dodsfall-og-arv", "funeral-support"),
            ("starte-bedrift", "serving-licence"),
        ],
        Agency::Nav => &[
            ("fa-barn", "parental-benefit"),
            ("fa-barn", "child-benefit"),
            ("miste-jobb", "unemployment-benefit"),
            ("dodsfall-og-arv", "survivors-pension"),
            ("alvorlig-sykt-barn", "care-benefit"),
        ],
        Agency::Skatteetaten => &[
            ("fa-barn", "child-name"),
            ("ny-i-norge", "tax-card"),
            ("dodsfall-og-arv", "estate-tax"),
        ],
        Agency::Domstol => &[
            ("dodsfall-og-arv", "probate"),
            ("dodsfall-og-arv", "estate-settlement"),
        ],
        Agency::Helfo => &[
            ("ny-i-norge", "gp-registration"),
            ("alvorlig-sykt-barn", "gp-change"),
        ],
        Agency::Brreg => &[
            ("starte-bedrift", "company-registration"),
            ("frivillig-organisasjon", "voluntary-register"),
        ],
        Agency::Lottstift => &[("frivillig-organisasjon", "vat-compensation")],
        // The health service answers tasks; no service files a case with it.
        Agency::Helse => &[],
    }
}

const FIRST_NAMES: [&str; 40] = [
    "Kari", "Ola", "Ingrid", "Lars", "Nora", "Jonas", "Emma", "Sander", "Sara", "Magnus", "Ida",
    "Henrik", "Thea", "Emil", "Maja", "Tobias", "Sofie", "Mathias", "Ella", "Kristian", "Hanna",
    "Andreas", "Julie", "Martin", "Selma", "Sindre", "Vilde", "Eirik", "Astrid", "Håkon", "Linnea",
    "Even", "Frida", "Aksel", "Tiril", "Oskar", "Marte", "Johannes", "Ragnhild", "Petter",
];
const LAST_NAMES: [&str; 40] = [
    "Hansen",
    "Johansen",
    "Olsen",
    "Larsen",
    "Andersen",
    "Pedersen",
    "Nilsen",
    "Kristiansen",
    "Jensen",
    "Karlsen",
    "Johnsen",
    "Pettersen",
    "Eriksen",
    "Berg",
    "Haugen",
    "Hagen",
    "Johannessen",
    "Andreassen",
    "Jacobsen",
    "Dahl",
    "Jørgensen",
    "Halvorsen",
    "Henriksen",
    "Lund",
    "Sørensen",
    "Jakobsen",
    "Moen",
    "Gundersen",
    "Iversen",
    "Strand",
    "Solberg",
    "Svendsen",
    "Eide",
    "Knutsen",
    "Martinsen",
    "Paulsen",
    "Bakken",
    "Kristoffersen",
    "Mathisen",
    "Lie",
];

/// Citizens (each has several cases) and caseworkers per agency.
const CITIZENS: usize = 99_999;
const CASEWORKERS: usize = 25;
/// Cases per multi-row INSERT, and per transaction.
const BATCH: usize = 1_000;
const PER_TRANSACTION: usize = 20_000;
const WARM_UP: usize = 20;
const PAGE: usize = 25;
const TARGET_MS: f64 = 20.0;

macro_rules! on_pool {
    ($database:expr, $pool:ident => $body:expr) => {
        match $database {
            Database::Sqlite($pool) => $body,
            Database::Postgres($pool) => $body,
        }
    };
}

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

/// Crockford's base 32, as the portal's case numbers and references use.
const READABLE: &[u8] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// Eight readable characters of `i` scrambled (multiplying by an odd number is a bijection
/// modulo 2⁴⁰, so distinct numbers give distinct codes that look random).
fn code(i: u64, salt: u64) -> String {
    let x = (i.wrapping_add(salt)).wrapping_mul(0x9E37_79B9_7F4A_7C15 | 1) & ((1 << 40) - 1);
    (0..8)
        .map(|k| char::from(READABLE[((x >> (35 - 5 * k)) & 31) as usize]))
        .collect()
}

/// A statement of many rows: `template` is one row's values with `?` for each bound value.
struct Rows {
    head: String,
    template: &'static str,
    sql: String,
    binds: Vec<Option<String>>,
}

impl Rows {
    fn new(head: &str, template: &'static str) -> Rows {
        Rows {
            head: head.into(),
            template,
            sql: String::new(),
            binds: Vec::new(),
        }
    }

    fn push(&mut self, values: Vec<Option<String>>) {
        self.sql.push_str(if self.sql.is_empty() {
            " VALUES "
        } else {
            ", "
        });
        let mut parts = self.template.split('?');
        self.sql.push_str(parts.next().unwrap_or_default());
        for (part, value) in parts.zip(values) {
            self.binds.push(value);
            self.sql.push_str(&format!("${}", self.binds.len()));
            self.sql.push_str(part);
        }
    }

    fn take(&mut self) -> Option<(String, Vec<Option<String>>)> {
        if self.binds.is_empty() {
            return None;
        }
        let sql = format!("{}{}", self.head, std::mem::take(&mut self.sql));
        Some((sql, std::mem::take(&mut self.binds)))
    }
}

async fn run(
    database: &Database,
    statements: Vec<(String, Vec<Option<String>>)>,
) -> anyhow::Result<()> {
    on_pool!(database, pool => {
        let mut tx = pool.begin().await?;
        for (sql, binds) in &statements {
            let mut query = sqlx::query(sql);
            for bind in binds {
                query = query.bind(bind.as_deref());
            }
            query.execute(&mut *tx).await?;
        }
        tx.commit().await?;
    });
    Ok(())
}

fn s(text: impl Into<String>) -> Option<String> {
    Some(text.into())
}

/// What the measuring needs from the seeding: the caseworker and some references to search.
struct Seeded {
    caseworker: String,
    references: Vec<String>,
}

fn caseworker_pid(agency: usize, i: usize) -> String {
    format!("0101700{agency}{i:03}")
}

fn citizen_pid(i: usize, rng: &mut StdRng) -> String {
    format!(
        "{:02}{:02}{:02}{i:05}",
        rng.gen_range(1..=28),
        rng.gen_range(1..=12),
        rng.gen_range(0..=99)
    )
}

fn name(rng: &mut StdRng) -> String {
    format!(
        "{} {}",
        FIRST_NAMES[rng.gen_range(0..FIRST_NAMES.len())],
        LAST_NAMES[rng.gen_range(0..LAST_NAMES.len())]
    )
}

async fn seed(database: &Database, cases: usize, today: Date) -> anyhow::Result<Seeded> {
    let mut rng = StdRng::seed_from_u64(13);
    // People: the caseworkers of each agency, and the citizens.
    let mut people = Rows::new("INSERT INTO person (person_id, name)", "(?, ?)");
    let mut statements = Vec::new();
    for (a, _) in AGENCIES.iter().enumerate() {
        for i in 0..CASEWORKERS {
            people.push(vec![s(caseworker_pid(a, i)), s(name(&mut rng))]);
        }
    }
    statements.extend(people.take());
    let mut citizens = Vec::with_capacity(CITIZENS);
    for i in 0..CITIZENS {
        let citizen = (citizen_pid(i, &mut rng), name(&mut rng));
        people.push(vec![s(&citizen.0), s(&citizen.1)]);
        citizens.push(citizen);
        if (i + 1) % BATCH == 0 {
            statements.extend(people.take());
        }
    }
    statements.extend(people.take());
    run(database, statements).await?;

    let mut drafts = Rows::new(
        "INSERT INTO draft (draft_id, person_id, journey_id, journey_version, answers, \
         current_step, created_at, updated_at)",
        "(?, ?, ?, 1, '{}', 'done', ?, ?)",
    );
    let mut submissions = Rows::new(
        "INSERT INTO submission (reference, draft_id, person_id, journey_id, journey_version, \
         answers, submitted_at)",
        "(?, ?, ?, ?, 1, '{}', ?)",
    );
    let mut deliveries = Rows::new(
        "INSERT INTO delivery (delivery_id, reference, service_id, agency, operation, payload, \
         after_services, state, attempts, next_attempt_at, case_number, delivered_at, created_at)",
        "(?, ?, ?, ?, ?, '{}', '[]', 'delivered', 1, ?, ?, ?, ?)",
    );
    let mut inbox = Rows::new(
        "INSERT INTO inbox_case (inbox_case_id, delivery_id, agency, reference, service_id, \
         journey_id, citizen_pid, citizen_name, search_text, received_at, received_on, status, \
         assignee_pid, due_on, payload)",
        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    );
    let total: u32 = AGENCIES.iter().map(|(_, share)| share).sum();
    let now = Instant::now().unix_seconds();
    let span = 730 * 86_400;
    let mut references = Vec::new();
    let mut statements = Vec::new();
    let started = Clock::now();
    for i in 0..cases {
        // In arrival order, over the last two years.
        let seconds = now - span + (i as i64 * span) / cases.max(1) as i64;
        let received = Instant::from_unix_seconds(seconds).context("a time")?;
        let received_at = received.stored();
        let received_on = received.oslo_date().context("a date")?;
        let mut pick = rng.gen_range(0..total);
        let a = AGENCIES
            .iter()
            .position(|(_, share)| {
                let hit = pick < *share;
                pick = pick.saturating_sub(*share);
                hit
            })
            .unwrap_or(0);
        let agency = AGENCIES[a].0;
        let offered = services(agency);
        let skew: f64 = rng.gen::<f64>().powf(1.6);
        let (journey, service) = offered[((offered.len() as f64) * skew) as usize % offered.len()];
        let (pid, citizen) = &citizens[rng.gen_range(0..citizens.len())];
        let age = today.days() - received_on.days();
        let roll: f64 = rng.gen();
        let status = if age > 90 {
            match roll {
                r if r < 0.79 => CaseStatus::Approved,
                r if r < 0.93 => CaseStatus::Rejected,
                r if r < 0.97 => CaseStatus::InProgress,
                _ => CaseStatus::NeedsInformation,
            }
        } else if age > 30 {
            match roll {
                r if r < 0.40 => CaseStatus::Approved,
                r if r < 0.50 => CaseStatus::Rejected,
                r if r < 0.75 => CaseStatus::InProgress,
                r if r < 0.85 => CaseStatus::NeedsInformation,
                _ => CaseStatus::Received,
            }
        } else {
            match roll {
                r if r < 0.45 => CaseStatus::Received,
                r if r < 0.75 => CaseStatus::InProgress,
                r if r < 0.85 => CaseStatus::NeedsInformation,
                r if r < 0.97 => CaseStatus::Approved,
                _ => CaseStatus::Rejected,
            }
        };
        let assigned = if status == CaseStatus::Received {
            rng.gen_bool(0.1)
        } else {
            rng.gen_bool(0.97)
        };
        let assignee = assigned.then(|| caseworker_pid(a, rng.gen_range(0..CASEWORKERS)));
        let due_on = add_working_days(received_on, 20).unwrap_or(received_on);
        let case_id = format!("{}-{}", agency.id().to_uppercase(), code(i as u64, 7));
        let reference = format!("VV-{}-{}", received_on.year(), code(i as u64, 1 << 20));
        let delivery_id = format!("bench-{}", code(i as u64, 3 << 30));
        let draft_id = format!("bench-draft-{i}");
        if agency == AGENCIES[0].0 && references.len() < 1_000 && rng.gen_bool(0.01) {
            references.push(reference.clone());
        }
        let payload = serde_json::json!({
            "service": service,
            "citizen": { "pid": pid, "name": citizen },
            "answers": {
                "child_name": "Emma Nordmann", "child_birth_date": "2026-05-14",
                "start_date": "2026-08-15", "address": "Storgata 1, 0155 Oslo",
                "hours_per_week": 41, "siblings_in_kindergarten": false,
                "note": "Ønsker plass nær arbeidsstedet."
            },
            "sources": { "child_name": "folkeregisteret", "address": "folkeregisteret" }
        })
        .to_string();
        drafts.push(vec![
            s(&draft_id),
            s(pid),
            s(journey),
            s(&received_at),
            s(&received_at),
        ]);
        submissions.push(vec![
            s(&reference),
            s(&draft_id),
            s(pid),
            s(journey),
            s(&received_at),
        ]);
        deliveries.push(vec![
            s(&delivery_id),
            s(&reference),
            s(service),
            s(agency.id()),
            s(service),
            s(&received_at),
            s(&case_id),
            s(&received_at),
            s(&received_at),
        ]);
        inbox.push(vec![
            s(&case_id),
            s(&delivery_id),
            s(agency.id()),
            s(&reference),
            s(service),
            s(journey),
            s(pid),
            s(citizen),
            s(format!("{reference} {citizen} {pid}").to_lowercase()),
            s(&received_at),
            s(received_on.to_string()),
            s(status.as_str()),
            assignee,
            s(due_on.to_string()),
            s(payload),
        ]);
        if (i + 1) % BATCH == 0 || i + 1 == cases {
            for rows in [&mut drafts, &mut submissions, &mut deliveries, &mut inbox] {
                statements.extend(rows.take());
            }
        }
        if (i + 1) % PER_TRANSACTION == 0 || i + 1 == cases {
            run(database, std::mem::take(&mut statements)).await?;
            if (i + 1) % (PER_TRANSACTION * 10) == 0 {
                println!(
                    "  {} cases, {:.0} s",
                    i + 1,
                    started.elapsed().as_secs_f64()
                );
            }
        }
    }
    Ok(Seeded {
        caseworker: caseworker_pid(0, 0),
        references,
    })
}

/// Milliseconds of `runs` calls of `call` after a warm-up, sorted.
async fn time<F, Fut>(runs: usize, mut call: F) -> anyhow::Result<Vec<f64>>
where
    F: FnMut(usize) -> Fut,
    Fut: std::future::Future<Output = anyhow::Result<usize>>,
{
    for i in 0..WARM_UP {
        call(i).await?;
    }
    let mut times = Vec::with_capacity(runs);
    for i in 0..runs {
        let started = Clock::now();
        call(i).await?;
        times.push(started.elapsed().as_secs_f64() * 1_000.0);
    }
    times.sort_by(f64::total_cmp);
    Ok(times)
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted.get(index).copied().unwrap_or_default()
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

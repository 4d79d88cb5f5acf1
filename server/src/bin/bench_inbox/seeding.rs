//! Seeding: the people and N cases (a draft, a submission, a delivery and an inbox case each)
//! written into the database in multi-row INSERTs, a batch of statements per transaction.

use crate::data::{caseworker_pid, citizen_pid, name, services, AGENCIES, CASEWORKERS, CITIZENS};
use anyhow::Context;
use app::{
    domain::{deadline::add_working_days, CaseStatus, Instant},
    journey::Date,
};
use rand::{rngs::StdRng, Rng, SeedableRng};
use server::storage::Database;
use std::time::Instant as Clock;

/// Cases per multi-row INSERT, and per transaction.
const BATCH: usize = 1_000;
const PER_TRANSACTION: usize = 20_000;

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
pub(super) struct Seeded {
    pub(super) caseworker: String,
    pub(super) references: Vec<String>,
}

pub(super) async fn seed(database: &Database, cases: usize, today: Date) -> anyhow::Result<Seeded> {
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

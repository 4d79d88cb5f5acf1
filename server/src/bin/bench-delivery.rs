//! Delivery benchmark: submits N submissions, each calling three independent agencies (NAV,
//! Skatteetaten, the municipality) that answer after L ms, against the embedded simulator over
//! real HTTP, and prints submissions per second and the p50/p99 time from submit until every
//! agency has acknowledged. Independent calls go out in parallel, so p50 should stay near L.
//!
//! cargo run --release -p server --bin bench-delivery -- [--submissions N] [--latency-ms L] [--rate PER_SECOND]

use anyhow::Context;
use app::{
    domain::DeliveryState,
    journey::{flow::ServiceCall, Agency, Answers},
};
use server::{
    config::Config,
    startup::Application,
    storage::{Database, NewDraft},
};
use std::{collections::HashMap, time::Duration};

fn argument(args: &[String], name: &str, default: u64) -> anyhow::Result<u64> {
    match args.iter().position(|a| a == name) {
        Some(i) => args
            .get(i + 1)
            .context(format!("{name} needs a value"))?
            .parse()
            .context(format!("{name} must be a whole number")),
        None => Ok(default),
    }
}

fn percentile(sorted: &[i64], p: f64) -> i64 {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted.get(index).copied().unwrap_or_default()
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let submissions = argument(&args, "--submissions", 200)?;
    let latency = argument(&args, "--latency-ms", 50)?;
    let rate = argument(&args, "--rate", 20)?.max(1);

    let dir = std::env::temp_dir().join(format!("veiviser-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let database_url = format!("sqlite://{}/bench.db", dir.display());
    let vars: HashMap<&str, String> = HashMap::from([
        ("DATABASE_URL", database_url.clone()),
        ("LEPTOS_SITE_ADDR", "127.0.0.1:0".into()),
        ("VEIVISER_DELIVERY_POLL_MS", "5".into()),
        ("VEIVISER_SIMULATOR_STEP_MS", "600000".into()),
    ]);
    let config =
        Config::from_lookup(|name| vars.get(name).cloned().or_else(|| std::env::var(name).ok()))?;
    let app = Application::build(config).await?;
    let base = format!("http://{}", app.address());
    tokio::spawn(app.run_until_stopped());

    let client = reqwest::Client::new();
    let agencies = [Agency::Nav, Agency::Skatteetaten, Agency::Kommune];
    for agency in agencies {
        client
            .put(format!("{base}/sim/admin/faults/{}", agency.id()))
            .bearer_auth("simulator-token")
            .json(&serde_json::json!({ "latency_ms": latency }))
            .send()
            .await?
            .error_for_status()?;
    }

    let database = Database::connect(&database_url).await?;
    let person = server::identity::population::population()[0]
        .pid
        .to_string();
    let calls: Vec<ServiceCall> = agencies
        .iter()
        .map(|agency| ServiceCall {
            service: format!("bench-{}", agency.id()),
            agency: *agency,
            operation: match agency {
                Agency::Nav => "child-benefit",
                Agency::Skatteetaten => "child-name",
                _ => "kindergarten",
            }
            .into(),
            after: Vec::new(),
            payload: serde_json::json!({ "benchmark": true }),
        })
        .collect();
    println!("submitting {submissions} submissions at {rate}/s, three independent agencies at {latency} ms each");
    let started = std::time::Instant::now();
    let mut references = Vec::new();
    let mut ticker = tokio::time::interval(Duration::from_secs_f64(1.0 / rate as f64));
    for i in 0..submissions {
        ticker.tick().await;
        let draft_id = format!("bench-{i}");
        database
            .drafts()
            .create(NewDraft {
                person_id: &person,
                draft_id: &draft_id,
                journey_id: "fa-barn",
                journey_version: 3,
                first_step: "child",
                answers: &Answers::default(),
                sources: &Default::default(),
                preview_as: None,
            })
            .await?;
        let draft = database
            .drafts()
            .get(&person, &draft_id)
            .await?
            .context("the draft")?;
        references.push(
            database
                .submissions()
                .submit(&person, &draft, &Answers::default(), &calls)
                .await?,
        );
    }
    // Every submission is durable (committed) here; the agencies may still be working.
    let submitted_in = started.elapsed();
    // Wait for every call to be acknowledged.
    loop {
        let mut pending = 0;
        for reference in &references {
            pending += database
                .outbox()
                .of_submission(reference)
                .await?
                .iter()
                .filter(|d| d.state != DeliveryState::Delivered)
                .count();
        }
        if pending == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let elapsed = started.elapsed();
    let mut latencies = Vec::new();
    for reference in &references {
        let submitted = database
            .submissions()
            .get(&person, reference)
            .await?
            .context("submission")?
            .submitted_at;
        let done = database
            .outbox()
            .of_submission(reference)
            .await?
            .iter()
            .filter_map(|d| d.delivered_at)
            .max()
            .context("delivered")?;
        let latency = done.since(submitted).unwrap_or_default();
        latencies.push(i64::try_from(latency.as_millis()).unwrap_or(i64::MAX));
    }
    latencies.sort_unstable();
    println!("submissions:            {submissions}");
    println!("agency latency:         {latency} ms (three independent agencies)");
    println!("wall time:              {:.2} s", elapsed.as_secs_f64());
    println!(
        "submissions per second: {:.1}",
        submissions as f64 / elapsed.as_secs_f64()
    );
    println!(
        "durable submits per second: {:.1} (offered {rate}/s; each a draft written, read and submitted)",
        submissions as f64 / submitted_in.as_secs_f64()
    );
    println!(
        "submit → all acknowledged: p50 {} ms, p99 {} ms, max {} ms",
        percentile(&latencies, 0.5),
        percentile(&latencies, 0.99),
        latencies.last().copied().unwrap_or_default()
    );
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}

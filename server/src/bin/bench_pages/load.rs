//! The load: `concurrency` workers, each with its own HTTP client (own connection), send one
//! scenario's request back to back for a fixed time. Worker `w` takes citizens `w`, `w + c`,
//! `w + 2c`, … in turn (round-robin), sending that citizen's session cookie, so two workers
//! never act for one citizen at once while the concurrency divides the number of citizens.

use crate::citizens::Citizen;
use reqwest::{header, redirect::Policy, Client};
use std::{
    collections::BTreeMap,
    sync::Arc,
    time::{Duration, Instant},
};

#[derive(Clone, Copy)]
pub enum Scenario {
    /// GET a step page (Få barn's step with one yes/no question).
    Step,
    /// POST step 1's answer, which answers 303 to the next step.
    Answer,
    /// GET *check your answers*.
    Check,
}

impl Scenario {
    pub fn label(self) -> &'static str {
        match self {
            Scenario::Step => "GET a step page",
            Scenario::Answer => "POST an answer → 303",
            Scenario::Check => "GET check your answers",
        }
    }
}

pub struct Report {
    pub requests: usize,
    pub per_second: f64,
    pub p50_ms: f64,
    pub p99_ms: f64,
    /// Failures by what went wrong (a status outside 2xx/3xx, a refused answer, a broken
    /// connection), with how many.
    pub errors: BTreeMap<String, usize>,
}

#[derive(Default)]
struct Tally {
    latencies_us: Vec<u64>,
    errors: BTreeMap<String, usize>,
}

/// The path of the step page the GET scenario reads.
pub const STEP: &str = "parental-benefit";

async fn once(
    client: &Client,
    base: &str,
    citizen: &Citizen,
    scenario: Scenario,
) -> Option<String> {
    let request = match scenario {
        Scenario::Step => client.get(format!("{base}{}/{STEP}", citizen.draft)),
        Scenario::Check => client.get(format!("{base}{}/check", citizen.draft)),
        Scenario::Answer => client
            .post(format!("{base}{}/child", citizen.draft))
            .form(&citizen.first_step),
    };
    let response = match request.header(header::COOKIE, &citizen.cookie).send().await {
        Ok(response) => response,
        Err(error) => return Some(format!("request failed: {error}")),
    };
    let status = response.status();
    let refused = response
        .headers()
        .get(header::LOCATION)
        .and_then(|l| l.to_str().ok())
        .is_some_and(|l| l.contains("invalid=1") || l.contains("/login"));
    if let Err(error) = response.bytes().await {
        return Some(format!("body failed: {error}"));
    }
    if !(status.is_success() || status.is_redirection()) {
        Some(format!("status {}", status.as_u16()))
    } else if refused {
        Some("redirected to a refusal or the login".into())
    } else {
        None
    }
}

async fn worker(
    base: Arc<str>,
    citizens: Arc<Vec<Citizen>>,
    scenario: Scenario,
    (index, concurrency): (usize, usize),
    until: Instant,
) -> anyhow::Result<Tally> {
    let client = Client::builder().redirect(Policy::none()).build()?;
    let mut tally = Tally::default();
    let mut next = index;
    while Instant::now() < until {
        let citizen = &citizens[next % citizens.len()];
        next += concurrency;
        let sent = Instant::now();
        let failure = once(&client, &base, citizen, scenario).await;
        let elapsed = u64::try_from(sent.elapsed().as_micros()).unwrap_or(u64::MAX);
        tally.latencies_us.push(elapsed);
        if let Some(failure) = failure {
            *tally.errors.entry(failure).or_default() += 1;
        }
    }
    Ok(tally)
}

fn percentile_ms(sorted_us: &[u64], fraction: f64) -> f64 {
    let index = ((sorted_us.len() as f64 - 1.0) * fraction).round() as usize;
    sorted_us.get(index).copied().unwrap_or_default() as f64 / 1000.0
}

pub async fn run(
    base: &str,
    citizens: &Arc<Vec<Citizen>>,
    scenario: Scenario,
    concurrency: usize,
    duration: Duration,
) -> anyhow::Result<Report> {
    let base: Arc<str> = base.into();
    let started = Instant::now();
    let until = started + duration;
    let workers: Vec<_> = (0..concurrency)
        .map(|index| {
            let place = (index, concurrency);
            tokio::spawn(worker(
                base.clone(),
                citizens.clone(),
                scenario,
                place,
                until,
            ))
        })
        .collect();
    let mut all = Tally::default();
    for handle in workers {
        let tally = handle.await??;
        all.latencies_us.extend(tally.latencies_us);
        for (failure, count) in tally.errors {
            *all.errors.entry(failure).or_default() += count;
        }
    }
    let elapsed = started.elapsed().as_secs_f64();
    all.latencies_us.sort_unstable();
    Ok(Report {
        requests: all.latencies_us.len(),
        per_second: all.latencies_us.len() as f64 / elapsed,
        p50_ms: percentile_ms(&all.latencies_us, 0.5),
        p99_ms: percentile_ms(&all.latencies_us, 0.99),
        errors: all.errors,
    })
}

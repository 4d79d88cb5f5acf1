//! Page benchmark (issue 14): starts the release portal as a child process on a fresh SQLite
//! database, logs in 64 citizens through the embedded provider, walks each one's Få barn draft
//! to *check your answers*, then for each scenario — GET a step page, POST step 1's answer (303),
//! GET *check your answers* — and each concurrency sends requests for a fixed time and prints
//! requests per second, p50 and p99, and errors; then the portal's peak resident memory and the
//! page weights of the landing page, a step and *check your answers*.
//!
//! cargo leptos build --release --precompress --bin-cargo-args="--bin=bench-pages"
//! cargo run --release -p server --bin bench-pages -- [--seconds S] [--citizens N]
//!     [--concurrency 1,16,64] [--server PATH] [--site-root DIR]
//!
//! The build makes the site (hashed, precompressed assets, so the weights are a release build's)
//! and both binaries. The load generator shares the machine with the portal, on one thread, as
//! `wrk -t1` would.
//! Delivery (submit → every agency acknowledged) is `bench-delivery`'s figure.

mod citizens;
mod load;
mod portal;
mod weight;

use anyhow::Context;
use load::Scenario;
use std::{
    path::{Path, PathBuf},
    sync::Arc,
    time::Duration,
};

/// The targets of issue 14, printed beside the figures.
const TARGETS: [(&str, &str); 4] = [
    ("GET a step page", "≥ 5 000 req/s at c=64, p99 ≤ 20 ms"),
    ("POST an answer → 303", "≥ 3 000 req/s at c=64, p99 ≤ 30 ms"),
    (
        "GET check your answers",
        "≥ 5 000 req/s at c=64, p99 ≤ 20 ms",
    ),
    (
        "memory",
        "resident ≤ 64 MB under load; startup to ready ≤ 1 s",
    ),
];

struct Options {
    seconds: u64,
    citizens: usize,
    concurrency: Vec<usize>,
    server: PathBuf,
    site_root: PathBuf,
}

fn option(args: &[String], name: &str) -> anyhow::Result<Option<String>> {
    args.iter()
        .position(|a| a == name)
        .map(|i| {
            args.get(i + 1)
                .cloned()
                .context(format!("{name} needs a value"))
        })
        .transpose()
}

impl Options {
    fn parse(args: &[String]) -> anyhow::Result<Self> {
        let exe = std::env::current_exe()?;
        let dir = exe.parent().context("the binary's folder")?;
        let whole = |name: &str, default: usize| -> anyhow::Result<usize> {
            option(args, name)?.map_or(Ok(default), |v| {
                v.parse().context(format!("{name} must be a whole number"))
            })
        };
        let concurrency = match option(args, "--concurrency")? {
            Some(list) => list
                .split(',')
                .map(|c| {
                    c.trim()
                        .parse()
                        .context("--concurrency takes numbers like 1,16,64")
                })
                .collect::<anyhow::Result<_>>()?,
            None => vec![1, 16, 64],
        };
        // cargo-leptos writes the site to the workspace's `target/site`, even when the build
        // itself goes to another CARGO_TARGET_DIR.
        let root = Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .context("the workspace root")?;
        let site_root =
            option(args, "--site-root")?.map_or_else(|| root.join("target/site"), PathBuf::from);
        Ok(Options {
            seconds: whole("--seconds", 15)? as u64,
            citizens: whole("--citizens", 64)?.max(1),
            concurrency,
            server: option(args, "--server")?.map_or_else(|| dir.join("server"), PathBuf::from),
            site_root,
        })
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let options = Options::parse(&args)?;
    let (portal, ready) = portal::Portal::start(&options.server, &options.site_root).await?;
    println!(
        "portal {} ({}), site {}",
        portal.base,
        options.server.display(),
        options.site_root.display()
    );
    println!(
        "startup to ready: {} ms (target ≤ 1 000 ms)",
        ready.as_millis()
    );

    let mut prepared = Vec::new();
    for pid in citizens::identity_numbers(options.citizens) {
        let citizen = citizens::prepare(&portal.base, &pid)
            .await
            .with_context(|| format!("preparing citizen {pid}"))?;
        prepared.push(citizen);
    }
    let citizens = Arc::new(prepared);
    let first = &citizens[0];
    let check = reqwest::Client::new()
        .get(format!("{}{}/check", portal.base, first.draft))
        .header(reqwest::header::COOKIE, &first.cookie)
        .send()
        .await?
        .text()
        .await?;
    println!(
        "{} citizens logged in, each with a Få barn draft at check your answers ({} rows)",
        citizens.len(),
        check.matches("<dt").count()
    );

    println!(
        "\n{} s per run; step page `{}`; p50/p99 in ms",
        options.seconds,
        load::STEP
    );
    println!(
        "{:<24} {:>4} {:>9} {:>9} {:>8} {:>8} {:>7}",
        "scenario", "c", "requests", "req/s", "p50", "p99", "errors"
    );
    let mut failures = Vec::new();
    // The POST runs last: it saves step 1 again, which the GETs need not see.
    for scenario in [Scenario::Step, Scenario::Check, Scenario::Answer] {
        for &concurrency in &options.concurrency {
            let duration = Duration::from_secs(options.seconds);
            let report =
                load::run(&portal.base, &citizens, scenario, concurrency, duration).await?;
            let errors: usize = report.errors.values().sum();
            println!(
                "{:<24} {:>4} {:>9} {:>9.0} {:>8.1} {:>8.1} {:>7}",
                scenario.label(),
                concurrency,
                report.requests,
                report.per_second,
                report.p50_ms,
                report.p99_ms,
                errors
            );
            for (failure, count) in report.errors {
                failures.push(format!(
                    "{} c={concurrency}: {count} × {failure}",
                    scenario.label()
                ));
            }
        }
    }
    match portal.peak_rss_kib() {
        Some(kib) => println!(
            "peak resident memory (VmHWM): {:.1} MB",
            kib as f64 * 1.024 / 1000.0
        ),
        None => println!("peak resident memory: not readable"),
    }
    println!("\ntargets (issue 14):");
    for (what, target) in TARGETS {
        println!("  {what:<24} {target}");
    }
    if !failures.is_empty() {
        println!("\nERRORS — these runs are not results:");
        for failure in &failures {
            println!("  {failure}");
        }
        println!("the portal's log:\n{}", portal.log());
    }

    let site = &options.site_root;
    weight::print(&portal.base, site, None, "landing page", "/").await?;
    let step = format!("{}/{}", first.draft, load::STEP);
    let cookie = Some(first.cookie.as_str());
    weight::print(&portal.base, site, cookie, "a step page", &step).await?;
    let check = format!("{}/check", first.draft);
    weight::print(&portal.base, site, cookie, "check your answers", &check).await?;
    println!("(a resource the server sent uncompressed counts at its raw size in the totals)");
    if failures.is_empty() {
        Ok(())
    } else {
        anyhow::bail!("{} runs had errors", failures.len())
    }
}

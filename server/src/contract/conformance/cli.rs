//! `server conformance --agency <url> [--token T] [--id <agency>] [--operation <op>]
//! [--callback-key K] [--listen ADDR] [--callback-url URL] [--timeout SECS] [--wait SECS]`: the
//! kit from a terminal, for a vendor. `--agency` is the service's base address as a connector
//! holds it; its last segment is taken as the agency's id when it is one
//! (`…/sim/agencies/nav`). The operation is `--operation`, or the first of the agency's in the
//! journeys under `journeys/` (or `VEIVISER_JOURNEYS_DIR`). It prints one line a rule (`PASS`,
//! `FAIL`, `SKIP`, the rule and what was seen) and exits 1 when a rule failed, 2 on bad usage.

use super::{failures, listener::listen, run, StaticToken, Target};
use app::journey::Agency;
use std::{process::ExitCode, time::Duration};

const USAGE: &str = "usage: server conformance --agency <base url> [--token T] [--id <agency>] \
                     [--operation <op>] [--callback-key K] [--listen ADDR] [--callback-url URL] \
                     [--timeout SECS] [--wait SECS]";

fn usage(why: &str) -> ExitCode {
    eprintln!("{why}\n{USAGE}");
    ExitCode::from(2)
}

/// The first operation the shipped journeys call at `agency`.
fn operation_of(agency: Agency) -> Option<String> {
    let dir = std::env::var("VEIVISER_JOURNEYS_DIR").unwrap_or_else(|_| "journeys".into());
    let catalog = crate::journeys::load(std::path::Path::new(&dir)).ok()?;
    super::first_operation(&catalog, agency)
}

pub async fn main(args: &[String]) -> ExitCode {
    let mut options = std::collections::HashMap::new();
    let mut rest = args.iter();
    while let Some(flag) = rest.next() {
        let Some(name) = flag.strip_prefix("--") else {
            return usage(&format!("unexpected `{flag}`"));
        };
        let Some(value) = rest.next() else {
            return usage(&format!("`{flag}` needs a value"));
        };
        options.insert(name.to_string(), value.clone());
    }
    let Some(mut base) = options
        .remove("agency")
        .map(|b| b.trim_end_matches('/').to_string())
    else {
        return usage("--agency is required");
    };
    let agency = match options.remove("id") {
        Some(id) => Agency::parse(&id),
        None => {
            let last = base.rsplit('/').next().and_then(Agency::parse);
            if let Some(agency) = last {
                base.truncate(base.len() - agency.id().len() - 1);
            }
            last
        }
    };
    let Some(agency) = agency else {
        return usage("give --id <agency> (nav, skatteetaten, …), or end --agency with it");
    };
    let env = |name: &str| {
        std::env::var(format!("{name}_{}", agency.id().to_uppercase()))
            .or_else(|_| std::env::var(name))
            .ok()
    };
    let Some(operation) = options.remove("operation").or_else(|| operation_of(agency)) else {
        return usage("give --operation: one of the service's operations");
    };
    let seconds = |name: &str, default: u64| -> Option<Duration> {
        match options.get(name) {
            Some(value) => value.parse().ok().map(Duration::from_secs),
            None => Some(Duration::from_secs(default)),
        }
    };
    let (Some(timeout), Some(wait)) = (seconds("timeout", 10), seconds("wait", 30)) else {
        return usage("--timeout and --wait are whole seconds");
    };
    let address = options
        .remove("listen")
        .unwrap_or_else(|| "127.0.0.1:0".into());
    let Ok(address) = address.parse::<std::net::SocketAddr>() else {
        return usage("--listen is an address with a port (127.0.0.1:0)");
    };
    let listener = match listen(address, options.remove("callback-url")).await {
        Ok(listener) => listener,
        Err(error) => {
            eprintln!("cannot listen for callbacks on {address}: {error}");
            return ExitCode::FAILURE;
        }
    };
    let token = options
        .remove("token")
        .or_else(|| env("VEIVISER_AGENCY_TOKEN"))
        .unwrap_or_default();
    let target = Target {
        base,
        agency: agency.id().into(),
        operation,
        timeout,
        callback_wait: wait,
        callback_key: options
            .remove("callback-key")
            .or_else(|| env("VEIVISER_CALLBACK_SECRET")),
    };
    println!(
        "conformance of {} (agency {}, operation {}) with the agency contract v1",
        target.base, target.agency, target.operation
    );
    let client = reqwest::Client::new();
    let outcomes = run(&client, &target, &StaticToken(token), &listener).await;
    for outcome in &outcomes {
        println!(
            "{} {} — {}",
            outcome.verdict.word(),
            outcome.rule,
            outcome.detail
        );
    }
    let failed = failures(&outcomes);
    let skipped = outcomes
        .iter()
        .filter(|o| o.verdict == app::pages::admin::model::Verdict::Skipped)
        .count();
    println!(
        "{} passed, {failed} failed, {skipped} skipped",
        outcomes.len() - failed - skipped
    );
    if failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

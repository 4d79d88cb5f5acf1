//! The `server` binary: `server` runs the portal; `server check-journeys [DIR]` checks journey
//! definitions without starting anything (for agencies' own CI); `server deliveries` lists the
//! agency calls not delivered yet and `server retry-delivery <id>` sends a dead-lettered one again,
//! `server retry-delivery --agency <agency> --since <time>` all of an agency's, or all dead since
//! a time, or both (for operators); `server grant-operator <pid>` and `server revoke-operator
//! <pid>` give and take the operator role (platform staff: every agency's deliveries page, no case
//! contents); `server verify-audit` checks the chain of caseworkers' reads and names the first
//! record that is not as written (for auditors); `server export-journey <id> [--version N]`,
//! `server import-journey <file>` and `server publish-journey <id>` move journey versions between
//! files and the database (`journeys::commands`); `server openapi` prints the agency contract's
//! OpenAPI document and `server conformance --agency <url>` tries an agency's service against
//! it (`contract`). Everything else is in the library.

use server::{config::Config, journeys, startup::Application, storage::Database, telemetry};
use std::process::ExitCode;

/// The configured database, migrated, for the commands.
async fn database() -> anyhow::Result<Database> {
    let config = Config::from_env()?;
    let database = Database::connect(&config.database_url).await?;
    database
        .migrate(&server::storage::redact(&config.database_url))
        .await?;
    Ok(database)
}

const OPERATOR_USAGE: &str =
    "usage: server grant-operator <identity number> | revoke-operator <identity number>";

/// `server grant-operator <pid>` / `revoke-operator <pid>`: the role is read from the table at
/// each request, so it holds (or ends) at the person's next page, without a new login.
async fn operator_command(args: &[String]) -> anyhow::Result<()> {
    use app::{auth::PlatformRole, journey::IdentityNumber};
    let [command, pid] = args else {
        anyhow::bail!(OPERATOR_USAGE)
    };
    let pid = IdentityNumber::parse(pid).map_err(|error| anyhow::anyhow!("`{pid}`: {error}"))?;
    let database = database().await?;
    let people = database.people();
    let pid = pid.as_str();
    let changed = match command.as_str() {
        "grant-operator" => people.grant(pid, PlatformRole::Operator).await?,
        _ => people.revoke(pid, PlatformRole::Operator).await?,
    };
    match (command.as_str(), changed) {
        ("grant-operator", true) => println!("{pid} is an operator"),
        ("grant-operator", false) => println!("{pid} was an operator already"),
        (_, true) => println!("{pid} is no longer an operator"),
        (_, false) => println!("{pid} was not an operator"),
    }
    Ok(())
}

/// A command's outcome as the process's: its error on one line.
fn exit(result: anyhow::Result<()>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("veiviser: {error:#}");
            ExitCode::FAILURE
        }
    }
}

/// The operator commands on the outbox, against the configured database.
async fn outbox_command(args: &[String]) -> anyhow::Result<()> {
    let database = database().await?;
    match args.first().map(String::as_str) {
        Some("retry-delivery") => {
            let filter = retry_filter(&args[1..])?;
            let queued = database.outbox().retry_dead(&filter).await?;
            match &filter.id {
                Some(id) if !queued.contains(id) => {
                    anyhow::bail!("{id}: no dead-lettered call with that id")
                }
                Some(id) => {
                    println!("{id}: queued again");
                    if queued.len() > 1 {
                        println!("and {} calls that need it", queued.len() - 1);
                    }
                }
                None if queued.len() == 1 => println!("1 call queued again"),
                None => println!("{} calls queued again", queued.len()),
            }
            Ok(())
        }
        _ => {
            let calls = database.outbox().undelivered().await?;
            if calls.is_empty() {
                println!("every call is delivered");
            }
            for call in calls {
                println!(
                    "{}\t{}\t{}\tattempts {}\t{}",
                    call.id,
                    call.agency,
                    call.state,
                    call.attempts,
                    call.last_error.unwrap_or_default()
                );
            }
            Ok(())
        }
    }
}

/// `server verify-audit`: checks the access log's hash chain; an error names the first broken
/// record.
async fn verify_audit() -> anyhow::Result<()> {
    let database = database().await?;
    match database.case_access().verify().await? {
        server::storage::Verdict::Intact(records) => {
            println!("the access log is intact: {records} records");
            Ok(())
        }
        server::storage::Verdict::Broken { record, reason } => {
            anyhow::bail!("the access log is broken at record {record}: {reason}")
        }
    }
}

/// The journey version commands: what they print goes to stdout (an export's TOML as stored).
async fn journey_command(args: &[String]) -> anyhow::Result<()> {
    let database = database().await?;
    let said = journeys::commands::run(&database, args).await?;
    if said.ends_with('\n') {
        print!("{said}");
    } else {
        println!("{said}");
    }
    Ok(())
}

const RETRY_USAGE: &str =
    "usage: server retry-delivery <call id> | retry-delivery [--agency <agency>] [--since <RFC 3339 time>]";

/// `<id>`, or `--agency <agency>` and/or `--since <time>`.
fn retry_filter(args: &[String]) -> anyhow::Result<server::storage::RetryFilter> {
    let mut filter = server::storage::RetryFilter::default();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--agency" => {
                let agency = args.next().ok_or_else(|| anyhow::anyhow!(RETRY_USAGE))?;
                if app::journey::Agency::parse(agency).is_none() {
                    anyhow::bail!("--agency: no agency `{agency}`");
                }
                filter.agency = Some(agency.clone());
            }
            "--since" => {
                let raw = args.next().ok_or_else(|| anyhow::anyhow!(RETRY_USAGE))?;
                let since = app::domain::Instant::parse(raw).map_err(|_| {
                    anyhow::anyhow!("--since must be an RFC 3339 time such as 2026-11-23T10:00:00Z, not `{raw}`")
                })?;
                filter.since = Some(since);
            }
            id if !id.starts_with("--") && filter.id.is_none() => filter.id = Some(id.to_string()),
            _ => anyhow::bail!(RETRY_USAGE),
        }
    }
    let by_id = filter.id.is_some();
    let in_bulk = filter.agency.is_some() || filter.since.is_some();
    if by_id == in_bulk {
        anyhow::bail!(RETRY_USAGE);
    }
    Ok(filter)
}

#[tokio::main]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("check-journeys") {
        let dir = args.get(1).map_or("journeys", String::as_str);
        return match journeys::load(dir.as_ref()) {
            Ok(catalog) => {
                for warning in catalog.warnings() {
                    eprintln!("warning: {warning}");
                }
                println!("{dir}: {} journeys, all valid", catalog.journeys().len());
                ExitCode::SUCCESS
            }
            Err(error) => {
                eprintln!("{error}");
                ExitCode::FAILURE
            }
        };
    }

    match args.first().map(String::as_str) {
        Some("openapi") => {
            // With the public address configured (the published copy uses the example one).
            let public = std::env::var("VEIVISER_PUBLIC_URL")
                .unwrap_or_else(|_| "https://veiviser.example".into());
            let document = server::contract::openapi::document(&public);
            println!(
                "{}",
                serde_json::to_string_pretty(&document).unwrap_or_default()
            );
            return ExitCode::SUCCESS;
        }
        Some("conformance") => return server::contract::conformance::cli::main(&args[1..]).await,
        Some("deliveries" | "retry-delivery") => return exit(outbox_command(&args).await),
        Some("grant-operator" | "revoke-operator") => return exit(operator_command(&args).await),
        Some("verify-audit") => return exit(verify_audit().await),
        Some("export-journey" | "import-journey" | "publish-journey") => {
            return exit(journey_command(&args).await)
        }
        _ => {}
    }

    telemetry::init();
    let started = async {
        let config = Config::from_env()?;
        let application = Application::build(config).await?;
        tracing::info!(address = %application.address(), "Veiviser is listening");
        application.run_until_stopped().await?;
        anyhow::Ok(())
    };
    match started.await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            // One line an operator can act on, not a trace: `{:#}` joins the cause chain.
            tracing::error!("{error:#}");
            eprintln!("veiviser: {error:#}");
            ExitCode::FAILURE
        }
    }
}

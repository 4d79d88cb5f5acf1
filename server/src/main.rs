//! The `server` binary: `server` runs the portal; `server check-journeys [DIR]` checks journey
//! definitions without starting anything (for agencies' own CI); `server deliveries` lists the
//! agency calls not delivered yet and `server retry-delivery <id>` sends a dead-lettered one again
//! (for operators). Everything else is in the library.

use server::{config::Config, journeys, startup::Application, storage::Database, telemetry};
use std::process::ExitCode;

/// The operator commands on the outbox, against the configured database.
async fn outbox_command(args: &[String]) -> anyhow::Result<()> {
    let config = Config::from_env()?;
    let database = Database::connect(&config.database_url).await?;
    database
        .migrate(&server::storage::redact(&config.database_url))
        .await?;
    match (args.first().map(String::as_str), args.get(1)) {
        (Some("retry-delivery"), Some(id)) => {
            if database.retry_delivery(id).await? {
                println!("{id}: queued again");
                Ok(())
            } else {
                anyhow::bail!("{id}: no dead-lettered call with that id")
            }
        }
        (Some("retry-delivery"), None) => anyhow::bail!("usage: server retry-delivery <call id>"),
        _ => {
            let calls = database.undelivered().await?;
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

#[tokio::main]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("check-journeys") {
        let dir = args.get(1).map_or("journeys", String::as_str);
        return match journeys::load(dir.as_ref()) {
            Ok(catalog) => {
                println!("{dir}: {} journeys, all valid", catalog.journeys().len());
                ExitCode::SUCCESS
            }
            Err(error) => {
                eprintln!("{error}");
                ExitCode::FAILURE
            }
        };
    }

    if matches!(
        args.first().map(String::as_str),
        Some("deliveries" | "retry-delivery")
    ) {
        return match outbox_command(&args).await {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("veiviser: {error:#}");
                ExitCode::FAILURE
            }
        };
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

//! The `server` binary: `server` runs the portal; `server check-journeys [DIR]` checks journey
//! definitions without starting anything (for agencies' own CI). Everything else is in the library.

use server::{config::Config, journeys, startup::Application, telemetry};
use std::process::ExitCode;

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

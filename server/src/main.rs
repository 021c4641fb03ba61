//! `server`: the e-Westhoek command line.

use anyhow::Context;
use clap::{Parser, Subcommand};
use server::config::Settings;
use server::startup::{self, Application};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "server",
    version,
    about = "e-Westhoek: the regional e-loket of the Westhoek"
)]
struct Cli {
    /// Configuration file laid over the built-in defaults.
    #[arg(long, env = "APP_CONFIG", global = true)]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the portal (the default).
    Serve,
    /// Apply pending database migrations and stop.
    Migrate,
    /// Load the seed data (the 18 municipalities); safe to repeat.
    Seed,
    /// Ask the running server for /readyz; exit 0 when it is ready (for containers).
    Healthcheck,
    /// Switch a municipality on or off.
    Municipality {
        #[command(subcommand)]
        action: MunicipalityAction,
    },
}

#[derive(Subcommand)]
enum MunicipalityAction {
    /// Show the municipality to citizens.
    Enable { slug: String },
    /// Hide the municipality from citizens.
    Disable { slug: String },
}

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    let settings = match Settings::load(cli.config.as_deref()) {
        Ok(settings) => settings,
        Err(error) => {
            eprintln!("configuration error: {error:#}");
            return ExitCode::FAILURE;
        }
    };
    server::telemetry::init(&settings.log);
    match run(cli.command.unwrap_or(Command::Serve), settings).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            tracing::error!("{error:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run(command: Command, settings: Settings) -> anyhow::Result<()> {
    match command {
        Command::Healthcheck => {
            let addr = leptos_options()?.site_addr;
            server::health::check_ready(addr).await?;
        }
        Command::Serve => {
            let options = leptos_options()?;
            let addr = options.site_addr;
            let app = Application::build(&settings, options, addr).await?;
            tracing::info!(
                address = %app.local_addr()?,
                database = %settings.database_url_for_logs(),
                demo = settings.site.demo,
                "e-Westhoek is listening"
            );
            app.run_until_stopped().await?;
        }
        Command::Migrate => {
            let db = startup::connect(&settings).await?;
            db::migrate(&db).await.context("migrating")?;
            tracing::info!("migrations applied");
        }
        Command::Seed => {
            let db = startup::connect(&settings).await?;
            db::migrate(&db).await.context("migrating")?;
            let inserted = db::seed::seed(&db).await?;
            tracing::info!(inserted, "seed data loaded");
        }
        Command::Municipality { action } => {
            let db = startup::connect(&settings).await?;
            let (slug, active) = match action {
                MunicipalityAction::Enable { slug } => (slug, true),
                MunicipalityAction::Disable { slug } => (slug, false),
            };
            if !db::municipalities::set_active(&db, &slug, active).await? {
                anyhow::bail!("no municipality with slug {slug:?}");
            }
            tracing::info!(slug, active, "municipality switched");
        }
    }
    Ok(())
}

/// Leptos options: from cargo-leptos's environment when it runs us, else from
/// the workspace's Cargo.toml when run from the workspace root, else from
/// `LEPTOS_*` variables alone (the container image).
fn leptos_options() -> anyhow::Result<leptos::prelude::LeptosOptions> {
    let from_env = std::env::var_os("LEPTOS_OUTPUT_NAME").is_some();
    let path = (!from_env && std::path::Path::new("Cargo.toml").exists()).then_some("Cargo.toml");
    Ok(leptos::prelude::get_configuration(path)
        .context("reading the Leptos configuration")?
        .leptos_options)
}

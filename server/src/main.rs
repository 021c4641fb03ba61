//! `server`: the e-Westhoek command line.

use anyhow::Context;
use clap::{Parser, Subcommand};
use server::config::Settings;
use server::startup::{self, Application};
use std::path::PathBuf;
use std::process::ExitCode;

/// mimalloc instead of glibc's malloc: rendering a page makes many small,
/// short-lived allocations across threads, where glibc spent about a third of
/// the CPU time (perf, home page under load). See bench/run.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
    /// Load the seed data (the 18 municipalities and the demo catalogue); safe to repeat.
    Seed,
    /// Remove expired sessions, codes and counters and old mail texts now
    /// (the server does it every 15 minutes).
    Tidy,
    /// Ask the running server for /readyz; exit 0 when it is ready (for containers).
    Healthcheck,
    /// Switch a municipality on or off.
    Municipality {
        #[command(subcommand)]
        action: MunicipalityAction,
    },
    /// Export or import the product catalogue as a JSON-LD exchange document.
    Catalogue {
        #[command(subcommand)]
        action: CatalogueAction,
    },
}

#[derive(Subcommand)]
enum CatalogueAction {
    /// Write the whole catalogue (topics, concepts, local variations).
    Export {
        /// File to write; standard output when left out.
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// Check a document and write it into the catalogue; on any problem,
    /// list every one and change nothing.
    Import {
        file: PathBuf,
        /// Delete concepts and topics that the document does not have.
        #[arg(long)]
        remove_missing: bool,
        /// Check and report what would change, write nothing.
        #[arg(long)]
        dry_run: bool,
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
        Command::Tidy => {
            let db = startup::connect(&settings).await?;
            let tidied = db::housekeeping::tidy(&db, &settings.session.limits(), db::now()).await?;
            tracing::info!(?tidied, "housekeeping done");
            println!(
                "removed: {} sessions, {} guest codes, {} unfinished sign-ins, {} waiting e-mail addresses, {} rate-limit counters; emptied: {} mail texts",
                tidied.sessions,
                tidied.guest_codes,
                tidied.login_attempts,
                tidied.email_changes,
                tidied.rate_limits,
                tidied.mail_texts
            );
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
        Command::Catalogue { action } => catalogue(action, &settings).await?,
    }
    Ok(())
}

async fn catalogue(action: CatalogueAction, settings: &Settings) -> anyhow::Result<()> {
    use db::exchange::{self, ImportError, ImportOptions};
    match action {
        CatalogueAction::Export { output } => {
            let db = startup::connect(settings).await?;
            let document = exchange::export(&db)
                .await
                .context("reading the catalogue")?;
            let mut json = serde_json::to_string_pretty(&document)?;
            json.push('\n');
            match output {
                Some(path) => std::fs::write(&path, json)
                    .with_context(|| format!("writing {}", path.display()))?,
                None => {
                    use std::io::Write;
                    std::io::stdout().write_all(json.as_bytes())?;
                }
            }
        }
        CatalogueAction::Import {
            file,
            remove_missing,
            dry_run,
        } => {
            let text = std::fs::read_to_string(&file)
                .with_context(|| format!("reading {}", file.display()))?;
            let document: exchange::CatalogueDocument = serde_json::from_str(&text)
                .with_context(|| format!("{} is not a catalogue document", file.display()))?;
            let db = startup::connect(settings).await?;
            db::migrate(&db).await.context("migrating")?;
            let options = ImportOptions {
                remove_missing,
                dry_run,
            };
            match exchange::import(&db, &document, options).await {
                Ok(summary) => print_summary(&summary),
                Err(ImportError::Invalid(problems)) => {
                    for problem in &problems {
                        eprintln!("{problem}");
                    }
                    anyhow::bail!(
                        "{}: {} problem(s), nothing was changed",
                        file.display(),
                        problems.len()
                    );
                }
                Err(error) => return Err(error).context("importing the catalogue"),
            }
        }
    }
    Ok(())
}

fn print_summary(summary: &db::exchange::ImportSummary) {
    let list = |codes: &[String]| {
        if codes.is_empty() {
            String::new()
        } else {
            format!(": {}", codes.join(", "))
        }
    };
    if summary.dry_run {
        println!("Dry run: nothing was written. The import would give:");
    }
    println!(
        "concepts: {} created{}",
        summary.concepts_created.len(),
        list(&summary.concepts_created)
    );
    println!(
        "concepts: {} updated{}",
        summary.concepts_updated.len(),
        list(&summary.concepts_updated)
    );
    println!("concepts: {} unchanged", summary.concepts_unchanged);
    println!(
        "concepts: {} kept (not in the document){}",
        summary.concepts_kept.len(),
        list(&summary.concepts_kept)
    );
    println!(
        "concepts: {} removed{}",
        summary.concepts_removed.len(),
        list(&summary.concepts_removed)
    );
    println!(
        "topics: {} created, {} updated, {} unchanged, {} kept, {} removed",
        summary.topics_created.len(),
        summary.topics_updated,
        summary.topics_unchanged,
        summary.topics_kept.len(),
        summary.topics_removed.len()
    );
    println!("instances written: {}", summary.instances_written);
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

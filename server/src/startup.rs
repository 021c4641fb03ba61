//! Builds the application: database, state, router and listener.

use crate::config::Settings;
use crate::http;
use crate::mail::{MailWorker, spawn_mail_worker};
use anyhow::Context;
use app::directory::Directory;
use app::state::{AppState, SiteSettings};
use leptos::prelude::LeptosOptions;
use secrecy::ExposeSecret;
use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;

pub struct Application {
    listener: TcpListener,
    router: axum::Router,
    state: AppState,
    http: crate::config::HttpConfig,
    /// Sends the outbox's mail while the server runs (when mail is set up).
    mail_worker: Option<MailWorker>,
}

impl Application {
    /// Connects (and migrates, and seeds a demo) and binds `addr` (port 0
    /// picks a free port, for tests).
    pub async fn build(
        settings: &Settings,
        leptos_options: LeptosOptions,
        addr: SocketAddr,
    ) -> anyhow::Result<Application> {
        let db = connect(settings).await?;
        if settings.database.migrate_on_start {
            db::migrate(&db).await.context("migrating the database")?;
        }
        if settings.site.demo {
            db::seed::seed(&db).await.context("seeding the demo data")?;
        }
        let directory = Directory::new(
            db.clone(),
            Duration::from_secs(settings.site.directory_refresh_seconds),
        );
        let state = AppState {
            directory: Arc::new(directory),
            db,
            leptos_options,
            site: SiteSettings {
                demo: settings.site.demo,
                secure_cookies: settings.site.secure_cookies,
                session: settings.session.limits(),
                trust_forwarded_for: settings.site.trust_forwarded_for,
                acm_sign_in: settings.oidc.is_some(),
                guest_sign_in: settings.mail.is_some(),
            },
        };
        let mail_worker = match &settings.mail {
            Some(mail) => Some(
                spawn_mail_worker(state.db.clone(), mail.clone())
                    .context("starting the mail worker")?,
            ),
            None => None,
        };
        spawn_housekeeping(state.db.clone(), state.site.session);
        let acm = settings
            .oidc
            .clone()
            .map(|oidc| Arc::new(crate::acm::Acm::new(oidc)));
        let mut router = http::router(state.clone(), settings.site.hsts, settings.http, acm);
        if let Some(worker) = &mail_worker {
            // Handlers that enqueue mail wake the worker through this.
            router = router.layer(axum::Extension(worker.waker()));
        }
        let listener = TcpListener::bind(addr)
            .await
            .with_context(|| format!("binding {addr}"))?;
        Ok(Application {
            listener,
            router,
            state,
            http: settings.http,
            mail_worker,
        })
    }

    pub fn local_addr(&self) -> std::io::Result<SocketAddr> {
        self.listener.local_addr()
    }

    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// Serves until SIGTERM or Ctrl-C, then finishes the requests in flight
    /// (within `[http] shutdown_grace_seconds`).
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.run_until(shutdown_signal()).await
    }

    /// Serves until `stop` completes, then stops as on SIGTERM.
    pub async fn run_until(
        self,
        stop: impl std::future::Future<Output = ()>,
    ) -> std::io::Result<()> {
        let served = crate::serve::serve(self.listener, self.router, self.http, stop).await;
        // After the last request: mail it enqueued is claimed or stays due
        // in the outbox for the next start.
        if let Some(worker) = self.mail_worker {
            worker.shutdown().await;
        }
        served
    }
}

/// How often expired sessions, codes, counters and old mail texts are
/// removed (`db::housekeeping`); the first round a minute after the start.
const HOUSEKEEPING_EVERY: Duration = Duration::from_secs(15 * 60);

fn spawn_housekeeping(db: db::DatabaseConnection, limits: db::identity::SessionLimits) {
    tokio::spawn(async move {
        let first = tokio::time::Instant::now() + Duration::from_secs(60);
        let mut rounds = tokio::time::interval_at(first, HOUSEKEEPING_EVERY);
        rounds.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            rounds.tick().await;
            match db::housekeeping::tidy(&db, &limits, db::now()).await {
                Ok(tidied) if tidied.total() > 0 => tracing::info!(?tidied, "housekeeping"),
                Ok(_) => {}
                // The database may be restarting: the next round tries again.
                Err(error) => tracing::warn!(%error, "housekeeping failed"),
            }
        }
    });
}

/// Opens the database, creating the SQLite file's folder when needed, and
/// retries for a while so that a database that starts slowly is waited for.
pub async fn connect(settings: &Settings) -> anyhow::Result<db::DatabaseConnection> {
    let url = settings.database.url.expose_secret();
    if let Some(path) = sqlite_path(url)
        && let Some(parent) = Path::new(path).parent()
        && !parent.as_os_str().is_empty()
    {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("creating {}", parent.display()))?;
    }
    let mut attempt = 1;
    loop {
        match db::connect(url, settings.database.max_connections).await {
            Ok(db) => return Ok(db),
            Err(error) if attempt < 10 => {
                tracing::warn!(%error, attempt, database = %settings.database_url_for_logs(), "database not reachable yet");
                tokio::time::sleep(std::time::Duration::from_millis(500 * attempt)).await;
                attempt += 1;
            }
            Err(error) => {
                return Err(error).with_context(|| {
                    format!("connecting to {}", settings.database_url_for_logs())
                });
            }
        }
    }
}

fn sqlite_path(url: &str) -> Option<&str> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next()?;
    (!path.is_empty() && path != ":memory:").then_some(path)
}

async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(error) = tokio::signal::ctrl_c().await {
            tracing::error!(%error, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(error) => {
                tracing::error!(%error, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}

#[cfg(test)]
mod tests {
    use super::sqlite_path;

    #[test]
    fn sqlite_paths() {
        assert_eq!(
            sqlite_path("sqlite://data/ewesthoek.db"),
            Some("data/ewesthoek.db")
        );
        assert_eq!(
            sqlite_path("sqlite:///tmp/x.db?mode=rwc"),
            Some("/tmp/x.db")
        );
        assert_eq!(sqlite_path("sqlite::memory:"), None);
        assert_eq!(sqlite_path("postgres://x@y/z"), None);
    }
}

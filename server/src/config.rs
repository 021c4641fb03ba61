//! Layered configuration: built-in defaults, an optional file, then the
//! environment. Secrets are held as `SecretString` and never logged.

use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use std::path::Path;

const DEFAULTS: &str = include_str!("../config/default.toml");

#[derive(Clone, Debug, Deserialize)]
pub struct Settings {
    pub database: DatabaseSettings,
    pub site: SiteConfig,
    #[serde(default)]
    pub session: SessionConfig,
    /// Login with ACM/IDM (eID, itsme, …) over OpenID Connect; off when absent.
    #[serde(default)]
    pub oidc: Option<crate::oidc::OidcSettings>,
    pub log: LogSettings,
    /// The mail relay. Without it the server sends no mail, and guest
    /// sign-in (which needs a code by mail) is not offered.
    #[serde(default)]
    pub mail: Option<crate::mail::MailSettings>,
    /// Connection limits and time-outs.
    #[serde(default)]
    pub http: HttpConfig,
}

/// How long the server waits for slow clients, how many it serves at once,
/// and how long a graceful stop may take (QUALITY.md: read time-outs, a size
/// limit, a deadline for the stop).
#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(default)]
pub struct HttpConfig {
    /// A request's headers must arrive within this many seconds (also the
    /// longest a kept-alive connection waits for its next request).
    pub header_read_timeout_seconds: u64,
    /// A request's whole body must arrive within this many seconds.
    pub body_read_timeout_seconds: u64,
    /// A request body may be at most this many kilobytes (413 above it).
    pub max_body_kilobytes: usize,
    /// Connections served at once; more wait to be accepted.
    pub max_connections: usize,
    /// After SIGTERM, requests in flight get this many seconds to finish;
    /// then the remaining connections are closed.
    pub shutdown_grace_seconds: u64,
}

impl Default for HttpConfig {
    fn default() -> Self {
        HttpConfig {
            header_read_timeout_seconds: 10,
            body_read_timeout_seconds: 30,
            max_body_kilobytes: 1024,
            max_connections: 1024,
            shutdown_grace_seconds: 20,
        }
    }
}

/// Session time-outs (QUALITY.md: idle and absolute; WCAG 2.2.1: a warning
/// that lets the user extend comes `warning_seconds` before the end).
#[derive(Clone, Debug, Deserialize)]
#[serde(default)]
pub struct SessionConfig {
    pub idle_minutes: i64,
    pub absolute_hours: i64,
    pub warning_seconds: i64,
    /// Sign-in attempts per client address in five minutes (a help desk
    /// or school behind one address may need more).
    pub sign_ins_per_5_minutes: i32,
}

impl Default for SessionConfig {
    fn default() -> Self {
        SessionConfig {
            idle_minutes: 30,
            absolute_hours: 12,
            warning_seconds: 120,
            sign_ins_per_5_minutes: crate::session::SIGN_IN_LIMIT.hits,
        }
    }
}

impl SessionConfig {
    pub fn limits(&self) -> db::identity::SessionLimits {
        db::identity::SessionLimits {
            idle_seconds: self.idle_minutes.max(1) * 60,
            absolute_seconds: self.absolute_hours.max(1) * 3600,
            // Writing `last_seen_at` once a minute is plenty for a 30-minute
            // idle limit (and never more often than a tenth of it).
            touch_seconds: (self.idle_minutes.max(1) * 6).min(60),
            warning_seconds: self.warning_seconds.max(0),
            sign_ins_per_5_minutes: self.sign_ins_per_5_minutes.max(1),
        }
    }
}

#[derive(Clone, Debug, Deserialize)]
pub struct DatabaseSettings {
    pub url: SecretString,
    pub max_connections: u32,
    pub migrate_on_start: bool,
}

#[derive(Clone, Debug, Deserialize)]
pub struct SiteConfig {
    pub demo: bool,
    pub secure_cookies: bool,
    pub hsts: bool,
    /// How long the in-memory municipality directory is served before it is
    /// read again (0: on every request).
    pub directory_refresh_seconds: u64,
    /// Take the client's address from `X-Forwarded-For` (only behind a proxy
    /// that sets it).
    #[serde(default)]
    pub trust_forwarded_for: bool,
}

#[derive(Clone, Debug, Deserialize)]
pub struct LogSettings {
    pub format: LogFormat,
    pub filter: String,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    Pretty,
    Json,
}

impl Settings {
    /// Reads the layers. `file` is the optional operator's file.
    pub fn load(file: Option<&Path>) -> anyhow::Result<Settings> {
        let mut builder = config::Config::builder()
            .add_source(config::File::from_str(DEFAULTS, config::FileFormat::Toml));
        if let Some(file) = file {
            builder = builder.add_source(config::File::from(file).required(true));
        }
        builder = builder.add_source(
            config::Environment::with_prefix("APP")
                .prefix_separator("__")
                .separator("__")
                .try_parsing(true),
        );
        if let Ok(url) = std::env::var("DATABASE_URL") {
            builder = builder.set_override("database.url", url)?;
        }
        let settings: Settings = builder.build()?.try_deserialize()?;
        if settings.database.url.expose_secret().trim().is_empty() {
            anyhow::bail!("no database configured: set DATABASE_URL (or APP__DATABASE__URL)");
        }
        Ok(settings)
    }

    /// The database URL with any password masked, for logs.
    pub fn database_url_for_logs(&self) -> String {
        mask_password(self.database.url.expose_secret())
    }
}

fn mask_password(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme_end), Some(at)) if at > scheme_end => {
            let credentials = &url[scheme_end + 3..at];
            match credentials.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..scheme_end + 3], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_the_sqlite_demo() {
        let settings = Settings::load(None).unwrap();
        assert!(settings.site.demo);
        assert!(
            settings.database.url.expose_secret().starts_with("sqlite:")
                || std::env::var("DATABASE_URL").is_ok()
        );
    }

    #[test]
    fn passwords_never_reach_the_log() {
        assert_eq!(
            mask_password("postgres://app:s3cret@db:5432/ewh"),
            "postgres://app:***@db:5432/ewh"
        );
        assert_eq!(mask_password("sqlite://data/x.db"), "sqlite://data/x.db");
        assert_eq!(
            mask_password("postgres://app@db/ewh"),
            "postgres://app@db/ewh"
        );
    }
}

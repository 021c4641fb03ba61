//! Test harness: the real server on port 0 with a fresh, migrated database per
//! test — a SQLite file, or a PostgreSQL database on the server that
//! `TEST_DATABASE_URL` names (`.ci/run` sets it). A test for both backends is
//! written once, as an `async fn` that takes the [`Backend`], and
//! [`backend_test!`] makes a `_sqlite` and a `_postgres` test of it.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may panic: that is how it fails
#![allow(dead_code)]

pub mod provider;
pub mod smtp;

use db::sea_orm::{ConnectionTrait, Database};
use leptos::prelude::LeptosOptions;
use secrecy::SecretString;
use server::config::{
    DatabaseSettings, HttpConfig, LogFormat, LogSettings, SessionConfig, Settings, SiteConfig,
};
use server::startup::Application;
use std::path::PathBuf;

#[derive(Clone, Debug)]
pub enum Backend {
    Sqlite,
    Postgres(String),
}

/// The PostgreSQL server of `TEST_DATABASE_URL`, or `None` when it is unset
/// or empty: then a `_postgres` test is skipped, and says so on stderr —
/// unless `EWH_REQUIRE_POSTGRES=1` (CI, `.ci/run`), where a missing database
/// fails the test instead of letting the PostgreSQL half pass unseen.
pub fn postgres() -> Option<Backend> {
    match std::env::var("TEST_DATABASE_URL") {
        Ok(url) if !url.trim().is_empty() => Some(Backend::Postgres(url)),
        _ if std::env::var("EWH_REQUIRE_POSTGRES").is_ok_and(|value| value == "1") => panic!(
            "EWH_REQUIRE_POSTGRES=1 but TEST_DATABASE_URL is not set: \
             this test must run on PostgreSQL (e.g. \
             TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test)"
        ),
        _ => {
            eprintln!("skipped: TEST_DATABASE_URL is not set");
            None
        }
    }
}

/// A test for both backends, written once as an `async fn` that takes the
/// [`Backend`], and registered after it:
///
/// ```ignore
/// /// What it checks.
/// async fn a_citizen_signs_in(backend: Backend) {
///     let app = spawn_app(backend).await;
///     …
/// }
/// backend_test!(a_citizen_signs_in);
/// ```
///
/// makes two tests that call it: `a_citizen_signs_in_sqlite` and
/// `a_citizen_signs_in_postgres` (skipped, or failed, as [`postgres`] says).
/// A failure names its backend, and one backend's failure hides nothing of
/// the other's. Arguments after the name go to `#[tokio::test(…)]` of both
/// tests: `backend_test!(name, flavor = "multi_thread")`.
///
/// The test is a plain function, not inside the macro, so that rustfmt
/// formats it (it leaves the inside of a `macro! { … }` alone). A test
/// function that is never registered is dead code, which clippy
/// `-D warnings` rejects: a forgotten `backend_test!` fails CI.
macro_rules! backend_test {
    ($name:ident $(, $($tokio:tt)+)?) => {
        ::paste::paste! {
            #[tokio::test$(($($tokio)+))?]
            async fn [<$name _sqlite>]() {
                $name($crate::common::Backend::Sqlite).await;
            }

            #[tokio::test$(($($tokio)+))?]
            async fn [<$name _postgres>]() {
                if let Some(backend) = $crate::common::postgres() {
                    $name(backend).await;
                }
            }
        }
    };
}
pub(crate) use backend_test;

#[derive(Clone)]
pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub db: db::DatabaseConnection,
    pub backend: Backend,
    /// The server's state (to build another router on it).
    pub state: app::state::AppState,
    _database: std::sync::Arc<TestDatabase>,
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(self.url(path))
            .send()
            .await
            .expect("request")
    }

    pub async fn get_html(&self, path: &str) -> (reqwest::StatusCode, String) {
        let response = self.get(path).await;
        let status = response.status();
        (status, response.text().await.expect("body"))
    }

    /// The ids of the municipalities by slug (from the database).
    pub async fn get_json_ids(&self) -> std::collections::HashMap<String, i32> {
        use db::sea_orm::EntityTrait;
        db::entities::municipality::Entity::find()
            .all(&self.db)
            .await
            .expect("municipalities")
            .into_iter()
            .map(|row| (row.slug, row.id))
            .collect()
    }

    /// A GET with query parameters (how read server functions are called).
    pub async fn get_query(&self, path: &str, query: &[(&str, &str)]) -> reqwest::Response {
        self.client
            .get(self.url(path))
            .query(query)
            .send()
            .await
            .expect("request")
    }

    /// A form post as a browser page of this site sends it: with the CSRF
    /// token of the page it came from (read from the home page).
    pub async fn post_form(&self, path: &str, form: &[(&str, &str)]) -> reqwest::Response {
        let token = self.csrf_token().await;
        let mut fields: Vec<(&str, &str)> = form.to_vec();
        fields.push(("csrf", &token));
        self.post_form_raw(path, &fields).await
    }

    /// A form post with exactly these fields (no token added).
    pub async fn post_form_raw(&self, path: &str, form: &[(&str, &str)]) -> reqwest::Response {
        self.client
            .post(self.url(path))
            .header("sec-fetch-site", "same-origin")
            .form(form)
            .send()
            .await
            .expect("request")
    }

    /// The visitor's CSRF token as the pages put it into their forms.
    pub async fn csrf_token(&self) -> String {
        let (_, html) = self.get_html("/aanmelden").await;
        csrf_in(&html).expect("a page with a CSRF field")
    }

    /// Signs in as a demo persona (els, jan, sofie, marie, karim, an, bart,
    /// tom, hilde) through the demo sign-in form.
    pub async fn sign_in_as(&self, persona: &str) {
        let response = self
            .post_form(
                "/aanmelden/demo",
                &[("persona", persona), ("return_to", "/mijn")],
            )
            .await;
        assert_eq!(response.status(), 303, "demo sign-in as {persona}");
    }

    /// Another browser, signed in as a demo persona.
    pub async fn signed_in_as(&self, persona: &str) -> TestApp {
        let browser = self.another_browser();
        browser.sign_in_as(persona).await;
        browser
    }

    /// The audit entries with this action, oldest first.
    pub async fn audit(&self, action: &str) -> Vec<db::entities::audit_event::Model> {
        use db::sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
        db::entities::audit_event::Entity::find()
            .filter(db::entities::audit_event::Column::Action.eq(action))
            .order_by_asc(db::entities::audit_event::Column::Id)
            .all(&self.db)
            .await
            .expect("audit entries")
    }

    /// The same server seen from another browser (its own cookies).
    pub fn another_browser(&self) -> TestApp {
        TestApp {
            client: self.other_browser(),
            ..self.clone()
        }
    }

    /// A client that keeps no cookies (the test sends them itself).
    pub fn other_browser_without_cookies(&self) -> reqwest::Client {
        reqwest::Client::builder()
            .timeout(std::time::Duration::from_secs(30))
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("client")
    }

    /// Another browser on the same server: its own cookies.
    pub fn other_browser(&self) -> reqwest::Client {
        reqwest::Client::builder()
            .timeout(std::time::Duration::from_secs(30))
            .redirect(reqwest::redirect::Policy::none())
            .cookie_store(true)
            .build()
            .expect("client")
    }
}

/// A database that exists for one test and is removed afterwards.
enum TestDatabase {
    Sqlite(PathBuf),
    Postgres { admin_url: String, name: String },
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        match self {
            TestDatabase::Sqlite(path) => {
                for suffix in ["", "-wal", "-shm"] {
                    let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
                }
            }
            TestDatabase::Postgres { admin_url, name } => {
                let (admin_url, name) = (admin_url.clone(), name.clone());
                // Drop runs inside the test's runtime: use a thread of our own.
                let _ = std::thread::spawn(move || {
                    let runtime = tokio::runtime::Builder::new_current_thread()
                        .enable_all()
                        .build()?;
                    runtime
                        .block_on(async {
                            let admin = Database::connect(&admin_url).await?;
                            admin
                                .execute_unprepared(&format!(
                                    "DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"
                                ))
                                .await?;
                            Ok::<_, db::sea_orm::DbErr>(())
                        })
                        .map_err(std::io::Error::other)
                })
                .join();
            }
        }
    }
}

async fn create_database(backend: &Backend) -> (String, TestDatabase) {
    let id = uuid::Uuid::new_v4().simple().to_string();
    match backend {
        Backend::Sqlite => {
            let path = std::env::temp_dir().join(format!("ewesthoek-test-{id}.db"));
            (
                format!("sqlite://{}", path.display()),
                TestDatabase::Sqlite(path),
            )
        }
        Backend::Postgres(admin_url) => {
            let name = format!("ewh_test_{id}");
            let admin = Database::connect(admin_url)
                .await
                .expect("connect to TEST_DATABASE_URL");
            admin
                .execute_unprepared(&format!("CREATE DATABASE \"{name}\""))
                .await
                .expect("create test database");
            let base = admin_url
                .rsplit_once('/')
                .map_or(admin_url.as_str(), |(base, _)| base);
            (
                format!("{base}/{name}"),
                TestDatabase::Postgres {
                    admin_url: admin_url.clone(),
                    name,
                },
            )
        }
    }
}

pub fn test_settings(database_url: String) -> Settings {
    Settings {
        database: DatabaseSettings {
            url: SecretString::from(database_url),
            max_connections: 5,
            migrate_on_start: true,
        },
        site: SiteConfig {
            demo: true,
            secure_cookies: false,
            hsts: true,
            // Read the database on every request: tests change it directly.
            directory_refresh_seconds: 0,
            trust_forwarded_for: false,
        },
        session: SessionConfig::default(),
        oidc: None,
        log: LogSettings {
            format: LogFormat::Pretty,
            filter: "warn".into(),
        },
        mail: None,
        http: HttpConfig::default(),
    }
}

/// Mail settings that send to the test SMTP server on `smtp_port`, quickly.
pub fn test_mail_settings(smtp_port: u16) -> server::mail::MailSettings {
    server::mail::MailSettings {
        smtp_host: "127.0.0.1".into(),
        smtp_port,
        tls: server::mail::SmtpTls::None,
        username: None,
        password: None,
        from: "e-Westhoek <noreply@westhoek.test>".into(),
        poll_seconds: 1,
        timeout_seconds: 10,
        batch_size: 10,
        retry_first_seconds: 1,
        retry_max_seconds: 2,
        max_attempts: 5,
    }
}

pub fn test_leptos_options() -> LeptosOptions {
    LeptosOptions::builder()
        .output_name("ewesthoek")
        .site_root("target/site")
        .site_pkg_dir("pkg")
        .build()
}

/// Starts the whole server on a free port with a fresh, migrated, seeded database.
pub async fn spawn_app(backend: Backend) -> TestApp {
    let (url, database) = create_database(&backend).await;
    start(backend, test_settings(url), database, 0).await
}

/// The server with mail sent to the test SMTP server on `smtp_port` (which
/// also turns guest sign-in on).
pub async fn spawn_app_with_mail(backend: Backend, smtp_port: u16) -> TestApp {
    spawn_app_with(backend, |settings, _| {
        settings.mail = Some(test_mail_settings(smtp_port));
    })
    .await
}

/// Like `spawn_app`, with settings changed by `configure`, which also gets
/// the address the server will have (e.g. for an OpenID Connect redirect URI
/// registered at a provider started before the server). A port that was free
/// a moment ago may be taken before the server binds it: then `configure`
/// runs again for another port.
pub async fn spawn_app_with(
    backend: Backend,
    mut configure: impl FnMut(&mut Settings, &str),
) -> TestApp {
    let (url, database) = create_database(&backend).await;
    for _ in 0..5 {
        let mut settings = test_settings(url.clone());
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|listener| listener.local_addr())
            .expect("a free port")
            .port();
        configure(&mut settings, &format!("http://127.0.0.1:{port}"));
        match build(&settings, port).await {
            Ok(app) => return serve(backend, app, database).await,
            Err(error) if format!("{error:#}").contains("binding") => continue,
            Err(error) => panic!("build app: {error:#}"),
        }
    }
    panic!("no free port for the test server in 5 attempts");
}

async fn build(settings: &Settings, port: u16) -> anyhow::Result<Application> {
    if std::env::var_os("TEST_LOG").is_some() {
        server::telemetry::init(&settings.log);
    }
    Application::build(
        settings,
        test_leptos_options(),
        format!("127.0.0.1:{port}").parse().expect("addr"),
    )
    .await
}

async fn start(backend: Backend, settings: Settings, database: TestDatabase, port: u16) -> TestApp {
    let app = build(&settings, port).await.expect("build app");
    serve(backend, app, database).await
}

async fn serve(backend: Backend, app: Application, database: TestDatabase) -> TestApp {
    let address = format!("http://{}", app.local_addr().expect("local addr"));
    let db = app.state().db.clone();
    let state = app.state().clone();
    tokio::spawn(app.run_until_stopped());
    // A request that gets no answer fails the test instead of stalling CI.
    let client = reqwest::Client::builder()
        .timeout(std::time::Duration::from_secs(30))
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .build()
        .expect("client");
    TestApp {
        address,
        client,
        db,
        backend,
        state,
        _database: std::sync::Arc::new(database),
    }
}

/// A fresh, migrated, empty database without the HTTP server, for tests of
/// the storage layer and the command line.
pub struct TestDb {
    pub db: db::DatabaseConnection,
    /// The connection URL, for a child process (`DATABASE_URL`).
    pub url: String,
    pub backend: Backend,
    _database: TestDatabase,
}

pub async fn fresh_database(backend: Backend) -> TestDb {
    let (url, database) = create_database(&backend).await;
    let db = db::connect(&url, 5).await.expect("connect");
    db::migrate(&db).await.expect("migrate");
    TestDb {
        db,
        url,
        backend,
        _database: database,
    }
}

/// How often `needle` occurs in `haystack`.
pub fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

/// The text of the first `<tag ...>…</tag>` element.
pub fn element_text<'a>(html: &'a str, tag: &str) -> Option<&'a str> {
    let start = html.find(&format!("<{tag}"))?;
    let open_end = start + html[start..].find('>')? + 1;
    let close = open_end + html[open_end..].find(&format!("</{tag}>"))?;
    Some(&html[open_end..close])
}

/// The value of the first `name="csrf"` hidden field in a page.
pub fn csrf_in(html: &str) -> Option<String> {
    let at = html.find(r#"name="csrf" value=""#)? + r#"name="csrf" value=""#.len();
    let end = at + html[at..].find('"')?;
    Some(html[at..end].to_owned())
}

/// Where a redirect leads (empty when it is none).
pub fn location(response: &reqwest::Response) -> String {
    response
        .headers()
        .get("location")
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default()
        .to_owned()
}

//! What outside testers found in the HTTP stack (issue 12, findings 5–11):
//! personal answers stored by browsers, slow clients holding connections,
//! oversized bodies reported as outages, a stale cookie undoing a sign-in,
//! request ids chosen by the client, cookies left behind at sign-out, and a
//! language switch that lost the query.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may panic: that is how it fails

use crate::common::{
    self, Backend, TestApp, backend_test, csrf_in, location, spawn_app, spawn_app_with,
};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// The `Set-Cookie` values of a response.
fn set_cookies(response: &reqwest::Response) -> Vec<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|value| value.to_str().unwrap().to_owned())
        .collect()
}

/// The value a `Set-Cookie` gives the cookie `name`.
fn cookie_value<'a>(cookies: &'a [String], name: &str) -> Option<&'a str> {
    cookies.iter().find_map(|cookie| {
        let rest = cookie.strip_prefix(name)?.strip_prefix('=')?;
        Some(rest.split(';').next().unwrap_or_default())
    })
}

/// Every page of the app with its parameters filled in, and every server
/// function: the whole surface a signed-in visitor can ask for.
fn every_address(child: i32) -> Vec<(reqwest::Method, String)> {
    let mut addresses: Vec<(reqwest::Method, String)> = server::http::app_routes()
        .iter()
        .map(|route| {
            let path = route
                .path()
                .replace("{slug}", "ieper")
                .replace("{product}", "passport")
                .replace("{scope}", "regio")
                .replace("{person}", &child.to_string())
                .replace("{mandate}", "1");
            (reqwest::Method::GET, path)
        })
        .collect();
    for (path, method) in leptos::server_fn::axum::server_fn_paths() {
        let method = reqwest::Method::from_bytes(method.as_str().as_bytes()).unwrap();
        addresses.push((method, path.to_owned()));
    }
    addresses.push((reqwest::Method::GET, "/mijn/gegevens.json".to_owned()));
    addresses.push((reqwest::Method::GET, "/bestaat/niet".to_owned()));
    addresses
}

async fn nothing_a_signed_in_visitor_is_sent_may_be_stored_by_the_browser(backend: Backend) {
    let app = spawn_app(backend).await;
    let child = db::identity::person_by_login(&app.db, db::seed::people::DEMO_ISSUER, "lotte")
        .await
        .unwrap()
        .map_or(0, |person| person.id);
    let addresses = every_address(child);
    assert!(addresses.len() > 30, "{addresses:?}");
    for persona in ["marie", "karim", "an", "hilde"] {
        let browser = app.signed_in_as(persona).await;
        let token = browser.csrf_token().await;
        for (method, path) in &addresses {
            let response = browser
                .client
                .request(method.clone(), browser.url(path))
                .header("x-csrf-token", &token)
                .header("sec-fetch-site", "same-origin")
                .send()
                .await
                .unwrap();
            assert_eq!(
                response
                    .headers()
                    .get("cache-control")
                    .map(|v| v.to_str().unwrap()),
                Some("no-store"),
                "{persona}: {method} {path} ({})",
                response.status()
            );
        }
        // Signing out is the last answer of the session: not stored either.
        let response = browser.post_form("/afmelden", &[]).await;
        assert_eq!(response.headers()["cache-control"], "no-store");
    }
    // Signed out, public pages may be revalidated from the cache as before.
    let response = app.get("/ieper").await;
    assert_eq!(response.headers()["cache-control"], "no-cache, private");
}
backend_test!(nothing_a_signed_in_visitor_is_sent_may_be_stored_by_the_browser);

/// A raw connection to the test server.
async fn connect(app: &TestApp) -> TcpStream {
    let address = app.address.strip_prefix("http://").unwrap();
    TcpStream::connect(address).await.unwrap()
}

/// Reads until the server closes the connection or `within` passes; the
/// bytes read, and whether it was closed.
async fn read_until_closed(stream: &mut TcpStream, within: Duration) -> (String, bool) {
    let mut received = Vec::new();
    let deadline = tokio::time::Instant::now() + within;
    let mut buffer = [0_u8; 4096];
    loop {
        match tokio::time::timeout_at(deadline, stream.read(&mut buffer)).await {
            Ok(Ok(0)) | Ok(Err(_)) => return (String::from_utf8_lossy(&received).into(), true),
            Ok(Ok(n)) => received.extend_from_slice(&buffer[..n]),
            Err(_) => return (String::from_utf8_lossy(&received).into(), false),
        }
    }
}

fn quick_time_outs(settings: &mut server::config::Settings, _: &str) {
    settings.http.header_read_timeout_seconds = 1;
    settings.http.body_read_timeout_seconds = 1;
}

#[tokio::test]
async fn a_client_that_sends_its_headers_a_byte_at_a_time_is_cut_off() {
    let app = spawn_app_with(common::Backend::Sqlite, quick_time_outs).await;
    let mut stream = connect(&app).await;
    stream
        .write_all(b"GET / HTTP/1.1\r\nHost: x\r\n")
        .await
        .unwrap();
    // Keep sending one more header byte now and then, never the end.
    let dribble = async {
        for byte in b"X-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
            .iter()
            .cycle()
        {
            tokio::time::sleep(Duration::from_millis(200)).await;
            if stream.write_all(&[*byte]).await.is_err() {
                return true; // the server closed the connection
            }
        }
        false
    };
    let closed = tokio::time::timeout(Duration::from_secs(15), dribble).await;
    assert_eq!(
        closed,
        Ok(true),
        "the server kept a slow client's connection"
    );
    // And the server still serves everyone else.
    assert_eq!(app.get("/healthz").await.status(), 200);
}

#[tokio::test]
async fn an_upload_sent_a_byte_at_a_time_gets_408_and_is_closed() {
    let app = spawn_app_with(common::Backend::Sqlite, quick_time_outs).await;
    let mut stream = connect(&app).await;
    stream
        .write_all(
            b"POST /taal HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n\
              Content-Length: 1000\r\n\r\nlang=",
        )
        .await
        .unwrap();
    let (mut reader, mut writer) = stream.into_split();
    let dribble = tokio::spawn(async move {
        for _ in 0..100 {
            tokio::time::sleep(Duration::from_millis(200)).await;
            if writer.write_all(b"a").await.is_err() {
                break;
            }
        }
    });
    let mut received = Vec::new();
    let read =
        tokio::time::timeout(Duration::from_secs(15), reader.read_to_end(&mut received)).await;
    dribble.abort();
    assert!(
        read.is_ok(),
        "the server kept a slow upload's connection open"
    );
    let received = String::from_utf8_lossy(&received);
    assert!(received.starts_with("HTTP/1.1 408"), "{received}");
    assert!(received.contains("Dit duurde te lang"), "{received}");
}

#[tokio::test]
async fn connections_over_the_limit_wait_until_one_is_free() {
    let app = spawn_app_with(common::Backend::Sqlite, |settings, _| {
        settings.http.max_connections = 2;
        settings.http.header_read_timeout_seconds = 60;
    })
    .await;
    let first = connect(&app).await;
    let second = connect(&app).await;
    // Both slots are held by connections that send nothing.
    let waiting = app
        .client
        .get(app.url("/healthz"))
        .timeout(Duration::from_secs(2))
        .send()
        .await;
    assert!(
        waiting.is_err(),
        "a third connection was served: {waiting:?}"
    );
    drop((first, second));
    let served = app.get("/healthz").await;
    assert_eq!(served.status(), 200);
}

#[tokio::test]
async fn a_stop_waits_for_requests_in_flight_only_for_the_grace_time() {
    let test_db = common::fresh_database(common::Backend::Sqlite).await;
    let mut settings = common::test_settings(test_db.url.clone());
    settings.http.body_read_timeout_seconds = 600;
    settings.http.shutdown_grace_seconds = 1;
    let app = server::startup::Application::build(
        &settings,
        common::test_leptos_options(),
        "127.0.0.1:0".parse().unwrap(),
    )
    .await
    .unwrap();
    let address = app.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let running = tokio::spawn(app.run_until(async {
        let _ = stopped.await;
    }));
    // An upload that will not finish for a long time.
    let mut slow = TcpStream::connect(address).await.unwrap();
    slow.write_all(
        b"POST /taal HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n\
          Content-Length: 1000\r\n\r\nlang=",
    )
    .await
    .unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    stop.send(()).unwrap();
    let finished = tokio::time::timeout(Duration::from_secs(15), running).await;
    assert!(
        matches!(finished, Ok(Ok(Ok(())))),
        "the server waited for the slow upload: {finished:?}"
    );
    let (_, closed) = read_until_closed(&mut slow, Duration::from_secs(5)).await;
    assert!(closed, "the slow upload's connection is still open");
}

#[tokio::test]
async fn a_body_over_the_limit_is_413_with_our_page_and_changes_nothing() {
    let app = spawn_app(common::Backend::Sqlite).await;
    app.sign_in_as("els").await;
    let token = app.csrf_token().await;
    let big = "a".repeat(3 * 1024 * 1024);
    let (server_fn, _) = leptos::server_fn::axum::server_fn_paths()
        .find(|(_, method)| method == http::Method::POST)
        .or_else(|| leptos::server_fn::axum::server_fn_paths().next())
        .unwrap();
    for path in [server_fn, "/mijn/contact", "/taal"] {
        let response = app
            .client
            .post(app.url(path))
            .header("x-csrf-token", &token)
            .header("sec-fetch-site", "same-origin")
            .header("content-type", "application/x-www-form-urlencoded")
            .body(format!("email={big}"))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 413, "{path}");
        let page = response.text().await.unwrap();
        assert!(page.contains("Dit is te groot"), "{path}: {page:.300}");
        assert!(page.contains("data-error-id"), "{path}");
    }
    // The same without a declared length (chunked), where only reading tells.
    let mut stream = connect(&app).await;
    stream
        .write_all(
            format!(
                "POST /taal HTTP/1.1\r\nHost: x\r\nX-Csrf-Token: {token}\r\n\
                 Transfer-Encoding: chunked\r\n\r\n"
            )
            .as_bytes(),
        )
        .await
        .unwrap();
    let chunk = "b".repeat(64 * 1024);
    let mut refused = false;
    for _ in 0..40 {
        let sent = stream
            .write_all(format!("{:x}\r\n{chunk}\r\n", chunk.len()).as_bytes())
            .await;
        if sent.is_err() {
            refused = true;
            break;
        }
    }
    let (answer, _) = read_until_closed(&mut stream, Duration::from_secs(10)).await;
    assert!(
        answer.starts_with("HTTP/1.1 413") || refused,
        "{answer:.200}"
    );
    // The contact address did not change.
    let els = db::identity::person_by_login(&app.db, db::seed::people::DEMO_ISSUER, "els")
        .await
        .unwrap()
        .unwrap();
    assert!(!els.email.as_deref().unwrap_or_default().starts_with("aaaa"));
}

async fn signing_in_over_a_stale_session_cookie_keeps_the_new_session(backend: Backend) {
    let app = spawn_app(backend).await;
    let stale = "s".repeat(43);
    // A browser with a session cookie the server no longer knows.
    let client = app.other_browser_without_cookies();
    let page = client
        .get(app.url("/aanmelden"))
        .header("cookie", format!("ewh_session={stale}"))
        .send()
        .await
        .unwrap();
    let cookies = set_cookies(&page);
    let csrf = cookie_value(&cookies, "ewh_csrf").unwrap().to_owned();
    let response = client
        .post(app.url("/aanmelden/demo"))
        .header("cookie", format!("ewh_session={stale}; ewh_csrf={csrf}"))
        .header("sec-fetch-site", "same-origin")
        .form(&[("persona", "els"), ("return_to", "/mijn"), ("csrf", &csrf)])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303);
    let cookies = set_cookies(&response);
    let sessions: Vec<&String> = cookies
        .iter()
        .filter(|cookie| cookie.starts_with("ewh_session="))
        .collect();
    assert_eq!(sessions.len(), 1, "one session cookie: {cookies:?}");
    assert!(!sessions[0].contains("Max-Age=0"), "{cookies:?}");
    let token = cookie_value(&cookies, "ewh_session").unwrap();
    // The new cookie works.
    let mine = client
        .get(app.url("/mijn"))
        .header("cookie", format!("ewh_session={token}"))
        .send()
        .await
        .unwrap();
    assert_eq!(mine.status(), 200);
    // No name is set twice in any answer of the sign-in.
    let mut names: Vec<&str> = cookies
        .iter()
        .map(|cookie| cookie.split('=').next().unwrap())
        .collect();
    names.sort_unstable();
    let before = names.len();
    names.dedup();
    assert_eq!(before, names.len(), "{cookies:?}");
}
backend_test!(signing_in_over_a_stale_session_cookie_keeps_the_new_session);

async fn request_ids_are_made_by_the_server_not_taken_from_the_client(backend: Backend) {
    let app = spawn_app(backend).await;
    let chosen = "citizen-chose-this-id";
    let response = app
        .client
        .get(app.url("/bestaat/niet"))
        .header("x-request-id", chosen)
        .send()
        .await
        .unwrap();
    let id = response.headers()["x-request-id"]
        .to_str()
        .unwrap()
        .to_owned();
    assert_ne!(id, chosen);
    assert_eq!(id.len(), 36, "{id}");
    let page = response.text().await.unwrap();
    assert!(!page.contains(chosen));
    assert!(page.contains(&format!("data-error-id=\"{id}\"")));

    // Nor in the audit log.
    let token = app.csrf_token().await;
    let signed_in = app
        .client
        .post(app.url("/aanmelden/demo"))
        .header("x-request-id", chosen)
        .header("sec-fetch-site", "same-origin")
        .form(&[("persona", "els"), ("return_to", "/mijn"), ("csrf", &token)])
        .send()
        .await
        .unwrap();
    assert_eq!(signed_in.status(), 303);
    let entries = app.audit("sign_in").await;
    let entry = entries.last().unwrap();
    assert_ne!(entry.request_id, chosen);
    assert_eq!(entry.request_id.len(), 36);
}
backend_test!(request_ids_are_made_by_the_server_not_taken_from_the_client);

#[tokio::test]
async fn request_ids_from_a_trusted_proxy_are_kept_if_they_look_like_one() {
    // Behind a trusted proxy its id is kept, if it looks like one.
    let app = spawn_app_with(common::Backend::Sqlite, |settings, _| {
        settings.site.trust_forwarded_for = true;
    })
    .await;
    for (sent, kept) in [("proxy-id-42", true), ("bad id <script>", false)] {
        let response = app
            .client
            .get(app.url("/healthz"))
            .header("x-request-id", sent)
            .send()
            .await
            .unwrap();
        assert_eq!(response.headers()["x-request-id"] == sent, kept, "{sent}");
    }
}

async fn signing_out_forgets_the_help_code_and_starts_a_new_csrf_token(backend: Backend) {
    let app = spawn_app(backend).await;
    let client = app.other_browser_without_cookies();
    let page = client.get(app.url("/aanmelden")).send().await.unwrap();
    let before = cookie_value(&set_cookies(&page), "ewh_csrf")
        .unwrap()
        .to_owned();
    let signed_in = client
        .post(app.url("/aanmelden/demo"))
        .header("cookie", format!("ewh_csrf={before}"))
        .header("sec-fetch-site", "same-origin")
        .form(&[
            ("persona", "els"),
            ("return_to", "/mijn"),
            ("csrf", &before),
        ])
        .send()
        .await
        .unwrap();
    let cookies = set_cookies(&signed_in);
    let session = cookie_value(&cookies, "ewh_session").unwrap().to_owned();
    // The pre-session token is done with at sign-in.
    assert_eq!(cookie_value(&cookies, "ewh_csrf"), Some(""), "{cookies:?}");
    let jar = format!("ewh_session={session}");
    let mine = client
        .get(app.url("/mijn/hulp"))
        .header("cookie", &jar)
        .send()
        .await
        .unwrap();
    let token = csrf_in(&mine.text().await.unwrap()).unwrap();
    let made = client
        .post(app.url("/mijn/hulp/code"))
        .header("cookie", &jar)
        .header("sec-fetch-site", "same-origin")
        .form(&[("scope", "view"), ("duration", "3600"), ("csrf", &token)])
        .send()
        .await
        .unwrap();
    assert_eq!(made.status(), 303);
    let code = cookie_value(&set_cookies(&made), "ewh_help_code")
        .unwrap()
        .to_owned();
    let out = client
        .post(app.url("/afmelden"))
        .header("cookie", format!("{jar}; ewh_help_code={code}"))
        .header("sec-fetch-site", "same-origin")
        .form(&[("csrf", &token)])
        .send()
        .await
        .unwrap();
    assert_eq!(location(&out), "/afgemeld");
    let cookies = set_cookies(&out);
    assert_eq!(
        cookie_value(&cookies, "ewh_session"),
        Some(""),
        "{cookies:?}"
    );
    assert_eq!(
        cookie_value(&cookies, "ewh_help_code"),
        Some(""),
        "{cookies:?}"
    );
    let after = cookie_value(&cookies, "ewh_csrf").unwrap();
    assert_eq!(after.len(), 43, "{cookies:?}");
    assert_ne!(after, before);
    assert_ne!(after, token);
}
backend_test!(signing_out_forgets_the_help_code_and_starts_a_new_csrf_token);

#[tokio::test]
async fn the_language_switch_returns_to_the_page_with_its_query() {
    let app = spawn_app(common::Backend::Sqlite).await;
    let (status, html) = app.get_html("/producten?q=paspoort").await;
    assert_eq!(status, 200);
    assert!(
        html.contains(r#"name="return_to" value="/producten?q=paspoort""#),
        "{}",
        &html[html.find("return_to").unwrap_or(0)..][..120]
    );
    let response = app
        .post_form(
            "/taal",
            &[("lang", "fr"), ("return_to", "/producten?q=paspoort")],
        )
        .await;
    assert_eq!(location(&response), "/producten?q=paspoort");
    let (status, html) = app.get_html(&location(&response)).await;
    assert_eq!(status, 200);
    assert!(html.contains(r#"<html lang="fr""#));
}

/// Two editors publishing at the same moment on the embedded SQLite got a
/// 500 ("database is locked"): a transaction that reads first and writes
/// later cannot get the write lock once another writer committed after its
/// read, and no busy timeout helps then (SQLITE_BUSY_SNAPSHOT). Write
/// transactions take the lock when they begin, so they wait their turn.
async fn write_transactions_that_read_first_wait_for_each_other_instead_of_failing(
    backend: Backend,
) {
    use db::sea_orm::ConnectionTrait;
    let test_db = common::fresh_database(backend).await;
    test_db
        .db
        .execute_unprepared("CREATE TABLE counter_test (n INTEGER NOT NULL)")
        .await
        .unwrap();
    let writers = (0..8).map(|_| {
        let db = test_db.db.clone();
        tokio::spawn(async move {
            let txn = db::begin_write(&db).await?;
            txn.execute_unprepared("SELECT COUNT(*) FROM counter_test")
                .await?;
            tokio::time::sleep(Duration::from_millis(50)).await;
            txn.execute_unprepared("INSERT INTO counter_test (n) VALUES (1)")
                .await?;
            txn.commit().await
        })
    });
    for writer in writers.collect::<Vec<_>>() {
        writer.await.unwrap().unwrap();
    }
    let rows = test_db
        .db
        .query_one_raw(db::sea_orm::Statement::from_string(
            test_db.db.get_database_backend(),
            "SELECT COUNT(*) AS n FROM counter_test",
        ))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(rows.try_get::<i64>("", "n").unwrap(), 8);
}
backend_test!(write_transactions_that_read_first_wait_for_each_other_instead_of_failing);

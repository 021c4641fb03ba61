//! Sessions and CSRF over HTTP, on every backend: demo sign-in, the cookie,
//! sign-out ending the session server-side, seeing and ending one's own
//! sessions (and never someone else's), time-outs, rate limits, and the
//! append-only audit log.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may panic: that is how it fails

use crate::common::{self, Backend, TestApp, backend_test, csrf_in, spawn_app};
use db::entities::{audit_event, session};
use db::sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Statement};
use reqwest::StatusCode;

fn session_cookie(response: &reqwest::Response) -> Option<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|value| value.to_str().ok())
        .find(|value| value.starts_with("ewh_session="))
        .map(str::to_owned)
}

async fn audit_actions(app: &TestApp) -> Vec<(String, String)> {
    audit_event::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|event| (event.action, event.outcome))
        .collect()
}

async fn sessions_of(app: &TestApp, person_id: i32) -> Vec<session::Model> {
    session::Entity::find()
        .filter(session::Column::PersonId.eq(person_id))
        .all(&app.db)
        .await
        .unwrap()
}

async fn the_demo_personas_are_buttons_of_one_form_not_a_row_of_unnamed_forms(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, html) = app.get_html("/aanmelden").await;
    assert_eq!(
        common::count(&html, r#"action="/aanmelden/demo""#),
        1,
        "one form for all personas"
    );
    assert!(html.contains(r#"name="persona" value="els""#));
    assert!(common::count(&html, r#"name="persona""#) > 5);
}
backend_test!(the_demo_personas_are_buttons_of_one_form_not_a_row_of_unnamed_forms);

async fn a_demo_sign_in_starts_a_server_side_session_with_a_safe_cookie(backend: Backend) {
    let app = spawn_app(backend).await;
    let (status, html) = app.get_html("/aanmelden").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Demo: kies een persoon"));
    assert!(html.contains("Aanmelden als Els Vandamme"));
    // A minor child is represented, never signed in as.
    assert!(!html.contains("Lotte"));

    let token = csrf_in(&html).unwrap();
    let response = app
        .post_form_raw(
            "/aanmelden/demo",
            &[
                ("persona", "els"),
                ("return_to", "/ieper"),
                ("csrf", &token),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(response.headers()["location"], "/ieper");
    let cookie = session_cookie(&response).expect("a session cookie");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    assert!(
        cookie.contains("Path=/") && !cookie.contains("Domain"),
        "{cookie}"
    );
    // 256 bits of token, and only its hash in the database.
    let value = cookie["ewh_session=".len()..]
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    assert_eq!(value.len(), 43);
    let stored = session::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(stored.len(), 1);
    assert_ne!(stored[0].token_hash, value);
    assert_eq!(stored[0].token_hash, db::identity::hash_secret(&value));

    let (status, html) = app.get_html("/mijn").await;
    assert_eq!(status, StatusCode::OK, "{:?}", app.backend);
    assert!(html.contains("Els Vandamme"));
    assert!(html.contains("85.07.30-033.28"));
    assert!(html.contains("Deze gegevens komen uit het Rijksregister"));
    assert!(html.contains("Ieper"));
    // The header now offers sign-out instead of sign-in.
    assert!(html.contains(r#"action="/afmelden""#));
    // The session's own CSRF token replaces the pre-session one.
    assert_ne!(csrf_in(&html).unwrap(), token);

    assert!(
        audit_actions(&app)
            .await
            .contains(&("sign_in".into(), "ok".into()))
    );
}
backend_test!(a_demo_sign_in_starts_a_server_side_session_with_a_safe_cookie);

#[tokio::test]
async fn a_new_sign_in_gets_a_new_token_and_ends_the_old_session() {
    let app = spawn_app(common::Backend::Sqlite).await;
    app.sign_in_as("els").await;
    let response = app
        .post_form("/aanmelden/demo", &[("persona", "jan")])
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let stored = session::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(stored.len(), 2);
    assert!(stored[0].ended_at.is_some(), "the first session ended");
    assert!(stored[1].ended_at.is_none());
    assert_ne!(stored[0].token_hash, stored[1].token_hash);
    let (_, html) = app.get_html("/mijn").await;
    assert!(html.contains("Jan Declercq") && !html.contains("Els Vandamme"));
}

async fn state_changes_without_the_visitors_token_are_refused_and_change_nothing(backend: Backend) {
    let app = spawn_app(backend).await;
    // No token, a wrong token, a token from another browser.
    let other = app.other_browser();
    let (_, other_html) = (
        (),
        other
            .get(app.url("/aanmelden"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap(),
    );
    let foreign = csrf_in(&other_html).unwrap();
    let _ = app.csrf_token().await;
    for token in [None, Some("x".repeat(43)), Some(foreign)] {
        let mut form = vec![("persona", "els".to_owned())];
        if let Some(token) = token {
            form.push(("csrf", token));
        }
        let response = app
            .client
            .post(app.url("/aanmelden/demo"))
            .header("sec-fetch-site", "same-origin")
            .form(&form)
            .send()
            .await
            .unwrap();
        assert_eq!(
            response.status(),
            StatusCode::FORBIDDEN,
            "{:?}",
            app.backend
        );
        assert!(session_cookie(&response).is_none());
        let html = response.text().await.unwrap();
        assert!(html.contains("Dit mag niet"));
    }
    assert!(
        session::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .is_empty()
    );
    // The language form needs it too.
    let response = app
        .post_form_raw("/taal", &[("lang", "fr"), ("return_to", "/")])
        .await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
}
backend_test!(state_changes_without_the_visitors_token_are_refused_and_change_nothing);

async fn signing_out_ends_the_session_on_the_server(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, html) = app.get_html("/aanmelden").await;
    let token = csrf_in(&html).unwrap();
    let response = app
        .post_form_raw("/aanmelden/demo", &[("persona", "jan"), ("csrf", &token)])
        .await;
    let cookie = session_cookie(&response).unwrap();
    let cookie = cookie.split(';').next().unwrap().to_owned();

    let response = app.post_form("/afmelden", &[]).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(response.headers()["location"], "/afgemeld");
    assert!(session_cookie(&response).unwrap().contains("Max-Age=0"));

    // The old cookie, replayed by someone who copied it, is worthless.
    let replay = app
        .other_browser()
        .get(app.url("/mijn"))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(replay.status(), StatusCode::UNAUTHORIZED);
    assert!(replay.text().await.unwrap().contains("Meld u eerst aan"));
    assert!(
        audit_actions(&app)
            .await
            .contains(&("sign_out".into(), "ok".into()))
    );
}
backend_test!(signing_out_ends_the_session_on_the_server);

async fn people_see_and_end_their_own_sessions_and_never_anyone_elses(backend: Backend) {
    let app = spawn_app(backend).await;
    // Els on two devices, Jan on one.
    app.sign_in_as("els").await;
    let phone = app.another_browser();
    phone.sign_in_as("els").await;
    let jan = app.another_browser();
    jan.sign_in_as("jan").await;

    let (status, html) = app.get_html("/mijn/sessies").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        common::count(&html, r#"name="session""#),
        2,
        "{:?}",
        app.backend
    );
    assert!(html.contains("(deze sessie)"));

    let els_id = db::identity::person_by_login(&app.db, "demo", "els")
        .await
        .unwrap()
        .unwrap()
        .id;
    let jan_id = db::identity::person_by_login(&app.db, "demo", "jan")
        .await
        .unwrap()
        .unwrap()
        .id;
    let els_sessions = sessions_of(&app, els_id).await;
    let phone_session = els_sessions.iter().map(|s| s.id).max().unwrap();

    // Jan cannot end Els's session, even knowing its number.
    let response = jan
        .post_form(
            "/mijn/sessies/beeindigen",
            &[("session", &phone_session.to_string())],
        )
        .await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert!(
        sessions_of(&app, els_id)
            .await
            .iter()
            .all(|s| s.ended_at.is_none())
    );
    assert!(
        audit_actions(&app)
            .await
            .contains(&("session.end".into(), "refused".into()))
    );

    // Els ends the phone's session from her computer.
    let response = app
        .post_form(
            "/mijn/sessies/beeindigen",
            &[("session", &phone_session.to_string())],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(phone.get("/mijn").await.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(app.get("/mijn").await.status(), StatusCode::OK);

    // Signing out everywhere leaves Jan alone.
    let response = app.post_form("/mijn/sessies/alles-beeindigen", &[]).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(app.get("/mijn").await.status(), StatusCode::UNAUTHORIZED);
    assert!(
        sessions_of(&app, els_id)
            .await
            .iter()
            .all(|s| s.ended_at.is_some())
    );
    assert!(
        sessions_of(&app, jan_id)
            .await
            .iter()
            .all(|s| s.ended_at.is_none())
    );
    assert_eq!(jan.get("/mijn").await.status(), StatusCode::OK);

    // Bad input changes nothing.
    let response = jan
        .post_form("/mijn/sessies/beeindigen", &[("session", "drie")])
        .await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
}
backend_test!(people_see_and_end_their_own_sessions_and_never_anyone_elses);

async fn sessions_end_after_the_idle_and_the_absolute_time_out(backend: Backend) {
    let app = spawn_app(backend).await;
    app.sign_in_as("sofie").await;
    assert_eq!(app.get("/mijn").await.status(), StatusCode::OK);
    let (status, html) = app.get_html("/mijn").await;
    assert_eq!(status, StatusCode::OK);
    // A parent sees her child.
    assert!(html.contains("Lotte Maes"), "{html}");

    // 31 minutes without a request.
    let now = db::now();
    session::Entity::update_many()
        .col_expr(
            session::Column::LastSeenAt,
            db::sea_orm::sea_query::Expr::value(now - 31 * 60),
        )
        .exec(&app.db)
        .await
        .unwrap();
    let response = app.get("/mijn").await;
    assert_eq!(
        response.status(),
        StatusCode::UNAUTHORIZED,
        "{:?}",
        app.backend
    );
    assert!(session_cookie(&response).unwrap().contains("Max-Age=0"));
    let stored = session::Entity::find().one(&app.db).await.unwrap().unwrap();
    assert!(
        stored.ended_at.is_some(),
        "the timed-out session is marked ended"
    );

    // Active all along, but signed in more than 12 hours ago.
    app.sign_in_as("sofie").await;
    session::Entity::update_many()
        .col_expr(
            session::Column::ExpiresAt,
            db::sea_orm::sea_query::Expr::value(now - 1),
        )
        .filter(session::Column::EndedAt.is_null())
        .exec(&app.db)
        .await
        .unwrap();
    assert_eq!(app.get("/mijn").await.status(), StatusCode::UNAUTHORIZED);
}
backend_test!(sessions_end_after_the_idle_and_the_absolute_time_out);

#[tokio::test]
async fn forged_cookies_and_pages_for_the_signed_in_refuse_strangers() {
    let app = spawn_app(common::Backend::Sqlite).await;
    for cookie in [
        "ewh_session=abc",
        &format!("ewh_session={}", "A".repeat(43)),
        "ewh_session=",
    ] {
        let response = app
            .client
            .get(app.url("/mijn/sessies"))
            .header("cookie", cookie)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED, "{cookie}");
        let html = response.text().await.unwrap();
        assert!(html.contains("Meld u eerst aan"));
        assert!(html.contains(r#"href="/aanmelden""#));
    }
    // The server functions behind those pages refuse too.
    let response = app.get("/api/profile").await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    let error: serde_json::Value = response.json().await.unwrap();
    assert_eq!(error["code"], "SignInRequired");
    // An unknown persona: a clear error, no session.
    let response = app
        .post_form("/aanmelden/demo", &[("persona", "lotte")])
        .await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert!(
        session::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .is_empty()
    );
    assert!(
        audit_actions(&app)
            .await
            .contains(&("sign_in.failed".into(), "failed".into()))
    );
}

#[tokio::test]
async fn the_time_out_warning_extends_the_session_with_the_token_only() {
    let app = spawn_app(common::Backend::Sqlite).await;
    app.sign_in_as("jan").await;
    let (_, html) = app.get_html("/mijn").await;
    let token = csrf_in(&html).unwrap();
    session::Entity::update_many()
        .col_expr(
            session::Column::LastSeenAt,
            db::sea_orm::sea_query::Expr::value(db::now() - 25 * 60),
        )
        .exec(&app.db)
        .await
        .unwrap();
    // Without the token: refused, the session is not extended.
    let response = app
        .post_form_raw("/api/extend-session", &[("csrf", "nope")])
        .await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let response = app
        .post_form_raw("/api/extend-session", &[("csrf", &token)])
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let left: i64 = response.json().await.unwrap();
    assert!((29 * 60..=30 * 60).contains(&left), "{left}");
    let stored = session::Entity::find().one(&app.db).await.unwrap().unwrap();
    assert!(db::now() - stored.last_seen_at < 60);
}

/// Sets when the signed-in sessions were last active.
async fn last_seen_ago(app: &TestApp, seconds: i64) -> i64 {
    let at = db::now() - seconds;
    session::Entity::update_many()
        .col_expr(
            session::Column::LastSeenAt,
            db::sea_orm::sea_query::Expr::value(at),
        )
        .filter(session::Column::EndedAt.is_null())
        .exec(&app.db)
        .await
        .unwrap();
    at
}

async fn last_seen(app: &TestApp) -> i64 {
    session::Entity::find()
        .filter(session::Column::EndedAt.is_null())
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .last_seen_at
}

async fn asking_how_long_the_session_lasts_does_not_extend_it(backend: Backend) {
    let app = spawn_app(backend).await;
    app.sign_in_as("jan").await;
    // Another tab was active 25 of the 30 minutes ago.
    let seen = last_seen_ago(&app, 25 * 60).await;
    let response = app.get("/api/session-status").await;
    assert_eq!(response.status(), StatusCode::OK, "{:?}", app.backend);
    let left: serde_json::Value = response.json().await.unwrap();
    let seconds = left["seconds"].as_i64().unwrap();
    assert!((4 * 60..=5 * 60).contains(&seconds), "{left}");
    assert_eq!(
        left["until"].as_str().unwrap().len(),
        5,
        "hour:minute, {left}"
    );
    assert_eq!(last_seen(&app).await, seen, "asking is not activity");
    // A page is activity: the answer moves with it.
    app.get("/mijn").await;
    let left: serde_json::Value = app.get("/api/session-status").await.json().await.unwrap();
    assert!(left["seconds"].as_i64().unwrap() > 29 * 60, "{left}");
    // Signed out (another browser): nothing left, and no session made.
    let stranger = app.another_browser();
    let left: serde_json::Value = stranger
        .get("/api/session-status")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(left["seconds"], 0);
}
backend_test!(asking_how_long_the_session_lasts_does_not_extend_it);

async fn every_signed_in_page_says_until_when_the_session_lasts_in_every_language(
    backend: Backend,
) {
    let app = spawn_app(backend).await;
    let (_, html) = app.get_html("/ieper").await;
    assert!(
        !html.contains("/mijn/sessies/verlengen"),
        "signed out: no line"
    );
    app.sign_in_as("jan").await;
    for (lang, words) in [
        ("nl", "blijft u aangemeld tot "),
        ("fr", "vous restez connecté jusqu'à "),
        ("de", "bleiben Sie bis "),
        ("en", "you stay signed in until "),
    ] {
        for path in ["/mijn", "/ieper/producten?q=paspoort"] {
            let before = app::account::session_left(db::now() + 30 * 60, db::now());
            let response = app
                .client
                .get(app.url(path))
                .header("accept-language", lang)
                .send()
                .await
                .unwrap();
            let after = app::account::session_left(db::now() + 30 * 60, db::now());
            assert_eq!(response.status(), StatusCode::OK);
            let html = response
                .text()
                .await
                .unwrap()
                .replace("&#x27;", "'")
                .replace("&#39;", "'");
            // Rendered at this request: the idle end from now, in Belgian time.
            let said = [&before, &after]
                .iter()
                .any(|left| html.contains(&format!("{words}{}", left.until)));
            assert!(said, "{lang} {path}: {words}{} in {html}", before.until);
            assert!(html.contains(r#"action="/mijn/sessies/verlengen""#));
            assert!(
                html.contains(&format!(r#"name="return_to" value="{path}""#)),
                "{path}"
            );
        }
    }
}
backend_test!(every_signed_in_page_says_until_when_the_session_lasts_in_every_language);

async fn the_extend_form_extends_the_session_without_javascript_and_returns_to_the_page(
    backend: Backend,
) {
    let app = spawn_app(backend).await;
    app.sign_in_as("jan").await;
    let (_, html) = app.get_html("/ieper/producten?q=paspoort").await;
    let token = csrf_in(&html).unwrap();

    // Without the token: refused, not extended.
    let seen = last_seen_ago(&app, 25 * 60).await;
    let response = app
        .post_form_raw(
            "/mijn/sessies/verlengen",
            &[("csrf", "nope"), ("return_to", "/ieper")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    assert_eq!(last_seen(&app).await, seen);

    let response = app
        .post_form_raw(
            "/mijn/sessies/verlengen",
            &[
                ("csrf", &token),
                ("return_to", "/ieper/producten?q=paspoort"),
            ],
        )
        .await;
    assert_eq!(
        response.status(),
        StatusCode::SEE_OTHER,
        "{:?}",
        app.backend
    );
    assert_eq!(common::location(&response), "/ieper/producten?q=paspoort");
    assert!(db::now() - last_seen(&app).await < 5, "extended now");

    // Only back to a page of this site.
    for elsewhere in ["https://evil.example/", "//evil.example", ""] {
        let response = app
            .post_form_raw(
                "/mijn/sessies/verlengen",
                &[("csrf", &token), ("return_to", elsewhere)],
            )
            .await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
        assert_eq!(common::location(&response), "/", "{elsewhere}");
    }

    // Signed out, with a valid pre-session token: sign in first.
    let stranger = app.another_browser();
    let response = stranger
        .post_form("/mijn/sessies/verlengen", &[("return_to", "/mijn")])
        .await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
}
backend_test!(the_extend_form_extends_the_session_without_javascript_and_returns_to_the_page);

async fn sign_in_attempts_are_rate_limited_per_address(backend: Backend) {
    let app = spawn_app(backend).await;
    let token = app.csrf_token().await;
    let mut last = None;
    for _ in 0..=server::session::SIGN_IN_LIMIT.hits {
        let response = app
            .post_form_raw(
                "/aanmelden/demo",
                &[("persona", "nobody"), ("csrf", &token)],
            )
            .await;
        last = Some(response);
    }
    let response = last.unwrap();
    assert_eq!(
        response.status(),
        StatusCode::TOO_MANY_REQUESTS,
        "{:?}",
        app.backend
    );
    assert!(response.headers().contains_key("retry-after"));
    assert!(response.text().await.unwrap().contains("Even geduld"));
    // Even the right persona now waits.
    let response = app
        .post_form_raw("/aanmelden/demo", &[("persona", "els"), ("csrf", &token)])
        .await;
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(
        session::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .is_empty()
    );
}
backend_test!(sign_in_attempts_are_rate_limited_per_address);

async fn the_audit_log_cannot_be_changed_or_emptied(backend: Backend) {
    let app = spawn_app(backend).await;
    app.sign_in_as("an").await;
    let before = audit_actions(&app).await;
    assert!(!before.is_empty());
    let backend_kind = app.db.get_database_backend();
    for sql in [
        "UPDATE audit_event SET outcome = 'ok', action = 'nothing'",
        "DELETE FROM audit_event",
    ] {
        let result = app
            .db
            .execute_raw(Statement::from_string(backend_kind, sql))
            .await;
        assert!(result.is_err(), "{sql} must fail on {:?}", app.backend);
    }
    assert_eq!(audit_actions(&app).await, before);
}
backend_test!(the_audit_log_cannot_be_changed_or_emptied);

/// No code path updates or deletes audit rows: the only writer is
/// `db::audit::record` (an insert).
#[test]
fn no_code_writes_the_audit_log_except_by_appending() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut offenders = Vec::new();
    let mut stack = vec![
        root.join("server/src"),
        root.join("server/db/src"),
        root.join("app/src"),
    ];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                if !path.ends_with("migration") {
                    stack.push(path);
                }
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            for needle in [
                "audit_event::Entity::update",
                "audit_event::Entity::delete",
                "AuditEvent::update",
                "AuditEvent::delete",
                "UPDATE audit_event",
                "DELETE FROM audit_event",
            ] {
                if text.contains(needle) {
                    offenders.push(format!("{}: {needle}", path.display()));
                }
            }
            if text.contains("audit_event::ActiveModel") && !path.ends_with("audit.rs") {
                offenders.push(format!(
                    "{}: builds audit rows outside db::audit",
                    path.display()
                ));
            }
        }
    }
    assert!(offenders.is_empty(), "{offenders:#?}");
}

async fn people_download_their_own_data_and_guests_end_their_account(backend: Backend) {
    let app = spawn_app(backend).await;
    assert_eq!(
        app.get("/mijn/gegevens.json").await.status(),
        StatusCode::UNAUTHORIZED
    );

    app.sign_in_as("sofie").await;
    let response = app.get("/mijn/gegevens.json").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(
        response.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment")
    );
    assert_eq!(response.headers()["cache-control"], "no-store");
    let data: serde_json::Value = response.json().await.unwrap();
    assert_eq!(data["person"]["given_name"], "Sofie");
    assert_eq!(data["person"]["national_register_number"], "88110206257");
    assert_eq!(data["may_act_for"][0]["name"], "Lotte Maes");
    assert_eq!(data["sessions"].as_array().unwrap().len(), 1);
    assert!(
        data["audit_log"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["action"] == "sign_in")
    );
    // A citizen cannot end their account here (the registers keep them).
    let response = app.post_form("/mijn/account-beeindigen", &[]).await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);

    // A guest can, and is signed out; their person row is gone.
    let guest = app.another_browser();
    guest.sign_in_as("marie").await;
    let (_, html) = guest.get_html("/mijn").await;
    assert!(html.contains("Mijn gastaccount beëindigen"));
    let marie = db::identity::person_by_login(&app.db, "demo", "marie")
        .await
        .unwrap()
        .unwrap();
    let response = guest.post_form("/mijn/account-beeindigen", &[]).await;
    assert_eq!(
        response.status(),
        StatusCode::SEE_OTHER,
        "{:?}",
        app.backend
    );
    assert!(
        db::identity::person(&app.db, marie.id)
            .await
            .unwrap()
            .is_none()
    );
    assert_eq!(guest.get("/mijn").await.status(), StatusCode::UNAUTHORIZED);
    assert!(
        audit_actions(&app)
            .await
            .contains(&("account.end".into(), "ok".into()))
    );
    // Sofie is untouched.
    assert_eq!(app.get("/mijn").await.status(), StatusCode::OK);
}
backend_test!(people_download_their_own_data_and_guests_end_their_account);

//! Housekeeping on every backend: what has served its purpose goes (old
//! sessions, codes, unfinished sign-ins, counters, the text of old mails),
//! what is still in use or recent stays, the audit log is untouched, a second
//! round finds nothing, and `server tidy` does the same from the command line.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may panic: that is how it fails

use crate::common::{Backend, TestDb, backend_test, fresh_database};
use chrono::{TimeDelta, Utc};
use db::entities::{
    audit_event, email_change, guest_code, login_attempt, outbox_mail, rate_limit, session,
};
use db::housekeeping::{Tidied, tidy};
use db::identity::SessionLimits;
use db::outbox::NewMail;
use db::sea_orm::{ActiveModelTrait, EntityTrait, NotSet, PaginatorTrait, Set};

const DAY: i64 = 86_400;

const LIMITS: SessionLimits = SessionLimits {
    idle_seconds: 30 * 60,
    absolute_seconds: 12 * 60 * 60,
    touch_seconds: 60,
    warning_seconds: 5 * 60,
    sign_ins_per_5_minutes: 10,
};

async fn a_session(
    test: &TestDb,
    person_id: i32,
    name: &str,
    last_seen_at: i64,
    expires_at: i64,
    ended_at: Option<i64>,
) {
    session::ActiveModel {
        id: NotSet,
        token_hash: Set(format!("token-{name}")),
        person_id: Set(person_id),
        csrf_token: Set(format!("csrf-{name}")),
        assurance: Set("high".into()),
        method: Set("demo".into()),
        created_at: Set(last_seen_at - 60),
        last_seen_at: Set(last_seen_at),
        expires_at: Set(expires_at),
        ended_at: Set(ended_at),
        user_agent: Set("test".into()),
        ip: Set("127.0.0.1".into()),
    }
    .insert(&test.db)
    .await
    .unwrap();
}

async fn a_guest_code(test: &TestDb, name: &str, expires_at: i64) {
    guest_code::ActiveModel {
        id: NotSet,
        email: Set(format!("{name}@example.org")),
        code_hash: Set(format!("code-{name}")),
        browser_hash: Set(format!("browser-{name}")),
        attempts: Set(0),
        created_at: Set(expires_at - 900),
        expires_at: Set(expires_at),
        used_at: Set(None),
    }
    .insert(&test.db)
    .await
    .unwrap();
}

async fn a_login_attempt(test: &TestDb, name: &str, expires_at: i64) {
    login_attempt::ActiveModel {
        id: NotSet,
        state_hash: Set(format!("state-{name}")),
        browser_hash: Set(format!("browser-{name}")),
        nonce: Set(format!("nonce-{name}")),
        pkce_verifier: Set(format!("pkce-{name}")),
        return_to: Set("/mijn".into()),
        created_at: Set(expires_at - 600),
        expires_at: Set(expires_at),
    }
    .insert(&test.db)
    .await
    .unwrap();
}

async fn a_mail(test: &TestDb, name: &str) -> i64 {
    db::outbox::enqueue(
        &test.db,
        NewMail {
            recipient: format!("{name}@example.org"),
            subject: format!("Subject {name}"),
            body_text: format!("Your code is {name}"),
            lang: "nl".into(),
        },
    )
    .await
    .unwrap()
}

async fn mail_text(test: &TestDb, id: i64) -> String {
    outbox_mail::Entity::find_by_id(id)
        .one(&test.db)
        .await
        .unwrap()
        .expect("the row stays")
        .body_text
}

async fn housekeeping_removes_what_served_its_purpose_and_keeps_the_rest(backend: Backend) {
    let test = fresh_database(backend.clone()).await;
    db::seed::seed(&test.db).await.unwrap();
    let els = db::identity::person_by_rrn(&test.db, "85073003328")
        .await
        .unwrap()
        .unwrap();
    let now = db::now();

    // Sessions: in use and recently ended stay; ended, expired or idle
    // for more than a day go.
    a_session(&test, els.id, "active", now - 60, now + 3600, None).await;
    a_session(
        &test,
        els.id,
        "ended-now",
        now - 3600,
        now + 3600,
        Some(now - 3600),
    )
    .await;
    a_session(
        &test,
        els.id,
        "ended-long-ago",
        now - 3 * DAY,
        now - 2 * DAY,
        Some(now - 2 * DAY),
    )
    .await;
    a_session(
        &test,
        els.id,
        "expired-long-ago",
        now - 2 * DAY,
        now - 2 * DAY,
        None,
    )
    .await;
    a_session(
        &test,
        els.id,
        "idle-long-ago",
        now - DAY - LIMITS.idle_seconds - 60,
        now + 3600,
        None,
    )
    .await;
    // Guest codes and unfinished sign-ins: expired more than a day ago go.
    a_guest_code(&test, "fresh", now + 600).await;
    a_guest_code(&test, "just-expired", now - 60).await;
    a_guest_code(&test, "old", now - 2 * DAY).await;
    a_login_attempt(&test, "fresh", now + 600).await;
    a_login_attempt(&test, "old", now - 2 * DAY).await;
    // New addresses waiting for a code: one of two days ago goes.
    let jan = db::identity::person_by_rrn(&test.db, "79031214511")
        .await
        .unwrap()
        .unwrap();
    db::email_change::start(&test.db, els.id, "els@example.org", jan.id, now)
        .await
        .unwrap();
    db::email_change::start(&test.db, jan.id, "jan@example.org", els.id, now - 2 * DAY)
        .await
        .unwrap();
    // Counters: this window stays, one of two hours ago goes.
    let limit = db::rate_limit::Limit {
        hits: 5,
        window_seconds: 900,
    };
    db::rate_limit::hit(&test.db, "sign_in:now", limit, now)
        .await
        .unwrap();
    db::rate_limit::hit(&test.db, "sign_in:before", limit, now - 2 * 3600)
        .await
        .unwrap();
    // Mails: the text of one sent (or given up) more than a week ago is
    // emptied; the row stays. Recent and waiting mails keep their text.
    let sent_long_ago = a_mail(&test, "sent-long-ago").await;
    let given_up_long_ago = a_mail(&test, "given-up-long-ago").await;
    let sent_yesterday = a_mail(&test, "sent-yesterday").await;
    let waiting = a_mail(&test, "waiting").await;
    let at = |days: i64| Utc::now() - TimeDelta::days(days);
    db::outbox::mark_sent(&test.db, sent_long_ago, at(8))
        .await
        .unwrap();
    db::outbox::mark_sent(&test.db, sent_yesterday, at(1))
        .await
        .unwrap();
    let row = outbox_mail::Entity::find_by_id(given_up_long_ago)
        .one(&test.db)
        .await
        .unwrap()
        .unwrap();
    db::outbox::give_up(&test.db, &row, at(9), "550 no such user")
        .await
        .unwrap();
    let audit_before = audit_event::Entity::find().count(&test.db).await.unwrap();

    let tidied = tidy(&test.db, &LIMITS, now).await.unwrap();
    assert_eq!(
        tidied,
        Tidied {
            sessions: 3,
            guest_codes: 1,
            login_attempts: 1,
            email_changes: 1,
            rate_limits: 1,
            mail_texts: 2,
        },
        "{backend:?}"
    );
    let tokens: Vec<String> = session::Entity::find()
        .all(&test.db)
        .await
        .unwrap()
        .into_iter()
        .map(|row| row.token_hash)
        .collect();
    assert_eq!(tokens, ["token-active", "token-ended-now"]);
    let addresses: Vec<String> = email_change::Entity::find()
        .all(&test.db)
        .await
        .unwrap()
        .into_iter()
        .map(|row| row.email)
        .collect();
    assert_eq!(addresses, ["els@example.org"]);
    assert_eq!(guest_code::Entity::find().count(&test.db).await.unwrap(), 2);
    assert_eq!(
        login_attempt::Entity::find().count(&test.db).await.unwrap(),
        1
    );
    let counters: Vec<String> = rate_limit::Entity::find()
        .all(&test.db)
        .await
        .unwrap()
        .into_iter()
        .map(|row| row.key)
        .collect();
    assert_eq!(counters, ["sign_in:now"]);
    assert_eq!(mail_text(&test, sent_long_ago).await, "");
    assert_eq!(mail_text(&test, given_up_long_ago).await, "");
    assert_eq!(
        mail_text(&test, sent_yesterday).await,
        "Your code is sent-yesterday"
    );
    assert_eq!(mail_text(&test, waiting).await, "Your code is waiting");
    assert_eq!(
        outbox_mail::Entity::find().count(&test.db).await.unwrap(),
        4
    );
    assert_eq!(
        audit_event::Entity::find().count(&test.db).await.unwrap(),
        audit_before,
        "the audit log is never tidied"
    );

    // Nothing left to do.
    assert_eq!(tidy(&test.db, &LIMITS, now).await.unwrap().total(), 0);

    // The command line does the same.
    a_guest_code(&test, "older", now - 3 * DAY).await;
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_server"))
        .arg("tidy")
        .env("DATABASE_URL", &test.url)
        .env("RUST_LOG", "warn")
        .env_remove("APP_CONFIG")
        .output()
        .expect("run the server binary");
    assert!(output.status.success(), "{output:?}");
    let printed = String::from_utf8_lossy(&output.stdout);
    assert!(printed.contains("1 guest codes"), "{printed}");
    assert_eq!(guest_code::Entity::find().count(&test.db).await.unwrap(), 2);
}
backend_test!(housekeeping_removes_what_served_its_purpose_and_keeps_the_rest);

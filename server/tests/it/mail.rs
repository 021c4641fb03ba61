//! The mail worker against a real SMTP server process (`end2end/smtp/server.mjs`)
//! on every backend: delivery with the right headers and UTF-8 text; a mail
//! server outage, a temporary refusal and a database failure that only delay
//! mail; giving up; two workers that never send a mail twice; and a
//! rolled-back enqueue that sends nothing.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may panic: that is how it fails

use crate::common::smtp::{PATIENCE, ReceivedMail, SmtpServer, free_port};
use crate::common::{self, Backend, TestDb, backend_test, fresh_database};
use db::entities::outbox_mail;
use db::outbox::{self, NewMail};
use db::sea_orm::{ConnectionTrait, EntityTrait, QueryOrder, TransactionTrait};
use secrecy::SecretString;
use server::mail::{MailSettings, MailWorker, SmtpTls, spawn_mail_worker};
use std::collections::BTreeSet;
use std::time::{Duration, Instant};

const FROM: &str = "e-Westhoek <noreply@westhoek.example>";

/// Fast polls and one-second retries: the tests wait seconds, not minutes.
fn settings(smtp_port: u16) -> MailSettings {
    MailSettings {
        smtp_host: "127.0.0.1".into(),
        smtp_port,
        tls: SmtpTls::None,
        username: None,
        password: None,
        from: FROM.into(),
        poll_seconds: 1,
        timeout_seconds: 10,
        batch_size: 10,
        retry_first_seconds: 1,
        retry_max_seconds: 1,
        max_attempts: 30,
    }
}

fn mail(recipient: &str, subject: &str, body: &str) -> NewMail {
    NewMail {
        recipient: recipient.into(),
        subject: subject.into(),
        body_text: body.into(),
        lang: "nl".into(),
    }
}

async fn rows(test: &TestDb) -> Vec<outbox_mail::Model> {
    outbox_mail::Entity::find()
        .order_by_asc(outbox_mail::Column::Id)
        .all(&test.db)
        .await
        .unwrap()
}

/// Polls the outbox until `done` holds for the mail, or fails the test.
async fn wait_for_row(
    test: &TestDb,
    id: i64,
    what: &str,
    done: impl Fn(&outbox_mail::Model) -> bool,
) -> outbox_mail::Model {
    let deadline = Instant::now() + PATIENCE;
    loop {
        let row = outbox_mail::Entity::find_by_id(id)
            .one(&test.db)
            .await
            .unwrap()
            .unwrap();
        if done(&row) {
            return row;
        }
        assert!(
            Instant::now() < deadline,
            "mail {id} is not {what} within {PATIENCE:?}: {row:?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

fn start(test: &TestDb, settings: MailSettings) -> MailWorker {
    spawn_mail_worker(test.db.clone(), settings).expect("worker")
}

async fn an_enqueued_mail_arrives_as_plain_utf8_text_with_its_headers(backend: Backend) {
    let test = fresh_database(backend.clone()).await;
    let smtp = SmtpServer::start().await;
    let worker = start(&test, settings(smtp.smtp_port));

    let subject = "Uw aanmeldcode — één keer geldig ✓";
    let body = "Beste burger,\n\nUw code is 418 207.\n.Deze regel begint met een punt.\nMet vriendelijke groet,\nStad Ieper — Dienst Burgerzaken\n";
    let id = outbox::enqueue(
        &test.db,
        mail("Jan Peeters <jan.peeters@example.be>", subject, body),
    )
    .await
    .unwrap();
    worker.notify();

    let received = smtp.wait_for_messages(1).await;
    assert_eq!(received.len(), 1, "{backend:?}");
    let message: &ReceivedMail = &received[0];
    assert_eq!(message.subject.as_deref(), Some(subject));
    assert_eq!(
        message.text.as_deref().map(str::trim_end),
        Some(body.trim_end()),
        "the text arrives unchanged, the dot-line included"
    );
    // Display names may arrive quoted (`"e-Westhoek" <…>`): both are right.
    let from = message.from.as_deref().unwrap().replace('"', "");
    assert_eq!(from, "e-Westhoek <noreply@westhoek.example>");
    let to = message.to.as_deref().unwrap().replace('"', "");
    assert_eq!(to, "Jan Peeters <jan.peeters@example.be>");
    assert_eq!(
        message.envelope.mail_from.as_deref(),
        Some("noreply@westhoek.example")
    );
    assert_eq!(message.envelope.rcpt_to, ["jan.peeters@example.be"]);
    assert_eq!(message.user, None, "no login without a username");
    assert_eq!(message.content_language.as_deref(), Some("nl"));
    let content_type = message.content_type.as_deref().unwrap().to_lowercase();
    assert!(
        content_type.starts_with("text/plain") && content_type.contains("charset=utf-8"),
        "{content_type}"
    );
    assert_eq!(message.headers["mime-version"], ["1.0"]);

    let row = wait_for_row(&test, id, "recorded as sent", |row| row.sent_at.is_some()).await;
    assert_eq!(row.attempts, 1);
    assert_eq!(row.next_attempt_at, None);

    // Date is when the mail was written; the Message-ID names the mail.
    let date = chrono::DateTime::parse_from_rfc3339(message.date.as_deref().unwrap()).unwrap();
    assert_eq!(date.timestamp(), row.created_at.timestamp());
    let message_id = message.message_id.as_deref().unwrap();
    assert!(
        message_id.starts_with(&format!("<outbox.{id}."))
            && message_id.ends_with("@westhoek.example>"),
        "{message_id}"
    );

    // The headers themselves are 7-bit: the subject's non-ASCII words are
    // encoded words (RFC 2047).
    let head = message.raw.split("\r\n\r\n").next().unwrap();
    assert!(head.is_ascii(), "{head}");
    assert!(
        message.headers["subject"][0]
            .to_lowercase()
            .contains("=?utf-8?"),
        "{:?}",
        message.headers["subject"]
    );
    worker.shutdown().await;
}
backend_test!(an_enqueued_mail_arrives_as_plain_utf8_text_with_its_headers);

async fn mail_waits_while_the_mail_server_is_down_and_goes_out_when_it_is_up(backend: Backend) {
    let test = fresh_database(backend.clone()).await;
    let port = free_port();
    let worker = start(&test, settings(port));

    let id = outbox::enqueue(
        &test.db,
        mail("an@example.be", "Bevestiging", "Uw aanvraag is ontvangen."),
    )
    .await
    .unwrap();
    worker.notify();
    let row = wait_for_row(&test, id, "tried", |row| row.attempts > 0).await;
    assert_eq!(row.sent_at, None, "{backend:?}");
    assert_eq!(row.given_up_at, None);
    assert!(row.next_attempt_at.is_some(), "still queued");
    assert!(row.last_error.is_some());
    assert!(
        !row.last_error.unwrap().contains("ontvangen"),
        "never the body"
    );

    let smtp = SmtpServer::start_on(port, false).await;
    let received = smtp.wait_for_messages(1).await;
    assert_eq!(received[0].subject.as_deref(), Some("Bevestiging"));
    let row = wait_for_row(&test, id, "recorded as sent", |row| row.sent_at.is_some()).await;
    assert!(row.attempts >= 2, "{row:?}");
    worker.shutdown().await;
    assert_eq!(smtp.messages().await.len(), 1, "sent once ({backend:?})");
}
backend_test!(mail_waits_while_the_mail_server_is_down_and_goes_out_when_it_is_up);

async fn a_temporary_refusal_is_retried_until_the_server_takes_the_mail(backend: Backend) {
    let test = fresh_database(backend.clone()).await;
    let port = free_port();
    let smtp = SmtpServer::start_on(port, true).await;
    let worker = start(&test, settings(port));

    let id = outbox::enqueue(&test.db, mail("an@example.be", "Herinnering", "Tekst."))
        .await
        .unwrap();
    worker.notify();
    let row = wait_for_row(&test, id, "refused", |row| row.attempts > 0).await;
    let error = row.last_error.clone().unwrap();
    assert!(error.contains("451"), "{error}");
    assert_eq!(row.sent_at, None, "{backend:?}");
    assert!(smtp.messages().await.is_empty());

    smtp.set_reject(false).await;
    smtp.wait_for_messages(1).await;
    wait_for_row(&test, id, "recorded as sent", |row| row.sent_at.is_some()).await;
    worker.shutdown().await;
}
backend_test!(a_temporary_refusal_is_retried_until_the_server_takes_the_mail);

async fn the_worker_carries_on_after_the_database_fails(backend: Backend) {
    let test = fresh_database(backend.clone()).await;
    let smtp = SmtpServer::start().await;
    let worker = start(&test, settings(smtp.smtp_port));

    // Every claim fails while the table is away.
    test.db
        .execute_unprepared("ALTER TABLE outbox_mail RENAME TO outbox_mail_away")
        .await
        .unwrap();
    worker.notify();
    tokio::time::sleep(Duration::from_millis(1200)).await;
    assert!(!worker.is_finished(), "{backend:?}");
    test.db
        .execute_unprepared("ALTER TABLE outbox_mail_away RENAME TO outbox_mail")
        .await
        .unwrap();

    let id = outbox::enqueue(&test.db, mail("an@example.be", "Na de storing", "Tekst."))
        .await
        .unwrap();
    worker.notify();
    smtp.wait_for_messages(1).await;
    wait_for_row(&test, id, "recorded as sent", |row| row.sent_at.is_some()).await;
    worker.shutdown().await;
}
backend_test!(the_worker_carries_on_after_the_database_fails);

async fn a_mail_that_fails_every_attempt_is_given_up_and_kept(backend: Backend) {
    let test = fresh_database(backend.clone()).await;
    let smtp = SmtpServer::start_on_free_ports(true).await;
    let worker = start(
        &test,
        MailSettings {
            max_attempts: 2,
            ..settings(smtp.smtp_port)
        },
    );
    let refused = outbox::enqueue(&test.db, mail("an@example.be", "Onderwerp", "Tekst."))
        .await
        .unwrap();
    // An address that can never work is given up at the first attempt.
    let unusable = outbox::enqueue(&test.db, mail("geen adres", "Onderwerp", "Tekst."))
        .await
        .unwrap();
    worker.notify();

    let row = wait_for_row(&test, refused, "given up", |row| row.given_up_at.is_some()).await;
    assert_eq!(row.attempts, 2, "{backend:?}");
    assert_eq!((row.sent_at, row.next_attempt_at), (None, None));
    assert!(row.last_error.unwrap().contains("451"));
    let row = wait_for_row(&test, unusable, "given up", |row| row.given_up_at.is_some()).await;
    assert_eq!(row.attempts, 1, "{backend:?}");
    assert!(row.last_error.unwrap().contains("recipient"));

    worker.shutdown().await;
    assert_eq!(rows(&test).await.len(), 2, "nothing is deleted");
    assert!(smtp.messages().await.is_empty());
}
backend_test!(a_mail_that_fails_every_attempt_is_given_up_and_kept);

async fn two_workers_on_one_database_send_each_mail_once(backend: Backend) {
    const MAILS: usize = 30;
    let test = fresh_database(backend.clone()).await;
    let smtp = SmtpServer::start().await;
    let mut enqueued = BTreeSet::new();
    for n in 0..MAILS {
        let id = outbox::enqueue(
            &test.db,
            mail(
                &format!("burger{n}@example.be"),
                &format!("Mail {n}"),
                "Tekst.",
            ),
        )
        .await
        .unwrap();
        enqueued.insert(id);
    }
    // Small batches, so the two workers take turns at the outbox.
    let small = MailSettings {
        batch_size: 2,
        ..settings(smtp.smtp_port)
    };
    let workers = [start(&test, small.clone()), start(&test, small)];
    for worker in &workers {
        worker.notify();
    }

    let deadline = Instant::now() + PATIENCE;
    while rows(&test).await.iter().any(|row| row.sent_at.is_none()) {
        assert!(
            Instant::now() < deadline,
            "not all mail was sent ({backend:?})"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    for worker in workers {
        worker.shutdown().await;
    }

    let received = smtp.messages().await;
    let subjects: BTreeSet<String> = received
        .iter()
        .map(|message| message.subject.clone().unwrap())
        .collect();
    assert_eq!(received.len(), MAILS, "each mail once ({backend:?})");
    assert_eq!(subjects.len(), MAILS);
    assert!(rows(&test).await.iter().all(|row| row.attempts == 1));
}
backend_test!(two_workers_on_one_database_send_each_mail_once);

async fn a_mail_enqueued_in_a_rolled_back_transaction_is_never_sent(backend: Backend) {
    let test = fresh_database(backend.clone()).await;
    let smtp = SmtpServer::start().await;
    let worker = start(&test, settings(smtp.smtp_port));

    let transaction = test.db.begin().await.unwrap();
    outbox::enqueue(
        &transaction,
        mail("an@example.be", "Teruggedraaid", "Mag nooit aankomen."),
    )
    .await
    .unwrap();
    transaction.rollback().await.unwrap();

    let transaction = test.db.begin().await.unwrap();
    let committed = outbox::enqueue(
        &transaction,
        mail("an@example.be", "Vastgelegd", "Komt aan."),
    )
    .await
    .unwrap();
    transaction.commit().await.unwrap();
    worker.notify();

    // The committed mail was enqueued later: once it is sent, the
    // worker has seen everything there is.
    wait_for_row(&test, committed, "recorded as sent", |row| {
        row.sent_at.is_some()
    })
    .await;
    worker.shutdown().await;
    let received = smtp.messages().await;
    let subjects: Vec<_> = received
        .iter()
        .map(|message| message.subject.as_deref().unwrap())
        .collect();
    assert_eq!(subjects, ["Vastgelegd"], "{backend:?}");
    assert_eq!(rows(&test).await.len(), 1);
}
backend_test!(a_mail_enqueued_in_a_rolled_back_transaction_is_never_sent);

#[tokio::test]
async fn a_configured_username_logs_in_and_the_password_stays_off_plain_networks() {
    let test = fresh_database(common::Backend::Sqlite).await;
    let smtp = SmtpServer::start().await;
    let with_login = MailSettings {
        username: Some(SecretString::from("portaal")),
        password: Some(SecretString::from("geheim")),
        ..settings(smtp.smtp_port)
    };
    let worker = start(&test, with_login.clone());
    outbox::enqueue(&test.db, mail("an@example.be", "Met login", "Tekst."))
        .await
        .unwrap();
    worker.notify();
    let received = smtp.wait_for_messages(1).await;
    assert_eq!(received[0].user.as_deref(), Some("portaal"));
    worker.shutdown().await;

    // Over a network, a password goes only over TLS.
    let remote = MailSettings {
        smtp_host: "smtp.example.be".into(),
        ..with_login
    };
    let error = spawn_mail_worker(test.db.clone(), remote).unwrap_err();
    assert!(error.to_string().contains("TLS"), "{error}");
}

#[tokio::test]
async fn settings_read_from_toml_with_defaults_and_refuse_nonsense() {
    let settings: MailSettings = toml_settings(
        r#"
        smtp_host = "smtp.westhoek.be"
        smtp_port = 587
        tls = "starttls"
        username = "portaal"
        password = "geheim"
        from = "e-Westhoek <noreply@westhoek.be>"
        poll_seconds = 10
        "#,
    );
    assert_eq!(settings.tls, SmtpTls::Starttls);
    assert_eq!(settings.timeout_seconds, 30);
    assert_eq!(settings.max_attempts, 30);
    assert!(
        !format!("{settings:?}").contains("geheim"),
        "secrets stay out of debug output"
    );

    let test = fresh_database(common::Backend::Sqlite).await;
    // TLS towards the relay is set up (rustls, no native TLS) without
    // contacting it: the outbox is empty.
    for tls in [SmtpTls::Starttls, SmtpTls::Tls] {
        let worker = spawn_mail_worker(
            test.db.clone(),
            MailSettings {
                tls,
                ..settings.clone()
            },
        )
        .unwrap();
        worker.shutdown().await;
    }
    let bad_from = MailSettings {
        from: "geen adres".into(),
        ..settings.clone()
    };
    assert!(spawn_mail_worker(test.db.clone(), bad_from).is_err());
    let no_poll = MailSettings {
        poll_seconds: 0,
        ..settings
    };
    assert!(spawn_mail_worker(test.db.clone(), no_poll).is_err());
}

fn toml_settings(text: &str) -> MailSettings {
    config::Config::builder()
        .add_source(config::File::from_str(text, config::FileFormat::Toml))
        .build()
        .unwrap()
        .try_deserialize()
        .unwrap()
}

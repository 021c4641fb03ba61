//! The durable mail outbox on every backend: enqueue in the caller's
//! transaction, claims as leases that never overlap (also under concurrent
//! claims), backoff, giving up without deleting, and recording success.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may panic: that is how it fails

use crate::common::{Backend, backend_test, fresh_database};
use chrono::{DateTime, TimeDelta, Utc};
use db::entities::outbox_mail;
use db::outbox::{self, Failure, NewMail, RetryPolicy};
use db::sea_orm::{DatabaseConnection, EntityTrait, PaginatorTrait, TransactionTrait};
use std::collections::BTreeSet;
use std::time::Duration;

const LEASE: Duration = Duration::from_secs(60);

fn mail(n: usize) -> NewMail {
    NewMail {
        recipient: format!("burger{n}@example.be"),
        subject: format!("Uw code ({n})"),
        body_text: format!("Uw code is {n:06}."),
        lang: "nl".into(),
    }
}

async fn row(db: &DatabaseConnection, id: i64) -> outbox_mail::Model {
    outbox_mail::Entity::find_by_id(id)
        .one(db)
        .await
        .unwrap()
        .expect("the mail is still in the outbox")
}

fn ids(mails: &[outbox_mail::Model]) -> Vec<i64> {
    mails.iter().map(|mail| mail.id).collect()
}

fn later(seconds: i64) -> DateTime<Utc> {
    Utc::now() + TimeDelta::seconds(seconds)
}

async fn an_enqueued_mail_is_due_at_once_with_its_text(backend: Backend) {
    let test = fresh_database(backend.clone()).await;
    let id = outbox::enqueue(&test.db, mail(1)).await.unwrap();
    let stored = row(&test.db, id).await;
    assert_eq!(stored.recipient, "burger1@example.be", "{backend:?}");
    assert_eq!(stored.subject, "Uw code (1)");
    assert_eq!(stored.body_text, "Uw code is 000001.");
    assert_eq!(stored.lang, "nl");
    assert_eq!(stored.attempts, 0);
    assert_eq!(stored.next_attempt_at, Some(stored.created_at));
    assert_eq!((stored.sent_at, stored.given_up_at), (None, None));
    assert_eq!(stored.last_error, None);

    let claimed = outbox::claim_due(&test.db, Utc::now(), 10, LEASE)
        .await
        .unwrap();
    assert_eq!(ids(&claimed), [id], "{backend:?}");
    assert_eq!(claimed[0].body_text, "Uw code is 000001.");
}
backend_test!(an_enqueued_mail_is_due_at_once_with_its_text);

async fn enqueue_refuses_what_would_break_the_headers(backend: Backend) {
    let test = fresh_database(backend.clone()).await;
    let bad_language = NewMail {
        lang: "nl\r\nBcc: x@example.be".into(),
        ..mail(1)
    };
    assert!(outbox::enqueue(&test.db, bad_language).await.is_err());
    let bad_recipient = NewMail {
        recipient: "a@example.be\r\nBcc: x@example.be".into(),
        ..mail(2)
    };
    assert!(outbox::enqueue(&test.db, bad_recipient).await.is_err());
    assert_eq!(
        outbox_mail::Entity::find().count(&test.db).await.unwrap(),
        0,
        "{backend:?}"
    );
}
backend_test!(enqueue_refuses_what_would_break_the_headers);

async fn a_mail_exists_exactly_when_the_callers_transaction_commits(backend: Backend) {
    let test = fresh_database(backend.clone()).await;

    let transaction = test.db.begin().await.unwrap();
    outbox::enqueue(&transaction, mail(1)).await.unwrap();
    transaction.rollback().await.unwrap();
    assert_eq!(
        outbox_mail::Entity::find().count(&test.db).await.unwrap(),
        0,
        "{backend:?}"
    );

    let transaction = test.db.begin().await.unwrap();
    let id = outbox::enqueue(&transaction, mail(2)).await.unwrap();
    transaction.commit().await.unwrap();
    let claimed = outbox::claim_due(&test.db, Utc::now(), 10, LEASE)
        .await
        .unwrap();
    assert_eq!(ids(&claimed), [id], "{backend:?}");
}
backend_test!(a_mail_exists_exactly_when_the_callers_transaction_commits);

async fn a_claim_holds_its_mails_until_the_lease_ends(backend: Backend) {
    let test = fresh_database(backend.clone()).await;
    let mut enqueued = Vec::new();
    for n in 0..3 {
        enqueued.push(outbox::enqueue(&test.db, mail(n)).await.unwrap());
    }
    let now = later(1);

    let first = outbox::claim_due(&test.db, now, 2, LEASE).await.unwrap();
    assert_eq!(ids(&first), enqueued[..2], "oldest first ({backend:?})");
    let second = outbox::claim_due(&test.db, now, 2, LEASE).await.unwrap();
    assert_eq!(ids(&second), enqueued[2..], "{backend:?}");
    assert!(
        outbox::claim_due(&test.db, now, 2, LEASE)
            .await
            .unwrap()
            .is_empty()
    );

    // Nobody recorded an outcome: once the lease ends, the mails are due again.
    let after_lease = now + TimeDelta::seconds(61);
    let again = outbox::claim_due(&test.db, after_lease, 10, LEASE)
        .await
        .unwrap();
    assert_eq!(ids(&again), enqueued, "{backend:?}");
    assert!(again.iter().all(|mail| mail.attempts == 0));
}
backend_test!(a_claim_holds_its_mails_until_the_lease_ends);

async fn a_sent_mail_is_never_claimed_again(backend: Backend) {
    let test = fresh_database(backend.clone()).await;
    let id = outbox::enqueue(&test.db, mail(1)).await.unwrap();
    let claimed = outbox::claim_due(&test.db, Utc::now(), 10, LEASE)
        .await
        .unwrap();
    let sent_at = later(0);
    outbox::mark_sent(&test.db, claimed[0].id, sent_at)
        .await
        .unwrap();

    let stored = row(&test.db, id).await;
    assert_eq!(stored.attempts, 1, "{backend:?}");
    assert!(stored.sent_at.is_some());
    assert_eq!(stored.next_attempt_at, None);
    assert!(
        outbox::claim_due(&test.db, later(365 * 24 * 3600), 10, LEASE)
            .await
            .unwrap()
            .is_empty(),
        "{backend:?}"
    );
}
backend_test!(a_sent_mail_is_never_claimed_again);

async fn failures_back_off_and_the_last_one_gives_up_but_keeps_the_mail(backend: Backend) {
    let policy = RetryPolicy {
        first_delay: Duration::from_secs(10),
        max_delay: Duration::from_secs(25),
        max_attempts: 4,
    };
    let test = fresh_database(backend.clone()).await;
    let id = outbox::enqueue(&test.db, mail(1)).await.unwrap();
    let mut now = later(0);
    for (attempt, delay) in [(1, 10), (2, 20), (3, 25)] {
        let claimed = outbox::claim_due(&test.db, now, 10, LEASE).await.unwrap();
        assert_eq!(ids(&claimed), [id], "attempt {attempt} ({backend:?})");
        let outcome = outbox::mark_failed(
            &test.db,
            &claimed[0],
            now,
            "451 4.3.0 try again later",
            &policy,
        )
        .await
        .unwrap();
        let retry_at = now + TimeDelta::seconds(delay);
        assert_eq!(outcome, Failure::RetryAt(retry_at), "attempt {attempt}");

        // Not due before its time, due at it.
        let just_before = retry_at - TimeDelta::seconds(1);
        assert!(
            outbox::claim_due(&test.db, just_before, 10, LEASE)
                .await
                .unwrap()
                .is_empty()
        );
        let stored = row(&test.db, id).await;
        assert_eq!(stored.attempts, attempt);
        assert_eq!(
            stored.last_error.as_deref(),
            Some("451 4.3.0 try again later")
        );
        now = retry_at;
    }

    let claimed = outbox::claim_due(&test.db, now, 10, LEASE).await.unwrap();
    let long_error = format!("421 {}", "x".repeat(2000));
    let outcome = outbox::mark_failed(&test.db, &claimed[0], now, &long_error, &policy)
        .await
        .unwrap();
    assert_eq!(outcome, Failure::GaveUp, "{backend:?}");

    let stored = row(&test.db, id).await;
    assert_eq!(stored.attempts, 4);
    assert!(stored.given_up_at.is_some());
    assert_eq!((stored.next_attempt_at, stored.sent_at), (None, None));
    assert_eq!(
        stored.body_text, "Uw code is 000001.",
        "kept, never deleted"
    );
    let error = stored.last_error.unwrap();
    assert!(
        error.starts_with("421 x") && error.chars().count() <= 501,
        "{error}"
    );
    assert!(
        outbox::claim_due(&test.db, later(365 * 24 * 3600), 10, LEASE)
            .await
            .unwrap()
            .is_empty(),
        "{backend:?}"
    );
}
backend_test!(failures_back_off_and_the_last_one_gives_up_but_keeps_the_mail);

async fn a_failure_reported_late_does_not_undo_a_success(backend: Backend) {
    let test = fresh_database(backend.clone()).await;
    let id = outbox::enqueue(&test.db, mail(1)).await.unwrap();
    let stale = outbox::claim_due(&test.db, Utc::now(), 10, LEASE)
        .await
        .unwrap();
    outbox::mark_sent(&test.db, id, Utc::now()).await.unwrap();
    outbox::mark_failed(
        &test.db,
        &stale[0],
        Utc::now(),
        "timed out",
        &RetryPolicy::default(),
    )
    .await
    .unwrap();
    let stored = row(&test.db, id).await;
    assert!(stored.sent_at.is_some(), "{backend:?}");
    assert_eq!((stored.next_attempt_at, stored.given_up_at), (None, None));
    assert_eq!(stored.last_error, None);
}
backend_test!(a_failure_reported_late_does_not_undo_a_success);

async fn released_mails_are_due_at_once(backend: Backend) {
    let test = fresh_database(backend.clone()).await;
    let id = outbox::enqueue(&test.db, mail(1)).await.unwrap();
    let now = later(0);
    outbox::claim_due(&test.db, now, 10, LEASE).await.unwrap();
    outbox::release(&test.db, &[id], now).await.unwrap();
    let claimed = outbox::claim_due(&test.db, now, 10, LEASE).await.unwrap();
    assert_eq!(ids(&claimed), [id], "{backend:?}");
    assert_eq!(claimed[0].attempts, 0, "a release is not an attempt");
}
backend_test!(released_mails_are_due_at_once);

async fn concurrent_claims_never_share_a_mail(backend: Backend) {
    const MAILS: usize = 120;
    const CLAIMERS: usize = 6;
    let test = fresh_database(backend.clone()).await;
    let transaction = test.db.begin().await.unwrap();
    for n in 0..MAILS {
        outbox::enqueue(&transaction, mail(n)).await.unwrap();
    }
    transaction.commit().await.unwrap();

    let now = later(1);
    let mut claimers = Vec::new();
    for _ in 0..CLAIMERS {
        let db = test.db.clone();
        claimers.push(tokio::spawn(async move {
            let mut mine = Vec::new();
            loop {
                let claimed = outbox::claim_due(&db, now, 3, LEASE).await.unwrap();
                if claimed.is_empty() {
                    return mine;
                }
                mine.extend(ids(&claimed));
                tokio::task::yield_now().await;
            }
        }));
    }
    let mut all = Vec::new();
    for claimer in claimers {
        all.extend(claimer.await.unwrap());
    }
    let distinct: BTreeSet<i64> = all.iter().copied().collect();
    assert_eq!(all.len(), MAILS, "each mail claimed once ({backend:?})");
    assert_eq!(distinct.len(), MAILS, "{backend:?}");
}
backend_test!(concurrent_claims_never_share_a_mail);

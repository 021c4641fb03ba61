//! The durable mail outbox. A mail is a row written in the caller's own
//! transaction, so it exists exactly when the change it reports is committed;
//! a worker claims due rows, sends them and records the outcome. A mail server
//! outage therefore delays mail but never drops it.
//!
//! Claims are leases: a claim moves `next_attempt_at` forward by the lease, so
//! other workers (other replicas) skip the mail until the lease runs out. On
//! PostgreSQL the claim locks the rows with `FOR UPDATE SKIP LOCKED`, so two
//! replicas claiming at the same moment take different mails instead of
//! waiting for each other; on SQLite (one process) the claiming `UPDATE` holds
//! the database's single write lock, which serialises claims just the same.

use crate::entities::outbox_mail;
use chrono::{DateTime, TimeDelta, Utc};
use sea_orm::sea_query::{Expr, LockBehavior, LockType, Order, Query};
use sea_orm::{
    ActiveValue::{NotSet, Set},
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, ExprTrait, QueryFilter,
};
use std::time::Duration;

/// The longest `last_error` kept, in characters: enough for an SMTP reply.
const MAX_ERROR_CHARS: usize = 500;

/// A mail to send. The text is plain UTF-8; `lang` is its language tag.
#[derive(Clone)]
pub struct NewMail {
    pub recipient: String,
    pub subject: String,
    pub body_text: String,
    /// Sent as `Content-Language`, e.g. `nl` or `fr`.
    pub lang: String,
}

/// Written by hand: subject and body may hold one-time codes.
impl std::fmt::Debug for NewMail {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NewMail")
            .field("lang", &self.lang)
            .finish_non_exhaustive()
    }
}

/// How failed mails are retried: the delay doubles from `first_delay` up to
/// `max_delay`; after `max_attempts` attempts the mail is given up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RetryPolicy {
    pub first_delay: Duration,
    pub max_delay: Duration,
    pub max_attempts: i32,
}

impl Default for RetryPolicy {
    /// 30 s, 1 min, 2 min … then hourly: 30 attempts span about a day, long
    /// enough to ride out a mail server outage over a night.
    fn default() -> Self {
        RetryPolicy {
            first_delay: Duration::from_secs(30),
            max_delay: Duration::from_secs(3600),
            max_attempts: 30,
        }
    }
}

impl RetryPolicy {
    /// The wait after the `attempts`-th failed attempt (1 for the first).
    pub fn delay_after(&self, attempts: i32) -> Duration {
        let doublings = attempts.saturating_sub(1).clamp(0, 31) as u32;
        self.first_delay
            .checked_mul(1u32 << doublings)
            .map_or(self.max_delay, |delay| delay.min(self.max_delay))
    }
}

/// What became of a failed mail.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Failure {
    /// It will be tried again at this time.
    RetryAt(DateTime<Utc>),
    /// It has had its attempts and stays in the outbox, given up.
    GaveUp,
}

/// Puts a mail in the outbox, due at once. Pass the caller's transaction: the
/// mail then exists exactly when that transaction commits.
///
/// Refuses (with `DbErr::Custom`) a recipient or language that would break the
/// mail's headers, so the problem shows where the mail is written.
pub async fn enqueue<C: ConnectionTrait>(conn: &C, mail: NewMail) -> Result<i64, DbErr> {
    if mail.recipient.trim().is_empty() || mail.recipient.chars().any(char::is_control) {
        return Err(DbErr::Custom(
            "outbox: the recipient is not an address".into(),
        ));
    }
    if !is_language_tag(&mail.lang) {
        return Err(DbErr::Custom(
            "outbox: the language is not a language tag".into(),
        ));
    }
    let now = Utc::now();
    let row = outbox_mail::ActiveModel {
        id: NotSet,
        recipient: Set(mail.recipient),
        subject: Set(mail.subject),
        body_text: Set(mail.body_text),
        lang: Set(mail.lang),
        created_at: Set(now),
        attempts: Set(0),
        next_attempt_at: Set(Some(now)),
        sent_at: Set(None),
        given_up_at: Set(None),
        last_error: Set(None),
    };
    let result = outbox_mail::Entity::insert(row).exec(conn).await?;
    Ok(result.last_insert_id)
}

/// Claims up to `limit` mails due at `now`, oldest due first, for `lease`:
/// no other worker gets them until `now + lease`. The lease must outlast
/// sending them all; a worker that dies holding a claim only delays its mails
/// until the lease runs out.
///
/// One statement, so one transaction on both backends: `UPDATE … WHERE id IN
/// (SELECT … FOR UPDATE SKIP LOCKED) RETURNING *` (SQLite has no row locks and
/// needs none: the `UPDATE` takes the write lock before it reads).
pub async fn claim_due(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    limit: u64,
    lease: Duration,
) -> Result<Vec<outbox_mail::Model>, DbErr> {
    let mut claimed = claim_statement(now, limit, now + delta(lease))
        .exec_with_returning(db)
        .await?;
    // RETURNING promises no order.
    claimed.sort_by_key(|mail| mail.id);
    Ok(claimed)
}

/// `UPDATE outbox_mail SET next_attempt_at = <lease end> WHERE id IN (SELECT
/// id … due, oldest first, LIMIT n FOR UPDATE SKIP LOCKED)`; sea-query leaves
/// the lock clause out for SQLite.
fn claim_statement(
    now: DateTime<Utc>,
    limit: u64,
    lease_until: DateTime<Utc>,
) -> sea_orm::UpdateMany<outbox_mail::Entity> {
    let due = Query::select()
        .column(outbox_mail::Column::Id)
        .from(outbox_mail::Entity)
        .and_where(outbox_mail::Column::NextAttemptAt.lte(now))
        .order_by(outbox_mail::Column::NextAttemptAt, Order::Asc)
        .order_by(outbox_mail::Column::Id, Order::Asc)
        .limit(limit)
        .lock_with_behavior(LockType::Update, LockBehavior::SkipLocked)
        .to_owned();
    outbox_mail::Entity::update_many()
        .col_expr(
            outbox_mail::Column::NextAttemptAt,
            Expr::value(Some(lease_until)),
        )
        .filter(outbox_mail::Column::Id.in_subquery(due))
}

/// Records that the mail server accepted the mail.
pub async fn mark_sent(db: &DatabaseConnection, id: i64, now: DateTime<Utc>) -> Result<(), DbErr> {
    outbox_mail::Entity::update_many()
        .col_expr(
            outbox_mail::Column::Attempts,
            Expr::col(outbox_mail::Column::Attempts).add(1),
        )
        .col_expr(outbox_mail::Column::SentAt, Expr::value(Some(now)))
        .col_expr(
            outbox_mail::Column::NextAttemptAt,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .filter(outbox_mail::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// Records a failed attempt at a claimed mail: it is due again after the
/// policy's delay, or given up (kept, logged as an error) after its last
/// attempt. `error` is the mail server's answer; it is shortened, and must
/// never contain the body.
///
/// A mail already recorded as sent stays sent: a worker whose lease ran out
/// cannot undo another worker's success.
pub async fn mark_failed(
    db: &DatabaseConnection,
    mail: &outbox_mail::Model,
    now: DateTime<Utc>,
    error: &str,
    policy: &RetryPolicy,
) -> Result<Failure, DbErr> {
    let attempts = mail.attempts.saturating_add(1);
    let error = truncate(error);
    let outcome = if attempts >= policy.max_attempts {
        Failure::GaveUp
    } else {
        Failure::RetryAt(now + delta(policy.delay_after(attempts)))
    };
    let (next_attempt_at, given_up_at) = match outcome {
        Failure::RetryAt(at) => (Some(at), None),
        Failure::GaveUp => (None, Some(now)),
    };
    outbox_mail::Entity::update_many()
        .col_expr(outbox_mail::Column::Attempts, Expr::value(attempts))
        .col_expr(
            outbox_mail::Column::NextAttemptAt,
            Expr::value(next_attempt_at),
        )
        .col_expr(outbox_mail::Column::GivenUpAt, Expr::value(given_up_at))
        .col_expr(
            outbox_mail::Column::LastError,
            Expr::value(Some(error.clone())),
        )
        .filter(outbox_mail::Column::Id.eq(mail.id))
        .filter(outbox_mail::Column::SentAt.is_null())
        .exec(db)
        .await?;
    if outcome == Failure::GaveUp {
        tracing::error!(
            mail_id = mail.id,
            attempts,
            error = %error,
            "mail given up: it stays in the outbox unsent"
        );
    }
    Ok(outcome)
}

/// Gives a claimed mail up at once, for a mail that can never be sent (its
/// address cannot be parsed); kept and logged as an error like any other.
pub async fn give_up(
    db: &DatabaseConnection,
    mail: &outbox_mail::Model,
    now: DateTime<Utc>,
    error: &str,
) -> Result<(), DbErr> {
    let policy = RetryPolicy {
        max_attempts: 0,
        ..RetryPolicy::default()
    };
    mark_failed(db, mail, now, error, &policy).await.map(|_| ())
}

/// Hands claimed mails back unsent, due at `now`: for a worker that stops
/// before it got to them, so they need not wait for the lease to run out.
pub async fn release(
    db: &DatabaseConnection,
    ids: &[i64],
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    if ids.is_empty() {
        return Ok(());
    }
    outbox_mail::Entity::update_many()
        .col_expr(outbox_mail::Column::NextAttemptAt, Expr::value(Some(now)))
        .filter(outbox_mail::Column::Id.is_in(ids.iter().copied()))
        .filter(outbox_mail::Column::SentAt.is_null())
        .filter(outbox_mail::Column::GivenUpAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}

fn delta(duration: Duration) -> TimeDelta {
    TimeDelta::from_std(duration).unwrap_or(TimeDelta::MAX)
}

/// At most `MAX_ERROR_CHARS` characters, cut on a character boundary.
fn truncate(error: &str) -> String {
    match error.char_indices().nth(MAX_ERROR_CHARS) {
        Some((end, _)) => format!("{}…", &error[..end]),
        None => error.to_owned(),
    }
}

/// A BCP 47 shaped tag (`nl`, `nl-BE`): letters, digits and hyphens only, so
/// it is safe in a header.
fn is_language_tag(lang: &str) -> bool {
    (2..=16).contains(&lang.len())
        && lang.split('-').all(|part| {
            !part.is_empty() && part.len() <= 8 && part.bytes().all(|b| b.is_ascii_alphanumeric())
        })
        && lang.bytes().next().is_some_and(|b| b.is_ascii_alphabetic())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn claims_skip_locked_rows_on_postgres_and_take_the_write_lock_on_sqlite() {
        use sea_orm::{DbBackend, QueryTrait};
        let now = Utc::now();
        let statement = claim_statement(now, 10, now).build(DbBackend::Postgres);
        let sql = statement.to_string();
        assert!(sql.starts_with("UPDATE \"outbox_mail\""), "{sql}");
        assert!(sql.contains("FOR UPDATE SKIP LOCKED"), "{sql}");
        assert!(sql.contains("LIMIT"), "{sql}");
        let sqlite = claim_statement(now, 10, now)
            .build(DbBackend::Sqlite)
            .to_string();
        assert!(sqlite.starts_with("UPDATE"), "{sqlite}");
        assert!(!sqlite.contains("FOR UPDATE"), "{sqlite}");
    }

    #[test]
    fn delays_double_up_to_the_cap() {
        let policy = RetryPolicy {
            first_delay: Duration::from_secs(30),
            max_delay: Duration::from_secs(3600),
            max_attempts: 30,
        };
        assert_eq!(policy.delay_after(1), Duration::from_secs(30));
        assert_eq!(policy.delay_after(2), Duration::from_secs(60));
        assert_eq!(policy.delay_after(7), Duration::from_secs(1920));
        assert_eq!(policy.delay_after(8), Duration::from_secs(3600));
        assert_eq!(policy.delay_after(1000), Duration::from_secs(3600));
        assert_eq!(policy.delay_after(0), Duration::from_secs(30));
        assert_eq!(policy.delay_after(i32::MAX), Duration::from_secs(3600));
    }

    #[test]
    fn the_default_policy_retries_for_about_a_day() {
        let policy = RetryPolicy::default();
        let total: Duration = (1..policy.max_attempts)
            .map(|attempt| policy.delay_after(attempt))
            .sum();
        assert!(total > Duration::from_secs(20 * 3600), "{total:?}");
        assert!(total < Duration::from_secs(30 * 3600), "{total:?}");
    }

    #[test]
    fn errors_are_shortened_on_a_character_boundary() {
        assert_eq!(truncate("451 try later"), "451 try later");
        let long = "é".repeat(MAX_ERROR_CHARS + 10);
        let short = truncate(&long);
        assert_eq!(short.chars().count(), MAX_ERROR_CHARS + 1);
        assert!(short.ends_with('…'));
    }

    #[test]
    fn only_plain_language_tags_pass() {
        for tag in ["nl", "fr", "nl-BE", "de-DE", "en"] {
            assert!(is_language_tag(tag), "{tag}");
        }
        for tag in [
            "",
            "n",
            "nl\r\nBcc: x",
            "nl-",
            "-nl",
            "nl BE",
            "1nl",
            "toolongsubtag-nl",
        ] {
            assert!(!is_language_tag(tag), "{tag:?}");
        }
    }

    #[test]
    fn debug_output_leaves_out_the_text() {
        let mail = NewMail {
            recipient: "jan@example.be".into(),
            subject: "Uw code".into(),
            body_text: "Code 123456".into(),
            lang: "nl".into(),
        };
        let debug = format!("{mail:?}");
        assert!(!debug.contains("123456"));
        assert!(!debug.contains("Uw code"));
    }
}

//! Housekeeping: removes what has served its purpose, so that personal data
//! (addresses, IP addresses, browsers, codes) is not kept longer than it is
//! used. The audit log is never touched: it is the lasting record.
//!
//! - sessions that ended, expired or went idle more than a day ago (their IP
//!   address and browser; sign-ins and sign-outs stay in the audit log);
//! - guest codes that expired more than a day ago (used or not);
//! - eID/itsme sign-ins that nobody finished, expired more than a day ago;
//! - new e-mail addresses that waited for a code that expired more than a
//!   day ago (the address and the code's hash);
//! - rate-limit counters whose window ended more than an hour ago;
//! - the text of mails sent or given up more than a week ago (it may hold a
//!   sign-in code); the row stays, so an operator still sees to whom, what
//!   subject, when, and how it went.

use crate::entities::{email_change, guest_code, login_attempt, outbox_mail, session};
use crate::identity::SessionLimits;
use chrono::{TimeDelta, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter};

const DAY: i64 = 24 * 60 * 60;
/// Longer than any rate-limit window.
const RATE_LIMIT_KEEP_SECONDS: i64 = 60 * 60;
/// Long enough to answer "did my mail go out, and what did it say?".
pub const MAIL_TEXT_KEEP_DAYS: i64 = 7;

/// What one round removed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tidied {
    pub sessions: u64,
    pub guest_codes: u64,
    pub login_attempts: u64,
    pub email_changes: u64,
    pub rate_limits: u64,
    pub mail_texts: u64,
}

impl Tidied {
    pub fn total(&self) -> u64 {
        self.sessions
            + self.guest_codes
            + self.login_attempts
            + self.email_changes
            + self.rate_limits
            + self.mail_texts
    }
}

/// One round of housekeeping at `now` (Unix seconds). Each step is one
/// statement, so several servers may run it at the same time.
pub async fn tidy<C: ConnectionTrait>(
    db: &C,
    limits: &SessionLimits,
    now: i64,
) -> Result<Tidied, DbErr> {
    let cutoff = now - DAY;
    let sessions = session::Entity::delete_many()
        .filter(
            Condition::any()
                .add(session::Column::EndedAt.lt(cutoff))
                .add(session::Column::ExpiresAt.lt(cutoff))
                .add(session::Column::LastSeenAt.lt(cutoff - limits.idle_seconds)),
        )
        .exec(db)
        .await?
        .rows_affected;
    let guest_codes = guest_code::Entity::delete_many()
        .filter(guest_code::Column::ExpiresAt.lt(cutoff))
        .exec(db)
        .await?
        .rows_affected;
    let login_attempts = login_attempt::Entity::delete_many()
        .filter(login_attempt::Column::ExpiresAt.lt(cutoff))
        .exec(db)
        .await?
        .rows_affected;
    let email_changes = email_change::Entity::delete_many()
        .filter(email_change::Column::ExpiresAt.lt(cutoff))
        .exec(db)
        .await?
        .rows_affected;
    let rate_limits = crate::rate_limit::forget_before(db, now - RATE_LIMIT_KEEP_SECONDS).await?;
    let mail_cutoff = chrono::DateTime::<Utc>::from_timestamp(now, 0).unwrap_or_else(Utc::now)
        - TimeDelta::days(MAIL_TEXT_KEEP_DAYS);
    let mail_texts = outbox_mail::Entity::update_many()
        .col_expr(outbox_mail::Column::BodyText, Expr::value(""))
        .filter(outbox_mail::Column::BodyText.ne(""))
        .filter(
            Condition::any()
                .add(outbox_mail::Column::SentAt.lt(mail_cutoff))
                .add(outbox_mail::Column::GivenUpAt.lt(mail_cutoff)),
        )
        .exec(db)
        .await?
        .rows_affected;
    Ok(Tidied {
        sessions,
        guest_codes,
        login_attempts,
        email_changes,
        rate_limits,
        mail_texts,
    })
}

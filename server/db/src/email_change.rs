//! A new e-mail address for someone, confirmed by its owner before it
//! counts: when a helper types a new address for the person they help, a
//! six-digit code goes to that address, and only the code typed back (the
//! citizen reads it out at the desk) makes it the person's address. So a
//! helper cannot move someone's mail to a mailbox the person does not read.
//!
//! Like every short code: only a hash is stored (with the person and the
//! address in it), it works once, for [`CODE_SECONDS`], and every attempt
//! is counted before the comparison ([`MAX_ATTEMPTS`], then it is dead).

use crate::entities::{email_change, person};
use crate::identity::{hash_secret, random_digits, secrets_equal};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, ExprTrait, QueryFilter, Set,
};

/// Digits in a code.
pub const CODE_DIGITS: u32 = 6;
/// How long a code works.
pub const CODE_SECONDS: i64 = 30 * 60;
/// Tries per code, right or wrong.
pub const MAX_ATTEMPTS: i32 = 5;

fn code_hash(person_id: i32, email: &str, code: &str) -> String {
    hash_secret(&format!("email-change\n{person_id}\n{email}\n{code}"))
}

/// Starts a change of `person_id`'s address to `email` (typed by
/// `started_by`); replaces a change that was waiting. Returns the code to
/// mail to the new address (never stored).
pub async fn start<C: ConnectionTrait>(
    db: &C,
    person_id: i32,
    email: &str,
    started_by: i32,
    now: i64,
) -> Result<String, DbErr> {
    email_change::Entity::delete_many()
        .filter(email_change::Column::PersonId.eq(person_id))
        .exec(db)
        .await?;
    let code = random_digits(CODE_DIGITS)?;
    email_change::ActiveModel {
        person_id: Set(person_id),
        email: Set(email.to_owned()),
        code_hash: Set(code_hash(person_id, email, &code)),
        attempts: Set(0),
        created_at: Set(now),
        expires_at: Set(now + CODE_SECONDS),
        started_by: Set(Some(started_by)),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(code)
}

/// The change waiting for `person_id`, if its code still works.
pub async fn waiting<C: ConnectionTrait>(
    db: &C,
    person_id: i32,
    now: i64,
) -> Result<Option<email_change::Model>, DbErr> {
    email_change::Entity::find()
        .filter(email_change::Column::PersonId.eq(person_id))
        .filter(email_change::Column::ExpiresAt.gt(now))
        .filter(email_change::Column::Attempts.lt(MAX_ATTEMPTS))
        .one(db)
        .await
}

/// What a typed code did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Confirmed {
    /// The address changed; `old` was the address before.
    Changed { old: Option<String>, new: String },
    /// Not the code; the change still waits (or died of too many tries).
    Wrong,
    /// No change waits (none started, expired, used or dead).
    Nothing,
}

/// Checks `code` for the change waiting for `person_id` and, when right,
/// makes the new address the person's. Counts the try first.
pub async fn confirm<C: ConnectionTrait>(
    db: &C,
    person_id: i32,
    code: &str,
    now: i64,
) -> Result<Confirmed, DbErr> {
    let Some(change) = waiting(db, person_id, now).await? else {
        return Ok(Confirmed::Nothing);
    };
    let counted = email_change::Entity::update_many()
        .col_expr(
            email_change::Column::Attempts,
            Expr::col(email_change::Column::Attempts).add(1),
        )
        .filter(email_change::Column::Id.eq(change.id))
        .filter(email_change::Column::Attempts.lt(MAX_ATTEMPTS))
        .exec(db)
        .await?;
    if counted.rows_affected != 1 {
        return Ok(Confirmed::Nothing);
    }
    if !secrets_equal(
        &change.code_hash,
        &code_hash(person_id, &change.email, code),
    ) {
        return Ok(Confirmed::Wrong);
    }
    // Once: the row goes with the change.
    let taken = email_change::Entity::delete_many()
        .filter(email_change::Column::Id.eq(change.id))
        .exec(db)
        .await?;
    if taken.rows_affected != 1 {
        return Ok(Confirmed::Nothing);
    }
    let Some(person) = person::Entity::find_by_id(person_id).one(db).await? else {
        return Ok(Confirmed::Nothing);
    };
    person::Entity::update_many()
        .col_expr(person::Column::Email, Expr::value(change.email.clone()))
        .filter(person::Column::Id.eq(person_id))
        .exec(db)
        .await?;
    Ok(Confirmed::Changed {
        old: person.email,
        new: change.email,
    })
}

/// Drops the change waiting for `person_id` (the person set an address
/// themself, or chose no e-mail).
pub async fn cancel<C: ConnectionTrait>(db: &C, person_id: i32) -> Result<(), DbErr> {
    email_change::Entity::delete_many()
        .filter(email_change::Column::PersonId.eq(person_id))
        .exec(db)
        .await?;
    Ok(())
}

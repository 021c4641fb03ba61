//! People, their sessions and what they may do, as stored. The HTTP side
//! (cookies, CSRF, pages) lives in `server` and `app`; this module only knows
//! rows, tokens and times.
//!
//! Times are seconds since 1970 in UTC; callers pass `now` so that tests can
//! move the clock.

use crate::entities::{login_identity, person, representation, session, staff_role};
use base64::Engine;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter,
    QueryOrder, Set,
};
use sha2::{Digest, Sha256};

/// A fresh random token: 256 bits from the operating system, URL-safe text.
pub fn random_token() -> Result<String, DbErr> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes)
        .map_err(|error| DbErr::Custom(format!("no randomness from the OS: {error}")))?;
    Ok(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes))
}

/// A number of `digits` decimal digits, uniformly random (rejection sampling).
pub fn random_digits(digits: u32) -> Result<String, DbErr> {
    let bound = 10u64.pow(digits);
    // The largest multiple of `bound` below 2^64: values above it are redrawn
    // so that every code is equally likely.
    let zone = u64::MAX - (u64::MAX % bound);
    loop {
        let mut bytes = [0u8; 8];
        getrandom::fill(&mut bytes)
            .map_err(|error| DbErr::Custom(format!("no randomness from the OS: {error}")))?;
        let value = u64::from_le_bytes(bytes);
        if value < zone {
            return Ok(format!(
                "{:0width$}",
                value % bound,
                width = digits as usize
            ));
        }
    }
}

/// The SHA-256 of a secret, as hex: what the database keeps of tokens and codes.
pub fn hash_secret(secret: &str) -> String {
    Sha256::digest(secret.as_bytes())
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// Compares two secrets in constant time (for equal lengths).
pub fn secrets_equal(left: &str, right: &str) -> bool {
    use subtle::ConstantTimeEq;
    left.len() == right.len() && bool::from(left.as_bytes().ct_eq(right.as_bytes()))
}

/// How sure we are of who signed in (the login means), lowest first: the
/// eIDAS levels. Ordered, so a product can require
/// `assurance >= Assurance::Substantial`.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Assurance {
    Low,
    Substantial,
    High,
}

impl Assurance {
    pub fn as_str(self) -> &'static str {
        match self {
            Assurance::Low => "low",
            Assurance::Substantial => "substantial",
            Assurance::High => "high",
        }
    }

    /// Unknown text is the lowest level: never assume more than we know.
    pub fn parse(text: &str) -> Assurance {
        match text {
            "high" => Assurance::High,
            "substantial" => Assurance::Substantial,
            _ => Assurance::Low,
        }
    }
}

/// Session lifetimes.
#[derive(Clone, Copy, Debug)]
pub struct SessionLimits {
    /// Ended after this long without a request.
    pub idle_seconds: i64,
    /// Ended this long after sign-in, whatever happens.
    pub absolute_seconds: i64,
    /// `last_seen_at` is written at most this often (not on every request).
    pub touch_seconds: i64,
    /// The page warns this long before the end and offers to extend.
    pub warning_seconds: i64,
    /// Sign-in attempts (demo, eID/itsme start, guest codes) per address
    /// in five minutes.
    pub sign_ins_per_5_minutes: i32,
}

/// What the session row needs from the sign-in.
#[derive(Clone, Debug)]
pub struct NewSession<'a> {
    pub person_id: i32,
    pub assurance: Assurance,
    /// demo, acm, guest
    pub method: &'a str,
    pub user_agent: &'a str,
    pub ip: &'a str,
}

/// A new session; the token goes into the cookie and is never stored.
pub struct CreatedSession {
    pub token: String,
    pub session: session::Model,
}

fn clip(text: &str, max: usize) -> String {
    text.chars().take(max).collect()
}

/// Starts a session with a fresh token (never one the browser brought along,
/// so a planted session id is useless).
pub async fn create_session<C: ConnectionTrait>(
    db: &C,
    new: NewSession<'_>,
    limits: SessionLimits,
    now: i64,
) -> Result<CreatedSession, DbErr> {
    let token = random_token()?;
    let session = session::ActiveModel {
        token_hash: Set(hash_secret(&token)),
        person_id: Set(new.person_id),
        csrf_token: Set(random_token()?),
        assurance: Set(new.assurance.as_str().to_owned()),
        method: Set(clip(new.method, 16)),
        created_at: Set(now),
        last_seen_at: Set(now),
        expires_at: Set(now + limits.absolute_seconds),
        ended_at: Set(None),
        user_agent: Set(clip(new.user_agent, 200)),
        ip: Set(clip(new.ip, 64)),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(CreatedSession { token, session })
}

/// Whether a session still counts at `now`.
pub fn is_active(session: &session::Model, limits: SessionLimits, now: i64) -> bool {
    session.ended_at.is_none()
        && now < session.expires_at
        && now < session.last_seen_at + limits.idle_seconds
}

/// When a session ends if nothing happens: the idle limit or the absolute one.
pub fn ends_at(session: &session::Model, limits: SessionLimits) -> i64 {
    (session.last_seen_at + limits.idle_seconds).min(session.expires_at)
}

/// The active session of a cookie's token, and its person. A session that
/// timed out is marked ended here, so lists show it as gone.
pub async fn find_session<C: ConnectionTrait>(
    db: &C,
    token: &str,
    limits: SessionLimits,
    now: i64,
) -> Result<Option<(session::Model, person::Model)>, DbErr> {
    let Some(session) = session::Entity::find()
        .filter(session::Column::TokenHash.eq(hash_secret(token)))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    if !is_active(&session, limits, now) {
        if session.ended_at.is_none() {
            end_session(db, session.id, now).await?;
        }
        return Ok(None);
    }
    Ok(person::Entity::find_by_id(session.person_id)
        .one(db)
        .await?
        .map(|person| (session, person)))
}

/// Records activity, at most once per `touch_seconds`; returns the session as
/// it now stands.
pub async fn touch_session<C: ConnectionTrait>(
    db: &C,
    session: session::Model,
    limits: SessionLimits,
    now: i64,
) -> Result<session::Model, DbErr> {
    if now - session.last_seen_at < limits.touch_seconds {
        return Ok(session);
    }
    mark_seen(db, session.id, now).await?;
    Ok(session::Model {
        last_seen_at: now,
        ..session
    })
}

/// Records activity on a session now (the idle time-out starts again).
pub async fn mark_seen<C: ConnectionTrait>(db: &C, id: i32, now: i64) -> Result<(), DbErr> {
    session::Entity::update_many()
        .col_expr(session::Column::LastSeenAt, Expr::value(now))
        .filter(session::Column::Id.eq(id))
        .filter(session::Column::EndedAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}

/// Ends one session (sign-out, time-out, or ended from the sessions page).
pub async fn end_session<C: ConnectionTrait>(db: &C, id: i32, now: i64) -> Result<bool, DbErr> {
    let result = session::Entity::update_many()
        .col_expr(session::Column::EndedAt, Expr::value(now))
        .filter(session::Column::Id.eq(id))
        .filter(session::Column::EndedAt.is_null())
        .exec(db)
        .await?;
    Ok(result.rows_affected > 0)
}

/// Ends one of a person's own sessions; another person's session is never
/// touched (the id alone proves nothing).
pub async fn end_own_session<C: ConnectionTrait>(
    db: &C,
    person_id: i32,
    id: i32,
    now: i64,
) -> Result<bool, DbErr> {
    let result = session::Entity::update_many()
        .col_expr(session::Column::EndedAt, Expr::value(now))
        .filter(session::Column::Id.eq(id))
        .filter(session::Column::PersonId.eq(person_id))
        .filter(session::Column::EndedAt.is_null())
        .exec(db)
        .await?;
    Ok(result.rows_affected > 0)
}

/// Ends every session of a person ("sign out everywhere"); returns how many.
pub async fn end_all_sessions<C: ConnectionTrait>(
    db: &C,
    person_id: i32,
    now: i64,
) -> Result<u64, DbErr> {
    let result = session::Entity::update_many()
        .col_expr(session::Column::EndedAt, Expr::value(now))
        .filter(session::Column::PersonId.eq(person_id))
        .filter(session::Column::EndedAt.is_null())
        .exec(db)
        .await?;
    Ok(result.rows_affected)
}

/// A person's sessions that still count, newest first.
pub async fn active_sessions<C: ConnectionTrait>(
    db: &C,
    person_id: i32,
    limits: SessionLimits,
    now: i64,
) -> Result<Vec<session::Model>, DbErr> {
    let sessions = session::Entity::find()
        .filter(session::Column::PersonId.eq(person_id))
        .filter(session::Column::EndedAt.is_null())
        .filter(session::Column::ExpiresAt.gt(now))
        .filter(session::Column::LastSeenAt.gt(now - limits.idle_seconds))
        .order_by_desc(session::Column::LastSeenAt)
        .order_by_desc(session::Column::Id)
        .all(db)
        .await?;
    Ok(sessions)
}

/// The person signed in with this issuer and subject, if known.
pub async fn person_by_login<C: ConnectionTrait>(
    db: &C,
    issuer: &str,
    subject: &str,
) -> Result<Option<person::Model>, DbErr> {
    let identity = login_identity::Entity::find()
        .filter(login_identity::Column::Issuer.eq(issuer))
        .filter(login_identity::Column::Subject.eq(subject))
        .one(db)
        .await?;
    match identity {
        Some(identity) => person::Entity::find_by_id(identity.person_id).one(db).await,
        None => Ok(None),
    }
}

/// Links a login means to a person (once), and notes when it was used.
pub async fn link_login<C: ConnectionTrait>(
    db: &C,
    person_id: i32,
    issuer: &str,
    subject: &str,
    now: i64,
) -> Result<(), DbErr> {
    let existing = login_identity::Entity::find()
        .filter(login_identity::Column::Issuer.eq(issuer))
        .filter(login_identity::Column::Subject.eq(subject))
        .one(db)
        .await?;
    match existing {
        Some(identity) => {
            login_identity::Entity::update_many()
                .col_expr(login_identity::Column::LastLoginAt, Expr::value(now))
                .filter(login_identity::Column::Id.eq(identity.id))
                .exec(db)
                .await?;
        }
        None => {
            login_identity::ActiveModel {
                person_id: Set(person_id),
                issuer: Set(issuer.to_owned()),
                subject: Set(subject.to_owned()),
                last_login_at: Set(Some(now)),
                ..Default::default()
            }
            .insert(db)
            .await?;
        }
    }
    Ok(())
}

pub async fn person<C: ConnectionTrait>(db: &C, id: i32) -> Result<Option<person::Model>, DbErr> {
    person::Entity::find_by_id(id).one(db).await
}

/// A person's contact preferences: the address we write to (none: we do
/// not write) and the language we write in.
pub async fn set_contact<C: ConnectionTrait>(
    db: &C,
    person_id: i32,
    email: Option<&str>,
    language: &str,
) -> Result<(), DbErr> {
    person::Entity::update_many()
        .col_expr(person::Column::Email, Expr::value(email.map(str::to_owned)))
        .col_expr(person::Column::Language, Expr::value(language.to_owned()))
        .filter(person::Column::Id.eq(person_id))
        .exec(db)
        .await?;
    Ok(())
}

/// The person with this national register number (11 digits), if known.
pub async fn person_by_rrn<C: ConnectionTrait>(
    db: &C,
    rrn: &str,
) -> Result<Option<person::Model>, DbErr> {
    person::Entity::find()
        .filter(person::Column::Rrn.eq(rrn))
        .one(db)
        .await
}

/// The roles a person holds, for every municipality and department.
pub async fn roles<C: ConnectionTrait>(
    db: &C,
    person_id: i32,
) -> Result<Vec<staff_role::Model>, DbErr> {
    staff_role::Entity::find()
        .filter(staff_role::Column::PersonId.eq(person_id))
        .order_by_asc(staff_role::Column::Id)
        .all(db)
        .await
}

/// The people with these ids (unknown ids are left out), in one query.
pub async fn people<C: ConnectionTrait>(db: &C, ids: &[i32]) -> Result<Vec<person::Model>, DbErr> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    person::Entity::find()
        .filter(person::Column::Id.is_in(ids.iter().copied()))
        .order_by_asc(person::Column::Id)
        .all(db)
        .await
}

/// The roles these people hold, in one query.
pub async fn roles_of<C: ConnectionTrait>(
    db: &C,
    person_ids: &[i32],
) -> Result<Vec<staff_role::Model>, DbErr> {
    if person_ids.is_empty() {
        return Ok(Vec::new());
    }
    staff_role::Entity::find()
        .filter(staff_role::Column::PersonId.is_in(person_ids.iter().copied()))
        .order_by_asc(staff_role::Column::Id)
        .all(db)
        .await
}

/// Everyone who works for a municipality or the region (kind `staff`), by name.
pub async fn staff_people<C: ConnectionTrait>(db: &C) -> Result<Vec<person::Model>, DbErr> {
    person::Entity::find()
        .filter(person::Column::Kind.eq("staff"))
        .order_by_asc(person::Column::FamilyName)
        .order_by_asc(person::Column::GivenName)
        .all(db)
        .await
}

/// Every role held by anyone.
pub async fn all_roles<C: ConnectionTrait>(db: &C) -> Result<Vec<staff_role::Model>, DbErr> {
    staff_role::Entity::find()
        .order_by_asc(staff_role::Column::Id)
        .all(db)
        .await
}

/// A role to give.
#[derive(Clone, Debug)]
pub struct NewRole<'a> {
    pub person_id: i32,
    pub municipality_id: Option<i32>,
    pub department: Option<&'a str>,
    pub role: &'a str,
    pub granted_by: i32,
}

/// Gives a role; holding it already is not an error (returns the held row).
pub async fn grant_role<C: ConnectionTrait>(
    db: &C,
    new: NewRole<'_>,
    now: i64,
) -> Result<staff_role::Model, DbErr> {
    let held = staff_role::Entity::find()
        .filter(staff_role::Column::PersonId.eq(new.person_id))
        .filter(staff_role::Column::Role.eq(new.role))
        .all(db)
        .await?
        .into_iter()
        .find(|row| {
            row.municipality_id == new.municipality_id
                && row.department.as_deref() == new.department
        });
    if let Some(row) = held {
        return Ok(row);
    }
    staff_role::ActiveModel {
        person_id: Set(new.person_id),
        municipality_id: Set(new.municipality_id),
        department: Set(new.department.map(str::to_owned)),
        role: Set(new.role.to_owned()),
        granted_by: Set(Some(new.granted_by)),
        granted_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
}

pub async fn role<C: ConnectionTrait>(db: &C, id: i32) -> Result<Option<staff_role::Model>, DbErr> {
    staff_role::Entity::find_by_id(id).one(db).await
}

/// Withdraws a role; false when it was already gone.
pub async fn revoke_role<C: ConnectionTrait>(db: &C, id: i32) -> Result<bool, DbErr> {
    let result = staff_role::Entity::delete_many()
        .filter(staff_role::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Removes a person with their logins, sessions, roles and representation
/// links (foreign keys cascade); the audit log keeps its rows.
pub async fn delete_person<C: ConnectionTrait>(db: &C, person_id: i32) -> Result<bool, DbErr> {
    let result = person::Entity::delete_many()
        .filter(person::Column::Id.eq(person_id))
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// The people this person may act for (children, the represented), still valid.
pub async fn represented<C: ConnectionTrait>(
    db: &C,
    person_id: i32,
    now: i64,
) -> Result<Vec<(representation::Model, person::Model)>, DbErr> {
    let links = representation::Entity::find()
        .filter(representation::Column::RepresentativeId.eq(person_id))
        .filter(
            Condition::any()
                .add(representation::Column::ValidUntil.is_null())
                .add(representation::Column::ValidUntil.gt(now)),
        )
        .order_by_asc(representation::Column::Id)
        .all(db)
        .await?;
    let ids: Vec<i32> = links.iter().map(|link| link.represented_id).collect();
    let people: std::collections::HashMap<i32, person::Model> = people(db, &ids)
        .await?
        .into_iter()
        .map(|person| (person.id, person))
        .collect();
    Ok(links
        .into_iter()
        .filter_map(|link| {
            let person = people.get(&link.represented_id)?.clone();
            Some((link, person))
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_long_random_and_url_safe() {
        let a = random_token().unwrap();
        let b = random_token().unwrap();
        assert_ne!(a, b);
        // 32 bytes = 256 bits, 43 characters without padding.
        assert_eq!(a.len(), 43);
        assert!(
            a.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        );
    }

    #[test]
    fn codes_have_exactly_the_digits_asked_for() {
        for _ in 0..200 {
            let code = random_digits(6).unwrap();
            assert_eq!(code.len(), 6);
            assert!(code.bytes().all(|b| b.is_ascii_digit()));
        }
    }

    #[test]
    fn secrets_are_hashed_and_compared_without_shortcuts() {
        assert_eq!(hash_secret("abc").len(), 64);
        assert_ne!(hash_secret("abc"), hash_secret("abd"));
        assert!(secrets_equal("123456", "123456"));
        assert!(!secrets_equal("123456", "123457"));
        assert!(!secrets_equal("123456", "12345"));
    }

    #[test]
    fn unknown_assurance_is_the_lowest() {
        assert_eq!(Assurance::parse("high"), Assurance::High);
        assert_eq!(Assurance::parse("HIGH"), Assurance::Low);
        assert!(Assurance::Low < Assurance::Substantial);
        assert!(Assurance::Substantial < Assurance::High);
    }

    #[test]
    fn a_session_ends_at_the_earlier_of_idle_and_absolute() {
        let limits = SessionLimits {
            idle_seconds: 1800,
            absolute_seconds: 43200,
            touch_seconds: 60,
            warning_seconds: 120,
            sign_ins_per_5_minutes: 20,
        };
        let session = session::Model {
            id: 1,
            token_hash: String::new(),
            person_id: 1,
            csrf_token: String::new(),
            assurance: "high".into(),
            method: "demo".into(),
            created_at: 0,
            last_seen_at: 42000,
            expires_at: 43200,
            ended_at: None,
            user_agent: String::new(),
            ip: String::new(),
        };
        assert_eq!(ends_at(&session, limits), 43200);
        assert!(is_active(&session, limits, 43199));
        assert!(!is_active(&session, limits, 43200));
        let idle = session::Model {
            last_seen_at: 1000,
            ..session.clone()
        };
        assert_eq!(ends_at(&idle, limits), 2800);
        assert!(!is_active(&idle, limits, 2800));
        let ended = session::Model {
            ended_at: Some(5),
            ..session
        };
        assert!(!is_active(&ended, limits, 42001));
    }
}

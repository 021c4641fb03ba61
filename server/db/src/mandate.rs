//! Help at the digital help desk (`mandate`): a citizen makes a code, says it
//! to the helper at the desk, and the helper enters it. From then on the
//! helper may act for the citizen, for the purpose and the time the citizen
//! chose, until either of them ends it.
//!
//! The code is 8 digits and works for 15 minutes, once. Only its SHA-256 is
//! stored (it is looked up by that hash); a new code ends the citizen's
//! previous unused one. Wrong codes are rate-limited per helper by the
//! caller, so 10^8 codes cannot be tried in 15 minutes.

use crate::entities::mandate;
use crate::identity::{hash_secret, random_digits};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter,
    QueryOrder, Set,
};

/// Digits in a code.
pub const CODE_DIGITS: u32 = 8;
/// How long a code waits for the helper.
pub const CODE_SECONDS: i64 = 15 * 60;
/// The purposes a citizen can give help for.
pub const SCOPES: [&str; 2] = ["view", "apply"];
/// How long help can last: an hour, a day, a week.
pub const DURATIONS: [i64; 3] = [3_600, 86_400, 7 * 86_400];

/// A new code for `citizen_id`: the stored row and the code to say to the
/// helper (never stored). Ends the citizen's earlier unused code.
pub async fn create<C: ConnectionTrait>(
    db: &C,
    citizen_id: i32,
    scope: &str,
    duration_seconds: i64,
    now: i64,
) -> Result<(mandate::Model, String), DbErr> {
    mandate::Entity::update_many()
        .col_expr(mandate::Column::EndedAt, Expr::value(now))
        .col_expr(mandate::Column::EndedBy, Expr::value(citizen_id))
        .col_expr(
            mandate::Column::CodeHash,
            Expr::value(Option::<String>::None),
        )
        .filter(mandate::Column::CitizenId.eq(citizen_id))
        .filter(mandate::Column::AcceptedAt.is_null())
        .filter(mandate::Column::EndedAt.is_null())
        .exec(db)
        .await?;
    let code = random_digits(CODE_DIGITS)?;
    let row = mandate::ActiveModel {
        citizen_id: Set(citizen_id),
        helper_id: Set(None),
        scope: Set(scope.to_owned()),
        code_hash: Set(Some(hash_secret(&code))),
        code_expires_at: Set(now + CODE_SECONDS),
        duration_seconds: Set(duration_seconds),
        created_at: Set(now),
        consent: Set("code".to_owned()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok((row, code))
}

/// Longest reference of a paper consent form.
pub const REFERENCE_MAX: usize = 40;

/// The reference of a signed form as the helper typed it: trimmed, 1 to
/// [`REFERENCE_MAX`] characters, nothing hidden (control, bidi or
/// zero-width characters: see `app::model::label`, whose check the server
/// runs before this one).
pub fn normalise_reference(typed: &str) -> Option<String> {
    let reference = typed.trim();
    let fits = !reference.is_empty() && reference.chars().count() <= REFERENCE_MAX;
    (fits && !reference.chars().any(char::is_control)).then(|| reference.to_owned())
}

/// Longest reason for recording a paper consent for someone who lives in
/// another municipality than the helper's desk.
pub const REASON_MAX: usize = 200;

/// A consent signed on paper, as the helper copies it from the form.
#[derive(Clone, Copy, Debug)]
pub struct PaperConsent<'a> {
    pub helper_id: i32,
    pub citizen_id: i32,
    pub scope: &'a str,
    pub duration_seconds: i64,
    pub reference: &'a str,
    /// Why a helper of another municipality's desk helps (shown to the citizen).
    pub reason: Option<&'a str>,
}

/// The helper records the consent the citizen signed on paper at the desk:
/// active from now for its duration, for that helper only. The caller
/// checks that the helper is one, is not the citizen, and may help them;
/// and ends the helper's earlier help for the same person ([`end_others`]).
pub async fn record_paper<C: ConnectionTrait>(
    db: &C,
    consent: PaperConsent<'_>,
    now: i64,
) -> Result<mandate::Model, DbErr> {
    let PaperConsent {
        helper_id,
        citizen_id,
        scope,
        duration_seconds,
        reference,
        reason,
    } = consent;
    mandate::ActiveModel {
        citizen_id: Set(citizen_id),
        helper_id: Set(Some(helper_id)),
        scope: Set(scope.to_owned()),
        code_hash: Set(None),
        code_expires_at: Set(now),
        duration_seconds: Set(duration_seconds),
        created_at: Set(now),
        accepted_at: Set(Some(now)),
        expires_at: Set(Some(now + duration_seconds)),
        consent: Set("paper".to_owned()),
        paper_reference: Set(Some(reference.to_owned())),
        paper_reason: Set(reason.map(str::to_owned)),
        ..Default::default()
    }
    .insert(db)
    .await
}

/// The code as the helper typed it, digits only ("4821 7730" → "48217730").
pub fn normalise_code(typed: &str) -> Option<String> {
    let digits: String = typed
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '.'))
        .collect();
    (digits.len() == CODE_DIGITS as usize && digits.bytes().all(|b| b.is_ascii_digit()))
        .then_some(digits)
}

/// The helper accepts a code: the waiting mandate it belongs to becomes
/// theirs, active from now for its duration. `None`: no such code, used,
/// ended or expired (all the same to the helper). A citizen cannot accept
/// their own code.
pub async fn accept<C: ConnectionTrait>(
    db: &C,
    helper_id: i32,
    code: &str,
    now: i64,
) -> Result<Option<mandate::Model>, DbErr> {
    let Some(row) = mandate::Entity::find()
        .filter(mandate::Column::CodeHash.eq(hash_secret(code)))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    if row.citizen_id == helper_id {
        return Ok(None);
    }
    // Exactly one helper wins a code, even two at the same moment.
    let result = mandate::Entity::update_many()
        .col_expr(mandate::Column::HelperId, Expr::value(helper_id))
        .col_expr(mandate::Column::AcceptedAt, Expr::value(now))
        .col_expr(
            mandate::Column::ExpiresAt,
            Expr::value(now + row.duration_seconds),
        )
        .col_expr(
            mandate::Column::CodeHash,
            Expr::value(Option::<String>::None),
        )
        .filter(mandate::Column::Id.eq(row.id))
        .filter(mandate::Column::AcceptedAt.is_null())
        .filter(mandate::Column::EndedAt.is_null())
        .filter(mandate::Column::CodeExpiresAt.gt(now))
        .exec(db)
        .await?;
    if result.rows_affected != 1 {
        return Ok(None);
    }
    mandate::Entity::find_by_id(row.id).one(db).await
}

/// Waiting (code not yet used, not expired) or active at `now`.
fn current(now: i64) -> Condition {
    Condition::all()
        .add(mandate::Column::EndedAt.is_null())
        .add(
            Condition::any()
                .add(
                    Condition::all()
                        .add(mandate::Column::AcceptedAt.is_null())
                        .add(mandate::Column::CodeExpiresAt.gt(now)),
                )
                .add(mandate::Column::ExpiresAt.gt(now)),
        )
}

/// A citizen's waiting code and active help, newest first.
pub async fn of_citizen<C: ConnectionTrait>(
    db: &C,
    citizen_id: i32,
    now: i64,
) -> Result<Vec<mandate::Model>, DbErr> {
    mandate::Entity::find()
        .filter(mandate::Column::CitizenId.eq(citizen_id))
        .filter(current(now))
        .order_by_desc(mandate::Column::Id)
        .all(db)
        .await
}

/// The people a helper may act for now, newest first.
pub async fn of_helper<C: ConnectionTrait>(
    db: &C,
    helper_id: i32,
    now: i64,
) -> Result<Vec<mandate::Model>, DbErr> {
    mandate::Entity::find()
        .filter(mandate::Column::HelperId.eq(helper_id))
        .filter(mandate::Column::EndedAt.is_null())
        .filter(mandate::Column::ExpiresAt.gt(now))
        .order_by_desc(mandate::Column::Id)
        .all(db)
        .await
}

/// Mandate `id` when `helper_id` holds it and it is active now.
pub async fn held_by<C: ConnectionTrait>(
    db: &C,
    id: i32,
    helper_id: i32,
    now: i64,
) -> Result<Option<mandate::Model>, DbErr> {
    mandate::Entity::find_by_id(id)
        .filter(mandate::Column::HelperId.eq(helper_id))
        .filter(mandate::Column::EndedAt.is_null())
        .filter(mandate::Column::ExpiresAt.gt(now))
        .one(db)
        .await
}

/// Ends the other active help `helper_id` gives `citizen_id` (all but
/// mandate `keep`): a helper helps a person under one mandate at a time, the
/// newest. Returns the mandates ended, for the audit log.
pub async fn end_others<C: ConnectionTrait>(
    db: &C,
    helper_id: i32,
    citizen_id: i32,
    keep: i32,
    now: i64,
) -> Result<Vec<mandate::Model>, DbErr> {
    let others = mandate::Entity::find()
        .filter(mandate::Column::HelperId.eq(helper_id))
        .filter(mandate::Column::CitizenId.eq(citizen_id))
        .filter(mandate::Column::Id.ne(keep))
        .filter(mandate::Column::EndedAt.is_null())
        .filter(mandate::Column::ExpiresAt.gt(now))
        .all(db)
        .await?;
    end_these(db, others, helper_id, now).await
}

/// Ends every help `helper_id` gives or may still be given (their role as
/// helper is withdrawn, by `ended_by`). Returns the mandates ended.
pub async fn end_all_of_helper<C: ConnectionTrait>(
    db: &C,
    helper_id: i32,
    ended_by: i32,
    now: i64,
) -> Result<Vec<mandate::Model>, DbErr> {
    let held = mandate::Entity::find()
        .filter(mandate::Column::HelperId.eq(helper_id))
        .filter(mandate::Column::EndedAt.is_null())
        .all(db)
        .await?;
    end_these(db, held, ended_by, now).await
}

async fn end_these<C: ConnectionTrait>(
    db: &C,
    rows: Vec<mandate::Model>,
    ended_by: i32,
    now: i64,
) -> Result<Vec<mandate::Model>, DbErr> {
    if rows.is_empty() {
        return Ok(rows);
    }
    let ids: Vec<i32> = rows.iter().map(|row| row.id).collect();
    mandate::Entity::update_many()
        .col_expr(mandate::Column::EndedAt, Expr::value(now))
        .col_expr(mandate::Column::EndedBy, Expr::value(ended_by))
        .col_expr(
            mandate::Column::CodeHash,
            Expr::value(Option::<String>::None),
        )
        .filter(mandate::Column::Id.is_in(ids))
        .filter(mandate::Column::EndedAt.is_null())
        .exec(db)
        .await?;
    Ok(rows)
}

/// Ends mandate `id` if `person_id` is its citizen or helper and it has not
/// ended; returns the mandate as it was, or `None` (not theirs, or over).
pub async fn end<C: ConnectionTrait>(
    db: &C,
    id: i32,
    person_id: i32,
    now: i64,
) -> Result<Option<mandate::Model>, DbErr> {
    let Some(row) = mandate::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    let party = row.citizen_id == person_id || row.helper_id == Some(person_id);
    if !party {
        return Ok(None);
    }
    let result = mandate::Entity::update_many()
        .col_expr(mandate::Column::EndedAt, Expr::value(now))
        .col_expr(mandate::Column::EndedBy, Expr::value(person_id))
        .col_expr(
            mandate::Column::CodeHash,
            Expr::value(Option::<String>::None),
        )
        .filter(mandate::Column::Id.eq(id))
        .filter(mandate::Column::EndedAt.is_null())
        .exec(db)
        .await?;
    Ok((result.rows_affected == 1).then_some(row))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_is_read_as_people_say_it() {
        assert_eq!(normalise_code("4821 7730").as_deref(), Some("48217730"));
        assert_eq!(normalise_code("4821-7730").as_deref(), Some("48217730"));
        assert_eq!(normalise_code("48217730").as_deref(), Some("48217730"));
        for bad in ["", "4821773", "482177301", "4821 773O", "abcdefgh"] {
            assert_eq!(normalise_code(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_form_reference_is_short_plain_text() {
        assert_eq!(
            normalise_reference("  DH-2026/0042 ").as_deref(),
            Some("DH-2026/0042")
        );
        assert_eq!(
            normalise_reference(&"x".repeat(40)).map(|r| r.len()),
            Some(40)
        );
        for bad in ["", "   ", "a\nb", "a\u{0}b"] {
            assert_eq!(normalise_reference(bad), None, "{bad:?}");
        }
        assert_eq!(normalise_reference(&"x".repeat(41)), None);
    }
}

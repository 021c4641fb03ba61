//! Help at the digital help desk, as data (server only): the citizen's page
//! with their code and helpers, and the helper's page with the people they
//! may help. Every function reads only rows of the signed-in person (as
//! citizen or as helper). See `db::mandate` for the rules.

use crate::account::local_time;
use crate::auth::SignedIn;
use crate::error::{AppError, ErrorCode};
use crate::model::{HelpAction, HelpEntry, HelpPage, HelpedPerson, HelperDesk, ShownCode};
use crate::state::AppState;
use db::entities::{mandate, person};
use i18n_embed_fl::fl;
use std::collections::HashMap;

/// Cookie that carries a code just made to the next page, for 15 minutes,
/// in this browser only: `{mandate id}.{code}` (the database keeps a hash).
pub fn code_cookie_name(secure: bool) -> &'static str {
    if secure {
        "__Host-ewh_help_code"
    } else {
        "ewh_help_code"
    }
}

/// The code as it is read out: two groups of four.
pub fn spaced(code: &str) -> String {
    if code.len() == 8 && code.is_ascii() {
        format!("{} {}", &code[..4], &code[4..])
    } else {
        code.to_owned()
    }
}

/// Whether someone born on `birth_date` (seconds, the date at midnight UTC,
/// as the register gives it) is under 18 on today's date in Belgium.
pub fn is_minor(birth_date: i64, now: i64) -> bool {
    let (Ok(born), Ok(now)) = (
        jiff::Timestamp::from_second(birth_date),
        jiff::Timestamp::from_second(now),
    ) else {
        // A date we cannot read: never assume someone is of age.
        return true;
    };
    let zone = jiff::tz::TimeZone::get("Europe/Brussels").unwrap_or(jiff::tz::TimeZone::UTC);
    let born = born.to_zoned(jiff::tz::TimeZone::UTC).date();
    let today = now.to_zoned(zone).date();
    match born.checked_add(jiff::Span::new().years(18)) {
        Ok(of_age) => today < of_age,
        Err(_) => true,
    }
}

/// A person's name as others see it.
fn shown_name(person: &person::Model) -> String {
    format!("{} {}", person.given_name, person.family_name)
        .trim()
        .to_owned()
}

/// The names of these people by id, in one query.
pub async fn names(state: &AppState, ids: &[i32]) -> Result<HashMap<i32, String>, AppError> {
    Ok(db::identity::people(&state.db, ids)
        .await?
        .iter()
        .map(|person| (person.id, shown_name(person)))
        .collect())
}

/// A helper as citizens see them.
#[derive(Clone, Debug, Default)]
pub struct HelperSeen {
    pub name: String,
    /// The municipality of their help desk (their `helper` role).
    pub desk: Option<String>,
}

/// Helpers as citizens see them, by id. Two queries for any number of
/// helpers.
pub async fn helpers_seen(
    state: &AppState,
    ids: &[i32],
) -> Result<HashMap<i32, HelperSeen>, AppError> {
    let mut ids = ids.to_vec();
    ids.sort_unstable();
    ids.dedup();
    let names = names(state, &ids).await?;
    let roles = db::identity::roles_of(&state.db, &ids).await?;
    let snapshot = state.directory.snapshot().await?;
    Ok(ids
        .iter()
        .map(|id| {
            let desk = roles
                .iter()
                .find(|role| role.person_id == *id && role.role == "helper")
                .and_then(|role| role.municipality_id)
                .and_then(|municipality| snapshot.municipality_name(municipality));
            let name = names.get(id).cloned().unwrap_or_default();
            (*id, HelperSeen { name, desk })
        })
        .collect())
}

/// The helper, acting as helper at their desk (role, municipality and
/// department for the audit log), for `citizen_id`.
pub fn helper_actor(helper: &SignedIn, citizen_id: Option<i32>) -> db::audit::Actor {
    let role = helper.helper_role();
    db::audit::Actor {
        person_id: Some(helper.person.id),
        role: Some("helper".to_owned()),
        municipality_id: role.and_then(|role| role.municipality_id),
        department: role.and_then(|role| role.department.clone()),
        on_behalf_of: citizen_id,
    }
}

/// The signed-in person's help page; `cookie` is the code cookie's value.
pub async fn help_page(
    state: &AppState,
    signed_in: &SignedIn,
    cookie: Option<&str>,
) -> Result<HelpPage, AppError> {
    let now = db::now();
    let rows = db::mandate::of_citizen(&state.db, signed_in.person.id, now).await?;
    let mut page = HelpPage {
        code: None,
        waiting: None,
        active: Vec::new(),
        done: Vec::new(),
    };
    let helper_ids: Vec<i32> = rows.iter().filter_map(|row| row.helper_id).collect();
    let helpers = helpers_seen(state, &helper_ids).await?;
    for row in rows {
        match row.helper_id {
            None => {
                let shown = cookie
                    .and_then(|value| value.split_once('.'))
                    .filter(|(id, code)| {
                        *id == row.id.to_string()
                            && row.code_hash.as_deref().is_some_and(|hash| {
                                db::identity::secrets_equal(hash, &db::identity::hash_secret(code))
                            })
                    })
                    .map(|(_, code)| ShownCode {
                        code: spaced(code),
                        until: local_time(row.code_expires_at),
                    });
                page.code = page.code.or(shown);
                page.waiting = Some(entry(&row, None, None, row.code_expires_at));
            }
            Some(helper) => {
                let seen = helpers.get(&helper).cloned().unwrap_or_default();
                let until = row.expires_at.unwrap_or(now);
                page.active
                    .push(entry(&row, Some(seen.name), seen.desk, until));
            }
        }
    }
    page.done = done_for(state, signed_in.person.id, None).await?;
    Ok(page)
}

/// What helpers did for `citizen_id` (only `helper_id`'s when given), each
/// with the helper's name and desk, newest first.
async fn done_for(
    state: &AppState,
    citizen_id: i32,
    helper_id: Option<i32>,
) -> Result<Vec<HelpAction>, AppError> {
    let events = db::audit::by_helpers(&state.db, citizen_id, helper_id, 100).await?;
    // The helper's own list needs no names: it is all theirs.
    let helpers = match helper_id {
        Some(_) => HashMap::new(),
        None => {
            let ids: Vec<i32> = events.iter().filter_map(|event| event.actor_id).collect();
            helpers_seen(state, &ids).await?
        }
    };
    let mut done = Vec::with_capacity(events.len());
    for event in events {
        let seen = event
            .actor_id
            .and_then(|id| helpers.get(&id).cloned())
            .unwrap_or_default();
        done.push(HelpAction {
            at: local_time(event.at),
            helper: seen.name,
            desk: seen.desk,
            action: event.action,
        });
    }
    Ok(done)
}

fn entry(
    row: &mandate::Model,
    helper: Option<String>,
    desk: Option<String>,
    until: i64,
) -> HelpEntry {
    HelpEntry {
        id: row.id,
        helper,
        desk,
        scope: row.scope.clone(),
        until: local_time(until),
        paper: row.paper_reference.clone(),
        reason: row.paper_reason.clone(),
    }
}

/// The mail to someone whose signed consent a helper recorded at the desk:
/// who may now help, with what, until when, and how to stop it.
pub fn paper_mail(
    lang: crate::i18n::Lang,
    helper: &str,
    desk: Option<&str>,
    scope: &str,
    until: &str,
    reference: &str,
) -> (String, String) {
    let l = lang.loader();
    let entry = fl!(
        l,
        "help-active-entry",
        who = crate::pages::help::helper_text(l, helper, desk),
        what = crate::pages::help::scope_text(l, scope),
        until = until
    );
    let body = crate::i18n::mail_body(
        l,
        [
            fl!(l, "help-paper-mail-intro", reference = reference),
            entry,
            fl!(l, "help-paper-mail-stop"),
            fl!(l, "help-paper-mail-not-you"),
        ],
    );
    (fl!(l, "help-paper-mail-subject"), body)
}

/// The helper's page: who they may help now. Only for people with a
/// helper role.
pub async fn helper_desk(state: &AppState, signed_in: &SignedIn) -> Result<HelperDesk, AppError> {
    if signed_in.helper_role().is_none() {
        return Err(AppError::new(ErrorCode::Forbidden));
    }
    let now = db::now();
    let rows = db::mandate::of_helper(&state.db, signed_in.person.id, now).await?;
    let citizen_ids: Vec<i32> = rows.iter().map(|row| row.citizen_id).collect();
    let names = names(state, &citizen_ids).await?;
    let helping = rows
        .iter()
        .map(|row| HelpedPerson {
            id: row.id,
            name: names.get(&row.citizen_id).cloned().unwrap_or_default(),
            scope: row.scope.clone(),
            until: local_time(row.expires_at.unwrap_or(now)),
            paper: row.paper_reference.clone(),
            reason: row.paper_reason.clone(),
        })
        .collect();
    Ok(HelperDesk { helping })
}

/// What the helper may see of the person they help under mandate
/// `mandate_id`: only while that help is theirs and active. Every look is
/// written to the audit log as the helper's, on the citizen's behalf.
pub async fn helped_profile(
    state: &AppState,
    signed_in: &SignedIn,
    origin: &db::audit::Origin,
    mandate_id: i32,
) -> Result<crate::model::HelpedProfile, AppError> {
    if signed_in.helper_role().is_none() {
        return Err(AppError::new(ErrorCode::Forbidden));
    }
    let now = db::now();
    let mandate = db::mandate::held_by(&state.db, mandate_id, signed_in.person.id, now).await?;
    let actor = helper_actor(signed_in, mandate.as_ref().map(|row| row.citizen_id));
    let Some(mandate) = mandate else {
        let event = db::audit::Event {
            actor,
            subject_id: None,
            action: "person.read",
            outcome: "refused",
            object: Some(format!("mandate:{mandate_id}")),
            reason: Some("no active help".to_owned()),
        };
        db::audit::record(&state.db, event, origin, now).await?;
        return Err(AppError::not_found());
    };
    let Some(person) = db::identity::person(&state.db, mandate.citizen_id).await? else {
        return Err(AppError::not_found());
    };
    let event = db::audit::Event {
        actor,
        subject_id: Some(person.id),
        action: "person.read",
        outcome: "ok",
        object: Some(format!("mandate:{}", mandate.id)),
        reason: Some(mandate.scope.clone()),
    };
    db::audit::record(&state.db, event, origin, now).await?;
    let snapshot = state.directory.snapshot().await?;
    let represented = db::identity::represented(&state.db, person.id, now)
        .await?
        .into_iter()
        .map(|(_, other)| format!("{} {}", other.given_name, other.family_name))
        .collect();
    Ok(crate::model::HelpedProfile {
        mandate: mandate.id,
        name: format!("{} {}", person.given_name, person.family_name)
            .trim()
            .to_owned(),
        scope: mandate.scope.clone(),
        until: local_time(mandate.expires_at.unwrap_or(now)),
        birth_date: person.birth_date.map(crate::account::local_date),
        municipality: person
            .municipality_id
            .and_then(|id| snapshot.municipality_name(id)),
        email: person.email.clone(),
        language: person.language.clone(),
        represented,
        done: done_for(state, person.id, Some(signed_in.person.id)).await?,
        guest: person.kind == "guest",
        pending_email: db::email_change::waiting(&state.db, person.id, now)
            .await?
            .map(|change| change.email),
    })
}

#[cfg(test)]
mod tests {
    use super::is_minor;

    /// Midnight UTC of a date, as the register stores birth dates.
    fn date(text: &str) -> i64 {
        let date: jiff::civil::Date = text.parse().unwrap();
        date.to_zoned(jiff::tz::TimeZone::UTC)
            .unwrap()
            .timestamp()
            .as_second()
    }

    #[test]
    fn someone_is_a_minor_until_their_eighteenth_birthday_in_belgium() {
        let born = date("2008-05-17");
        // 2026-05-16 23:30 in Brussels is still the day before.
        assert!(is_minor(born, date("2026-05-16") + 21 * 3600 + 1800));
        // 2026-05-17 00:30 in Brussels (22:30 UTC the day before): of age.
        assert!(!is_minor(born, date("2026-05-16") + 22 * 3600 + 1800));
        assert!(!is_minor(born, date("2030-01-01")));
        // The demo register's child, born in 2015.
        assert!(is_minor(1_431_820_800, date("2026-12-01")));
    }
}

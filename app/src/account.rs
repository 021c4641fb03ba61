//! The signed-in person's own pages, as data (server only): the sign-in
//! choices, "my data" with where each part came from, and the sessions.
//! Every function here reads only the visitor's own rows.

use crate::auth::SignedIn;
use crate::error::AppError;
use crate::model::{
    AccessEntry, PersonaCard, Profile, ProfileRole, Represented, RepresentedProfile, SessionEntry,
    Sessions, SignInOptions,
};
use crate::state::AppState;

/// A time for people: day/month/year hour:minute in Belgian time.
pub fn local_time(seconds: i64) -> String {
    let Ok(timestamp) = jiff::Timestamp::from_second(seconds) else {
        return String::new();
    };
    match jiff::tz::TimeZone::get("Europe/Brussels") {
        Ok(zone) => timestamp
            .to_zoned(zone)
            .strftime("%d/%m/%Y %H:%M")
            .to_string(),
        Err(_) => timestamp.strftime("%d/%m/%Y %H:%M UTC").to_string(),
    }
}

/// How long a session lasts from `now` if nothing happens: the seconds
/// left and that end in Belgian time (hour:minute, and RFC 3339 for the
/// page's `data-ends-at`). Computed per request, never cached.
pub fn session_left(ends_at: i64, now: i64) -> crate::model::SessionLeft {
    let seconds = (ends_at - now).max(0);
    let Ok(timestamp) = jiff::Timestamp::from_second(ends_at) else {
        return crate::model::SessionLeft {
            seconds,
            ..Default::default()
        };
    };
    let (until, until_iso) = match jiff::tz::TimeZone::get("Europe/Brussels") {
        Ok(zone) => {
            let zoned = timestamp.to_zoned(zone);
            (
                zoned.strftime("%H:%M").to_string(),
                zoned.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string(),
            )
        }
        Err(_) => (
            timestamp.strftime("%H:%M UTC").to_string(),
            timestamp.strftime("%Y-%m-%dT%H:%M:%SZ").to_string(),
        ),
    };
    crate::model::SessionLeft {
        seconds,
        until,
        until_iso,
    }
}

/// A date for people (birth dates): day/month/year.
pub fn local_date(seconds: i64) -> String {
    jiff::Timestamp::from_second(seconds)
        .map(|timestamp| timestamp.strftime("%d/%m/%Y").to_string())
        .unwrap_or_default()
}

/// The mail to the old address when a contact address changes: someone
/// else may have changed it.
pub fn contact_changed_mail(lang: crate::i18n::Lang) -> (String, String) {
    let l = lang.loader();
    let body = crate::i18n::mail_body(
        l,
        [
            i18n_embed_fl::fl!(l, "contact-mail-changed"),
            i18n_embed_fl::fl!(l, "contact-mail-not-you"),
        ],
    );
    (i18n_embed_fl::fl!(l, "contact-mail-subject"), body)
}

/// The mail with the code that confirms a new address, sent to that new
/// address when a helper typed it. The code is only in the body.
pub fn email_code_mail(lang: crate::i18n::Lang, code: &str) -> (String, String) {
    let l = lang.loader();
    let body = crate::i18n::mail_body(
        l,
        [
            i18n_embed_fl::fl!(l, "contact-code-mail-intro"),
            code.to_owned(),
            i18n_embed_fl::fl!(
                l,
                "contact-code-mail-valid",
                minutes = crate::model::EMAIL_CODE_MINUTES
            ),
            i18n_embed_fl::fl!(l, "contact-code-mail-not-you"),
        ],
    );
    (i18n_embed_fl::fl!(l, "contact-code-mail-subject"), body)
}

pub async fn sign_in_options(
    state: &AppState,
    signed_in: Option<&SignedIn>,
) -> Result<SignInOptions, AppError> {
    let snapshot = state.directory.snapshot().await?;
    let name_of = |slug: &str| snapshot.pages.get(slug).map(|page| page.name.clone());
    let personas = if state.site.demo {
        db::seed::people::PERSONAS
            .iter()
            .filter(|persona| persona.can_sign_in)
            .map(|persona| PersonaCard {
                key: persona.key.to_owned(),
                name: format!("{} {}", persona.given_name, persona.family_name),
                kind: persona.kind.to_owned(),
                lives_in: persona.lives_in.and_then(name_of),
                roles: persona
                    .roles
                    .iter()
                    .map(|(slug, department, role)| ProfileRole {
                        role: (*role).to_owned(),
                        municipality: slug.and_then(name_of),
                        department: department.map(str::to_owned),
                    })
                    .collect(),
                has_child: persona.key == "sofie",
            })
            .collect()
    } else {
        Vec::new()
    };
    Ok(SignInOptions {
        acm: state.site.acm_sign_in,
        personas,
        signed_in_as: signed_in.map(SignedIn::display_name),
        guest_sign_in: state.site.guest_sign_in,
    })
}

pub async fn profile(state: &AppState, signed_in: &SignedIn) -> Result<Profile, AppError> {
    let snapshot = state.directory.snapshot().await?;
    let person = &signed_in.person;
    let represented = db::identity::represented(&state.db, person.id, db::now())
        .await?
        .into_iter()
        .map(|(link, child)| Represented {
            id: child.id,
            name: format!("{} {}", child.given_name, child.family_name),
            kind: link.kind,
            source: link.source,
            until: link.valid_until.map(local_date),
        })
        .collect();
    Ok(Profile {
        name: signed_in.display_name(),
        kind: person.kind.clone(),
        rrn: person.rrn.clone(),
        birth_date: person.birth_date.map(local_date),
        municipality: person
            .municipality_id
            .and_then(|id| snapshot.municipality_name(id)),
        email: person.email.clone(),
        language: person.language.clone(),
        source: person.source.clone(),
        source_at: local_time(person.source_at),
        method: signed_in.method.clone(),
        assurance: signed_in.assurance.as_str().to_owned(),
        roles: signed_in
            .roles
            .iter()
            .map(|role| ProfileRole {
                role: role.role.clone(),
                municipality: role
                    .municipality_id
                    .and_then(|id| snapshot.municipality_name(id)),
                department: role.department.clone(),
            })
            .collect(),
        represented,
        demo: person.demo,
        role_admin: signed_in.is_role_admin(),
        catalogue_editor: signed_in.edits_catalogue(),
    })
}

/// The data of someone the signed-in person may act for (their minor child,
/// or the person they legally represent), while the register says so. Every
/// look is audited as theirs, on the represented person's behalf; anyone
/// else's id is "not found" (and audited as refused).
pub async fn represented_profile(
    state: &AppState,
    signed_in: &SignedIn,
    origin: &db::audit::Origin,
    person_id: i32,
) -> Result<RepresentedProfile, AppError> {
    let now = db::now();
    let found = db::identity::represented(&state.db, signed_in.person.id, now)
        .await?
        .into_iter()
        .find(|(_, person)| person.id == person_id);
    let actor = db::audit::Actor {
        person_id: Some(signed_in.person.id),
        role: Some("citizen".to_owned()),
        municipality_id: None,
        department: None,
        on_behalf_of: found.as_ref().map(|(_, person)| person.id),
    };
    let event = db::audit::Event {
        actor,
        subject_id: found.as_ref().map(|(_, person)| person.id),
        action: "person.read",
        outcome: if found.is_some() { "ok" } else { "refused" },
        object: Some(format!("person:{person_id}")),
        reason: Some(match &found {
            Some((link, _)) => format!("representative ({})", link.kind),
            None => "no representation".to_owned(),
        }),
    };
    db::audit::record(&state.db, event, origin, now).await?;
    let Some((link, person)) = found else {
        return Err(AppError::not_found());
    };
    let snapshot = state.directory.snapshot().await?;
    Ok(RepresentedProfile {
        name: format!("{} {}", person.given_name, person.family_name)
            .trim()
            .to_owned(),
        kind: link.kind,
        until: link.valid_until.map(local_date),
        rrn: person.rrn,
        birth_date: person.birth_date.map(local_date),
        municipality: person
            .municipality_id
            .and_then(|id| snapshot.municipality_name(id)),
        source: person.source,
        source_at: local_time(person.source_at),
    })
}

pub async fn sessions(state: &AppState, signed_in: &SignedIn) -> Result<Sessions, AppError> {
    let rows =
        db::identity::active_sessions(&state.db, signed_in.person.id, signed_in.limits, db::now())
            .await?;
    let entries = rows
        .into_iter()
        .map(|row| SessionEntry {
            id: row.id,
            current: row.id == signed_in.session_id,
            started: local_time(row.created_at),
            last_seen: local_time(row.last_seen_at),
            method: row.method,
            device: device_summary(&row.user_agent),
            ip: row.ip,
        })
        .collect();
    Ok(Sessions {
        entries,
        idle_minutes: signed_in.limits.idle_seconds / 60,
        absolute_hours: signed_in.limits.absolute_seconds / 3600,
    })
}

/// "Firefox on Android", roughly: enough to recognise one's own devices.
pub fn device_summary(user_agent: &str) -> String {
    let browser = [
        ("Edg/", "Edge"),
        ("Firefox/", "Firefox"),
        ("Chrome/", "Chrome"),
        ("Safari/", "Safari"),
    ]
    .into_iter()
    .find(|(marker, _)| user_agent.contains(marker))
    .map(|(_, name)| name);
    let system = [
        ("Android", "Android"),
        ("iPhone", "iPhone"),
        ("iPad", "iPad"),
        ("Windows", "Windows"),
        ("Mac OS", "macOS"),
        ("Linux", "Linux"),
    ]
    .into_iter()
    .find(|(marker, _)| user_agent.contains(marker))
    .map(|(_, name)| name);
    match (browser, system) {
        (Some(browser), Some(system)) => format!("{browser} · {system}"),
        (Some(one), None) | (None, Some(one)) => one.to_owned(),
        (None, None) => user_agent.chars().take(40).collect(),
    }
}

/// Who on the staff read or changed this person's data, newest first: the
/// audit entries about them by someone else acting in a staff role.
pub async fn access_log(
    state: &AppState,
    signed_in: &SignedIn,
) -> Result<Vec<AccessEntry>, AppError> {
    let snapshot = state.directory.snapshot().await?;
    let me = signed_in.person.id;
    Ok(db::audit::concerning(&state.db, me, 500)
        .await?
        .into_iter()
        .filter(|event| event.subject_id == Some(me) && event.actor_id != Some(me))
        .filter(|event| event.outcome == "ok")
        .filter(|event| {
            event
                .actor_role
                .as_deref()
                .is_some_and(|role| role != "citizen")
        })
        .map(|event| AccessEntry {
            at: local_time(event.at),
            action: event.action,
            role: event.actor_role,
            municipality: event
                .actor_municipality_id
                .and_then(|id| snapshot.municipality_name(id)),
            department: event.actor_department,
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_session_end_is_told_in_belgian_time() {
        // 2026-11-29 14:00 UTC is 15:00 in Brussels (winter time).
        let end = 1_795_960_800;
        let left = super::session_left(end, end - 90);
        assert_eq!(left.seconds, 90);
        assert_eq!(left.until, "15:00");
        assert_eq!(left.until_iso, "2026-11-29T15:00:00+01:00");
        assert_eq!(super::session_left(end, end + 5).seconds, 0);
    }

    #[test]
    fn times_are_shown_in_belgian_time() {
        // 2026-11-29 14:00 UTC is 15:00 in Brussels (winter time).
        assert_eq!(local_time(1_795_960_800), "29/11/2026 15:00");
        // 2026-07-01 12:00 UTC is 14:00 (summer time).
        assert_eq!(local_time(1_782_907_200), "01/07/2026 14:00");
    }

    #[test]
    fn devices_are_summarised() {
        assert_eq!(
            device_summary(
                "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/120 Mobile Safari/537.36"
            ),
            "Chrome · Android"
        );
        assert_eq!(device_summary("curl/8"), "curl/8");
    }
}

//! A person's own account, over plain HTTP: download everything the portal
//! holds about you (JSON), and end a guest account.

use crate::http::error_response;
use crate::session::{actor_of, redirect, signed_in_form, visitor_of};
use app::components::error::form_errors_location;
use app::error::{AppError, ErrorCode};
use app::i18n::Lang;
use app::model::{EmailAddress, EmailError};
use app::state::AppState;
use axum::extract::{Request, State};
use axum::response::{IntoResponse, Response};
use db::audit::{Actor, Event, Origin};
use db::entities::{login_identity, person, session};
use db::sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use http::header::{self, HeaderValue};
use serde::Deserialize;
use serde_json::json;

/// Everything about the signed-in person, as one JSON document: their data
/// and its source, login means, sessions, whom they represent, roles, and
/// the audit entries about them.
pub async fn download(State(state): State<AppState>, request: Request) -> Response {
    let (visitor, _) = visitor_of(request.extensions());
    let Some(signed_in) = visitor.and_then(|visitor| visitor.signed_in) else {
        return error_response(ErrorCode::SignInRequired);
    };
    let person = &signed_in.person;
    let result = async {
        let logins = login_identity::Entity::find()
            .filter(login_identity::Column::PersonId.eq(person.id))
            .all(&state.db)
            .await?;
        let sessions = session::Entity::find()
            .filter(session::Column::PersonId.eq(person.id))
            .order_by_asc(session::Column::Id)
            .all(&state.db)
            .await?;
        let represented = db::identity::represented(&state.db, person.id, db::now()).await?;
        let audit = db::audit::concerning(&state.db, person.id, 10_000).await?;
        Ok::<_, db::DbErr>((logins, sessions, represented, audit))
    }
    .await;
    let (logins, sessions, represented, audit) = match result {
        Ok(found) => found,
        Err(error) => return error_response(AppError::from(error).code),
    };
    let document = json!({
        "format": "e-westhoek-my-data/1",
        "exported_at": db::now(),
        "times": "seconds since 1970-01-01 UTC",
        "person": {
            "kind": person.kind,
            "national_register_number": person.rrn,
            "given_name": person.given_name,
            "family_name": person.family_name,
            "birth_date": person.birth_date,
            "municipality_id": person.municipality_id,
            "email": person.email,
            "language": person.language,
            "source": person.source,
            "source_at": person.source_at,
            "created_at": person.created_at,
            "demo": person.demo,
        },
        "logins": logins.iter().map(|login| json!({
            "issuer": login.issuer,
            "subject": login.subject,
            "last_login_at": login.last_login_at,
        })).collect::<Vec<_>>(),
        "sessions": sessions.iter().map(|row| json!({
            "started_at": row.created_at,
            "last_seen_at": row.last_seen_at,
            "ended_at": row.ended_at,
            "method": row.method,
            "assurance": row.assurance,
            "ip": row.ip,
            "user_agent": row.user_agent,
        })).collect::<Vec<_>>(),
        "may_act_for": represented.iter().map(|(link, other)| json!({
            "name": format!("{} {}", other.given_name, other.family_name),
            "kind": link.kind,
            "source": link.source,
            "valid_until": link.valid_until,
        })).collect::<Vec<_>>(),
        "staff_roles": signed_in.roles.iter().map(|role| json!({
            "role": role.role,
            "municipality_id": role.municipality_id,
            "department": role.department,
            "granted_at": role.granted_at,
        })).collect::<Vec<_>>(),
        "audit_log": audit.iter().map(|event| json!({
            "at": event.at,
            "action": event.action,
            "outcome": event.outcome,
            "by_you": event.actor_id == Some(person.id),
            "actor_role": event.actor_role,
            "actor_municipality_id": event.actor_municipality_id,
            "actor_department": event.actor_department,
            "object": event.object,
        })).collect::<Vec<_>>(),
    });
    match serde_json::to_vec_pretty(&document) {
        Ok(body) => (
            [
                (
                    header::CONTENT_TYPE,
                    HeaderValue::from_static("application/json"),
                ),
                (
                    header::CONTENT_DISPOSITION,
                    HeaderValue::from_static(
                        "attachment; filename=\"mijn-gegevens-e-westhoek.json\"",
                    ),
                ),
                (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
            ],
            body,
        )
            .into_response(),
        Err(error) => error_response(AppError::log(ErrorCode::Internal, &error).code),
    }
}

/// Ends a guest account: the person, their logins and sessions go; the audit
/// log keeps that it happened. Only guests: citizens and staff exist in the
/// registers whatever the portal does.
pub async fn end_guest_account(State(state): State<AppState>, request: Request) -> Response {
    let (visitor, origin) = visitor_of(request.extensions());
    let Some(signed_in) = visitor.and_then(|visitor| visitor.signed_in) else {
        return error_response(ErrorCode::SignInRequired);
    };
    if signed_in.person.kind != "guest" {
        return error_response(ErrorCode::Forbidden);
    }
    let now = db::now();
    let result = async {
        let txn = db::begin_write(&state.db).await?;
        let event = Event {
            actor: actor_of(&signed_in),
            subject_id: Some(signed_in.person.id),
            action: "account.end",
            outcome: "ok",
            object: Some(format!("person:{}", signed_in.person.id)),
            reason: Some("guest ended their account".to_owned()),
        };
        db::audit::record(&txn, event, &origin, now).await?;
        db::identity::delete_person(&txn, signed_in.person.id).await?;
        txn.commit().await
    }
    .await;
    if let Err(error) = result {
        return error_response(AppError::from(error).code);
    }
    crate::session::signed_out(&state, "/afgemeld?account=beeindigd")
}

#[derive(Deserialize)]
pub struct ContactForm {
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub language: String,
}

/// Why a contact form was sent back, as the `fout` query parameter.
fn email_problem(problem: EmailError) -> &'static str {
    match problem {
        EmailError::Empty | EmailError::Invalid => "email-ongeldig",
        EmailError::TooLong { .. } => "email-te-lang",
    }
}

/// Why a contact form changed nothing.
pub(crate) enum ContactRefused {
    /// The address, said at the field (`fout` query parameter).
    Email(&'static str),
    /// Not a form our page sends (a tampered language), or a fault.
    Error(ErrorCode),
}

/// What a contact form did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ContactDone {
    /// Saved (or nothing to save).
    Saved,
    /// The language (if changed) is saved; the new address waits for the
    /// code mailed to it.
    CodeSent,
}

/// Changes `person`'s contact preferences as `actor` (the person, or a
/// helper acting for them) and audits it; when the address changes, the old
/// one is told (someone else may have changed it). A guest's address is how
/// they sign in: it stays. Refused: nothing changed.
///
/// `helper`: a helper types a new address for the person they help. Then
/// the address does not change yet: a code goes to the new address, and
/// only [`confirm_email`] with that code changes it (the language, and
/// choosing no e-mail at all, change at once).
pub(crate) async fn change_contact(
    state: &AppState,
    person: &person::Model,
    actor: Actor,
    origin: &Origin,
    form: &ContactForm,
    helper: Option<i32>,
) -> Result<ContactDone, ContactRefused> {
    let Some(lang) = Lang::ALL
        .into_iter()
        .find(|lang| lang.code() == form.language)
    else {
        return Err(ContactRefused::Error(ErrorCode::BadRequest));
    };
    let email = if person.kind == "guest" {
        person.email.clone()
    } else if form.email.trim().is_empty() {
        None
    } else {
        match EmailAddress::parse(&form.email) {
            Ok(address) => Some(address.as_str().to_owned()),
            Err(problem) => return Err(ContactRefused::Email(email_problem(problem))),
        }
    };
    let email_changed = email != person.email;
    let language_changed = lang.code() != person.language;
    // A helper's new address waits for its owner's code.
    let pending = match (helper, &email) {
        (Some(helper), Some(new)) if email_changed => Some((helper, new.clone())),
        _ => None,
    };
    if !email_changed && !language_changed {
        return Ok(ContactDone::Saved);
    }
    let now = db::now();
    let result = async {
        let txn = db::begin_write(&state.db).await?;
        if let Some((helper, new)) = &pending {
            db::identity::set_contact(&txn, person.id, person.email.as_deref(), lang.code())
                .await?;
            let code = db::email_change::start(&txn, person.id, new, *helper, now).await?;
            let (subject, body_text) = app::account::email_code_mail(lang, &code);
            let mail = db::outbox::NewMail {
                recipient: new.clone(),
                subject,
                body_text,
                lang: lang.code().to_owned(),
            };
            db::outbox::enqueue(&txn, mail).await?;
            let event = Event {
                actor,
                subject_id: Some(person.id),
                action: "person.contact",
                outcome: "ok",
                object: Some(format!("person:{}", person.id)),
                reason: Some(if language_changed {
                    "changed: language; new e-mail address waits for its code".to_owned()
                } else {
                    "new e-mail address waits for its code".to_owned()
                }),
            };
            db::audit::record(&txn, event, origin, now).await?;
            txn.commit().await?;
            return Ok(ContactDone::CodeSent);
        }
        db::identity::set_contact(&txn, person.id, email.as_deref(), lang.code()).await?;
        if email_changed {
            // An address set here replaces one that waited for its code.
            db::email_change::cancel(&txn, person.id).await?;
        }
        let changed = match (email_changed, language_changed) {
            (true, true) => "e-mail address and language",
            (true, false) => "e-mail address",
            _ => "language",
        };
        let event = Event {
            actor,
            subject_id: Some(person.id),
            action: "person.contact",
            outcome: "ok",
            object: Some(format!("person:{}", person.id)),
            reason: Some(format!("changed: {changed}")),
        };
        db::audit::record(&txn, event, origin, now).await?;
        if let (true, Some(old)) = (email_changed, &person.email) {
            let (subject, body_text) = app::account::contact_changed_mail(lang);
            let mail = db::outbox::NewMail {
                recipient: old.clone(),
                subject,
                body_text,
                lang: lang.code().to_owned(),
            };
            db::outbox::enqueue(&txn, mail).await?;
        }
        txn.commit().await?;
        Ok(ContactDone::Saved)
    }
    .await;
    result.map_err(|error: db::DbErr| ContactRefused::Error(AppError::from(error).code))
}

/// Why a confirmation code changed nothing.
pub(crate) enum ConfirmRefused {
    /// Not the code (or none waits): said at the field.
    Wrong,
    Error(ErrorCode),
}

/// The code sent to a new address, typed back: the address changes, the
/// old one is told, and it is audited as `actor`'s. A wrong code counts as
/// a try (five per code) and changes nothing else.
pub(crate) async fn confirm_email(
    state: &AppState,
    person: &person::Model,
    actor: Actor,
    origin: &Origin,
    typed: &str,
) -> Result<(), ConfirmRefused> {
    let code: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect();
    let well_formed = code.len() == db::email_change::CODE_DIGITS as usize
        && code.bytes().all(|b| b.is_ascii_digit());
    let now = db::now();
    let result = async {
        let txn = db::begin_write(&state.db).await?;
        let outcome = if well_formed {
            db::email_change::confirm(&txn, person.id, &code, now).await?
        } else {
            db::email_change::Confirmed::Wrong
        };
        let (outcome_text, reason) = match &outcome {
            db::email_change::Confirmed::Changed { .. } => {
                ("ok", "changed: e-mail address, confirmed with its code")
            }
            db::email_change::Confirmed::Wrong => ("failed", "wrong code for a new e-mail address"),
            db::email_change::Confirmed::Nothing => {
                ("failed", "no new e-mail address waits for a code")
            }
        };
        let event = Event {
            actor,
            subject_id: Some(person.id),
            action: "person.contact",
            outcome: outcome_text,
            object: Some(format!("person:{}", person.id)),
            reason: Some(reason.to_owned()),
        };
        db::audit::record(&txn, event, origin, now).await?;
        if let db::email_change::Confirmed::Changed { old: Some(old), .. } = &outcome {
            let lang = Lang::parse(&person.language).unwrap_or(Lang::Nl);
            let (subject, body_text) = app::account::contact_changed_mail(lang);
            let mail = db::outbox::NewMail {
                recipient: old.clone(),
                subject,
                body_text,
                lang: lang.code().to_owned(),
            };
            db::outbox::enqueue(&txn, mail).await?;
        }
        // A wrong try is committed too: it counts.
        txn.commit().await?;
        Ok::<_, db::DbErr>(outcome)
    }
    .await;
    match result {
        Ok(db::email_change::Confirmed::Changed { .. }) => Ok(()),
        Ok(_) => Err(ConfirmRefused::Wrong),
        Err(error) => Err(ConfirmRefused::Error(AppError::from(error).code)),
    }
}

/// `POST /mijn/contact`: the signed-in person's contact preferences.
pub async fn update_contact(State(state): State<AppState>, request: Request) -> Response {
    let (signed_in, origin, form) = match signed_in_form::<ContactForm>(&state, request).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    let actor = actor_of(&signed_in);
    match change_contact(&state, &signed_in.person, actor, &origin, &form, None).await {
        Ok(_) => redirect("/mijn?melding=contact#contact-title"),
        Err(ContactRefused::Email(problem)) => {
            redirect(&form_errors_location(&format!("/mijn?fout={problem}")))
        }
        Err(ContactRefused::Error(code)) => error_response(code),
    }
}

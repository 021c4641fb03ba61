//! The posts of help at the digital help desk: a citizen makes a code or
//! stops help; a helper enters a code, records a consent signed on paper,
//! stops helping, or (allowed to act in the person's name) sets how we send
//! them messages. Each is checked here (signed in; the helper role; the
//! person is a party to the mandate), audited in the same transaction, and
//! answered with a redirect.

use crate::http::error_response;
use crate::session::{actor_of, redirect, signed_in_form};
use app::auth::SignedIn;
use app::components::error::form_errors_location;
use app::error::{AppError, ErrorCode};
use app::help::helper_actor;
use app::model::label::LabelError;
use app::state::AppState;
use axum::Router;
use axum::extract::{Request, State};
use axum::response::Response;
use axum::routing::post;
use db::audit::{Actor, Event, Origin};
use db::mandate::REFERENCE_MAX;
use http::HeaderValue;
use http::header;
use serde::Deserialize;

/// Wrong or right, codes a helper may enter per window.
const CODE_LIMIT: db::rate_limit::Limit = db::rate_limit::Limit {
    hits: 10,
    window_seconds: 900,
};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/mijn/hulp/code", post(make_code))
        .route("/mijn/hulp/stoppen", post(citizen_stops))
        .route("/hulp/code", post(accept_code))
        .route("/hulp/stoppen", post(helper_stops))
        .route("/hulp/papier", post(record_paper))
        .route("/hulp/burger/contact", post(helper_changes_contact))
        .route(
            "/hulp/burger/contact/bevestigen",
            post(helper_confirms_email),
        )
}

fn is_helper(signed_in: &SignedIn) -> bool {
    signed_in.helper_role().is_some()
}

#[derive(Deserialize)]
struct CodeForm {
    scope: String,
    duration: i64,
}

async fn make_code(State(state): State<AppState>, request: Request) -> Response {
    let (citizen, origin, form) = match signed_in_form::<CodeForm>(&state, request).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    if !db::mandate::SCOPES.contains(&form.scope.as_str())
        || !db::mandate::DURATIONS.contains(&form.duration)
    {
        return error_response(ErrorCode::BadRequest);
    }
    let now = db::now();
    let result = async {
        let txn = db::begin_write(&state.db).await?;
        let (row, code) =
            db::mandate::create(&txn, citizen.person.id, &form.scope, form.duration, now).await?;
        let event = Event {
            actor: actor_of(&citizen),
            subject_id: Some(citizen.person.id),
            action: "mandate.create",
            outcome: "ok",
            object: Some(format!("mandate:{}", row.id)),
            reason: Some(format!("{} for {} s", form.scope, form.duration)),
        };
        db::audit::record(&txn, event, &origin, now).await?;
        txn.commit().await?;
        Ok::<_, db::DbErr>((row, code))
    }
    .await;
    match result {
        Ok((row, code)) => {
            let secure = state.site.secure_cookies;
            let name = app::help::code_cookie_name(secure);
            let secure_attr = if secure { "; Secure" } else { "" };
            let cookie = format!(
                "{name}={}.{code}; Path=/; Max-Age={}; HttpOnly; SameSite=Strict{secure_attr}",
                row.id,
                db::mandate::CODE_SECONDS
            );
            let mut response = redirect("/mijn/hulp#help-code-title");
            match HeaderValue::from_str(&cookie) {
                Ok(value) => {
                    response.headers_mut().append(header::SET_COOKIE, value);
                    response
                }
                Err(_) => error_response(ErrorCode::Internal),
            }
        }
        Err(error) => error_response(AppError::from(error).code),
    }
}

#[derive(Deserialize)]
struct StopForm {
    mandate: i32,
}

/// Ends a mandate the person is a party to; 404 for anyone else's.
async fn stop(
    state: &AppState,
    person: &SignedIn,
    actor: Actor,
    origin: &Origin,
    mandate: i32,
) -> Result<(), Response> {
    let now = db::now();
    let result = async {
        let txn = db::begin_write(&state.db).await?;
        let Some(row) = db::mandate::end(&txn, mandate, person.person.id, now).await? else {
            txn.rollback().await?;
            return Ok(None);
        };
        let event = Event {
            actor,
            subject_id: Some(row.citizen_id),
            action: "mandate.end",
            outcome: "ok",
            object: Some(format!("mandate:{}", row.id)),
            reason: None,
        };
        db::audit::record(&txn, event, origin, now).await?;
        txn.commit().await?;
        Ok::<_, db::DbErr>(Some(()))
    }
    .await;
    match result {
        Ok(Some(())) => Ok(()),
        Ok(None) => Err(error_response(ErrorCode::NotFound)),
        Err(error) => Err(error_response(AppError::from(error).code)),
    }
}

async fn citizen_stops(State(state): State<AppState>, request: Request) -> Response {
    let (citizen, origin, form) = match signed_in_form::<StopForm>(&state, request).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    match stop(&state, &citizen, actor_of(&citizen), &origin, form.mandate).await {
        Ok(()) => redirect("/mijn/hulp?melding=gestopt"),
        Err(response) => response,
    }
}

async fn helper_stops(State(state): State<AppState>, request: Request) -> Response {
    let (helper, origin, form) = match signed_in_form::<StopForm>(&state, request).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    if !is_helper(&helper) {
        return error_response(ErrorCode::Forbidden);
    }
    let actor = helper_actor(&helper, None);
    match stop(&state, &helper, actor, &origin, form.mandate).await {
        Ok(()) => redirect("/hulp?melding=gestopt"),
        Err(response) => response,
    }
}

/// A helper helps a person under one mandate at a time: a new one (a code
/// accepted, a paper consent recorded) ends the helper's earlier help for
/// the same person, audited as ended, so the citizen never sees two.
async fn replace_earlier<C: db::sea_orm::ConnectionTrait>(
    txn: &C,
    helper: &SignedIn,
    new: &db::entities::mandate::Model,
    origin: &Origin,
    now: i64,
) -> Result<(), db::DbErr> {
    let ended = db::mandate::end_others(txn, helper.person.id, new.citizen_id, new.id, now).await?;
    for old in ended {
        let event = Event {
            actor: helper_actor(helper, Some(old.citizen_id)),
            subject_id: Some(old.citizen_id),
            action: "mandate.end",
            outcome: "ok",
            object: Some(format!("mandate:{}", old.id)),
            reason: Some(format!("replaced by mandate:{}", new.id)),
        };
        db::audit::record(txn, event, origin, now).await?;
    }
    Ok(())
}

#[derive(Deserialize)]
struct AcceptForm {
    code: String,
}

async fn accept_code(State(state): State<AppState>, request: Request) -> Response {
    let (helper, origin, form) = match signed_in_form::<AcceptForm>(&state, request).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    let now = db::now();
    let refuse = |reason: &'static str, outcome: &'static str| {
        let state = state.clone();
        let origin = origin.clone();
        let actor = helper_actor(&helper, None);
        async move {
            let event = Event {
                actor,
                subject_id: None,
                action: "mandate.accept",
                outcome,
                object: None,
                reason: Some(reason.to_owned()),
            };
            if let Err(error) = db::audit::record(&state.db, event, &origin, now).await {
                tracing::error!(%error, "audit entry for a refused help code not written");
            }
        }
    };
    if !is_helper(&helper) {
        refuse("not a helper", "refused").await;
        return error_response(ErrorCode::Forbidden);
    }
    let key = format!("mandate_code:{}", helper.person.id);
    match db::rate_limit::hit(&state.db, &key, CODE_LIMIT, now).await {
        Ok(None) => {}
        Ok(Some(retry_after)) => {
            refuse("rate limit", "refused").await;
            let mut response = error_response(ErrorCode::TooManyRequests);
            if let Ok(value) = HeaderValue::from_str(&retry_after.to_string()) {
                response.headers_mut().insert(header::RETRY_AFTER, value);
            }
            return response;
        }
        Err(error) => return error_response(AppError::from(error).code),
    }
    let Some(code) = db::mandate::normalise_code(&form.code) else {
        refuse("not a code", "failed").await;
        return redirect(&form_errors_location("/hulp?fout=code"));
    };
    let result = async {
        let txn = db::begin_write(&state.db).await?;
        let Some(row) = db::mandate::accept(&txn, helper.person.id, &code, now).await? else {
            txn.rollback().await?;
            return Ok(None);
        };
        replace_earlier(&txn, &helper, &row, &origin, now).await?;
        let event = Event {
            actor: helper_actor(&helper, Some(row.citizen_id)),
            subject_id: Some(row.citizen_id),
            action: "mandate.accept",
            outcome: "ok",
            object: Some(format!("mandate:{}", row.id)),
            reason: Some(row.scope.clone()),
        };
        db::audit::record(&txn, event, &origin, now).await?;
        txn.commit().await?;
        Ok::<_, db::DbErr>(Some(row))
    }
    .await;
    match result {
        Ok(Some(_)) => redirect("/hulp?melding=aanvaard"),
        Ok(None) => {
            refuse("wrong, used or expired code", "failed").await;
            redirect(&form_errors_location("/hulp?fout=code"))
        }
        Err(error) => error_response(AppError::from(error).code),
    }
}

#[derive(Deserialize)]
struct PaperForm {
    #[serde(default)]
    rrn: String,
    #[serde(default)]
    reference: String,
    scope: String,
    duration: i64,
    /// The helper saw the identity card and the person signed (a checkbox).
    #[serde(default)]
    confirmed: Option<String>,
    /// Why the helper helps someone who lives in another municipality than
    /// their desk (required then; the citizen sees it).
    #[serde(default)]
    reason: String,
}

/// Text as typed, for the form again: without the hidden characters that
/// made it wrong, so the helper sees what is left.
fn visible(typed: &str) -> String {
    typed
        .trim()
        .chars()
        .filter(|c| !app::model::label::is_hidden(*c))
        .collect()
}

/// Where a refused paper form goes: back to the form with what was wrong
/// (`fout`, comma-separated) and what was typed, except the national
/// register number (personal data stays out of URLs and logs).
fn paper_again(problems: &[&str], form: &PaperForm) -> Response {
    let duration = form.duration.to_string();
    let pairs = [
        ("fout", problems.join(",")),
        ("formulier", visible(&form.reference)),
        ("reden", visible(&form.reason)),
        ("doel", form.scope.clone()),
        ("duur", duration),
    ];
    match serde_urlencoded::to_string(pairs) {
        Ok(query) => redirect(&form_errors_location(&format!("/hulp?{query}"))),
        Err(_) => error_response(ErrorCode::Internal),
    }
}

/// `POST /hulp/papier`: the helper records the consent that someone who
/// cannot sign in signed on paper at the desk. The person is found by their
/// national register number; the help is active at once, for this helper
/// only, and the person gets a mail (when we know their address).
async fn record_paper(State(state): State<AppState>, request: Request) -> Response {
    let (helper, origin, form) = match signed_in_form::<PaperForm>(&state, request).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    let now = db::now();
    let audit = |citizen_id: Option<i32>, outcome: &'static str, reason: &'static str| {
        let state = state.clone();
        let origin = origin.clone();
        let actor = helper_actor(&helper, citizen_id);
        async move {
            let event = Event {
                actor,
                subject_id: citizen_id,
                action: "mandate.record",
                outcome,
                object: None,
                reason: Some(reason.to_owned()),
            };
            if let Err(error) = db::audit::record(&state.db, event, &origin, now).await {
                tracing::error!(%error, "audit entry for a refused paper consent not written");
            }
        }
    };
    if !is_helper(&helper) {
        audit(None, "refused", "not a helper").await;
        return error_response(ErrorCode::Forbidden);
    }
    if !db::mandate::SCOPES.contains(&form.scope.as_str())
        || !db::mandate::DURATIONS.contains(&form.duration)
    {
        return error_response(ErrorCode::BadRequest);
    }
    // Each try may look up a national register number: as few as codes.
    let key = format!("mandate_paper:{}", helper.person.id);
    match db::rate_limit::hit(&state.db, &key, CODE_LIMIT, now).await {
        Ok(None) => {}
        Ok(Some(retry_after)) => {
            audit(None, "refused", "rate limit").await;
            let mut response = error_response(ErrorCode::TooManyRequests);
            if let Ok(value) = HeaderValue::from_str(&retry_after.to_string()) {
                response.headers_mut().insert(header::RETRY_AFTER, value);
            }
            return response;
        }
        Err(error) => return error_response(AppError::from(error).code),
    }
    let rrn = app::model::rrn::Rrn::parse(&form.rrn);
    let mut problems = Vec::new();
    let reference = match app::model::label::clean_label(&form.reference, REFERENCE_MAX) {
        Ok(reference) => db::mandate::normalise_reference(&reference),
        Err(LabelError::Hidden) => {
            problems.push("formulier-teken");
            None
        }
        Err(LabelError::TooLong(_)) => None,
    };
    let reason = match app::model::label::clean_label(&form.reason, db::mandate::REASON_MAX) {
        Ok(reason) => Some(reason).filter(|reason| !reason.is_empty()),
        Err(LabelError::Hidden) => {
            problems.push("reden-teken");
            None
        }
        Err(LabelError::TooLong(_)) => {
            problems.push("reden-lang");
            None
        }
    };
    match &rrn {
        Ok(_) => {}
        Err(app::model::rrn::RrnError::Empty) => problems.push("rrn-leeg"),
        Err(app::model::rrn::RrnError::Shape) => problems.push("rrn-vorm"),
        Err(app::model::rrn::RrnError::Check) => problems.push("rrn-controle"),
    }
    if reference.is_none() && !problems.contains(&"formulier-teken") {
        problems.push("formulier");
    }
    if form.confirmed.as_deref() != Some("ja") {
        problems.push("bevestig");
    }
    let (Ok(rrn), Some(reference), true) = (rrn, reference, problems.is_empty()) else {
        return paper_again(&problems, &form);
    };
    let citizen = match db::identity::person_by_rrn(&state.db, rrn.as_str()).await {
        Ok(Some(citizen)) => citizen,
        Ok(None) => {
            audit(None, "failed", "no one with this national register number").await;
            return paper_again(&["onbekend"], &form);
        }
        Err(error) => return error_response(AppError::from(error).code),
    };
    if citizen.id == helper.person.id {
        audit(Some(citizen.id), "refused", "helper is the citizen").await;
        return paper_again(&["zelf"], &form);
    }
    // A minor's affairs go through the legal representative the register
    // names, never through a consent the child signs.
    if citizen
        .birth_date
        .is_some_and(|born| app::help::is_minor(born, now))
    {
        audit(Some(citizen.id), "refused", "a minor").await;
        return paper_again(&["minderjarig"], &form);
    }
    // A desk helps its own municipality's residents; anyone else only with
    // a reason, which the citizen sees.
    let desk_municipality = helper.helper_role().and_then(|role| role.municipality_id);
    let resident = desk_municipality.is_some() && citizen.municipality_id == desk_municipality;
    if !resident && reason.is_none() {
        audit(
            Some(citizen.id),
            "refused",
            "another municipality, no reason",
        )
        .await;
        return paper_again(&["reden"], &form);
    }
    let reason = if resident { None } else { reason };
    let desk = match app::help::helpers_seen(&state, &[helper.person.id]).await {
        Ok(mut seen) => seen.remove(&helper.person.id).and_then(|seen| seen.desk),
        Err(error) => return error_response(error.code),
    };
    let result = async {
        let txn = db::begin_write(&state.db).await?;
        let consent = db::mandate::PaperConsent {
            helper_id: helper.person.id,
            citizen_id: citizen.id,
            scope: &form.scope,
            duration_seconds: form.duration,
            reference: &reference,
            reason: reason.as_deref(),
        };
        let row = db::mandate::record_paper(&txn, consent, now).await?;
        replace_earlier(&txn, &helper, &row, &origin, now).await?;
        let event = Event {
            actor: helper_actor(&helper, Some(citizen.id)),
            subject_id: Some(citizen.id),
            action: "mandate.record",
            outcome: "ok",
            object: Some(format!("mandate:{}", row.id)),
            reason: Some(format!(
                "paper form {reference}: {} for {} s{}",
                form.scope,
                form.duration,
                reason
                    .as_deref()
                    .map(|reason| format!("; other municipality: {reason}"))
                    .unwrap_or_default()
            )),
        };
        db::audit::record(&txn, event, &origin, now).await?;
        if let Some(email) = &citizen.email {
            let lang = app::i18n::Lang::parse(&citizen.language).unwrap_or(app::i18n::Lang::Nl);
            let helper_name = format!("{} {}", helper.person.given_name, helper.person.family_name);
            let (subject, body_text) = app::help::paper_mail(
                lang,
                helper_name.trim(),
                desk.as_deref(),
                &form.scope,
                &app::account::local_time(now + form.duration),
                &reference,
            );
            let mail = db::outbox::NewMail {
                recipient: email.clone(),
                subject,
                body_text,
                lang: lang.code().to_owned(),
            };
            db::outbox::enqueue(&txn, mail).await?;
        }
        txn.commit().await?;
        Ok::<_, db::DbErr>(())
    }
    .await;
    match result {
        Ok(()) => redirect("/hulp?melding=vastgelegd"),
        Err(error) => error_response(AppError::from(error).code),
    }
}

#[derive(Deserialize)]
struct HelperContactForm {
    mandate: i32,
    #[serde(default)]
    email: String,
    #[serde(default)]
    language: String,
}

/// `POST /hulp/burger/contact`: a helper with the citizen's consent to act
/// in their name ("apply") changes how we send them messages. Audited as
/// the helper's, on the citizen's behalf; both see it afterwards.
/// The person a helper may act for in their name ("apply") under mandate
/// `id`, or the refusal (audited): 403 for a non-helper, 404 otherwise.
async fn acting_for(
    state: &AppState,
    helper: &SignedIn,
    origin: &Origin,
    id: i32,
    now: i64,
) -> Result<(db::entities::mandate::Model, db::entities::person::Model), Response> {
    if !is_helper(helper) {
        return Err(error_response(ErrorCode::Forbidden));
    }
    let mandate = match db::mandate::held_by(&state.db, id, helper.person.id, now).await {
        Ok(row) => row,
        Err(error) => return Err(error_response(AppError::from(error).code)),
    };
    let Some(mandate) = mandate.filter(|row| row.scope == "apply") else {
        let event = Event {
            actor: helper_actor(helper, None),
            subject_id: None,
            action: "person.contact",
            outcome: "refused",
            object: Some(format!("mandate:{id}")),
            reason: Some("no active help to act in their name".to_owned()),
        };
        if let Err(error) = db::audit::record(&state.db, event, origin, now).await {
            tracing::error!(%error, "audit entry for a refused contact change not written");
        }
        return Err(error_response(ErrorCode::NotFound));
    };
    match db::identity::person(&state.db, mandate.citizen_id).await {
        Ok(Some(citizen)) => Ok((mandate, citizen)),
        Ok(None) => Err(error_response(ErrorCode::NotFound)),
        Err(error) => Err(error_response(AppError::from(error).code)),
    }
}

async fn helper_changes_contact(State(state): State<AppState>, request: Request) -> Response {
    let waker = request
        .extensions()
        .get::<crate::mail::MailWaker>()
        .cloned();
    let (helper, origin, form) = match signed_in_form::<HelperContactForm>(&state, request).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    let now = db::now();
    let (mandate, citizen) = match acting_for(&state, &helper, &origin, form.mandate, now).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let contact = crate::account::ContactForm {
        email: form.email,
        language: form.language,
    };
    let actor = helper_actor(&helper, Some(citizen.id));
    let page = format!("/hulp/burger/{}", mandate.id);
    let helper_id = Some(helper.person.id);
    match crate::account::change_contact(&state, &citizen, actor, &origin, &contact, helper_id)
        .await
    {
        Ok(crate::account::ContactDone::Saved) => {
            redirect(&format!("{page}?melding=contact#contact-title"))
        }
        Ok(crate::account::ContactDone::CodeSent) => {
            if let Some(waker) = waker {
                waker.wake();
            }
            redirect(&format!("{page}?melding=code#contact-code"))
        }
        Err(crate::account::ContactRefused::Email(problem)) => {
            redirect(&form_errors_location(&format!("{page}?fout={problem}")))
        }
        Err(crate::account::ContactRefused::Error(code)) => error_response(code),
    }
}

#[derive(Deserialize)]
struct ConfirmEmailForm {
    mandate: i32,
    #[serde(default)]
    code: String,
}

/// Wrong or right, codes for a new address a helper may type per window
/// (each code also dies after five tries).
const EMAIL_CODE_LIMIT: db::rate_limit::Limit = db::rate_limit::Limit {
    hits: 10,
    window_seconds: 900,
};

/// `POST /hulp/burger/contact/bevestigen`: the helper types the code the
/// citizen received at the new address (and reads out): only now does the
/// address change.
async fn helper_confirms_email(State(state): State<AppState>, request: Request) -> Response {
    let (helper, origin, form) = match signed_in_form::<ConfirmEmailForm>(&state, request).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    let now = db::now();
    let (mandate, citizen) = match acting_for(&state, &helper, &origin, form.mandate, now).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let key = format!("email_code:{}", helper.person.id);
    match db::rate_limit::hit(&state.db, &key, EMAIL_CODE_LIMIT, now).await {
        Ok(None) => {}
        Ok(Some(retry_after)) => {
            let mut response = error_response(ErrorCode::TooManyRequests);
            if let Ok(value) = HeaderValue::from_str(&retry_after.to_string()) {
                response.headers_mut().insert(header::RETRY_AFTER, value);
            }
            return response;
        }
        Err(error) => return error_response(AppError::from(error).code),
    }
    let actor = helper_actor(&helper, Some(citizen.id));
    let page = format!("/hulp/burger/{}", mandate.id);
    match crate::account::confirm_email(&state, &citizen, actor, &origin, &form.code).await {
        Ok(()) => redirect(&format!("{page}?melding=contact#contact-title")),
        Err(crate::account::ConfirmRefused::Wrong) => {
            redirect(&form_errors_location(&format!("{page}?fout=code")))
        }
        Err(crate::account::ConfirmRefused::Error(code)) => error_response(code),
    }
}

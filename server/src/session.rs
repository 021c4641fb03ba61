//! Sessions, CSRF and sign-in/out over HTTP.
//!
//! Why our own small layer instead of tower-sessions: the store must be one
//! SeaORM table on SQLite *and* PostgreSQL (tower-sessions' SQLx stores are one
//! per backend, on their own pool), a person must be able to list and end
//! their sessions (tower-sessions has no index by user), and we keep only a
//! hash of the token. What it takes from such crates: a fresh 256-bit token at
//! every sign-in, server-side expiry (idle and absolute), and the session
//! ending server-side on sign-out.
//!
//! CSRF: every request other than GET/HEAD/OPTIONS must carry the visitor's
//! token, in the `csrf` form field (plain forms, also without JavaScript) or
//! the `x-csrf-token` header. Signed in, the token belongs to the session;
//! before that, to a random pre-session cookie (a `__Host-` cookie, so no
//! other site or subdomain can plant one). The Fetch-Metadata/Origin check in
//! `http` stays as a second line.

use crate::http::error_response;
use app::auth::{
    CSRF_FIELD, RequestOrigin, SignedIn, Visitor, csrf_cookie_name, session_cookie_name,
};
use app::error::{AppError, ErrorCode};
use app::security::{cookie_value, local_return_path};
use app::state::AppState;
use axum::body::{Body, Bytes};
use axum::extract::{ConnectInfo, Form, FromRequest, Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use db::audit::{Actor, Event, Origin};
use db::identity::{self, Assurance, NewSession};
use http::header::{self, HeaderMap, HeaderValue};
use http::{Method, StatusCode};
use serde::Deserialize;
use std::net::SocketAddr;

/// Form bodies read for the CSRF field are at most this big (uploads will
/// send the token in the header).
const FORM_LIMIT: usize = 256 * 1024;

/// Sign-in attempts per address and window (demo, OIDC start, guest codes),
/// by default; `[session] sign_ins_per_5_minutes` sets the number.
pub const SIGN_IN_LIMIT: db::rate_limit::Limit = db::rate_limit::Limit {
    hits: 20,
    window_seconds: 300,
};

/// The session cookie: Secure and `__Host-` unless plain-http development.
fn session_cookie(token: &str, secure: bool) -> String {
    let name = session_cookie_name(secure);
    let secure_attr = if secure { "; Secure" } else { "" };
    // No Max-Age: the browser forgets it when it closes; the server ends it
    // anyway after the idle or absolute time-out.
    format!("{name}={token}; Path=/; HttpOnly; SameSite=Lax{secure_attr}")
}

pub fn expired_cookie(name: &str, secure: bool) -> String {
    let secure_attr = if secure { "; Secure" } else { "" };
    format!("{name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax{secure_attr}")
}

fn csrf_cookie(token: &str, secure: bool) -> String {
    let name = csrf_cookie_name(secure);
    let secure_attr = if secure { "; Secure" } else { "" };
    format!("{name}={token}; Path=/; HttpOnly; SameSite=Lax{secure_attr}")
}

/// A token as we issue them (43 URL-safe characters); anything else in a
/// cookie is ignored rather than trusted or stored.
fn well_formed(token: &str) -> bool {
    token.len() == 43
        && token
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

fn is_safe(method: &Method) -> bool {
    matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// Requests that never need to know who is asking: static files, probes,
/// and the public files at the top of the site (`/favicon.svg`,
/// `/inventaris.csv`). Files under a path (`/mijn/gegevens.json`) may be
/// personal and do go through the session.
fn needs_no_visitor(path: &str) -> bool {
    path.starts_with("/pkg/")
        || path == "/healthz"
        || path == "/readyz"
        || path
            .strip_prefix('/')
            .is_some_and(|rest| !rest.contains('/') && rest.contains('.'))
}

/// Where the request came from: the peer address, or the first address a
/// trusted proxy reports (`site.trust_forwarded_for`).
pub fn client_ip(
    request_headers: &HeaderMap,
    peer: Option<SocketAddr>,
    trust_forwarded: bool,
) -> String {
    if trust_forwarded
        && let Some(forwarded) = request_headers
            .get("x-forwarded-for")
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.split(',').next())
    {
        return forwarded.trim().chars().take(64).collect();
    }
    peer.map(|addr| addr.ip().to_string()).unwrap_or_default()
}

fn request_origin(request: &Request, trust_forwarded: bool) -> Origin {
    let headers = request.headers();
    let peer = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|info| info.0);
    Origin {
        ip: client_ip(headers, peer, trust_forwarded),
        user_agent: headers
            .get(header::USER_AGENT)
            .and_then(|value| value.to_str().ok())
            .unwrap_or_default()
            .chars()
            .take(200)
            .collect(),
        request_id: headers
            .get("x-request-id")
            .and_then(|value| value.to_str().ok())
            .unwrap_or_default()
            .to_owned(),
    }
}

/// The token a state-changing request brings: the header, else the form field.
/// The body is read (for forms only) and put back for the handler.
async fn presented_token(request: Request) -> Result<(Option<String>, Request), Response> {
    if let Some(token) = request
        .headers()
        .get("x-csrf-token")
        .and_then(|value| value.to_str().ok())
    {
        let token = token.to_owned();
        return Ok((Some(token), request));
    }
    let is_form = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.starts_with("application/x-www-form-urlencoded"));
    if !is_form {
        return Ok((None, request));
    }
    let (parts, body) = request.into_parts();
    let bytes: Bytes = axum::body::to_bytes(body, FORM_LIMIT)
        .await
        .map_err(|_| error_response(ErrorCode::TooLarge))?;
    let token = serde_urlencoded::from_bytes::<Vec<(String, String)>>(&bytes)
        .ok()
        .and_then(|pairs| {
            pairs
                .into_iter()
                .find(|(name, _)| name == CSRF_FIELD)
                .map(|(_, value)| value)
        });
    Ok((token, Request::from_parts(parts, Body::from(bytes))))
}

/// Finds the visitor (session or pre-session cookie), refuses state-changing
/// requests without their token, and puts `Visitor` and `RequestOrigin` into
/// the request for the handlers and pages.
pub async fn visitor_layer(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let path = request.uri().path().to_owned();
    if is_safe(request.method()) && needs_no_visitor(&path) {
        return next.run(request).await;
    }
    let secure = state.site.secure_cookies;
    let now = db::now();
    let origin = request_origin(&request, state.site.trust_forwarded_for);
    let session_token = cookie_value(request.headers(), session_cookie_name(secure))
        .filter(|token| well_formed(token))
        .map(str::to_owned);
    let had_session_cookie = cookie_value(request.headers(), session_cookie_name(secure)).is_some();
    let mut set_cookies = Vec::new();

    // Asking how long the session lasts (the time-out warning) is not
    // activity: it must not extend the session it asks about. A
    // state-changing request counts only once its CSRF token is checked
    // (below): a refused request changes nothing, its session included.
    let touch = is_safe(request.method()) && path != app::api::SESSION_STATUS_PATH;
    let signed_in = match session_token {
        Some(token) => match load_signed_in(&state, &token, now, touch).await {
            Ok(found) => found,
            Err(error) => return error_response(AppError::from(error).code),
        },
        None => None,
    };
    if had_session_cookie && signed_in.is_none() {
        // Ended, timed out or forged: forget it in the browser.
        set_cookies.push(expired_cookie(session_cookie_name(secure), secure));
    }
    let csrf_token = match &signed_in {
        Some((_, csrf)) => csrf.clone(),
        None => match cookie_value(request.headers(), csrf_cookie_name(secure)) {
            Some(token) if well_formed(token) => token.to_owned(),
            _ => match identity::random_token() {
                Ok(token) => {
                    set_cookies.push(csrf_cookie(&token, secure));
                    token
                }
                Err(error) => {
                    return error_response(AppError::log(ErrorCode::Internal, &error).code);
                }
            },
        },
    };
    let mut visitor = Visitor {
        csrf_token,
        signed_in: signed_in.map(|(signed_in, _)| signed_in),
    };

    let mut request = request;
    if !is_safe(request.method()) {
        let (presented, checked) = match presented_token(request).await {
            Ok(found) => found,
            Err(response) => return response,
        };
        request = checked;
        let valid = presented
            .as_deref()
            .is_some_and(|token| identity::secrets_equal(token, &visitor.csrf_token));
        if !valid {
            tracing::warn!(%path, signed_in = visitor.signed_in.is_some(), "refused a request without a valid CSRF token");
            // A form from a session that has since ended: say that, not "forbidden".
            let code = if had_session_cookie && visitor.signed_in.is_none() {
                ErrorCode::SignInRequired
            } else {
                ErrorCode::Forbidden
            };
            let mut response = error_response(code);
            response.extensions_mut().insert(visitor);
            append_cookies(&mut response, &set_cookies);
            return response;
        }
        if let Some(signed_in) = visitor.signed_in.as_mut() {
            if let Err(error) = identity::mark_seen(&state.db, signed_in.session_id, now).await {
                return error_response(AppError::from(error).code);
            }
            signed_in.ends_at = (now + signed_in.limits.idle_seconds).min(signed_in.expires_at);
        }
    }

    request.extensions_mut().insert(visitor.clone());
    request.extensions_mut().insert(RequestOrigin(origin));
    let mut response = next.run(request).await;
    // The error-page layer renders with the same visitor (header, forms).
    response.extensions_mut().insert(visitor);
    append_cookies(&mut response, &set_cookies);
    response
}

/// Adds the layer's cookies, except those the handler already set: one
/// `Set-Cookie` per name and response, the handler's winning (a sign-in with
/// a stale session cookie sets the new session; the layer's "forget the old
/// one" must not follow it, or the browser keeps the forgetting).
fn append_cookies(response: &mut Response, cookies: &[String]) {
    let set_by_handler: Vec<String> = response
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .map(|value| cookie_name(value).to_owned())
        .collect();
    for cookie in cookies {
        if set_by_handler
            .iter()
            .any(|name| name == cookie_name(cookie))
        {
            continue;
        }
        if let Ok(value) = HeaderValue::from_str(cookie) {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
}

/// The name in a `Set-Cookie` value.
fn cookie_name(set_cookie: &str) -> &str {
    set_cookie.split('=').next().unwrap_or_default().trim()
}

async fn load_signed_in(
    state: &AppState,
    token: &str,
    now: i64,
    touch: bool,
) -> Result<Option<(SignedIn, String)>, db::DbErr> {
    let limits = state.site.session;
    let Some((session, person)) = identity::find_session(&state.db, token, limits, now).await?
    else {
        return Ok(None);
    };
    let session = if touch {
        identity::touch_session(&state.db, session, limits, now).await?
    } else {
        session
    };
    let roles = identity::roles(&state.db, person.id).await?;
    let csrf = session.csrf_token.clone();
    Ok(Some((
        SignedIn {
            session_id: session.id,
            ends_at: identity::ends_at(&session, limits),
            expires_at: session.expires_at,
            assurance: Assurance::parse(&session.assurance),
            method: session.method.clone(),
            person,
            roles,
            limits,
        },
        csrf,
    )))
}

/// The visitor and origin the layer put into the request.
pub fn visitor_of(request_extensions: &http::Extensions) -> (Option<Visitor>, Origin) {
    (
        request_extensions.get::<Visitor>().cloned(),
        request_extensions
            .get::<RequestOrigin>()
            .map(|origin| origin.0.clone())
            .unwrap_or_default(),
    )
}

/// The actor for audit entries of a signed-in person.
/// The prologue of a signed-in person's form post: who (401 when signed
/// out), from where, and the form (400 when it does not parse). The CSRF
/// token was checked by [`visitor_layer`].
pub async fn signed_in_form<T: serde::de::DeserializeOwned>(
    state: &AppState,
    request: Request,
) -> Result<(SignedIn, Origin, T), Response> {
    let (visitor, origin) = visitor_of(request.extensions());
    let Some(signed_in) = visitor.and_then(|visitor| visitor.signed_in) else {
        return Err(error_response(ErrorCode::SignInRequired));
    };
    match Form::<T>::from_request(request, state).await {
        Ok(Form(form)) => Ok((signed_in, origin, form)),
        Err(_) => Err(error_response(ErrorCode::BadRequest)),
    }
}

pub fn actor_of(signed_in: &SignedIn) -> Actor {
    Actor {
        person_id: Some(signed_in.person.id),
        role: Some(
            if signed_in.is_staff() {
                "staff"
            } else {
                "citizen"
            }
            .to_owned(),
        ),
        ..Actor::default()
    }
}

/// Counts a sign-in attempt from this address; `Err` is the 429 page.
pub async fn limit_sign_in(
    state: &AppState,
    origin: &Origin,
    action: &str,
) -> Result<(), Response> {
    let key = format!("sign_in:{}", origin.ip);
    let limit = db::rate_limit::Limit {
        hits: state.site.session.sign_ins_per_5_minutes,
        ..SIGN_IN_LIMIT
    };
    match db::rate_limit::hit(&state.db, &key, limit, db::now()).await {
        Ok(None) => Ok(()),
        Ok(Some(retry_after)) => {
            let event = Event {
                actor: Actor::default(),
                subject_id: None,
                action,
                outcome: "refused",
                object: None,
                reason: Some("rate limit".to_owned()),
            };
            if let Err(error) = db::audit::record(&state.db, event, origin, db::now()).await {
                tracing::error!(%error, "audit entry for a rate-limited sign-in not written");
            }
            let mut response = error_response(ErrorCode::TooManyRequests);
            if let Ok(value) = HeaderValue::from_str(&retry_after.to_string()) {
                response.headers_mut().insert(header::RETRY_AFTER, value);
            }
            Err(response)
        }
        Err(error) => Err(error_response(AppError::from(error).code)),
    }
}

/// Starts a session for `person_id` (ending the browser's previous one), logs
/// it, sets the cookie and sends the person on. Shared by every login means.
pub async fn start_session(
    state: &AppState,
    previous: Option<&SignedIn>,
    person_id: i32,
    assurance: Assurance,
    method: &str,
    origin: &Origin,
    return_to: &str,
) -> Response {
    let now = db::now();
    let result = async {
        let txn = db::begin_write(&state.db).await?;
        if let Some(previous) = previous {
            identity::end_session(&txn, previous.session_id, now).await?;
        }
        let created = identity::create_session(
            &txn,
            NewSession {
                person_id,
                assurance,
                method,
                user_agent: &origin.user_agent,
                ip: &origin.ip,
            },
            state.site.session,
            now,
        )
        .await?;
        let event = Event {
            actor: Actor {
                person_id: Some(person_id),
                ..Actor::default()
            },
            subject_id: Some(person_id),
            action: "sign_in",
            outcome: "ok",
            object: Some(format!("session:{}", created.session.id)),
            reason: Some(format!("{method}, {}", assurance.as_str())),
        };
        db::audit::record(&txn, event, origin, now).await?;
        txn.commit().await?;
        Ok::<_, db::DbErr>(created.token)
    }
    .await;
    let secure = state.site.secure_cookies;
    match result {
        // The pre-session CSRF token is done with: the session has its own,
        // and after the session a new one is made.
        Ok(token) => redirect_with_cookies(
            local_return_path(return_to),
            &[
                session_cookie(&token, secure),
                expired_cookie(csrf_cookie_name(secure), secure),
            ],
        ),
        Err(error) => error_response(AppError::from(error).code),
    }
}

/// After a session ends in this browser: forget the session cookie and the
/// help code a citizen made in it, and start a fresh pre-session CSRF token
/// (never the one from before the sign-in).
pub fn signed_out(state: &AppState, location: &str) -> Response {
    let secure = state.site.secure_cookies;
    let fresh_csrf = match identity::random_token() {
        Ok(token) => csrf_cookie(&token, secure),
        Err(error) => return error_response(AppError::log(ErrorCode::Internal, &error).code),
    };
    redirect_with_cookies(
        location,
        &[
            expired_cookie(session_cookie_name(secure), secure),
            expired_cookie(app::help::code_cookie_name(secure), secure),
            fresh_csrf,
        ],
    )
}

fn redirect_with_cookies(location: &str, cookies: &[String]) -> Response {
    let mut response = redirect(location);
    for cookie in cookies {
        match HeaderValue::from_str(cookie) {
            Ok(value) => {
                response.headers_mut().append(header::SET_COOKIE, value);
            }
            Err(_) => return error_response(ErrorCode::Internal),
        }
    }
    response
}

pub(crate) fn redirect(location: &str) -> Response {
    let location =
        HeaderValue::from_str(location).unwrap_or_else(|_| HeaderValue::from_static("/"));
    (StatusCode::SEE_OTHER, [(header::LOCATION, location)]).into_response()
}

#[derive(Deserialize)]
pub struct DemoSignInForm {
    persona: String,
    #[serde(default)]
    return_to: String,
}

/// Demo sign-in: pick a persona. Only in a demo deployment (404 otherwise);
/// it goes through the same session code as every other login means.
pub async fn sign_in_demo(State(state): State<AppState>, request: Request) -> Response {
    if !state.site.demo {
        return error_response(ErrorCode::NotFound);
    }
    let (visitor, origin) = visitor_of(request.extensions());
    let Ok(Form(form)) = Form::<DemoSignInForm>::from_request(request, &state).await else {
        return error_response(ErrorCode::BadRequest);
    };
    if let Err(response) = limit_sign_in(&state, &origin, "sign_in.demo").await {
        return response;
    }
    let persona = db::seed::people::persona(&form.persona).filter(|persona| persona.can_sign_in);
    let person = match persona {
        Some(persona) => {
            identity::person_by_login(&state.db, db::seed::people::DEMO_ISSUER, persona.key).await
        }
        None => Ok(None),
    };
    let person = match person {
        Ok(Some(person)) => person,
        Ok(None) => {
            record_failure(&state, &origin, "sign_in.failed", "unknown demo persona").await;
            return error_response(ErrorCode::BadRequest);
        }
        Err(error) => return error_response(AppError::from(error).code),
    };
    let assurance = if person.kind == "guest" {
        Assurance::Low
    } else {
        Assurance::High
    };
    let return_to = if form.return_to.is_empty() {
        "/mijn"
    } else {
        &form.return_to
    };
    start_session(
        &state,
        visitor
            .as_ref()
            .and_then(|visitor| visitor.signed_in.as_ref()),
        person.id,
        assurance,
        "demo",
        &origin,
        return_to,
    )
    .await
}

/// Records a failed sign-in (no person known) in the audit log.
pub async fn record_failure(state: &AppState, origin: &Origin, action: &str, reason: &str) {
    let event = Event {
        actor: Actor::default(),
        subject_id: None,
        action,
        outcome: "failed",
        object: None,
        reason: Some(reason.to_owned()),
    };
    if let Err(error) = db::audit::record(&state.db, event, origin, db::now()).await {
        tracing::error!(%error, "audit entry for a failed sign-in not written");
    }
}

/// Ends this session (server-side) and forgets the cookie.
pub async fn sign_out(State(state): State<AppState>, request: Request) -> Response {
    let (visitor, origin) = visitor_of(request.extensions());
    if let Some(signed_in) = visitor.and_then(|visitor| visitor.signed_in) {
        let now = db::now();
        let result = async {
            let txn = db::begin_write(&state.db).await?;
            identity::end_session(&txn, signed_in.session_id, now).await?;
            let event = Event {
                actor: actor_of(&signed_in),
                subject_id: Some(signed_in.person.id),
                action: "sign_out",
                outcome: "ok",
                object: Some(format!("session:{}", signed_in.session_id)),
                reason: None,
            };
            db::audit::record(&txn, event, &origin, now).await?;
            txn.commit().await
        }
        .await;
        if let Err(error) = result {
            return error_response(AppError::from(error).code);
        }
    }
    signed_out(&state, "/afgemeld")
}

#[derive(Deserialize)]
pub struct ExtendSessionForm {
    #[serde(default)]
    return_to: String,
}

/// "Stay signed in longer" without JavaScript: a plain form post on every
/// signed-in page that records activity now and sends the visitor back to
/// the page they were on (303; only a path on this site).
pub async fn extend_session(State(state): State<AppState>, request: Request) -> Response {
    let (signed_in, _, form) = match signed_in_form::<ExtendSessionForm>(&state, request).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    if let Err(error) = identity::mark_seen(&state.db, signed_in.session_id, db::now()).await {
        return error_response(AppError::from(error).code);
    }
    redirect(local_return_path(&form.return_to))
}

#[derive(Deserialize)]
pub struct EndSessionForm {
    session: i32,
}

/// Ends one of the signed-in person's own sessions (another browser).
pub async fn end_session(State(state): State<AppState>, request: Request) -> Response {
    let (visitor, origin) = visitor_of(request.extensions());
    let Some(signed_in) = visitor.and_then(|visitor| visitor.signed_in) else {
        return error_response(ErrorCode::SignInRequired);
    };
    let Ok(Form(form)) = Form::<EndSessionForm>::from_request(request, &state).await else {
        return error_response(ErrorCode::BadRequest);
    };
    let now = db::now();
    let result = async {
        let txn = db::begin_write(&state.db).await?;
        let ended = identity::end_own_session(&txn, signed_in.person.id, form.session, now).await?;
        let event = Event {
            actor: actor_of(&signed_in),
            subject_id: Some(signed_in.person.id),
            action: "session.end",
            outcome: if ended { "ok" } else { "refused" },
            object: Some(format!("session:{}", form.session)),
            reason: None,
        };
        db::audit::record(&txn, event, &origin, now).await?;
        txn.commit().await?;
        Ok::<_, db::DbErr>(ended)
    }
    .await;
    match result {
        // Ending the session you are using is signing out.
        Ok(true) if form.session == signed_in.session_id => signed_out(&state, "/afgemeld"),
        Ok(true) => redirect("/mijn/sessies?beeindigd=1"),
        // Not one of yours (or already ended): the same answer as an unknown id.
        Ok(false) => error_response(ErrorCode::NotFound),
        Err(error) => error_response(AppError::from(error).code),
    }
}

/// Ends every session of the signed-in person, this one included.
pub async fn end_all_sessions(State(state): State<AppState>, request: Request) -> Response {
    let (visitor, origin) = visitor_of(request.extensions());
    let Some(signed_in) = visitor.and_then(|visitor| visitor.signed_in) else {
        return error_response(ErrorCode::SignInRequired);
    };
    let now = db::now();
    let result = async {
        let txn = db::begin_write(&state.db).await?;
        let count = identity::end_all_sessions(&txn, signed_in.person.id, now).await?;
        let event = Event {
            actor: actor_of(&signed_in),
            subject_id: Some(signed_in.person.id),
            action: "session.end_all",
            outcome: "ok",
            object: None,
            reason: Some(format!("{count} sessions")),
        };
        db::audit::record(&txn, event, &origin, now).await?;
        txn.commit().await
    }
    .await;
    match result {
        Ok(()) => signed_out(&state, "/afgemeld"),
        Err(error) => error_response(AppError::from(error).code),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_our_own_token_shape_is_accepted() {
        assert!(well_formed(&"a".repeat(43)));
        assert!(!well_formed(&"a".repeat(42)));
        assert!(!well_formed(&format!("{}=", "a".repeat(42))));
        assert!(!well_formed(""));
    }

    #[test]
    fn cookies_are_host_only_and_http_only() {
        let cookie = session_cookie("t", true);
        assert!(cookie.starts_with("__Host-ewh_session=t; Path=/"));
        assert!(
            cookie.contains("HttpOnly")
                && cookie.contains("SameSite=Lax")
                && cookie.ends_with("Secure")
        );
        assert!(!session_cookie("t", false).contains("Secure"));
        assert!(expired_cookie("x", false).contains("Max-Age=0"));
    }

    #[test]
    fn static_files_and_probes_skip_the_session_lookup() {
        assert!(needs_no_visitor("/pkg/app.wasm"));
        assert!(needs_no_visitor("/favicon.svg"));
        assert!(needs_no_visitor("/healthz"));
        assert!(!needs_no_visitor("/mijn"));
        assert!(!needs_no_visitor("/ieper/producten"));
        assert!(needs_no_visitor("/inventaris.csv"));
        assert!(!needs_no_visitor("/mijn/gegevens.json"));
    }

    #[test]
    fn the_forwarded_address_counts_only_behind_a_trusted_proxy() {
        let mut headers = HeaderMap::new();
        headers.insert(
            "x-forwarded-for",
            HeaderValue::from_static("203.0.113.9, 10.0.0.1"),
        );
        let peer = Some(SocketAddr::from(([10, 0, 0, 2], 4000)));
        assert_eq!(client_ip(&headers, peer, true), "203.0.113.9");
        assert_eq!(client_ip(&headers, peer, false), "10.0.0.2");
    }
}

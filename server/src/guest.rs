//! Guest sign-in for residents without a Belgian eID: an e-mail address and a
//! one-time code sent there. It proves only that the person reads that
//! mailbox, so the session gets the lowest assurance level and a guest
//! person of its own (never a citizen's record that happens to share the
//! address).
//!
//! The code is six digits, so it is guarded the way short secrets must be:
//! only a hash is stored; it works once, for ten minutes, in the browser that
//! asked for it (bound to that browser's CSRF token, so a code read over
//! someone's shoulder is useless elsewhere); every attempt is counted before
//! the comparison (five per code, then it is dead); comparisons are constant
//! time; and requests are rate-limited per address and per e-mail. Asking
//! for a code gives the same answer for every well-formed address, known or
//! not, so the form tells nobody who has an account.
//!
//! The mail goes through the durable outbox, written in the transaction that
//! stores the code: a code exists exactly when its mail will be sent.

use crate::http::error_response;
use crate::mail::MailWaker;
use crate::session::{limit_sign_in, record_failure, start_session, visitor_of};
use app::auth::Visitor;
use app::components::layout::encode_query;
use app::error::{AppError, ErrorCode};
use app::model::{EmailAddress, GUEST_CODE_MINUTES};
use app::pages::guest::{CodeProblem, GuestEmailEcho};
use app::security::{local_return_path, request_lang};
use app::state::AppState;
use axum::Router;
use axum::body::Body;
use axum::extract::{Form, FromRequest, Request, State};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use db::audit::{Actor, Event, Origin};
use db::entities::{guest_code, person};
use db::identity::{self, Assurance};
use db::sea_orm::sea_query::Expr;
use db::sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, ExprTrait, QueryFilter, QueryOrder, Set,
};
use http::header::{self, HeaderValue};
use http::{Method, StatusCode, Uri};
use leptos::prelude::provide_context;
use serde::Deserialize;

/// The issuer under which guests' logins are linked; the subject is the
/// lower-cased e-mail address.
pub const GUEST_ISSUER: &str = "guest-email";

/// Codes per e-mail address and window: enough for a mail that got lost,
/// too few to flood someone's mailbox.
pub const CODES_PER_EMAIL: db::rate_limit::Limit = db::rate_limit::Limit {
    hits: 5,
    window_seconds: 900,
};

/// Attempts per code; after that the code is dead, right or wrong. With a
/// million possible codes, five guesses succeed once in 200 000 codes.
pub const MAX_ATTEMPTS: i32 = 5;

const CODE_DIGITS: u32 = 6;

/// The guest sign-in routes (404 unless the server can send mail).
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/aanmelden/gast", post(request_code))
        .route("/aanmelden/gast/code", post(verify_code))
}

/// The waker of the mail worker: present exactly when guest sign-in is on.
fn mail_waker(request: &Request) -> Option<MailWaker> {
    request.extensions().get::<MailWaker>().cloned()
}

/// What the database keeps of a code. The e-mail and the browser go into the
/// hash, so the same six digits sent to two people are two different
/// hashes. (Six digits are easy to try offline, so the hash is not what
/// protects a code: its ten minutes and five attempts are.)
fn code_hash(email: &str, browser_hash: &str, code: &str) -> String {
    identity::hash_secret(&format!("guest-code\n{email}\n{browser_hash}\n{code}"))
}

/// The browser a code is bound to: the hash of its current CSRF token (the
/// pre-session cookie, or the session's token when signed in).
fn browser_hash(visitor: &Visitor) -> String {
    identity::hash_secret(&visitor.csrf_token)
}

/// A code as typed: spaces and dashes that people add for readability are
/// dropped; anything else than six digits is no code.
fn normalise_code(typed: &str) -> Option<String> {
    let code: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect();
    (code.len() == CODE_DIGITS as usize && code.bytes().all(|b| b.is_ascii_digit())).then_some(code)
}

/// `?terug=` for a local return path, or nothing.
fn return_query(return_to: &str) -> String {
    let path = local_return_path(return_to);
    if return_to.is_empty() || path == "/" {
        String::new()
    } else {
        format!("terug={}", encode_query(path))
    }
}

fn redirect(location: &str) -> Response {
    let location =
        HeaderValue::from_str(location).unwrap_or_else(|_| HeaderValue::from_static("/"));
    (StatusCode::SEE_OTHER, [(header::LOCATION, location)]).into_response()
}

/// The code page, with a problem to show and the return path kept.
fn code_page(problem: Option<CodeProblem>, return_to: &str) -> Response {
    let mut query: Vec<String> = Vec::new();
    if let Some(problem) = problem {
        query.push(format!("fout={}", problem.as_query()));
    }
    let terug = return_query(return_to);
    if !terug.is_empty() {
        query.push(terug);
    }
    if query.is_empty() {
        redirect("/aanmelden/gast/code")
    } else {
        redirect(&format!("/aanmelden/gast/code?{}", query.join("&")))
    }
}

#[derive(Deserialize)]
pub struct CodeRequestForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    return_to: String,
}

/// `POST /aanmelden/gast`: send a code to an e-mail address.
pub async fn request_code(State(state): State<AppState>, request: Request) -> Response {
    let Some(waker) = mail_waker(&request) else {
        return error_response(ErrorCode::NotFound);
    };
    let (visitor, origin) = visitor_of(request.extensions());
    let Some(visitor) = visitor else {
        return error_response(ErrorCode::Forbidden);
    };
    let lang = request_lang(request.headers());
    let (parts, body) = request.into_parts();
    let Ok(Form(form)) =
        Form::<CodeRequestForm>::from_request(Request::from_parts(parts.clone(), body), &state)
            .await
    else {
        return error_response(ErrorCode::BadRequest);
    };
    if let Err(response) = limit_sign_in(&state, &origin, "sign_in.guest_code").await {
        return response;
    }
    let email = match EmailAddress::parse(&form.email) {
        Ok(email) => email,
        Err(problem) => {
            let echo = GuestEmailEcho {
                typed: form.email.chars().take(EmailAddress::MAX_LEN * 2).collect(),
                problem,
            };
            return sign_in_page_again(&state, parts, echo, &form.return_to).await;
        }
    };
    // Counted under a hash: the counter table need not hold addresses.
    let key = format!("guest_code:{}", identity::hash_secret(email.as_str()));
    match db::rate_limit::hit(&state.db, &key, CODES_PER_EMAIL, db::now()).await {
        Ok(None) => {}
        Ok(Some(retry_after)) => {
            record_failure(
                &state,
                &origin,
                "sign_in.guest_code",
                "rate limit per e-mail",
            )
            .await;
            let mut response = error_response(ErrorCode::TooManyRequests);
            if let Ok(value) = HeaderValue::from_str(&retry_after.to_string()) {
                response.headers_mut().insert(header::RETRY_AFTER, value);
            }
            return response;
        }
        Err(error) => return error_response(AppError::from(error).code),
    }
    match store_code(&state, &visitor, &origin, &email, lang).await {
        Ok(()) => {
            waker.wake();
            code_page(None, &form.return_to)
        }
        Err(error) => error_response(AppError::from(error).code),
    }
}

/// Stores a new code and its mail in one transaction (and an audit entry
/// that says a code was sent, never which).
async fn store_code(
    state: &AppState,
    visitor: &Visitor,
    origin: &Origin,
    email: &EmailAddress,
    lang: app::i18n::Lang,
) -> Result<(), db::DbErr> {
    let now = db::now();
    let code = identity::random_digits(CODE_DIGITS)?;
    let browser = browser_hash(visitor);
    let (subject, body_text) = app::guest::code_mail(lang, &code);
    let txn = db::begin_write(&state.db).await?;
    let row = guest_code::ActiveModel {
        email: Set(email.as_str().to_owned()),
        code_hash: Set(code_hash(email.as_str(), &browser, &code)),
        browser_hash: Set(browser),
        attempts: Set(0),
        created_at: Set(now),
        expires_at: Set(now + GUEST_CODE_MINUTES * 60),
        used_at: Set(None),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    db::outbox::enqueue(
        &txn,
        db::outbox::NewMail {
            recipient: email.as_str().to_owned(),
            subject,
            body_text,
            lang: lang.code().to_owned(),
        },
    )
    .await?;
    let event = Event {
        actor: Actor::default(),
        subject_id: None,
        action: "sign_in.guest_code",
        outcome: "ok",
        object: Some(format!("guest_code:{}", row.id)),
        reason: None,
    };
    db::audit::record(&txn, event, origin, now).await?;
    txn.commit().await
}

/// The sign-in page again, rendered in answer to the refused post: the
/// address stays in the field and the error shows at the top and at the
/// field, without JavaScript and without putting the address into a URL.
async fn sign_in_page_again(
    state: &AppState,
    parts: http::request::Parts,
    echo: GuestEmailEcho,
    return_to: &str,
) -> Response {
    let terug = return_query(return_to);
    let uri = if terug.is_empty() {
        Uri::from_static("/aanmelden")
    } else {
        format!("/aanmelden?{terug}")
            .parse()
            .unwrap_or_else(|_| Uri::from_static("/aanmelden"))
    };
    let mut request = Request::from_parts(parts, Body::empty());
    *request.method_mut() = Method::GET;
    *request.uri_mut() = uri;
    request.headers_mut().remove(header::CONTENT_TYPE);
    request.headers_mut().remove(header::CONTENT_LENGTH);
    let options = state.leptos_options.clone();
    let state = state.clone();
    let handler = leptos_axum::render_app_async_with_context(
        move || {
            provide_context(state.clone());
            provide_context(echo.clone());
        },
        move || app::shell(options.clone()),
    );
    let mut response = handler(request).await.into_response();
    *response.status_mut() = StatusCode::BAD_REQUEST;
    response
}

#[derive(Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    code: String,
    #[serde(default)]
    return_to: String,
}

/// Why a code did not sign anyone in, for the audit log (never the code).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Refusal {
    Missing,
    Expired,
    Used,
    Locked,
    Wrong,
}

impl Refusal {
    fn reason(self) -> &'static str {
        match self {
            Refusal::Missing => "guest code: none for this browser",
            Refusal::Expired => "guest code: expired",
            Refusal::Used => "guest code: used",
            Refusal::Locked => "guest code: locked",
            Refusal::Wrong => "guest code: wrong",
        }
    }

    fn problem(self) -> CodeProblem {
        match self {
            Refusal::Missing | Refusal::Expired | Refusal::Used => CodeProblem::Expired,
            Refusal::Locked => CodeProblem::Locked,
            Refusal::Wrong => CodeProblem::Wrong,
        }
    }
}

/// `POST /aanmelden/gast/code`: sign in with the code from the mail.
pub async fn verify_code(State(state): State<AppState>, request: Request) -> Response {
    if mail_waker(&request).is_none() {
        return error_response(ErrorCode::NotFound);
    }
    let (visitor, origin) = visitor_of(request.extensions());
    let Some(visitor) = visitor else {
        return error_response(ErrorCode::Forbidden);
    };
    let lang = request_lang(request.headers());
    let Ok(Form(form)) = Form::<CodeForm>::from_request(request, &state).await else {
        return error_response(ErrorCode::BadRequest);
    };
    if let Err(response) = limit_sign_in(&state, &origin, "sign_in.guest").await {
        return response;
    }
    let Some(code) = normalise_code(&form.code) else {
        return code_page(Some(CodeProblem::Format), &form.return_to);
    };
    let now = db::now();
    let checked = check_code(&state, &visitor, &code, now).await;
    let row = match checked {
        Ok(Ok(row)) => row,
        Ok(Err(refusal)) => {
            record_failure(&state, &origin, "sign_in.failed", refusal.reason()).await;
            return code_page(Some(refusal.problem()), &form.return_to);
        }
        Err(error) => return error_response(AppError::from(error).code),
    };
    let person_id = match use_code(&state, &row, lang, now).await {
        Ok(Some(person_id)) => person_id,
        Ok(None) => {
            record_failure(&state, &origin, "sign_in.failed", Refusal::Used.reason()).await;
            return code_page(Some(CodeProblem::Expired), &form.return_to);
        }
        Err(error) => return error_response(AppError::from(error).code),
    };
    let return_to = if form.return_to.is_empty() {
        "/mijn"
    } else {
        &form.return_to
    };
    start_session(
        &state,
        visitor.signed_in.as_ref(),
        person_id,
        Assurance::Low,
        "guest",
        &origin,
        return_to,
    )
    .await
}

/// Finds this browser's newest code, counts the attempt, then compares.
async fn check_code(
    state: &AppState,
    visitor: &Visitor,
    code: &str,
    now: i64,
) -> Result<Result<guest_code::Model, Refusal>, db::DbErr> {
    let browser = browser_hash(visitor);
    let Some(row) = guest_code::Entity::find()
        .filter(guest_code::Column::BrowserHash.eq(browser.as_str()))
        .order_by_desc(guest_code::Column::Id)
        .one(&state.db)
        .await?
    else {
        return Ok(Err(Refusal::Missing));
    };
    if row.used_at.is_some() {
        return Ok(Err(Refusal::Used));
    }
    if row.expires_at <= now {
        return Ok(Err(Refusal::Expired));
    }
    // The attempt is counted before the comparison, in one statement that
    // also refuses a code out of attempts: parallel guesses cannot get
    // past the limit.
    let counted = guest_code::Entity::update_many()
        .col_expr(
            guest_code::Column::Attempts,
            Expr::col(guest_code::Column::Attempts).add(1),
        )
        .filter(guest_code::Column::Id.eq(row.id))
        .filter(guest_code::Column::Attempts.lt(MAX_ATTEMPTS))
        .filter(guest_code::Column::UsedAt.is_null())
        .exec(&state.db)
        .await?;
    if counted.rows_affected != 1 {
        return Ok(Err(Refusal::Locked));
    }
    let presented = code_hash(&row.email, &browser, code);
    if identity::secrets_equal(&presented, &row.code_hash) {
        Ok(Ok(row))
    } else if row.attempts + 1 >= MAX_ATTEMPTS {
        // That was the last attempt: say so now rather than on the next try.
        Ok(Err(Refusal::Locked))
    } else {
        Ok(Err(Refusal::Wrong))
    }
}

/// Marks the code used (exactly once, whoever is faster) and finds or
/// creates the guest. `None`: someone used the code in the meantime.
async fn use_code(
    state: &AppState,
    row: &guest_code::Model,
    lang: app::i18n::Lang,
    now: i64,
) -> Result<Option<i32>, db::DbErr> {
    let txn = db::begin_write(&state.db).await?;
    let used = guest_code::Entity::update_many()
        .col_expr(guest_code::Column::UsedAt, Expr::value(now))
        .filter(guest_code::Column::Id.eq(row.id))
        .filter(guest_code::Column::UsedAt.is_null())
        .filter(guest_code::Column::ExpiresAt.gt(now))
        .exec(&txn)
        .await?;
    if used.rows_affected != 1 {
        txn.rollback().await?;
        return Ok(None);
    }
    let person_id = match identity::person_by_login(&txn, GUEST_ISSUER, &row.email).await? {
        Some(person) => person.id,
        None => {
            person::ActiveModel {
                kind: Set("guest".to_owned()),
                rrn: Set(None),
                given_name: Set(String::new()),
                family_name: Set(String::new()),
                birth_date: Set(None),
                municipality_id: Set(None),
                email: Set(Some(row.email.clone())),
                language: Set(lang.code().to_owned()),
                source: Set("guest".to_owned()),
                source_at: Set(now),
                created_at: Set(now),
                demo: Set(false),
                ..Default::default()
            }
            .insert(&txn)
            .await?
            .id
        }
    };
    identity::link_login(&txn, person_id, GUEST_ISSUER, &row.email, now).await?;
    txn.commit().await?;
    Ok(Some(person_id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_six_digits_with_spaces_and_dashes_forgiven() {
        assert_eq!(normalise_code(" 123 456 ").as_deref(), Some("123456"));
        assert_eq!(normalise_code("123-456").as_deref(), Some("123456"));
        assert_eq!(normalise_code("12345"), None);
        assert_eq!(normalise_code("1234567"), None);
        assert_eq!(normalise_code("12345a"), None);
        assert_eq!(normalise_code("１２３４５６"), None);
    }

    #[test]
    fn the_same_code_hashes_differently_for_another_address_or_browser() {
        let one = code_hash("a@example.be", "b1", "123456");
        assert_ne!(one, code_hash("c@example.be", "b1", "123456"));
        assert_ne!(one, code_hash("a@example.be", "b2", "123456"));
        assert_eq!(one, code_hash("a@example.be", "b1", "123456"));
    }

    #[test]
    fn only_local_return_paths_travel_to_the_code_page() {
        assert_eq!(return_query(""), "");
        assert_eq!(return_query("//evil.test"), "");
        assert_eq!(return_query("/ieper?x=1"), "terug=/ieper%3Fx%3D1");
    }
}

//! The posts of the catalogue editing screens: save (and publish) a draft,
//! throw a draft away, start a new product. HTTP only: `app::editor`
//! decides who may do what and does it. Every answer is a redirect to the
//! page that shows the outcome (post/redirect/get), or an error page.

use crate::http::error_response;
use crate::session::redirect;
use app::components::error::form_errors_location;
use app::components::layout::encode_query;
use app::editor::{Editing, Outcome, REGION};
use app::error::ErrorCode;
use app::state::AppState;
use axum::Router;
use axum::extract::{Request, State};
use axum::response::Response;
use axum::routing::post;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/beheer/catalogus/bewaren", post(save))
        .route("/beheer/catalogus/weggooien", post(discard))
        .route("/beheer/catalogus/nieuw", post(create))
}

/// A scope or product code that can go into an address as it is.
fn plain(value: &str) -> bool {
    !value.is_empty()
        && value.len() <= 64
        && value
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn field<'a>(pairs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(key, _)| key == name)
        .map(|(_, value)| value.as_str())
}

/// The signed-in editor's form: its fields in order, repeated ones included.
async fn read(
    state: &AppState,
    request: Request,
) -> Result<
    (
        app::auth::SignedIn,
        db::audit::Origin,
        Vec<(String, String)>,
    ),
    Response,
> {
    crate::session::signed_in_form(state, request).await
}

/// The scope and code of the form, when both are plain.
fn target(pairs: &[(String, String)]) -> Option<(String, String)> {
    let scope = field(pairs, "scope")?;
    let code = field(pairs, "code")?;
    (plain(scope) && plain(code)).then(|| (scope.to_owned(), code.to_owned()))
}

async fn save(State(state): State<AppState>, request: Request) -> Response {
    let (signed_in, origin, pairs) = match read(&state, request).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    let Some((scope, code)) = target(&pairs) else {
        return error_response(ErrorCode::BadRequest);
    };
    let editing = Editing {
        state: &state,
        signed_in: &signed_in,
        origin: &origin,
    };
    match editing.save(&scope, &code, &pairs).await {
        Ok(outcome) => redirect(&format!(
            "/beheer/catalogus/{scope}/{code}?melding={}",
            outcome.notice()
        )),
        Err(error) => error_response(error.code),
    }
}

async fn discard(State(state): State<AppState>, request: Request) -> Response {
    let (signed_in, origin, pairs) = match read(&state, request).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    let Some((scope, code)) = target(&pairs) else {
        return error_response(ErrorCode::BadRequest);
    };
    let editing = Editing {
        state: &state,
        signed_in: &signed_in,
        origin: &origin,
    };
    let version = field(&pairs, "version").unwrap_or("");
    match editing.discard(&scope, &code, version).await {
        Ok(Outcome::Discarded) => {
            redirect(&format!("/beheer/catalogus/{scope}?melding=weggegooid"))
        }
        Ok(outcome) => redirect(&format!(
            "/beheer/catalogus/{scope}/{code}?melding={}",
            outcome.notice()
        )),
        Err(error) => error_response(error.code),
    }
}

async fn create(State(state): State<AppState>, request: Request) -> Response {
    let (signed_in, origin, pairs) = match read(&state, request).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    let code = field(&pairs, "code").unwrap_or("").trim().to_owned();
    let title = field(&pairs, "titel").unwrap_or("");
    let editing = Editing {
        state: &state,
        signed_in: &signed_in,
        origin: &origin,
    };
    match editing.create(&code, title).await {
        Ok(Ok(())) => redirect(&format!(
            "/beheer/catalogus/{REGION}/{code}?melding=aangemaakt"
        )),
        // Back to the form, with what was typed and all that is wrong.
        Ok(Err(problems)) => redirect(&form_errors_location(&format!(
            "/beheer/catalogus/{REGION}?fout={}&code={}&titel={}",
            problems.query(),
            encode_query(&code.chars().take(100).collect::<String>()),
            encode_query(&title.chars().take(300).collect::<String>()),
        ))),
        Err(error) => error_response(error.code),
    }
}

//! Login with ACM/IDM, the Flemish government's login service (eID, itsme,
//! …), over OpenID Connect: the two HTTP ends around `oidc::OidcClient`.
//!
//! `POST /aanmelden/acm` starts a login: it stores the pending login (state,
//! nonce, PKCE verifier, bound to this browser) in the database, not in
//! process memory, so the callback may reach another replica, and sends the
//! browser to the provider. `GET /aanmelden/acm/terug` takes the answer: the
//! pending login is consumed once (a replayed or forged callback finds none),
//! must belong to the same browser and be fresh, and only then is the code
//! exchanged and the ID token checked. Every failure gives the same clear
//! page, no session, and an audit entry.

use crate::http::error_response;
use crate::oidc::{OidcClient, OidcError, OidcSettings, PendingLogin, VerifiedLogin};
use crate::session::{limit_sign_in, record_failure, start_session, visitor_of};
use app::error::{AppError, ErrorCode};
use app::security::local_return_path;
use app::state::AppState;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Extension, Form, FromRequest, Query, Request, State};
use axum::response::{IntoResponse, Response};
use db::entities::{login_attempt, person};
use db::identity::{self, hash_secret};
use db::sea_orm::{ActiveModelTrait, ColumnTrait, DbErr, EntityTrait, QueryFilter, Set};
use http::StatusCode;
use http::header::{self, HeaderValue};
use serde::Deserialize;
use std::sync::Arc;
use tokio::sync::OnceCell;

/// A pending login is valid this long (the person may need a while with
/// their eID reader or itsme app).
const PENDING_SECONDS: i64 = 15 * 60;

/// The configured provider; discovered on first use (and again after a
/// failure), so the portal starts even while the provider is down.
pub struct Acm {
    settings: OidcSettings,
    client: OnceCell<OidcClient>,
}

impl Acm {
    pub fn new(settings: OidcSettings) -> Acm {
        Acm {
            settings,
            client: OnceCell::new(),
        }
    }

    async fn client(&self) -> Result<&OidcClient, OidcError> {
        self.client
            .get_or_try_init(|| OidcClient::discover(&self.settings))
            .await
    }

    /// The issuer every login identity of this provider is stored under.
    fn issuer(&self) -> &str {
        &self.settings.issuer_url
    }
}

type AcmExtension = Extension<Option<Arc<Acm>>>;

#[derive(Deserialize)]
pub struct StartForm {
    #[serde(default)]
    return_to: String,
}

/// Starts a login at ACM/IDM.
pub async fn start(
    State(state): State<AppState>,
    Extension(acm): AcmExtension,
    request: Request,
) -> Response {
    let Some(acm) = acm else {
        return error_response(ErrorCode::NotFound);
    };
    let (visitor, origin) = visitor_of(request.extensions());
    let Some(visitor) = visitor else {
        return error_response(ErrorCode::Internal);
    };
    let Ok(Form(form)) = Form::<StartForm>::from_request(request, &state).await else {
        return error_response(ErrorCode::BadRequest);
    };
    if let Err(response) = limit_sign_in(&state, &origin, "sign_in.acm").await {
        return response;
    }
    let client = match acm.client().await {
        Ok(client) => client,
        Err(error) => {
            return error_response(AppError::log(ErrorCode::Unavailable, &error).code);
        }
    };
    let start = client.begin();
    let now = db::now();
    let stored = async {
        // Housekeeping: logins nobody finished.
        login_attempt::Entity::delete_many()
            .filter(login_attempt::Column::ExpiresAt.lt(now))
            .exec(&state.db)
            .await?;
        login_attempt::ActiveModel {
            state_hash: Set(hash_secret(&start.pending.state)),
            browser_hash: Set(hash_secret(&visitor.csrf_token)),
            nonce: Set(start.pending.nonce.clone()),
            pkce_verifier: Set(start.pending.pkce_verifier.clone()),
            return_to: Set(local_return_path(&form.return_to).to_owned()),
            created_at: Set(now),
            expires_at: Set(now + PENDING_SECONDS),
            ..Default::default()
        }
        .insert(&state.db)
        .await
    }
    .await;
    if let Err(error) = stored {
        return error_response(AppError::from(error).code);
    }
    match HeaderValue::from_str(&start.authorize_url) {
        Ok(location) => (StatusCode::SEE_OTHER, [(header::LOCATION, location)]).into_response(),
        Err(error) => error_response(AppError::log(ErrorCode::Internal, &error).code),
    }
}

#[derive(Deserialize)]
pub struct CallbackQuery {
    state: Option<String>,
    code: Option<String>,
    error: Option<String>,
}

/// Takes a pending login out of the database: at most one caller gets it.
async fn consume(
    state: &AppState,
    returned_state: &str,
) -> Result<Option<login_attempt::Model>, DbErr> {
    let Some(attempt) = login_attempt::Entity::find()
        .filter(login_attempt::Column::StateHash.eq(hash_secret(returned_state)))
        .one(&state.db)
        .await?
    else {
        return Ok(None);
    };
    let deleted = login_attempt::Entity::delete_many()
        .filter(login_attempt::Column::Id.eq(attempt.id))
        .exec(&state.db)
        .await?;
    Ok((deleted.rows_affected == 1).then_some(attempt))
}

/// A refused login: the page, no session, an audit entry with the reason.
async fn refuse(state: &AppState, origin: &db::audit::Origin, reason: &str) -> Response {
    tracing::warn!(reason, "ACM/IDM login refused");
    record_failure(state, origin, "sign_in.failed", &format!("acm: {reason}")).await;
    error_response(ErrorCode::SignInFailed)
}

/// The provider's answer.
pub async fn callback(
    State(state): State<AppState>,
    Extension(acm): AcmExtension,
    query: Result<Query<CallbackQuery>, QueryRejection>,
    request: Request,
) -> Response {
    let Some(acm) = acm else {
        return error_response(ErrorCode::NotFound);
    };
    let (visitor, origin) = visitor_of(request.extensions());
    let Some(visitor) = visitor else {
        return error_response(ErrorCode::Internal);
    };
    let Ok(Query(query)) = query else {
        return refuse(&state, &origin, "unreadable callback").await;
    };
    let Some(returned_state) = query.state.filter(|s| !s.is_empty() && s.len() <= 512) else {
        return refuse(&state, &origin, "no state").await;
    };
    let attempt = match consume(&state, &returned_state).await {
        Ok(Some(attempt)) => attempt,
        Ok(None) => return refuse(&state, &origin, "unknown or used state").await,
        Err(error) => return error_response(AppError::from(error).code),
    };
    if attempt.expires_at <= db::now() {
        return refuse(&state, &origin, "login expired").await;
    }
    if !identity::secrets_equal(&attempt.browser_hash, &hash_secret(&visitor.csrf_token)) {
        return refuse(&state, &origin, "callback in another browser").await;
    }
    if let Some(error) = query.error {
        // Cancelled at the provider (access_denied) or refused there.
        let error: String = error.chars().take(64).collect();
        return refuse(&state, &origin, &format!("provider said {error}")).await;
    }
    let Some(code) = query.code.filter(|c| !c.is_empty() && c.len() <= 2048) else {
        return refuse(&state, &origin, "no code").await;
    };
    let client = match acm.client().await {
        Ok(client) => client,
        Err(error) => return error_response(AppError::log(ErrorCode::Unavailable, &error).code),
    };
    let pending = PendingLogin {
        state: returned_state.clone(),
        nonce: attempt.nonce.clone(),
        pkce_verifier: attempt.pkce_verifier.clone(),
    };
    let login = match client.complete(&pending, &returned_state, &code).await {
        Ok(login) => login,
        Err(error @ OidcError::ProviderUnreachable { .. }) => {
            record_failure(
                &state,
                &origin,
                "sign_in.failed",
                "acm: provider unreachable",
            )
            .await;
            return error_response(AppError::log(ErrorCode::Unavailable, &error).code);
        }
        Err(error) => return refuse(&state, &origin, &error.to_string()).await,
    };
    let person = match person_for(&state, acm.issuer(), &login, &request_language(&request)).await {
        Ok(person) => person,
        Err(error) => return error_response(AppError::from(error).code),
    };
    start_session(
        &state,
        visitor.signed_in.as_ref(),
        person.id,
        login.assurance,
        "acm",
        &origin,
        &attempt.return_to,
    )
    .await
}

fn request_language(request: &Request) -> String {
    app::security::request_lang(request.headers())
        .code()
        .to_owned()
}

/// The person this login is: known by this login before, else by national
/// register number (the demo register and earlier logins), else new, with
/// the names the login brought (source "login").
async fn person_for(
    state: &AppState,
    issuer: &str,
    login: &VerifiedLogin,
    language: &str,
) -> Result<person::Model, DbErr> {
    let now = db::now();
    let txn = db::begin_write(&state.db).await?;
    let known = match identity::person_by_login(&txn, issuer, &login.subject).await? {
        Some(person) => Some(person),
        None => match &login.rrn {
            Some(rrn) => identity::person_by_rrn(&txn, rrn).await?,
            None => None,
        },
    };
    let person = match known {
        Some(person) => person,
        None => {
            person::ActiveModel {
                kind: Set(if login.vo.is_some() {
                    "staff"
                } else {
                    "citizen"
                }
                .to_owned()),
                rrn: Set(login.rrn.clone()),
                given_name: Set(login.given_name.clone().unwrap_or_default()),
                family_name: Set(login.family_name.clone().unwrap_or_default()),
                birth_date: Set(None),
                municipality_id: Set(None),
                email: Set(None),
                language: Set(language.to_owned()),
                source: Set("login".to_owned()),
                source_at: Set(now),
                created_at: Set(now),
                demo: Set(false),
                ..Default::default()
            }
            .insert(&txn)
            .await?
        }
    };
    identity::link_login(&txn, person.id, issuer, &login.subject, now).await?;
    txn.commit().await?;
    Ok(person)
}

//! Server-side state shared by every request (server only).

use axum::extract::FromRef;
use leptos::prelude::*;

/// What the server hands to every request: built once by `server`, read in
/// server functions through context.
#[derive(Clone, FromRef)]
pub struct AppState {
    pub db: db::DatabaseConnection,
    /// The municipalities, held in memory (see `directory`).
    pub directory: std::sync::Arc<crate::directory::Directory>,
    pub leptos_options: LeptosOptions,
    pub site: SiteSettings,
}

/// Settings that change what pages show.
#[derive(Clone, Debug)]
pub struct SiteSettings {
    /// Demo deployment: pages say that the data is example data.
    pub demo: bool,
    /// Cookies get `Secure` and the `__Host-` prefix (off only for plain-http
    /// development on localhost).
    pub secure_cookies: bool,
    /// Session time-outs.
    pub session: db::identity::SessionLimits,
    /// Behind a proxy that sets `X-Forwarded-For`: take the client's address
    /// from it (for rate limits and the audit log).
    pub trust_forwarded_for: bool,
    /// Login with ACM/IDM (eID, itsme) is configured.
    pub acm_sign_in: bool,
    /// Residents without a Belgian eID may sign in with an e-mail address
    /// and a one-time code: on only when the server can send mail.
    pub guest_sign_in: bool,
}

/// The state, from the server function's or page's context.
pub fn app_state() -> Result<AppState, crate::error::AppError> {
    use_context::<AppState>().ok_or_else(|| {
        crate::error::AppError::log(
            crate::error::ErrorCode::Internal,
            &"AppState missing from context",
        )
    })
}

/// The id of the request being handled (set by the server's request-id layer).
pub fn current_request_id() -> Option<String> {
    let parts = use_context::<http::request::Parts>()?;
    parts
        .headers
        .get("x-request-id")
        .and_then(|value| value.to_str().ok())
        .map(str::to_owned)
}

//! The one error type server functions return. It carries a code (mapped to a
//! translated message) and the error id that the user can quote to the help
//! desk; the cause itself stays in the server log.

use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ErrorCode {
    /// The page or object does not exist (or is not visible to you).
    NotFound,
    /// The request was malformed: bad input that changed nothing.
    BadRequest,
    /// A state-changing request from another site, or without a valid token;
    /// or something the signed-in person may not see or do.
    Forbidden,
    /// The page needs someone signed in (or the session has ended).
    SignInRequired,
    /// A sign-in did not succeed (a refused, tampered or expired answer from
    /// the login means, or a wrong code). Nothing was changed.
    SignInFailed,
    /// Too many attempts in a short time.
    TooManyRequests,
    /// A request body over the size limit. Nothing was changed.
    TooLarge,
    /// A request body that did not arrive in time. Nothing was changed.
    TooSlow,
    /// The database or another service is not reachable right now.
    Unavailable,
    /// Something the application did not expect.
    Internal,
    /// The browser could not reach the server, or the answer was garbled.
    Network,
}

impl ErrorCode {
    pub fn status(self) -> u16 {
        match self {
            ErrorCode::NotFound => 404,
            ErrorCode::BadRequest => 400,
            ErrorCode::Forbidden => 403,
            ErrorCode::SignInRequired => 401,
            ErrorCode::SignInFailed => 400,
            ErrorCode::TooManyRequests => 429,
            ErrorCode::TooLarge => 413,
            ErrorCode::TooSlow => 408,
            ErrorCode::Unavailable | ErrorCode::Network => 503,
            ErrorCode::Internal => 500,
        }
    }

    pub fn from_status(status: u16) -> ErrorCode {
        match status {
            400 | 405 | 415 | 422 => ErrorCode::BadRequest,
            408 => ErrorCode::TooSlow,
            413 => ErrorCode::TooLarge,
            401 => ErrorCode::SignInRequired,
            403 => ErrorCode::Forbidden,
            404 => ErrorCode::NotFound,
            429 => ErrorCode::TooManyRequests,
            503 | 504 => ErrorCode::Unavailable,
            _ => ErrorCode::Internal,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[error("{code:?} (error id {error_id:?})")]
pub struct AppError {
    pub code: ErrorCode,
    /// The id under which the server logged the cause; shown to the user.
    pub error_id: Option<String>,
}

impl AppError {
    pub fn new(code: ErrorCode) -> Self {
        AppError {
            code,
            error_id: None,
        }
    }

    pub fn not_found() -> Self {
        AppError::new(ErrorCode::NotFound)
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Request(_)
            | ServerFnErrorErr::Response(_)
            | ServerFnErrorErr::Deserialization(_)
            | ServerFnErrorErr::Serialization(_) => AppError::new(ErrorCode::Network),
            ServerFnErrorErr::Args(_)
            | ServerFnErrorErr::MissingArg(_)
            | ServerFnErrorErr::UnsupportedRequestMethod(_) => AppError::new(ErrorCode::BadRequest),
            _ => AppError::new(ErrorCode::Internal),
        }
    }
}

#[cfg(feature = "ssr")]
mod ssr {
    use super::*;

    impl AppError {
        /// Logs the cause under a fresh error id and returns the code with that id.
        /// Use this for every failure whose cause must not reach the client.
        pub fn log(code: ErrorCode, cause: &dyn std::fmt::Display) -> Self {
            let error_id = crate::state::current_request_id()
                .unwrap_or_else(|| uuid::Uuid::new_v4().to_string());
            tracing::error!(%error_id, ?code, %cause, "request failed");
            AppError {
                code,
                error_id: Some(error_id),
            }
        }
    }

    impl From<db::DbErr> for AppError {
        fn from(error: db::DbErr) -> Self {
            let code = match error {
                db::DbErr::ConnectionAcquire(_) | db::DbErr::Conn(_) => ErrorCode::Unavailable,
                _ => ErrorCode::Internal,
            };
            AppError::log(code, &error)
        }
    }
}

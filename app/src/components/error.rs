//! Error displays: the form error summary, an error panel inside a page, and
//! the whole-page error (404 and server errors) with the id to quote.

use crate::components::layout::{Layout, PageTitle};
use crate::document::DocumentContext;
use crate::error::{AppError, ErrorCode};
use crate::i18n::use_i18n;
use i18n_embed_fl::fl;
use leptos::prelude::*;

/// An error the server wants shown as a whole page (provided by the server's
/// error handler when it renders the app; see `DocumentContext::server_error`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageError(pub AppError);

/// One problem in a form: the text, and the id of the field it belongs to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field_id: String,
    pub message: String,
}

/// The id of the error summary. A redirect back to a refused form points its
/// fragment here (see [`form_errors_location`]): a fragment that names another
/// element would stop the browser from honouring `autofocus`, and a focusable
/// fragment target gets focus from the browser itself.
pub const ERROR_SUMMARY_ID: &str = "fout";

/// Where a form handler sends the browser back to a refused form:
/// `path_and_query` with the fragment of the error summary, so focus lands on
/// the summary with and without JavaScript.
pub fn form_errors_location(path_and_query: &str) -> String {
    format!("{path_and_query}#{ERROR_SUMMARY_ID}")
}

/// The error state of a page with a form, in one place: it sets `<title>`
/// (with the locale's "Error: " in front when there is any error) and, when
/// there are errors, shows the summary. Every page with a form uses this, so
/// the title and the summary always agree.
///
/// `anchor`: for a GET form whose action has its own fragment (the browser
/// lands there, not on `#fout`), the summary takes that id, so the fragment
/// names the summary; the page gives that id to nothing else while it shows
/// errors.
#[component]
pub fn FormErrors(
    #[prop(into)] title: String,
    errors: Vec<FieldError>,
    #[prop(optional)] anchor: Option<&'static str>,
) -> impl IntoView {
    let error = !errors.is_empty();
    let id = anchor.unwrap_or(ERROR_SUMMARY_ID);
    view! {
        <PageTitle text=title error />
        {error.then(|| view! { <ErrorSummary errors id /> })}
    }
}

/// Summary of form errors at the top of the page: all of them at once, each
/// entry a link to its field. It takes focus when the page loads, also without
/// JavaScript (`autofocus`, and the redirect's fragment names it). An alert,
/// named by its heading (a plain `<div>` may not carry `aria-labelledby`).
/// Pages use it through [`FormErrors`].
#[component]
fn ErrorSummary(errors: Vec<FieldError>, id: &'static str) -> impl IntoView {
    let l = use_i18n().loader();
    view! {
        <div
            id=id
            class="error-summary"
            role="alert"
            aria-labelledby="error-summary-title"
            tabindex="-1"
            autofocus=true
        >
            <h2 id="error-summary-title" class="error-summary__title">
                {fl!(l, "error-summary-title")}
            </h2>
            <ul class="error-summary__list">
                {errors
                    .into_iter()
                    .map(|error| {
                        view! {
                            <li>
                                <a href=format!("#{}", error.field_id)>{error.message}</a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </div>
    }
}

/// The error under a form field: the message, with "Error:" in front for
/// screen readers. `id` is what the field's `aria-describedby` names.
#[component]
pub fn FieldErrorText(#[prop(into)] id: String, message: String) -> impl IntoView {
    let l = use_i18n().loader();
    view! {
        <p id=id class="field__error">
            <span class="visually-hidden">{fl!(l, "field-error-prefix")} " "</span>
            {message}
        </p>
    }
}

/// The message for an error code, in the page's language.
pub fn error_message(code: ErrorCode) -> (String, String) {
    let l = use_i18n().loader();
    match code {
        ErrorCode::NotFound => (
            fl!(l, "error-not-found-title"),
            fl!(l, "error-not-found-text"),
        ),
        ErrorCode::BadRequest => (
            fl!(l, "error-bad-request-title"),
            fl!(l, "error-bad-request-text"),
        ),
        ErrorCode::Forbidden => (
            fl!(l, "error-forbidden-title"),
            fl!(l, "error-forbidden-text"),
        ),
        ErrorCode::SignInRequired => (
            fl!(l, "error-sign-in-required-title"),
            fl!(l, "error-sign-in-required-text"),
        ),
        ErrorCode::SignInFailed => (
            fl!(l, "error-sign-in-failed-title"),
            fl!(l, "error-sign-in-failed-text"),
        ),
        ErrorCode::TooManyRequests => (
            fl!(l, "error-too-many-title"),
            fl!(l, "error-too-many-text"),
        ),
        ErrorCode::TooLarge => (
            fl!(l, "error-too-large-title"),
            fl!(l, "error-too-large-text"),
        ),
        ErrorCode::TooSlow => (
            fl!(l, "error-too-slow-title"),
            fl!(l, "error-too-slow-text"),
        ),
        ErrorCode::Unavailable => (
            fl!(l, "error-unavailable-title"),
            fl!(l, "error-unavailable-text"),
        ),
        ErrorCode::Internal => (
            fl!(l, "error-internal-title"),
            fl!(l, "error-internal-text"),
        ),
        ErrorCode::Network => (fl!(l, "error-network-title"), fl!(l, "error-network-text")),
    }
}

/// Sets the HTTP status of the response being rendered (server only).
pub fn set_status(code: ErrorCode) {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(
            http::StatusCode::from_u16(code.status())
                .unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR),
        );
    }
    #[cfg(not(feature = "ssr"))]
    let _ = code;
}

/// The error id to show: the one the error carries, else this request's id.
fn shown_error_id(error: &AppError) -> Option<String> {
    error
        .error_id
        .clone()
        .or_else(|| DocumentContext::current().request_id)
}

#[component]
fn ErrorId(id: Option<String>) -> impl IntoView {
    let l = use_i18n().loader();
    id.map(|id| {
        view! {
            <p class="error-id">
                {fl!(l, "error-id-label")} " " <code data-error-id=id.clone()>{id.clone()}</code>
            </p>
        }
    })
}

/// A failure inside a page whose frame is already shown.
#[component]
pub fn ErrorPanel(error: AppError) -> impl IntoView {
    set_status(error.code);
    let (title, text) = error_message(error.code);
    let id = shown_error_id(&error);
    view! {
        <PageTitle text=title.clone() />
        <h1>{title}</h1>
        <p>{text}</p>
        <ErrorId id />
        {matches!(error.code, ErrorCode::SignInRequired | ErrorCode::SignInFailed)
            .then(|| {
                view! {
                    <p>
                        <a href="/aanmelden" class="button">
                            {fl!(use_i18n().loader(), "error-sign-in-link")}
                        </a>
                    </p>
                }
            })}
        <p>
            <a href="/">{fl!(use_i18n().loader(), "error-go-home")}</a>
        </p>
    }
}

/// A whole page for an error: an unknown address (no `error`), or an error the
/// server rendered through the app (bad request, too many requests, server errors).
#[component]
pub fn ErrorPage(#[prop(default = None)] error: Option<AppError>) -> impl IntoView {
    let error = error.unwrap_or_else(AppError::not_found);
    view! {
        <Layout>
            <ErrorPanel error />
        </Layout>
    }
}

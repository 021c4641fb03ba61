//! Facts about the document that the server decides and the browser reads back
//! from `<html>` when it hydrates, so both render the same.

use crate::i18n::Lang;
use leptos::prelude::*;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DocumentContext {
    pub lang: Lang,
    /// A demo deployment: say so on every page.
    pub demo: bool,
    /// The id of the request that rendered the page: shown on error pages.
    pub request_id: Option<String>,
    /// The visitor's CSRF token, for the forms on the page (server only:
    /// islands get it as a prop).
    pub csrf_token: String,
    /// Who is signed in, for the header and the time-out warning.
    pub account: Option<AccountSummary>,
}

/// The signed-in person as the page frame shows them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AccountSummary {
    pub name: String,
    /// How long the session lasts if nothing happens, computed when this
    /// page is rendered (every signed-in page says it; never cached).
    pub session: crate::model::SessionLeft,
    /// Warn this many seconds before the end.
    pub warning_seconds: i64,
}

impl DocumentContext {
    /// The context provided by the shell (server) or read from the document (browser).
    pub fn current() -> Self {
        if let Some(document) = use_context::<DocumentContext>() {
            return document;
        }
        #[cfg(feature = "hydrate")]
        {
            if let Some(root) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.document_element())
            {
                return DocumentContext {
                    lang: root
                        .get_attribute("lang")
                        .and_then(|l| Lang::parse(&l))
                        .unwrap_or_default(),
                    demo: root.has_attribute("data-demo"),
                    request_id: root.get_attribute("data-request-id"),
                    ..DocumentContext::default()
                };
            }
        }
        DocumentContext::default()
    }

    /// Decides the document facts for the request being rendered (server only).
    #[cfg(feature = "ssr")]
    pub fn from_request() -> Self {
        let Some(parts) = use_context::<http::request::Parts>() else {
            return DocumentContext::default();
        };
        let lang = crate::security::request_lang(&parts.headers);
        let demo = use_context::<crate::state::AppState>().is_some_and(|state| state.site.demo);
        let visitor = parts.extensions.get::<crate::auth::Visitor>();
        let account = visitor
            .and_then(|visitor| visitor.signed_in.as_ref())
            .map(|signed_in| AccountSummary {
                name: signed_in.display_name(),
                session: crate::account::session_left(signed_in.ends_at, db::now()),
                warning_seconds: signed_in.limits.warning_seconds,
            });
        DocumentContext {
            lang,
            demo,
            request_id: crate::state::current_request_id(),
            csrf_token: visitor
                .map(|visitor| visitor.csrf_token.clone())
                .unwrap_or_default(),
            account,
        }
    }
}

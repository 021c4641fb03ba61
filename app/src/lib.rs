//! e-Westhoek: the regional e-loket of the Westhoek municipalities.
//!
//! One isomorphic app: rendered on the server (every page works without
//! JavaScript) and hydrated to WebAssembly in the browser.

pub mod api;
pub mod components;
pub mod document;
pub mod error;
pub mod i18n;
pub mod model;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod security;
#[cfg(feature = "ssr")]
pub mod state;

use crate::components::error::ErrorPage;
use crate::document::DocumentContext;
use crate::error::{AppError, ErrorCode};
use crate::i18n::I18n;
use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::{
    SsrMode,
    components::{Route, Router, Routes},
    hooks::use_location,
    path,
};

/// The HTML document around the app (server only).
#[cfg(feature = "ssr")]
pub fn shell(options: LeptosOptions) -> impl IntoView {
    use leptos_meta::{HashedStylesheet, MetaTags};

    let document = DocumentContext::from_request();
    security::send_page_csp();
    provide_context(I18n(document.lang));
    provide_context(document.clone());
    view! {
        <!DOCTYPE html>
        <html
            lang=document.lang.code()
            data-demo=document.demo.then_some("true")
            data-request-id=document.request_id.clone()
            data-server-error=document.server_error
        >
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light" />
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                <HashedStylesheet options=options.clone() id="leptos" />
                <HydrationScripts options />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

/// The app: router and pages. Every route renders completely on the server
/// (`SsrMode::Async`) so that it works without JavaScript.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let document = DocumentContext::current();
    provide_context(I18n(document.lang));
    // The server renders its error pages (bad request, too many requests, server
    // errors) through the app, at the failing address; the browser reads the
    // error back from the document and hydrates the same page.
    let server_error = document.server_error.map(|status| AppError {
        code: ErrorCode::from_status(status),
        error_id: document.request_id.clone(),
    });
    provide_context(document);

    view! {
        <Router>
            <Pages server_error />
        </Router>
    }
}

/// The routes; or, while the browser is still at the address the server
/// answered with an error page, that error page.
#[component]
fn Pages(server_error: Option<AppError>) -> impl IntoView {
    let location = use_location();
    let error_path = location.pathname.get_untracked();
    let showing_error = {
        let active = server_error.is_some();
        Memo::new(move |_| active && location.pathname.with(|path| *path == error_path))
    };
    move || {
        if showing_error.get() {
            view! { <ErrorPage error=server_error.clone() /> }.into_any()
        } else {
            view! {
                <Routes fallback=|| view! { <ErrorPage /> }>
                    <Route path=path!("") view=pages::home::HomePage ssr=SsrMode::Async />
                    <Route
                        path=path!("toegankelijkheid")
                        view=pages::statement::RegionStatementPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!(":slug")
                        view=pages::municipality::MunicipalityPageView
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!(":slug/toegankelijkheid")
                        view=pages::statement::MunicipalityStatementPage
                        ssr=SsrMode::Async
                    />
                </Routes>
            }
            .into_any()
        }
    }
}

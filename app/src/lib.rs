//! e-Westhoek: the regional e-loket of the Westhoek municipalities.
//!
//! Every page is rendered on the server and works without JavaScript. The few
//! interactive parts are Leptos *islands* (`#[island]`): only they are compiled
//! to WebAssembly and hydrated in the browser, which keeps the bundle small for
//! cheap phones. Links and forms are plain HTML: no client-side router.

#![recursion_limit = "256"] // deep view types (islands inside async routes)

#[cfg(feature = "ssr")]
pub mod account;
#[cfg(feature = "ssr")]
pub mod admin;
pub mod api;
#[cfg(feature = "ssr")]
pub mod auth;
#[cfg(feature = "ssr")]
pub mod catalogue;
pub mod components;
#[cfg(feature = "ssr")]
pub mod directory;
pub mod document;
#[cfg(feature = "ssr")]
pub mod editor;
pub mod error;
#[cfg(feature = "ssr")]
pub mod guest;
#[cfg(feature = "ssr")]
pub mod help;
pub mod html;
pub mod i18n;
pub mod model;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod security;
#[cfg(feature = "ssr")]
pub mod state;

use crate::components::error::{ErrorPage, PageError};
use crate::document::DocumentContext;
use crate::i18n::I18n;
use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::{
    SsrMode,
    components::{Route, Router, Routes},
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
        >
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light" />
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                <HashedStylesheet options=options.clone() id="leptos" />
                <HydrationScripts options islands=true />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

/// The app: router and pages, rendered on the server. Every route renders
/// completely before it is sent (`SsrMode::Async`).
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let document = DocumentContext::current();
    provide_context(I18n(document.lang));
    // The server renders its error pages (bad request, too many requests, server
    // errors) through the app, at the failing address, with a `PageError`.
    let server_error = use_context::<PageError>().map(|page| page.0);
    provide_context(document);

    view! {
        <Router>
            {match server_error {
                Some(error) => view! { <ErrorPage error=Some(error) /> }.into_any(),
                None => {
                    view! {
                        <Routes fallback=|| view! { <ErrorPage /> }>
                            <Route path=path!("") view=pages::home::HomePage ssr=SsrMode::Async />
                            <Route
                                path=path!("toegankelijkheid")
                                view=pages::statement::RegionStatementPage
                                ssr=SsrMode::Async
                            />
                            <Route
                                path=path!("producten")
                                view=pages::catalogue::CataloguePageView
                                ssr=SsrMode::Async
                            />
                            <Route
                                path=path!("producten/:product")
                                view=pages::catalogue::ProductPageView
                                ssr=SsrMode::Async
                            />
                            <Route
                                path=path!("aanmelden")
                                view=pages::account::SignInPage
                                ssr=SsrMode::Async
                            />
                            <Route
                                path=path!("aanmelden/gast/code")
                                view=pages::guest::GuestCodePage
                                ssr=SsrMode::Async
                            />
                            <Route
                                path=path!("afgemeld")
                                view=pages::account::SignedOutPage
                                ssr=SsrMode::Async
                            />
                            <Route
                                path=path!("mijn")
                                view=pages::account::ProfilePage
                                ssr=SsrMode::Async
                            />
                            <Route
                                path=path!("mijn/inzage")
                                view=pages::account::AccessLogPage
                                ssr=SsrMode::Async
                            />
                            <Route
                                path=path!("mijn/sessies")
                                view=pages::account::SessionsPage
                                ssr=SsrMode::Async
                            />
                            <Route
                                path=path!("mijn/voor/:person")
                                view=pages::account::RepresentedPage
                                ssr=SsrMode::Async
                            />
                            <Route
                                path=path!("mijn/hulp")
                                view=pages::help::HelpPageView
                                ssr=SsrMode::Async
                            />
                            <Route
                                path=path!("hulp")
                                view=pages::help::HelperDeskPage
                                ssr=SsrMode::Async
                            />
                            <Route
                                path=path!("hulp/burger/:mandate")
                                view=pages::help::HelpedProfilePage
                                ssr=SsrMode::Async
                            />
                            <Route
                                path=path!("beheer/rollen")
                                view=pages::admin::RoleAdminPage
                                ssr=SsrMode::Async
                            />
                            <Route
                                path=path!("beheer/catalogus")
                                view=pages::editor::CatalogueAdminPage
                                ssr=SsrMode::Async
                            />
                            <Route
                                path=path!("beheer/catalogus/:scope")
                                view=pages::editor::CatalogueScopePage
                                ssr=SsrMode::Async
                            />
                            <Route
                                path=path!("beheer/catalogus/:scope/:product")
                                view=pages::editor::ProductEditorPage
                                ssr=SsrMode::Async
                            />
                            <Route
                                path=path!("beheer/catalogus/:scope/:product/geschiedenis")
                                view=pages::editor::ProductHistoryPage
                                ssr=SsrMode::Async
                            />
                            <Route
                                path=path!("inventaris")
                                view=pages::inventory::InventoryPageView
                                ssr=SsrMode::Async
                            />
                            <Route
                                path=path!(":slug")
                                view=pages::municipality::MunicipalityPageView
                                ssr=SsrMode::Async
                            />
                            <Route
                                path=path!(":slug/producten")
                                view=pages::catalogue::CataloguePageView
                                ssr=SsrMode::Async
                            />
                            <Route
                                path=path!(":slug/producten/:product")
                                view=pages::catalogue::ProductPageView
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
            }}
        </Router>
    }
}

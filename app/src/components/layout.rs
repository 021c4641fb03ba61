//! The page frame: skip link, banner, language choice, main, footer.

use crate::document::DocumentContext;
use crate::i18n::{Lang, use_i18n};
use i18n_embed_fl::fl;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_location;

/// The municipality a page belongs to, for the header and footer links.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MunicipalityRef {
    pub slug: String,
    pub name: String,
}

/// Where the language switch sends the visitor back to: this page, with its
/// query (leptos_router gives the query without its `?`).
pub fn return_path(path: &str, query: &str) -> String {
    let query = query.strip_prefix('?').unwrap_or(query);
    if query.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{query}")
    }
}

/// Sets `<title>`: "page – e-Westhoek", with the locale's word for "Error: "
/// in front when the page shows a form error.
#[component]
pub fn PageTitle(#[prop(into)] text: String, #[prop(optional)] error: bool) -> impl IntoView {
    let l = use_i18n().loader();
    let site = fl!(l, "site-name");
    let text = if error {
        format!("{} {text} – {site}", fl!(l, "title-error-prefix"))
    } else {
        format!("{text} – {site}")
    };
    // leptos_meta writes the title as it is: escape it here (crate::html).
    let text = crate::html::title_text(&text);
    view! { <Title text /> }
}

#[component]
pub fn Layout(
    #[prop(default = None, into)] municipality: Option<MunicipalityRef>,
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.loader();
    let document = DocumentContext::current();
    let location = use_location();
    let statement_href = municipality.as_ref().map_or_else(
        || "/toegankelijkheid".to_owned(),
        |m| format!("/{}/toegankelijkheid", m.slug),
    );
    let contact = municipality.as_ref().map_or_else(
        || {
            view! { <a href="/#gemeenten">{fl!(l, "footer-contact-your-municipality")}</a> }
                .into_any()
        },
        |m| {
            view! {
                <a href=format!("/{}#contact", m.slug)>
                    {fl!(l, "footer-contact-municipality", municipality = m.name.clone())}
                </a>
            }
            .into_any()
        },
    );
    view! {
        <a class="skip-link" href="#main">
            {fl!(l, "skip-to-content")}
        </a>
        <header class="site-header">
            <div class="site-header__inner">
                <p class="brand">
                    <a href="/" class="brand__link">
                        <span class="brand__mark" aria-hidden="true"></span>
                        {fl!(l, "site-name")}
                    </a>
                    {municipality
                        .as_ref()
                        .map(|m| {
                            view! {
                                <span class="brand__municipality">
                                    <a href=format!("/{}", m.slug)>{m.name.clone()}</a>
                                </span>
                            }
                        })}
                </p>
                <AccountNav />
                <LanguageSwitch />
            </div>
        </header>
        {document
            .account
            .as_ref()
            .map(|account| {
                view! {
                    <crate::components::session_timer::SessionTimer
                        session=account.session.clone()
                        warning_seconds=account.warning_seconds
                        csrf=document.csrf_token.clone()
                        return_to=return_path(
                            &location.pathname.get_untracked(),
                            &location.search.get_untracked(),
                        )
                    />
                }
            })}
        {document
            .demo
            .then(|| {
                view! {
                    <div class="notice notice--demo">
                        <p>{fl!(l, "demo-notice")}</p>
                    </div>
                }
            })}
        {i18n
            .lang()
            .is_translation()
            .then(|| {
                view! {
                    <div class="notice notice--translation">
                        <p>{fl!(l, "translation-notice")}</p>
                    </div>
                }
            })}
        <main id="main" tabindex="-1" class="main">
            {children()}
        </main>
        <footer class="site-footer">
            <div class="site-footer__inner">
                <h2 class="visually-hidden">{fl!(l, "footer-heading")}</h2>
                <ul class="site-footer__links">
                    <li>{contact}</li>
                    <li>
                        <a href=statement_href>{fl!(l, "footer-accessibility")}</a>
                    </li>
                    <li>
                        <a href="/inventaris">{fl!(l, "footer-inventory")}</a>
                    </li>
                </ul>
                <p>{fl!(l, "footer-about")}</p>
            </div>
        </footer>
    }
}

/// The hidden field that carries the visitor's CSRF token in a form.
#[component]
pub fn CsrfField() -> impl IntoView {
    let token = DocumentContext::current().csrf_token;
    view! { <input type="hidden" name="csrf" value=token /> }
}

/// Sign in, or: who is signed in, their page, and sign out (a form post).
#[component]
fn AccountNav() -> impl IntoView {
    let l = use_i18n().loader();
    let document = DocumentContext::current();
    let location = use_location();
    view! {
        <nav class="account-nav" aria-label=fl!(l, "account-nav-label")>
            {match document.account {
                Some(account) => {
                    view! {
                        <a href="/mijn" class="account-nav__me">
                            <span class="visually-hidden">{fl!(l, "account-signed-in-as")} " "</span>
                            {account.name}
                        </a>
                        <form method="post" action="/afmelden" class="account-nav__form">
                            <CsrfField />
                            <button type="submit" class="link-button">{fl!(l, "account-sign-out")}</button>
                        </form>
                    }
                        .into_any()
                }
                None => {
                    let href = move || {
                        let path = location.pathname.get();
                        if path.starts_with("/aanmelden") || path == "/afgemeld" {
                            "/aanmelden".to_owned()
                        } else {
                            format!("/aanmelden?terug={}", encode_query(&path))
                        }
                    };
                    view! { <a href=href class="account-nav__sign-in">{fl!(l, "account-sign-in")}</a> }
                        .into_any()
                }
            }}
        </nav>
    }
}

/// Percent-encodes a path for a query value (letters, digits and `-_./~`
/// stay as they are).
pub fn encode_query(value: &str) -> String {
    value
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-_./~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// Language choice: a form that posts to `/taal`, so it works without
/// JavaScript; the server stores the choice and sends the page back.
#[component]
fn LanguageSwitch() -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.loader();
    let location = use_location();
    let return_to = move || return_path(&location.pathname.get(), &location.search.get());
    view! {
        <nav class="language-switch" aria-label=fl!(l, "language-switch-label")>
            <form method="post" action="/taal">
                <CsrfField />
                <input type="hidden" name="return_to" value=return_to />
                <ul>
                    {Lang::ALL
                        .into_iter()
                        .map(|lang| {
                            if lang == i18n.lang() {
                                view! {
                                    <li>
                                        <span class="language-switch__current" lang=lang.code() aria-current="true">
                                            {lang.endonym()}
                                        </span>
                                    </li>
                                }
                                    .into_any()
                            } else {
                                view! {
                                    <li>
                                        <button type="submit" name="lang" value=lang.code() lang=lang.code()>
                                            {lang.endonym()}
                                        </button>
                                    </li>
                                }
                                    .into_any()
                            }
                        })
                        .collect_view()}
                </ul>
            </form>
        </nav>
    }
}

/// A page whose content is one server call: in the layout, the content once
/// `data` has loaded, or the error panel (which also sets the status).
#[component]
pub fn LoadedPage<T, F, V>(
    data: Resource<Result<T, crate::error::AppError>>,
    content: F,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    F: Fn(T) -> V + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    view! {
        <Layout>
            <Suspense>
                {move || {
                    let content = content.clone();
                    Suspend::new(async move {
                        match data.await {
                            Ok(value) => content(value).into_any(),
                            Err(error) => {
                                view! { <crate::components::error::ErrorPanel error /> }.into_any()
                            }
                        }
                    })
                }}
            </Suspense>
        </Layout>
    }
}

#[cfg(test)]
mod tests {
    use super::return_path;

    #[test]
    fn the_language_switch_returns_to_the_page_with_its_query() {
        assert_eq!(return_path("/producten", "q=x"), "/producten?q=x");
        assert_eq!(return_path("/producten", "?q=x"), "/producten?q=x");
        assert_eq!(return_path("/ieper", ""), "/ieper");
    }
}

//! Guest sign-in for residents without a Belgian eID: the e-mail form on the
//! sign-in page, and the page where the one-time code from the mail is typed.
//! Both are plain forms (they work without JavaScript); the server
//! (`server::guest`) checks everything and sends people back here with what
//! went wrong.

use crate::components::error::{FieldError, FieldErrorText, FormErrors};
use crate::components::layout::{CsrfField, Layout, encode_query};
use crate::i18n::use_i18n;
use crate::model::{EmailError, GUEST_CODE_MINUTES};
use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The id of the e-mail field (the error summary links to it).
pub const EMAIL_FIELD_ID: &str = "guest-email";
/// The id of the code field.
pub const CODE_FIELD_ID: &str = "guest-code";
/// The link to ask a new code, where the summary points when a code no longer works.
const NEW_CODE_ID: &str = "guest-code-new";

/// What a refused e-mail form held, for the sign-in page that the server
/// renders again in answer to the post: the address stays in the field, so
/// nothing typed is lost (also without JavaScript).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GuestEmailEcho {
    pub typed: String,
    pub problem: EmailError,
}

fn email_problem_text(l: &FluentLanguageLoader, problem: EmailError) -> String {
    match problem {
        EmailError::Empty => fl!(l, "guest-email-error-empty"),
        EmailError::TooLong { max } => fl!(l, "guest-email-error-too-long", max = max),
        EmailError::Invalid => fl!(l, "guest-email-error-invalid"),
    }
}

/// The e-mail problem to show on the sign-in page, when the server rendered
/// it again after a refused e-mail form.
pub fn email_problem() -> Option<String> {
    let echo = use_context::<GuestEmailEcho>()?;
    Some(email_problem_text(use_i18n().loader(), echo.problem))
}

/// Why the code page is shown again; travels in the `fout` query parameter
/// of the redirect after the code form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeProblem {
    /// Not six digits: said as a hint, not counted as an attempt.
    Format,
    /// A wrong code. Deliberately no hint of why.
    Wrong,
    /// Expired, already used, or no code asked in this browser.
    Expired,
    /// Too many wrong codes: this code no longer works.
    Locked,
}

impl CodeProblem {
    pub fn as_query(self) -> &'static str {
        match self {
            CodeProblem::Format => "formaat",
            CodeProblem::Wrong => "onjuist",
            CodeProblem::Expired => "verlopen",
            CodeProblem::Locked => "geblokkeerd",
        }
    }

    pub fn parse(value: &str) -> Option<CodeProblem> {
        [
            CodeProblem::Format,
            CodeProblem::Wrong,
            CodeProblem::Expired,
            CodeProblem::Locked,
        ]
        .into_iter()
        .find(|problem| problem.as_query() == value)
    }

    /// A wrong or malformed code can be typed again; the others need a new code.
    fn can_try_again(self) -> bool {
        matches!(self, CodeProblem::Format | CodeProblem::Wrong)
    }

    fn text(self, l: &FluentLanguageLoader) -> String {
        match self {
            CodeProblem::Format => fl!(l, "guest-code-error-format"),
            CodeProblem::Wrong => fl!(l, "guest-code-error-wrong"),
            CodeProblem::Expired => fl!(l, "guest-code-error-expired"),
            CodeProblem::Locked => fl!(l, "guest-code-error-locked"),
        }
    }
}

/// A local path to return to after sign-in, from the `terug` parameter.
fn return_path(value: Option<String>) -> String {
    value
        .filter(|path| path.starts_with('/') && !path.starts_with("//") && !path.contains('\\'))
        .unwrap_or_else(|| "/mijn".to_owned())
}

/// The sign-in page's section for guests: ask for a code by e-mail.
#[component]
pub fn GuestSignIn(return_to: String) -> impl IntoView {
    let l = use_i18n().loader();
    let echo = use_context::<GuestEmailEcho>();
    let typed = echo
        .as_ref()
        .map(|echo| echo.typed.clone())
        .unwrap_or_default();
    let problem = echo.map(|echo| email_problem_text(l, echo.problem));
    let described_by = if problem.is_some() {
        "guest-email-hint guest-email-error"
    } else {
        "guest-email-hint"
    };
    let invalid = problem.is_some().then_some("true");
    let field_class = if problem.is_some() {
        "field field--error"
    } else {
        "field"
    };
    view! {
        <section id="gast" class="guest-sign-in" aria-labelledby="guest-title">
            <h2 id="guest-title">{fl!(l, "sign-in-guest-title")}</h2>
            <p>{fl!(l, "sign-in-guest-text")}</p>
            // novalidate: the server's error messages (translated, in the
            // summary and at the field) replace the browser's own bubbles.
            <form method="post" action="/aanmelden/gast" novalidate=true>
                <CsrfField />
                <input type="hidden" name="return_to" value=return_to />
                <div class=field_class>
                    <label for=EMAIL_FIELD_ID class="field__label">
                        {fl!(l, "sign-in-guest-email-label")}
                    </label>
                    <p id="guest-email-hint" class="field__hint">
                        {fl!(l, "sign-in-guest-email-hint")}
                    </p>
                    {problem.map(|message| view! { <FieldErrorText id="guest-email-error" message /> })}
                    <input
                        id=EMAIL_FIELD_ID
                        name="email"
                        type="email"
                        class="field__input"
                        autocomplete="email"
                        spellcheck="false"
                        aria-describedby=described_by
                        aria-invalid=invalid
                        value=typed
                    />
                </div>
                <button type="submit" class="button">{fl!(l, "sign-in-guest-submit")}</button>
            </form>
        </section>
    }
}

#[component]
pub fn GuestCodePage() -> impl IntoView {
    view! {
        <Layout>
            <GuestCode />
        </Layout>
    }
}

#[component]
fn GuestCode() -> impl IntoView {
    let l = use_i18n().loader();
    let (problem, return_to) = use_query_map().with_untracked(|query| {
        (
            query
                .get("fout")
                .and_then(|value| CodeProblem::parse(&value)),
            return_path(query.get("terug")),
        )
    });
    let new_code_href = format!("/aanmelden?terug={}#gast", encode_query(&return_to));
    let title = fl!(l, "guest-code-title");
    let field_problem = problem
        .filter(|problem| problem.can_try_again())
        .map(|problem| problem.text(l));
    let dead_code = problem.filter(|problem| !problem.can_try_again());
    let described_by = if field_problem.is_some() {
        "guest-code-hint guest-code-error"
    } else {
        "guest-code-hint"
    };
    view! {
        // A code that no longer works links to the way to get a new one.
        <FormErrors
            title=title.clone()
            errors=problem
                .map(|problem| FieldError {
                    field_id: if problem.can_try_again() { CODE_FIELD_ID } else { NEW_CODE_ID }.to_owned(),
                    message: problem.text(l),
                })
                .into_iter()
                .collect()
        />
        <h1>{title}</h1>
        {match dead_code {
            Some(_) => {
                view! {
                    <p>
                        <a id=NEW_CODE_ID href=new_code_href class="button">{fl!(l, "guest-code-new")}</a>
                    </p>
                }
                    .into_any()
            }
            None => {
                view! {
                    <p>{fl!(l, "guest-code-sent")}</p>
                    <p>{fl!(l, "guest-code-valid", minutes = GUEST_CODE_MINUTES)}</p>
                    <form method="post" action="/aanmelden/gast/code">
                        <CsrfField />
                        <input type="hidden" name="return_to" value=return_to />
                        <div class=if field_problem.is_some() { "field field--error" } else { "field" }>
                            <label for=CODE_FIELD_ID class="field__label">
                                {fl!(l, "guest-code-label")}
                            </label>
                            <p id="guest-code-hint" class="field__hint">
                                {fl!(l, "guest-code-hint")}
                            </p>
                            {field_problem
                                .clone()
                                .map(|message| view! { <FieldErrorText id="guest-code-error" message /> })}
                            <input
                                id=CODE_FIELD_ID
                                name="code"
                                type="text"
                                class="field__input field__input--code"
                                inputmode="numeric"
                                autocomplete="one-time-code"
                                spellcheck="false"
                                aria-describedby=described_by
                                aria-invalid=field_problem.is_some().then_some("true")
                            />
                        </div>
                        <button type="submit" class="button">{fl!(l, "guest-code-submit")}</button>
                    </form>
                    <p>
                        {fl!(l, "guest-code-no-mail")} " "
                        <a href=new_code_href>{fl!(l, "guest-code-new")}</a>
                    </p>
                }
                    .into_any()
            }
        }}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_problems_survive_the_query_string() {
        for problem in [
            CodeProblem::Format,
            CodeProblem::Wrong,
            CodeProblem::Expired,
            CodeProblem::Locked,
        ] {
            assert_eq!(CodeProblem::parse(problem.as_query()), Some(problem));
        }
        assert_eq!(CodeProblem::parse("iets"), None);
    }

    #[test]
    fn only_local_paths_are_returned_to() {
        assert_eq!(return_path(Some("/ieper".into())), "/ieper");
        assert_eq!(return_path(Some("//evil.test".into())), "/mijn");
        assert_eq!(return_path(Some("https://evil.test".into())), "/mijn");
        assert_eq!(return_path(None), "/mijn");
    }
}

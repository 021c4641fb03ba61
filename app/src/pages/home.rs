//! Home: what the portal is, and "choose your municipality" — a list that
//! a postal code or a name narrows down. The search is a GET form (works
//! without JavaScript); the chooser is an island, so with JavaScript the list
//! also narrows as you type.

use crate::api::list_municipalities;
use crate::components::error::{FieldError, FieldErrorText, FormErrors};
use crate::components::layout::LoadedPage;
use crate::i18n::use_i18n;
use crate::model::{MunicipalityCard, MunicipalityQuery, QueryError};
use i18n_embed_fl::fl;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

const FIELD: &str = "q";

#[component]
pub fn HomePage() -> impl IntoView {
    let municipalities = Resource::new(|| (), |_| list_municipalities());
    view! {
        <LoadedPage data=municipalities content=|list| view! { <Home municipalities=list /> } />
    }
}

/// What the submitted search says, for the page to show.
enum Outcome {
    /// Nothing submitted, or the search found something.
    Fine,
    /// A form error: the summary and the field show this text.
    Problem(String),
}

#[component]
fn Home(municipalities: Vec<MunicipalityCard>) -> impl IntoView {
    let l = use_i18n().loader();
    let submitted = use_query_map()
        .read_untracked()
        .get(FIELD)
        .unwrap_or_default();
    let outcome = match MunicipalityQuery::parse(&submitted) {
        Err(QueryError::TooLong { max }) => {
            Outcome::Problem(fl!(l, "chooser-error-too-long", max = max))
        }
        Err(QueryError::PostalCodeTooLong) => {
            Outcome::Problem(fl!(l, "chooser-error-postal-code-digits"))
        }
        Ok(query) if municipalities.iter().any(|m| query.matches(m)) => Outcome::Fine,
        Ok(query) => Outcome::Problem(match query.full_postal_code() {
            Some(code) => fl!(l, "chooser-error-postal-code-outside", code = code),
            None => fl!(l, "chooser-error-no-match", text = submitted.trim()),
        }),
    };
    let problem = match &outcome {
        Outcome::Problem(message) => Some(message.clone()),
        Outcome::Fine => None,
    };

    view! {
        <FormErrors
            title=fl!(l, "home-title")
            errors=problem.clone().map(|message| FieldError { field_id: FIELD.to_owned(), message }).into_iter().collect()
        />
        <h1>{fl!(l, "home-heading")}</h1>
        <p class="lead">{fl!(l, "home-intro")}</p>
        <ul class="promises">
            <li>{fl!(l, "home-promise-anytime")}</li>
            <li>{fl!(l, "home-promise-follow")}</li>
            <li>{fl!(l, "home-promise-once")}</li>
            <li>{fl!(l, "home-promise-help")}</li>
        </ul>
        <MunicipalityChooser municipalities submitted problem />
        <section aria-labelledby="region-catalogue">
            <h2 id="region-catalogue">{fl!(l, "home-catalogue-heading")}</h2>
            <p>{fl!(l, "home-catalogue-text")}</p>
            <p>
                <a href="/producten">{fl!(l, "home-catalogue-link")}</a>
            </p>
        </section>
    }
}

/// The search form, the live count and the list. An island: its props (the 18
/// cards, what was submitted, the form error) travel with the page, and in the
/// browser it narrows the list as you type.
#[island]
fn MunicipalityChooser(
    municipalities: Vec<MunicipalityCard>,
    submitted: String,
    problem: Option<String>,
) -> impl IntoView {
    let l = use_i18n().loader();
    // What is typed narrows the list; it starts as what was submitted, so the
    // server and the hydrated island agree.
    let typed = RwSignal::new(submitted.clone());
    let query = Memo::new(move |_| {
        typed.with(|text| MunicipalityQuery::parse(text).unwrap_or(MunicipalityQuery::Everything))
    });
    let total = municipalities.len();
    let shown = {
        let municipalities = municipalities.clone();
        move || query.with(|q| municipalities.iter().filter(|m| q.matches(m)).count())
    };
    let described_by = if problem.is_some() {
        "q-hint q-error"
    } else {
        "q-hint"
    };

    view! {
        <section aria-labelledby="gemeenten" class="chooser">
            <h2 id="gemeenten">{fl!(l, "chooser-heading")}</h2>
            <form method="get" action="/" class="chooser__form" role="search">
                <div class=if problem.is_some() { "field field--error" } else { "field" }>
                    <label for=FIELD class="field__label">
                        {fl!(l, "chooser-label")}
                    </label>
                    <p id="q-hint" class="field__hint">
                        {fl!(l, "chooser-hint")}
                    </p>
                    {problem.clone().map(|message| view! { <FieldErrorText id="q-error" message /> })}
                    <div class="chooser__row">
                        <input
                            id=FIELD
                            name=FIELD
                            type="text"
                            class="field__input"
                            autocomplete="postal-code"
                            spellcheck="false"
                            aria-describedby=described_by
                            aria-invalid=problem.is_some().then_some("true")
                            value=submitted.clone()
                            on:input:target=move |event| typed.set(event.target().value())
                        />
                        <button type="submit" class="button">
                            {fl!(l, "chooser-submit")}
                        </button>
                    </div>
                </div>
            </form>
            <p role="status" class="chooser__count">
                {move || {
                    let count = shown();
                    if count == total {
                        fl!(l, "chooser-count-all", count = total)
                    } else {
                        fl!(l, "chooser-count-found", count = count)
                    }
                }}
            </p>
            <ul class="municipality-list" id="municipality-list">
                {municipalities
                    .into_iter()
                    .map(|municipality| {
                        let card = municipality.clone();
                        let hidden = move || query.with(|q| !q.matches(&card));
                        let codes = municipality.postal_codes.join(", ");
                        view! {
                            <li hidden=hidden>
                                <a href=format!("/{}", municipality.slug) class="municipality-list__link">
                                    <span class="municipality-list__name">{municipality.name}</span>
                                    <span class="municipality-list__codes">
                                        <span class="visually-hidden">{fl!(l, "chooser-postal-codes")} " "</span>
                                        {codes}
                                    </span>
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            {(!submitted.trim().is_empty())
                .then(|| {
                    view! {
                        <p>
                            <a href="/#gemeenten" class="chooser__show-all">
                                {fl!(l, "chooser-show-all")}
                            </a>
                        </p>
                    }
                })}
        </section>
    }
}

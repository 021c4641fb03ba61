//! Help at the digital help desk: the citizen's page (`/mijn/hulp`: make a
//! code for the helper, see and stop who may help) and the helper's page
//! (`/hulp`: enter the citizen's code, see and stop whom they help). Plain
//! forms; the server checks every post again.

use crate::api::{get_help, get_helped_profile, get_helper_desk};
use crate::components::error::{ErrorPanel, ErrorSummary, FieldError, FieldErrorText};
use crate::components::layout::{CsrfField, Layout, PageTitle};
use crate::i18n::use_i18n;
use crate::model::{HelpEntry, HelpPage, HelpedProfile, HelperDesk};
use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

fn scope_text(l: &FluentLanguageLoader, scope: &str) -> String {
    match scope {
        "apply" => fl!(l, "help-scope-apply"),
        _ => fl!(l, "help-scope-view"),
    }
}

#[component]
fn StatusNotice(text: Option<String>) -> impl IntoView {
    view! { <div role="status">{text.map(|text| view! { <p class="notice notice--inline">{text}</p> })}</div> }
}

#[component]
pub fn HelpPageView() -> impl IntoView {
    let help = Resource::new(|| (), |_| get_help());
    view! {
        <Layout>
            <Suspense>
                {move || Suspend::new(async move {
                    match help.await {
                        Ok(help) => view! { <CitizenHelp help /> }.into_any(),
                        Err(error) => view! { <ErrorPanel error /> }.into_any(),
                    }
                })}
            </Suspense>
        </Layout>
    }
}

#[component]
fn CitizenHelp(help: HelpPage) -> impl IntoView {
    let l = use_i18n().loader();
    let title = fl!(l, "help-title");
    let notice = match use_query_map().read_untracked().get("melding").as_deref() {
        Some("gestopt") => Some(fl!(l, "help-stopped")),
        _ => None,
    };
    view! {
        <PageTitle text=title.clone() />
        <p><a href="/mijn">{fl!(l, "help-back-to-profile")}</a></p>
        <h1>{title}</h1>
        <StatusNotice text=notice />
        <p>{fl!(l, "help-intro")}</p>
        {help
            .code
            .clone()
            .map(|code| {
                view! {
                    <section class="help-code" aria-labelledby="help-code-title">
                        <h2 id="help-code-title">{fl!(l, "help-code-title")}</h2>
                        <p class="help-code__digits" aria-describedby="help-code-until">{code.code.clone()}</p>
                        <p id="help-code-until">{fl!(l, "help-code-until", until = code.until.clone())}</p>
                        {help
                            .waiting
                            .as_ref()
                            .map(|waiting| {
                                view! { <StopForm action="/mijn/hulp/stoppen" id=waiting.id label=fl!(l, "help-withdraw-code") /> }
                            })}
                    </section>
                }
            })}
        {help
            .waiting
            .clone()
            .filter(|_| help.code.is_none())
            .map(|waiting| {
                view! {
                    <p>{fl!(l, "help-waiting", until = waiting.until.clone())}</p>
                    <StopForm action="/mijn/hulp/stoppen" id=waiting.id label=fl!(l, "help-withdraw-code") />
                }
            })}
        <section aria-labelledby="help-active-title">
            <h2 id="help-active-title">{fl!(l, "help-active-title")}</h2>
            {if help.active.is_empty() {
                view! { <p>{fl!(l, "help-active-none")}</p> }.into_any()
            } else {
                view! {
                    <ul class="help-list">
                        {help.active.iter().map(|entry| view! { <ActiveHelp entry=entry.clone() /> }).collect_view()}
                    </ul>
                }
                    .into_any()
            }}
        </section>
        <section aria-labelledby="help-new-title">
            <h2 id="help-new-title">{fl!(l, "help-new-title")}</h2>
            <form method="post" action="/mijn/hulp/code" class="editor-form">
                <CsrfField />
                <fieldset class="editor-fieldset">
                    <legend>{fl!(l, "help-what")}</legend>
                    <div class="field--radio">
                        <input id="scope-view" name="scope" type="radio" value="view" checked=true />
                        <label for="scope-view">{fl!(l, "help-scope-view")}</label>
                    </div>
                    <div class="field--radio">
                        <input id="scope-apply" name="scope" type="radio" value="apply" />
                        <label for="scope-apply">{fl!(l, "help-scope-apply")}</label>
                    </div>
                </fieldset>
                <fieldset class="editor-fieldset">
                    <legend>{fl!(l, "help-how-long")}</legend>
                    <div class="field--radio">
                        <input id="duration-hour" name="duration" type="radio" value="3600" checked=true />
                        <label for="duration-hour">{fl!(l, "help-one-hour")}</label>
                    </div>
                    <div class="field--radio">
                        <input id="duration-day" name="duration" type="radio" value="86400" />
                        <label for="duration-day">{fl!(l, "help-one-day")}</label>
                    </div>
                    <div class="field--radio">
                        <input id="duration-week" name="duration" type="radio" value="604800" />
                        <label for="duration-week">{fl!(l, "help-one-week")}</label>
                    </div>
                </fieldset>
                <button type="submit" class="button">{fl!(l, "help-make-code")}</button>
            </form>
        </section>
    }
}

#[component]
fn ActiveHelp(entry: HelpEntry) -> impl IntoView {
    let l = use_i18n().loader();
    let helper = entry.helper.clone().unwrap_or_default();
    let who = match &entry.desk {
        Some(desk) => fl!(
            l,
            "help-helper-at",
            name = helper.clone(),
            desk = desk.clone()
        ),
        None => helper.clone(),
    };
    view! {
        <li>
            {fl!(l, "help-active-entry", who = who, what = scope_text(l, &entry.scope), until = entry.until.clone())}
            <StopForm action="/mijn/hulp/stoppen" id=entry.id label=fl!(l, "help-stop-helper", name = helper) />
        </li>
    }
}

#[component]
fn StopForm(action: &'static str, id: i32, label: String) -> impl IntoView {
    view! {
        <form method="post" action=action class="inline-form">
            <CsrfField />
            <input type="hidden" name="mandate" value=id.to_string() />
            <button type="submit" class="link-button">{label}</button>
        </form>
    }
}

#[component]
pub fn HelperDeskPage() -> impl IntoView {
    let desk = Resource::new(|| (), |_| get_helper_desk());
    view! {
        <Layout>
            <Suspense>
                {move || Suspend::new(async move {
                    match desk.await {
                        Ok(desk) => view! { <HelperDeskView desk /> }.into_any(),
                        Err(error) => view! { <ErrorPanel error /> }.into_any(),
                    }
                })}
            </Suspense>
        </Layout>
    }
}

#[component]
fn HelperDeskView(desk: HelperDesk) -> impl IntoView {
    let l = use_i18n().loader();
    let title = fl!(l, "helper-title");
    let query = use_query_map().read_untracked();
    let notice = match query.get("melding").as_deref() {
        Some("aanvaard") => Some(fl!(l, "helper-accepted")),
        Some("gestopt") => Some(fl!(l, "help-stopped")),
        _ => None,
    };
    let problem = (query.get("fout").as_deref() == Some("code")).then(|| fl!(l, "helper-bad-code"));
    let described = if problem.is_some() {
        "helper-code-error helper-code-hint"
    } else {
        "helper-code-hint"
    };
    view! {
        <PageTitle text=title.clone() error=problem.is_some() />
        <h1>{title}</h1>
        <StatusNotice text=notice />
        {problem
            .clone()
            .map(|message| {
                view! {
                    <ErrorSummary errors=vec![
                        FieldError {
                            field_id: "helper-code".to_owned(),
                            message,
                        },
                    ] />
                }
            })}
        <p>{fl!(l, "helper-intro")}</p>
        <form method="post" action="/hulp/code" class="editor-form" novalidate>
            <CsrfField />
            <div class="field">
                <label class="field__label" for="helper-code">{fl!(l, "helper-code-label")}</label>
                <p id="helper-code-hint" class="field__hint">{fl!(l, "helper-code-hint")}</p>
                {problem.clone().map(|message| view! { <FieldErrorText id="helper-code-error" message /> })}
                <input
                    class="field__input"
                    id="helper-code"
                    name="code"
                    type="text"
                    inputmode="numeric"
                    autocomplete="off"
                    maxlength="12"
                    aria-invalid=problem.is_some().then_some("true")
                    aria-describedby=described
                />
            </div>
            <button type="submit" class="button">{fl!(l, "helper-accept")}</button>
        </form>
        <section aria-labelledby="helper-helping-title">
            <h2 id="helper-helping-title">{fl!(l, "helper-helping-title")}</h2>
            {if desk.helping.is_empty() {
                view! { <p>{fl!(l, "helper-helping-none")}</p> }.into_any()
            } else {
                view! {
                    <ul class="help-list">
                        {desk
                            .helping
                            .iter()
                            .map(|person| {
                                view! {
                                    <li>
                                        {fl!(
                                            l, "helper-helping-entry", name = person.name.clone(), what = scope_text(l, & person
                                            .scope), until = person.until.clone()
                                        )}
                                        " "
                                        <a href=format!("/hulp/burger/{}", person.id)>
                                            {fl!(l, "helper-view-data", name = person.name.clone())}
                                        </a>
                                        <StopForm
                                            action="/hulp/stoppen"
                                            id=person.id
                                            label=fl!(l, "helper-stop", name = person.name.clone())
                                        />
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                    .into_any()
            }}
        </section>
    }
}

#[component]
pub fn HelpedProfilePage() -> impl IntoView {
    let params = use_params_map();
    let profile = Resource::new(
        move || {
            params
                .read()
                .get("mandate")
                .and_then(|id| id.parse::<i32>().ok())
        },
        |mandate| async move {
            match mandate {
                Some(mandate) => get_helped_profile(mandate).await,
                None => Err(crate::error::AppError::not_found()),
            }
        },
    );
    view! {
        <Layout>
            <Suspense>
                {move || Suspend::new(async move {
                    match profile.await {
                        Ok(profile) => view! { <HelpedProfileView profile /> }.into_any(),
                        Err(error) => view! { <ErrorPanel error /> }.into_any(),
                    }
                })}
            </Suspense>
        </Layout>
    }
}

#[component]
fn HelpedProfileView(profile: HelpedProfile) -> impl IntoView {
    let l = use_i18n().loader();
    let title = fl!(l, "helped-title", name = profile.name.clone());
    let unknown = fl!(l, "profile-unknown");
    let language = crate::i18n::Lang::parse(&profile.language)
        .map(|lang| lang.endonym().to_owned())
        .unwrap_or(profile.language.clone());
    view! {
        <PageTitle text=title.clone() />
        <p class="notice notice--inline helping-banner">
            {fl!(
                l, "helped-banner", name = profile.name.clone(), what = scope_text(l, & profile.scope), until = profile
                .until.clone()
            )}
        </p>
        <p><a href="/hulp">{fl!(l, "helped-back")}</a></p>
        <h1>{title}</h1>
        <dl class="facts">
            <dt>{fl!(l, "profile-birth-date")}</dt>
            <dd>{profile.birth_date.clone().unwrap_or(unknown.clone())}</dd>
            <dt>{fl!(l, "helped-municipality")}</dt>
            <dd>{profile.municipality.clone().unwrap_or(unknown.clone())}</dd>
            <dt>{fl!(l, "profile-email")}</dt>
            <dd>{profile.email.clone().unwrap_or(unknown.clone())}</dd>
            <dt>{fl!(l, "profile-language")}</dt>
            <dd>{language}</dd>
        </dl>
        {(!profile.represented.is_empty())
            .then(|| {
                view! {
                    <h2>{fl!(l, "helped-represented")}</h2>
                    <ul>{profile.represented.iter().map(|name| view! { <li>{name.clone()}</li> }).collect_view()}</ul>
                }
            })}
        <p>{fl!(l, "helped-logged", name = profile.name.clone())}</p>
    }
}

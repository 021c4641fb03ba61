//! Signing in and the signed-in person's own pages: "my data" (with where
//! each part came from) and "my sessions" (see and end them).

use crate::api::{get_access_log, get_profile, get_sessions, get_sign_in_options};
use crate::components::error::{FieldError, FormErrors};
use crate::components::form::{RadioGroup, RadioOption};
use crate::components::layout::{CsrfField, Layout, LoadedPage, PageTitle};
use crate::i18n::use_i18n;
use crate::model::{AccessEntry, PersonaCard, Profile, ProfileRole, Sessions};
use crate::pages::guest::GuestSignIn;
use i18n_embed_fl::fl;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// A role's name.
pub(crate) fn role_label(l: &i18n_embed::fluent::FluentLanguageLoader, role: &str) -> String {
    match role {
        "clerk" => fl!(l, "role-clerk"),
        "team_lead" => fl!(l, "role-team-lead"),
        "municipal_admin" => fl!(l, "role-municipal-admin"),
        "catalogue_editor" => fl!(l, "role-catalogue-editor"),
        "regional_admin" => fl!(l, "role-regional-admin"),
        "helper" => fl!(l, "role-helper"),
        other => other.to_owned(),
    }
}

/// How someone signed in, in words: "eID of itsme", "een code per e-mail".
pub(crate) fn method_text(l: &i18n_embed::fluent::FluentLanguageLoader, method: &str) -> String {
    match method {
        "acm" => fl!(l, "login-method-acm"),
        "guest" => fl!(l, "login-method-guest"),
        _ => fl!(l, "login-method-demo"),
    }
}

/// A sign-in's assurance level, in words.
pub(crate) fn assurance_text(
    l: &i18n_embed::fluent::FluentLanguageLoader,
    assurance: &str,
) -> String {
    match assurance {
        "high" => fl!(l, "assurance-high"),
        "substantial" => fl!(l, "assurance-substantial"),
        _ => fl!(l, "assurance-low"),
    }
}

/// A role's name, with where it applies.
pub(crate) fn role_text(
    l: &i18n_embed::fluent::FluentLanguageLoader,
    role: &ProfileRole,
) -> String {
    let name = role_label(l, &role.role);
    let place = role
        .municipality
        .clone()
        .unwrap_or_else(|| fl!(l, "role-whole-region"));
    match &role.department {
        Some(department) => format!("{name} – {department}, {place}"),
        None => format!("{name} – {place}"),
    }
}

fn persona_text(l: &i18n_embed::fluent::FluentLanguageLoader, persona: &PersonaCard) -> String {
    let mut parts = Vec::new();
    match (persona.kind.as_str(), &persona.lives_in) {
        ("guest", _) => parts.push(fl!(l, "persona-guest")),
        (_, Some(place)) if persona.roles.is_empty() => {
            parts.push(fl!(l, "persona-citizen", municipality = place.clone()));
        }
        _ => {}
    }
    if persona.has_child {
        parts.push(fl!(l, "persona-parent"));
    }
    parts.extend(persona.roles.iter().map(|role| role_text(l, role)));
    parts.join(". ")
}

#[component]
pub fn SignInPage() -> impl IntoView {
    let options = Resource::new(|| (), |_| get_sign_in_options());
    let query = use_query_map();
    let return_to = move || {
        query
            .read()
            .get("terug")
            .filter(|path| path.starts_with('/') && !path.starts_with("//"))
            .unwrap_or_else(|| "/mijn".to_owned())
    };
    view! {
        <LoadedPage data=options content=move |options| view! { <SignInChoices options return_to=return_to() /> } />
    }
}

#[component]
fn SignInChoices(options: crate::model::SignInOptions, return_to: String) -> impl IntoView {
    let l = use_i18n().loader();
    let title = fl!(l, "sign-in-title");
    let guest_problem = crate::pages::guest::email_problem();
    view! {
        <FormErrors
            title=title.clone()
            errors=guest_problem
                .map(|message| FieldError { field_id: crate::pages::guest::EMAIL_FIELD_ID.to_owned(), message })
                .into_iter()
                .collect()
        />
        <h1>{title}</h1>
        {options
            .signed_in_as
            .map(|name| {
                view! {
                    <p class="notice notice--inline">
                        {fl!(l, "sign-in-already", name = name)} " "
                        <a href="/mijn">{fl!(l, "profile-title")}</a>
                    </p>
                }
            })}
        <p>{fl!(l, "sign-in-intro")}</p>
        {options
            .acm
            .then(|| {
                view! {
                    <section class="sign-in-means" aria-labelledby="acm-title">
                        <h2 id="acm-title">{fl!(l, "sign-in-acm-title")}</h2>
                        <p>{fl!(l, "sign-in-acm-text")}</p>
                        <form method="post" action="/aanmelden/acm">
                            <CsrfField />
                            <input type="hidden" name="return_to" value=return_to.clone() />
                            <button type="submit" class="button">{fl!(l, "sign-in-acm-button")}</button>
                        </form>
                    </section>
                }
            })}
        {options
            .guest_sign_in
            .then(|| view! { <GuestSignIn return_to=return_to.clone() /> })}
        {(!options.personas.is_empty())
            .then(|| {
                view! {
                    <section class="personas" aria-labelledby="personas-title">
                        <h2 id="personas-title">{fl!(l, "sign-in-demo-title")}</h2>
                        <p class="notice notice--demo-inline">{fl!(l, "sign-in-demo-text")}</p>
                        // One form, a button per persona (the button's value is
                        // the persona): no row of unnamed forms.
                        <form method="post" action="/aanmelden/demo">
                            <CsrfField />
                            <input type="hidden" name="return_to" value=return_to.clone() />
                            <ul class="personas__list">
                                {options
                                    .personas
                                    .into_iter()
                                    .map(|persona| {
                                        let description = persona_text(l, &persona);
                                        let id = format!("persona-{}", persona.key);
                                        view! {
                                            <li class="personas__item">
                                                <button
                                                    type="submit"
                                                    name="persona"
                                                    value=persona.key.clone()
                                                    class="button"
                                                    aria-describedby=id.clone()
                                                >
                                                    {fl!(l, "sign-in-as", name = persona.name.clone())}
                                                </button>
                                                <p id=id class="personas__description">{description}</p>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        </form>
                    </section>
                }
            })}
    }
}

#[component]
pub fn SignedOutPage() -> impl IntoView {
    let l = use_i18n().loader();
    let title = fl!(l, "signed-out-title");
    view! {
        <Layout>
            <PageTitle text=title.clone() />
            <h1>{title}</h1>
            {use_query_map()
                .read_untracked()
                .get("account")
                .map(|_| view! { <p class="notice notice--inline">{fl!(l, "signed-out-account-ended")}</p> })}
            <p>{fl!(l, "signed-out-text")}</p>
            <p>
                <a href="/aanmelden">{fl!(l, "sign-in-again")}</a>
            </p>
        </Layout>
    }
}

#[component]
pub fn ProfilePage() -> impl IntoView {
    let profile = Resource::new(|| (), |_| get_profile());
    view! {
        <LoadedPage data=profile content=|profile| view! { <ProfileView profile /> } />
    }
}

/// Where a person's data came from, and when: the register, the login's
/// claims, or (for a guest) what they typed.
fn source_text(l: &i18n_embed::fluent::FluentLanguageLoader, source: &str, at: &str) -> String {
    match source {
        "register" => fl!(l, "profile-source-register", date = at),
        "login" => fl!(l, "profile-source-login", date = at),
        _ => fl!(l, "profile-source-guest", date = at),
    }
}

#[component]
fn ProfileView(profile: Profile) -> impl IntoView {
    let l = use_i18n().loader();
    let title = fl!(l, "profile-title");
    let source = source_text(l, &profile.source, &profile.source_at);
    let method = method_text(l, &profile.method);
    let assurance = assurance_text(l, &profile.assurance);
    let language = crate::i18n::Lang::parse(&profile.language)
        .map(|lang| lang.endonym().to_owned())
        .unwrap_or(profile.language.clone());
    let none = fl!(l, "profile-unknown");
    let (saved, email_problem) = contact_outcome(l);
    view! {
        <FormErrors title=title.clone() errors=contact_errors(email_problem.clone()) />
        <h1>{title}</h1>
        <div role="status">{saved.map(|text| view! { <p class="notice notice--inline">{text}</p> })}</div>
        {profile.demo.then(|| view! { <p class="notice notice--inline">{fl!(l, "profile-demo")}</p> })}
        <h2>{fl!(l, "profile-data-title")}</h2>
        <dl class="facts">
            <dt>{fl!(l, "profile-name")}</dt>
            <dd>{profile.name.clone()}</dd>
            <dt>{fl!(l, "profile-rrn")}</dt>
            <dd>{profile.rrn.as_deref().map(crate::model::rrn::format).unwrap_or(none.clone())}</dd>
            <dt>{fl!(l, "profile-birth-date")}</dt>
            <dd>{profile.birth_date.clone().unwrap_or(none.clone())}</dd>
            <dt>{fl!(l, "profile-municipality")}</dt>
            <dd>{profile.municipality.clone().unwrap_or(none.clone())}</dd>
            <dt>{fl!(l, "profile-email")}</dt>
            <dd>{profile.email.clone().unwrap_or(none.clone())}</dd>
            <dt>{fl!(l, "profile-language")}</dt>
            <dd>{language}</dd>
        </dl>
        <p>{source}</p>
        <ContactForm
            guest=profile.kind == "guest"
            email=profile.email.clone().unwrap_or_default()
            language=profile.language.clone()
            problem=email_problem
        />
        <h2>{fl!(l, "profile-login-title")}</h2>
        <p>{fl!(l, "profile-login-text", method = method, assurance = assurance)}</p>
        <ul class="link-list">
            <li>
                <a href="/mijn/sessies">{fl!(l, "sessions-title")}</a>
            </li>
            <li>
                <a href="/mijn/inzage">{fl!(l, "access-title")}</a>
            </li>
            <li>
                <a href="/mijn/hulp">{fl!(l, "help-title")}</a>
            </li>
            <li>
                <a href="/mijn/gegevens.json" download="mijn-gegevens-e-westhoek.json">
                    {fl!(l, "profile-download")}
                </a>
            </li>
        </ul>
        {(profile.kind == "guest")
            .then(|| {
                view! {
                    <h2>{fl!(l, "profile-end-title")}</h2>
                    <p>{fl!(l, "profile-end-text")}</p>
                    <form method="post" action="/mijn/account-beeindigen">
                        <CsrfField />
                        <button type="submit" class="button button--secondary">{fl!(l, "profile-end-button")}</button>
                    </form>
                }
            })}
        {(!profile.represented.is_empty())
            .then(|| {
                view! {
                    <h2>{fl!(l, "profile-represented-title")}</h2>
                    <ul>
                        {profile
                            .represented
                            .iter()
                            .map(|person| {
                                let kind = if person.kind == "parent" {
                                    fl!(l, "profile-represented-child")
                                } else {
                                    fl!(l, "profile-represented-legal")
                                };
                                let until = person
                                    .until
                                    .clone()
                                    .map(|date| format!(" ({})", fl!(l, "profile-represented-until", date = date)))
                                    .unwrap_or_default();
                                view! {
                                    <li>
                                        {format!("{} – {kind}{until}", person.name)} " "
                                        <a href=format!("/mijn/voor/{}", person.id)>
                                            {fl!(l, "represented-view", name = person.name.clone())}
                                        </a>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
            })}
        {(!profile.roles.is_empty())
            .then(|| {
                view! {
                    <h2>{fl!(l, "profile-roles-title")}</h2>
                    <ul>
                        {profile
                            .roles
                            .iter()
                            .map(|role| view! { <li>{role_text(l, role)}</li> })
                            .collect_view()}
                    </ul>
                    {profile
                        .role_admin
                        .then(|| {
                            view! {
                                <p>
                                    <a href="/beheer/rollen">{fl!(l, "account-roles-link")}</a>
                                </p>
                            }
                        })}
                    {profile
                        .roles
                        .iter()
                        .any(|role| role.role == "helper")
                        .then(|| {
                            view! {
                                <p>
                                    <a href="/hulp">{fl!(l, "helper-title")}</a>
                                </p>
                            }
                        })}
                    {profile
                        .catalogue_editor
                        .then(|| {
                            view! {
                                <p>
                                    <a href="/beheer/catalogus">{fl!(l, "account-catalogue-link")}</a>
                                </p>
                            }
                        })}
                }
            })}
    }
}

#[component]
pub fn SessionsPage() -> impl IntoView {
    let sessions = Resource::new(|| (), |_| get_sessions());
    view! {
        <LoadedPage data=sessions content=|sessions| view! { <SessionsView sessions /> } />
    }
}

#[component]
fn SessionsView(sessions: Sessions) -> impl IntoView {
    let l = use_i18n().loader();
    let title = fl!(l, "sessions-title");
    let ended = use_query_map().read_untracked().get("beeindigd").is_some();
    view! {
        <PageTitle text=title.clone() />
        <h1>{title}</h1>
        <div role="status">
            {ended.then(|| view! { <p class="notice notice--inline">{fl!(l, "sessions-ended-one")}</p> })}
        </div>
        <p>
            {fl!(
                l,
                "sessions-intro",
                idle = sessions.idle_minutes,
                absolute = sessions.absolute_hours
            )}
        </p>
        <div class="table-scroll" role="region" aria-labelledby="sessions-caption" tabindex="0">
            <table class="sessions">
                <caption id="sessions-caption">{fl!(l, "sessions-caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{fl!(l, "sessions-device")}</th>
                        <th scope="col">{fl!(l, "sessions-started")}</th>
                        <th scope="col">{fl!(l, "sessions-last-seen")}</th>
                        <th scope="col">{fl!(l, "sessions-address")}</th>
                        <th scope="col">{fl!(l, "sessions-action")}</th>
                    </tr>
                </thead>
                <tbody>
                    {sessions
                        .entries
                        .into_iter()
                        .map(|entry| {
                            let label = if entry.current {
                                fl!(l, "sessions-end-this")
                            } else {
                                fl!(l, "sessions-end-other", device = entry.device.clone(), started = entry.started.clone())
                            };
                            view! {
                                <tr>
                                    <th scope="row">
                                        {entry.device.clone()}
                                        {entry.current.then(|| view! { " " <strong>{fl!(l, "sessions-current")}</strong> })}
                                    </th>
                                    <td>{entry.started.clone()}</td>
                                    <td>{entry.last_seen.clone()}</td>
                                    <td>{entry.ip.clone()}</td>
                                    <td>
                                        <form method="post" action="/mijn/sessies/beeindigen">
                                            <CsrfField />
                                            <input type="hidden" name="session" value=entry.id.to_string() />
                                            <button type="submit" class="link-button" aria-label=label>
                                                {fl!(l, "sessions-end")}
                                            </button>
                                        </form>
                                    </td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
        <form method="post" action="/mijn/sessies/alles-beeindigen">
            <CsrfField />
            <button type="submit" class="button">{fl!(l, "sessions-end-all")}</button>
        </form>
    }
}

#[component]
pub fn AccessLogPage() -> impl IntoView {
    let log = Resource::new(|| (), |_| get_access_log());
    view! {
        <LoadedPage data=log content=|entries| view! { <AccessLogView entries /> } />
    }
}

/// What the server said about a contact form sent a moment ago (from the
/// query of its redirect): saved, or the e-mail problem.
pub(crate) fn contact_outcome(
    l: &i18n_embed::fluent::FluentLanguageLoader,
) -> (Option<String>, Option<String>) {
    let query = use_query_map().read_untracked();
    let saved =
        (query.get("melding").as_deref() == Some("contact")).then(|| fl!(l, "contact-saved"));
    let problem = match query.get("fout").as_deref() {
        Some("email-ongeldig") => Some(fl!(l, "guest-email-error-invalid")),
        Some("email-te-lang") => Some(fl!(
            l,
            "guest-email-error-too-long",
            max = crate::model::EmailAddress::MAX_LEN
        )),
        _ => None,
    };
    (saved, problem)
}

/// The errors of the contact form, for the page's [`FormErrors`].
pub(crate) fn contact_errors(problem: Option<String>) -> Vec<FieldError> {
    problem
        .map(|message| FieldError {
            field_id: "contact-email".to_owned(),
            message,
        })
        .into_iter()
        .collect()
}

/// Contact preferences: the address we write to (a guest's is how they sign
/// in, so it stays) and the language we write in. A helper allowed to act in
/// someone's name uses the same form for them (`mandate`: the help they act
/// under; `name`: the person's).
#[component]
pub(crate) fn ContactForm(
    guest: bool,
    email: String,
    language: String,
    problem: Option<String>,
    #[prop(optional)] mandate: Option<i32>,
    #[prop(optional)] name: Option<String>,
) -> impl IntoView {
    let l = use_i18n().loader();
    // A helper reads it about the person they help, in the third person, and
    // their browser must not fill in the helper's own address.
    let title = match &name {
        Some(name) => fl!(l, "helped-contact-title", name = name.clone()),
        None => fl!(l, "contact-title"),
    };
    let autocomplete = if mandate.is_some() { "off" } else { "email" };
    let languages = crate::i18n::Lang::ALL
        .into_iter()
        .map(|lang| RadioOption {
            id: format!("contact-language-{}", lang.code()),
            value: lang.code().to_owned(),
            label: lang.endonym().to_owned(),
            lang: Some(lang.code()),
        })
        .collect();
    let described = if problem.is_some() {
        "contact-email-error contact-email-hint"
    } else {
        "contact-email-hint"
    };
    let field_class = if problem.is_some() {
        "field field--error"
    } else {
        "field"
    };
    view! {
        <section aria-labelledby="contact-title">
            <h2 id="contact-title">{title}</h2>
            <form
                method="post"
                action=if mandate.is_some() { "/hulp/burger/contact" } else { "/mijn/contact" }
                class="editor-form"
                novalidate
            >
                <CsrfField />
                {mandate.map(|id| view! { <input type="hidden" name="mandate" value=id.to_string() /> })}
                {if guest {
                    view! { <p>{fl!(l, "contact-guest-email", email = email.clone())}</p> }.into_any()
                } else {
                    view! {
                        <div class=field_class>
                            <label class="field__label" for="contact-email">{fl!(l, "contact-email-label")}</label>
                            <p id="contact-email-hint" class="field__hint">{fl!(l, "contact-email-hint")}</p>
                            {problem
                                .clone()
                                .map(|message| view! { <crate::components::error::FieldErrorText id="contact-email-error" message /> })}
                            <input
                                class="field__input"
                                id="contact-email"
                                name="email"
                                type="email"
                                autocomplete=autocomplete
                                spellcheck="false"
                                value=email.clone()
                                aria-invalid=problem.is_some().then_some("true")
                                aria-describedby=described
                            />
                        </div>
                    }
                        .into_any()
                }}
                <RadioGroup
                    legend=fl!(l, "contact-language")
                    name="language"
                    options=languages
                    checked=language
                />
                <button type="submit" class="button">{fl!(l, "contact-save")}</button>
            </form>
        </section>
    }
}

/// What someone did with a citizen's data, as that citizen reads it.
pub(crate) fn access_action_text(
    l: &i18n_embed::fluent::FluentLanguageLoader,
    action: &str,
) -> String {
    match action {
        "role.grant" => fl!(l, "access-action-role-grant"),
        "role.revoke" => fl!(l, "access-action-role-revoke"),
        "mandate.accept" => fl!(l, "access-action-help-start"),
        "mandate.record" => fl!(l, "access-action-help-paper"),
        "mandate.end" => fl!(l, "access-action-help-end"),
        "person.read" => fl!(l, "access-action-person-read"),
        "person.contact" => fl!(l, "access-action-contact"),
        _ => fl!(l, "access-action-other"),
    }
}

/// A table of what was done with someone's data: when, what, who.
#[component]
pub(crate) fn ActivityTable(
    caption_id: &'static str,
    caption: String,
    rows: Vec<[String; 3]>,
) -> impl IntoView {
    let l = use_i18n().loader();
    view! {
        <div class="table-scroll" role="region" aria-labelledby=caption_id tabindex="0">
            <table class="access-log">
                <caption id=caption_id>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{fl!(l, "access-when")}</th>
                        <th scope="col">{fl!(l, "access-what")}</th>
                        <th scope="col">{fl!(l, "access-who")}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .map(|[at, what, who]| {
                            view! {
                                <tr>
                                    <td>{at}</td>
                                    <td>{what}</td>
                                    <td>{who}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}

#[component]
fn AccessLogView(entries: Vec<AccessEntry>) -> impl IntoView {
    let l = use_i18n().loader();
    let title = fl!(l, "access-title");
    view! {
        <PageTitle text=title.clone() />
        <h1>{title}</h1>
        <p>{fl!(l, "access-intro")}</p>
        {if entries.is_empty() {
            view! { <p>{fl!(l, "access-none")}</p> }.into_any()
        } else {
            view! {
                <ActivityTable
                    caption_id="access-caption"
                    caption=fl!(l, "access-caption")
                    rows=entries
                        .into_iter()
                        .map(|entry| {
                            let who = role_text(
                                l,
                                &ProfileRole {
                                    role: entry.role.clone().unwrap_or_default(),
                                    municipality: entry.municipality.clone(),
                                    department: entry.department.clone(),
                                },
                            );
                            [entry.at, access_action_text(l, &entry.action), who]
                        })
                        .collect()
                />
            }
                .into_any()
        }}
    }
}

#[component]
pub fn RepresentedPage() -> impl IntoView {
    let params = leptos_router::hooks::use_params_map();
    let profile = Resource::new(
        move || {
            params
                .read()
                .get("person")
                .and_then(|id| id.parse::<i32>().ok())
        },
        |person| async move {
            match person {
                Some(person) => crate::api::get_represented_profile(person).await,
                None => Err(crate::error::AppError::not_found()),
            }
        },
    );
    view! {
        <LoadedPage data=profile content=|profile| view! { <RepresentedView profile /> } />
    }
}

#[component]
fn RepresentedView(profile: crate::model::RepresentedProfile) -> impl IntoView {
    let l = use_i18n().loader();
    let title = fl!(l, "represented-title", name = profile.name.clone());
    let banner = if profile.kind == "parent" {
        fl!(l, "represented-banner-child", name = profile.name.clone())
    } else {
        fl!(l, "represented-banner-legal", name = profile.name.clone())
    };
    let source = source_text(l, &profile.source, &profile.source_at);
    let none = fl!(l, "profile-unknown");
    view! {
        <PageTitle text=title.clone() />
        <p class="notice notice--inline helping-banner">{banner}</p>
        <p><a href="/mijn">{fl!(l, "help-back-to-profile")}</a></p>
        <h1>{title}</h1>
        <dl class="facts">
            <dt>{fl!(l, "profile-rrn")}</dt>
            <dd>{profile.rrn.as_deref().map(crate::model::rrn::format).unwrap_or(none.clone())}</dd>
            <dt>{fl!(l, "profile-birth-date")}</dt>
            <dd>{profile.birth_date.clone().unwrap_or(none.clone())}</dd>
            <dt>{fl!(l, "helped-municipality")}</dt>
            <dd>{profile.municipality.clone().unwrap_or(none.clone())}</dd>
        </dl>
        <p>{source}</p>
        {profile
            .until
            .clone()
            .map(|date| view! { <p>{fl!(l, "represented-until", name = profile.name.clone(), date = date)}</p> })}
    }
}

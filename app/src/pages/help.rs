//! Help at the digital help desk: the citizen's page (`/mijn/hulp`: make a
//! code for the helper, see and stop who may help, see what helpers did) and
//! the helper's pages (`/hulp`: enter the citizen's code or record a consent
//! signed on paper, see and stop whom they help; `/hulp/burger/{mandate}`:
//! that person's data, what the helper did for them, and their contact form
//! when the helper may act in their name). Plain forms; the server checks
//! every post again.

use crate::api::{get_help, get_helped_profile, get_helper_desk};
use crate::components::error::{FieldError, FieldErrorText, FormErrors};
use crate::components::form::{RadioGroup, RadioOption};
use crate::components::layout::{CsrfField, LoadedPage, PageTitle};
use crate::i18n::use_i18n;
use crate::model::{HelpEntry, HelpPage, HelpedProfile, HelperDesk};
use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

pub(crate) fn scope_text(l: &FluentLanguageLoader, scope: &str) -> String {
    match scope {
        "apply" => fl!(l, "help-scope-apply"),
        _ => fl!(l, "help-scope-view"),
    }
}

/// A helper as citizens see them: the name, with their desk when known.
pub(crate) fn helper_text(l: &FluentLanguageLoader, name: &str, desk: Option<&str>) -> String {
    match desk {
        Some(desk) => fl!(l, "help-helper-at", name = name, desk = desk),
        None => name.to_owned(),
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
        <LoadedPage data=help content=|help| view! { <CitizenHelp help /> } />
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
        <section aria-labelledby="help-done-title">
            <h2 id="help-done-title">{fl!(l, "help-done-title")}</h2>
            {if help.done.is_empty() {
                view! { <p>{fl!(l, "help-done-none")}</p> }.into_any()
            } else {
                view! {
                    <crate::pages::account::ActivityTable
                        caption_id="help-done-caption"
                        caption=fl!(l, "help-done-caption")
                        rows=help
                            .done
                            .iter()
                            .map(|done| {
                                [
                                    done.at.clone(),
                                    crate::pages::account::access_action_text(l, &done.action),
                                    helper_text(l, &done.helper, done.desk.as_deref()),
                                ]
                            })
                            .collect()
                    />
                }
                    .into_any()
            }}
        </section>
        <section aria-labelledby="help-new-title">
            <h2 id="help-new-title">{fl!(l, "help-new-title")}</h2>
            <form method="post" action="/mijn/hulp/code" class="editor-form">
                <CsrfField />
                <ScopeAndDuration prefix="" scope="view".to_owned() duration=3600 />
                <button type="submit" class="button">{fl!(l, "help-make-code")}</button>
            </form>
        </section>
    }
}

/// What the helper may do and for how long: the same choices for a code
/// (the citizen chooses) and for a consent on paper (the helper copies the
/// form). `prefix` keeps the field ids apart.
#[component]
fn ScopeAndDuration(prefix: &'static str, scope: String, duration: i64) -> impl IntoView {
    let l = use_i18n().loader();
    // The helper copies what the citizen signed: said from the helper's side.
    let for_helper = !prefix.is_empty();
    let (what, view_label, apply_label) = if for_helper {
        (
            fl!(l, "helper-paper-what"),
            fl!(l, "helper-paper-scope-view"),
            fl!(l, "helper-paper-scope-apply"),
        )
    } else {
        (
            fl!(l, "help-what"),
            fl!(l, "help-scope-view"),
            fl!(l, "help-scope-apply"),
        )
    };
    let option = |id: String, value: String, label: String| RadioOption {
        id,
        value,
        label,
        lang: None,
    };
    let scopes = [("view", view_label), ("apply", apply_label)]
        .into_iter()
        .map(|(value, label)| option(format!("{prefix}scope-{value}"), value.to_owned(), label))
        .collect();
    let durations = [
        (3_600, "hour", fl!(l, "help-one-hour")),
        (86_400, "day", fl!(l, "help-one-day")),
        (604_800, "week", fl!(l, "help-one-week")),
    ]
    .into_iter()
    .map(|(seconds, name, label)| {
        option(
            format!("{prefix}duration-{name}"),
            seconds.to_string(),
            label,
        )
    })
    .collect();
    view! {
        <RadioGroup legend=what name="scope" options=scopes checked=scope />
        <RadioGroup
            legend=fl!(l, "help-how-long")
            name="duration"
            options=durations
            checked=duration.to_string()
        />
    }
}

#[component]
fn ActiveHelp(entry: HelpEntry) -> impl IntoView {
    let l = use_i18n().loader();
    let helper = entry.helper.clone().unwrap_or_default();
    let who = helper_text(l, &helper, entry.desk.as_deref());
    view! {
        <li>
            {fl!(l, "help-active-entry", who = who, what = scope_text(l, &entry.scope), until = entry.until.clone())}
            {entry.paper.clone().map(|reference| view! { " " {fl!(l, "help-active-paper", reference = reference)} })}
            {entry.reason.clone().map(|reason| view! { " " {fl!(l, "help-active-reason", reason = reason)} })}
            <StopForm
                action="/mijn/hulp/stoppen"
                id=entry.id
                label=fl!(l, "help-stop-helper", name = helper)
                until=entry.until.clone()
            />
        </li>
    }
}

/// A button that stops one help (or withdraws a code). With `until`, its
/// accessible name also says until when that help runs: the visible text
/// first (WCAG 2.5.3), so two buttons never sound the same.
#[component]
fn StopForm(
    action: &'static str,
    id: i32,
    label: String,
    #[prop(optional)] until: Option<String>,
) -> impl IntoView {
    let l = use_i18n().loader();
    let name = until.map(|until| fl!(l, "help-stop-name", stop = label.clone(), until = until));
    view! {
        <form method="post" action=action class="inline-form">
            <CsrfField />
            <input type="hidden" name="mandate" value=id.to_string() />
            <button type="submit" class="link-button" aria-label=name>{label}</button>
        </form>
    }
}

#[component]
pub fn HelperDeskPage() -> impl IntoView {
    let desk = Resource::new(|| (), |_| get_helper_desk());
    view! {
        <LoadedPage data=desk content=|desk| view! { <HelperDeskView desk /> } />
    }
}

/// The fields of the paper consent form (the error summary links to them).
const PAPER_RRN: &str = "helper-paper-rrn";
const PAPER_REFERENCE: &str = "helper-paper-reference";
const PAPER_CONFIRMED: &str = "helper-paper-confirmed";
const PAPER_REASON: &str = "helper-paper-reason";

/// The problems of a refused paper consent form, from the `fout` query
/// parameter the server sent back: (field id, message).
fn paper_problems(l: &FluentLanguageLoader, fout: &str) -> Vec<FieldError> {
    fout.split(',')
        .filter_map(|problem| {
            let (field_id, message) = match problem {
                "rrn-leeg" => (PAPER_RRN, fl!(l, "helper-paper-rrn-empty")),
                "rrn-vorm" => (PAPER_RRN, fl!(l, "helper-paper-rrn-shape")),
                "rrn-controle" => (PAPER_RRN, fl!(l, "helper-paper-rrn-check")),
                "onbekend" => (PAPER_RRN, fl!(l, "helper-paper-unknown")),
                "zelf" => (PAPER_RRN, fl!(l, "helper-paper-self")),
                "minderjarig" => (PAPER_RRN, fl!(l, "helper-paper-minor")),
                "formulier" => (PAPER_REFERENCE, fl!(l, "helper-paper-reference-error")),
                "formulier-teken" => (PAPER_REFERENCE, fl!(l, "label-hidden-characters")),
                "reden" => (PAPER_REASON, fl!(l, "helper-paper-reason-needed")),
                "reden-teken" => (PAPER_REASON, fl!(l, "label-hidden-characters")),
                "reden-lang" => (PAPER_REASON, fl!(l, "helper-paper-reason-long")),
                "bevestig" => (PAPER_CONFIRMED, fl!(l, "helper-paper-confirm-error")),
                _ => return None,
            };
            Some(FieldError {
                field_id: field_id.to_owned(),
                message,
            })
        })
        .collect()
}

/// The error to show at the field with this id, if any.
fn field_problem(problems: &[FieldError], id: &str) -> Option<String> {
    problems
        .iter()
        .find(|problem| problem.field_id == id)
        .map(|problem| problem.message.clone())
}

#[component]
fn HelperDeskView(desk: HelperDesk) -> impl IntoView {
    let l = use_i18n().loader();
    let title = fl!(l, "helper-title");
    let query = use_query_map().read_untracked();
    let notice = match query.get("melding").as_deref() {
        Some("aanvaard") => Some(fl!(l, "helper-accepted")),
        Some("vastgelegd") => Some(fl!(l, "helper-paper-recorded")),
        Some("gestopt") => Some(fl!(l, "help-stopped")),
        _ => None,
    };
    let fout = query.get("fout").unwrap_or_default();
    let problem = (fout == "code").then(|| fl!(l, "helper-bad-code"));
    let described = if problem.is_some() {
        "helper-code-error helper-code-hint"
    } else {
        "helper-code-hint"
    };
    let paper = paper_problems(l, &fout);
    let mut errors: Vec<FieldError> = problem
        .clone()
        .map(|message| FieldError {
            field_id: "helper-code".to_owned(),
            message,
        })
        .into_iter()
        .collect();
    errors.extend(paper.iter().cloned());
    let reference = query.get("formulier").unwrap_or_default();
    let reason = query.get("reden").unwrap_or_default();
    let scope = query
        .get("doel")
        .filter(|scope| scope == "apply")
        .unwrap_or_else(|| "view".to_owned());
    let duration = query
        .get("duur")
        .and_then(|duur| duur.parse::<i64>().ok())
        .filter(|duur| [3_600, 86_400, 604_800].contains(duur))
        .unwrap_or(3_600);
    view! {
        <FormErrors title=title.clone() errors=errors.clone() />
        <h1>{title}</h1>
        <StatusNotice text=notice />
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
        <PaperConsentForm problems=paper reference reason scope duration />
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
                                        {person
                                            .paper
                                            .clone()
                                            .map(|reference| view! { " " {fl!(l, "helper-helping-paper", reference = reference)} })}
                                        {person
                                            .reason
                                            .clone()
                                            .map(|reason| view! { " " {fl!(l, "helper-helping-reason", reason = reason)} })}
                                        " "
                                        <a href=format!("/hulp/burger/{}", person.id)>
                                            {fl!(l, "helper-view-data", name = person.name.clone())}
                                        </a>
                                        <StopForm
                                            action="/hulp/stoppen"
                                            id=person.id
                                            label=fl!(l, "helper-stop", name = person.name.clone())
                                            until=person.until.clone()
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

/// For someone who cannot sign in: the helper records the consent the
/// person signed on paper at the desk.
#[component]
fn PaperConsentForm(
    problems: Vec<FieldError>,
    reference: String,
    reason: String,
    scope: String,
    duration: i64,
) -> impl IntoView {
    let l = use_i18n().loader();
    let rrn_problem = field_problem(&problems, PAPER_RRN);
    let reference_problem = field_problem(&problems, PAPER_REFERENCE);
    let confirm_problem = field_problem(&problems, PAPER_CONFIRMED);
    let reason_problem = field_problem(&problems, PAPER_REASON);
    let described = |hint: &str, problem: &Option<String>, error: &str| {
        if problem.is_some() {
            format!("{error} {hint}")
        } else {
            hint.to_owned()
        }
    };
    let field_class = |problem: &Option<String>| {
        if problem.is_some() {
            "field field--error"
        } else {
            "field"
        }
    };
    view! {
        <section aria-labelledby="helper-paper-title">
            <h2 id="helper-paper-title">{fl!(l, "helper-paper-title")}</h2>
            <p>{fl!(l, "helper-paper-intro")}</p>
            <form method="post" action="/hulp/papier" class="editor-form" novalidate>
                <CsrfField />
                <div class=field_class(&rrn_problem)>
                    <label class="field__label" for=PAPER_RRN>{fl!(l, "helper-paper-rrn-label")}</label>
                    <p id="helper-paper-rrn-hint" class="field__hint">{fl!(l, "helper-paper-rrn-hint")}</p>
                    {rrn_problem.clone().map(|message| view! { <FieldErrorText id="helper-paper-rrn-error" message /> })}
                    <input
                        class="field__input"
                        id=PAPER_RRN
                        name="rrn"
                        type="text"
                        inputmode="numeric"
                        autocomplete="off"
                        maxlength="20"
                        aria-invalid=rrn_problem.is_some().then_some("true")
                        aria-describedby=described("helper-paper-rrn-hint", &rrn_problem, "helper-paper-rrn-error")
                    />
                </div>
                <div class=field_class(&reference_problem)>
                    <label class="field__label" for=PAPER_REFERENCE>{fl!(l, "helper-paper-reference-label")}</label>
                    <p id="helper-paper-reference-hint" class="field__hint">{fl!(l, "helper-paper-reference-hint")}</p>
                    {reference_problem
                        .clone()
                        .map(|message| view! { <FieldErrorText id="helper-paper-reference-error" message /> })}
                    <input
                        class="field__input"
                        id=PAPER_REFERENCE
                        name="reference"
                        type="text"
                        autocomplete="off"
                        maxlength="40"
                        value=reference
                        aria-invalid=reference_problem.is_some().then_some("true")
                        aria-describedby=described(
                            "helper-paper-reference-hint",
                            &reference_problem,
                            "helper-paper-reference-error",
                        )
                    />
                </div>
                <div class=field_class(&reason_problem)>
                    <label class="field__label" for=PAPER_REASON>{fl!(l, "helper-paper-reason-label")}</label>
                    <p id="helper-paper-reason-hint" class="field__hint">{fl!(l, "helper-paper-reason-hint")}</p>
                    {reason_problem
                        .clone()
                        .map(|message| view! { <FieldErrorText id="helper-paper-reason-error" message /> })}
                    <input
                        class="field__input"
                        id=PAPER_REASON
                        name="reason"
                        type="text"
                        autocomplete="off"
                        maxlength="200"
                        value=reason
                        aria-invalid=reason_problem.is_some().then_some("true")
                        aria-describedby=described(
                            "helper-paper-reason-hint",
                            &reason_problem,
                            "helper-paper-reason-error",
                        )
                    />
                </div>
                <ScopeAndDuration prefix="paper-" scope duration />
                <div class=field_class(&confirm_problem)>
                    {confirm_problem
                        .clone()
                        .map(|message| view! { <FieldErrorText id="helper-paper-confirmed-error" message /> })}
                    <div class="field--checkbox">
                        <input
                            id=PAPER_CONFIRMED
                            name="confirmed"
                            type="checkbox"
                            value="ja"
                            aria-invalid=confirm_problem.is_some().then_some("true")
                            aria-describedby=confirm_problem.is_some().then_some("helper-paper-confirmed-error")
                        />
                        <label for=PAPER_CONFIRMED>{fl!(l, "helper-paper-confirm")}</label>
                    </div>
                </div>
                <button type="submit" class="button">{fl!(l, "helper-paper-submit")}</button>
            </form>
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
        <LoadedPage data=profile content=|profile| view! { <HelpedProfileView profile /> } />
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
    let (saved, email_problem) = crate::pages::account::contact_outcome(l);
    let query = use_query_map().read_untracked();
    let code_problem =
        (query.get("fout").as_deref() == Some("code")).then(|| fl!(l, "helped-code-wrong"));
    let saved = match query.get("melding").as_deref() {
        Some("code") => Some(fl!(l, "helped-code-sent", name = profile.name.clone())),
        _ => saved,
    };
    let mut errors = crate::pages::account::contact_errors(email_problem.clone());
    if let Some(message) = code_problem.clone() {
        errors.push(FieldError {
            field_id: "contact-code".to_owned(),
            message,
        });
    }
    view! {
        <FormErrors title=title.clone() errors />
        <p class="notice notice--inline helping-banner">
            {fl!(
                l, "helped-banner", name = profile.name.clone(), what = scope_text(l, & profile.scope), until = profile
                .until.clone()
            )}
        </p>
        <p><a href="/hulp">{fl!(l, "helped-back")}</a></p>
        <h1>{title}</h1>
        <StatusNotice text=saved />
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
        {(profile.scope == "apply")
            .then(|| {
                view! {
                    <crate::pages::account::ContactForm
                        guest=profile.guest
                        email=profile.email.clone().unwrap_or_default()
                        language=profile.language.clone()
                        problem=email_problem.clone()
                        mandate=profile.mandate
                        name=profile.name.clone()
                    />
                    {profile
                        .pending_email
                        .clone()
                        .map(|pending| {
                            view! {
                                <ConfirmEmailForm
                                    mandate=profile.mandate
                                    name=profile.name.clone()
                                    pending
                                    problem=code_problem.clone()
                                />
                            }
                        })}
                }
            })}
        <h2>{fl!(l, "helped-done-title", name = profile.name.clone())}</h2>
        <ul class="help-list">
            {profile
                .done
                .iter()
                .map(|done| {
                    let what = match done.action.as_str() {
                        "mandate.accept" => fl!(l, "helped-done-start"),
                        "mandate.record" => fl!(l, "helped-done-paper"),
                        "mandate.end" => fl!(l, "helped-done-end"),
                        "person.read" => fl!(l, "helped-done-read"),
                        "person.contact" => fl!(l, "helped-done-contact"),
                        _ => fl!(l, "helped-done-other"),
                    };
                    view! { <li>{format!("{}: {what}", done.at)}</li> }
                })
                .collect_view()}
        </ul>
        <p>{fl!(l, "helped-logged", name = profile.name.clone())}</p>
    }
}

/// The new address a helper typed waits for its owner: the code sent to it,
/// read out by the citizen, typed here.
#[component]
fn ConfirmEmailForm(
    mandate: i32,
    name: String,
    pending: String,
    problem: Option<String>,
) -> impl IntoView {
    let l = use_i18n().loader();
    let described = if problem.is_some() {
        "contact-code-error contact-code-hint"
    } else {
        "contact-code-hint"
    };
    view! {
        <section aria-labelledby="contact-code-title">
            <h2 id="contact-code-title">{fl!(l, "helped-code-title")}</h2>
            <p>{fl!(l, "helped-pending", email = pending)}</p>
            <form method="post" action="/hulp/burger/contact/bevestigen" class="editor-form" novalidate>
                <CsrfField />
                <input type="hidden" name="mandate" value=mandate.to_string() />
                <div class=if problem.is_some() { "field field--error" } else { "field" }>
                    <label class="field__label" for="contact-code">{fl!(l, "helped-code-label")}</label>
                    <p id="contact-code-hint" class="field__hint">
                        {fl!(l, "helped-code-hint", name = name, minutes = crate::model::EMAIL_CODE_MINUTES)}
                    </p>
                    {problem.clone().map(|message| view! { <FieldErrorText id="contact-code-error" message /> })}
                    <input
                        class="field__input"
                        id="contact-code"
                        name="code"
                        type="text"
                        inputmode="numeric"
                        autocomplete="off"
                        maxlength="12"
                        aria-invalid=problem.is_some().then_some("true")
                        aria-describedby=described
                    />
                </div>
                <button type="submit" class="button">{fl!(l, "helped-code-submit")}</button>
            </form>
        </section>
    }
}

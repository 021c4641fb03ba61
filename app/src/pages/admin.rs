//! The role screen (`/beheer/rollen`): an admin gives and withdraws the roles
//! of staff, per municipality and department. Plain forms; every change is
//! checked again on the server and written to the audit log.

use crate::api::get_role_admin;
use crate::components::error::{FieldError, FieldErrorText, FormErrors};
use crate::components::layout::{CsrfField, LoadedPage};
use crate::i18n::use_i18n;
use crate::model::{RoleAdmin, StaffPerson};
use crate::pages::account::{role_label, role_text};
use i18n_embed_fl::fl;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn RoleAdminPage() -> impl IntoView {
    let admin = Resource::new(|| (), |_| get_role_admin());
    view! {
        <LoadedPage data=admin content=|admin| view! { <RoleAdminView admin /> } />
    }
}

#[component]
fn RoleAdminView(admin: RoleAdmin) -> impl IntoView {
    let l = use_i18n().loader();
    let title = fl!(l, "roles-title");
    let done = use_query_map().read_untracked().get("gedaan");
    let message = match done.as_deref() {
        Some("toegekend") => Some(fl!(l, "roles-granted")),
        Some("ingetrokken") => Some(fl!(l, "roles-revoked")),
        _ => None,
    };
    // A department the server refused, on one person's card.
    let query = use_query_map().read_untracked();
    let problem = (query.get("fout").as_deref() == Some("dienst"))
        .then(|| query.get("persoon").and_then(|id| id.parse::<i32>().ok()))
        .flatten()
        .filter(|id| admin.people.iter().any(|person| person.id == *id))
        .map(|id| FieldError {
            field_id: format!("department-{id}"),
            message: fl!(l, "roles-department-error"),
        });
    let admin = StoredValue::new(admin);
    view! {
        <FormErrors title=title.clone() errors=problem.clone().into_iter().collect() />
        <h1>{title}</h1>
        <div role="status">{message.map(|text| view! { <p class="notice notice--inline">{text}</p> })}</div>
        <p>{fl!(l, "roles-intro")}</p>
        {admin
            .with_value(|admin| admin.people.clone())
            .into_iter()
            .map(|person| {
                let problem = problem
                    .clone()
                    .filter(|problem| problem.field_id == format!("department-{}", person.id))
                    .map(|problem| problem.message);
                view! { <StaffCard person admin problem /> }
            })
            .collect_view()}
    }
}

#[component]
fn StaffCard(
    person: StaffPerson,
    admin: StoredValue<RoleAdmin>,
    problem: Option<String>,
) -> impl IntoView {
    let l = use_i18n().loader();
    let heading = format!("staff-{}", person.id);
    let labelled_by = heading.clone();
    let role_id = format!("role-{}", person.id);
    let place_id = format!("place-{}", person.id);
    let department_id = format!("department-{}", person.id);
    let department_error = format!("department-{}-error", person.id);
    let (roles, places) = admin.with_value(|admin| (admin.roles.clone(), admin.places.clone()));
    view! {
        <section class="staff-card" aria-labelledby=labelled_by>
            <h2 id=heading>{person.name.clone()}</h2>
            {if person.roles.is_empty() {
                view! { <p>{fl!(l, "roles-none")}</p> }.into_any()
            } else {
                view! {
                    <ul class="staff-card__roles">
                        {person
                            .roles
                            .iter()
                            .map(|held| {
                                let text = role_text(l, &held.role);
                                let label = fl!(l, "roles-revoke-label", role = text.clone(), name = person.name.clone());
                                view! {
                                    <li>
                                        {text}
                                        {held
                                            .can_revoke
                                            .then(|| {
                                                view! {
                                                    <form method="post" action="/beheer/rollen/intrekken" class="inline-form">
                                                        <CsrfField />
                                                        <input type="hidden" name="role" value=held.id.to_string() />
                                                        <button type="submit" class="link-button" aria-label=label>
                                                            {fl!(l, "roles-revoke")}
                                                        </button>
                                                    </form>
                                                }
                                            })}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                    .into_any()
            }}
            {person.is_self.then(|| view! { <p>{fl!(l, "roles-not-self")}</p> })}
            {(!person.is_self)
                .then(|| {
                    view! {
                    <form method="post" action="/beheer/rollen/toekennen" class="grant-form">
                        <CsrfField />
                        <input type="hidden" name="person" value=person.id.to_string() />
                        <div class="field">
                            <label for=role_id.clone()>{fl!(l, "roles-role")}</label>
                            <select class="field__input" id=role_id name="role">
                                {roles
                                    .iter()
                                    .map(|role| view! { <option value=role.clone()>{role_label(l, role)}</option> })
                                    .collect_view()}
                            </select>
                        </div>
                        <div class="field">
                            <label for=place_id.clone()>{fl!(l, "roles-place")}</label>
                            <select class="field__input" id=place_id name="place">
                                {places
                                    .iter()
                                    .map(|place| {
                                        let name = if place.value == "regio" {
                                            fl!(l, "role-whole-region")
                                        } else {
                                            place.name.clone()
                                        };
                                        view! { <option value=place.value.clone()>{name}</option> }
                                    })
                                    .collect_view()}
                            </select>
                        </div>
                        <div class=if problem.is_some() { "field field--error" } else { "field" }>
                            <label for=department_id.clone()>{fl!(l, "roles-department")}</label>
                            {problem
                                .clone()
                                .map(|message| view! { <FieldErrorText id=department_error.clone() message /> })}
                            <input
                                class="field__input"
                                id=department_id
                                name="department"
                                type="text"
                                maxlength="80"
                                autocomplete="off"
                                aria-invalid=problem.is_some().then_some("true")
                                aria-describedby=problem.is_some().then_some(department_error.clone())
                            />
                        </div>
                        <button type="submit" class="button">
                            {fl!(l, "roles-grant", name = person.name.clone())}
                        </button>
                    </form>
                    }
                })}
        </section>
    }
}

//! Giving and withdrawing staff roles (the role screen's forms). The server
//! decides, for every request: signed in, an admin, and an admin *of the
//! municipality the role is in* (only a regional admin manages regional
//! roles and gives `regional_admin`). Every change and every refusal is
//! audited in the same transaction as the change.

use crate::http::error_response;
use crate::session::actor_of;
use app::auth::{ROLES, RequestOrigin, SignedIn, Visitor};
use app::error::{AppError, ErrorCode};
use app::state::AppState;
use axum::extract::{Form, FromRequest, Request, State};
use axum::response::{IntoResponse, Response};
use db::audit::{Actor, Event, Origin};
use db::identity::{self, NewRole};
use db::sea_orm::EntityTrait;
use http::StatusCode;
use http::header::{self, HeaderValue};
use serde::Deserialize;

/// The signed-in person and where the request came from; `None` when
/// nobody is signed in.
fn admin_of(request: &Request) -> Option<(SignedIn, Origin)> {
    let origin = request
        .extensions()
        .get::<RequestOrigin>()
        .map(|origin| origin.0.clone())
        .unwrap_or_default();
    let signed_in = request
        .extensions()
        .get::<Visitor>()
        .and_then(|visitor| visitor.signed_in.clone())?;
    Some((signed_in, origin))
}

/// The audit actor: the admin, in the admin role they used.
fn admin_actor(admin: &SignedIn, municipality_id: Option<i32>) -> Actor {
    let held = admin.acting_role(municipality_id);
    Actor {
        role: held.map(|role| role.role.clone()),
        municipality_id: held.and_then(|role| role.municipality_id),
        department: held.and_then(|role| role.department.clone()),
        ..actor_of(admin)
    }
}

async fn refuse(
    state: &AppState,
    admin: &SignedIn,
    origin: &Origin,
    action: &str,
    object: String,
    reason: &str,
) -> Response {
    let event = Event {
        actor: admin_actor(admin, None),
        subject_id: None,
        action,
        outcome: "refused",
        object: Some(object),
        reason: Some(reason.to_owned()),
    };
    if let Err(error) = db::audit::record(&state.db, event, origin, db::now()).await {
        tracing::error!(%error, "audit entry for a refused role change not written");
    }
    error_response(ErrorCode::Forbidden)
}

fn back(done: &str) -> Response {
    let location = HeaderValue::from_str(&format!("/beheer/rollen?gedaan={done}"))
        .unwrap_or_else(|_| HeaderValue::from_static("/beheer/rollen"));
    (StatusCode::SEE_OTHER, [(header::LOCATION, location)]).into_response()
}

/// Longest department name.
const DEPARTMENT_MAX: usize = 80;

/// Back to the role screen with a problem at the department field of
/// `person`'s card.
fn back_with_problem(person: i32, problem: &str) -> Response {
    let location = app::components::error::form_errors_location(&format!(
        "/beheer/rollen?fout={problem}&persoon={person}"
    ));
    let location = HeaderValue::from_str(&location)
        .unwrap_or_else(|_| HeaderValue::from_static("/beheer/rollen"));
    (StatusCode::SEE_OTHER, [(header::LOCATION, location)]).into_response()
}

#[derive(Deserialize)]
pub struct GrantForm {
    person: i32,
    role: String,
    /// A municipality id, or `regio`.
    place: String,
    #[serde(default)]
    department: String,
}

pub async fn grant(State(state): State<AppState>, request: Request) -> Response {
    let Some((admin, origin)) = admin_of(&request) else {
        return error_response(ErrorCode::SignInRequired);
    };
    let Ok(Form(form)) = Form::<GrantForm>::from_request(request, &state).await else {
        return error_response(ErrorCode::BadRequest);
    };
    let municipality_id = match form.place.as_str() {
        "regio" => None,
        id => match id.parse::<i32>() {
            Ok(id) => Some(id),
            Err(_) => return error_response(ErrorCode::BadRequest),
        },
    };
    let valid = ROLES.contains(&form.role.as_str())
        // A regional admin is regional, and the region has no departments of its own to check.
        && (form.role != "regional_admin" || municipality_id.is_none());
    if !valid {
        return error_response(ErrorCode::BadRequest);
    }
    let object = format!("person:{} {} in {}", form.person, form.role, form.place);
    // Every privilege comes from someone else: no admin gives themself a
    // role, whatever the role, the place or the department.
    if form.person == admin.person.id {
        let reason = "a role for themself";
        return refuse(&state, &admin, &origin, "role.grant", object, reason).await;
    }
    let allowed = admin.may_manage_roles_in(municipality_id)
        && (form.role != "regional_admin" || admin.is_regional_admin());
    if !allowed {
        let reason = "not an admin there";
        return refuse(&state, &admin, &origin, "role.grant", object, reason).await;
    }
    // The department is read by others (also by citizens, in "who viewed
    // my data"): nothing hidden in it. Said at the field; nothing written.
    let department = match app::model::label::clean_label(&form.department, DEPARTMENT_MAX) {
        Ok(department) => department,
        Err(_) => return back_with_problem(form.person, "dienst"),
    };
    let department = department.as_str();
    let now = db::now();
    let result = async {
        let txn = db::begin_write(&state.db).await?;
        let Some(person) = identity::person(&txn, form.person).await? else {
            return Ok(None);
        };
        let known_place = match municipality_id {
            Some(id) => db::entities::municipality::Entity::find_by_id(id)
                .one(&txn)
                .await?
                .is_some(),
            None => true,
        };
        if person.kind != "staff" || !known_place {
            return Ok(None);
        }
        let row = identity::grant_role(
            &txn,
            NewRole {
                person_id: person.id,
                municipality_id,
                department: (!department.is_empty()).then_some(department),
                role: &form.role,
                granted_by: admin.person.id,
            },
            now,
        )
        .await?;
        let event = Event {
            actor: admin_actor(&admin, municipality_id),
            subject_id: Some(person.id),
            action: "role.grant",
            outcome: "ok",
            object: Some(format!("staff_role:{}", row.id)),
            reason: Some(object.clone()),
        };
        db::audit::record(&txn, event, &origin, now).await?;
        txn.commit().await?;
        Ok::<_, db::DbErr>(Some(()))
    }
    .await;
    match result {
        Ok(Some(())) => back("toegekend"),
        // Not staff, or no such person or municipality: nothing changed.
        Ok(None) => error_response(ErrorCode::BadRequest),
        Err(error) => error_response(AppError::from(error).code),
    }
}

#[derive(Deserialize)]
pub struct RevokeForm {
    role: i32,
}

pub async fn revoke(State(state): State<AppState>, request: Request) -> Response {
    let Some((admin, origin)) = admin_of(&request) else {
        return error_response(ErrorCode::SignInRequired);
    };
    let Ok(Form(form)) = Form::<RevokeForm>::from_request(request, &state).await else {
        return error_response(ErrorCode::BadRequest);
    };
    let row = match identity::role(&state.db, form.role).await {
        Ok(Some(row)) => row,
        Ok(None) => return error_response(ErrorCode::NotFound),
        Err(error) => return error_response(AppError::from(error).code),
    };
    let object = format!("staff_role:{}", row.id);
    let own_admin_role = row.person_id == admin.person.id
        && matches!(row.role.as_str(), "municipal_admin" | "regional_admin");
    if !admin.may_manage_roles_in(row.municipality_id)
        || (row.role == "regional_admin" && !admin.is_regional_admin())
        || own_admin_role
    {
        let reason = "not an admin there, or their own admin role";
        return refuse(&state, &admin, &origin, "role.revoke", object, reason).await;
    }
    let now = db::now();
    let result = async {
        let txn = db::begin_write(&state.db).await?;
        let removed = identity::revoke_role(&txn, row.id).await?;
        let event = Event {
            actor: admin_actor(&admin, row.municipality_id),
            subject_id: Some(row.person_id),
            action: "role.revoke",
            outcome: "ok",
            object: Some(object.clone()),
            reason: Some(format!(
                "{} in {}",
                row.role,
                row.municipality_id
                    .map_or_else(|| "regio".to_owned(), |id| id.to_string())
            )),
        };
        if removed {
            db::audit::record(&txn, event, &origin, now).await?;
            // Help is given at a desk: without the role, the helper's
            // mandates end with it (so they do not work again when the
            // role is given back), each audited for the citizen.
            if row.role == "helper" {
                let ended =
                    db::mandate::end_all_of_helper(&txn, row.person_id, admin.person.id, now)
                        .await?;
                for mandate in ended {
                    let event = Event {
                        actor: admin_actor(&admin, row.municipality_id),
                        subject_id: Some(mandate.citizen_id),
                        action: "mandate.end",
                        outcome: "ok",
                        object: Some(format!("mandate:{}", mandate.id)),
                        reason: Some(format!("helper role withdrawn ({object})")),
                    };
                    db::audit::record(&txn, event, &origin, now).await?;
                }
            }
        }
        txn.commit().await?;
        Ok::<_, db::DbErr>(removed)
    }
    .await;
    match result {
        Ok(true) => back("ingetrokken"),
        Ok(false) => error_response(ErrorCode::NotFound),
        Err(error) => error_response(AppError::from(error).code),
    }
}

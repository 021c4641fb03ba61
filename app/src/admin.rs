//! The role screen as data (server only): which staff an admin sees and which
//! roles they may give or withdraw. The same rules are checked again by the
//! form handlers in `server::admin`; this only decides what to show.

use crate::auth::{ROLES, SignedIn};
use crate::error::{AppError, ErrorCode};
use crate::model::{HeldRole, PlaceOption, ProfileRole, RoleAdmin, StaffPerson};
use crate::state::AppState;

pub async fn role_admin(state: &AppState, signed_in: &SignedIn) -> Result<RoleAdmin, AppError> {
    if !signed_in.is_role_admin() {
        return Err(AppError::new(ErrorCode::Forbidden));
    }
    let snapshot = state.directory.snapshot().await?;
    let name_of = |id: Option<i32>| id.and_then(|id| snapshot.municipality_name(id));
    let mut places: Vec<PlaceOption> = snapshot
        .ids
        .values()
        .filter(|id| signed_in.may_manage_roles_in(Some(**id)))
        .filter_map(|id| {
            name_of(Some(*id)).map(|name| PlaceOption {
                value: id.to_string(),
                name,
            })
        })
        .collect();
    places.sort_by(|a, b| a.name.cmp(&b.name));
    if signed_in.may_manage_roles_in(None) {
        places.insert(
            0,
            PlaceOption {
                value: "regio".to_owned(),
                name: String::new(),
            },
        );
    }
    let roles = ROLES
        .iter()
        .filter(|role| **role != "regional_admin" || signed_in.is_regional_admin())
        .map(|role| (*role).to_owned())
        .collect();
    let all_roles = db::identity::all_roles(&state.db).await?;
    let people = db::identity::staff_people(&state.db)
        .await?
        .into_iter()
        .filter_map(|person| {
            let held: Vec<_> = all_roles
                .iter()
                .filter(|role| role.person_id == person.id)
                .collect();
            let visible = held.is_empty()
                || held
                    .iter()
                    .any(|role| signed_in.may_manage_roles_in(role.municipality_id));
            visible.then(|| StaffPerson {
                id: person.id,
                is_self: person.id == signed_in.person.id,
                name: format!("{} {}", person.given_name, person.family_name),
                roles: held
                    .into_iter()
                    .map(|role| HeldRole {
                        id: role.id,
                        can_revoke: signed_in.may_manage_roles_in(role.municipality_id)
                            && !(person.id == signed_in.person.id
                                && matches!(
                                    role.role.as_str(),
                                    "municipal_admin" | "regional_admin"
                                )),
                        role: ProfileRole {
                            role: role.role.clone(),
                            municipality: name_of(role.municipality_id),
                            department: role.department.clone(),
                        },
                    })
                    .collect(),
            })
        })
        .collect();
    Ok(RoleAdmin {
        places,
        roles,
        people,
    })
}

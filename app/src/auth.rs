//! Who is asking (server only): the visitor of a request as the server's
//! session layer found it, the cookie names, and the checks that every
//! server function and page uses before it shows or changes personal data.

use crate::error::{AppError, ErrorCode};
use db::entities::{person, staff_role};
use db::identity::{Assurance, SessionLimits};

/// Name of the session cookie: `__Host-` (Secure, whole site, no Domain)
/// when cookies are secure; plain on http://localhost during development.
pub fn session_cookie_name(secure: bool) -> &'static str {
    if secure {
        "__Host-ewh_session"
    } else {
        "ewh_session"
    }
}

/// Name of the cookie that binds forms to a browser before anyone signs in.
pub fn csrf_cookie_name(secure: bool) -> &'static str {
    if secure {
        "__Host-ewh_csrf"
    } else {
        "ewh_csrf"
    }
}

/// The form field (and header, `x-csrf-token`) that carries the token.
pub const CSRF_FIELD: &str = "csrf";

/// The roles staff can hold, in the order screens list them.
pub const ROLES: [&str; 6] = [
    "clerk",
    "team_lead",
    "municipal_admin",
    "catalogue_editor",
    "helper",
    "regional_admin",
];

/// The visitor of one request. Always present on page and form requests.
#[derive(Clone, Debug)]
pub struct Visitor {
    /// The token every state-changing request must bring back: the session's
    /// when signed in, else the browser's pre-session cookie.
    pub csrf_token: String,
    pub signed_in: Option<SignedIn>,
}

/// A signed-in person and their session.
#[derive(Clone, Debug)]
pub struct SignedIn {
    pub session_id: i32,
    pub person: person::Model,
    pub assurance: Assurance,
    /// demo, acm, guest
    pub method: String,
    pub roles: Vec<staff_role::Model>,
    /// When the session ends if nothing happens (seconds since 1970, UTC).
    pub ends_at: i64,
    /// The absolute end, whatever happens.
    pub expires_at: i64,
    pub limits: SessionLimits,
}

impl SignedIn {
    /// The name to show; a guest who signed in with a code has told us no
    /// name, only an e-mail address, so that is what they see.
    pub fn display_name(&self) -> String {
        let name = format!("{} {}", self.person.given_name, self.person.family_name);
        let name = name.trim();
        match &self.person.email {
            Some(email) if name.is_empty() => email.clone(),
            _ => name.to_owned(),
        }
    }

    /// Holds `role` in the municipality (or any role for the whole region
    /// given by `None` in the row).
    pub fn has_role(&self, role: &str, municipality_id: Option<i32>) -> bool {
        self.roles.iter().any(|held| {
            held.role == role
                && (held.municipality_id.is_none() || held.municipality_id == municipality_id)
        })
    }

    pub fn is_staff(&self) -> bool {
        !self.roles.is_empty()
    }

    pub fn is_regional_admin(&self) -> bool {
        self.roles
            .iter()
            .any(|held| held.role == "regional_admin" && held.municipality_id.is_none())
    }

    /// May assign and withdraw roles in this municipality (`None`: the whole
    /// region, which only a regional admin may).
    pub fn may_manage_roles_in(&self, municipality_id: Option<i32>) -> bool {
        self.is_regional_admin()
            || municipality_id.is_some_and(|id| {
                self.roles
                    .iter()
                    .any(|held| held.role == "municipal_admin" && held.municipality_id == Some(id))
            })
    }

    /// Manages roles somewhere (sees the role screen).
    /// Their role at a digital help desk, if they have one.
    pub fn helper_role(&self) -> Option<&staff_role::Model> {
        self.roles.iter().find(|held| held.role == "helper")
    }

    pub fn is_role_admin(&self) -> bool {
        self.is_regional_admin() || self.roles.iter().any(|held| held.role == "municipal_admin")
    }

    /// May edit the regional products (concepts) and add new ones: a
    /// catalogue editor for the whole region, or the regional admin.
    pub fn may_edit_concepts(&self) -> bool {
        self.is_regional_admin()
            || self
                .roles
                .iter()
                .any(|held| held.role == "catalogue_editor" && held.municipality_id.is_none())
    }

    /// May edit how one municipality offers products: that municipality's
    /// catalogue editor or admin, or the regional admin. (A regional
    /// catalogue editor writes the region's texts, not a municipality's
    /// fees and channels.)
    pub fn may_edit_instances_in(&self, municipality_id: i32) -> bool {
        self.is_regional_admin()
            || self.roles.iter().any(|held| {
                matches!(held.role.as_str(), "catalogue_editor" | "municipal_admin")
                    && held.municipality_id == Some(municipality_id)
            })
    }

    /// Edits the catalogue somewhere (sees the catalogue editing screens).
    pub fn edits_catalogue(&self) -> bool {
        self.may_edit_concepts()
            || self.roles.iter().any(|held| {
                matches!(held.role.as_str(), "catalogue_editor" | "municipal_admin")
                    && held.municipality_id.is_some()
            })
    }

    /// The role to write down for a catalogue change in `municipality_id`
    /// (`None`: the regional products).
    pub fn catalogue_role(&self, municipality_id: Option<i32>) -> Option<&staff_role::Model> {
        let in_place = |role: &str| {
            self.roles
                .iter()
                .find(|held| held.role == role && held.municipality_id == municipality_id)
        };
        in_place("catalogue_editor")
            .or_else(|| municipality_id.and_then(|_| in_place("municipal_admin")))
            .or_else(|| self.roles.iter().find(|held| held.role == "regional_admin"))
    }

    /// The role to write in the audit log for an action in `municipality_id`.
    pub fn acting_role(&self, municipality_id: Option<i32>) -> Option<&staff_role::Model> {
        self.roles
            .iter()
            .find(|held| held.role == "regional_admin")
            .or_else(|| {
                self.roles.iter().find(|held| {
                    held.role == "municipal_admin" && held.municipality_id == municipality_id
                })
            })
    }
}

/// Where the request came from, for the audit log.
#[derive(Clone, Debug, Default)]
pub struct RequestOrigin(pub db::audit::Origin);

/// The visitor of the request being handled, from the request's extensions.
pub fn visitor() -> Option<Visitor> {
    let parts = leptos::prelude::use_context::<http::request::Parts>()?;
    parts.extensions.get::<Visitor>().cloned()
}

/// The signed-in person, or `SignInRequired` (the page then offers to sign in).
pub fn require_signed_in() -> Result<SignedIn, AppError> {
    visitor()
        .and_then(|visitor| visitor.signed_in)
        .ok_or_else(|| AppError::new(ErrorCode::SignInRequired))
}

/// The origin of the request being handled.
pub fn request_origin() -> db::audit::Origin {
    leptos::prelude::use_context::<http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<RequestOrigin>().cloned())
        .map(|origin| origin.0)
        .unwrap_or_default()
}

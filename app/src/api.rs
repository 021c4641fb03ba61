//! Server functions: the only way the browser reads data. Each returns
//! `Result<T, AppError>` and never sends a database error to the client.
//!
//! Reads are GET (`input = GetUrl`): they change nothing, so they need no
//! CSRF token. Everything else is POST and must carry the visitor's token
//! (the session layer refuses it otherwise).

use crate::error::AppError;
use crate::i18n::Lang;
use crate::model::{
    AccessEntry, Catalogue, Inventory, MunicipalityCard, MunicipalityPage, ProductPage, Profile,
    RoleAdmin, Sessions, SignInOptions, Suggestion,
};
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

/// The active municipalities of the region, alphabetically.
#[server(endpoint = "municipalities", input = GetUrl)]
#[cfg_attr(feature = "ssr", tracing::instrument)]
pub async fn list_municipalities() -> Result<Vec<MunicipalityCard>, AppError> {
    let state = crate::state::app_state()?;
    Ok(state.directory.snapshot().await?.cards.clone())
}

/// One active municipality with its contact details and opening hours.
#[server(endpoint = "municipality", input = GetUrl)]
#[cfg_attr(feature = "ssr", tracing::instrument)]
pub async fn get_municipality(slug: String) -> Result<MunicipalityPage, AppError> {
    let state = crate::state::app_state()?;
    state
        .directory
        .snapshot()
        .await?
        .pages
        .get(&slug)
        .cloned()
        .ok_or_else(AppError::not_found)
}

/// A municipality's catalogue (the region's without `slug`) in a language
/// (Dutch where not translated), narrowed to a search when `query` is not empty.
#[server(endpoint = "catalogue", input = GetUrl)]
#[cfg_attr(feature = "ssr", tracing::instrument)]
pub async fn get_catalogue(
    slug: Option<String>,
    lang: Lang,
    query: String,
) -> Result<Catalogue, AppError> {
    let state = crate::state::app_state()?;
    let directory = state.directory.snapshot().await?;
    crate::catalogue::catalogue(&state.db, &directory, slug.as_deref(), lang, &query).await
}

/// Products to suggest while someone types a search in a catalogue: at most
/// eight the municipality offers (without `slug`: the region), best first.
/// Shorter than two or longer than `SEARCH_MAX_CHARS` characters gives none;
/// an unknown municipality is `NotFound`.
#[server(endpoint = "suggest", input = GetUrl)]
#[cfg_attr(feature = "ssr", tracing::instrument)]
pub async fn suggest_products(
    slug: Option<String>,
    lang: Lang,
    query: String,
) -> Result<Vec<Suggestion>, AppError> {
    let state = crate::state::app_state()?;
    let directory = state.directory.snapshot().await?;
    crate::catalogue::suggestions(&state.db, &directory, slug.as_deref(), lang, &query).await
}

/// One product as a municipality offers it, with the other municipalities
/// (the region's page of it, with all of them, without `slug`).
#[server(endpoint = "product", input = GetUrl)]
#[cfg_attr(feature = "ssr", tracing::instrument)]
pub async fn get_product(
    slug: Option<String>,
    code: String,
    lang: Lang,
) -> Result<ProductPage, AppError> {
    let state = crate::state::app_state()?;
    let directory = state.directory.snapshot().await?;
    let mut page = crate::catalogue::product(&directory, slug.as_deref(), &code, lang)?;
    if let Some(signed_in) = crate::auth::visitor().and_then(|visitor| visitor.signed_in) {
        page.may_edit_region = signed_in.may_edit_concepts();
        page.may_edit_here = slug
            .as_ref()
            .and_then(|slug| directory.ids.get(slug))
            .is_some_and(|id| signed_in.may_edit_instances_in(*id));
        page.visitor = Some((signed_in.method, signed_in.assurance.as_str().to_owned()));
    }
    Ok(page)
}

/// The regional inventory: how every active municipality offers every product.
#[server(endpoint = "inventory", input = GetUrl)]
#[cfg_attr(feature = "ssr", tracing::instrument)]
pub async fn get_inventory(lang: Lang) -> Result<Inventory, AppError> {
    let state = crate::state::app_state()?;
    let directory = state.directory.snapshot().await?;
    Ok(crate::catalogue::inventory(&directory, lang))
}

/// What the sign-in page offers (demo personas only in a demo deployment).
#[server(endpoint = "sign-in-options", input = GetUrl)]
#[cfg_attr(feature = "ssr", tracing::instrument)]
pub async fn get_sign_in_options() -> Result<SignInOptions, AppError> {
    let state = crate::state::app_state()?;
    let signed_in = crate::auth::visitor().and_then(|visitor| visitor.signed_in);
    crate::account::sign_in_options(&state, signed_in.as_ref()).await
}

/// The signed-in person's own data, with where it came from.
#[server(endpoint = "profile", input = GetUrl)]
#[cfg_attr(feature = "ssr", tracing::instrument)]
pub async fn get_profile() -> Result<Profile, AppError> {
    let state = crate::state::app_state()?;
    let signed_in = crate::auth::require_signed_in()?;
    crate::account::profile(&state, &signed_in).await
}

/// The signed-in person's sessions that still count.
#[server(endpoint = "sessions", input = GetUrl)]
#[cfg_attr(feature = "ssr", tracing::instrument)]
pub async fn get_sessions() -> Result<Sessions, AppError> {
    let state = crate::state::app_state()?;
    let signed_in = crate::auth::require_signed_in()?;
    crate::account::sessions(&state, &signed_in).await
}

/// Keeps the session going (the time-out warning's button). `csrf` is the
/// visitor's token: the session layer checks it before this runs. Returns
/// the seconds until the session ends if nothing happens.
#[server(endpoint = "extend-session")]
#[cfg_attr(feature = "ssr", tracing::instrument(skip(csrf)))]
pub async fn extend_session(csrf: String) -> Result<i64, AppError> {
    let _ = csrf;
    let state = crate::state::app_state()?;
    let signed_in = crate::auth::require_signed_in()?;
    let now = db::now();
    db::identity::mark_seen(&state.db, signed_in.session_id, now).await?;
    // The absolute limit does not move.
    let ends_at = (now + signed_in.limits.idle_seconds).min(signed_in.expires_at);
    Ok((ends_at - now).max(0))
}

/// The path of [`get_session_status`]: the session layer reads the session
/// for it but never records activity, so asking does not extend it.
pub const SESSION_STATUS_PATH: &str = "/api/session-status";

/// How long the visitor's session lasts if nothing happens, as the server
/// sees it (another tab may have kept it going). Asking does not extend it.
/// Signed out: 0 seconds.
#[server(endpoint = "session-status", input = GetUrl)]
#[cfg_attr(feature = "ssr", tracing::instrument)]
pub async fn get_session_status() -> Result<crate::model::SessionLeft, AppError> {
    let now = db::now();
    Ok(match crate::auth::require_signed_in() {
        Ok(signed_in) => crate::account::session_left(signed_in.ends_at, now),
        Err(_) => crate::model::SessionLeft::default(),
    })
}

/// The role screen: staff this admin sees, and what they may give.
#[server(endpoint = "role-admin", input = GetUrl)]
#[cfg_attr(feature = "ssr", tracing::instrument)]
pub async fn get_role_admin() -> Result<RoleAdmin, AppError> {
    let state = crate::state::app_state()?;
    let signed_in = crate::auth::require_signed_in()?;
    crate::admin::role_admin(&state, &signed_in).await
}

/// Who on the staff read or changed the signed-in person's data.
#[server(endpoint = "access-log", input = GetUrl)]
#[cfg_attr(feature = "ssr", tracing::instrument)]
pub async fn get_access_log() -> Result<Vec<AccessEntry>, AppError> {
    let state = crate::state::app_state()?;
    let signed_in = crate::auth::require_signed_in()?;
    crate::account::access_log(&state, &signed_in).await
}

/// What the signed-in person may edit in the catalogue.
#[server(endpoint = "catalogue-admin", input = GetUrl)]
#[cfg_attr(feature = "ssr", tracing::instrument)]
pub async fn get_catalogue_admin() -> Result<crate::model::editor::CatalogueAdmin, AppError> {
    let state = crate::state::app_state()?;
    let signed_in = crate::auth::require_signed_in()?;
    crate::editor::overview(&state, &signed_in).await
}

/// The products of the region (`regio`) or of a municipality, to edit.
#[server(endpoint = "catalogue-scope", input = GetUrl)]
#[cfg_attr(feature = "ssr", tracing::instrument)]
pub async fn get_catalogue_scope(
    scope: String,
    lang: Lang,
) -> Result<crate::model::editor::ScopeList, AppError> {
    let state = crate::state::app_state()?;
    let signed_in = crate::auth::require_signed_in()?;
    crate::editor::scope_list(&state, &signed_in, &scope, lang).await
}

/// The edit page of one product in the region or a municipality.
#[server(endpoint = "product-editor", input = GetUrl)]
#[cfg_attr(feature = "ssr", tracing::instrument)]
pub async fn get_product_editor(
    scope: String,
    code: String,
    lang: Lang,
) -> Result<crate::model::editor::ProductEditor, AppError> {
    let state = crate::state::app_state()?;
    let signed_in = crate::auth::require_signed_in()?;
    crate::editor::editor(&state, &signed_in, &scope, &code, lang).await
}

/// What was published of a product, and by whom.
#[server(endpoint = "product-history", input = GetUrl)]
#[cfg_attr(feature = "ssr", tracing::instrument)]
pub async fn get_product_history(
    scope: String,
    code: String,
    lang: Lang,
) -> Result<crate::model::editor::ProductHistory, AppError> {
    let state = crate::state::app_state()?;
    let signed_in = crate::auth::require_signed_in()?;
    crate::editor::history(&state, &signed_in, &scope, &code, lang).await
}

/// "Help from a helper": the code just made, and who may help now.
#[server(endpoint = "help", input = GetUrl)]
#[cfg_attr(feature = "ssr", tracing::instrument)]
pub async fn get_help() -> Result<crate::model::HelpPage, AppError> {
    let state = crate::state::app_state()?;
    let signed_in = crate::auth::require_signed_in()?;
    let parts = use_context::<http::request::Parts>();
    let name = crate::help::code_cookie_name(state.site.secure_cookies);
    let cookie = parts
        .as_ref()
        .and_then(|parts| crate::security::cookie_value(&parts.headers, name));
    crate::help::help_page(&state, &signed_in, cookie).await
}

/// The help desk: the people this helper may help now.
#[server(endpoint = "helper-desk", input = GetUrl)]
#[cfg_attr(feature = "ssr", tracing::instrument)]
pub async fn get_helper_desk() -> Result<crate::model::HelperDesk, AppError> {
    let state = crate::state::app_state()?;
    let signed_in = crate::auth::require_signed_in()?;
    crate::help::helper_desk(&state, &signed_in).await
}

/// What a parent or legal representative sees of the person they may act
/// for (audited on every look).
#[server(endpoint = "represented-profile", input = GetUrl)]
#[cfg_attr(feature = "ssr", tracing::instrument)]
pub async fn get_represented_profile(
    person: i32,
) -> Result<crate::model::RepresentedProfile, AppError> {
    let state = crate::state::app_state()?;
    let signed_in = crate::auth::require_signed_in()?;
    let origin = crate::auth::request_origin();
    crate::account::represented_profile(&state, &signed_in, &origin, person).await
}

/// What a helper sees of a person they help (audited on every look).
#[server(endpoint = "helped-profile", input = GetUrl)]
#[cfg_attr(feature = "ssr", tracing::instrument)]
pub async fn get_helped_profile(mandate: i32) -> Result<crate::model::HelpedProfile, AppError> {
    let state = crate::state::app_state()?;
    let signed_in = crate::auth::require_signed_in()?;
    let origin = crate::auth::request_origin();
    crate::help::helped_profile(&state, &signed_in, &origin, mandate).await
}

//! Server functions: the only way the browser reads data. Each returns
//! `Result<T, AppError>` and never sends a database error to the client.

use crate::error::AppError;
use crate::i18n::Lang;
use crate::model::{
    Catalogue, Inventory, MunicipalityCard, MunicipalityPage, ProductPage, Suggestion,
};
use leptos::prelude::*;

/// The active municipalities of the region, alphabetically.
#[server(endpoint = "municipalities")]
#[cfg_attr(feature = "ssr", tracing::instrument)]
pub async fn list_municipalities() -> Result<Vec<MunicipalityCard>, AppError> {
    let state = crate::state::app_state()?;
    Ok(state.directory.snapshot().await?.cards.clone())
}

/// One active municipality with its contact details and opening hours.
#[server(endpoint = "municipality")]
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
#[server(endpoint = "catalogue")]
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
#[server(endpoint = "suggest")]
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
#[server(endpoint = "product")]
#[cfg_attr(feature = "ssr", tracing::instrument)]
pub async fn get_product(
    slug: Option<String>,
    code: String,
    lang: Lang,
) -> Result<ProductPage, AppError> {
    let state = crate::state::app_state()?;
    let directory = state.directory.snapshot().await?;
    crate::catalogue::product(&directory, slug.as_deref(), &code, lang)
}

/// The regional inventory: how every active municipality offers every product.
#[server(endpoint = "inventory")]
#[cfg_attr(feature = "ssr", tracing::instrument)]
pub async fn get_inventory(lang: Lang) -> Result<Inventory, AppError> {
    let state = crate::state::app_state()?;
    let directory = state.directory.snapshot().await?;
    Ok(crate::catalogue::inventory(&directory, lang))
}

//! Server functions: the only way the browser reads data. Each returns
//! `Result<T, AppError>` and never sends a database error to the client.

use crate::error::AppError;
use crate::model::{MunicipalityCard, MunicipalityPage};
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

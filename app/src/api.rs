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
    let rows = db::municipalities::list_active(&state.db).await?;
    Ok(rows
        .into_iter()
        .map(|row| MunicipalityCard {
            slug: row.municipality.slug,
            name: row.municipality.name,
            postal_codes: row.postal_codes.into_iter().map(|code| code.code).collect(),
        })
        .collect())
}

/// One active municipality with its contact details and opening hours.
#[server(endpoint = "municipality")]
#[cfg_attr(feature = "ssr", tracing::instrument)]
pub async fn get_municipality(slug: String) -> Result<MunicipalityPage, AppError> {
    use crate::model::{OpeningPeriod, PostalCodeEntry};

    // Slugs are short ASCII; anything else cannot exist, so skip the query.
    if slug.len() > 64 || !slug.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
        return Err(AppError::not_found());
    }
    let state = crate::state::app_state()?;
    let detail = db::municipalities::find_active_by_slug(&state.db, &slug)
        .await?
        .ok_or_else(AppError::not_found)?;
    let m = detail.municipality;
    Ok(MunicipalityPage {
        slug: m.slug,
        name: m.name,
        nis_code: m.nis_code,
        postal_codes: detail
            .postal_codes
            .into_iter()
            .map(|code| PostalCodeEntry {
                code: code.code,
                partial: code.partial,
            })
            .collect(),
        street: m.street,
        postal_code: m.postal_code,
        city: m.city,
        phone: m.phone,
        email: m.email,
        website: m.website,
        opening_hours: detail
            .opening_hours
            .into_iter()
            .map(|period| OpeningPeriod {
                weekday: u8::try_from(period.weekday).unwrap_or(0),
                opens: period.opens,
                closes: period.closes,
                appointment_only: period.appointment_only,
            })
            .collect(),
        demo_content: m.demo_content,
    })
}

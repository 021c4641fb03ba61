//! Seed data: the 18 Westhoek municipalities and the demo product catalogue. Re-running the seed updates the
//! rows in place (matched on NIS code) and never changes whether a tenant is
//! switched on or off.

use crate::entities::{municipality, opening_hours, postal_code};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, DatabaseTransaction, DbErr, EntityTrait,
    QueryFilter, Set,
};
use serde::Deserialize;

pub mod catalogue;
pub mod people;

const MUNICIPALITIES_JSON: &str = include_str!("municipalities.json");

#[derive(Debug, Deserialize)]
pub struct SeedMunicipality {
    pub name: String,
    pub slug: String,
    pub nis_code: String,
    pub postal_codes: Vec<SeedPostalCode>,
    pub street: String,
    pub postal_code: String,
    pub city: String,
    pub phone: String,
    pub email: String,
    pub website: String,
    pub opening_hours: Vec<SeedOpeningHours>,
}

#[derive(Debug, Deserialize)]
pub struct SeedPostalCode {
    pub code: String,
    #[serde(default)]
    pub partial: bool,
}

#[derive(Debug, Deserialize)]
pub struct SeedOpeningHours {
    pub weekday: i16,
    pub opens: String,
    pub closes: String,
    #[serde(default)]
    pub appointment_only: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum SeedError {
    #[error("the embedded seed file is not valid: {0}")]
    Invalid(#[from] serde_json::Error),
    #[error(transparent)]
    Db(#[from] DbErr),
    #[error("the seed catalogue cannot be imported: {0}")]
    Catalogue(#[from] crate::exchange::ImportError),
}

/// The municipalities as shipped in the seed file.
pub fn municipalities() -> Result<Vec<SeedMunicipality>, serde_json::Error> {
    serde_json::from_str(MUNICIPALITIES_JSON)
}

/// Inserts or updates the 18 municipalities, the catalogue and the demo
/// personas in one transaction. Returns how many
/// municipalities were inserted (the rest were updated).
#[tracing::instrument(skip(db))]
pub async fn seed(db: &DatabaseConnection) -> Result<usize, SeedError> {
    let txn = crate::begin_write(db).await?;
    let inserted = write_municipalities(&txn).await?;
    catalogue::seed(&txn).await?;
    people::seed(&txn, crate::now()).await?;
    txn.commit().await?;
    Ok(inserted)
}

/// Inserts or updates the 18 municipalities only: a database ready to take a
/// catalogue from elsewhere (`server catalogue import`).
#[tracing::instrument(skip(db))]
pub async fn seed_municipalities(db: &DatabaseConnection) -> Result<usize, SeedError> {
    let txn = crate::begin_write(db).await?;
    let inserted = write_municipalities(&txn).await?;
    txn.commit().await?;
    Ok(inserted)
}

async fn write_municipalities(txn: &DatabaseTransaction) -> Result<usize, SeedError> {
    let seeds = municipalities()?;
    let mut inserted = 0;
    for seed in seeds {
        let existing = municipality::Entity::find()
            .filter(municipality::Column::NisCode.eq(&seed.nis_code))
            .one(txn)
            .await?;
        let mut row = match existing {
            Some(model) => municipality::ActiveModel::from(model),
            None => {
                inserted += 1;
                municipality::ActiveModel {
                    active: Set(true),
                    ..Default::default()
                }
            }
        };
        row.slug = Set(seed.slug);
        row.name = Set(seed.name);
        row.nis_code = Set(seed.nis_code);
        row.street = Set(seed.street);
        row.postal_code = Set(seed.postal_code);
        row.city = Set(seed.city);
        row.phone = Set(seed.phone);
        row.email = Set(seed.email);
        row.website = Set(seed.website);
        row.demo_content = Set(true);
        let saved = row.save(txn).await?;
        let municipality_id = *saved.id.as_ref();

        postal_code::Entity::delete_many()
            .filter(postal_code::Column::MunicipalityId.eq(municipality_id))
            .exec(txn)
            .await?;
        postal_code::Entity::insert_many(seed.postal_codes.into_iter().map(|code| {
            postal_code::ActiveModel {
                municipality_id: Set(municipality_id),
                code: Set(code.code),
                partial: Set(code.partial),
                ..Default::default()
            }
        }))
        .exec(txn)
        .await?;

        opening_hours::Entity::delete_many()
            .filter(opening_hours::Column::MunicipalityId.eq(municipality_id))
            .exec(txn)
            .await?;
        opening_hours::Entity::insert_many(seed.opening_hours.into_iter().map(|period| {
            opening_hours::ActiveModel {
                municipality_id: Set(municipality_id),
                weekday: Set(period.weekday),
                opens: Set(period.opens),
                closes: Set(period.closes),
                appointment_only: Set(period.appointment_only),
                ..Default::default()
            }
        }))
        .exec(txn)
        .await?;
    }
    Ok(inserted)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_file_has_the_18_westhoek_municipalities() {
        let seeds = municipalities().unwrap();
        assert_eq!(seeds.len(), 18);
        let mut nis: Vec<_> = seeds.iter().map(|s| s.nis_code.as_str()).collect();
        nis.sort_unstable();
        nis.dedup();
        assert_eq!(nis.len(), 18, "NIS codes are unique");
        for seed in &seeds {
            assert_eq!(seed.nis_code.len(), 5, "{}", seed.name);
            assert!(!seed.postal_codes.is_empty(), "{}", seed.name);
            assert!(
                seed.postal_codes
                    .iter()
                    .all(|c| c.code.len() == 4 && c.code.starts_with('8'))
            );
            assert!(
                seed.opening_hours
                    .iter()
                    .all(|h| (1..=7).contains(&h.weekday) && h.opens < h.closes)
            );
            assert!(
                seed.slug
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '-'),
                "{}",
                seed.slug
            );
        }
        let shared: Vec<_> = seeds
            .iter()
            .filter(|s| s.postal_codes.iter().any(|c| c.code == "8957"))
            .map(|s| s.name.as_str())
            .collect();
        assert_eq!(shared, ["Heuvelland", "Mesen"]);
    }
}

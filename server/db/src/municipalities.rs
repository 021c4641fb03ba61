//! Read queries on municipalities. Every query is by index; lists load their
//! children in one extra query, never one per row.

use crate::entities::{municipality, opening_hours, postal_code};
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder};
use std::collections::BTreeMap;

/// A municipality with everything its own page shows.
#[derive(Clone, Debug)]
pub struct MunicipalityDetail {
    pub municipality: municipality::Model,
    pub postal_codes: Vec<postal_code::Model>,
    pub opening_hours: Vec<opening_hours::Model>,
}

/// Every active municipality with everything its page shows, alphabetically:
/// three queries in all, whatever the number of municipalities.
pub async fn list_active_details(
    db: &DatabaseConnection,
) -> Result<Vec<MunicipalityDetail>, DbErr> {
    let municipalities = municipality::Entity::find()
        .filter(municipality::Column::Active.eq(true))
        .order_by_asc(municipality::Column::Name)
        .all(db)
        .await?;
    let ids: Vec<i32> = municipalities.iter().map(|m| m.id).collect();
    let mut codes: BTreeMap<i32, Vec<postal_code::Model>> = BTreeMap::new();
    for code in postal_code::Entity::find()
        .filter(postal_code::Column::MunicipalityId.is_in(ids.clone()))
        .order_by_asc(postal_code::Column::Code)
        .all(db)
        .await?
    {
        codes.entry(code.municipality_id).or_default().push(code);
    }
    let mut hours: BTreeMap<i32, Vec<opening_hours::Model>> = BTreeMap::new();
    for period in opening_hours::Entity::find()
        .filter(opening_hours::Column::MunicipalityId.is_in(ids))
        .order_by_asc(opening_hours::Column::Weekday)
        .order_by_asc(opening_hours::Column::Opens)
        .all(db)
        .await?
    {
        hours
            .entry(period.municipality_id)
            .or_default()
            .push(period);
    }
    Ok(municipalities
        .into_iter()
        .map(|municipality| MunicipalityDetail {
            postal_codes: codes.remove(&municipality.id).unwrap_or_default(),
            opening_hours: hours.remove(&municipality.id).unwrap_or_default(),
            municipality,
        })
        .collect())
}

/// Switches a tenant on or off. Returns false when the slug is unknown.
pub async fn set_active(db: &DatabaseConnection, slug: &str, active: bool) -> Result<bool, DbErr> {
    let result = municipality::Entity::update_many()
        .col_expr(
            municipality::Column::Active,
            sea_orm::sea_query::Expr::value(active),
        )
        .filter(municipality::Column::Slug.eq(slug))
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

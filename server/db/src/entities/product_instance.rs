use sea_orm::entity::prelude::*;

/// A concept as one municipality offers it. `None` fields take the concept's
/// value; `offered = false` means the municipality does not offer it.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "product_instance")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub concept_id: i32,
    pub municipality_id: i32,
    pub offered: bool,
    pub channel: Option<String>,
    pub fee_cents: Option<i32>,
    pub lead_time_days: Option<i32>,
    /// A local note per language (Dutch first; others fall back to it).
    pub note_nl: Option<String>,
    pub note_fr: Option<String>,
    pub note_de: Option<String>,
    pub note_en: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

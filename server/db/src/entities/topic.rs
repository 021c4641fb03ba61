use sea_orm::entity::prelude::*;

/// A theme ("Afval") or life event ("Verhuizen") the catalogue is browsed by.
/// A small fixed taxonomy: its names are columns, one per language.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "topic")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub code: String,
    /// `theme` or `life_event`.
    pub kind: String,
    /// Order in lists (the seed file's order).
    pub position: i32,
    pub name_nl: String,
    pub name_fr: String,
    pub name_de: String,
    pub name_en: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

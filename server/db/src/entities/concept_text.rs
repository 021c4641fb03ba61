use sea_orm::entity::prelude::*;

/// A concept's texts in one language. Dutch is complete; in the other
/// languages a missing field falls back to Dutch (and the page says so).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "concept_text")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub concept_id: i32,
    /// nl, fr, de or en.
    pub lang: String,
    pub title: String,
    pub summary: String,
    pub description: Option<String>,
    pub conditions: Option<String>,
    pub evidence: Option<String>,
    pub procedure: Option<String>,
    pub costs: Option<String>,
    pub target_groups: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

use sea_orm::entity::prelude::*;

/// One publication of a product: what it said before and after, who
/// published it in which role, and when. Append-only.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "catalogue_revision")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub subject: String,
    pub concept_code: String,
    pub municipality_id: Option<i32>,
    pub before: Option<String>,
    pub after: String,
    pub published_by: i32,
    pub role: Option<String>,
    pub published_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

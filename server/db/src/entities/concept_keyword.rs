use sea_orm::entity::prelude::*;

/// A word people use for a concept ("reispas" for the passport), per language.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "concept_keyword")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub concept_id: i32,
    pub lang: String,
    pub keyword: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

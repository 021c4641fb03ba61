use sea_orm::entity::prelude::*;

/// One person may act for another: a parent for a minor child, or a legal
/// representative.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "representation")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub representative_id: i32,
    pub represented_id: i32,
    pub kind: String,
    pub source: String,
    pub valid_until: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

use sea_orm::entity::prelude::*;

/// The one draft of a product: the regional concept (`municipality_id`
/// `None`) or one municipality's instance of it.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "catalogue_draft")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub subject: String,
    pub concept_code: String,
    pub municipality_id: Option<i32>,
    pub content: String,
    pub base: Option<String>,
    pub version: i32,
    pub created_by: i32,
    pub created_at: i64,
    pub updated_by: i32,
    pub updated_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

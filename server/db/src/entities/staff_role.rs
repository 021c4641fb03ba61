use sea_orm::entity::prelude::*;

/// A role held by a member of staff in one municipality (and department), or
/// in the whole region when `municipality_id` is `None`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "staff_role")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub person_id: i32,
    pub municipality_id: Option<i32>,
    pub department: Option<String>,
    pub role: String,
    pub granted_by: Option<i32>,
    pub granted_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

use sea_orm::entity::prelude::*;

/// Someone who signs in or whose data the portal holds: a citizen (with a
/// national register number), a guest (e-mail only) or a member of staff.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "person")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub kind: String,
    #[sea_orm(unique)]
    pub rrn: Option<String>,
    pub given_name: String,
    pub family_name: String,
    /// Seconds since 1970 (UTC), from the register.
    pub birth_date: Option<i64>,
    pub municipality_id: Option<i32>,
    pub email: Option<String>,
    pub language: String,
    pub source: String,
    pub source_at: i64,
    pub created_at: i64,
    pub demo: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

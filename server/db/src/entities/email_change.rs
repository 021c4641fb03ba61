use sea_orm::entity::prelude::*;

/// A new e-mail address that waits for its owner's confirmation: a helper
/// typed it, and a one-time code was sent to it. Only when the code comes
/// back (the citizen reads it out at the desk) does the address change.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "email_change")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub person_id: i32,
    pub email: String,
    pub code_hash: String,
    pub attempts: i32,
    pub created_at: i64,
    pub expires_at: i64,
    /// Who typed the new address (the helper).
    pub started_by: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

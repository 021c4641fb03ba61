use sea_orm::entity::prelude::*;

/// One line of the append-only audit log (see `crate::audit`).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_event")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub at: i64,
    pub actor_id: Option<i32>,
    pub actor_role: Option<String>,
    pub actor_municipality_id: Option<i32>,
    pub actor_department: Option<String>,
    pub on_behalf_of: Option<i32>,
    pub subject_id: Option<i32>,
    pub action: String,
    pub outcome: String,
    pub object: Option<String>,
    pub reason: Option<String>,
    pub ip: String,
    pub user_agent: String,
    pub request_id: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

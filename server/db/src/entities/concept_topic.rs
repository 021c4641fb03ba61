use sea_orm::entity::prelude::*;

/// A concept belongs to one or more topics.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "concept_topic")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub concept_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub topic_id: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

use sea_orm::entity::prelude::*;

/// A municipality of the Westhoek: one tenant of the regional portal.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "municipality")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// URL segment, e.g. `de-panne`.
    #[sea_orm(unique)]
    pub slug: String,
    pub name: String,
    /// NIS code (Statbel), e.g. `33011` for Ieper.
    #[sea_orm(unique)]
    pub nis_code: String,
    /// Switched-off tenants are invisible to citizens.
    pub active: bool,
    /// Town hall address.
    pub street: String,
    pub postal_code: String,
    pub city: String,
    pub phone: String,
    pub email: String,
    pub website: String,
    /// True while contact details and opening hours are demo content.
    pub demo_content: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(has_many = "super::postal_code::Entity")]
    PostalCode,
    #[sea_orm(has_many = "super::opening_hours::Entity")]
    OpeningHours,
}

impl Related<super::postal_code::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::PostalCode.def()
    }
}

impl Related<super::opening_hours::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::OpeningHours.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}

use sea_orm::entity::prelude::*;

/// A regional concept product (IPDC "conceptproduct"): what the product is,
/// the same for the whole region. Municipalities instantiate it.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "concept")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// Stable code, also the last part of the product's address.
    #[sea_orm(unique)]
    pub code: String,
    /// document, permit, attest, service, financial, information, registration.
    pub product_type: String,
    /// Login assurance needed to apply online: none, low, substantial, high.
    pub min_assurance: String,
    /// online, online_with_visit, appointment, counter.
    pub default_channel: String,
    pub default_fee_cents: i32,
    pub default_lead_time_days: i32,
    pub demo_content: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

use sea_orm::entity::prelude::*;

/// A citizen's consent for one helper at the digital help desk to act for
/// them: waiting for the helper (a code), active until `expires_at`, or
/// ended (revoked by either of them, or the code replaced). Someone who
/// cannot sign in signs a consent form at the desk instead; the helper
/// records it (`consent = paper`) and it is active at once.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "mandate")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub citizen_id: i32,
    pub helper_id: Option<i32>,
    pub scope: String,
    pub code_hash: Option<String>,
    pub code_expires_at: i64,
    pub duration_seconds: i64,
    pub created_at: i64,
    pub accepted_at: Option<i64>,
    pub expires_at: Option<i64>,
    pub ended_at: Option<i64>,
    pub ended_by: Option<i32>,
    /// `code` (made online by the citizen) or `paper` (signed at the desk).
    pub consent: String,
    pub paper_reference: Option<String>,
    /// Why a helper of another municipality's desk recorded a paper consent
    /// (the citizen sees it).
    pub paper_reason: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

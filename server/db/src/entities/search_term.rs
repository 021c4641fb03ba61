use sea_orm::entity::prelude::*;

/// A word or phrase that finds a concept: from its titles and keywords in every
/// language, folded (lower case, no accents) so that the index serves the search.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "search_term")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub concept_id: i32,
    pub lang: String,
    pub term: String,
    /// How strongly the term says what the concept is: 3 title, 2 keyword.
    pub weight: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

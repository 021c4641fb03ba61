//! SeaORM entities, kept in the shape `sea-orm-cli generate entity` produces.

pub mod concept;
pub mod concept_keyword;
pub mod concept_text;
pub mod concept_topic;
pub mod municipality;
pub mod opening_hours;
pub mod outbox_mail;
pub mod postal_code;
pub mod product_instance;
pub mod search_term;
pub mod topic;

pub mod prelude {
    pub use super::concept::Entity as Concept;
    pub use super::concept_keyword::Entity as ConceptKeyword;
    pub use super::concept_text::Entity as ConceptText;
    pub use super::concept_topic::Entity as ConceptTopic;
    pub use super::municipality::Entity as Municipality;
    pub use super::opening_hours::Entity as OpeningHours;
    pub use super::outbox_mail::Entity as OutboxMail;
    pub use super::postal_code::Entity as PostalCode;
    pub use super::product_instance::Entity as ProductInstance;
    pub use super::search_term::Entity as SearchTerm;
    pub use super::topic::Entity as Topic;
}

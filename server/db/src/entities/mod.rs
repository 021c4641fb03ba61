//! SeaORM entities, kept in the shape `sea-orm-cli generate entity` produces.

pub mod audit_event;
pub mod catalogue_draft;
pub mod catalogue_revision;
pub mod concept;
pub mod concept_keyword;
pub mod concept_text;
pub mod concept_topic;
pub mod email_change;
pub mod guest_code;
pub mod login_attempt;
pub mod login_identity;
pub mod mandate;
pub mod municipality;
pub mod opening_hours;
pub mod outbox_mail;
pub mod person;
pub mod postal_code;
pub mod product_instance;
pub mod rate_limit;
pub mod representation;
pub mod search_term;
pub mod session;
pub mod staff_role;
pub mod topic;

pub mod prelude {
    pub use super::audit_event::Entity as AuditEvent;
    pub use super::catalogue_draft::Entity as CatalogueDraft;
    pub use super::catalogue_revision::Entity as CatalogueRevision;
    pub use super::concept::Entity as Concept;
    pub use super::concept_keyword::Entity as ConceptKeyword;
    pub use super::concept_text::Entity as ConceptText;
    pub use super::concept_topic::Entity as ConceptTopic;
    pub use super::email_change::Entity as EmailChange;
    pub use super::guest_code::Entity as GuestCode;
    pub use super::login_attempt::Entity as LoginAttempt;
    pub use super::login_identity::Entity as LoginIdentity;
    pub use super::mandate::Entity as Mandate;
    pub use super::municipality::Entity as Municipality;
    pub use super::opening_hours::Entity as OpeningHours;
    pub use super::outbox_mail::Entity as OutboxMail;
    pub use super::person::Entity as Person;
    pub use super::postal_code::Entity as PostalCode;
    pub use super::product_instance::Entity as ProductInstance;
    pub use super::rate_limit::Entity as RateLimit;
    pub use super::representation::Entity as Representation;
    pub use super::search_term::Entity as SearchTerm;
    pub use super::session::Entity as Session;
    pub use super::staff_role::Entity as StaffRole;
    pub use super::topic::Entity as Topic;
}

//! SeaORM entities, kept in the shape `sea-orm-cli generate entity` produces.

pub mod municipality;
pub mod opening_hours;
pub mod postal_code;

pub mod prelude {
    pub use super::municipality::Entity as Municipality;
    pub use super::opening_hours::Entity as OpeningHours;
    pub use super::postal_code::Entity as PostalCode;
}

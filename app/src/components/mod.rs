pub mod error;
pub mod layout;

pub mod account;
pub mod admin;
pub mod catalogue;
pub mod guest;
pub mod home;
pub mod inventory;
pub mod municipality;
pub mod statement;

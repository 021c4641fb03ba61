pub mod catalogue;
pub mod home;
pub mod municipality;
pub mod statement;

pub mod home;
pub mod municipality;
pub mod statement;

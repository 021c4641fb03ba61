pub mod error;
pub mod layout;
pub mod session_timer;
pub mod suggest;

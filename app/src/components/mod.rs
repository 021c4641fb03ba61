pub mod error;
pub mod form;
pub mod layout;
pub mod session_timer;
pub mod suggest;

//! e-Westhoek server: configuration, the HTTP stack around the Leptos app,
//! and the command line (serve, migrate, seed, municipality on/off).

pub mod account;
pub mod acm;
pub mod admin;
pub mod config;
pub mod editor;
pub mod guest;
pub mod health;
pub mod help;
pub mod http;
pub mod mail;
pub mod oidc;
pub mod serve;
pub mod session;
pub mod startup;
pub mod telemetry;

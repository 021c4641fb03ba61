//! The server's integration tests, as one test binary (`cargo test -p server
//! --test it`): each of these modules was its own binary that linked the
//! whole server, 23 links on every change. `common` is the harness: the real
//! server on a free port with a fresh database, the test SMTP server and the
//! OpenID Connect provider process.

mod common;

mod acm;
mod assurance;
mod catalogue;
mod contact;
mod directory;
mod editor;
mod escaping;
mod exchange;
mod guest;
mod hardening;
mod help;
mod housekeeping;
mod inventory;
mod language;
mod mail;
mod oidc;
mod outbox;
mod pages;
mod region;
mod representation;
mod roles;
mod security;
mod session;
mod suggest;

//! SeaORM migrations, written once for SQLite and PostgreSQL. Each one must be
//! safe to run while the previous release still serves (add, never rename or
//! drop in the same release).

use sea_orm_migration::prelude::*;

mod m20261128_000001_create_municipality;
mod m20261129_000002_create_catalogue;
mod m20261129_000003_create_search_term;
mod m20261130_000004_create_person;
mod m20261130_000005_create_session;
mod m20261130_000006_create_outbox;
mod m20261201_000007_create_catalogue_draft;
mod m20261201_000008_create_mandate;
mod m20261202_000009_add_paper_consent;
mod m20261203_000010_add_paper_reason;
mod m20261203_000011_create_email_change;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261128_000001_create_municipality::Migration),
            Box::new(m20261129_000002_create_catalogue::Migration),
            Box::new(m20261129_000003_create_search_term::Migration),
            Box::new(m20261130_000004_create_person::Migration),
            Box::new(m20261130_000005_create_session::Migration),
            Box::new(m20261130_000006_create_outbox::Migration),
            Box::new(m20261201_000007_create_catalogue_draft::Migration),
            Box::new(m20261201_000008_create_mandate::Migration),
            Box::new(m20261202_000009_add_paper_consent::Migration),
            Box::new(m20261203_000010_add_paper_reason::Migration),
            Box::new(m20261203_000011_create_email_change::Migration),
        ]
    }
}

//! Storage for e-Westhoek: one regional database, SQLite (embedded default) or
//! PostgreSQL (production), chosen by the connection URL at run time.
//!
//! `app` reaches this crate only through its `ssr` feature; nothing here ever
//! reaches the WebAssembly build.

pub mod audit;
pub mod catalogue;
pub mod catalogue_edit;
pub mod email_change;
pub mod entities;
pub mod exchange;
pub mod housekeeping;
pub mod identity;
pub mod mandate;
pub mod migration;
pub mod municipalities;
pub mod outbox;
pub mod rate_limit;
pub mod search;
pub mod seed;

pub use sea_orm::{self, Database, DatabaseConnection, DbErr};
pub use sea_orm_migration::MigratorTrait;

use sea_orm::ConnectOptions;
use std::time::Duration;

/// Opens a connection pool. For SQLite the file is created when missing.
pub async fn connect(url: &str, max_connections: u32) -> Result<DatabaseConnection, DbErr> {
    let url = if url.starts_with("sqlite:") && !url.contains("mode=") {
        // Create the file on first start instead of failing.
        let sep = if url.contains('?') { '&' } else { '?' };
        format!("{url}{sep}mode=rwc")
    } else {
        url.to_owned()
    };
    let mut options = ConnectOptions::new(url);
    options
        .max_connections(max_connections)
        .min_connections(1)
        .connect_timeout(Duration::from_secs(5))
        .acquire_timeout(Duration::from_secs(5))
        .sqlx_logging(false);
    let db = Database::connect(options).await?;
    if db.get_database_backend() == sea_orm::DatabaseBackend::Sqlite {
        use sea_orm::ConnectionTrait;
        // WAL lets readers and one writer work at the same time. It is stored
        // in the file, so one statement covers every pooled connection (sqlx
        // already turns foreign keys on and sets a busy timeout per connection).
        db.execute_unprepared("PRAGMA journal_mode=WAL").await?;
    }
    Ok(db)
}

/// Begins a transaction that will write. On SQLite it takes the write lock
/// at once (`BEGIN IMMEDIATE`), waiting for it within the busy timeout: a
/// deferred transaction that reads first and writes later fails with
/// "database is locked" (SQLITE_BUSY_SNAPSHOT) when another writer committed
/// in between, and no busy timeout helps then. PostgreSQL begins as usual.
pub async fn begin_write<C: sea_orm::TransactionTrait>(db: &C) -> Result<C::Transaction, DbErr> {
    use sea_orm::{SqliteTransactionMode, TransactionOptions};
    db.begin_with_options(TransactionOptions {
        isolation_level: None,
        access_mode: None,
        sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
    })
    .await
}

/// Applies all pending migrations.
pub async fn migrate(db: &DatabaseConnection) -> Result<(), DbErr> {
    migration::Migrator::up(db, None).await
}

/// Cheap round trip used by the readiness probe.
pub async fn ping(db: &DatabaseConnection) -> Result<(), DbErr> {
    db.ping().await
}

/// Now, in whole seconds since 1970 (UTC): the unit of every stored time.
pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|elapsed| i64::try_from(elapsed.as_secs()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

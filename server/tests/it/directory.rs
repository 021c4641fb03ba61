//! The in-memory municipality directory against a real database.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may panic: that is how it fails

use crate::common::{self, Backend, backend_test, spawn_app};
use app::directory::Directory;
use std::time::Duration;

async fn the_directory_serves_its_snapshot_until_it_is_due(backend: Backend) {
    let app = spawn_app(backend).await;
    let cached = Directory::new(app.db.clone(), Duration::from_secs(3600));
    let uncached = Directory::new(app.db.clone(), Duration::ZERO);

    let first = cached.snapshot().await.unwrap();
    assert_eq!(first.cards.len(), 18);
    let ieper = &first.pages["ieper"];
    assert_eq!(ieper.name, "Ieper");
    assert!(!ieper.opening_hours.is_empty(), "opening hours loaded");
    assert!(ieper.postal_codes.iter().any(|code| code.code == "8900"));

    assert!(
        db::municipalities::set_active(&app.db, "ieper", false)
            .await
            .unwrap()
    );
    // Within its time the cached directory still shows Ieper …
    assert_eq!(cached.snapshot().await.unwrap().cards.len(), 18);
    // … a directory that is always due does not …
    let fresh = uncached.snapshot().await.unwrap();
    assert_eq!(fresh.cards.len(), 17);
    assert!(!fresh.pages.contains_key("ieper"));
    // … and neither does the cached one once it is told to forget.
    cached.invalidate();
    assert_eq!(cached.snapshot().await.unwrap().cards.len(), 17);
}
backend_test!(the_directory_serves_its_snapshot_until_it_is_due);

#[tokio::test]
async fn a_failing_reload_keeps_serving_the_last_snapshot() {
    let app = spawn_app(common::Backend::Sqlite).await;
    let directory = Directory::new(app.db.clone(), Duration::ZERO);
    assert_eq!(directory.snapshot().await.unwrap().cards.len(), 18);
    app.db.clone().close().await.unwrap();
    // The connection pool is closed: the reload fails, the last snapshot stays.
    assert_eq!(directory.snapshot().await.unwrap().cards.len(), 18);
    // Without any snapshot, the failure is reported.
    let empty = Directory::new(app.db.clone(), Duration::ZERO);
    assert!(empty.snapshot().await.is_err());
}

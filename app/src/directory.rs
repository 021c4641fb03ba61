//! The regional directory: the active municipalities with everything their
//! pages show, held in memory (server only).
//!
//! Every page shows municipality data, and it changes a few times a year (an
//! operator switches a municipality on or off, new opening hours). Reading it
//! from the database on every request cost three queries per page. The
//! directory loads all of it in three queries and keeps it for
//! `refresh_after` (10 seconds by default, `site.directory_refresh_seconds`);
//! a change made by another process (the `server municipality` command) shows
//! within that time. When the database is briefly unreachable, the last
//! snapshot keeps serving and the failure is logged.

use crate::model::{MunicipalityCard, MunicipalityPage, OpeningPeriod, PostalCodeEntry};
use db::DbErr;
use std::collections::HashMap;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

pub struct Directory {
    db: db::DatabaseConnection,
    refresh_after: Duration,
    snapshot: RwLock<Option<Arc<Snapshot>>>,
}

/// The directory at one moment.
#[derive(Debug)]
pub struct Snapshot {
    loaded_at: Instant,
    /// The active municipalities, alphabetically.
    pub cards: Vec<MunicipalityCard>,
    /// Each active municipality's page, by slug.
    pub pages: HashMap<String, MunicipalityPage>,
    /// Each active municipality's database id, by slug (server-side only).
    pub ids: HashMap<String, i32>,
}

impl Directory {
    /// `refresh_after` zero reads the database on every call.
    pub fn new(db: db::DatabaseConnection, refresh_after: Duration) -> Self {
        Directory {
            db,
            refresh_after,
            snapshot: RwLock::new(None),
        }
    }

    /// The current snapshot, reloaded when older than `refresh_after`.
    pub async fn snapshot(&self) -> Result<Arc<Snapshot>, DbErr> {
        let current = self.current();
        if let Some(snapshot) = &current
            && snapshot.loaded_at.elapsed() < self.refresh_after
        {
            return Ok(snapshot.clone());
        }
        match load(&self.db).await {
            Ok(fresh) => {
                let fresh = Arc::new(fresh);
                if let Ok(mut slot) = self.snapshot.write() {
                    *slot = Some(fresh.clone());
                }
                Ok(fresh)
            }
            Err(error) => match current {
                Some(stale) => {
                    tracing::warn!(%error, "reloading the directory failed; serving the last snapshot");
                    Ok(stale)
                }
                None => Err(error),
            },
        }
    }

    /// Forgets the snapshot: the next call reads the database.
    pub fn invalidate(&self) {
        if let Ok(mut slot) = self.snapshot.write() {
            *slot = None;
        }
    }

    fn current(&self) -> Option<Arc<Snapshot>> {
        // A poisoned lock only means a panic elsewhere; the data is still whole.
        match self.snapshot.read() {
            Ok(slot) => slot.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }
}

async fn load(db: &db::DatabaseConnection) -> Result<Snapshot, DbErr> {
    let details = db::municipalities::list_active_details(db).await?;
    let ids = details
        .iter()
        .map(|detail| (detail.municipality.slug.clone(), detail.municipality.id))
        .collect();
    let cards = details
        .iter()
        .map(|detail| MunicipalityCard {
            slug: detail.municipality.slug.clone(),
            name: detail.municipality.name.clone(),
            postal_codes: detail
                .postal_codes
                .iter()
                .map(|code| code.code.clone())
                .collect(),
        })
        .collect();
    let pages = details
        .into_iter()
        .map(|detail| {
            let m = detail.municipality;
            let page = MunicipalityPage {
                slug: m.slug.clone(),
                name: m.name,
                nis_code: m.nis_code,
                postal_codes: detail
                    .postal_codes
                    .into_iter()
                    .map(|code| PostalCodeEntry {
                        code: code.code,
                        partial: code.partial,
                    })
                    .collect(),
                street: m.street,
                postal_code: m.postal_code,
                city: m.city,
                phone: m.phone,
                email: m.email,
                website: m.website,
                opening_hours: detail
                    .opening_hours
                    .into_iter()
                    .map(|period| OpeningPeriod {
                        weekday: u8::try_from(period.weekday).unwrap_or(0),
                        opens: period.opens,
                        closes: period.closes,
                        appointment_only: period.appointment_only,
                    })
                    .collect(),
                demo_content: m.demo_content,
            };
            (m.slug, page)
        })
        .collect();
    Ok(Snapshot {
        loaded_at: Instant::now(),
        cards,
        pages,
        ids,
    })
}

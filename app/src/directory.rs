//! The regional directory: the active municipalities with everything their
//! pages show, and the whole product catalogue, held in memory (server only).
//!
//! Every page shows municipality data, and the catalogue pages show the
//! catalogue; both change a few times a year (an operator switches a
//! municipality on or off, an editor imports the catalogue). Reading them
//! per request cost 3 to 5 queries per page and grew with the catalogue:
//! at 18 × 500 products a municipality's catalogue page read ~1,000 rows
//! every time. The directory loads all of it in eight queries and keeps it
//! for `refresh_after` (10 seconds by default,
//! `site.directory_refresh_seconds`); a change made by another process or
//! replica (the `server municipality` and `server catalogue import`
//! commands) shows within that time. One request reloads while the others
//! keep using the previous snapshot; when the database is briefly
//! unreachable, the last snapshot keeps serving and the failure is logged.
//! Search stays in the database, on its index.

use crate::model::{MunicipalityCard, MunicipalityPage, OpeningPeriod, PostalCodeEntry};
use db::DbErr;
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

pub struct Directory {
    db: db::DatabaseConnection,
    refresh_after: Duration,
    snapshot: RwLock<Option<Arc<Snapshot>>>,
    /// Set while one request reloads a stale snapshot.
    reloading: AtomicBool,
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
    /// The whole catalogue (every municipality's instances, also inactive ones).
    pub catalogue: db::catalogue::CatalogueData,
    /// Index into `catalogue.concepts` by concept code.
    pub concepts_by_code: HashMap<String, usize>,
}

impl Snapshot {
    /// The name of the active municipality with this database id.
    pub fn municipality_name(&self, id: i32) -> Option<String> {
        self.ids
            .iter()
            .find(|(_, known)| **known == id)
            .and_then(|(slug, _)| self.pages.get(slug))
            .map(|page| page.name.clone())
    }

    /// The concept with this code.
    pub fn concept(&self, code: &str) -> Option<&db::catalogue::ConceptRecord> {
        self.concepts_by_code
            .get(code)
            .and_then(|&index| self.catalogue.concepts.get(index))
    }
}

impl Directory {
    /// `refresh_after` zero reads the database on every call.
    pub fn new(db: db::DatabaseConnection, refresh_after: Duration) -> Self {
        Directory {
            db,
            refresh_after,
            snapshot: RwLock::new(None),
            reloading: AtomicBool::new(false),
        }
    }

    /// The current snapshot, reloaded when older than `refresh_after`. While
    /// one caller reloads, the others get the previous snapshot at once.
    pub async fn snapshot(&self) -> Result<Arc<Snapshot>, DbErr> {
        let current = self.current();
        if let Some(snapshot) = &current
            && snapshot.loaded_at.elapsed() < self.refresh_after
        {
            return Ok(snapshot.clone());
        }
        let _reload = match (&current, Reload::start(&self.reloading)) {
            (Some(stale), None) => return Ok(stale.clone()),
            (_, reload) => reload,
        };
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

/// The right to reload, held by one caller at a time; released when dropped
/// (also when the reloading request is cancelled).
struct Reload<'a>(&'a AtomicBool);

impl<'a> Reload<'a> {
    fn start(flag: &'a AtomicBool) -> Option<Self> {
        flag.compare_exchange(false, true, Ordering::AcqRel, Ordering::Acquire)
            .ok()
            .map(|_| Reload(flag))
    }
}

impl Drop for Reload<'_> {
    fn drop(&mut self) {
        self.0.store(false, Ordering::Release);
    }
}

async fn load(db: &db::DatabaseConnection) -> Result<Snapshot, DbErr> {
    let details = db::municipalities::list_active_details(db).await?;
    let catalogue = db::catalogue::load(db).await?;
    let concepts_by_code = catalogue
        .concepts
        .iter()
        .enumerate()
        .map(|(index, record)| (record.concept.code.clone(), index))
        .collect();
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
        catalogue,
        concepts_by_code,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_caller_at_a_time_reloads_and_dropping_releases_the_right() {
        let flag = AtomicBool::new(false);
        let first = Reload::start(&flag);
        assert!(first.is_some());
        assert!(
            Reload::start(&flag).is_none(),
            "a second caller serves the stale snapshot"
        );
        drop(first);
        assert!(
            Reload::start(&flag).is_some(),
            "released when the reloading caller is done"
        );
    }
}

//! Seed data: the regional product catalogue (demo content). Concepts, topics
//! and each municipality's instance, with believable local variation. The file
//! is a catalogue exchange document and is written through
//! [`crate::exchange::import`], so re-running it updates everything in place,
//! matched on codes and slugs, and keeps concepts added by an operator.

use super::SeedError;
use crate::exchange::{self, CatalogueDocument, ImportOptions};
use sea_orm::DatabaseTransaction;

const CATALOGUE_JSON: &str = include_str!("catalogue.json");

/// The catalogue as shipped in the seed file.
pub fn catalogue() -> Result<CatalogueDocument, serde_json::Error> {
    serde_json::from_str(CATALOGUE_JSON)
}

/// Writes the catalogue inside the caller's transaction (municipalities first).
pub(super) async fn seed(txn: &DatabaseTransaction) -> Result<(), SeedError> {
    exchange::import(txn, &catalogue()?, ImportOptions::default()).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exchange::{ASSURANCES, CHANNELS, LANGS, PRODUCT_TYPES};
    use std::collections::HashSet;

    #[test]
    fn the_seed_catalogue_is_a_valid_exchange_document() {
        let seed = catalogue().unwrap();
        let slugs: HashSet<String> = super::super::municipalities()
            .unwrap()
            .into_iter()
            .map(|m| m.slug)
            .collect();
        assert_eq!(exchange::validate(&seed, &slugs), []);
        assert_eq!(
            seed.context,
            Some(exchange::context()),
            "the file carries the context the code writes"
        );
    }

    #[test]
    fn the_seed_catalogue_is_complete_and_consistent() {
        let seed = catalogue().unwrap();
        assert!(
            seed.demo_content,
            "the seed catalogue is marked as demo content"
        );
        assert!(
            seed.concepts.len() >= 30,
            "{} concepts",
            seed.concepts.len()
        );
        let slugs: HashSet<String> = super::super::municipalities()
            .unwrap()
            .into_iter()
            .map(|m| m.slug)
            .collect();
        let topics: HashSet<&str> = seed.topics.iter().map(|t| t.code.as_str()).collect();
        for topic in &seed.topics {
            assert!(
                ["theme", "life_event"].contains(&topic.kind.as_str()),
                "{}",
                topic.code
            );
            for lang in LANGS {
                assert!(
                    topic.name.get(lang).is_some_and(|n| !n.is_empty()),
                    "{} {lang}",
                    topic.code
                );
            }
        }
        let mut codes = HashSet::new();
        let mut local_entries = 0;
        for concept in &seed.concepts {
            let code = &concept.code;
            assert!(codes.insert(code.as_str()), "duplicate {code}");
            assert!(
                code.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
                "{code}"
            );
            assert!(
                PRODUCT_TYPES.contains(&concept.product_type.as_str()),
                "{code}"
            );
            assert!(
                ASSURANCES.contains(&concept.min_assurance.as_str()),
                "{code}"
            );
            assert!(
                CHANNELS.contains(&concept.default_channel.as_str()),
                "{code}"
            );
            assert!(concept.default_fee_cents >= 0 && concept.default_lead_time_days >= 0);
            assert!(!concept.topics.is_empty(), "{code} has a topic");
            assert!(
                concept.topics.iter().all(|t| topics.contains(t.as_str())),
                "{code}"
            );
            let dutch = &concept.text["nl"];
            for (field, value) in [
                ("description", &dutch.description),
                ("conditions", &dutch.conditions),
                ("evidence", &dutch.evidence),
                ("procedure", &dutch.procedure),
                ("costs", &dutch.costs),
                ("target_groups", &dutch.target_groups),
            ] {
                assert!(
                    value.as_ref().is_some_and(|v| !v.is_empty()),
                    "{code}: nl {field}"
                );
            }
            for lang in LANGS {
                let text = concept
                    .text
                    .get(lang)
                    .unwrap_or_else(|| panic!("{code}: no {lang}"));
                assert!(
                    !text.title.is_empty() && !text.summary.is_empty(),
                    "{code} {lang}"
                );
                assert!(
                    concept.keywords.get(lang).is_some_and(|k| !k.is_empty()),
                    "{code} {lang} keywords"
                );
            }
            for (slug, local) in &concept.local {
                local_entries += 1;
                assert!(slugs.contains(slug), "{code}: unknown municipality {slug}");
                if let Some(channel) = &local.channel {
                    assert!(CHANNELS.contains(&channel.as_str()), "{code} {slug}");
                }
                assert!(
                    local.note.is_empty() || local.note.contains_key("nl"),
                    "{code} {slug}: note without Dutch"
                );
            }
        }
        assert!(local_entries >= 60, "{local_entries} local variations");
    }
}

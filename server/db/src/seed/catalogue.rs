//! Seed data: the regional product catalogue (demo content). Concepts, topics
//! and each municipality's instance, with believable local variation. Re-running
//! it updates everything in place, matched on codes and slugs.

use super::SeedError;
use crate::entities::{
    concept, concept_keyword, concept_text, concept_topic, municipality, product_instance,
    search_term, topic,
};
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, Set};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};

const CATALOGUE_JSON: &str = include_str!("catalogue.json");

pub const LANGS: [&str; 4] = ["nl", "fr", "de", "en"];
pub const CHANNELS: [&str; 4] = ["online", "online_with_visit", "appointment", "counter"];
pub const ASSURANCES: [&str; 4] = ["none", "low", "substantial", "high"];
pub const PRODUCT_TYPES: [&str; 7] = [
    "document",
    "permit",
    "attest",
    "service",
    "financial",
    "information",
    "registration",
];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedCatalogue {
    pub demo_content: bool,
    pub topics: Vec<SeedTopic>,
    pub concepts: Vec<SeedConcept>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedTopic {
    pub code: String,
    pub kind: String,
    pub name: BTreeMap<String, String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedConcept {
    pub code: String,
    pub product_type: String,
    pub min_assurance: String,
    pub topics: Vec<String>,
    pub default_channel: String,
    pub default_fee_cents: i32,
    pub default_lead_time_days: i32,
    pub keywords: BTreeMap<String, Vec<String>>,
    pub text: BTreeMap<String, SeedText>,
    #[serde(default)]
    pub local: BTreeMap<String, SeedLocal>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedText {
    pub title: String,
    pub summary: String,
    pub description: Option<String>,
    pub conditions: Option<String>,
    pub evidence: Option<String>,
    pub procedure: Option<String>,
    pub costs: Option<String>,
    pub target_groups: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedLocal {
    pub offered: Option<bool>,
    pub channel: Option<String>,
    pub fee_cents: Option<i32>,
    pub lead_time_days: Option<i32>,
    #[serde(default)]
    pub note: BTreeMap<String, String>,
}

/// The catalogue as shipped in the seed file.
pub fn catalogue() -> Result<SeedCatalogue, serde_json::Error> {
    serde_json::from_str(CATALOGUE_JSON)
}

/// Writes the catalogue inside the caller's transaction (municipalities first).
pub(super) async fn seed(txn: &DatabaseTransaction) -> Result<(), SeedError> {
    let seed = catalogue()?;
    let mut topic_ids: HashMap<String, i32> = HashMap::new();
    for (position, seed_topic) in seed.topics.iter().enumerate() {
        let existing = topic::Entity::find()
            .filter(topic::Column::Code.eq(&seed_topic.code))
            .one(txn)
            .await?;
        let mut row = existing.map_or_else(
            <topic::ActiveModel as Default>::default,
            topic::ActiveModel::from,
        );
        let name = |lang: &str| seed_topic.name.get(lang).cloned().unwrap_or_default();
        row.code = Set(seed_topic.code.clone());
        row.kind = Set(seed_topic.kind.clone());
        row.position = Set(i32::try_from(position).unwrap_or(i32::MAX));
        row.name_nl = Set(name("nl"));
        row.name_fr = Set(name("fr"));
        row.name_de = Set(name("de"));
        row.name_en = Set(name("en"));
        let saved = row.save(txn).await?;
        topic_ids.insert(seed_topic.code.clone(), *saved.id.as_ref());
    }

    let municipality_ids: HashMap<String, i32> = municipality::Entity::find()
        .all(txn)
        .await?
        .into_iter()
        .map(|m| (m.slug, m.id))
        .collect();

    for seed_concept in seed.concepts {
        let existing = concept::Entity::find()
            .filter(concept::Column::Code.eq(&seed_concept.code))
            .one(txn)
            .await?;
        let mut row = existing.map_or_else(
            <concept::ActiveModel as Default>::default,
            concept::ActiveModel::from,
        );
        row.code = Set(seed_concept.code.clone());
        row.product_type = Set(seed_concept.product_type.clone());
        row.min_assurance = Set(seed_concept.min_assurance.clone());
        row.default_channel = Set(seed_concept.default_channel.clone());
        row.default_fee_cents = Set(seed_concept.default_fee_cents);
        row.default_lead_time_days = Set(seed_concept.default_lead_time_days);
        row.demo_content = Set(seed.demo_content);
        let concept_id = *row.save(txn).await?.id.as_ref();

        // Children are replaced as a whole.
        // Search terms: every title (weight 3) and keyword (weight 2), folded.
        search_term::Entity::delete_many()
            .filter(search_term::Column::ConceptId.eq(concept_id))
            .exec(txn)
            .await?;
        let titles = seed_concept
            .text
            .iter()
            .map(|(lang, text)| (lang, &text.title, 3));
        let keywords = seed_concept
            .keywords
            .iter()
            .flat_map(|(lang, words)| words.iter().map(move |word| (lang, word, 2)));
        let mut terms: Vec<search_term::ActiveModel> = Vec::new();
        for (lang, text, weight) in titles.chain(keywords) {
            for term in crate::search::terms(text) {
                terms.push(search_term::ActiveModel {
                    concept_id: Set(concept_id),
                    lang: Set(lang.clone()),
                    term: Set(term),
                    weight: Set(weight),
                    ..Default::default()
                });
            }
        }
        if !terms.is_empty() {
            search_term::Entity::insert_many(terms).exec(txn).await?;
        }

        concept_text::Entity::delete_many()
            .filter(concept_text::Column::ConceptId.eq(concept_id))
            .exec(txn)
            .await?;
        concept_text::Entity::insert_many(seed_concept.text.into_iter().map(|(lang, text)| {
            concept_text::ActiveModel {
                concept_id: Set(concept_id),
                lang: Set(lang),
                title: Set(text.title),
                summary: Set(text.summary),
                description: Set(text.description),
                conditions: Set(text.conditions),
                evidence: Set(text.evidence),
                procedure: Set(text.procedure),
                costs: Set(text.costs),
                target_groups: Set(text.target_groups),
                ..Default::default()
            }
        }))
        .exec(txn)
        .await?;

        concept_topic::Entity::delete_many()
            .filter(concept_topic::Column::ConceptId.eq(concept_id))
            .exec(txn)
            .await?;
        let topics: Vec<_> = seed_concept
            .topics
            .iter()
            .filter_map(|code| topic_ids.get(code))
            .map(|&topic_id| concept_topic::ActiveModel {
                concept_id: Set(concept_id),
                topic_id: Set(topic_id),
            })
            .collect();
        if !topics.is_empty() {
            concept_topic::Entity::insert_many(topics).exec(txn).await?;
        }

        concept_keyword::Entity::delete_many()
            .filter(concept_keyword::Column::ConceptId.eq(concept_id))
            .exec(txn)
            .await?;
        let keywords: Vec<_> = seed_concept
            .keywords
            .into_iter()
            .flat_map(|(lang, words)| words.into_iter().map(move |word| (lang.clone(), word)))
            .map(|(lang, keyword)| concept_keyword::ActiveModel {
                concept_id: Set(concept_id),
                lang: Set(lang),
                keyword: Set(keyword),
                ..Default::default()
            })
            .collect();
        if !keywords.is_empty() {
            concept_keyword::Entity::insert_many(keywords)
                .exec(txn)
                .await?;
        }

        // One instance per municipality: the local variation, or the defaults.
        let existing: HashMap<i32, product_instance::Model> = product_instance::Entity::find()
            .filter(product_instance::Column::ConceptId.eq(concept_id))
            .all(txn)
            .await?
            .into_iter()
            .map(|instance| (instance.municipality_id, instance))
            .collect();
        let mut local = seed_concept.local;
        for (slug, &municipality_id) in &municipality_ids {
            let variation = local.remove(slug).unwrap_or_default();
            let mut row = existing.get(&municipality_id).cloned().map_or_else(
                <product_instance::ActiveModel as Default>::default,
                product_instance::ActiveModel::from,
            );
            row.concept_id = Set(concept_id);
            row.municipality_id = Set(municipality_id);
            row.offered = Set(variation.offered.unwrap_or(true));
            row.channel = Set(variation.channel);
            row.fee_cents = Set(variation.fee_cents);
            row.lead_time_days = Set(variation.lead_time_days);
            row.note_nl = Set(variation.note.get("nl").cloned());
            row.note_fr = Set(variation.note.get("fr").cloned());
            row.note_de = Set(variation.note.get("de").cloned());
            row.note_en = Set(variation.note.get("en").cloned());
            row.save(txn).await?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

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

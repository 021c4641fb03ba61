//! The catalogue as pages show it (server only): the database records of
//! `db::catalogue` with the instance's overrides applied, the language chosen
//! with Dutch as the fallback, and the municipalities from the directory.

use crate::directory::Snapshot;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::model::{
    Catalogue, Channel, LocalOffer, LocalText, ProductCard, ProductPage, TopicEntry,
};
use db::catalogue::ConceptRecord;
use db::entities::{concept_text, product_instance, topic};
use std::collections::HashMap;

/// A municipality's catalogue: the products it offers, alphabetically.
pub async fn catalogue(
    db: &db::DatabaseConnection,
    directory: &Snapshot,
    slug: &str,
    lang: Lang,
    query: &str,
) -> Result<Catalogue, AppError> {
    let (card, id) = municipality(directory, slug)?;
    // A search: the concepts it finds, best first (longer input is refused by
    // the page; here it is cut, so nothing unbounded reaches the database).
    let query: String = query
        .trim()
        .chars()
        .take(crate::model::SEARCH_MAX_CHARS)
        .collect();
    let ranking: Option<HashMap<i32, usize>> = if query.is_empty() {
        None
    } else {
        let found = db::search::find(db, &query).await?;
        Some(
            found
                .into_iter()
                .enumerate()
                .map(|(rank, (concept_id, _))| (concept_id, rank))
                .collect(),
        )
    };
    let rows = db::catalogue::topics(db).await?;
    let codes = topic_code_map(&rows);
    let topics = topics(rows, lang);
    let records = db::catalogue::for_municipality(db, id, lang.code()).await?;
    let records_demo = records.iter().any(|r| r.concept.demo_content);
    let mut products: Vec<(usize, ProductCard)> = records
        .into_iter()
        .filter_map(|record| {
            let rank = match &ranking {
                Some(ranking) => *ranking.get(&record.concept.id)?,
                None => 0,
            };
            let instance = record.instances.first()?;
            if !instance.offered {
                return None;
            }
            let channel = channel(&record, Some(instance));
            let topic_codes = topic_codes(&record, &codes);
            let texts = Texts::new(&record, lang);
            let card = ProductCard {
                code: record.concept.code.clone(),
                title: texts.pick(|t| Some(t.title.clone())),
                summary: texts.pick(|t| Some(t.summary.clone())),
                channel,
                topics: topic_codes,
            };
            Some((rank, card))
        })
        .collect();
    products.sort_by_cached_key(|(rank, product)| (*rank, crate::model::fold(&product.title.text)));
    Ok(Catalogue {
        municipality: card,
        topics,
        products: products.into_iter().map(|(_, product)| product).collect(),
        query,
        demo_content: records_demo,
    })
}

/// One product as a municipality offers it, with the other municipalities.
pub async fn product(
    db: &db::DatabaseConnection,
    directory: &Snapshot,
    slug: &str,
    code: &str,
    lang: Lang,
) -> Result<ProductPage, AppError> {
    let (here_card, id) = municipality(directory, slug)?;
    let page = directory
        .pages
        .get(slug)
        .cloned()
        .ok_or_else(AppError::not_found)?;
    if code.len() > 64 || !code.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
        return Err(AppError::not_found());
    }
    let record = db::catalogue::by_code(db, code, lang.code())
        .await?
        .ok_or_else(AppError::not_found)?;
    let rows = db::catalogue::topics(db).await?;
    let codes = topic_code_map(&rows);
    let all_topics = topics(rows, lang);
    let offer = |card: &crate::model::MunicipalityCard, municipality_id: i32| {
        let instance = record
            .instances
            .iter()
            .find(|i| i.municipality_id == municipality_id);
        local_offer(&record, instance, card, lang)
    };
    let here = offer(&here_card, id);
    let elsewhere = directory
        .cards
        .iter()
        .filter(|card| card.slug != slug)
        .filter_map(|card| {
            directory
                .ids
                .get(&card.slug)
                .map(|&other| offer(card, other))
        })
        .collect();
    let texts = Texts::new(&record, lang);
    let topic_codes = topic_codes(&record, &codes);
    Ok(ProductPage {
        code: record.concept.code.clone(),
        title: texts.pick(|t| Some(t.title.clone())),
        summary: texts.pick(|t| Some(t.summary.clone())),
        description: texts.pick(|t| t.description.clone()),
        target_groups: texts.pick(|t| t.target_groups.clone()),
        conditions: texts.pick(|t| t.conditions.clone()),
        evidence: texts.pick(|t| t.evidence.clone()),
        procedure: texts.pick(|t| t.procedure.clone()),
        costs: texts.pick(|t| t.costs.clone()),
        topics: all_topics
            .into_iter()
            .filter(|t| topic_codes.contains(&t.code))
            .collect(),
        here,
        municipality: page,
        elsewhere,
        demo_content: record.concept.demo_content,
    })
}

fn municipality(
    directory: &Snapshot,
    slug: &str,
) -> Result<(crate::model::MunicipalityCard, i32), AppError> {
    let card = directory.cards.iter().find(|c| c.slug == slug).cloned();
    match (card, directory.ids.get(slug)) {
        (Some(card), Some(&id)) => Ok((card, id)),
        _ => Err(AppError::not_found()),
    }
}

fn topics(rows: Vec<topic::Model>, lang: Lang) -> Vec<TopicEntry> {
    rows.into_iter()
        .map(|row| TopicEntry {
            life_event: row.kind == "life_event",
            name: match lang {
                Lang::Nl => row.name_nl,
                Lang::Fr => row.name_fr,
                Lang::De => row.name_de,
                Lang::En => row.name_en,
            },
            code: row.code,
        })
        .collect()
}

fn topic_code_map(rows: &[topic::Model]) -> HashMap<i32, String> {
    rows.iter().map(|row| (row.id, row.code.clone())).collect()
}

fn topic_codes(record: &ConceptRecord, codes: &HashMap<i32, String>) -> Vec<String> {
    record
        .topic_ids
        .iter()
        .filter_map(|id| codes.get(id).cloned())
        .collect()
}

fn channel(record: &ConceptRecord, instance: Option<&product_instance::Model>) -> Channel {
    instance
        .and_then(|i| i.channel.as_deref())
        .and_then(Channel::parse)
        .or_else(|| Channel::parse(&record.concept.default_channel))
        .unwrap_or(Channel::Counter)
}

fn local_offer(
    record: &ConceptRecord,
    instance: Option<&product_instance::Model>,
    card: &crate::model::MunicipalityCard,
    lang: Lang,
) -> LocalOffer {
    let note = instance.and_then(|i| {
        let translated = match lang {
            Lang::Nl => None,
            Lang::Fr => i.note_fr.clone(),
            Lang::De => i.note_de.clone(),
            Lang::En => i.note_en.clone(),
        };
        match (translated, i.note_nl.clone()) {
            (Some(text), _) => Some(LocalText {
                text,
                lang: lang.code().to_owned(),
            }),
            (None, Some(text)) => Some(LocalText {
                text,
                lang: "nl".to_owned(),
            }),
            (None, None) => None,
        }
    });
    LocalOffer {
        slug: card.slug.clone(),
        name: card.name.clone(),
        offered: instance.is_some_and(|i| i.offered),
        channel: channel(record, instance),
        fee_cents: instance
            .and_then(|i| i.fee_cents)
            .unwrap_or(record.concept.default_fee_cents),
        lead_time_days: instance
            .and_then(|i| i.lead_time_days)
            .unwrap_or(record.concept.default_lead_time_days),
        note,
    }
}

/// The texts of a record: the page's language where it has the field, else Dutch.
struct Texts<'a> {
    dutch: &'a concept_text::Model,
    translated: Option<&'a concept_text::Model>,
    lang: Lang,
}

impl<'a> Texts<'a> {
    fn new(record: &'a ConceptRecord, lang: Lang) -> Self {
        Texts {
            dutch: &record.dutch,
            translated: record.translated.as_ref(),
            lang,
        }
    }

    fn pick(&self, field: impl Fn(&concept_text::Model) -> Option<String>) -> LocalText {
        if let Some(text) = self.translated.and_then(&field).filter(|t| !t.is_empty()) {
            return LocalText {
                text,
                lang: self.lang.code().to_owned(),
            };
        }
        LocalText {
            text: field(self.dutch).unwrap_or_default(),
            lang: "nl".to_owned(),
        }
    }
}

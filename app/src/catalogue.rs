//! The catalogue as pages show it (server only): the concepts of the
//! in-memory directory with the instance's overrides applied, the language
//! chosen with Dutch as the fallback. Only search reads the database (its index).

use crate::directory::Snapshot;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::model::{
    Availability, Catalogue, Channel, Inventory, InventoryMunicipality, InventoryProduct,
    LocalOffer, LocalText, ProductCard, ProductPage, SEARCH_MAX_CHARS, SUGGEST_MIN_CHARS,
    SUGGESTIONS_MAX, Suggestion, TopicEntry,
};
use db::catalogue::ConceptRecord;
use db::entities::{concept_text, product_instance, topic};
use std::collections::{HashMap, HashSet};

/// A catalogue, alphabetically or best match first for a search: a
/// municipality's (what it offers) or, without `slug`, the region's (every
/// product that some active municipality offers).
pub async fn catalogue(
    db: &db::DatabaseConnection,
    directory: &Snapshot,
    slug: Option<&str>,
    lang: Lang,
    query: &str,
) -> Result<Catalogue, AppError> {
    let here = slug.map(|slug| municipality(directory, slug)).transpose()?;
    let query = search_text(query);
    let ranking = ranking(db, &query).await?;
    let data = &directory.catalogue;
    let codes = topic_code_map(&data.topics);
    let active: HashSet<i32> = directory.ids.values().copied().collect();
    let mut products: Vec<(usize, ProductCard)> = data
        .concepts
        .iter()
        .filter_map(|record| {
            let rank = match &ranking {
                Some(ranking) => *ranking.get(&record.concept.id)?,
                None => 0,
            };
            let availability = availability(record, here.as_ref().map(|(_, id)| *id), &active)?;
            let texts = Texts::new(record, lang);
            let card = ProductCard {
                code: record.concept.code.clone(),
                title: texts.pick(|t| Some(t.title.clone())),
                summary: texts.pick(|t| Some(t.summary.clone())),
                availability,
                topics: topic_codes(record, &codes),
            };
            Some((rank, card))
        })
        .collect();
    sort_ranked(&mut products, |product| &product.title.text);
    Ok(Catalogue {
        municipality: here.map(|(card, _)| card),
        topics: topics(&data.topics, lang),
        products: products.into_iter().map(|(_, product)| product).collect(),
        query,
        demo_content: data.concepts.iter().any(|r| r.concept.demo_content),
    })
}

/// Search suggestions: at most `SUGGESTIONS_MAX` products that a search
/// finds, best first, that the municipality offers (without `slug`: that some
/// active municipality offers) — the catalogue's search and order, titles only.
pub async fn suggestions(
    db: &db::DatabaseConnection,
    directory: &Snapshot,
    slug: Option<&str>,
    lang: Lang,
    query: &str,
) -> Result<Vec<Suggestion>, AppError> {
    let here = slug.map(|slug| municipality(directory, slug)).transpose()?;
    // Too long is refused (as the page does); one letter finds too much to help.
    let length = query.trim().chars().count();
    if length < SUGGEST_MIN_CHARS || query.chars().count() > SEARCH_MAX_CHARS {
        return Ok(Vec::new());
    }
    let Some(ranking) = ranking(db, &search_text(query)).await? else {
        return Ok(Vec::new());
    };
    let active: HashSet<i32> = directory.ids.values().copied().collect();
    let mut found: Vec<(usize, Suggestion)> = directory
        .catalogue
        .concepts
        .iter()
        .filter_map(|record| {
            let rank = *ranking.get(&record.concept.id)?;
            availability(record, here.as_ref().map(|(_, id)| *id), &active).map(|_| {
                let suggestion = Suggestion {
                    code: record.concept.code.clone(),
                    title: Texts::new(record, lang).pick(|t| Some(t.title.clone())),
                };
                (rank, suggestion)
            })
        })
        .collect();
    sort_ranked(&mut found, |suggestion| &suggestion.title.text);
    Ok(found
        .into_iter()
        .take(SUGGESTIONS_MAX)
        .map(|(_, suggestion)| suggestion)
        .collect())
}

/// How a concept is offered in one municipality (`here`), or across the
/// `active` municipalities; `None` where it is not offered at all.
fn availability(
    record: &ConceptRecord,
    here: Option<i32>,
    active: &HashSet<i32>,
) -> Option<Availability> {
    if let Some(id) = here {
        let instance = record.instance(id).filter(|i| i.offered)?;
        return Some(Availability::Here(channel(record, Some(instance))));
    }
    let offered: Vec<_> = record
        .instances
        .iter()
        .filter(|i| i.offered && active.contains(&i.municipality_id))
        .collect();
    (!offered.is_empty()).then(|| Availability::Region {
        online: offered
            .iter()
            .filter(|i| channel(record, Some(i)) == Channel::Online)
            .count(),
        offered: offered.len(),
        total: active.len(),
    })
}

/// A search as the catalogue uses it: trimmed, and cut to the longest it
/// accepts (the page refuses longer input; here it is cut, so nothing
/// unbounded reaches the database).
fn search_text(query: &str) -> String {
    query.trim().chars().take(SEARCH_MAX_CHARS).collect()
}

/// What a search finds (on the database's index): concept id → rank, 0 the
/// best match. `None` for an empty search, which narrows nothing.
async fn ranking(
    db: &db::DatabaseConnection,
    query: &str,
) -> Result<Option<HashMap<i32, usize>>, AppError> {
    if query.is_empty() {
        return Ok(None);
    }
    let found = db::search::find(db, query).await?;
    Ok(Some(
        found
            .into_iter()
            .enumerate()
            .map(|(rank, (concept_id, _))| (concept_id, rank))
            .collect(),
    ))
}

/// Best match first; equal ranks alphabetically, ignoring case and accents.
fn sort_ranked<T>(items: &mut [(usize, T)], title: impl Fn(&T) -> &str) {
    items.sort_by_cached_key(|(rank, item)| (*rank, crate::model::fold(title(item))));
}

/// One product as a municipality offers it, with the other municipalities;
/// without `slug`, the region's page of it with every municipality.
pub fn product(
    directory: &Snapshot,
    slug: Option<&str>,
    code: &str,
    lang: Lang,
) -> Result<ProductPage, AppError> {
    let here = match slug {
        Some(slug) => {
            let (card, id) = municipality(directory, slug)?;
            let page = directory
                .pages
                .get(slug)
                .cloned()
                .ok_or_else(AppError::not_found)?;
            Some((card, id, page))
        }
        None => None,
    };
    let record = directory.concept(code).ok_or_else(AppError::not_found)?;
    let codes = topic_code_map(&directory.catalogue.topics);
    let offer = |card: &crate::model::MunicipalityCard, municipality_id: i32| {
        local_offer(record, record.instance(municipality_id), card, lang)
    };
    let elsewhere = directory
        .cards
        .iter()
        .filter(|card| slug != Some(card.slug.as_str()))
        .filter_map(|card| {
            directory
                .ids
                .get(&card.slug)
                .map(|&other| offer(card, other))
        })
        .collect();
    let texts = Texts::new(record, lang);
    let topic_codes = topic_codes(record, &codes);
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
        topics: topics(&directory.catalogue.topics, lang)
            .into_iter()
            .filter(|t| topic_codes.contains(&t.code))
            .collect(),
        here: here.map(|(card, id, page)| (page, offer(&card, id))),
        elsewhere,
        demo_content: record.concept.demo_content,
        min_assurance: record.concept.min_assurance.clone(),
        visitor: None,
        may_edit_region: false,
        may_edit_here: false,
    })
}

/// The regional inventory: every product's channel in every active
/// municipality (a missing instance counts as not offered).
pub fn inventory(directory: &Snapshot, lang: Lang) -> Inventory {
    let data = &directory.catalogue;
    let codes = topic_code_map(&data.topics);
    let columns: Vec<(InventoryMunicipality, Option<i32>)> = directory
        .cards
        .iter()
        .map(|card| {
            let column = InventoryMunicipality {
                slug: card.slug.clone(),
                name: card.name.clone(),
            };
            (column, directory.ids.get(&card.slug).copied())
        })
        .collect();
    let mut products: Vec<InventoryProduct> = data
        .concepts
        .iter()
        .map(|record| {
            let channels = columns
                .iter()
                .map(|(_, id)| {
                    let instance = record.instance((*id)?)?;
                    instance.offered.then(|| channel(record, Some(instance)))
                })
                .collect();
            InventoryProduct {
                code: record.concept.code.clone(),
                title: Texts::new(record, lang).pick(|t| Some(t.title.clone())),
                topics: topic_codes(record, &codes),
                channels,
            }
        })
        .collect();
    products.sort_by_cached_key(|product| crate::model::fold(&product.title.text));
    Inventory {
        topics: topics(&data.topics, lang),
        municipalities: columns.into_iter().map(|(column, _)| column).collect(),
        products,
        demo_content: data.concepts.iter().any(|r| r.concept.demo_content),
    }
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

fn topics(rows: &[topic::Model], lang: Lang) -> Vec<TopicEntry> {
    rows.iter()
        .map(|row| TopicEntry {
            life_event: row.kind == "life_event",
            name: match lang {
                Lang::Nl => row.name_nl.clone(),
                Lang::Fr => row.name_fr.clone(),
                Lang::De => row.name_de.clone(),
                Lang::En => row.name_en.clone(),
            },
            code: row.code.clone(),
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
    dutch: Option<&'a concept_text::Model>,
    translated: Option<&'a concept_text::Model>,
    lang: Lang,
}

impl<'a> Texts<'a> {
    fn new(record: &'a ConceptRecord, lang: Lang) -> Self {
        Texts {
            dutch: record.texts.get("nl"),
            translated: (lang != Lang::Nl)
                .then(|| record.texts.get(lang.code()))
                .flatten(),
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
            text: self.dutch.and_then(field).unwrap_or_default(),
            lang: "nl".to_owned(),
        }
    }
}

/// The inventory as a download: one row per product, one column per
/// municipality, in the page's language.
pub mod download {
    use crate::model::{ChannelTotals, Inventory, TopicEntry};
    use crate::pages::catalogue::channel_name;
    use i18n_embed::fluent::FluentLanguageLoader;
    use i18n_embed_fl::fl;
    use serde::Serialize;
    use std::collections::BTreeMap;

    /// CSV (RFC 4180: commas, CRLF, every field quoted), starting with a byte
    /// order mark so spreadsheet programs read the accents right.
    pub fn csv(
        inventory: &Inventory,
        topic: Option<&TopicEntry>,
        l: &FluentLanguageLoader,
    ) -> String {
        let mut out = String::from("\u{feff}");
        let mut header = vec![fl!(l, "inventory-product"), fl!(l, "inventory-code")];
        header.extend(inventory.municipalities.iter().map(|m| m.name.clone()));
        push_row(&mut out, &header);
        for product in inventory.products_of(topic) {
            let mut row = vec![product.title.text.clone(), product.code.clone()];
            row.extend(product.channels.iter().map(|c| channel_name(l, *c)));
            push_row(&mut out, &row);
        }
        out
    }

    fn push_row(out: &mut String, fields: &[String]) {
        let quoted: Vec<String> = fields.iter().map(|field| quote(field)).collect();
        out.push_str(&quoted.join(","));
        out.push_str("\r\n");
    }

    /// One quoted field. A field that a spreadsheet would run as a formula
    /// gets a leading apostrophe (OWASP's advice against CSV injection).
    fn quote(field: &str) -> String {
        let guard = if field.starts_with(['=', '+', '-', '@', '\t', '\r']) {
            "'"
        } else {
            ""
        };
        format!("\"{guard}{}\"", field.replace('"', "\"\""))
    }

    /// The JSON download: stable codes (channel codes as in the catalogue
    /// exchange format, municipality slugs) with the names in the page's language.
    #[derive(Debug, Serialize)]
    pub struct InventoryDocument {
        /// The topic the rows are limited to, if any.
        pub topic: Option<String>,
        pub demo_content: bool,
        pub municipalities: Vec<MunicipalityTotals>,
        pub products: Vec<ProductChannels>,
    }

    #[derive(Debug, Serialize)]
    pub struct MunicipalityTotals {
        pub slug: String,
        pub name: String,
        pub totals: ChannelTotals,
        pub offered: usize,
        pub online_percent: usize,
    }

    #[derive(Debug, Serialize)]
    pub struct ProductChannels {
        pub code: String,
        pub title: String,
        pub title_lang: String,
        /// By municipality slug: `online`, `online_with_visit`, `appointment`,
        /// `counter` or `not_offered`.
        pub channels: BTreeMap<String, &'static str>,
    }

    pub fn document(inventory: &Inventory, topic: Option<&TopicEntry>) -> InventoryDocument {
        let products: Vec<_> = inventory.products_of(topic).collect();
        let totals = inventory.totals(products.iter().copied());
        InventoryDocument {
            topic: topic.map(|t| t.code.clone()),
            demo_content: inventory.demo_content,
            municipalities: inventory
                .municipalities
                .iter()
                .zip(totals)
                .map(|(m, totals)| MunicipalityTotals {
                    slug: m.slug.clone(),
                    name: m.name.clone(),
                    offered: totals.offered(),
                    online_percent: totals.online_percent(),
                    totals,
                })
                .collect(),
            products: products
                .into_iter()
                .map(|p| ProductChannels {
                    code: p.code.clone(),
                    title: p.title.text.clone(),
                    title_lang: p.title.lang.clone(),
                    channels: inventory
                        .municipalities
                        .iter()
                        .zip(&p.channels)
                        .map(|(m, channel)| {
                            let code = channel.map_or("not_offered", |c| c.exchange_code());
                            (m.slug.clone(), code)
                        })
                        .collect(),
                })
                .collect(),
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn csv_fields_are_quoted_and_formulas_neutralised() {
            assert_eq!(quote("Paspoort"), "\"Paspoort\"");
            assert_eq!(quote("Zeg \"ja\""), r#""Zeg ""ja""""#);
            assert_eq!(quote("=HYPERLINK(1)"), "\"'=HYPERLINK(1)\"");
            assert_eq!(quote("-1"), "\"'-1\"");
            let mut out = String::new();
            push_row(&mut out, &["a,b".to_owned(), "c".to_owned()]);
            assert_eq!(out, "\"a,b\",\"c\"\r\n");
        }
    }
}

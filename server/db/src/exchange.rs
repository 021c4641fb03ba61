//! The catalogue exchange format: the whole regional product catalogue as one
//! JSON-LD 1.1 document, and its two directions, [`export`] and [`import`].
//!
//! Municipalities and the region trade catalogues with IPDC/LPDC-style tools,
//! so the document reads as plain JSON (the field names of the original seed
//! file) and, through its `@context`, as linked data in CPSV-AP, DCTERMS, DCAT
//! and SKOS terms, with an own namespace (`ewh:`) for what those lack.
//! The shipped demo catalogue (`seed/catalogue.json`) is such a document and
//! is loaded through [`import`]: there is one writer of the catalogue.
//!
//! Import validates the whole document first and reports every problem with
//! its path, so an operator fixes a file in one go; bad input changes nothing.

use crate::entities::{
    concept, concept_keyword, concept_text, concept_topic, municipality, product_instance,
    search_term, topic,
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set, TransactionSession, TransactionTrait,
};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;

/// The format marker (`dct:conformsTo`). A later, incompatible shape gets a
/// new one, so an old file is recognised instead of half understood.
pub const FORMAT: &str = "https://e-westhoek.be/ns/catalogue/v1";
/// The own vocabulary, for what CPSV-AP, DCTERMS and DCAT have no term for.
pub const NAMESPACE: &str = "https://e-westhoek.be/ns/catalogue#";
/// The `@type` of a concept (CPSV-AP public service).
pub const PUBLIC_SERVICE: &str = "cpsv:PublicService";

/// The languages the catalogue is written in; Dutch is required.
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
pub const TOPIC_KINDS: [&str; 2] = ["theme", "life_event"];

/// Longest code (a code is also part of a product's address).
pub const MAX_CODE: usize = 64;
/// Longest title, topic name or keyword: they are shown in lists.
pub const MAX_TITLE: usize = 200;
/// Longest summary: one or two sentences under a title.
pub const MAX_SUMMARY: usize = 1_000;
/// Longest description, conditions, ... or local note.
pub const MAX_TEXT: usize = 20_000;

/// Rows per multi-row insert: far below the bind-parameter limits of SQLite
/// (32,766) and PostgreSQL (65,535) for the widest row written here.
const CHUNK: usize = 500;

/// The JSON-LD 1.1 context of the document: maps the field names to CPSV-AP,
/// DCTERMS, DCAT and SKOS terms. Inside `concepts` a scoped context gives
/// `topics` its other meaning (a concept's topic codes, `dct:subject`).
pub fn context() -> serde_json::Value {
    serde_json::json!({
        "@version": 1.1,
        "cpsv": "http://purl.org/vocab/cpsv#",
        "cv": "http://data.europa.eu/m8g/",
        "dcat": "http://www.w3.org/ns/dcat#",
        "dct": "http://purl.org/dc/terms/",
        "skos": "http://www.w3.org/2004/02/skos/core#",
        "ewh": NAMESPACE,
        "format": { "@id": "dct:conformsTo", "@type": "@id" },
        "demo_content": "ewh:demoContent",
        "code": "dct:identifier",
        "topics": { "@id": "ewh:topic", "@container": "@list" },
        "kind": "ewh:topicKind",
        "name": { "@id": "skos:prefLabel", "@container": "@language" },
        "concepts": {
            "@id": "ewh:concept",
            "@context": {
                "topics": "dct:subject",
                "product_type": "dct:type",
                "min_assurance": "ewh:minAssurance",
                "default_channel": "cv:hasChannel",
                "default_fee_cents": "ewh:defaultFeeCents",
                "default_lead_time_days": "ewh:defaultLeadTimeDays",
                "keywords": { "@id": "dcat:keyword", "@container": "@language" },
                "text": {
                    "@id": "ewh:text",
                    "@container": "@index",
                    "@index": "dct:language"
                },
                "title": "dct:title",
                "summary": "ewh:summary",
                "description": "dct:description",
                "conditions": "cv:hasCriterion",
                "evidence": "cpsv:hasInput",
                "procedure": "ewh:procedure",
                "costs": "cv:hasCost",
                "target_groups": "ewh:targetGroup",
                "local": {
                    "@id": "ewh:local",
                    "@container": "@index",
                    "@index": "ewh:municipality"
                },
                "offered": "ewh:offered",
                "channel": "cv:hasChannel",
                "fee_cents": "ewh:feeCents",
                "lead_time_days": "ewh:leadTimeDays",
                "note": { "@id": "ewh:note", "@container": "@language" }
            }
        }
    })
}

/// A whole catalogue: the topic taxonomy in display order and every concept
/// with its texts and each municipality's variation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CatalogueDocument {
    /// Written on export; on import its contents are not read (the fields
    /// mean what this module says), and it may be left out.
    #[serde(rename = "@context", default, skip_serializing_if = "Option::is_none")]
    pub context: Option<serde_json::Value>,
    /// Must be [`FORMAT`].
    #[serde(default)]
    pub format: String,
    /// True for invented demo content (shown as such on every page).
    pub demo_content: bool,
    pub topics: Vec<TopicEntry>,
    pub concepts: Vec<ConceptEntry>,
}

/// A theme or life event the catalogue is browsed by.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TopicEntry {
    pub code: String,
    /// `theme` or `life_event`.
    pub kind: String,
    /// Name per language; Dutch is required.
    pub name: BTreeMap<String, String>,
}

/// A regional concept product and, in `local`, how municipalities differ
/// from its defaults.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConceptEntry {
    /// [`PUBLIC_SERVICE`] when given.
    #[serde(rename = "@type", default, skip_serializing_if = "Option::is_none")]
    pub rdf_type: Option<String>,
    pub code: String,
    pub product_type: String,
    pub min_assurance: String,
    /// Topic codes, as a set: exported in the topics' order.
    pub topics: Vec<String>,
    pub default_channel: String,
    pub default_fee_cents: i32,
    pub default_lead_time_days: i32,
    /// Words people use for it, per language.
    #[serde(default)]
    pub keywords: BTreeMap<String, Vec<String>>,
    /// Texts per language; Dutch is required.
    pub text: BTreeMap<String, TextEntry>,
    /// Per municipality slug; a municipality not named here offers the
    /// concept with its defaults.
    #[serde(default)]
    pub local: BTreeMap<String, LocalVariation>,
}

/// A concept's texts in one language. Only title and summary are required;
/// a missing field falls back to Dutch on the page.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TextEntry {
    pub title: String,
    pub summary: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conditions: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub procedure: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub costs: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_groups: Option<String>,
}

/// How one municipality's instance differs from the concept's defaults.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocalVariation {
    /// `false`: the municipality does not offer it (missing means offered).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offered: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fee_cents: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead_time_days: Option<i32>,
    /// A local note per language; Dutch first.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub note: BTreeMap<String, String>,
}

impl LocalVariation {
    /// No difference from the defaults: export leaves such an entry out.
    pub fn is_default(&self) -> bool {
        self.offered.unwrap_or(true)
            && self.channel.is_none()
            && self.fee_cents.is_none()
            && self.lead_time_days.is_none()
            && self.note.is_empty()
    }

    pub fn from_instance(instance: &product_instance::Model) -> LocalVariation {
        let note = [
            ("nl", &instance.note_nl),
            ("fr", &instance.note_fr),
            ("de", &instance.note_de),
            ("en", &instance.note_en),
        ]
        .into_iter()
        .filter_map(|(lang, note)| note.clone().map(|note| (lang.to_owned(), note)))
        .collect();
        LocalVariation {
            offered: (!instance.offered).then_some(false),
            channel: instance.channel.clone(),
            fee_cents: instance.fee_cents,
            lead_time_days: instance.lead_time_days,
            note,
        }
    }

    /// Whether `instance` already holds exactly this variation.
    fn matches(&self, instance: &product_instance::Model) -> bool {
        self.offered.unwrap_or(true) == instance.offered
            && self.channel == instance.channel
            && self.fee_cents == instance.fee_cents
            && self.lead_time_days == instance.lead_time_days
            && self.note.get("nl") == instance.note_nl.as_ref()
            && self.note.get("fr") == instance.note_fr.as_ref()
            && self.note.get("de") == instance.note_de.as_ref()
            && self.note.get("en") == instance.note_en.as_ref()
    }

    fn write_to(&self, row: &mut product_instance::ActiveModel) {
        row.offered = Set(self.offered.unwrap_or(true));
        row.channel = Set(self.channel.clone());
        row.fee_cents = Set(self.fee_cents);
        row.lead_time_days = Set(self.lead_time_days);
        row.note_nl = Set(self.note.get("nl").cloned());
        row.note_fr = Set(self.note.get("fr").cloned());
        row.note_de = Set(self.note.get("de").cloned());
        row.note_en = Set(self.note.get("en").cloned());
    }
}

impl From<concept_text::Model> for TextEntry {
    fn from(text: concept_text::Model) -> TextEntry {
        TextEntry {
            title: text.title,
            summary: text.summary,
            description: text.description,
            conditions: text.conditions,
            evidence: text.evidence,
            procedure: text.procedure,
            costs: text.costs,
            target_groups: text.target_groups,
        }
    }
}

impl ConceptEntry {
    /// Sets the concept row's own fields (not `demo_content`).
    fn write_to(&self, row: &mut concept::ActiveModel) {
        row.code = Set(self.code.clone());
        row.product_type = Set(self.product_type.clone());
        row.min_assurance = Set(self.min_assurance.clone());
        row.default_channel = Set(self.default_channel.clone());
        row.default_fee_cents = Set(self.default_fee_cents);
        row.default_lead_time_days = Set(self.default_lead_time_days);
    }
}

/// One concept as the document has it, without `local`: what an editor of
/// the regional product works on. `None` when there is no such concept.
pub async fn export_concept<C: ConnectionTrait>(
    db: &C,
    code: &str,
) -> Result<Option<ConceptEntry>, DbErr> {
    let Some(row) = concept::Entity::find()
        .filter(concept::Column::Code.eq(code))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let text = concept_text::Entity::find()
        .filter(concept_text::Column::ConceptId.eq(row.id))
        .all(db)
        .await?
        .into_iter()
        .map(|text| (text.lang.clone(), TextEntry::from(text)))
        .collect();
    let mut keywords: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for keyword in concept_keyword::Entity::find()
        .filter(concept_keyword::Column::ConceptId.eq(row.id))
        .order_by_asc(concept_keyword::Column::Id)
        .all(db)
        .await?
    {
        keywords
            .entry(keyword.lang)
            .or_default()
            .push(keyword.keyword);
    }
    let linked: HashSet<i32> = concept_topic::Entity::find()
        .filter(concept_topic::Column::ConceptId.eq(row.id))
        .all(db)
        .await?
        .into_iter()
        .map(|link| link.topic_id)
        .collect();
    let topics = topic::Entity::find()
        .order_by_asc(topic::Column::Position)
        .order_by_asc(topic::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .filter(|t| linked.contains(&t.id))
        .map(|t| t.code)
        .collect();
    Ok(Some(ConceptEntry {
        rdf_type: Some(PUBLIC_SERVICE.to_owned()),
        code: row.code,
        product_type: row.product_type,
        min_assurance: row.min_assurance,
        topics,
        default_channel: row.default_channel,
        default_fee_cents: row.default_fee_cents,
        default_lead_time_days: row.default_lead_time_days,
        keywords,
        text,
        local: BTreeMap::new(),
    }))
}

/// Writes one concept that [`validate_concept`] found no problem in: its
/// row (created when new, `demo_content` kept when not), texts, keywords,
/// topic links and search terms replaced. A new concept is offered in every
/// municipality with its defaults, as an import without `local` does.
/// `entry.local` is not read. Returns the concept's id.
pub async fn write_concept<C: ConnectionTrait>(db: &C, entry: &ConceptEntry) -> Result<i32, DbErr> {
    let existing = concept::Entity::find()
        .filter(concept::Column::Code.eq(&entry.code))
        .one(db)
        .await?;
    let is_new = existing.is_none();
    let mut row = existing.map_or_else(
        <concept::ActiveModel as Default>::default,
        concept::ActiveModel::from,
    );
    entry.write_to(&mut row);
    if is_new {
        row.demo_content = Set(false);
    }
    let concept_id = *row.save(db).await?.id.as_ref();

    let topics = topic::Entity::find().all(db).await?;
    let topic_ids: HashMap<&str, i32> = topics.iter().map(|t| (t.code.as_str(), t.id)).collect();
    delete_children(db, &[concept_id]).await?;
    let mut rows = ChildRows::default();
    rows.add(concept_id, entry, &topic_ids);
    rows.insert(db).await?;

    if is_new {
        let instances = municipality::Entity::find()
            .all(db)
            .await?
            .into_iter()
            .map(|m| {
                let mut row = product_instance::ActiveModel {
                    concept_id: Set(concept_id),
                    municipality_id: Set(m.id),
                    ..Default::default()
                };
                LocalVariation::default().write_to(&mut row);
                row
            })
            .collect();
        insert_chunked(db, instances).await?;
    }
    Ok(concept_id)
}

/// Writes one municipality's variation of a concept that
/// [`validate_local`] found no problem in (the instance is created when the
/// municipality has none yet).
pub async fn write_local<C: ConnectionTrait>(
    db: &C,
    concept_id: i32,
    municipality_id: i32,
    variation: &LocalVariation,
) -> Result<(), DbErr> {
    let existing = product_instance::Entity::find()
        .filter(product_instance::Column::ConceptId.eq(concept_id))
        .filter(product_instance::Column::MunicipalityId.eq(municipality_id))
        .one(db)
        .await?;
    match existing {
        Some(row) => {
            let mut row = product_instance::ActiveModel::from(row);
            variation.write_to(&mut row);
            row.update(db).await?;
        }
        None => {
            let mut row = product_instance::ActiveModel {
                concept_id: Set(concept_id),
                municipality_id: Set(municipality_id),
                ..Default::default()
            };
            variation.write_to(&mut row);
            row.insert(db).await?;
        }
    }
    Ok(())
}

/// Reads the whole catalogue in seven queries, in a stable order: topics by
/// position, concepts by code, keywords as entered, `local` only for
/// instances that differ from the defaults.
#[tracing::instrument(skip(db))]
pub async fn export<C: ConnectionTrait>(db: &C) -> Result<CatalogueDocument, DbErr> {
    let topics = topic::Entity::find()
        .order_by_asc(topic::Column::Position)
        .order_by_asc(topic::Column::Id)
        .all(db)
        .await?;
    let concepts = concept::Entity::find()
        .order_by_asc(concept::Column::Code)
        .all(db)
        .await?;
    let texts = concept_text::Entity::find().all(db).await?;
    let keywords = concept_keyword::Entity::find()
        .order_by_asc(concept_keyword::Column::Id)
        .all(db)
        .await?;
    let links = concept_topic::Entity::find().all(db).await?;
    let slugs: HashMap<i32, String> = municipality::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|m| (m.id, m.slug))
        .collect();
    let instances = product_instance::Entity::find().all(db).await?;

    // A topic's rank in the list and its code, for a concept's topic codes.
    let topic_rank: HashMap<i32, (usize, &str)> = topics
        .iter()
        .enumerate()
        .map(|(rank, t)| (t.id, (rank, t.code.as_str())))
        .collect();
    let mut concept_topics: HashMap<i32, Vec<(usize, &str)>> = HashMap::new();
    for link in &links {
        if let Some(&ranked) = topic_rank.get(&link.topic_id) {
            concept_topics
                .entry(link.concept_id)
                .or_default()
                .push(ranked);
        }
    }
    let mut concept_texts: HashMap<i32, BTreeMap<String, TextEntry>> = HashMap::new();
    for text in texts {
        concept_texts
            .entry(text.concept_id)
            .or_default()
            .insert(text.lang.clone(), TextEntry::from(text));
    }
    let mut concept_keywords: HashMap<i32, BTreeMap<String, Vec<String>>> = HashMap::new();
    for keyword in keywords {
        concept_keywords
            .entry(keyword.concept_id)
            .or_default()
            .entry(keyword.lang)
            .or_default()
            .push(keyword.keyword);
    }
    let mut concept_local: HashMap<i32, BTreeMap<String, LocalVariation>> = HashMap::new();
    for instance in &instances {
        let variation = LocalVariation::from_instance(instance);
        if let (false, Some(slug)) = (variation.is_default(), slugs.get(&instance.municipality_id))
        {
            concept_local
                .entry(instance.concept_id)
                .or_default()
                .insert(slug.clone(), variation);
        }
    }

    let demo_content = concepts.iter().any(|c| c.demo_content);
    let concepts = concepts
        .into_iter()
        .map(|c| {
            let mut topics = concept_topics.remove(&c.id).unwrap_or_default();
            topics.sort_unstable();
            ConceptEntry {
                rdf_type: Some(PUBLIC_SERVICE.to_owned()),
                topics: topics
                    .into_iter()
                    .map(|(_, code)| code.to_owned())
                    .collect(),
                keywords: concept_keywords.remove(&c.id).unwrap_or_default(),
                text: concept_texts.remove(&c.id).unwrap_or_default(),
                local: concept_local.remove(&c.id).unwrap_or_default(),
                code: c.code,
                product_type: c.product_type,
                min_assurance: c.min_assurance,
                default_channel: c.default_channel,
                default_fee_cents: c.default_fee_cents,
                default_lead_time_days: c.default_lead_time_days,
            }
        })
        .collect();
    let topics = topics
        .into_iter()
        .map(|t| TopicEntry {
            name: [
                ("nl", t.name_nl),
                ("fr", t.name_fr),
                ("de", t.name_de),
                ("en", t.name_en),
            ]
            .into_iter()
            .filter(|(_, name)| !name.is_empty())
            .map(|(lang, name)| (lang.to_owned(), name))
            .collect(),
            code: t.code,
            kind: t.kind,
        })
        .collect();
    Ok(CatalogueDocument {
        context: Some(context()),
        format: FORMAT.to_owned(),
        demo_content,
        topics,
        concepts,
    })
}

/// One thing wrong in a document, where it is: `concepts[3].local.ieper.channel`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Collects problems while walking a document.
#[derive(Default)]
struct Problems(Vec<Problem>);

impl Problems {
    fn add(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.0.push(Problem {
            path: path.into(),
            message: message.into(),
        });
    }

    fn one_of(&mut self, path: &str, value: &str, allowed: &[&str]) {
        if !allowed.contains(&value) {
            self.add(
                path,
                format!("{value:?} is not one of {}", allowed.join(", ")),
            );
        }
    }

    fn code(&mut self, path: &str, code: &str) {
        if code.is_empty() {
            self.add(path, "empty code");
        } else if code.chars().count() > MAX_CODE {
            self.add(path, format!("longer than {MAX_CODE} characters"));
        } else if !code.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
            self.add(
                path,
                format!("{code:?} may hold only lower-case letters a-z and '-'"),
            );
        }
    }

    fn language(&mut self, path: &str, lang: &str) {
        if !LANGS.contains(&lang) {
            self.add(
                path,
                format!("unknown language {lang:?} (one of {})", LANGS.join(", ")),
            );
        }
    }

    /// A required text: not blank, not too long.
    fn required(&mut self, path: &str, text: &str, max: usize) {
        if text.trim().is_empty() {
            self.add(path, "empty");
        } else {
            self.length(path, text, max);
        }
    }

    fn length(&mut self, path: &str, text: &str, max: usize) {
        let length = text.chars().count();
        if length > max {
            self.add(path, format!("{length} characters, at most {max}"));
        }
    }

    fn not_negative(&mut self, path: &str, value: i32) {
        if value < 0 {
            self.add(path, format!("{value} is negative"));
        }
    }
}

/// Every problem in `document`, given the slugs of the municipalities in the
/// database. Empty means the document can be imported.
pub fn validate(
    document: &CatalogueDocument,
    municipality_slugs: &HashSet<String>,
) -> Vec<Problem> {
    let mut problems = Problems::default();
    if document.format != FORMAT {
        problems.add(
            "format",
            format!(
                "{:?} is not the supported format {FORMAT:?}",
                document.format
            ),
        );
    }

    let mut topic_codes = HashSet::new();
    for (i, topic) in document.topics.iter().enumerate() {
        let path = format!("topics[{i}]");
        problems.code(&format!("{path}.code"), &topic.code);
        if !topic_codes.insert(topic.code.as_str()) {
            problems.add(
                format!("{path}.code"),
                format!("duplicate topic code {:?}", topic.code),
            );
        }
        problems.one_of(&format!("{path}.kind"), &topic.kind, &TOPIC_KINDS);
        if !topic.name.contains_key("nl") {
            problems.add(format!("{path}.name"), "no Dutch (nl) name");
        }
        for (lang, name) in &topic.name {
            let path = format!("{path}.name.{lang}");
            problems.language(&path, lang);
            problems.required(&path, name, MAX_TITLE);
        }
    }

    let mut concept_codes = HashSet::new();
    for (i, concept) in document.concepts.iter().enumerate() {
        let path = format!("concepts[{i}]");
        if !concept_codes.insert(concept.code.as_str()) {
            problems.add(
                format!("{path}.code"),
                format!("duplicate concept code {:?}", concept.code),
            );
        }
        check_concept(&mut problems, &path, concept, &topic_codes);
        for (slug, local) in &concept.local {
            let path = format!("{path}.local.{slug}");
            if !municipality_slugs.contains(slug) {
                problems.add(&path, format!("unknown municipality {slug:?}"));
            }
            check_local(&mut problems, &path, local);
        }
    }
    problems.0
}

/// Every problem in one concept (its `local` is not read), given the topic
/// codes that exist. Empty means it can be written.
pub fn validate_concept(concept: &ConceptEntry, topic_codes: &HashSet<&str>) -> Vec<Problem> {
    let mut problems = Problems::default();
    check_concept(&mut problems, "concept", concept, topic_codes);
    problems.0
}

/// Every problem in one municipality's variation of a concept.
pub fn validate_local(local: &LocalVariation) -> Vec<Problem> {
    let mut problems = Problems::default();
    check_local(&mut problems, "local", local);
    problems.0
}

fn check_concept(
    problems: &mut Problems,
    path: &str,
    concept: &ConceptEntry,
    topic_codes: &HashSet<&str>,
) {
    if let Some(rdf_type) = &concept.rdf_type {
        problems.one_of(
            &format!("{path}.@type"),
            rdf_type,
            &[PUBLIC_SERVICE, "http://purl.org/vocab/cpsv#PublicService"],
        );
    }
    problems.code(&format!("{path}.code"), &concept.code);
    problems.one_of(
        &format!("{path}.product_type"),
        &concept.product_type,
        &PRODUCT_TYPES,
    );
    problems.one_of(
        &format!("{path}.min_assurance"),
        &concept.min_assurance,
        &ASSURANCES,
    );
    problems.one_of(
        &format!("{path}.default_channel"),
        &concept.default_channel,
        &CHANNELS,
    );
    problems.not_negative(
        &format!("{path}.default_fee_cents"),
        concept.default_fee_cents,
    );
    problems.not_negative(
        &format!("{path}.default_lead_time_days"),
        concept.default_lead_time_days,
    );

    let mut seen = HashSet::new();
    for (j, code) in concept.topics.iter().enumerate() {
        let path = format!("{path}.topics[{j}]");
        if !topic_codes.contains(code.as_str()) {
            problems.add(&path, format!("unknown topic code {code:?}"));
        } else if !seen.insert(code.as_str()) {
            problems.add(&path, format!("topic {code:?} is listed twice"));
        }
    }

    for (lang, words) in &concept.keywords {
        let path = format!("{path}.keywords.{lang}");
        problems.language(&path, lang);
        for (j, word) in words.iter().enumerate() {
            problems.required(&format!("{path}[{j}]"), word, MAX_TITLE);
        }
    }

    if !concept.text.contains_key("nl") {
        problems.add(format!("{path}.text"), "no Dutch (nl) text");
    }
    for (lang, text) in &concept.text {
        let path = format!("{path}.text.{lang}");
        problems.language(&path, lang);
        problems.required(&format!("{path}.title"), &text.title, MAX_TITLE);
        problems.required(&format!("{path}.summary"), &text.summary, MAX_SUMMARY);
        for (field, value) in [
            ("description", &text.description),
            ("conditions", &text.conditions),
            ("evidence", &text.evidence),
            ("procedure", &text.procedure),
            ("costs", &text.costs),
            ("target_groups", &text.target_groups),
        ] {
            if let Some(value) = value {
                problems.required(&format!("{path}.{field}"), value, MAX_TEXT);
            }
        }
    }
}

fn check_local(problems: &mut Problems, path: &str, local: &LocalVariation) {
    if let Some(channel) = &local.channel {
        problems.one_of(&format!("{path}.channel"), channel, &CHANNELS);
    }
    if let Some(fee) = local.fee_cents {
        problems.not_negative(&format!("{path}.fee_cents"), fee);
    }
    if let Some(days) = local.lead_time_days {
        problems.not_negative(&format!("{path}.lead_time_days"), days);
    }
    if !local.note.is_empty() && !local.note.contains_key("nl") {
        problems.add(format!("{path}.note"), "a note needs a Dutch (nl) text");
    }
    for (lang, note) in &local.note {
        let path = format!("{path}.note.{lang}");
        problems.language(&path, lang);
        problems.required(&path, note, MAX_TEXT);
    }
}

/// How to import.
#[derive(Clone, Copy, Debug, Default)]
pub struct ImportOptions {
    /// Delete concepts and topics that are in the database but not in the
    /// document (with their texts, keywords, search terms and instances).
    pub remove_missing: bool,
    /// Validate and report what would change, write nothing.
    pub dry_run: bool,
}

/// What an import did (or, in a dry run, would do).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportSummary {
    pub dry_run: bool,
    pub concepts_created: Vec<String>,
    pub concepts_updated: Vec<String>,
    pub concepts_unchanged: usize,
    /// In the database, not in the document, left in place.
    pub concepts_kept: Vec<String>,
    pub concepts_removed: Vec<String>,
    pub topics_created: Vec<String>,
    pub topics_updated: usize,
    pub topics_unchanged: usize,
    pub topics_kept: Vec<String>,
    pub topics_removed: Vec<String>,
    /// Product instances inserted or changed (unchanged ones are not written).
    pub instances_written: usize,
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("the catalogue document has {} problem(s); nothing was changed", .0.len())]
    Invalid(Vec<Problem>),
    #[error(transparent)]
    Db(#[from] DbErr),
}

/// A concept as compared for the summary: topic order, `@type` and entries
/// that equal the defaults make no difference.
fn comparable(concept: &ConceptEntry) -> ConceptEntry {
    let mut concept = concept.clone();
    concept.rdf_type = None;
    concept.topics.sort_unstable();
    concept.local.retain(|_, local| !local.is_default());
    for local in concept.local.values_mut() {
        local.offered = local.offered.filter(|offered| !offered);
    }
    concept
}

/// Validates `document` against the municipalities in the database, then
/// writes it in one transaction (a savepoint when `db` is a transaction):
/// topics and concepts upserted by code, their texts, keywords, topic links
/// and search terms replaced, and one instance per concept and municipality
/// (the local variation or the defaults). Nothing is written when the
/// document has a problem or `options.dry_run` is set.
#[tracing::instrument(skip(db, document), fields(concepts = document.concepts.len()))]
pub async fn import<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    document: &CatalogueDocument,
    options: ImportOptions,
) -> Result<ImportSummary, ImportError> {
    let txn = crate::begin_write(db).await?;
    let municipalities: BTreeMap<String, i32> = municipality::Entity::find()
        .all(&txn)
        .await?
        .into_iter()
        .map(|m| (m.slug, m.id))
        .collect();
    let slugs: HashSet<String> = municipalities.keys().cloned().collect();
    let problems = validate(document, &slugs);
    if !problems.is_empty() {
        txn.rollback().await?;
        return Err(ImportError::Invalid(problems));
    }

    // What is there now, to plan and report the changes.
    let current = export(&txn).await?;
    let current_concepts: HashMap<&str, &ConceptEntry> = current
        .concepts
        .iter()
        .map(|c| (c.code.as_str(), c))
        .collect();
    let existing_concepts: HashMap<String, concept::Model> = concept::Entity::find()
        .all(&txn)
        .await?
        .into_iter()
        .map(|c| (c.code.clone(), c))
        .collect();
    let existing_topics: HashMap<String, topic::Model> = topic::Entity::find()
        .all(&txn)
        .await?
        .into_iter()
        .map(|t| (t.code.clone(), t))
        .collect();
    let existing_instances: HashMap<(i32, i32), product_instance::Model> =
        product_instance::Entity::find()
            .all(&txn)
            .await?
            .into_iter()
            .map(|i| ((i.concept_id, i.municipality_id), i))
            .collect();

    let mut summary = ImportSummary {
        dry_run: options.dry_run,
        ..ImportSummary::default()
    };
    let document_topics: HashSet<&str> = document.topics.iter().map(|t| t.code.as_str()).collect();
    for (position, entry) in document.topics.iter().enumerate() {
        match existing_topics.get(&entry.code) {
            None => summary.topics_created.push(entry.code.clone()),
            Some(row) if topic_matches(row, entry, position) => summary.topics_unchanged += 1,
            Some(_) => summary.topics_updated += 1,
        }
    }
    let mut missing_topics: Vec<&topic::Model> = existing_topics
        .values()
        .filter(|t| !document_topics.contains(t.code.as_str()))
        .collect();
    missing_topics.sort_by(|a, b| a.code.cmp(&b.code));
    let missing_topic_codes = missing_topics.iter().map(|t| t.code.clone()).collect();
    if options.remove_missing {
        summary.topics_removed = missing_topic_codes;
    } else {
        summary.topics_kept = missing_topic_codes;
    }

    let document_concepts: HashSet<&str> =
        document.concepts.iter().map(|c| c.code.as_str()).collect();
    for entry in &document.concepts {
        match current_concepts.get(entry.code.as_str()) {
            None => summary.concepts_created.push(entry.code.clone()),
            Some(current_entry)
                if comparable(current_entry) == comparable(entry)
                    && existing_concepts
                        .get(&entry.code)
                        .is_some_and(|c| c.demo_content == document.demo_content) =>
            {
                summary.concepts_unchanged += 1;
            }
            Some(_) => summary.concepts_updated.push(entry.code.clone()),
        }
    }
    let mut missing_concepts: Vec<&concept::Model> = existing_concepts
        .values()
        .filter(|c| !document_concepts.contains(c.code.as_str()))
        .collect();
    missing_concepts.sort_by(|a, b| a.code.cmp(&b.code));
    let missing_concept_codes = missing_concepts.iter().map(|c| c.code.clone()).collect();
    if options.remove_missing {
        summary.concepts_removed = missing_concept_codes;
    } else {
        summary.concepts_kept = missing_concept_codes;
    }

    // Instances: (concept code, municipality id, variation, existing row).
    let default_variation = LocalVariation::default();
    let mut instance_plan = Vec::new();
    for entry in &document.concepts {
        let concept_id = existing_concepts.get(&entry.code).map(|c| c.id);
        for (slug, &municipality_id) in &municipalities {
            let variation = entry.local.get(slug).unwrap_or(&default_variation);
            let existing = concept_id.and_then(|id| existing_instances.get(&(id, municipality_id)));
            if existing.is_none_or(|row| !variation.matches(row)) {
                instance_plan.push((entry.code.as_str(), municipality_id, variation, existing));
            }
        }
    }
    summary.instances_written = instance_plan.len();

    if options.dry_run {
        txn.rollback().await?;
        return Ok(summary);
    }

    // Topics, in the document's order.
    let mut topic_ids: HashMap<&str, i32> = HashMap::new();
    for (position, entry) in document.topics.iter().enumerate() {
        let mut row = existing_topics.get(&entry.code).cloned().map_or_else(
            <topic::ActiveModel as Default>::default,
            topic::ActiveModel::from,
        );
        let name = |lang: &str| entry.name.get(lang).cloned().unwrap_or_default();
        row.code = Set(entry.code.clone());
        row.kind = Set(entry.kind.clone());
        row.position = Set(i32::try_from(position).unwrap_or(i32::MAX));
        row.name_nl = Set(name("nl"));
        row.name_fr = Set(name("fr"));
        row.name_de = Set(name("de"));
        row.name_en = Set(name("en"));
        let saved = row.save(&txn).await?;
        topic_ids.insert(entry.code.as_str(), *saved.id.as_ref());
    }

    // Concepts.
    let mut concept_ids: HashMap<&str, i32> = HashMap::new();
    for entry in &document.concepts {
        let mut row = existing_concepts.get(&entry.code).cloned().map_or_else(
            <concept::ActiveModel as Default>::default,
            concept::ActiveModel::from,
        );
        entry.write_to(&mut row);
        row.demo_content = Set(document.demo_content);
        let saved = row.save(&txn).await?;
        concept_ids.insert(entry.code.as_str(), *saved.id.as_ref());
    }

    if options.remove_missing {
        let ids: Vec<i32> = missing_concepts.iter().map(|c| c.id).collect();
        // The foreign keys cascade; deleting the children first does not
        // depend on SQLite's foreign_keys setting.
        delete_children(&txn, &ids).await?;
        product_instance::Entity::delete_many()
            .filter(product_instance::Column::ConceptId.is_in(ids.clone()))
            .exec(&txn)
            .await?;
        concept::Entity::delete_many()
            .filter(concept::Column::Id.is_in(ids))
            .exec(&txn)
            .await?;
        let ids: Vec<i32> = missing_topics.iter().map(|t| t.id).collect();
        concept_topic::Entity::delete_many()
            .filter(concept_topic::Column::TopicId.is_in(ids.clone()))
            .exec(&txn)
            .await?;
        topic::Entity::delete_many()
            .filter(topic::Column::Id.is_in(ids))
            .exec(&txn)
            .await?;
    }

    // Texts, keywords, topic links and search terms are replaced as a whole.
    let ids: Vec<i32> = concept_ids.values().copied().collect();
    delete_children(&txn, &ids).await?;
    let mut rows = ChildRows::default();
    for entry in &document.concepts {
        if let Some(&concept_id) = concept_ids.get(entry.code.as_str()) {
            rows.add(concept_id, entry, &topic_ids);
        }
    }
    rows.insert(&txn).await?;

    // Instances: new ones in bulk, changed ones one by one, the rest untouched.
    let mut new_instances = Vec::new();
    for (code, municipality_id, variation, existing) in instance_plan {
        let Some(&concept_id) = concept_ids.get(code) else {
            continue;
        };
        match existing {
            Some(row) => {
                let mut row = product_instance::ActiveModel::from(row.clone());
                variation.write_to(&mut row);
                row.update(&txn).await?;
            }
            None => {
                let mut row = product_instance::ActiveModel {
                    concept_id: Set(concept_id),
                    municipality_id: Set(municipality_id),
                    ..Default::default()
                };
                variation.write_to(&mut row);
                new_instances.push(row);
            }
        }
    }
    insert_chunked(&txn, new_instances).await?;

    txn.commit().await?;
    tracing::info!(
        created = summary.concepts_created.len(),
        updated = summary.concepts_updated.len(),
        removed = summary.concepts_removed.len(),
        instances = summary.instances_written,
        "catalogue imported"
    );
    Ok(summary)
}

/// The rows that hang under concepts: texts, keywords, topic links and
/// search terms, ready to insert.
#[derive(Default)]
struct ChildRows {
    texts: Vec<concept_text::ActiveModel>,
    keywords: Vec<concept_keyword::ActiveModel>,
    links: Vec<concept_topic::ActiveModel>,
    terms: Vec<search_term::ActiveModel>,
}

impl ChildRows {
    /// Adds the rows of `entry`, stored as `concept_id`; topic codes not in
    /// `topic_ids` are left out (validation has refused them before).
    fn add(&mut self, concept_id: i32, entry: &ConceptEntry, topic_ids: &HashMap<&str, i32>) {
        for (lang, text) in &entry.text {
            self.texts.push(concept_text::ActiveModel {
                concept_id: Set(concept_id),
                lang: Set(lang.clone()),
                title: Set(text.title.clone()),
                summary: Set(text.summary.clone()),
                description: Set(text.description.clone()),
                conditions: Set(text.conditions.clone()),
                evidence: Set(text.evidence.clone()),
                procedure: Set(text.procedure.clone()),
                costs: Set(text.costs.clone()),
                target_groups: Set(text.target_groups.clone()),
                ..Default::default()
            });
        }
        for (lang, words) in &entry.keywords {
            for word in words {
                self.keywords.push(concept_keyword::ActiveModel {
                    concept_id: Set(concept_id),
                    lang: Set(lang.clone()),
                    keyword: Set(word.clone()),
                    ..Default::default()
                });
            }
        }
        for code in &entry.topics {
            if let Some(&topic_id) = topic_ids.get(code.as_str()) {
                self.links.push(concept_topic::ActiveModel {
                    concept_id: Set(concept_id),
                    topic_id: Set(topic_id),
                });
            }
        }
        // Search terms: every title (weight 3) and keyword (weight 2), folded.
        let titles = entry.text.iter().map(|(lang, text)| (lang, &text.title, 3));
        let words = entry
            .keywords
            .iter()
            .flat_map(|(lang, words)| words.iter().map(move |word| (lang, word, 2)));
        for (lang, text, weight) in titles.chain(words) {
            for term in crate::search::terms(text) {
                self.terms.push(search_term::ActiveModel {
                    concept_id: Set(concept_id),
                    lang: Set(lang.clone()),
                    term: Set(term),
                    weight: Set(weight),
                    ..Default::default()
                });
            }
        }
    }

    async fn insert<C: ConnectionTrait>(self, db: &C) -> Result<(), DbErr> {
        insert_chunked(db, self.texts).await?;
        insert_chunked(db, self.keywords).await?;
        insert_chunked(db, self.links).await?;
        insert_chunked(db, self.terms).await
    }
}

/// Whether the stored topic already says what `entry` at `position` says.
fn topic_matches(row: &topic::Model, entry: &TopicEntry, position: usize) -> bool {
    let name = |lang: &str| entry.name.get(lang).map_or("", String::as_str);
    row.kind == entry.kind
        && usize::try_from(row.position).is_ok_and(|p| p == position)
        && row.name_nl == name("nl")
        && row.name_fr == name("fr")
        && row.name_de == name("de")
        && row.name_en == name("en")
}

/// Deletes the texts, keywords, topic links and search terms of `ids`.
async fn delete_children<C: ConnectionTrait>(db: &C, ids: &[i32]) -> Result<(), DbErr> {
    if ids.is_empty() {
        return Ok(());
    }
    search_term::Entity::delete_many()
        .filter(search_term::Column::ConceptId.is_in(ids.to_vec()))
        .exec(db)
        .await?;
    concept_text::Entity::delete_many()
        .filter(concept_text::Column::ConceptId.is_in(ids.to_vec()))
        .exec(db)
        .await?;
    concept_topic::Entity::delete_many()
        .filter(concept_topic::Column::ConceptId.is_in(ids.to_vec()))
        .exec(db)
        .await?;
    concept_keyword::Entity::delete_many()
        .filter(concept_keyword::Column::ConceptId.is_in(ids.to_vec()))
        .exec(db)
        .await?;
    Ok(())
}

/// Inserts `rows` in a few multi-row statements.
async fn insert_chunked<C, A>(db: &C, rows: Vec<A>) -> Result<(), DbErr>
where
    C: ConnectionTrait,
    A: ActiveModelTrait,
{
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let chunk: Vec<A> = rows.by_ref().take(CHUNK).collect();
        <A::Entity as EntityTrait>::insert_many(chunk)
            .exec_without_returning(db)
            .await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slugs() -> HashSet<String> {
        ["ieper", "poperinge"].map(String::from).into()
    }

    fn names(nl: &str) -> BTreeMap<String, String> {
        BTreeMap::from([("nl".to_owned(), nl.to_owned())])
    }

    /// A small document with one of everything, free of problems.
    fn valid() -> CatalogueDocument {
        CatalogueDocument {
            context: Some(context()),
            format: FORMAT.to_owned(),
            demo_content: false,
            topics: vec![
                TopicEntry {
                    code: "moving".into(),
                    kind: "life_event".into(),
                    name: names("Verhuizen"),
                },
                TopicEntry {
                    code: "waste".into(),
                    kind: "theme".into(),
                    name: names("Afval"),
                },
            ],
            concepts: vec![
                concept("address-change", "moving"),
                concept("bulky-waste-pickup", "waste"),
            ],
        }
    }

    fn concept(code: &str, topic: &str) -> ConceptEntry {
        ConceptEntry {
            rdf_type: Some(PUBLIC_SERVICE.into()),
            code: code.into(),
            product_type: "service".into(),
            min_assurance: "low".into(),
            topics: vec![topic.into()],
            default_channel: "online".into(),
            default_fee_cents: 0,
            default_lead_time_days: 3,
            keywords: BTreeMap::from([("nl".to_owned(), vec!["woord".to_owned()])]),
            text: BTreeMap::from([(
                "nl".to_owned(),
                TextEntry {
                    title: "Titel".into(),
                    summary: "Samenvatting.".into(),
                    description: Some("Uitleg.".into()),
                    ..TextEntry::default()
                },
            )]),
            local: BTreeMap::from([(
                "ieper".to_owned(),
                LocalVariation {
                    channel: Some("counter".into()),
                    fee_cents: Some(500),
                    note: names("Alleen op afspraak."),
                    ..LocalVariation::default()
                },
            )]),
        }
    }

    /// The problems of `document`, as `path: message` lines.
    fn problems(document: &CatalogueDocument) -> Vec<String> {
        validate(document, &slugs())
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    /// The paths of the problems of `document`.
    fn paths(document: &CatalogueDocument) -> Vec<String> {
        validate(document, &slugs())
            .into_iter()
            .map(|p| p.path)
            .collect()
    }

    #[test]
    fn a_valid_document_has_no_problems() {
        assert_eq!(problems(&valid()), Vec::<String>::new());
        let mut without_context = valid();
        without_context.context = None;
        without_context.concepts[0].rdf_type = None;
        assert_eq!(problems(&without_context), Vec::<String>::new());
    }

    #[test]
    fn the_format_marker_is_required() {
        let mut document = valid();
        document.format = String::new();
        assert_eq!(paths(&document), ["format"]);
        document.format = "https://e-westhoek.be/ns/catalogue/v2".into();
        assert_eq!(paths(&document), ["format"]);
    }

    #[test]
    fn codes_are_lower_case_letters_and_dashes() {
        for bad in [
            "",
            "Paspoort",
            "eid_card",
            "kids id",
            "id2",
            &"a".repeat(65),
        ] {
            let mut document = valid();
            document.concepts[1].code = bad.to_owned();
            assert_eq!(paths(&document), ["concepts[1].code"], "{bad:?}");
            let mut document = valid();
            document.topics[1].code = bad.to_owned();
            document.concepts[1].topics = vec![bad.to_owned()];
            assert_eq!(paths(&document), ["topics[1].code"], "{bad:?}");
        }
    }

    #[test]
    fn duplicate_codes_are_reported() {
        let mut document = valid();
        document.concepts[1].code = "address-change".into();
        assert_eq!(paths(&document), ["concepts[1].code"]);
        let mut document = valid();
        document.topics[1].code = "moving".into();
        document.concepts[1].topics = vec!["moving".into()];
        assert_eq!(paths(&document), ["topics[1].code"]);
        let mut document = valid();
        document.concepts[0].topics = vec!["moving".into(), "moving".into()];
        assert_eq!(paths(&document), ["concepts[0].topics[1]"]);
    }

    #[test]
    fn topics_need_a_known_kind_and_a_dutch_name() {
        let mut document = valid();
        document.topics[0].kind = "event".into();
        document.topics[1].name = BTreeMap::from([("fr".to_owned(), "Déchets".to_owned())]);
        assert_eq!(paths(&document), ["topics[0].kind", "topics[1].name"]);
        let mut document = valid();
        document.topics[1].name.insert("nl".into(), "  ".into());
        document.topics[1]
            .name
            .insert("es".into(), "Residuos".into());
        assert_eq!(paths(&document), ["topics[1].name.es", "topics[1].name.nl"]);
    }

    #[test]
    fn a_concept_names_known_topics_only() {
        let mut document = valid();
        document.concepts[1].topics = vec!["waste".into(), "parking".into()];
        assert_eq!(
            problems(&document),
            ["concepts[1].topics[1]: unknown topic code \"parking\""]
        );
    }

    #[test]
    fn types_channels_and_assurances_come_from_their_lists() {
        let mut document = valid();
        document.concepts[0].product_type = "licence".into();
        document.concepts[0].min_assurance = "medium".into();
        document.concepts[0].default_channel = "post".into();
        document.concepts[0].rdf_type = Some("cpsv:Rule".into());
        document.concepts[0].local.get_mut("ieper").unwrap().channel = Some("fax".into());
        assert_eq!(
            paths(&document),
            [
                "concepts[0].@type",
                "concepts[0].product_type",
                "concepts[0].min_assurance",
                "concepts[0].default_channel",
                "concepts[0].local.ieper.channel",
            ]
        );
    }

    #[test]
    fn fees_and_lead_times_are_not_negative() {
        let mut document = valid();
        document.concepts[0].default_fee_cents = -1;
        document.concepts[0].default_lead_time_days = -2;
        let local = document.concepts[1].local.get_mut("ieper").unwrap();
        local.fee_cents = Some(-500);
        local.lead_time_days = Some(-1);
        assert_eq!(
            paths(&document),
            [
                "concepts[0].default_fee_cents",
                "concepts[0].default_lead_time_days",
                "concepts[1].local.ieper.fee_cents",
                "concepts[1].local.ieper.lead_time_days",
            ]
        );
    }

    #[test]
    fn a_concept_needs_a_dutch_title_and_summary() {
        let mut document = valid();
        document.concepts[0].text = BTreeMap::from([(
            "fr".to_owned(),
            TextEntry {
                title: "Titre".into(),
                summary: "Résumé.".into(),
                ..TextEntry::default()
            },
        )]);
        assert_eq!(paths(&document), ["concepts[0].text"]);
        let mut document = valid();
        let dutch = document.concepts[1].text.get_mut("nl").unwrap();
        dutch.title = String::new();
        dutch.summary = " ".into();
        dutch.costs = Some(String::new());
        assert_eq!(
            paths(&document),
            [
                "concepts[1].text.nl.title",
                "concepts[1].text.nl.summary",
                "concepts[1].text.nl.costs",
            ]
        );
    }

    #[test]
    fn texts_have_sane_lengths() {
        let mut document = valid();
        let dutch = document.concepts[0].text.get_mut("nl").unwrap();
        dutch.title = "t".repeat(MAX_TITLE + 1);
        dutch.summary = "s".repeat(MAX_SUMMARY + 1);
        dutch.description = Some("d".repeat(MAX_TEXT + 1));
        document.concepts[0].keywords =
            BTreeMap::from([("nl".to_owned(), vec!["k".repeat(MAX_TITLE + 1)])]);
        assert_eq!(
            problems(&document),
            [
                "concepts[0].keywords.nl[0]: 201 characters, at most 200",
                "concepts[0].text.nl.title: 201 characters, at most 200",
                "concepts[0].text.nl.summary: 1001 characters, at most 1000",
                "concepts[0].text.nl.description: 20001 characters, at most 20000",
            ]
        );
        let mut document = valid();
        document.concepts[0].text.get_mut("nl").unwrap().title = "é".repeat(MAX_TITLE);
        assert_eq!(
            problems(&document),
            Vec::<String>::new(),
            "characters, not bytes"
        );
    }

    #[test]
    fn languages_are_the_four_of_the_site() {
        let mut document = valid();
        document.concepts[0]
            .keywords
            .insert("es".into(), vec!["palabra".into()]);
        document.concepts[0].text.insert(
            "it".into(),
            TextEntry {
                title: "Titolo".into(),
                summary: "Sommario.".into(),
                ..TextEntry::default()
            },
        );
        assert_eq!(
            paths(&document),
            ["concepts[0].keywords.es", "concepts[0].text.it"]
        );
    }

    #[test]
    fn local_variations_name_known_municipalities_and_notes_have_dutch() {
        let mut document = valid();
        document.concepts[1].local.insert(
            "brugge".into(),
            LocalVariation {
                offered: Some(false),
                ..LocalVariation::default()
            },
        );
        document.concepts[0].local.get_mut("ieper").unwrap().note =
            BTreeMap::from([("fr".to_owned(), "Sur rendez-vous.".to_owned())]);
        assert_eq!(
            problems(&document),
            [
                "concepts[0].local.ieper.note: a note needs a Dutch (nl) text",
                "concepts[1].local.brugge: unknown municipality \"brugge\"",
            ]
        );
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let mut document = valid();
        document.format = "v0".into();
        document.topics[0].kind = "event".into();
        document.concepts[0].default_fee_cents = -1;
        document.concepts[1].local.get_mut("ieper").unwrap().channel = Some("fax".into());
        assert_eq!(problems(&document).len(), 4);
    }

    #[test]
    fn unknown_fields_are_refused_and_the_context_is_optional() {
        let mut json = serde_json::to_value(valid()).unwrap();
        json["concepts"][0]["colour"] = "red".into();
        let error = serde_json::from_value::<CatalogueDocument>(json).unwrap_err();
        assert!(error.to_string().contains("colour"), "{error}");

        let mut json = serde_json::to_value(valid()).unwrap();
        json["@context"] = "https://example.org/other-context.jsonld".into();
        let document: CatalogueDocument = serde_json::from_value(json.clone()).unwrap();
        assert_eq!(
            problems(&document),
            Vec::<String>::new(),
            "contents ignored"
        );
        json.as_object_mut().unwrap().remove("@context");
        let document: CatalogueDocument = serde_json::from_value(json).unwrap();
        assert_eq!(document.context, None);
    }

    #[test]
    fn a_document_survives_serialisation() {
        let document = valid();
        let json = serde_json::to_string_pretty(&document).unwrap();
        assert_eq!(
            serde_json::from_str::<CatalogueDocument>(&json).unwrap(),
            document
        );
        assert!(json.starts_with("{\n  \"@context\""), "{json}");
    }

    #[test]
    fn a_default_variation_is_left_out_of_comparisons() {
        let mut with = concept("a", "waste");
        let mut without = with.clone();
        with.local.insert(
            "poperinge".into(),
            LocalVariation {
                offered: Some(true),
                ..LocalVariation::default()
            },
        );
        with.rdf_type = None;
        without.topics.reverse();
        assert_eq!(comparable(&with), comparable(&without));
    }
}

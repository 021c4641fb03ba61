//! The catalogue editing forms as the editor typed them, and the checks on
//! them. A draft stores exactly this (strings, problems and all), so no
//! typed work is lost; publishing needs a form without problems.
//!
//! Two kinds of bad input are told apart. What no form on our pages can
//! send (an unknown field, a choice that is not in the list, control
//! characters, a field twice) is refused as a whole: [`FormRefused`], a 400
//! page, nothing stored. What a person can type (an empty title, "twaalf
//! euro", a text that is too long) is a [`FieldProblem`] next to the field.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The languages a product is written in, Dutch first (it is required; the
/// others are translations that fall back to it).
pub const LANGS: [&str; 4] = ["nl", "fr", "de", "en"];
/// Product types, channels and assurance levels, as the exchange format has them.
pub const PRODUCT_TYPES: [&str; 7] = [
    "document",
    "permit",
    "attest",
    "service",
    "financial",
    "information",
    "registration",
];
pub const CHANNELS: [&str; 4] = ["online", "online_with_visit", "appointment", "counter"];
pub const ASSURANCES: [&str; 4] = ["none", "low", "substantial", "high"];

/// The texts of a concept, field by field, in the order the form shows them.
pub const TEXT_FIELDS: [&str; 8] = [
    "title",
    "summary",
    "description",
    "conditions",
    "evidence",
    "procedure",
    "costs",
    "target_groups",
];

/// Longest title or keyword, summary, and other text (as the exchange format).
pub const MAX_TITLE: usize = 200;
pub const MAX_SUMMARY: usize = 1_000;
pub const MAX_TEXT: usize = 20_000;
/// Longest product code (it is part of the product's address).
pub const MAX_CODE: usize = 64;
/// Highest fee (100,000 euro) and lead time (ten years) a form accepts.
pub const MAX_FEE_CENTS: i64 = 10_000_000;
pub const MAX_LEAD_TIME_DAYS: i64 = 3_650;
/// Most keywords per language.
pub const MAX_KEYWORDS: usize = 50;

/// The longest text a field can hold.
pub fn max_length(field: &str) -> usize {
    match field {
        "title" => MAX_TITLE,
        "summary" => MAX_SUMMARY,
        _ => MAX_TEXT,
    }
}

/// A regional product (concept) as its edit form has it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConceptForm {
    pub product_type: String,
    pub min_assurance: String,
    pub default_channel: String,
    /// In euro, as typed: "12,50".
    pub default_fee: String,
    /// In days, as typed.
    pub default_lead_time: String,
    /// Topic codes, in the order of the topic list.
    pub topics: Vec<String>,
    /// Per language (all four are present): the texts and the keywords.
    pub texts: BTreeMap<String, TextForm>,
}

/// A concept's texts in one language.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextForm {
    /// By field name of [`TEXT_FIELDS`]; empty means not written.
    pub fields: BTreeMap<String, String>,
    /// One keyword per line.
    pub keywords: String,
}

impl TextForm {
    pub fn get(&self, field: &str) -> &str {
        self.fields.get(field).map_or("", String::as_str)
    }

    /// Nothing written in this language.
    pub fn is_empty(&self) -> bool {
        self.fields.values().all(|v| v.trim().is_empty()) && self.keywords.trim().is_empty()
    }

    /// The keywords, one per non-empty line, trimmed.
    pub fn keyword_list(&self) -> Vec<String> {
        self.keywords
            .lines()
            .map(str::trim)
            .filter(|word| !word.is_empty())
            .map(str::to_owned)
            .collect()
    }
}

/// One municipality's variation of a product as its edit form has it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocalForm {
    pub offered: bool,
    /// A channel code, or empty: as the region says.
    pub channel: String,
    /// In euro, or empty: as the region says.
    pub fee: String,
    /// In days, or empty: as the region says.
    pub lead_time: String,
    /// A local note per language (all four are present, maybe empty).
    pub notes: BTreeMap<String, String>,
}

impl Default for LocalForm {
    fn default() -> Self {
        LocalForm {
            offered: true,
            channel: String::new(),
            fee: String::new(),
            lead_time: String::new(),
            notes: LANGS
                .iter()
                .map(|l| ((*l).to_owned(), String::new()))
                .collect(),
        }
    }
}

/// A field with something wrong, and what.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldProblem {
    /// The field's name and id in the form (`nl-title`, `default_fee`).
    pub field: String,
    pub problem: Problem,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Problem {
    /// Must be filled in.
    Required,
    /// Longer than this many characters.
    TooLong(usize),
    /// Not an amount in euro.
    NotAmount,
    /// Not a whole number of days.
    NotDays,
    /// Higher than the form accepts.
    TooHigh,
    /// At least one topic is needed.
    NoTopic,
    /// A translation without the Dutch text it translates.
    DutchFirst,
    /// More keywords than [`MAX_KEYWORDS`].
    TooManyKeywords,
    /// A bidi control, zero-width or other invisible character in a short
    /// text (title, summary, keyword): see [`crate::model::label`].
    Hidden,
}

/// A form no page of ours sends: refused as a whole.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("refused form: {0}")]
pub struct FormRefused(pub String);

fn refused(why: impl Into<String>) -> FormRefused {
    FormRefused(why.into())
}

/// Fields every editing form may carry besides its own.
const COMMON_FIELDS: [&str; 6] = ["csrf", "version", "scope", "code", "then", "overwrite"];

/// The value as typed, checked for characters no keyboard gives: line
/// breaks and tabs are fine, other control characters are not.
fn clean(name: &str, value: &str) -> Result<String, FormRefused> {
    if value
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err(refused(format!("control character in {name}")));
    }
    // Browsers send CRLF for line breaks in a textarea; store one kind.
    Ok(value.replace("\r\n", "\n"))
}

/// Takes the single value of each field, refusing doubles and unknowns.
fn single_values<'a>(
    pairs: &'a [(String, String)],
    known: impl Fn(&str) -> bool,
    repeatable: &[&str],
) -> Result<BTreeMap<&'a str, &'a str>, FormRefused> {
    let mut values = BTreeMap::new();
    for (name, value) in pairs {
        if repeatable.contains(&name.as_str()) {
            continue;
        }
        if !known(name) && !COMMON_FIELDS.contains(&name.as_str()) {
            return Err(refused(format!("unknown field {name:?}")));
        }
        if values.insert(name.as_str(), value.as_str()).is_some() {
            return Err(refused(format!("field {name:?} given twice")));
        }
    }
    Ok(values)
}

fn choice(
    values: &BTreeMap<&str, &str>,
    name: &str,
    allowed: &[&str],
) -> Result<String, FormRefused> {
    let value = values.get(name).copied().unwrap_or("");
    if allowed.contains(&value) {
        Ok(value.to_owned())
    } else {
        Err(refused(format!("{name}: {value:?} is not a choice")))
    }
}

impl ConceptForm {
    /// Reads the posted form. `topic_codes` are the topics that exist.
    pub fn from_pairs(
        pairs: &[(String, String)],
        topic_codes: &[String],
    ) -> Result<ConceptForm, FormRefused> {
        let known = |name: &str| {
            matches!(
                name,
                "product_type"
                    | "min_assurance"
                    | "default_channel"
                    | "default_fee"
                    | "default_lead_time"
            ) || name.split_once('-').is_some_and(|(lang, field)| {
                LANGS.contains(&lang) && (field == "keywords" || TEXT_FIELDS.contains(&field))
            })
        };
        let values = single_values(pairs, known, &["topic"])?;
        let mut topics = Vec::new();
        for (name, value) in pairs.iter().filter(|(name, _)| name == "topic") {
            if !topic_codes.contains(value) {
                return Err(refused(format!("{name}: unknown topic {value:?}")));
            }
            if !topics.contains(value) {
                topics.push(value.clone());
            }
        }
        // In the order of the topic list, whatever order the browser sent.
        topics.sort_by_key(|code| topic_codes.iter().position(|known| known == code));
        let text = |name: &str| clean(name, values.get(name).copied().unwrap_or(""));
        let mut texts = BTreeMap::new();
        for lang in LANGS {
            let mut form = TextForm::default();
            for field in TEXT_FIELDS {
                let value = text(&format!("{lang}-{field}"))?;
                form.fields.insert(field.to_owned(), value);
            }
            form.keywords = text(&format!("{lang}-keywords"))?;
            texts.insert(lang.to_owned(), form);
        }
        Ok(ConceptForm {
            product_type: choice(&values, "product_type", &PRODUCT_TYPES)?,
            min_assurance: choice(&values, "min_assurance", &ASSURANCES)?,
            default_channel: choice(&values, "default_channel", &CHANNELS)?,
            default_fee: text("default_fee")?,
            default_lead_time: text("default_lead_time")?,
            topics,
            texts,
        })
    }

    /// What is wrong, field by field, in the order of the form.
    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut problems = Problems::default();
        problems.amount("default_fee", &self.default_fee, true);
        problems.days("default_lead_time", &self.default_lead_time, true);
        if self.topics.is_empty() {
            problems.add("topics", Problem::NoTopic);
        }
        let dutch = self.texts.get("nl").cloned().unwrap_or_default();
        for lang in LANGS {
            let Some(form) = self.texts.get(lang) else {
                continue;
            };
            // Dutch is always needed; a translation only once begun.
            let needed = lang == "nl" || !form.is_empty();
            for field in TEXT_FIELDS {
                let name = format!("{lang}-{field}");
                let value = form.get(field);
                if value.trim().is_empty() {
                    if needed && matches!(field, "title" | "summary") {
                        problems.add(&name, Problem::Required);
                    }
                    continue;
                }
                // (A missing Dutch title or summary is reported at itself.)
                let optional = !matches!(field, "title" | "summary");
                if lang != "nl" && optional && dutch.get(field).trim().is_empty() {
                    problems.add(&name, Problem::DutchFirst);
                }
                if matches!(field, "title" | "summary") {
                    problems.hidden(&name, value);
                }
                problems.length(&name, value, max_length(field));
            }
            let keywords = form.keyword_list();
            let name = format!("{lang}-keywords");
            if keywords
                .iter()
                .any(|word| word.chars().any(crate::model::label::is_hidden))
            {
                problems.add(&name, Problem::Hidden);
            } else if keywords.len() > MAX_KEYWORDS {
                problems.add(&name, Problem::TooManyKeywords);
            } else if let Some(long) = keywords.iter().find(|w| w.chars().count() > MAX_TITLE) {
                problems.length(&name, long, MAX_TITLE);
            }
        }
        problems.0
    }

    /// Every field as it reads on a page, for comparing two versions.
    pub fn fields(&self) -> Vec<(String, String)> {
        let mut fields = vec![
            ("product_type".to_owned(), self.product_type.clone()),
            ("min_assurance".to_owned(), self.min_assurance.clone()),
            ("default_channel".to_owned(), self.default_channel.clone()),
            ("default_fee".to_owned(), normal_amount(&self.default_fee)),
            (
                "default_lead_time".to_owned(),
                self.default_lead_time.trim().to_owned(),
            ),
            ("topics".to_owned(), self.topics.join(", ")),
        ];
        for lang in LANGS {
            let form = self.texts.get(lang).cloned().unwrap_or_default();
            for field in TEXT_FIELDS {
                fields.push((format!("{lang}-{field}"), form.get(field).trim().to_owned()));
            }
            fields.push((format!("{lang}-keywords"), form.keyword_list().join(", ")));
        }
        fields
    }
}

impl LocalForm {
    /// Reads the posted form.
    pub fn from_pairs(pairs: &[(String, String)]) -> Result<LocalForm, FormRefused> {
        let known = |name: &str| {
            matches!(name, "offered" | "channel" | "fee" | "lead_time")
                || name
                    .strip_prefix("note-")
                    .is_some_and(|lang| LANGS.contains(&lang))
        };
        let values = single_values(pairs, known, &[])?;
        let offered = match values.get("offered").copied() {
            Some("ja") => true,
            Some("nee") => false,
            other => return Err(refused(format!("offered: {other:?}"))),
        };
        let channel = values.get("channel").copied().unwrap_or("");
        if !channel.is_empty() && !CHANNELS.contains(&channel) {
            return Err(refused(format!("channel: {channel:?}")));
        }
        let text = |name: &str| clean(name, values.get(name).copied().unwrap_or(""));
        let mut notes = BTreeMap::new();
        for lang in LANGS {
            notes.insert(lang.to_owned(), text(&format!("note-{lang}"))?);
        }
        Ok(LocalForm {
            offered,
            channel: channel.to_owned(),
            fee: text("fee")?,
            lead_time: text("lead_time")?,
            notes,
        })
    }

    pub fn note(&self, lang: &str) -> &str {
        self.notes.get(lang).map_or("", String::as_str)
    }

    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut problems = Problems::default();
        problems.amount("fee", &self.fee, false);
        problems.days("lead_time", &self.lead_time, false);
        let dutch = self.note("nl").trim().is_empty();
        for lang in LANGS {
            let name = format!("note-{lang}");
            let note = self.note(lang);
            if note.trim().is_empty() {
                continue;
            }
            if lang != "nl" && dutch {
                problems.add(&name, Problem::DutchFirst);
            }
            problems.length(&name, note, MAX_TEXT);
        }
        problems.0
    }

    pub fn fields(&self) -> Vec<(String, String)> {
        let mut fields = vec![
            (
                "offered".to_owned(),
                if self.offered { "ja" } else { "nee" }.to_owned(),
            ),
            ("channel".to_owned(), self.channel.clone()),
            ("fee".to_owned(), normal_amount(&self.fee)),
            ("lead_time".to_owned(), self.lead_time.trim().to_owned()),
        ];
        for lang in LANGS {
            fields.push((format!("note-{lang}"), self.note(lang).trim().to_owned()));
        }
        fields
    }
}

/// One field that differs between two versions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldChange {
    pub field: String,
    pub before: String,
    pub after: String,
}

/// The fields that differ, in the order of `after`.
pub fn changes(before: &[(String, String)], after: &[(String, String)]) -> Vec<FieldChange> {
    after
        .iter()
        .filter_map(|(field, value)| {
            let old = before
                .iter()
                .find(|(name, _)| name == field)
                .map_or("", |(_, v)| v.as_str());
            (old != value).then(|| FieldChange {
                field: field.clone(),
                before: old.to_owned(),
                after: value.clone(),
            })
        })
        .collect()
}

/// The start of catalogue editing: what this person may edit.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CatalogueAdmin {
    /// May edit the regional products.
    pub regional: bool,
    /// Municipalities whose local versions this person may edit: (slug, name).
    pub municipalities: Vec<(String, String)>,
}

/// The products of one scope: the region's (concepts) or a municipality's.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScopeList {
    /// `regio` or a municipality's slug.
    pub scope: String,
    /// The municipality's name; `None` for the region.
    pub municipality: Option<String>,
    /// Products with a draft waiting, most recently saved first.
    pub drafts: Vec<ScopeProduct>,
    /// Every published product, by title.
    pub products: Vec<ScopeProduct>,
}

/// A product in a scope's list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScopeProduct {
    pub code: String,
    pub title: String,
    /// A draft is waiting (saved at, by).
    pub draft: Option<DraftInfo>,
    /// Not yet published (only a draft).
    pub new: bool,
    /// Offered here (always true for the region's list).
    pub offered: bool,
    /// The channel here (or the region's default), its code.
    pub channel: String,
    pub fee_cents: i32,
    /// This municipality does it otherwise than the region's defaults.
    pub local: bool,
}

/// Who saved a draft last, and when.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftInfo {
    pub version: i32,
    pub saved_at: String,
    pub saved_by: String,
}

/// The region's values a municipality's version falls back to.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegionDefaults {
    pub channel: String,
    pub fee_cents: i32,
    pub lead_time_days: i32,
}

/// What the editor edits.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum EditorForm {
    Concept(ConceptForm),
    Local {
        form: LocalForm,
        region: RegionDefaults,
    },
}

/// The edit page of one product, in a scope.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProductEditor {
    pub scope: String,
    pub municipality: Option<String>,
    pub code: String,
    pub title: String,
    /// The draft when there is one, else what is published.
    pub form: EditorForm,
    pub draft: Option<DraftInfo>,
    /// What is wrong in the form (publishing waits until this is empty).
    pub problems: Vec<FieldProblem>,
    /// What publishing the draft would change.
    pub changes: Vec<FieldChange>,
    /// What was published by others since the draft was started (then
    /// publishing needs a confirmation).
    pub changed_since: Vec<FieldChange>,
    /// Not published yet.
    pub new: bool,
    /// Topics to choose from: (code, name), in the list's order.
    pub topics: Vec<(String, String)>,
    /// The citizen's page of the published product.
    pub public_path: Option<String>,
}

/// The published history of a product.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProductHistory {
    pub scope: String,
    pub municipality: Option<String>,
    pub code: String,
    pub title: String,
    pub entries: Vec<HistoryEntry>,
    /// Which form the fields belong to (labels differ).
    pub local: bool,
    /// Topic names by code, for the changes of topics.
    pub topics: Vec<(String, String)>,
}

/// One publication.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryEntry {
    pub at: String,
    pub by: String,
    pub role: Option<crate::model::ProfileRole>,
    /// The first publication (everything was new).
    pub created: bool,
    pub changes: Vec<FieldChange>,
}

#[derive(Default)]
struct Problems(Vec<FieldProblem>);

impl Problems {
    fn add(&mut self, field: &str, problem: Problem) {
        self.0.push(FieldProblem {
            field: field.to_owned(),
            problem,
        });
    }

    /// Short texts are read in lists, titles and search results: nothing
    /// hidden in them.
    fn hidden(&mut self, field: &str, value: &str) {
        if value.trim().chars().any(crate::model::label::is_hidden) {
            self.add(field, Problem::Hidden);
        }
    }

    fn length(&mut self, field: &str, value: &str, max: usize) {
        if value.chars().count() > max {
            self.add(field, Problem::TooLong(max));
        }
    }

    fn amount(&mut self, field: &str, value: &str, required: bool) {
        match parse_amount(value) {
            Ok(Some(cents)) if i64::from(cents) > MAX_FEE_CENTS => {
                self.add(field, Problem::TooHigh);
            }
            Ok(Some(_)) => {}
            Ok(None) if required => self.add(field, Problem::Required),
            Ok(None) => {}
            Err(Unreadable) => self.add(field, Problem::NotAmount),
        }
    }

    fn days(&mut self, field: &str, value: &str, required: bool) {
        match parse_days(value) {
            Ok(Some(days)) if i64::from(days) > MAX_LEAD_TIME_DAYS => {
                self.add(field, Problem::TooHigh);
            }
            Ok(Some(_)) => {}
            Ok(None) if required => self.add(field, Problem::Required),
            Ok(None) => {}
            Err(Unreadable) => self.add(field, Problem::NotDays),
        }
    }
}

/// A number that is not written as one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unreadable;

/// An amount in euro as people write it — "12,50", "12.50", "€ 12",
/// "12,5", "0" — in cents; `None` when empty.
pub fn parse_amount(value: &str) -> Result<Option<i32>, Unreadable> {
    let value = value.trim().trim_start_matches('€').trim_end_matches('€');
    let value = value
        .trim()
        .trim_end_matches("EUR")
        .trim_end_matches("euro")
        .trim();
    if value.is_empty() {
        return Ok(None);
    }
    let (euros, cents) = match value.split_once([',', '.']) {
        Some((euros, cents)) => (euros, cents),
        None => (value, ""),
    };
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if euros.is_empty() || euros.len() > 7 || !digits(euros) || cents.len() > 2 || !digits(cents) {
        return Err(Unreadable);
    }
    let euros: i32 = euros.parse().map_err(|_| Unreadable)?;
    let cents: i32 = match cents.len() {
        0 => 0,
        1 => cents.parse::<i32>().map_err(|_| Unreadable)? * 10,
        _ => cents.parse().map_err(|_| Unreadable)?,
    };
    Ok(Some(euros * 100 + cents))
}

/// A whole number of days; `None` when empty.
pub fn parse_days(value: &str) -> Result<Option<i32>, Unreadable> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(None);
    }
    if value.len() > 6 || !value.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Unreadable);
    }
    value.parse().map(Some).map_err(|_| Unreadable)
}

/// Cents as a form shows them: "12,50", "0".
pub fn format_amount(cents: i32) -> String {
    if cents % 100 == 0 {
        (cents / 100).to_string()
    } else {
        format!("{},{:02}", cents / 100, cents % 100)
    }
}

/// The amount as it would be stored, written the form's way; unreadable
/// input stays as typed.
fn normal_amount(value: &str) -> String {
    match parse_amount(value) {
        Ok(Some(cents)) => format_amount(cents),
        Ok(None) => String::new(),
        Err(Unreadable) => value.trim().to_owned(),
    }
}

/// A new product's code: lower-case letters a-z and '-', at most [`MAX_CODE`].
pub fn valid_code(code: &str) -> bool {
    !code.is_empty()
        && code.len() <= MAX_CODE
        && code.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
        && !code.starts_with('-')
        && !code.ends_with('-')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    fn topics() -> Vec<String> {
        vec!["moving".to_owned(), "waste".to_owned()]
    }

    fn concept_pairs() -> Vec<(String, String)> {
        pairs(&[
            ("csrf", "x"),
            ("product_type", "service"),
            ("min_assurance", "low"),
            ("default_channel", "online"),
            ("default_fee", "12,50"),
            ("default_lead_time", "5"),
            ("topic", "waste"),
            ("topic", "moving"),
            ("nl-title", "Grofvuil ophalen"),
            ("nl-summary", "We halen het bij u op."),
            ("nl-keywords", "grofvuil\r\n\r\n  huisvuil \r\n"),
            ("fr-title", ""),
        ])
    }

    #[test]
    fn a_concept_form_reads_its_fields_and_has_no_problems() {
        let form = ConceptForm::from_pairs(&concept_pairs(), &topics()).unwrap();
        assert_eq!(
            form.topics,
            ["moving", "waste"],
            "in the topic list's order"
        );
        assert_eq!(form.texts.len(), 4, "all four languages are present");
        assert_eq!(form.texts["nl"].keyword_list(), ["grofvuil", "huisvuil"]);
        assert_eq!(form.texts["nl"].keywords, "grofvuil\n\n  huisvuil \n");
        assert_eq!(form.problems(), []);
    }

    #[test]
    fn a_title_summary_or_keyword_with_hidden_characters_is_a_problem_at_its_field() {
        for (field, value) in [
            ("nl-title", "Paspoort\u{202e}trop"),
            ("nl-title", "Pas\u{200b}poort"),
            ("nl-summary", "We halen \u{2066}het\u{2069} op."),
            ("nl-keywords", "grofvuil\n\u{feff}huisvuil"),
            ("fr-title", "Encombrants\u{61c}"),
        ] {
            let mut list = concept_pairs();
            list.retain(|(k, _)| k != field);
            list.push((field.into(), value.into()));
            if field == "fr-title" {
                list.push(("fr-summary".into(), "Nous venons.".into()));
            }
            let form = ConceptForm::from_pairs(&list, &topics()).unwrap();
            assert_eq!(
                form.problems(),
                [FieldProblem {
                    field: field.to_owned(),
                    problem: Problem::Hidden
                }],
                "{value:?}"
            );
        }
    }

    #[test]
    fn what_no_page_sends_is_refused_as_a_whole() {
        let mut unknown = concept_pairs();
        unknown.push(("admin".into(), "1".into()));
        assert!(ConceptForm::from_pairs(&unknown, &topics()).is_err());
        let mut twice = concept_pairs();
        twice.push(("nl-title".into(), "again".into()));
        assert!(ConceptForm::from_pairs(&twice, &topics()).is_err());
        let mut topic = concept_pairs();
        topic.push(("topic".into(), "nope".into()));
        assert!(ConceptForm::from_pairs(&topic, &topics()).is_err());
        let mut channel = concept_pairs();
        channel.retain(|(k, _)| k != "default_channel");
        channel.push(("default_channel".into(), "fax".into()));
        assert!(ConceptForm::from_pairs(&channel, &topics()).is_err());
        let mut control = concept_pairs();
        control.retain(|(k, _)| k != "nl-title");
        control.push(("nl-title".into(), "bell\u{7}".into()));
        assert!(ConceptForm::from_pairs(&control, &topics()).is_err());
        let mut language = concept_pairs();
        language.push(("es-title".into(), "Recogida".into()));
        assert!(ConceptForm::from_pairs(&language, &topics()).is_err());
    }

    #[test]
    fn what_people_type_wrong_is_a_problem_at_the_field() {
        let mut list = concept_pairs();
        list.retain(|(k, _)| !matches!(k.as_str(), "nl-title" | "default_fee" | "topic"));
        list.push(("default_fee".into(), "twaalf euro".into()));
        list.push(("default_lead_time".into(), "-3".into()));
        list.retain(|(k, v)| k != "default_lead_time" || v == "-3");
        list.push(("fr-summary".into(), "On vient le chercher.".into()));
        list.push(("de-title".into(), "x".repeat(MAX_TITLE + 1)));
        let form = ConceptForm::from_pairs(&list, &topics()).unwrap();
        let problems = form.problems();
        let found: Vec<(&str, Problem)> = problems
            .iter()
            .map(|p| (p.field.as_str(), p.problem))
            .collect();
        assert_eq!(
            found,
            [
                ("default_fee", Problem::NotAmount),
                ("default_lead_time", Problem::NotDays),
                ("topics", Problem::NoTopic),
                ("nl-title", Problem::Required),
                ("fr-title", Problem::Required),
                ("de-title", Problem::TooLong(MAX_TITLE)),
                ("de-summary", Problem::Required),
            ]
        );
    }

    #[test]
    fn a_translation_needs_the_dutch_text_it_translates() {
        let mut list = concept_pairs();
        list.push(("en-title".into(), "Bulky waste".into()));
        list.push(("en-summary".into(), "We collect it.".into()));
        list.push(("en-costs".into(), "Free".into()));
        let form = ConceptForm::from_pairs(&list, &topics()).unwrap();
        assert_eq!(
            form.problems(),
            [FieldProblem {
                field: "en-costs".into(),
                problem: Problem::DutchFirst
            }]
        );
    }

    #[test]
    fn amounts_are_read_as_people_write_them() {
        assert_eq!(parse_amount("12,50"), Ok(Some(1250)));
        assert_eq!(parse_amount("12.5"), Ok(Some(1250)));
        assert_eq!(parse_amount("€ 7"), Ok(Some(700)));
        assert_eq!(parse_amount(" 0 "), Ok(Some(0)));
        assert_eq!(parse_amount("3 euro"), Ok(Some(300)));
        assert_eq!(parse_amount(""), Ok(None));
        for bad in ["-1", "1,234", "1.000,00", "abc", ",5", "12345678", "1e3"] {
            assert_eq!(parse_amount(bad), Err(Unreadable), "{bad}");
        }
        assert_eq!(format_amount(1250), "12,50");
        assert_eq!(format_amount(700), "7");
        assert_eq!(format_amount(5), "0,05");
        assert_eq!(parse_days("14"), Ok(Some(14)));
        assert_eq!(parse_days("1.5"), Err(Unreadable));
        let mut list = concept_pairs();
        list.retain(|(k, _)| k != "default_fee");
        list.push(("default_fee".into(), "100000,01".into()));
        let form = ConceptForm::from_pairs(&list, &topics()).unwrap();
        assert_eq!(form.problems()[0].problem, Problem::TooHigh);
    }

    #[test]
    fn a_local_form_reads_offered_channel_fee_and_notes() {
        let form = LocalForm::from_pairs(&pairs(&[
            ("csrf", "x"),
            ("version", "2"),
            ("offered", "nee"),
            ("channel", ""),
            ("fee", "5,5"),
            ("lead_time", ""),
            ("note-nl", "Alleen op afspraak."),
        ]))
        .unwrap();
        assert!(!form.offered);
        assert_eq!(form.problems(), []);
        assert_eq!(form.fields()[2], ("fee".to_owned(), "5,50".to_owned()));
        for bad in [
            vec![("offered", "misschien")],
            vec![("offered", "ja"), ("channel", "fax")],
            vec![("offered", "ja"), ("note-xx", "?")],
            vec![("offered", "ja"), ("note-nl", "a\u{0}b")],
        ] {
            assert!(LocalForm::from_pairs(&pairs(&bad)).is_err(), "{bad:?}");
        }
        let form = LocalForm::from_pairs(&pairs(&[
            ("offered", "ja"),
            ("fee", "gratis"),
            ("note-fr", "Sur rendez-vous."),
        ]))
        .unwrap();
        let found: Vec<_> = form.problems().into_iter().map(|p| p.problem).collect();
        assert_eq!(found, [Problem::NotAmount, Problem::DutchFirst]);
    }

    #[test]
    fn changes_list_the_fields_that_differ() {
        let before = ConceptForm::from_pairs(&concept_pairs(), &topics()).unwrap();
        let mut after = before.clone();
        after.default_fee = "12,5".into(); // the same amount, written otherwise
        after
            .texts
            .get_mut("nl")
            .unwrap()
            .fields
            .insert("costs".into(), "Gratis".into());
        let found = changes(&before.fields(), &after.fields());
        assert_eq!(
            found,
            [FieldChange {
                field: "nl-costs".into(),
                before: String::new(),
                after: "Gratis".into()
            }]
        );
    }

    #[test]
    fn codes_are_lower_case_words_with_dashes() {
        assert!(valid_code("bulky-waste"));
        for bad in ["", "Bulky", "a_b", "-a", "a-", "élan", &"a".repeat(65)] {
            assert!(!valid_code(bad), "{bad}");
        }
    }
}

//! Editing the catalogue (server only): the pages' data and the actions
//! behind their forms.
//!
//! Who may do what is decided here, on the server, for every request:
//! the regional products (concepts) by a catalogue editor of the region or
//! the regional admin; a municipality's version of a product (offered,
//! channel, fee, lead time, local note) by that municipality's catalogue
//! editor or admin, or the regional admin. A refusal is audited.
//!
//! Editors work on a draft (`db::catalogue_edit`); publishing writes the
//! catalogue through the same code as an import (`db::exchange`), appends
//! the before and after to the product's history and an entry to the audit
//! log, in one transaction. Then this process reloads its directory; other
//! replicas see the change within their refresh time.

use crate::auth::SignedIn;
use crate::directory::Snapshot;
use crate::error::{AppError, ErrorCode};
use crate::i18n::Lang;
use crate::model::ProfileRole;
use crate::model::editor::{
    CatalogueAdmin, ConceptForm, DraftInfo, EditorForm, HistoryEntry, LANGS, LocalForm,
    ProductEditor, ProductHistory, RegionDefaults, ScopeList, ScopeProduct, TEXT_FIELDS, TextForm,
    changes, format_amount, parse_amount, parse_days, valid_code,
};
use crate::state::AppState;
use db::audit::{Actor, Event, Origin};
use db::catalogue_edit::{self, Saved, Subject};
use db::entities::{catalogue_draft, product_instance};
use db::exchange::{self, ConceptEntry, LocalVariation, TextEntry};
use db::sea_orm::{ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, QueryFilter};
use std::collections::{BTreeMap, HashMap, HashSet};

/// The scope of the regional products in addresses and forms.
pub const REGION: &str = "regio";

/// Most history entries a page shows.
const HISTORY_LIMIT: u64 = 200;

/// Where an edit happens, once the person is known to be allowed there.
#[derive(Clone, Debug)]
pub enum Scope {
    Region,
    Municipality { id: i32, slug: String, name: String },
}

impl Scope {
    /// `regio` or a municipality's slug, checked against what `signed_in`
    /// may edit: an unknown municipality is `NotFound`, one they may not
    /// edit `Forbidden`.
    pub fn resolve(
        snapshot: &Snapshot,
        signed_in: &SignedIn,
        scope: &str,
    ) -> Result<Scope, AppError> {
        if scope == REGION {
            return if signed_in.may_edit_concepts() {
                Ok(Scope::Region)
            } else {
                Err(AppError::new(ErrorCode::Forbidden))
            };
        }
        let (Some(&id), Some(page)) = (snapshot.ids.get(scope), snapshot.pages.get(scope)) else {
            return Err(AppError::not_found());
        };
        if !signed_in.may_edit_instances_in(id) {
            return Err(AppError::new(ErrorCode::Forbidden));
        }
        Ok(Scope::Municipality {
            id,
            slug: scope.to_owned(),
            name: page.name.clone(),
        })
    }

    pub fn key(&self) -> &str {
        match self {
            Scope::Region => REGION,
            Scope::Municipality { slug, .. } => slug,
        }
    }

    pub fn municipality_id(&self) -> Option<i32> {
        match self {
            Scope::Region => None,
            Scope::Municipality { id, .. } => Some(*id),
        }
    }

    fn municipality_name(&self) -> Option<String> {
        match self {
            Scope::Region => None,
            Scope::Municipality { name, .. } => Some(name.clone()),
        }
    }

    pub fn subject(&self, code: &str) -> Subject {
        match self {
            Scope::Region => Subject::Concept {
                code: code.to_owned(),
            },
            Scope::Municipality { id, slug, .. } => Subject::Instance {
                municipality_id: *id,
                slug: slug.clone(),
                code: code.to_owned(),
            },
        }
    }
}

// ---- Between the exchange format and the forms ----

/// The form that shows a published concept.
pub fn concept_form(entry: &ConceptEntry) -> ConceptForm {
    let texts = LANGS
        .iter()
        .map(|lang| {
            let text = entry.text.get(*lang).cloned().unwrap_or_default();
            let fields = TEXT_FIELDS
                .iter()
                .map(|field| {
                    let value = match *field {
                        "title" => Some(text.title.clone()),
                        "summary" => Some(text.summary.clone()),
                        "description" => text.description.clone(),
                        "conditions" => text.conditions.clone(),
                        "evidence" => text.evidence.clone(),
                        "procedure" => text.procedure.clone(),
                        "costs" => text.costs.clone(),
                        _ => text.target_groups.clone(),
                    };
                    ((*field).to_owned(), value.unwrap_or_default())
                })
                .collect();
            let keywords = entry
                .keywords
                .get(*lang)
                .map(|words| words.join("\n"))
                .unwrap_or_default();
            ((*lang).to_owned(), TextForm { fields, keywords })
        })
        .collect();
    ConceptForm {
        product_type: entry.product_type.clone(),
        min_assurance: entry.min_assurance.clone(),
        default_channel: entry.default_channel.clone(),
        default_fee: format_amount(entry.default_fee_cents),
        default_lead_time: entry.default_lead_time_days.to_string(),
        topics: entry.topics.clone(),
        texts,
    }
}

/// The concept a form without problems describes; `None` while it has any.
pub fn concept_entry(code: &str, form: &ConceptForm) -> Option<ConceptEntry> {
    if !form.problems().is_empty() {
        return None;
    }
    let optional = |text: &TextForm, field: &str| {
        let value = text.get(field).trim();
        (!value.is_empty()).then(|| value.to_owned())
    };
    let mut texts = BTreeMap::new();
    let mut keywords = BTreeMap::new();
    for (lang, text) in &form.texts {
        if lang != "nl" && text.is_empty() {
            continue;
        }
        let words = text.keyword_list();
        if !words.is_empty() {
            keywords.insert(lang.clone(), words);
        }
        if text.get("title").trim().is_empty() {
            continue; // only keywords in this language
        }
        texts.insert(
            lang.clone(),
            TextEntry {
                title: text.get("title").trim().to_owned(),
                summary: text.get("summary").trim().to_owned(),
                description: optional(text, "description"),
                conditions: optional(text, "conditions"),
                evidence: optional(text, "evidence"),
                procedure: optional(text, "procedure"),
                costs: optional(text, "costs"),
                target_groups: optional(text, "target_groups"),
            },
        );
    }
    Some(ConceptEntry {
        rdf_type: Some(exchange::PUBLIC_SERVICE.to_owned()),
        code: code.to_owned(),
        product_type: form.product_type.clone(),
        min_assurance: form.min_assurance.clone(),
        topics: form.topics.clone(),
        default_channel: form.default_channel.clone(),
        default_fee_cents: parse_amount(&form.default_fee).ok()??,
        default_lead_time_days: parse_days(&form.default_lead_time).ok()??,
        keywords,
        text: texts,
        local: BTreeMap::new(),
    })
}

/// The form that shows a municipality's published variation.
pub fn local_form(variation: &LocalVariation) -> LocalForm {
    LocalForm {
        offered: variation.offered.unwrap_or(true),
        channel: variation.channel.clone().unwrap_or_default(),
        fee: variation.fee_cents.map(format_amount).unwrap_or_default(),
        lead_time: variation
            .lead_time_days
            .map(|days| days.to_string())
            .unwrap_or_default(),
        notes: LANGS
            .iter()
            .map(|lang| {
                let note = variation.note.get(*lang).cloned().unwrap_or_default();
                ((*lang).to_owned(), note)
            })
            .collect(),
    }
}

/// The variation a form without problems describes; `None` while it has any.
pub fn local_variation(form: &LocalForm) -> Option<LocalVariation> {
    if !form.problems().is_empty() {
        return None;
    }
    Some(LocalVariation {
        offered: (!form.offered).then_some(false),
        channel: (!form.channel.is_empty()).then(|| form.channel.clone()),
        fee_cents: parse_amount(&form.fee).ok()?,
        lead_time_days: parse_days(&form.lead_time).ok()?,
        note: form
            .notes
            .iter()
            .filter(|(_, note)| !note.trim().is_empty())
            .map(|(lang, note)| (lang.clone(), note.trim().to_owned()))
            .collect(),
    })
}

// ---- Reading ----

fn json<T: serde::Serialize>(value: &T) -> Result<String, AppError> {
    serde_json::to_string(value).map_err(|error| AppError::log(ErrorCode::Internal, &error))
}

fn parse<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, AppError> {
    serde_json::from_str(text).map_err(|error| AppError::log(ErrorCode::Internal, &error))
}

/// The concept's title in `lang`, else in Dutch, from the directory.
fn title_in(snapshot: &Snapshot, code: &str, lang: Lang) -> Option<String> {
    let record = snapshot.concept(code)?;
    record
        .texts
        .get(lang.code())
        .or_else(|| record.texts.get("nl"))
        .map(|text| text.title.clone())
}

/// The topics to choose from, (code, name in `lang` or else Dutch), in order.
fn topic_names(snapshot: &Snapshot, lang: Lang) -> Vec<(String, String)> {
    snapshot
        .catalogue
        .topics
        .iter()
        .map(|topic| {
            let name = match lang {
                Lang::Nl => &topic.name_nl,
                Lang::Fr => &topic.name_fr,
                Lang::De => &topic.name_de,
                Lang::En => &topic.name_en,
            };
            let name = if name.is_empty() {
                &topic.name_nl
            } else {
                name
            };
            (topic.code.clone(), name.clone())
        })
        .collect()
}

/// The Dutch title a concept form has (a new product's only name).
fn form_title(form: &ConceptForm) -> String {
    form.texts
        .get("nl")
        .map(|text| text.get("title").trim().to_owned())
        .unwrap_or_default()
}

/// Names of people by id, for "saved by" and the history.
async fn names<C: ConnectionTrait>(
    db: &C,
    ids: impl IntoIterator<Item = i32>,
) -> Result<HashMap<i32, String>, AppError> {
    let ids: HashSet<i32> = ids.into_iter().collect();
    let people = db::entities::person::Entity::find()
        .filter(db::entities::person::Column::Id.is_in(ids))
        .all(db)
        .await?;
    Ok(people
        .into_iter()
        .map(|p| (p.id, format!("{} {}", p.given_name, p.family_name)))
        .collect())
}

fn draft_info(draft: &catalogue_draft::Model, names: &HashMap<i32, String>) -> DraftInfo {
    DraftInfo {
        version: draft.version,
        saved_at: crate::account::local_time(draft.updated_at),
        saved_by: names.get(&draft.updated_by).cloned().unwrap_or_default(),
    }
}

/// What this person may edit.
pub async fn overview(state: &AppState, signed_in: &SignedIn) -> Result<CatalogueAdmin, AppError> {
    if !signed_in.edits_catalogue() {
        return Err(AppError::new(ErrorCode::Forbidden));
    }
    let snapshot = state.directory.snapshot().await?;
    let municipalities = snapshot
        .cards
        .iter()
        .filter(|card| {
            snapshot
                .ids
                .get(&card.slug)
                .is_some_and(|id| signed_in.may_edit_instances_in(*id))
        })
        .map(|card| (card.slug.clone(), card.name.clone()))
        .collect();
    Ok(CatalogueAdmin {
        regional: signed_in.may_edit_concepts(),
        municipalities,
    })
}

/// The products of a scope, with the drafts waiting there.
pub async fn scope_list(
    state: &AppState,
    signed_in: &SignedIn,
    scope: &str,
    lang: Lang,
) -> Result<ScopeList, AppError> {
    let snapshot = state.directory.snapshot().await?;
    let scope = Scope::resolve(&snapshot, signed_in, scope)?;
    let drafts = catalogue_edit::drafts(&state.db, scope.municipality_id()).await?;
    let names = names(&state.db, drafts.iter().map(|d| d.updated_by)).await?;
    let drafts_by_code: HashMap<&str, &catalogue_draft::Model> = drafts
        .iter()
        .map(|draft| (draft.concept_code.as_str(), draft))
        .collect();

    let mut products: Vec<ScopeProduct> = snapshot
        .catalogue
        .concepts
        .iter()
        .map(|record| {
            let concept = &record.concept;
            let instance = scope
                .municipality_id()
                .and_then(|id| record.instance(id))
                .map(LocalVariation::from_instance)
                .unwrap_or_default();
            ScopeProduct {
                title: title_in(&snapshot, &concept.code, lang).unwrap_or_default(),
                draft: drafts_by_code
                    .get(concept.code.as_str())
                    .map(|draft| draft_info(draft, &names)),
                new: false,
                offered: instance.offered.unwrap_or(true),
                channel: instance
                    .channel
                    .clone()
                    .unwrap_or_else(|| concept.default_channel.clone()),
                fee_cents: instance.fee_cents.unwrap_or(concept.default_fee_cents),
                local: !instance.is_default(),
                code: concept.code.clone(),
            }
        })
        .collect();
    products.sort_by_cached_key(|product| product.title.to_lowercase());

    let mut waiting = Vec::new();
    for draft in &drafts {
        match products.iter().find(|p| p.code == draft.concept_code) {
            Some(product) => waiting.push(product.clone()),
            None => {
                // A new product: only its draft knows its name.
                let form: ConceptForm = parse(&draft.content)?;
                waiting.push(ScopeProduct {
                    code: draft.concept_code.clone(),
                    title: form_title(&form),
                    draft: Some(draft_info(draft, &names)),
                    new: true,
                    offered: true,
                    channel: form.default_channel.clone(),
                    fee_cents: parse_amount(&form.default_fee).ok().flatten().unwrap_or(0),
                    local: false,
                });
            }
        }
    }
    Ok(ScopeList {
        scope: scope.key().to_owned(),
        municipality: scope.municipality_name(),
        drafts: waiting,
        products,
    })
}

/// What is published now for `subject`, in the exchange format: the
/// concept (without `local`), or the municipality's variation. `None`: no
/// such concept.
enum Live {
    Concept(ConceptEntry),
    Local {
        concept: ConceptEntry,
        concept_id: i32,
        variation: LocalVariation,
    },
}

impl Live {
    fn json(&self) -> Result<String, AppError> {
        match self {
            Live::Concept(entry) => json(entry),
            Live::Local { variation, .. } => json(variation),
        }
    }
}

async fn live<C: ConnectionTrait>(
    db: &C,
    scope: &Scope,
    code: &str,
) -> Result<Option<Live>, AppError> {
    let Some(concept) = exchange::export_concept(db, code).await? else {
        return Ok(None);
    };
    let Some(municipality_id) = scope.municipality_id() else {
        return Ok(Some(Live::Concept(concept)));
    };
    let Some(concept_row) = db::entities::concept::Entity::find()
        .filter(db::entities::concept::Column::Code.eq(code))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let variation = product_instance::Entity::find()
        .filter(product_instance::Column::ConceptId.eq(concept_row.id))
        .filter(product_instance::Column::MunicipalityId.eq(municipality_id))
        .one(db)
        .await?
        .map(|row| LocalVariation::from_instance(&row))
        .unwrap_or_default();
    Ok(Some(Live::Local {
        concept,
        concept_id: concept_row.id,
        variation,
    }))
}

/// The form a stored exchange-format JSON (a revision's or a draft's base)
/// reads as; the empty form for `None` (nothing was published).
fn stored_fields(local: bool, stored: Option<&str>) -> Result<Vec<(String, String)>, AppError> {
    Ok(match (local, stored) {
        (false, Some(text)) => concept_form(&parse(text)?).fields(),
        (true, Some(text)) => local_form(&parse(text)?).fields(),
        (false, None) => ConceptForm::default().fields(),
        (true, None) => LocalForm::default().fields(),
    })
}

/// The edit page of a product in a scope.
pub async fn editor(
    state: &AppState,
    signed_in: &SignedIn,
    scope: &str,
    code: &str,
    lang: Lang,
) -> Result<ProductEditor, AppError> {
    let snapshot = state.directory.snapshot().await?;
    let scope = Scope::resolve(&snapshot, signed_in, scope)?;
    let subject = scope.subject(code);
    let draft = catalogue_edit::draft(&state.db, &subject).await?;
    let live = live(&state.db, &scope, code).await?;
    let local = matches!(scope, Scope::Municipality { .. });
    if live.is_none() && (local || draft.is_none()) {
        return Err(AppError::not_found());
    }
    let live_json = live.as_ref().map(Live::json).transpose()?;
    let live_fields = stored_fields(local, live_json.as_deref())?;
    let names = names(&state.db, draft.iter().map(|d| d.updated_by)).await?;

    let form = match (&draft, &live) {
        (Some(draft), _) if local => EditorForm::Local {
            form: parse(&draft.content)?,
            region: RegionDefaults::default(),
        },
        (Some(draft), _) => EditorForm::Concept(parse(&draft.content)?),
        (None, Some(Live::Concept(entry))) => EditorForm::Concept(concept_form(entry)),
        (None, Some(Live::Local { variation, .. })) => EditorForm::Local {
            form: local_form(variation),
            region: RegionDefaults::default(),
        },
        (None, None) => return Err(AppError::not_found()),
    };
    // The region's defaults, for "as the region" in a municipality's form.
    let form = match (form, &live) {
        (EditorForm::Local { form, .. }, Some(Live::Local { concept, .. })) => EditorForm::Local {
            form,
            region: RegionDefaults {
                channel: concept.default_channel.clone(),
                fee_cents: concept.default_fee_cents,
                lead_time_days: concept.default_lead_time_days,
            },
        },
        (form, _) => form,
    };
    let (fields, problems) = match &form {
        EditorForm::Concept(form) => (form.fields(), form.problems()),
        EditorForm::Local { form, .. } => (form.fields(), form.problems()),
    };
    let (changes, changed_since) = match &draft {
        Some(draft) => {
            let base = stored_fields(local, draft.base.as_deref())?;
            let since = if draft.base == live_json {
                Vec::new()
            } else {
                changes(&base, &live_fields)
            };
            (changes(&live_fields, &fields), since)
        }
        None => (Vec::new(), Vec::new()),
    };
    let title = match &form {
        EditorForm::Concept(form) if live.is_none() => form_title(form),
        _ => title_in(&snapshot, code, lang).unwrap_or_else(|| code.to_owned()),
    };
    let public_path = live.as_ref().map(|_| match &scope {
        Scope::Region => format!("/producten/{code}"),
        Scope::Municipality { slug, .. } => format!("/{slug}/producten/{code}"),
    });
    Ok(ProductEditor {
        scope: scope.key().to_owned(),
        municipality: scope.municipality_name(),
        code: code.to_owned(),
        title,
        form,
        draft: draft.as_ref().map(|draft| draft_info(draft, &names)),
        problems,
        changes,
        changed_since,
        new: live.is_none(),
        topics: topic_names(&snapshot, lang),
        public_path,
    })
}

/// The published history of a product in a scope, newest first.
pub async fn history(
    state: &AppState,
    signed_in: &SignedIn,
    scope: &str,
    code: &str,
    lang: Lang,
) -> Result<ProductHistory, AppError> {
    let snapshot = state.directory.snapshot().await?;
    let scope = Scope::resolve(&snapshot, signed_in, scope)?;
    let subject = scope.subject(code);
    let revisions = catalogue_edit::history(&state.db, &subject, HISTORY_LIMIT).await?;
    let Some(title) = title_in(&snapshot, code, lang) else {
        return Err(AppError::not_found());
    };
    let local = matches!(scope, Scope::Municipality { .. });
    let names = names(&state.db, revisions.iter().map(|r| r.published_by)).await?;
    let entries = revisions
        .iter()
        .map(|revision| {
            let before = stored_fields(local, revision.before.as_deref())?;
            let after = stored_fields(local, Some(&revision.after))?;
            Ok(HistoryEntry {
                at: crate::account::local_time(revision.published_at),
                by: names
                    .get(&revision.published_by)
                    .cloned()
                    .unwrap_or_default(),
                role: revision.role.as_ref().map(|role| ProfileRole {
                    role: role.clone(),
                    municipality: (role != "regional_admin")
                        .then(|| scope.municipality_name())
                        .flatten(),
                    department: None,
                }),
                created: revision.before.is_none(),
                changes: changes(&before, &after),
            })
        })
        .collect::<Result<Vec<_>, AppError>>()?;
    Ok(ProductHistory {
        scope: scope.key().to_owned(),
        municipality: scope.municipality_name(),
        code: code.to_owned(),
        title,
        entries,
        local,
        topics: topic_names(&snapshot, lang),
    })
}

// ---- Changing ----

/// What an editing action came to; the page it leads to says so.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Saved,
    Published,
    /// The draft is saved, but it has problems: not published.
    HasProblems,
    /// The draft changed since the page was loaded: nothing written.
    Stale,
    /// Someone published since the draft was started: not published
    /// without the editor's confirmation.
    ChangedSince,
    Discarded,
}

/// Why a new product was refused: every problem at once, so the editor
/// fixes them in one go.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct NewProductProblems {
    /// The code is not a valid code.
    pub bad_code: bool,
    /// The code is in use (published or as a draft).
    pub code_taken: bool,
    /// There is no Dutch title, or it is too long.
    pub no_title: bool,
}

impl NewProductProblems {
    pub fn is_empty(self) -> bool {
        self == Self::default()
    }

    /// The `fout` in the address of the form shown again: `code,titel`.
    pub fn query(self) -> String {
        [
            (self.bad_code, "code"),
            (self.code_taken, "bestaat"),
            (self.no_title, "titel"),
        ]
        .into_iter()
        .filter_map(|(problem, word)| problem.then_some(word))
        .collect::<Vec<_>>()
        .join(",")
    }
}

impl Outcome {
    /// The `melding` in the address of the page that follows.
    pub fn notice(self) -> &'static str {
        match self {
            Outcome::Saved => "bewaard",
            Outcome::Published => "gepubliceerd",
            Outcome::HasProblems => "fouten",
            Outcome::Stale => "verouderd",
            Outcome::ChangedSince => "gewijzigd",
            Outcome::Discarded => "weggegooid",
        }
    }
}

/// The request behind an editing action.
pub struct Editing<'a> {
    pub state: &'a AppState,
    pub signed_in: &'a SignedIn,
    pub origin: &'a Origin,
}

impl Editing<'_> {
    fn actor(&self, municipality_id: Option<i32>) -> Actor {
        let held = self.signed_in.catalogue_role(municipality_id);
        Actor {
            person_id: Some(self.signed_in.person.id),
            role: held.map(|role| role.role.clone()),
            municipality_id: held.and_then(|role| role.municipality_id),
            department: held.and_then(|role| role.department.clone()),
            on_behalf_of: None,
        }
    }

    /// The scope, or the refusal (audited when it is one).
    async fn scope(&self, scope: &str, action: &str, code: &str) -> Result<Scope, AppError> {
        let snapshot = self.state.directory.snapshot().await?;
        match Scope::resolve(&snapshot, self.signed_in, scope) {
            Err(error) if error.code == ErrorCode::Forbidden => {
                let event = Event {
                    actor: self.actor(snapshot.ids.get(scope).copied()),
                    subject_id: None,
                    action,
                    outcome: "refused",
                    object: Some(format!("{scope}:{code}")),
                    reason: Some("not an editor there".to_owned()),
                };
                db::audit::record(&self.state.db, event, self.origin, db::now()).await?;
                Err(error)
            }
            other => other,
        }
    }

    async fn record<C: ConnectionTrait>(
        &self,
        db: &C,
        scope: &Scope,
        action: &str,
        subject: &Subject,
        now: i64,
    ) -> Result<(), AppError> {
        let event = Event {
            actor: self.actor(scope.municipality_id()),
            subject_id: None,
            action,
            outcome: "ok",
            object: Some(subject.key()),
            reason: None,
        };
        db::audit::record(db, event, self.origin, now).await?;
        Ok(())
    }

    /// Saves the posted form as the draft, and publishes it when the form
    /// says `then=publiceren`.
    pub async fn save(
        &self,
        scope: &str,
        code: &str,
        pairs: &[(String, String)],
    ) -> Result<Outcome, AppError> {
        let scope = self.scope(scope, "catalogue.save", code).await?;
        let subject = scope.subject(code);
        let field = |name: &str| {
            pairs
                .iter()
                .find(|(key, _)| key == name)
                .map(|(_, value)| value.as_str())
        };
        let seen_version = match field("version").unwrap_or("") {
            "" => None,
            version => Some(
                version
                    .parse::<i32>()
                    .map_err(|_| AppError::new(ErrorCode::BadRequest))?,
            ),
        };
        let publish = field("then") == Some("publiceren");
        let overwrite = field("overwrite") == Some("ja");

        let db = &self.state.db;
        let live = live(db, &scope, code).await?;
        let has_draft = catalogue_edit::draft(db, &subject).await?.is_some();
        if live.is_none() && (matches!(scope, Scope::Municipality { .. }) || !has_draft) {
            // New products start with `create`; a municipality's version
            // needs the regional product.
            return Err(AppError::not_found());
        }
        let content = match &scope {
            Scope::Region => {
                let snapshot = self.state.directory.snapshot().await?;
                let topics: Vec<String> = snapshot
                    .catalogue
                    .topics
                    .iter()
                    .map(|topic| topic.code.clone())
                    .collect();
                json(&ConceptForm::from_pairs(pairs, &topics).map_err(refused)?)?
            }
            Scope::Municipality { .. } => json(&LocalForm::from_pairs(pairs).map_err(refused)?)?,
        };
        let base = live.as_ref().map(Live::json).transpose()?;
        let now = db::now();
        let saved = catalogue_edit::save(
            db,
            &subject,
            &content,
            base.as_deref(),
            seen_version,
            self.signed_in.person.id,
            now,
        )
        .await?;
        let Saved::Version(version) = saved else {
            return Ok(Outcome::Stale);
        };
        if !publish {
            return Ok(Outcome::Saved);
        }
        self.publish(&scope, &subject, version, overwrite).await
    }

    /// Publishes the draft of `subject` if it is still at `version`.
    async fn publish(
        &self,
        scope: &Scope,
        subject: &Subject,
        version: i32,
        overwrite: bool,
    ) -> Result<Outcome, AppError> {
        let txn = db::begin_write(&self.state.db).await?;
        let outcome = self
            .publish_in(&txn, scope, subject, version, overwrite)
            .await;
        match outcome {
            Ok(Outcome::Published) => {
                txn.commit().await?;
                self.state.directory.invalidate();
                tracing::info!(subject = %subject.key(), "catalogue change published");
                Ok(Outcome::Published)
            }
            other => {
                txn.rollback().await?;
                other
            }
        }
    }

    async fn publish_in(
        &self,
        txn: &DatabaseTransaction,
        scope: &Scope,
        subject: &Subject,
        version: i32,
        overwrite: bool,
    ) -> Result<Outcome, AppError> {
        let code = subject.concept_code();
        let Some(draft) = catalogue_edit::take(txn, subject, version).await? else {
            return Ok(Outcome::Stale);
        };
        let live = live(txn, scope, code).await?;
        let live_json = live.as_ref().map(Live::json).transpose()?;
        let unchanged = match (&draft.base, &live_json) {
            (Some(base), Some(now)) => {
                parse::<serde_json::Value>(base)? == parse::<serde_json::Value>(now)?
            }
            (None, None) => true,
            _ => false,
        };
        if !unchanged && !overwrite {
            return Ok(Outcome::ChangedSince);
        }
        let after = match (scope, &live) {
            (Scope::Region, _) => {
                let form: ConceptForm = parse(&draft.content)?;
                let Some(entry) = concept_entry(code, &form) else {
                    return Ok(Outcome::HasProblems);
                };
                let topics = db::entities::topic::Entity::find().all(txn).await?;
                let codes: HashSet<&str> = topics.iter().map(|t| t.code.as_str()).collect();
                let problems = exchange::validate_concept(&entry, &codes);
                if !problems.is_empty() {
                    let detail = problems.iter().map(ToString::to_string).collect::<Vec<_>>();
                    return Err(AppError::log(ErrorCode::Internal, &detail.join("; ")));
                }
                exchange::write_concept(txn, &entry).await?;
                json(&entry)?
            }
            (Scope::Municipality { id, .. }, Some(Live::Local { concept_id, .. })) => {
                let form: LocalForm = parse(&draft.content)?;
                let Some(variation) = local_variation(&form) else {
                    return Ok(Outcome::HasProblems);
                };
                let problems = exchange::validate_local(&variation);
                if !problems.is_empty() {
                    let detail = problems.iter().map(ToString::to_string).collect::<Vec<_>>();
                    return Err(AppError::log(ErrorCode::Internal, &detail.join("; ")));
                }
                exchange::write_local(txn, *concept_id, *id, &variation).await?;
                json(&variation)?
            }
            // The regional product was removed (by an import) meanwhile.
            (Scope::Municipality { .. }, _) => return Err(AppError::not_found()),
        };
        let now = db::now();
        let role = self
            .signed_in
            .catalogue_role(scope.municipality_id())
            .map(|role| role.role.clone());
        catalogue_edit::record(
            txn,
            catalogue_edit::Publication {
                subject,
                before: live_json,
                after,
                person_id: self.signed_in.person.id,
                role,
            },
            now,
        )
        .await?;
        self.record(txn, scope, "catalogue.publish", subject, now)
            .await?;
        Ok(Outcome::Published)
    }

    /// Throws the draft away, if it is still at the version the page showed.
    pub async fn discard(
        &self,
        scope: &str,
        code: &str,
        version: &str,
    ) -> Result<Outcome, AppError> {
        let scope = self.scope(scope, "catalogue.discard", code).await?;
        let version: i32 = version
            .parse()
            .map_err(|_| AppError::new(ErrorCode::BadRequest))?;
        let subject = scope.subject(code);
        let txn = db::begin_write(&self.state.db).await?;
        if catalogue_edit::take(&txn, &subject, version)
            .await?
            .is_none()
        {
            txn.rollback().await?;
            return Ok(Outcome::Stale);
        }
        self.record(&txn, &scope, "catalogue.discard", &subject, db::now())
            .await?;
        txn.commit().await?;
        Ok(Outcome::Discarded)
    }

    /// Starts a new regional product: a draft with its code and Dutch title.
    /// A refusal names every problem of the form.
    pub async fn create(
        &self,
        code: &str,
        title: &str,
    ) -> Result<Result<(), NewProductProblems>, AppError> {
        let scope = self.scope(REGION, "catalogue.create", code).await?;
        let title = title.trim();
        if title.chars().any(crate::model::label::is_hidden) {
            return Err(AppError::new(ErrorCode::BadRequest));
        }
        let mut problems = NewProductProblems {
            bad_code: !valid_code(code),
            no_title: title.is_empty() || title.chars().count() > crate::model::editor::MAX_TITLE,
            ..NewProductProblems::default()
        };
        let db = &self.state.db;
        problems.code_taken =
            !problems.bad_code && exchange::export_concept(db, code).await?.is_some();
        if !problems.is_empty() {
            return Ok(Err(problems));
        }
        let subject = scope.subject(code);
        let mut form = ConceptForm {
            product_type: "service".to_owned(),
            min_assurance: "none".to_owned(),
            default_channel: "counter".to_owned(),
            default_fee: "0".to_owned(),
            default_lead_time: "0".to_owned(),
            topics: Vec::new(),
            texts: LANGS
                .iter()
                .map(|lang| ((*lang).to_owned(), TextForm::default()))
                .collect(),
        };
        if let Some(dutch) = form.texts.get_mut("nl") {
            dutch.fields.insert("title".to_owned(), title.to_owned());
        }
        let now = db::now();
        let txn = db::begin_write(db).await?;
        let saved = catalogue_edit::save(
            &txn,
            &subject,
            &json(&form)?,
            None,
            None,
            self.signed_in.person.id,
            now,
        )
        .await?;
        if saved == Saved::Stale {
            txn.rollback().await?;
            return Ok(Err(NewProductProblems {
                code_taken: true,
                ..NewProductProblems::default()
            }));
        }
        self.record(&txn, &scope, "catalogue.create", &subject, now)
            .await?;
        txn.commit().await?;
        Ok(Ok(()))
    }
}

fn refused(error: crate::model::editor::FormRefused) -> AppError {
    tracing::info!(%error, "catalogue form refused");
    AppError::new(ErrorCode::BadRequest)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry() -> ConceptEntry {
        ConceptEntry {
            rdf_type: Some(exchange::PUBLIC_SERVICE.to_owned()),
            code: "bulky-waste".into(),
            product_type: "service".into(),
            min_assurance: "low".into(),
            topics: vec!["waste".into()],
            default_channel: "online".into(),
            default_fee_cents: 1250,
            default_lead_time_days: 5,
            keywords: BTreeMap::from([(
                "nl".to_owned(),
                vec!["grofvuil".to_owned(), "huisvuil".to_owned()],
            )]),
            text: BTreeMap::from([
                (
                    "nl".to_owned(),
                    TextEntry {
                        title: "Grofvuil".into(),
                        summary: "We halen het op.".into(),
                        costs: Some("12,50 euro".into()),
                        ..TextEntry::default()
                    },
                ),
                (
                    "fr".to_owned(),
                    TextEntry {
                        title: "Encombrants".into(),
                        summary: "On vient les chercher.".into(),
                        ..TextEntry::default()
                    },
                ),
            ]),
            local: BTreeMap::new(),
        }
    }

    #[test]
    fn the_forms_offer_what_the_exchange_format_accepts() {
        use crate::model::editor as form;
        assert_eq!(form::LANGS, exchange::LANGS);
        assert_eq!(form::CHANNELS, exchange::CHANNELS);
        assert_eq!(form::ASSURANCES, exchange::ASSURANCES);
        assert_eq!(form::PRODUCT_TYPES, exchange::PRODUCT_TYPES);
        assert_eq!(
            (
                form::MAX_CODE,
                form::MAX_TITLE,
                form::MAX_SUMMARY,
                form::MAX_TEXT
            ),
            (
                exchange::MAX_CODE,
                exchange::MAX_TITLE,
                exchange::MAX_SUMMARY,
                exchange::MAX_TEXT
            )
        );
    }

    #[test]
    fn a_concept_goes_to_its_form_and_back_unchanged() {
        let entry = entry();
        let form = concept_form(&entry);
        assert_eq!(form.problems(), []);
        assert_eq!(concept_entry("bulky-waste", &form), Some(entry));
    }

    #[test]
    fn a_form_with_problems_is_no_concept() {
        let mut form = concept_form(&entry());
        form.default_fee = "veel".into();
        assert_eq!(concept_entry("bulky-waste", &form), None);
    }

    #[test]
    fn a_variation_goes_to_its_form_and_back_unchanged() {
        for variation in [
            LocalVariation::default(),
            LocalVariation {
                offered: Some(false),
                channel: Some("counter".into()),
                fee_cents: Some(0),
                lead_time_days: Some(10),
                note: BTreeMap::from([
                    ("nl".to_owned(), "Op afspraak.".to_owned()),
                    ("en".to_owned(), "By appointment.".to_owned()),
                ]),
            },
        ] {
            let form = local_form(&variation);
            assert_eq!(local_variation(&form), Some(variation));
        }
    }
}

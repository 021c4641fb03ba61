//! Read queries on the product catalogue. The whole catalogue loads in a
//! fixed number of indexed queries (never one per product); the app keeps it
//! in memory with the municipalities (see `app::directory`).

use crate::entities::{concept, concept_text, concept_topic, product_instance, topic};
use sea_orm::{DatabaseConnection, DbErr, EntityTrait, QueryOrder};
use std::collections::HashMap;

/// The whole catalogue: topics in their order, and every concept with all
/// its texts, topics and instances.
#[derive(Clone, Debug, Default)]
pub struct CatalogueData {
    pub topics: Vec<topic::Model>,
    pub concepts: Vec<ConceptRecord>,
}

/// A concept with everything the pages show of it.
#[derive(Clone, Debug)]
pub struct ConceptRecord {
    pub concept: concept::Model,
    /// Its texts per language; Dutch is always there (a concept without
    /// Dutch text is incomplete and not loaded).
    pub texts: HashMap<String, concept_text::Model>,
    pub topic_ids: Vec<i32>,
    /// One per municipality (at most).
    pub instances: Vec<product_instance::Model>,
}

impl ConceptRecord {
    /// The instance of one municipality, if it has one.
    pub fn instance(&self, municipality_id: i32) -> Option<&product_instance::Model> {
        self.instances
            .iter()
            .find(|i| i.municipality_id == municipality_id)
    }
}

/// Loads the whole catalogue: five queries, whatever its size.
pub async fn load(db: &DatabaseConnection) -> Result<CatalogueData, DbErr> {
    let topics = topic::Entity::find()
        .order_by_asc(topic::Column::Position)
        .all(db)
        .await?;
    let concepts = concept::Entity::find()
        .order_by_asc(concept::Column::Code)
        .all(db)
        .await?;
    let mut texts: HashMap<i32, HashMap<String, concept_text::Model>> = HashMap::new();
    for text in concept_text::Entity::find().all(db).await? {
        texts
            .entry(text.concept_id)
            .or_default()
            .insert(text.lang.clone(), text);
    }
    let mut topic_ids: HashMap<i32, Vec<i32>> = HashMap::new();
    for link in concept_topic::Entity::find().all(db).await? {
        topic_ids
            .entry(link.concept_id)
            .or_default()
            .push(link.topic_id);
    }
    let mut instances: HashMap<i32, Vec<product_instance::Model>> = HashMap::new();
    for instance in product_instance::Entity::find()
        .order_by_asc(product_instance::Column::MunicipalityId)
        .all(db)
        .await?
    {
        instances
            .entry(instance.concept_id)
            .or_default()
            .push(instance);
    }
    let concepts = concepts
        .into_iter()
        .filter_map(|concept| {
            let texts = texts.remove(&concept.id)?;
            texts.contains_key("nl").then_some(())?;
            Some(ConceptRecord {
                texts,
                topic_ids: topic_ids.remove(&concept.id).unwrap_or_default(),
                instances: instances.remove(&concept.id).unwrap_or_default(),
                concept,
            })
        })
        .collect();
    Ok(CatalogueData { topics, concepts })
}

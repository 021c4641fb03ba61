//! Read queries on the product catalogue. Each page's data comes in a fixed
//! number of indexed queries, never one per product.

use crate::entities::{concept, concept_text, concept_topic, product_instance, topic};
use sea_orm::{
    ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};
use std::collections::HashMap;

/// A concept with its texts (Dutch and the requested language), topics and
/// the instances asked for.
#[derive(Clone, Debug)]
pub struct ConceptRecord {
    pub concept: concept::Model,
    pub dutch: concept_text::Model,
    /// The requested language's texts, when it is not Dutch and they exist.
    pub translated: Option<concept_text::Model>,
    pub topic_ids: Vec<i32>,
    pub instances: Vec<product_instance::Model>,
}

/// A concept's code and title, for short lists such as search suggestions.
#[derive(Clone, Debug)]
pub struct TitleRecord {
    pub concept_id: i32,
    pub code: String,
    pub dutch: String,
    /// The requested language's title, when it is not Dutch and exists.
    pub translated: Option<String>,
    /// The instance in the municipality asked for, if there is one.
    pub instance: Option<product_instance::Model>,
}

/// The code and titles of the concepts `ids`, with their instance in one
/// municipality: three indexed queries that leave the long texts (description,
/// conditions, …) in the database, for callers that show only a title.
pub async fn titles(
    db: &DatabaseConnection,
    municipality_id: i32,
    ids: &[i32],
    lang: &str,
) -> Result<Vec<TitleRecord>, DbErr> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let codes: Vec<(i32, String)> = concept::Entity::find()
        .select_only()
        .column(concept::Column::Id)
        .column(concept::Column::Code)
        .filter(concept::Column::Id.is_in(ids.iter().copied()))
        .into_tuple()
        .all(db)
        .await?;
    let mut instances: HashMap<i32, product_instance::Model> = product_instance::Entity::find()
        .filter(product_instance::Column::MunicipalityId.eq(municipality_id))
        .filter(product_instance::Column::ConceptId.is_in(ids.iter().copied()))
        .all(db)
        .await?
        .into_iter()
        .map(|instance| (instance.concept_id, instance))
        .collect();
    let langs: Vec<&str> = if lang == "nl" {
        vec!["nl"]
    } else {
        vec!["nl", lang]
    };
    let rows: Vec<(i32, String, String)> = concept_text::Entity::find()
        .select_only()
        .column(concept_text::Column::ConceptId)
        .column(concept_text::Column::Lang)
        .column(concept_text::Column::Title)
        .filter(concept_text::Column::ConceptId.is_in(ids.iter().copied()))
        .filter(concept_text::Column::Lang.is_in(langs))
        .into_tuple()
        .all(db)
        .await?;
    let mut titles: HashMap<(i32, String), String> = rows
        .into_iter()
        .map(|(concept_id, lang, title)| ((concept_id, lang), title))
        .collect();
    Ok(codes
        .into_iter()
        .filter_map(|(concept_id, code)| {
            // As in `assemble`: a concept without Dutch text is not shown.
            let dutch = titles.remove(&(concept_id, "nl".to_owned()))?;
            let translated = titles.remove(&(concept_id, lang.to_owned()));
            Some(TitleRecord {
                concept_id,
                code,
                dutch,
                translated,
                instance: instances.remove(&concept_id),
            })
        })
        .collect())
}

/// All topics in their fixed order.
pub async fn topics(db: &DatabaseConnection) -> Result<Vec<topic::Model>, DbErr> {
    topic::Entity::find()
        .order_by_asc(topic::Column::Position)
        .all(db)
        .await
}

/// Every concept with its instance in one municipality (five queries).
pub async fn for_municipality(
    db: &DatabaseConnection,
    municipality_id: i32,
    lang: &str,
) -> Result<Vec<ConceptRecord>, DbErr> {
    let concepts = concept::Entity::find().all(db).await?;
    let instances = product_instance::Entity::find()
        .filter(product_instance::Column::MunicipalityId.eq(municipality_id))
        .all(db)
        .await?;
    assemble(db, concepts, instances, lang).await
}

/// Every concept with its instances in every municipality (five queries):
/// the regional inventory.
pub async fn all(db: &DatabaseConnection, lang: &str) -> Result<Vec<ConceptRecord>, DbErr> {
    let concepts = concept::Entity::find().all(db).await?;
    let instances = product_instance::Entity::find().all(db).await?;
    assemble(db, concepts, instances, lang).await
}

/// One concept with its instances in every municipality (five queries).
pub async fn by_code(
    db: &DatabaseConnection,
    code: &str,
    lang: &str,
) -> Result<Option<ConceptRecord>, DbErr> {
    let Some(concept) = concept::Entity::find()
        .filter(concept::Column::Code.eq(code))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let instances = product_instance::Entity::find()
        .filter(product_instance::Column::ConceptId.eq(concept.id))
        .all(db)
        .await?;
    Ok(assemble(db, vec![concept], instances, lang).await?.pop())
}

async fn assemble(
    db: &DatabaseConnection,
    concepts: Vec<concept::Model>,
    instances: Vec<product_instance::Model>,
    lang: &str,
) -> Result<Vec<ConceptRecord>, DbErr> {
    let ids: Vec<i32> = concepts.iter().map(|c| c.id).collect();
    let langs: Vec<&str> = if lang == "nl" {
        vec!["nl"]
    } else {
        vec!["nl", lang]
    };
    let mut texts: HashMap<(i32, String), concept_text::Model> = concept_text::Entity::find()
        .filter(concept_text::Column::ConceptId.is_in(ids.clone()))
        .filter(concept_text::Column::Lang.is_in(langs))
        .all(db)
        .await?
        .into_iter()
        .map(|text| ((text.concept_id, text.lang.clone()), text))
        .collect();
    let mut topic_ids: HashMap<i32, Vec<i32>> = HashMap::new();
    for link in concept_topic::Entity::find()
        .filter(concept_topic::Column::ConceptId.is_in(ids))
        .all(db)
        .await?
    {
        topic_ids
            .entry(link.concept_id)
            .or_default()
            .push(link.topic_id);
    }
    let mut by_concept: HashMap<i32, Vec<product_instance::Model>> = HashMap::new();
    for instance in instances {
        by_concept
            .entry(instance.concept_id)
            .or_default()
            .push(instance);
    }
    Ok(concepts
        .into_iter()
        .filter_map(|concept| {
            // A concept without Dutch text is incomplete: it is not shown.
            let dutch = texts.remove(&(concept.id, "nl".to_owned()))?;
            let translated = texts.remove(&(concept.id, lang.to_owned()));
            Some(ConceptRecord {
                dutch,
                translated,
                topic_ids: topic_ids.remove(&concept.id).unwrap_or_default(),
                instances: by_concept.remove(&concept.id).unwrap_or_default(),
                concept,
            })
        })
        .collect())
}

//! Drafts and published history of the catalogue (the editing screens).
//!
//! A product has at most one draft at a time, per subject: the regional
//! concept (`concept:{code}`) or one municipality's instance of it
//! (`instance:{slug}:{code}`). Everyone allowed to edit it works on that
//! one draft; every save raises its version, and a save or publication
//! from a page that shows an older version is refused instead of silently
//! overwriting a colleague's work. Publishing takes the draft (a DELETE
//! that exactly one caller wins), writes the catalogue through
//! [`crate::exchange`], and appends a revision with what it said before and
//! after, all in the caller's transaction.

use crate::entities::{catalogue_draft, catalogue_revision};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set, SqlErr, sea_query::Expr,
};

/// What a draft or revision is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Subject {
    /// The regional concept with this code.
    Concept { code: String },
    /// One municipality's instance of a concept.
    Instance {
        municipality_id: i32,
        slug: String,
        code: String,
    },
}

impl Subject {
    /// The stored key: `concept:{code}` or `instance:{slug}:{code}`.
    pub fn key(&self) -> String {
        match self {
            Subject::Concept { code } => format!("concept:{code}"),
            Subject::Instance { slug, code, .. } => format!("instance:{slug}:{code}"),
        }
    }

    pub fn concept_code(&self) -> &str {
        match self {
            Subject::Concept { code } | Subject::Instance { code, .. } => code,
        }
    }

    pub fn municipality_id(&self) -> Option<i32> {
        match self {
            Subject::Concept { .. } => None,
            Subject::Instance {
                municipality_id, ..
            } => Some(*municipality_id),
        }
    }
}

/// The draft of `subject`, if someone started one.
pub async fn draft<C: ConnectionTrait>(
    db: &C,
    subject: &Subject,
) -> Result<Option<catalogue_draft::Model>, DbErr> {
    catalogue_draft::Entity::find()
        .filter(catalogue_draft::Column::Subject.eq(subject.key()))
        .one(db)
        .await
}

/// Every draft of the regional concepts (`municipality_id` `None`) or of
/// one municipality's instances, most recently saved first.
pub async fn drafts<C: ConnectionTrait>(
    db: &C,
    municipality_id: Option<i32>,
) -> Result<Vec<catalogue_draft::Model>, DbErr> {
    let column = catalogue_draft::Column::MunicipalityId;
    let filter = match municipality_id {
        Some(id) => column.eq(id),
        None => column.is_null(),
    };
    catalogue_draft::Entity::find()
        .filter(filter)
        .order_by_desc(catalogue_draft::Column::UpdatedAt)
        .order_by_desc(catalogue_draft::Column::Id)
        .all(db)
        .await
}

/// What became of a save.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Saved {
    /// Stored; the draft now has this version.
    Version(i32),
    /// Someone saved, published or discarded the draft after the editor's
    /// page was loaded: nothing was written.
    Stale,
}

/// Saves `content` as the draft of `subject`. `seen_version` is the draft
/// version the editor's page showed (`None`: there was no draft), and
/// `base` what was published when the page was loaded (kept from the
/// first save: it is what the draft started from).
pub async fn save<C: ConnectionTrait>(
    db: &C,
    subject: &Subject,
    content: &str,
    base: Option<&str>,
    seen_version: Option<i32>,
    person_id: i32,
    now: i64,
) -> Result<Saved, DbErr> {
    match seen_version {
        None => {
            let row = catalogue_draft::ActiveModel {
                subject: Set(subject.key()),
                concept_code: Set(subject.concept_code().to_owned()),
                municipality_id: Set(subject.municipality_id()),
                content: Set(content.to_owned()),
                base: Set(base.map(str::to_owned)),
                version: Set(1),
                created_by: Set(person_id),
                created_at: Set(now),
                updated_by: Set(person_id),
                updated_at: Set(now),
                ..Default::default()
            };
            match row.insert(db).await {
                Ok(_) => Ok(Saved::Version(1)),
                Err(error)
                    if matches!(error.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) =>
                {
                    Ok(Saved::Stale)
                }
                Err(error) => Err(error),
            }
        }
        Some(version) => {
            let result = catalogue_draft::Entity::update_many()
                .col_expr(catalogue_draft::Column::Content, Expr::value(content))
                .col_expr(catalogue_draft::Column::Version, Expr::value(version + 1))
                .col_expr(catalogue_draft::Column::UpdatedBy, Expr::value(person_id))
                .col_expr(catalogue_draft::Column::UpdatedAt, Expr::value(now))
                .filter(catalogue_draft::Column::Subject.eq(subject.key()))
                .filter(catalogue_draft::Column::Version.eq(version))
                .exec(db)
                .await?;
            Ok(if result.rows_affected == 1 {
                Saved::Version(version + 1)
            } else {
                Saved::Stale
            })
        }
    }
}

/// Removes the draft of `subject` if it still has `version`, and returns
/// it; `None` when it changed or is gone. Of two callers, one gets it.
pub async fn take<C: ConnectionTrait>(
    db: &C,
    subject: &Subject,
    version: i32,
) -> Result<Option<catalogue_draft::Model>, DbErr> {
    let Some(row) = draft(db, subject).await? else {
        return Ok(None);
    };
    if row.version != version {
        return Ok(None);
    }
    let result = catalogue_draft::Entity::delete_many()
        .filter(catalogue_draft::Column::Id.eq(row.id))
        .filter(catalogue_draft::Column::Version.eq(version))
        .exec(db)
        .await?;
    Ok((result.rows_affected == 1).then_some(row))
}

/// One publication to append to the history.
#[derive(Clone, Debug)]
pub struct Publication<'a> {
    pub subject: &'a Subject,
    pub before: Option<String>,
    pub after: String,
    pub person_id: i32,
    pub role: Option<String>,
}

/// Appends a publication to the history (in the caller's transaction).
pub async fn record<C: ConnectionTrait>(
    db: &C,
    publication: Publication<'_>,
    now: i64,
) -> Result<catalogue_revision::Model, DbErr> {
    catalogue_revision::ActiveModel {
        subject: Set(publication.subject.key()),
        concept_code: Set(publication.subject.concept_code().to_owned()),
        municipality_id: Set(publication.subject.municipality_id()),
        before: Set(publication.before),
        after: Set(publication.after),
        published_by: Set(publication.person_id),
        role: Set(publication.role),
        published_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
}

/// The history of `subject`, newest first, at most `limit` entries.
pub async fn history<C: ConnectionTrait>(
    db: &C,
    subject: &Subject,
    limit: u64,
) -> Result<Vec<catalogue_revision::Model>, DbErr> {
    catalogue_revision::Entity::find()
        .filter(catalogue_revision::Column::Subject.eq(subject.key()))
        .order_by_desc(catalogue_revision::Column::Id)
        .limit(limit)
        .all(db)
        .await
}

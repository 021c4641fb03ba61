//! The audit log: who did what, when (UTC), why and from where. Append-only:
//! this module has no update or delete, and the database refuses both
//! (migration 000005). A test scans the sources for any other write path.

use crate::entities::audit_event;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};

/// Where a request came from, for the log.
#[derive(Clone, Debug, Default)]
pub struct Origin {
    pub ip: String,
    pub user_agent: String,
    pub request_id: String,
}

/// The person acting, in the capacity they acted in.
#[derive(Clone, Debug, Default)]
pub struct Actor {
    pub person_id: Option<i32>,
    /// A staff role (clerk, …) or `citizen`/`helper`; none when unknown.
    pub role: Option<String>,
    pub municipality_id: Option<i32>,
    pub department: Option<String>,
    /// A helper acting for this person.
    pub on_behalf_of: Option<i32>,
}

/// One event to record.
#[derive(Clone, Debug)]
pub struct Event<'a> {
    pub actor: Actor,
    /// Whose personal data this concerns.
    pub subject_id: Option<i32>,
    /// A dotted name, e.g. `sign_in`, `sign_in.failed`, `role.grant`.
    pub action: &'a str,
    /// ok, refused, failed
    pub outcome: &'a str,
    pub object: Option<String>,
    pub reason: Option<String>,
}

fn clip(text: &str, max: usize) -> String {
    text.chars().take(max).collect()
}

/// Appends one event. Pass the caller's transaction when the event belongs to
/// a change: then both are committed or neither.
pub async fn record<C: ConnectionTrait>(
    db: &C,
    event: Event<'_>,
    origin: &Origin,
    now: i64,
) -> Result<(), DbErr> {
    audit_event::ActiveModel {
        at: Set(now),
        actor_id: Set(event.actor.person_id),
        actor_role: Set(event.actor.role.map(|role| clip(&role, 24))),
        actor_municipality_id: Set(event.actor.municipality_id),
        actor_department: Set(event.actor.department),
        on_behalf_of: Set(event.actor.on_behalf_of),
        subject_id: Set(event.subject_id),
        action: Set(clip(event.action, 48)),
        outcome: Set(clip(event.outcome, 16)),
        object: Set(event.object.map(|object| clip(&object, 200))),
        reason: Set(event.reason.map(|reason| clip(&reason, 200))),
        ip: Set(clip(&origin.ip, 64)),
        user_agent: Set(clip(&origin.user_agent, 200)),
        request_id: Set(clip(&origin.request_id, 64)),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// What helpers at the digital help desk did for `citizen_id` (or about
/// their help), newest first; only `helper_id`'s when given. Successful
/// events only: what was done, not what was tried.
pub async fn by_helpers<C: ConnectionTrait>(
    db: &C,
    citizen_id: i32,
    helper_id: Option<i32>,
    limit: u64,
) -> Result<Vec<audit_event::Model>, DbErr> {
    let mut query = audit_event::Entity::find()
        .filter(
            Condition::any()
                .add(audit_event::Column::SubjectId.eq(citizen_id))
                .add(audit_event::Column::OnBehalfOf.eq(citizen_id)),
        )
        .filter(audit_event::Column::ActorRole.eq("helper"))
        .filter(audit_event::Column::Outcome.eq("ok"));
    if let Some(helper_id) = helper_id {
        query = query.filter(audit_event::Column::ActorId.eq(helper_id));
    }
    query
        .order_by_desc(audit_event::Column::Id)
        .limit(limit)
        .all(db)
        .await
}

/// Events about one person's data or done by them, newest first.
pub async fn concerning<C: ConnectionTrait>(
    db: &C,
    person_id: i32,
    limit: u64,
) -> Result<Vec<audit_event::Model>, DbErr> {
    audit_event::Entity::find()
        .filter(
            Condition::any()
                .add(audit_event::Column::SubjectId.eq(person_id))
                .add(audit_event::Column::ActorId.eq(person_id))
                .add(audit_event::Column::OnBehalfOf.eq(person_id)),
        )
        .order_by_desc(audit_event::Column::Id)
        .limit(limit)
        .all(db)
        .await
}

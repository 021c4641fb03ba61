use sea_orm::entity::prelude::*;

/// A mail in the outbox: waiting (`next_attempt_at` set), sent (`sent_at`) or
/// given up (`given_up_at`). Rows are never deleted, so an operator can
/// always see what happened to a mail; housekeeping empties the body a week
/// after (`db::housekeeping`).
///
/// `Debug` is written by hand: the body holds one-time login codes and must
/// not reach a log through a `{:?}`.
#[derive(Clone, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "outbox_mail")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub recipient: String,
    #[sea_orm(column_type = "Text")]
    pub subject: String,
    #[sea_orm(column_type = "Text")]
    pub body_text: String,
    /// Language tag of the text, sent as `Content-Language` (e.g. `nl`).
    pub lang: String,
    pub created_at: DateTimeUtc,
    /// Delivery attempts so far, the successful one included.
    pub attempts: i32,
    /// When a worker may next try it; while a worker holds it, the end of
    /// that worker's lease. `None` once sent or given up.
    pub next_attempt_at: Option<DateTimeUtc>,
    pub sent_at: Option<DateTimeUtc>,
    pub given_up_at: Option<DateTimeUtc>,
    /// The mail server's last answer, shortened; never the body.
    #[sea_orm(column_type = "Text", nullable)]
    pub last_error: Option<String>,
}

impl std::fmt::Debug for Model {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Model")
            .field("id", &self.id)
            .field("lang", &self.lang)
            .field("created_at", &self.created_at)
            .field("attempts", &self.attempts)
            .field("next_attempt_at", &self.next_attempt_at)
            .field("sent_at", &self.sent_at)
            .field("given_up_at", &self.given_up_at)
            .field("last_error", &self.last_error)
            .finish_non_exhaustive()
    }
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

//! The mail outbox: every mail the portal sends is first a row here, written
//! in the same transaction as the change it reports, and sent by a worker
//! that retries until the mail server takes it.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(OutboxMail::Table)
                    .if_not_exists()
                    .col(big_pk_auto(OutboxMail::Id))
                    .col(string(OutboxMail::Recipient))
                    .col(text(OutboxMail::Subject))
                    .col(text(OutboxMail::BodyText))
                    .col(string_len(OutboxMail::Lang, 16))
                    .col(timestamp_with_time_zone(OutboxMail::CreatedAt))
                    .col(integer(OutboxMail::Attempts).default(0))
                    // NULL once the mail is sent or given up: the claim index
                    // then leads only to mail that still has to go out.
                    .col(timestamp_with_time_zone_null(OutboxMail::NextAttemptAt))
                    .col(timestamp_with_time_zone_null(OutboxMail::SentAt))
                    .col(timestamp_with_time_zone_null(OutboxMail::GivenUpAt))
                    .col(text_null(OutboxMail::LastError))
                    .to_owned(),
            )
            .await?;
        // The claim query: `next_attempt_at <= now ORDER BY next_attempt_at, id`.
        manager
            .create_index(
                Index::create()
                    .name("idx_outbox_mail_next_attempt")
                    .table(OutboxMail::Table)
                    .col(OutboxMail::NextAttemptAt)
                    .col(OutboxMail::Id)
                    .if_not_exists()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(OutboxMail::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum OutboxMail {
    Table,
    Id,
    Recipient,
    Subject,
    BodyText,
    Lang,
    CreatedAt,
    Attempts,
    NextAttemptAt,
    SentAt,
    GivenUpAt,
    LastError,
}

//! A new e-mail address a helper typed for someone waits here, with the
//! hash of a one-time code sent to it, until the person confirms it.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(EmailChange::Table)
                    .if_not_exists()
                    .col(pk_auto(EmailChange::Id))
                    // One waiting change per person.
                    .col(integer(EmailChange::PersonId).unique_key())
                    .col(string_len(EmailChange::Email, 254))
                    .col(string_len(EmailChange::CodeHash, 64))
                    .col(integer(EmailChange::Attempts).default(0))
                    .col(big_integer(EmailChange::CreatedAt))
                    .col(big_integer(EmailChange::ExpiresAt))
                    .col(integer_null(EmailChange::StartedBy))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_email_change_person")
                            .from(EmailChange::Table, EmailChange::PersonId)
                            .to(Person::Table, Person::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(EmailChange::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum EmailChange {
    Table,
    Id,
    PersonId,
    Email,
    CodeHash,
    Attempts,
    CreatedAt,
    ExpiresAt,
    StartedBy,
}

#[derive(DeriveIden)]
enum Person {
    Table,
    Id,
}

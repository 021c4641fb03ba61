//! Help at the digital help desk: a citizen lets one helper act for them,
//! for a while and for a purpose, by giving them a short code.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Mandate::Table)
                    .if_not_exists()
                    .col(pk_auto(Mandate::Id))
                    .col(integer(Mandate::CitizenId))
                    // Set when a helper accepts the code.
                    .col(integer_null(Mandate::HelperId))
                    // view: look at my data and requests with me;
                    // apply: also start and send requests in my name.
                    .col(string_len(Mandate::Scope, 16))
                    // SHA-256 of the code while it waits for a helper; NULL after.
                    .col(string_len_null(Mandate::CodeHash, 64))
                    .col(big_integer(Mandate::CodeExpiresAt))
                    // How long the help lasts once accepted.
                    .col(big_integer(Mandate::DurationSeconds))
                    .col(big_integer(Mandate::CreatedAt))
                    .col(big_integer_null(Mandate::AcceptedAt))
                    .col(big_integer_null(Mandate::ExpiresAt))
                    .col(big_integer_null(Mandate::EndedAt))
                    .col(integer_null(Mandate::EndedBy))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_mandate_citizen")
                            .from(Mandate::Table, Mandate::CitizenId)
                            .to(Person::Table, Person::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_mandate_helper")
                            .from(Mandate::Table, Mandate::HelperId)
                            .to(Person::Table, Person::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        for (name, column) in [
            ("idx_mandate_code_hash", Mandate::CodeHash),
            ("idx_mandate_citizen", Mandate::CitizenId),
            ("idx_mandate_helper", Mandate::HelperId),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(Mandate::Table)
                        .col(column)
                        .if_not_exists()
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Mandate::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum Person {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Mandate {
    Table,
    Id,
    CitizenId,
    HelperId,
    Scope,
    CodeHash,
    CodeExpiresAt,
    DurationSeconds,
    CreatedAt,
    AcceptedAt,
    ExpiresAt,
    EndedAt,
    EndedBy,
}

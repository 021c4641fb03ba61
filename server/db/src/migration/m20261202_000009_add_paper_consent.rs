//! Help at the desk for someone who cannot sign in: the helper records the
//! consent the citizen signed on paper, with the form's reference, instead
//! of a code the citizen made online.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite alters one column per statement.
        manager
            .alter_table(
                Table::alter()
                    .table(Mandate::Table)
                    // code: the citizen made a code online; paper: signed at the desk.
                    .add_column(string_len(Mandate::Consent, 8).default("code"))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Mandate::Table)
                    // The signed form's reference, as written on it (paper only).
                    .add_column(string_len_null(Mandate::PaperReference, 40))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [Mandate::PaperReference, Mandate::Consent] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Mandate::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Mandate {
    Table,
    Consent,
    PaperReference,
}

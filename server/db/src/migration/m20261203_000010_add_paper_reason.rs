//! A paper consent for someone who lives in another municipality than the
//! helper's desk needs a reason, kept with the mandate and shown to the
//! citizen.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Mandate::Table)
                    .add_column(string_len_null(Mandate::PaperReason, 200))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Mandate::Table)
                    .drop_column(Mandate::PaperReason)
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum Mandate {
    Table,
    PaperReason,
}

//! Search terms of the catalogue, indexed for prefix look-ups.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(SearchTerm::Table)
                    .if_not_exists()
                    .col(pk_auto(SearchTerm::Id))
                    .col(integer(SearchTerm::ConceptId))
                    .col(string_len(SearchTerm::Lang, 2))
                    .col(string(SearchTerm::Term))
                    .col(integer(SearchTerm::Weight))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_search_term_concept")
                            .from(SearchTerm::Table, SearchTerm::ConceptId)
                            .to(Concept::Table, Concept::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        for (name, column) in [
            ("idx_search_term_term", SearchTerm::Term),
            ("idx_search_term_concept", SearchTerm::ConceptId),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(SearchTerm::Table)
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
            .drop_table(Table::drop().table(SearchTerm::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum Concept {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum SearchTerm {
    Table,
    Id,
    ConceptId,
    Lang,
    Term,
    Weight,
}

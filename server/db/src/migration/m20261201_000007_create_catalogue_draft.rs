//! Editing the catalogue: one draft per product (the regional concept, or
//! one municipality's instance of it) and the history of what was published.
//! The history is append-only, like the audit log: the database refuses to
//! change or remove it.

use sea_orm_migration::{prelude::*, schema::*, sea_orm::DatabaseBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(CatalogueDraft::Table)
                    .if_not_exists()
                    .col(pk_auto(CatalogueDraft::Id))
                    // `concept:{code}` or `instance:{municipality slug}:{code}`:
                    // unique, so there is one draft per product to agree on.
                    .col(string_len_uniq(CatalogueDraft::Subject, 160))
                    .col(string_len(CatalogueDraft::ConceptCode, 64))
                    .col(integer_null(CatalogueDraft::MunicipalityId))
                    // The form as the editor left it (JSON), problems and all.
                    .col(text(CatalogueDraft::Content))
                    // The published version the draft started from (JSON; NULL
                    // for a new product): publishing over a change made since
                    // is refused.
                    .col(text_null(CatalogueDraft::Base))
                    // Raised by every save: a save from an older page is refused.
                    .col(integer(CatalogueDraft::Version))
                    .col(integer(CatalogueDraft::CreatedBy))
                    .col(big_integer(CatalogueDraft::CreatedAt))
                    .col(integer(CatalogueDraft::UpdatedBy))
                    .col(big_integer(CatalogueDraft::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(CatalogueRevision::Table)
                    .if_not_exists()
                    .col(pk_auto(CatalogueRevision::Id))
                    .col(string_len(CatalogueRevision::Subject, 160))
                    .col(string_len(CatalogueRevision::ConceptCode, 64))
                    .col(integer_null(CatalogueRevision::MunicipalityId))
                    // Exchange-format JSON before (NULL: new) and after.
                    .col(text_null(CatalogueRevision::Before))
                    .col(text(CatalogueRevision::After))
                    .col(integer(CatalogueRevision::PublishedBy))
                    .col(string_len_null(CatalogueRevision::Role, 24))
                    .col(big_integer(CatalogueRevision::PublishedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_catalogue_revision_subject")
                    .table(CatalogueRevision::Table)
                    .col(CatalogueRevision::Subject)
                    .col(CatalogueRevision::Id)
                    .if_not_exists()
                    .to_owned(),
            )
            .await?;
        let connection = manager.get_connection();
        match manager.get_database_backend() {
            DatabaseBackend::Postgres => {
                connection
                    .execute_unprepared(
                        "CREATE OR REPLACE FUNCTION catalogue_revision_append_only() \
                         RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN \
                         RAISE EXCEPTION 'catalogue_revision is append-only'; END $$;",
                    )
                    .await?;
                connection
                    .execute_unprepared(
                        "CREATE TRIGGER catalogue_revision_append_only BEFORE UPDATE OR DELETE \
                         ON catalogue_revision FOR EACH ROW \
                         EXECUTE FUNCTION catalogue_revision_append_only();",
                    )
                    .await?;
                connection
                    .execute_unprepared(
                        "CREATE TRIGGER catalogue_revision_no_truncate BEFORE TRUNCATE \
                         ON catalogue_revision FOR EACH STATEMENT \
                         EXECUTE FUNCTION catalogue_revision_append_only();",
                    )
                    .await?;
            }
            _ => {
                for (name, event) in [
                    ("catalogue_revision_no_update", "UPDATE"),
                    ("catalogue_revision_no_delete", "DELETE"),
                ] {
                    connection
                        .execute_unprepared(&format!(
                            "CREATE TRIGGER IF NOT EXISTS {name} BEFORE {event} \
                             ON catalogue_revision BEGIN \
                             SELECT RAISE(ABORT, 'catalogue_revision is append-only'); END;"
                        ))
                        .await?;
                }
            }
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            CatalogueRevision::Table.into_iden(),
            CatalogueDraft::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum CatalogueDraft {
    Table,
    Id,
    Subject,
    ConceptCode,
    MunicipalityId,
    Content,
    Base,
    Version,
    CreatedBy,
    CreatedAt,
    UpdatedBy,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum CatalogueRevision {
    Table,
    Id,
    Subject,
    ConceptCode,
    MunicipalityId,
    Before,
    After,
    PublishedBy,
    Role,
    PublishedAt,
}

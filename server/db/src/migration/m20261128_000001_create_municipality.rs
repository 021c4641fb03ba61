use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Municipality::Table)
                    .if_not_exists()
                    .col(pk_auto(Municipality::Id))
                    .col(string_uniq(Municipality::Slug))
                    .col(string(Municipality::Name))
                    .col(string_uniq(Municipality::NisCode))
                    .col(boolean(Municipality::Active).default(true))
                    .col(string(Municipality::Street))
                    .col(string(Municipality::PostalCode))
                    .col(string(Municipality::City))
                    .col(string(Municipality::Phone))
                    .col(string(Municipality::Email))
                    .col(string(Municipality::Website))
                    .col(boolean(Municipality::DemoContent).default(false))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(PostalCode::Table)
                    .if_not_exists()
                    .col(pk_auto(PostalCode::Id))
                    .col(integer(PostalCode::MunicipalityId))
                    .col(string(PostalCode::Code))
                    .col(boolean(PostalCode::Partial).default(false))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_postal_code_municipality")
                            .from(PostalCode::Table, PostalCode::MunicipalityId)
                            .to(Municipality::Table, Municipality::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("uq_postal_code_municipality_code")
                    .table(PostalCode::Table)
                    .col(PostalCode::MunicipalityId)
                    .col(PostalCode::Code)
                    .unique()
                    .if_not_exists()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_postal_code_code")
                    .table(PostalCode::Table)
                    .col(PostalCode::Code)
                    .if_not_exists()
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(OpeningHours::Table)
                    .if_not_exists()
                    .col(pk_auto(OpeningHours::Id))
                    .col(integer(OpeningHours::MunicipalityId))
                    .col(small_integer(OpeningHours::Weekday))
                    .col(string_len(OpeningHours::Opens, 5))
                    .col(string_len(OpeningHours::Closes, 5))
                    .col(boolean(OpeningHours::AppointmentOnly).default(false))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_opening_hours_municipality")
                            .from(OpeningHours::Table, OpeningHours::MunicipalityId)
                            .to(Municipality::Table, Municipality::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_opening_hours_municipality")
                    .table(OpeningHours::Table)
                    .col(OpeningHours::MunicipalityId)
                    .col(OpeningHours::Weekday)
                    .if_not_exists()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(OpeningHours::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(PostalCode::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Municipality::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum Municipality {
    Table,
    Id,
    Slug,
    Name,
    NisCode,
    Active,
    Street,
    PostalCode,
    City,
    Phone,
    Email,
    Website,
    DemoContent,
}

#[derive(DeriveIden)]
enum PostalCode {
    Table,
    Id,
    MunicipalityId,
    Code,
    Partial,
}

#[derive(DeriveIden)]
enum OpeningHours {
    Table,
    Id,
    MunicipalityId,
    Weekday,
    Opens,
    Closes,
    AppointmentOnly,
}

//! The regional product catalogue: topics, concepts with their texts,
//! keywords and topics, and each municipality's instance of a concept.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Topic::Table)
                    .if_not_exists()
                    .col(pk_auto(Topic::Id))
                    .col(string_uniq(Topic::Code))
                    .col(string_len(Topic::Kind, 16))
                    .col(integer(Topic::Position))
                    .col(string(Topic::NameNl))
                    .col(string(Topic::NameFr))
                    .col(string(Topic::NameDe))
                    .col(string(Topic::NameEn))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Concept::Table)
                    .if_not_exists()
                    .col(pk_auto(Concept::Id))
                    .col(string_uniq(Concept::Code))
                    .col(string_len(Concept::ProductType, 16))
                    .col(string_len(Concept::MinAssurance, 16))
                    .col(string_len(Concept::DefaultChannel, 24))
                    .col(integer(Concept::DefaultFeeCents))
                    .col(integer(Concept::DefaultLeadTimeDays))
                    .col(boolean(Concept::DemoContent).default(false))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ConceptText::Table)
                    .if_not_exists()
                    .col(pk_auto(ConceptText::Id))
                    .col(integer(ConceptText::ConceptId))
                    .col(string_len(ConceptText::Lang, 2))
                    .col(string(ConceptText::Title))
                    .col(text(ConceptText::Summary))
                    .col(text_null(ConceptText::Description))
                    .col(text_null(ConceptText::Conditions))
                    .col(text_null(ConceptText::Evidence))
                    .col(text_null(ConceptText::Procedure))
                    .col(text_null(ConceptText::Costs))
                    .col(text_null(ConceptText::TargetGroups))
                    .foreign_key(&mut cascade(
                        "fk_concept_text_concept",
                        ConceptText::Table,
                        ConceptText::ConceptId,
                    ))
                    .to_owned(),
            )
            .await?;
        unique(
            manager,
            "uq_concept_text_concept_lang",
            ConceptText::Table,
            [ConceptText::ConceptId, ConceptText::Lang],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(ConceptTopic::Table)
                    .if_not_exists()
                    .col(integer(ConceptTopic::ConceptId))
                    .col(integer(ConceptTopic::TopicId))
                    .primary_key(
                        Index::create()
                            .col(ConceptTopic::ConceptId)
                            .col(ConceptTopic::TopicId),
                    )
                    .foreign_key(&mut cascade(
                        "fk_concept_topic_concept",
                        ConceptTopic::Table,
                        ConceptTopic::ConceptId,
                    ))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_concept_topic_topic")
                            .from(ConceptTopic::Table, ConceptTopic::TopicId)
                            .to(Topic::Table, Topic::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_concept_topic_topic",
            ConceptTopic::Table,
            [ConceptTopic::TopicId],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(ConceptKeyword::Table)
                    .if_not_exists()
                    .col(pk_auto(ConceptKeyword::Id))
                    .col(integer(ConceptKeyword::ConceptId))
                    .col(string_len(ConceptKeyword::Lang, 2))
                    .col(string(ConceptKeyword::Keyword))
                    .foreign_key(&mut cascade(
                        "fk_concept_keyword_concept",
                        ConceptKeyword::Table,
                        ConceptKeyword::ConceptId,
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_concept_keyword_concept",
            ConceptKeyword::Table,
            [ConceptKeyword::ConceptId],
        )
        .await?;
        index(
            manager,
            "idx_concept_keyword_keyword",
            ConceptKeyword::Table,
            [ConceptKeyword::Keyword],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(ProductInstance::Table)
                    .if_not_exists()
                    .col(pk_auto(ProductInstance::Id))
                    .col(integer(ProductInstance::ConceptId))
                    .col(integer(ProductInstance::MunicipalityId))
                    .col(boolean(ProductInstance::Offered).default(true))
                    .col(string_len_null(ProductInstance::Channel, 24))
                    .col(integer_null(ProductInstance::FeeCents))
                    .col(integer_null(ProductInstance::LeadTimeDays))
                    .col(text_null(ProductInstance::NoteNl))
                    .col(text_null(ProductInstance::NoteFr))
                    .col(text_null(ProductInstance::NoteDe))
                    .col(text_null(ProductInstance::NoteEn))
                    .foreign_key(&mut cascade(
                        "fk_product_instance_concept",
                        ProductInstance::Table,
                        ProductInstance::ConceptId,
                    ))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_product_instance_municipality")
                            .from(ProductInstance::Table, ProductInstance::MunicipalityId)
                            .to(Municipality::Table, Municipality::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        unique(
            manager,
            "uq_product_instance_municipality_concept",
            ProductInstance::Table,
            [ProductInstance::MunicipalityId, ProductInstance::ConceptId],
        )
        .await?;
        index(
            manager,
            "idx_product_instance_concept",
            ProductInstance::Table,
            [ProductInstance::ConceptId],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            ProductInstance::Table.into_iden(),
            ConceptKeyword::Table.into_iden(),
            ConceptTopic::Table.into_iden(),
            ConceptText::Table.into_iden(),
            Concept::Table.into_iden(),
            Topic::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}

/// A foreign key to `concept(id)` that goes with the concept.
fn cascade<T: IntoIden + 'static, C: IntoIden + 'static>(
    name: &str,
    table: T,
    column: C,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(name)
        .from(table, column)
        .to(Concept::Table, Concept::Id)
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

async fn index<T: IntoIden + 'static, C: IntoIden + 'static, const N: usize>(
    manager: &SchemaManager<'_>,
    name: &str,
    table: T,
    columns: [C; N],
) -> Result<(), DbErr> {
    create_index(manager, name, table, columns, false).await
}

async fn unique<T: IntoIden + 'static, C: IntoIden + 'static, const N: usize>(
    manager: &SchemaManager<'_>,
    name: &str,
    table: T,
    columns: [C; N],
) -> Result<(), DbErr> {
    create_index(manager, name, table, columns, true).await
}

async fn create_index<T: IntoIden + 'static, C: IntoIden + 'static, const N: usize>(
    manager: &SchemaManager<'_>,
    name: &str,
    table: T,
    columns: [C; N],
    unique: bool,
) -> Result<(), DbErr> {
    let mut statement = Index::create();
    statement.name(name).table(table).if_not_exists();
    if unique {
        statement.unique();
    }
    for column in columns {
        statement.col(column);
    }
    manager.create_index(statement.to_owned()).await
}

#[derive(DeriveIden)]
enum Municipality {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Topic {
    Table,
    Id,
    Code,
    Kind,
    Position,
    NameNl,
    NameFr,
    NameDe,
    NameEn,
}

#[derive(DeriveIden)]
enum Concept {
    Table,
    Id,
    Code,
    ProductType,
    MinAssurance,
    DefaultChannel,
    DefaultFeeCents,
    DefaultLeadTimeDays,
    DemoContent,
}

#[derive(DeriveIden)]
enum ConceptText {
    Table,
    Id,
    ConceptId,
    Lang,
    Title,
    Summary,
    Description,
    Conditions,
    Evidence,
    Procedure,
    Costs,
    TargetGroups,
}

#[derive(DeriveIden)]
enum ConceptTopic {
    Table,
    ConceptId,
    TopicId,
}

#[derive(DeriveIden)]
enum ConceptKeyword {
    Table,
    Id,
    ConceptId,
    Lang,
    Keyword,
}

#[derive(DeriveIden)]
enum ProductInstance {
    Table,
    Id,
    ConceptId,
    MunicipalityId,
    Offered,
    Channel,
    FeeCents,
    LeadTimeDays,
    NoteNl,
    NoteFr,
    NoteDe,
    NoteEn,
}

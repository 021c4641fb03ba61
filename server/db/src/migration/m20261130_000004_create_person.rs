//! People and what they may do: citizens, guests and staff, how they sign in,
//! whom they represent (a parent for a minor child, a legal representative),
//! and the roles staff hold per municipality and department.
//!
//! Times are whole seconds since 1970 in UTC (`big_integer`), the same on
//! SQLite and PostgreSQL.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Person::Table)
                    .if_not_exists()
                    .col(pk_auto(Person::Id))
                    .col(string_len(Person::Kind, 16))
                    // The national register number (INSZ); none for guests.
                    .col(string_len_null(Person::Rrn, 11).unique_key())
                    .col(string(Person::GivenName))
                    .col(string(Person::FamilyName))
                    .col(big_integer_null(Person::BirthDate))
                    .col(integer_null(Person::MunicipalityId))
                    .col(string_null(Person::Email))
                    .col(string_len(Person::Language, 2))
                    // Where the names came from (register, login, guest) and when.
                    .col(string_len(Person::Source, 16))
                    .col(big_integer(Person::SourceAt))
                    .col(big_integer(Person::CreatedAt))
                    .col(boolean(Person::Demo).default(false))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(LoginIdentity::Table)
                    .if_not_exists()
                    .col(pk_auto(LoginIdentity::Id))
                    .col(integer(LoginIdentity::PersonId))
                    .col(string(LoginIdentity::Issuer))
                    .col(string(LoginIdentity::Subject))
                    .col(big_integer_null(LoginIdentity::LastLoginAt))
                    .foreign_key(&mut cascade(
                        LoginIdentity::Table,
                        LoginIdentity::PersonId,
                        "fk_login_identity_person",
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_login_identity_issuer_subject")
                    .table(LoginIdentity::Table)
                    .col(LoginIdentity::Issuer)
                    .col(LoginIdentity::Subject)
                    .unique()
                    .if_not_exists()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Representation::Table)
                    .if_not_exists()
                    .col(pk_auto(Representation::Id))
                    .col(integer(Representation::RepresentativeId))
                    .col(integer(Representation::RepresentedId))
                    // parent | legal
                    .col(string_len(Representation::Kind, 16))
                    .col(string_len(Representation::Source, 16))
                    .col(big_integer_null(Representation::ValidUntil))
                    .foreign_key(&mut cascade(
                        Representation::Table,
                        Representation::RepresentativeId,
                        "fk_representation_representative",
                    ))
                    .foreign_key(&mut cascade(
                        Representation::Table,
                        Representation::RepresentedId,
                        "fk_representation_represented",
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(StaffRole::Table)
                    .if_not_exists()
                    .col(pk_auto(StaffRole::Id))
                    .col(integer(StaffRole::PersonId))
                    // None: the whole region (regional admin, regional editor).
                    .col(integer_null(StaffRole::MunicipalityId))
                    .col(string_null(StaffRole::Department))
                    .col(string_len(StaffRole::Role, 24))
                    .col(integer_null(StaffRole::GrantedBy))
                    .col(big_integer(StaffRole::GrantedAt))
                    .foreign_key(&mut cascade(
                        StaffRole::Table,
                        StaffRole::PersonId,
                        "fk_staff_role_person",
                    ))
                    .to_owned(),
            )
            .await?;
        for (name, table, column) in [
            (
                "idx_representation_representative",
                Representation::Table.into_iden(),
                Representation::RepresentativeId.into_iden(),
            ),
            (
                "idx_staff_role_person",
                StaffRole::Table.into_iden(),
                StaffRole::PersonId.into_iden(),
            ),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(table)
                        .col(column)
                        .if_not_exists()
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            StaffRole::Table.into_iden(),
            Representation::Table.into_iden(),
            LoginIdentity::Table.into_iden(),
            Person::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}

/// A foreign key to `person` that goes with the person.
fn cascade<T: IntoIden + 'static, C: IntoIden + 'static>(
    table: T,
    column: C,
    name: &str,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(name)
        .from(table, column)
        .to(Person::Table, Person::Id)
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

#[derive(DeriveIden)]
enum Person {
    Table,
    Id,
    Kind,
    Rrn,
    GivenName,
    FamilyName,
    BirthDate,
    MunicipalityId,
    Email,
    Language,
    Source,
    SourceAt,
    CreatedAt,
    Demo,
}

#[derive(DeriveIden)]
enum LoginIdentity {
    Table,
    Id,
    PersonId,
    Issuer,
    Subject,
    LastLoginAt,
}

#[derive(DeriveIden)]
enum Representation {
    Table,
    Id,
    RepresentativeId,
    RepresentedId,
    Kind,
    Source,
    ValidUntil,
}

#[derive(DeriveIden)]
enum StaffRole {
    Table,
    Id,
    PersonId,
    MunicipalityId,
    Department,
    Role,
    GrantedBy,
    GrantedAt,
}

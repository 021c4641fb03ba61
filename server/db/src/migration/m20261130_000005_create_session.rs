//! Sessions, pending logins, guest codes, rate-limit counters and the audit
//! log. All of it lives in the database so that several server replicas share
//! it (ARCHITECTURE.md, "Scale").
//!
//! The audit log is append-only: the database itself refuses UPDATE and
//! DELETE on it, on both backends, so not even a bug in our code can rewrite
//! history.

use sea_orm_migration::{prelude::*, schema::*, sea_orm::DatabaseBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Session::Table)
                    .if_not_exists()
                    .col(pk_auto(Session::Id))
                    // SHA-256 of the cookie's token: a copy of the table does
                    // not let anyone take over a session.
                    .col(string_len_uniq(Session::TokenHash, 64))
                    .col(integer(Session::PersonId))
                    .col(string_len(Session::CsrfToken, 64))
                    .col(string_len(Session::Assurance, 16))
                    .col(string_len(Session::Method, 16))
                    .col(big_integer(Session::CreatedAt))
                    .col(big_integer(Session::LastSeenAt))
                    .col(big_integer(Session::ExpiresAt))
                    .col(big_integer_null(Session::EndedAt))
                    .col(string_len(Session::UserAgent, 200))
                    .col(string_len(Session::Ip, 64))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_session_person")
                            .from(Session::Table, Session::PersonId)
                            .to(Person::Table, Person::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_session_person")
                    .table(Session::Table)
                    .col(Session::PersonId)
                    .if_not_exists()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(LoginAttempt::Table)
                    .if_not_exists()
                    .col(pk_auto(LoginAttempt::Id))
                    .col(string_len_uniq(LoginAttempt::StateHash, 64))
                    // The browser that started the login (a cookie's hash):
                    // a callback in another browser is refused.
                    .col(string_len(LoginAttempt::BrowserHash, 64))
                    .col(string(LoginAttempt::Nonce))
                    .col(string(LoginAttempt::PkceVerifier))
                    .col(string(LoginAttempt::ReturnTo))
                    .col(big_integer(LoginAttempt::CreatedAt))
                    .col(big_integer(LoginAttempt::ExpiresAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(GuestCode::Table)
                    .if_not_exists()
                    .col(pk_auto(GuestCode::Id))
                    .col(string(GuestCode::Email))
                    .col(string_len(GuestCode::CodeHash, 64))
                    .col(string_len(GuestCode::BrowserHash, 64))
                    .col(integer(GuestCode::Attempts).default(0))
                    .col(big_integer(GuestCode::CreatedAt))
                    .col(big_integer(GuestCode::ExpiresAt))
                    .col(big_integer_null(GuestCode::UsedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_guest_code_browser")
                    .table(GuestCode::Table)
                    .col(GuestCode::BrowserHash)
                    .if_not_exists()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(RateLimit::Table)
                    .if_not_exists()
                    .col(string(RateLimit::Key))
                    .col(big_integer(RateLimit::WindowStart))
                    .col(integer(RateLimit::Hits))
                    .primary_key(
                        Index::create()
                            .col(RateLimit::Key)
                            .col(RateLimit::WindowStart),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AuditEvent::Table)
                    .if_not_exists()
                    .col(pk_auto(AuditEvent::Id))
                    .col(big_integer(AuditEvent::At))
                    // Who: a person (none for a failed sign-in), with the role,
                    // municipality and department they acted in.
                    .col(integer_null(AuditEvent::ActorId))
                    .col(string_len_null(AuditEvent::ActorRole, 24))
                    .col(integer_null(AuditEvent::ActorMunicipalityId))
                    .col(string_null(AuditEvent::ActorDepartment))
                    // A helper acting for someone: the person they act for.
                    .col(integer_null(AuditEvent::OnBehalfOf))
                    // Whose personal data was read or written.
                    .col(integer_null(AuditEvent::SubjectId))
                    .col(string_len(AuditEvent::Action, 48))
                    .col(string_len(AuditEvent::Outcome, 16))
                    .col(string_null(AuditEvent::Object))
                    .col(string_null(AuditEvent::Reason))
                    .col(string_len(AuditEvent::Ip, 64))
                    .col(string_len(AuditEvent::UserAgent, 200))
                    .col(string_len(AuditEvent::RequestId, 64))
                    .to_owned(),
            )
            .await?;
        for (name, column) in [
            ("idx_audit_event_subject", AuditEvent::SubjectId),
            ("idx_audit_event_actor", AuditEvent::ActorId),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(AuditEvent::Table)
                        .col(column)
                        .if_not_exists()
                        .to_owned(),
                )
                .await?;
        }
        let connection = manager.get_connection();
        match manager.get_database_backend() {
            DatabaseBackend::Postgres => {
                connection
                    .execute_unprepared(
                        "CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger \
                         LANGUAGE plpgsql AS $$ BEGIN \
                         RAISE EXCEPTION 'audit_event is append-only'; END $$;",
                    )
                    .await?;
                connection
                    .execute_unprepared(
                        "CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE \
                         ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();",
                    )
                    .await?;
                connection
                    .execute_unprepared(
                        "CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE \
                         ON audit_event FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();",
                    )
                    .await?;
            }
            _ => {
                for (name, event) in [
                    ("audit_event_no_update", "UPDATE"),
                    ("audit_event_no_delete", "DELETE"),
                ] {
                    connection
                        .execute_unprepared(&format!(
                            "CREATE TRIGGER IF NOT EXISTS {name} BEFORE {event} ON audit_event \
                             BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END;"
                        ))
                        .await?;
                }
            }
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            AuditEvent::Table.into_iden(),
            RateLimit::Table.into_iden(),
            GuestCode::Table.into_iden(),
            LoginAttempt::Table.into_iden(),
            Session::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        if manager.get_database_backend() == DatabaseBackend::Postgres {
            manager
                .get_connection()
                .execute_unprepared("DROP FUNCTION IF EXISTS audit_event_append_only()")
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Person {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Session {
    Table,
    Id,
    TokenHash,
    PersonId,
    CsrfToken,
    Assurance,
    Method,
    CreatedAt,
    LastSeenAt,
    ExpiresAt,
    EndedAt,
    UserAgent,
    Ip,
}

#[derive(DeriveIden)]
enum LoginAttempt {
    Table,
    Id,
    StateHash,
    BrowserHash,
    Nonce,
    PkceVerifier,
    ReturnTo,
    CreatedAt,
    ExpiresAt,
}

#[derive(DeriveIden)]
enum GuestCode {
    Table,
    Id,
    Email,
    CodeHash,
    BrowserHash,
    Attempts,
    CreatedAt,
    ExpiresAt,
    UsedAt,
}

#[derive(DeriveIden)]
enum RateLimit {
    Table,
    Key,
    WindowStart,
    Hits,
}

#[derive(DeriveIden)]
enum AuditEvent {
    Table,
    Id,
    At,
    ActorId,
    ActorRole,
    ActorMunicipalityId,
    ActorDepartment,
    OnBehalfOf,
    SubjectId,
    Action,
    Outcome,
    Object,
    Reason,
    Ip,
    UserAgent,
    RequestId,
}

//! Rate limits kept in the database, so that every replica counts the same
//! hits: a counter per key and fixed time window.

use sea_orm::{ConnectionTrait, DbBackend, DbErr, Statement};

/// How many hits a key may have per window.
#[derive(Clone, Copy, Debug)]
pub struct Limit {
    pub hits: i32,
    pub window_seconds: i64,
}

/// Counts one hit on `key`. `Ok(None)`: go ahead; `Ok(Some(seconds))`: too
/// many, try again after that many seconds (the hit is still counted, so
/// hammering does not help).
pub async fn hit<C: ConnectionTrait>(
    db: &C,
    key: &str,
    limit: Limit,
    now: i64,
) -> Result<Option<i64>, DbErr> {
    let window = limit.window_seconds.max(1);
    let window_start = now - now.rem_euclid(window);
    let backend = db.get_database_backend();
    let sql = match backend {
        DbBackend::Postgres => {
            "INSERT INTO rate_limit (key, window_start, hits) VALUES ($1, $2, 1) \
             ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limit.hits + 1 \
             RETURNING hits"
        }
        _ => {
            "INSERT INTO rate_limit (key, window_start, hits) VALUES (?, ?, 1) \
             ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limit.hits + 1 \
             RETURNING hits"
        }
    };
    let row = db
        .query_one_raw(Statement::from_sql_and_values(
            backend,
            sql,
            [key.into(), window_start.into()],
        ))
        .await?
        .ok_or_else(|| DbErr::Custom("rate_limit upsert returned no row".into()))?;
    let hits: i32 = row.try_get("", "hits")?;
    if hits > limit.hits {
        Ok(Some(window_start + window - now))
    } else {
        Ok(None)
    }
}

/// Removes counters of windows that ended before `before` (housekeeping).
pub async fn forget_before<C: ConnectionTrait>(db: &C, before: i64) -> Result<u64, DbErr> {
    let backend = db.get_database_backend();
    let sql = match backend {
        DbBackend::Postgres => "DELETE FROM rate_limit WHERE window_start < $1",
        _ => "DELETE FROM rate_limit WHERE window_start < ?",
    };
    let result = db
        .execute_raw(Statement::from_sql_and_values(
            backend,
            sql,
            [before.into()],
        ))
        .await?;
    Ok(result.rows_affected())
}

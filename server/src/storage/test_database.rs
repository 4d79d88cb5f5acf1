//! A database for a unit test of a use case: a SQLite file in `dir`, or, with
//! `TEST_DATABASE_URL=postgres://…` (the admin URL of a server), a new empty PostgreSQL database
//! on that server; migrated, with the synthetic population in it.

use super::Database;

/// A fresh, migrated database with the synthetic population; `prefix` names a PostgreSQL one.
pub(crate) async fn test_database(dir: &std::path::Path, prefix: &str) -> Database {
    let url = match std::env::var("TEST_DATABASE_URL") {
        Ok(admin) if admin.starts_with("postgres") => fresh_postgres(&admin, prefix).await,
        _ => format!("sqlite://{}", dir.join("test.db").display()),
    };
    let database = Database::connect(&url).await.expect("database");
    database.migrate(&url).await.expect("migrations");
    database
        .people()
        .seed(&crate::identity::population::population())
        .await
        .expect("people");
    database
}

/// A new, empty database on the PostgreSQL server of `admin`: its URL.
async fn fresh_postgres(admin: &str, prefix: &str) -> String {
    let name = format!("veiviser_{prefix}_{}", crate::ids::random_hex(8));
    let admin_database = Database::connect(admin).await.expect("PostgreSQL");
    on_pool!(&admin_database, pool => {
        sqlx::query(&format!("CREATE DATABASE {name}")).execute(pool).await.expect("create");
    });
    admin_database.close().await;
    let base = admin.rsplit_once('/').map_or(admin, |(base, _)| base);
    format!("{base}/{name}")
}

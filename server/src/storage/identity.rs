//! Persons, agency roles, the development provider's keys, and login sessions.

use super::{Database, StorageError};
use crate::identity::population::SyntheticPerson;

impl Database {
    /// Inserts the synthetic people and their roles; running it again changes nothing.
    pub async fn seed_population(&self, people: &[SyntheticPerson]) -> Result<(), StorageError> {
        const PERSON: &str = "INSERT INTO person (person_id, name) VALUES ($1, $2) \
                              ON CONFLICT (person_id) DO NOTHING";
        const ROLE: &str =
            "INSERT INTO agency_role (person_id, agency_id, role) VALUES ($1, $2, $3) \
                            ON CONFLICT (person_id, agency_id, role) DO NOTHING";
        for person in people {
            on_pool!(self, pool => {
                sqlx::query(PERSON).bind(person.pid.as_str()).bind(person.name).execute(pool).await?;
                for (agency, role) in &person.roles {
                    sqlx::query(ROLE)
                        .bind(person.pid.as_str())
                        .bind(agency.id())
                        .bind(role.as_str())
                        .execute(pool)
                        .await?;
                }
            });
        }
        Ok(())
    }

    /// The first of `people` who holds any agency role, if any.
    pub async fn first_with_role(
        &self,
        people: &[SyntheticPerson],
    ) -> Result<Option<String>, StorageError> {
        const SQL: &str = "SELECT COUNT(*) FROM agency_role WHERE person_id = $1";
        for person in people {
            let roles: i64 = on_pool!(self, pool => sqlx::query_scalar(SQL).bind(person.pid.as_str()).fetch_one(pool).await?);
            if roles > 0 {
                return Ok(Some(person.pid.as_str().to_string()));
            }
        }
        Ok(None)
    }

    /// `(agency_id, role)` for every role the person holds.
    pub async fn roles_of(&self, person_id: &str) -> Result<Vec<(String, String)>, StorageError> {
        const SQL: &str = "SELECT agency_id, role FROM agency_role WHERE person_id = $1 \
                           ORDER BY agency_id, role";
        Ok(on_pool!(self, pool => sqlx::query_as(SQL).bind(person_id).fetch_all(pool).await?))
    }

    /// Records that a person logged in (a citizen logging in for the first time gets a row).
    pub async fn remember_person(&self, person_id: &str) -> Result<(), StorageError> {
        const SQL: &str = "INSERT INTO person (person_id, name) VALUES ($1, '') \
                           ON CONFLICT (person_id) DO NOTHING";
        on_pool!(self, pool => {
            sqlx::query(SQL).bind(person_id).execute(pool).await?;
        });
        Ok(())
    }

    pub async fn person_name(&self, person_id: &str) -> Result<Option<String>, StorageError> {
        const SQL: &str = "SELECT name FROM person WHERE person_id = $1";
        let name: Option<String> = on_pool!(self, pool => sqlx::query_scalar(SQL).bind(person_id).fetch_optional(pool).await?);
        Ok(name.filter(|n| !n.is_empty()))
    }

    /// Every signing key as `(kid, pem)`, newest first.
    /// `owner`'s keys (`provider` or `portal-client`), newest first.
    pub async fn signing_keys(&self, owner: &str) -> Result<Vec<(String, String)>, StorageError> {
        const SQL: &str = "SELECT kid, private_key_pem FROM idp_signing_key WHERE owner = $1 \
                           ORDER BY created_at DESC, kid";
        Ok(on_pool!(self, pool => sqlx::query_as(SQL).bind(owner).fetch_all(pool).await?))
    }

    pub async fn add_signing_key(
        &self,
        owner: &str,
        kid: &str,
        pem: &str,
    ) -> Result<(), StorageError> {
        const SQL: &str = "INSERT INTO idp_signing_key (kid, private_key_pem, owner) \
                           VALUES ($1, $2, $3) ON CONFLICT (kid) DO NOTHING";
        on_pool!(self, pool => {
            sqlx::query(SQL).bind(kid).bind(pem).bind(owner).execute(pool).await?;
        });
        Ok(())
    }

    pub async fn add_login_session(
        &self,
        issuer: &str,
        sid: &str,
        session_id: &str,
    ) -> Result<(), StorageError> {
        const SQL: &str = "INSERT INTO login_session (issuer, sid, session_id) VALUES ($1, $2, $3) \
                           ON CONFLICT (issuer, sid) DO UPDATE SET session_id = excluded.session_id";
        on_pool!(self, pool => {
            sqlx::query(SQL).bind(issuer).bind(sid).bind(session_id).execute(pool).await?;
        });
        Ok(())
    }

    /// Removes and returns the portal session bound to a provider session, if any.
    pub async fn take_login_session(
        &self,
        issuer: &str,
        sid: &str,
    ) -> Result<Option<String>, StorageError> {
        const SQL: &str =
            "DELETE FROM login_session WHERE issuer = $1 AND sid = $2 RETURNING session_id";
        Ok(
            on_pool!(self, pool => sqlx::query_scalar(SQL).bind(issuer).bind(sid).fetch_optional(pool).await?),
        )
    }
}

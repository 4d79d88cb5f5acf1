//! People (table `person`), their agency roles (`agency_role`), their roles for the whole portal
//! (`platform_role`: operators) and their logins' provider sessions (`login_session`, for the
//! provider's back-channel logout).

use super::{known, Database, StorageError};
use crate::identity::population::SyntheticPerson;
use app::{
    auth::{PlatformRole, Role},
    journey::Agency,
};

/// People, their roles and login sessions.
#[derive(Clone, Copy)]
pub struct People<'a>(pub(super) &'a Database);

/// A role a person holds at an agency.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AgencyRole {
    pub agency: Agency,
    pub role: Role,
}

/// Who a logged-in person is to the portal (`People::who`).
#[derive(Debug, Default)]
pub struct Who {
    pub name: Option<String>,
    pub roles: Vec<AgencyRole>,
    pub platform_roles: Vec<PlatformRole>,
}

#[derive(sqlx::FromRow)]
struct RoleRow {
    agency_id: String,
    role: String,
}

impl People<'_> {
    /// Inserts the synthetic people and their roles; running it again changes nothing.
    pub async fn seed(self, people: &[SyntheticPerson]) -> Result<(), StorageError> {
        const PERSON: &str = "INSERT INTO person (person_id, name) VALUES ($1, $2) \
                              ON CONFLICT (person_id) DO NOTHING";
        const ROLE: &str =
            "INSERT INTO agency_role (person_id, agency_id, role) VALUES ($1, $2, $3) \
             ON CONFLICT (person_id, agency_id, role) DO NOTHING";
        for person in people {
            on_pool!(self.0, pool => {
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
            for role in &person.platform_roles {
                self.grant(person.pid.as_str(), *role).await?;
            }
        }
        Ok(())
    }

    /// Gives a person a role for the whole portal (a person row is made for someone who has not
    /// logged in yet); granting it again changes nothing. Whether it was new.
    pub async fn grant(self, person_id: &str, role: PlatformRole) -> Result<bool, StorageError> {
        const SQL: &str = "INSERT INTO platform_role (person_id, role) VALUES ($1, $2) \
                           ON CONFLICT (person_id, role) DO NOTHING";
        self.remember(person_id).await?;
        let done = on_pool!(self.0, pool => sqlx::query(SQL)
            .bind(person_id).bind(role.as_str()).execute(pool).await?.rows_affected());
        Ok(done > 0)
    }

    /// Takes a role for the whole portal away: whether the person had it.
    pub async fn revoke(self, person_id: &str, role: PlatformRole) -> Result<bool, StorageError> {
        const SQL: &str = "DELETE FROM platform_role WHERE person_id = $1 AND role = $2";
        let done = on_pool!(self.0, pool => sqlx::query(SQL)
            .bind(person_id).bind(role.as_str()).execute(pool).await?.rows_affected());
        Ok(done > 0)
    }

    /// Who a logged-in person is to the portal, in one read (it runs on every request): their
    /// name when known, their roles for agencies and their roles for the whole portal.
    pub async fn who(self, person_id: &str) -> Result<Who, StorageError> {
        const SQL: &str = "SELECT 'name' AS kind, name AS a, '' AS b FROM person \
             WHERE person_id = $1 \
             UNION ALL SELECT 'agency', agency_id, role FROM agency_role WHERE person_id = $1 \
             UNION ALL SELECT 'platform', role, '' FROM platform_role WHERE person_id = $1";
        let rows: Vec<(String, String, String)> =
            on_pool!(self.0, pool => sqlx::query_as(SQL).bind(person_id).fetch_all(pool).await?);
        let mut who = Who::default();
        for (kind, a, b) in rows {
            match kind.as_str() {
                "name" => who.name = Some(a).filter(|n| !n.is_empty()),
                "agency" => who.roles.push(AgencyRole {
                    agency: known("agency", a, Agency::parse)?,
                    role: known("role", b, Role::parse)?,
                }),
                _ => who
                    .platform_roles
                    .push(known("platform role", a, PlatformRole::parse)?),
            }
        }
        who.roles.sort_by_key(|r| (r.agency.id(), r.role.as_str()));
        who.platform_roles.sort_by_key(|r| r.as_str());
        Ok(who)
    }

    /// The first of `people` who holds any role, for an agency or the whole portal, if any.
    pub async fn first_with_role(
        self,
        people: &[SyntheticPerson],
    ) -> Result<Option<String>, StorageError> {
        const SQL: &str = "SELECT (SELECT COUNT(*) FROM agency_role WHERE person_id = $1) \
                           + (SELECT COUNT(*) FROM platform_role WHERE person_id = $1)";
        for person in people {
            let roles: i64 = on_pool!(self.0, pool => sqlx::query_scalar(SQL)
                .bind(person.pid.as_str()).fetch_one(pool).await?);
            if roles > 0 {
                return Ok(Some(person.pid.as_str().to_string()));
            }
        }
        Ok(None)
    }

    /// Every role the person holds, by agency.
    pub async fn roles_of(self, person_id: &str) -> Result<Vec<AgencyRole>, StorageError> {
        const SQL: &str = "SELECT agency_id, role FROM agency_role WHERE person_id = $1 \
                           ORDER BY agency_id, role";
        let rows: Vec<RoleRow> =
            on_pool!(self.0, pool => sqlx::query_as(SQL).bind(person_id).fetch_all(pool).await?);
        rows.into_iter()
            .map(|row| {
                Ok(AgencyRole {
                    agency: known("agency", row.agency_id, Agency::parse)?,
                    role: known("role", row.role, Role::parse)?,
                })
            })
            .collect()
    }

    /// The people who hold `role` at any of `agencies`, `(person id, name, agency)`, by name.
    pub async fn with_role(
        self,
        agencies: &[Agency],
        role: Role,
    ) -> Result<Vec<(String, String, Agency)>, StorageError> {
        let places: Vec<String> = (0..agencies.len()).map(|i| format!("${}", i + 2)).collect();
        if places.is_empty() {
            return Ok(Vec::new());
        }
        let sql = format!(
            "SELECT r.person_id, p.name, r.agency_id FROM agency_role r \
             JOIN person p ON p.person_id = r.person_id \
             WHERE r.role = $1 AND r.agency_id IN ({}) ORDER BY p.name, r.person_id",
            places.join(", ")
        );
        let rows: Vec<(String, String, String)> = on_pool!(self.0, pool => {
            let mut query = sqlx::query_as(&sql).bind(role.as_str());
            for agency in agencies {
                query = query.bind(agency.id());
            }
            query.fetch_all(pool).await?
        });
        rows.into_iter()
            .map(|(pid, name, agency)| Ok((pid, name, known("agency", agency, Agency::parse)?)))
            .collect()
    }

    /// Records that a person logged in (a citizen logging in for the first time gets a row).
    pub async fn remember(self, person_id: &str) -> Result<(), StorageError> {
        const SQL: &str = "INSERT INTO person (person_id, name) VALUES ($1, '') \
                           ON CONFLICT (person_id) DO NOTHING";
        on_pool!(self.0, pool => {
            sqlx::query(SQL).bind(person_id).execute(pool).await?;
        });
        Ok(())
    }

    /// Records the person's name as Folkeregisteret gave it (a login through ID-porten carries
    /// none): the name caseworkers see and search for on the person's cases.
    pub async fn registered_name(self, person_id: &str, name: &str) -> Result<(), StorageError> {
        const SQL: &str = "UPDATE person SET name = $2 WHERE person_id = $1 AND name <> $2";
        on_pool!(self.0, pool => {
            sqlx::query(SQL).bind(person_id).bind(name).execute(pool).await?;
        });
        Ok(())
    }

    /// Binds a provider session (`issuer`, `sid`) to the portal session it logged in.
    pub async fn add_login_session(
        self,
        issuer: &str,
        sid: &str,
        session_id: &str,
    ) -> Result<(), StorageError> {
        const SQL: &str = "INSERT INTO login_session (issuer, sid, session_id) VALUES ($1, $2, $3) \
                           ON CONFLICT (issuer, sid) DO UPDATE SET session_id = excluded.session_id";
        on_pool!(self.0, pool => {
            sqlx::query(SQL).bind(issuer).bind(sid).bind(session_id).execute(pool).await?;
        });
        Ok(())
    }

    /// Removes and returns the portal session bound to a provider session, if any.
    pub async fn take_login_session(
        self,
        issuer: &str,
        sid: &str,
    ) -> Result<Option<String>, StorageError> {
        const SQL: &str =
            "DELETE FROM login_session WHERE issuer = $1 AND sid = $2 RETURNING session_id";
        Ok(on_pool!(self.0, pool => sqlx::query_scalar(SQL)
            .bind(issuer).bind(sid).fetch_optional(pool).await?))
    }
}

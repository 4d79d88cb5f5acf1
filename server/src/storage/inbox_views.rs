//! Inbox views saved by name (table `inbox_view`): a caseworker's own, or shared with their
//! agency's team. Saving a name again replaces that view.

use super::Database;
use super::StorageError;
use app::journey::Agency;

/// The saved inbox views.
#[derive(Clone, Copy)]
pub struct InboxViews<'a>(pub(super) &'a Database);

/// A saved view, with its owner's name.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct StoredView {
    pub inbox_view_id: String,
    pub owner_pid: String,
    pub owner_name: String,
    pub name: String,
    pub query: String,
    pub shared: bool,
}

impl InboxViews<'_> {
    /// Saves `name` for `owner` at `agency` (replacing a view of theirs by that name).
    pub async fn save(
        self,
        owner: &str,
        agency: Agency,
        name: &str,
        query: &str,
        shared: bool,
    ) -> Result<(), StorageError> {
        const SQL: &str = "INSERT INTO inbox_view \
             (inbox_view_id, owner_pid, agency, name, query, shared, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) \
             ON CONFLICT (owner_pid, agency, name) \
             DO UPDATE SET query = excluded.query, shared = excluded.shared";
        let id = crate::ids::random_token(12);
        let at = app::domain::Instant::now().stored();
        on_pool!(self.0, pool => {
            sqlx::query(SQL).bind(&id).bind(owner).bind(agency.id()).bind(name).bind(query)
                .bind(shared).bind(&at).execute(pool).await?;
        });
        Ok(())
    }

    /// The views `me` sees: their own, and those shared at any of `agencies`, by name.
    pub async fn visible(
        self,
        me: &str,
        agencies: &[Agency],
    ) -> Result<Vec<StoredView>, StorageError> {
        let places: Vec<String> = (0..agencies.len()).map(|i| format!("${}", i + 2)).collect();
        let sql = format!(
            "SELECT v.inbox_view_id, v.owner_pid, COALESCE(p.name, '') AS owner_name, v.name, \
             v.query, v.shared FROM inbox_view v LEFT JOIN person p ON p.person_id = v.owner_pid \
             WHERE v.owner_pid = $1 OR (v.shared AND v.agency IN ({})) \
             ORDER BY v.name, v.inbox_view_id",
            if places.is_empty() {
                "NULL".to_string()
            } else {
                places.join(", ")
            }
        );
        Ok(on_pool!(self.0, pool => {
            let mut query = sqlx::query_as(&sql).bind(me);
            for agency in agencies {
                query = query.bind(agency.id());
            }
            query.fetch_all(pool).await?
        }))
    }
}

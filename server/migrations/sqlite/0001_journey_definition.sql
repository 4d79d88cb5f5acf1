-- Every version of every journey definition the portal has served, as written. Submissions
-- (a later migration) refer to (journey_id, version), so an answer can always be read against
-- the exact questions that were asked. Rows are never updated or deleted.
CREATE TABLE journey_definition (
    journey_id TEXT NOT NULL,
    version    INTEGER NOT NULL,
    source     TEXT NOT NULL,
    loaded_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (journey_id, version)
);

-- Every version of every journey definition the portal has served, as written. Submissions
-- (a later migration) refer to (journey_id, version), so an answer can always be read against
-- the exact questions that were asked. Rows are never updated or deleted.
CREATE TABLE journey_definition (
    journey_id TEXT NOT NULL,
    version    BIGINT NOT NULL,
    source     TEXT NOT NULL,
    loaded_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (journey_id, version)
);

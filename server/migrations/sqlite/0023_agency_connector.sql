-- Agency connectors edited in the portal (issue 16): how the portal reaches each agency.
-- One row per version, never updated: the newest version of an agency is the one in force, and
-- the older ones are its history (who changed what, when), as journey versions are. An agency
-- without a row uses the environment's settings (`VEIVISER_AGENCIES_URL`, `…_TOKEN`, …).
-- `kind`: `api` or `inbox`. `url`: NULL is the environment's default. `auth`: `default` (the
-- environment's), `maskinporten` (access tokens for `scopes`, space-separated) or `static`
-- (`token`, a secret: stored, never shown again). Durations in milliseconds, the give-up time
-- in hours (as `VEIVISER_DELIVERY_GIVE_UP_HOURS`).
-- The audit trail of connector changes is `authoring_event` with `journey_id` = `connector:<agency>`
-- (the table was made for journeys and connectors alike; its `journey_id` names the subject).
CREATE TABLE agency_connector (
    agency         TEXT NOT NULL,
    version        INTEGER NOT NULL,
    kind           TEXT NOT NULL,
    url            TEXT,
    auth           TEXT NOT NULL,
    scopes         TEXT NOT NULL DEFAULT '',
    token          TEXT,
    timeout_ms     INTEGER NOT NULL,
    backoff_ms     INTEGER NOT NULL,
    give_up_hours  INTEGER NOT NULL,
    made_by        TEXT NOT NULL REFERENCES person (person_id),
    made_at        TEXT NOT NULL,
    PRIMARY KEY (agency, version)
);

-- Authoring journeys in the portal (issue 16).
-- `publish_at`: a draft scheduled to go live; the journey worker publishes it when the time has
-- come (on whichever instance gets there first: publishing is one conditional update).
-- `draft.notice`: what changed for the citizen when their draft was moved to a newer version
-- (JSON, the engine's notices), shown on their next visit and then cleared.
-- `draft.preview_as`: an admin's preview of a draft version, walked as this synthetic person
-- (prefill read for them); never submitted, never on My page.
-- `authoring_event`: the audit trail of every change an admin made to a journey or a connector:
-- who, when, which agency, what (`draft`, `publish`, `schedule`, `unschedule`, `rollback`,
-- `discard`, `move-drafts`), and a short detail. Never updated or deleted by the portal.
-- Times are ISO 8601 UTC text, written by the server.
ALTER TABLE journey_version ADD COLUMN publish_at TEXT;
ALTER TABLE draft ADD COLUMN notice TEXT;
ALTER TABLE draft ADD COLUMN preview_as TEXT;
CREATE TABLE authoring_event (
    authoring_event_id INTEGER PRIMARY KEY AUTOINCREMENT,
    at                 TEXT NOT NULL,
    person_id          TEXT NOT NULL REFERENCES person (person_id),
    agency             TEXT NOT NULL,
    journey_id         TEXT NOT NULL,
    version            INTEGER,
    action             TEXT NOT NULL,
    detail             TEXT NOT NULL DEFAULT ''
);
CREATE INDEX authoring_event_by_journey ON authoring_event (journey_id, authoring_event_id);

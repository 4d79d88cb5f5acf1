-- A citizen's journey in progress. Every step's answers are saved here as they are posted
-- (also when invalid), so nothing typed is lost to a closed tab, an expired session or a crash.
-- `revision` grows with every save: a save from an older page (another tab) is detected.
-- Times are ISO 8601 UTC text, written by the server.
CREATE TABLE draft (
    draft_id        TEXT PRIMARY KEY,
    person_id       TEXT NOT NULL REFERENCES person (person_id),
    journey_id      TEXT NOT NULL,
    journey_version INTEGER NOT NULL,
    answers         TEXT NOT NULL,
    current_step    TEXT NOT NULL,
    revision        INTEGER NOT NULL DEFAULT 1,
    -- A save that clashed with another tab's: {"step": …, "answers": …}, shown back to the person.
    pending         TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX draft_by_person ON draft (person_id, updated_at);

-- An immutable submission: the shown answers, the definition version, who and when, and a
-- human reference. One per draft, so a repeated submit returns the first.
CREATE TABLE submission (
    submission_id   INTEGER PRIMARY KEY AUTOINCREMENT,
    reference       TEXT NOT NULL UNIQUE,
    draft_id        TEXT NOT NULL UNIQUE REFERENCES draft (draft_id),
    person_id       TEXT NOT NULL REFERENCES person (person_id),
    journey_id      TEXT NOT NULL,
    journey_version INTEGER NOT NULL,
    answers         TEXT NOT NULL,
    submitted_at    TEXT NOT NULL
);
CREATE INDEX submission_by_person ON submission (person_id, submitted_at);

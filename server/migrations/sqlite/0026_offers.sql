-- Proactive starts (issue 17). The portal follows Folkeregisteret's event feed and offers the
-- right journey to the people an event concerns: a birth offers Få barn to each parent, a death
-- offers Dødsfall og arv to the spouse and the heirs of full age.
--
-- `feed_cursor`: how far each feed has been read. One row per feed, moved only by compare and
-- set (`position = <the position read>`) in the same transaction as the offers it made, so each
-- event is handled once across restarts and instances.
CREATE TABLE feed_cursor (
    feed TEXT PRIMARY KEY,
    position BIGINT NOT NULL,
    updated_at TEXT NOT NULL
);

-- `offer`: one per event and person (the unique key is the second guard against a repeat).
-- Open while neither started nor dismissed.
CREATE TABLE offer (
    offer_id TEXT PRIMARY KEY,
    person_id TEXT NOT NULL,
    journey_id TEXT NOT NULL,
    feed TEXT NOT NULL,
    event_sequence BIGINT NOT NULL,
    event_kind TEXT NOT NULL,
    event_date TEXT NOT NULL,
    subject_name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    started_at TEXT,
    dismissed_at TEXT,
    UNIQUE (feed, event_sequence, person_id)
);
CREATE INDEX offer_person ON offer (person_id, created_at);

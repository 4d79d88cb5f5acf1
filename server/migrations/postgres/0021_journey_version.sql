-- Journeys as versioned data (issue 16): every version of every journey, as the TOML text the
-- checker reads, in one of three states. One published version per journey (what a new start
-- gets), at most one draft (what an admin or `server import-journey` is preparing), and the
-- retired ones that were published before; a citizen's draft and a submission name the version
-- they were made on, so its row stays. Replaces `journey_definition`, whose rows become the
-- versions they were: each journey's highest published, the others retired.
-- `made_by` is the person who made the version; NULL for a shipped file from `journeys/`.
-- Times are ISO 8601 UTC text, written by the server.
CREATE TABLE journey_version (
    journey_id   TEXT NOT NULL,
    version      BIGINT NOT NULL CHECK (version > 0),
    state        TEXT NOT NULL CHECK (state IN ('published', 'draft', 'retired')),
    source       TEXT NOT NULL,
    made_by      TEXT REFERENCES person (person_id),
    made_at      TEXT NOT NULL,
    published_at TEXT,
    PRIMARY KEY (journey_id, version)
);
CREATE UNIQUE INDEX journey_version_one_published ON journey_version (journey_id)
    WHERE state = 'published';
CREATE UNIQUE INDEX journey_version_one_draft ON journey_version (journey_id)
    WHERE state = 'draft';

INSERT INTO journey_version (journey_id, version, state, source, made_at, published_at)
SELECT d.journey_id, d.version,
       CASE WHEN d.version = (SELECT MAX(v.version) FROM journey_definition v
                              WHERE v.journey_id = d.journey_id)
            THEN 'published' ELSE 'retired' END,
       d.source,
       to_char(d.loaded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
       to_char(d.loaded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
FROM journey_definition d;

DROP TABLE journey_definition;

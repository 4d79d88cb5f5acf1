-- The caseworker's workspace (issue 13). An agency whose connector is `inbox` has no case
-- system of its own: the outbox worker delivers its calls into `inbox_case` instead of over
-- HTTP, and its caseworkers handle them in Veiviser. Each status a caseworker sets is also a
-- `case_event` of the call, as an agency's callback would store it, so the citizen's timeline
-- shows it.

-- One case per delivered call. The id is the case number the citizen sees (`KOMMUNE-7K3M9QXZ`);
-- `delivery_id` is UNIQUE, so a call delivered twice never makes a second case. The citizen's
-- name and a lowercase search text (reference, name, identity number) are kept from delivery,
-- so the inbox lists, sorts and searches one table. Dates are `yyyy-mm-dd` (Oslo's calendar).
CREATE TABLE inbox_case (
    inbox_case_id TEXT PRIMARY KEY,
    delivery_id   TEXT NOT NULL UNIQUE REFERENCES delivery (delivery_id),
    agency        TEXT NOT NULL,
    reference     TEXT NOT NULL REFERENCES submission (reference),
    service_id    TEXT NOT NULL,
    journey_id    TEXT NOT NULL,
    citizen_pid   TEXT NOT NULL,
    citizen_name  TEXT NOT NULL,
    search_text   TEXT NOT NULL,
    received_at   TEXT NOT NULL,
    received_on   TEXT NOT NULL,
    status        TEXT NOT NULL DEFAULT 'received',
    assignee_pid  TEXT REFERENCES person (person_id),
    due_on        TEXT NOT NULL,
    payload       TEXT NOT NULL
);
-- The inbox's default order (newest first), per agency, and its queues.
CREATE INDEX inbox_case_by_received ON inbox_case (agency, received_at, inbox_case_id);
CREATE INDEX inbox_case_by_due ON inbox_case (agency, status, due_on);
CREATE INDEX inbox_case_by_assignee ON inbox_case (agency, assignee_pid);

-- A case's own history: every arrival, status (with its message to the citizen), claim,
-- release, assignment and internal note, who (a person id; NULL for the portal) and when.
CREATE TABLE case_history (
    case_history_id INTEGER PRIMARY KEY AUTOINCREMENT,
    inbox_case_id   TEXT NOT NULL REFERENCES inbox_case (inbox_case_id),
    at              TEXT NOT NULL,
    who_pid         TEXT,
    kind            TEXT NOT NULL CHECK (kind IN ('received', 'status', 'claimed', 'released', 'assigned', 'note')),
    status          TEXT,
    text            TEXT,
    assignee_pid    TEXT
);
CREATE INDEX case_history_by_case ON case_history (inbox_case_id, at);

-- Inbox views saved by name: the query string of the view's address, its owner's alone or
-- shared with the agency's team. Saving a name again replaces it.
CREATE TABLE inbox_view (
    inbox_view_id TEXT PRIMARY KEY,
    owner_pid     TEXT NOT NULL REFERENCES person (person_id),
    agency        TEXT NOT NULL,
    name          TEXT NOT NULL,
    query         TEXT NOT NULL,
    shared        INTEGER NOT NULL DEFAULT 0,
    created_at    TEXT NOT NULL,
    UNIQUE (owner_pid, agency, name)
);

-- Who read a citizen's case ("who read my data"): one record each time a caseworker opens a
-- case. Tamper-evident: records are numbered without gaps, and each one's hash is SHA-256 over
-- its fields and the previous record's hash (`server verify-audit` checks the chain).
CREATE TABLE case_access (
    case_access_id INTEGER PRIMARY KEY,
    who_pid        TEXT NOT NULL,
    agency         TEXT NOT NULL,
    inbox_case_id  TEXT NOT NULL,
    reference      TEXT NOT NULL,
    citizen_pid    TEXT NOT NULL,
    at             TEXT NOT NULL,
    why            TEXT NOT NULL,
    prev_hash      TEXT NOT NULL,
    hash           TEXT NOT NULL
);
CREATE INDEX case_access_by_citizen ON case_access (citizen_pid, case_access_id);

-- The chain's head: the last record's number and hash. A new record updates this one row
-- first, in its transaction, so records are written one at a time on every backend and
-- instance; a record deleted from the end no longer matches it.
CREATE TABLE case_access_head (
    case_access_head_id INTEGER PRIMARY KEY,
    seq                 INTEGER NOT NULL,
    hash                TEXT NOT NULL
);
INSERT INTO case_access_head (case_access_head_id, seq, hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

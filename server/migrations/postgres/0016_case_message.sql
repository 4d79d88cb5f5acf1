-- Messages on a case between the agency and the citizen (issue 13), in both directions, with
-- read receipts: `read_at` is when the other side first saw the message (the citizen on their
-- receipt, a caseworker on the case page).
CREATE TABLE case_message (
    case_message_id TEXT PRIMARY KEY,
    inbox_case_id   TEXT NOT NULL REFERENCES inbox_case (inbox_case_id),
    from_citizen    BOOLEAN NOT NULL,
    author_pid      TEXT NOT NULL REFERENCES person (person_id),
    text            TEXT NOT NULL,
    sent_at         TEXT NOT NULL,
    read_at         TEXT
);
CREATE INDEX case_message_by_case ON case_message (inbox_case_id, sent_at);

-- Parties to a submission (issue 17): the people besides the applicant a journey's `[[party]]`
-- names — a co-applicant who answers their own steps, heirs who consent. Written in the
-- submission's own transaction; the submission's calls are held (due at the far future) until
-- every party has answered, then released in the transaction of the last answer. A refusal or a
-- deadline passed stops the submission: its held calls are removed, never sent.
CREATE TABLE submission_party (
    party_key TEXT PRIMARY KEY,
    reference TEXT NOT NULL,
    party_id TEXT NOT NULL,
    person_id TEXT NOT NULL,
    task TEXT NOT NULL,
    state TEXT NOT NULL,
    answers TEXT,
    deadline TEXT NOT NULL,
    created_at TEXT NOT NULL,
    closed_at TEXT,
    UNIQUE (reference, party_id, person_id)
);
CREATE INDEX submission_party_person ON submission_party (person_id, state);
CREATE INDEX submission_party_reference ON submission_party (reference, state);
CREATE INDEX submission_party_deadline ON submission_party (state, deadline);

-- What a real SMS or e-mail service would send: one row per message to a person, `sent_at`
-- set by whoever sends it (nothing does in this portal yet).
CREATE TABLE notification (
    notification_id TEXT PRIMARY KEY,
    person_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    reference TEXT NOT NULL,
    created_at TEXT NOT NULL,
    sent_at TEXT
);
CREATE INDEX notification_person ON notification (person_id, created_at);

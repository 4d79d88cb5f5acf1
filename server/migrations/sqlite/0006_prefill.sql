-- Where each prefilled answer of a draft came from: field id -> {register, read_at, value}
-- (value null when the register could not be read and the citizen fills the field in).
ALTER TABLE draft ADD COLUMN sources TEXT NOT NULL DEFAULT '{}';

-- Every register read made on a citizen's behalf, shown to them on "My page": what was read
-- (the look-up), from which register, when, why (the journey) and how it went.
CREATE TABLE register_read (
    read_id INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id  TEXT NOT NULL REFERENCES person (person_id),
    register   TEXT NOT NULL,
    lookup     TEXT NOT NULL,
    journey_id TEXT NOT NULL,
    draft_id   TEXT NOT NULL,
    outcome    TEXT NOT NULL,
    read_at    TEXT NOT NULL
);
CREATE INDEX register_read_by_person ON register_read (person_id, read_at);

-- Whose records each register read touched besides the citizen's own (the spouse, the
-- children, the heirs…), so that they too see on "My page" that they were read, and why.
CREATE TABLE register_read_subject (
    read_id   BIGINT NOT NULL REFERENCES register_read (read_id),
    person_id TEXT NOT NULL,
    PRIMARY KEY (read_id, person_id)
);
CREATE INDEX register_read_subject_by_person ON register_read_subject (person_id);

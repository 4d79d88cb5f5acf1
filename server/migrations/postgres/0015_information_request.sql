-- A caseworker's request for more information (issue 13): the answers that need correcting
-- (`fields`, a JSON list of field ids) and/or a free question, with the reason the citizen is
-- shown. `before` holds those answers as the agency received them; the citizen's answer fills
-- `after` (the same fields, JSON answers) and `reply` (to the free question) once, and the
-- caseworker sees the difference. While a request is open the case waits for the citizen.
CREATE TABLE information_request (
    information_request_id TEXT PRIMARY KEY,
    inbox_case_id          TEXT NOT NULL REFERENCES inbox_case (inbox_case_id),
    citizen_pid            TEXT NOT NULL,
    fields                 TEXT NOT NULL,
    question               TEXT,
    reason                 TEXT NOT NULL,
    asked_by_pid           TEXT NOT NULL REFERENCES person (person_id),
    asked_at               TEXT NOT NULL,
    before                 TEXT NOT NULL,
    answered_at            TEXT,
    after                  TEXT,
    reply                  TEXT
);
-- A citizen's open requests (My page), and a case's requests (the case page).
CREATE INDEX information_request_by_citizen ON information_request (citizen_pid, answered_at);
CREATE INDEX information_request_by_case ON information_request (inbox_case_id, asked_at);

-- The outbox: one row per agency call a submission makes, written in the submission's own
-- transaction. Workers claim due rows with a lease (`claimed_until`), so several instances never
-- send one call at the same time; the call's id is also its Idempotency-Key at the agency, so a
-- call repeated after a crash never makes a second case.
CREATE TABLE delivery (
    delivery_id     TEXT PRIMARY KEY,
    reference       TEXT NOT NULL REFERENCES submission (reference),
    service_id      TEXT NOT NULL,
    agency          TEXT NOT NULL,
    operation       TEXT NOT NULL,
    payload         TEXT NOT NULL,
    after_services  TEXT NOT NULL,
    state           TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'delivered', 'dead')),
    attempts        BIGINT NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    claimed_until   TEXT,
    case_number     TEXT,
    last_error      TEXT,
    delivered_at    TEXT,
    created_at      TEXT NOT NULL
);
CREATE INDEX delivery_due ON delivery (state, next_attempt_at);
CREATE INDEX delivery_by_reference ON delivery (reference);

-- The simulated agencies' cases (the simulator is part of the server for development and tests).
CREATE TABLE sim_case (
    agency          TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    case_number     TEXT NOT NULL UNIQUE,
    operation       TEXT NOT NULL,
    payload         TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    PRIMARY KEY (agency, idempotency_key)
);

-- Delivery that rides out long outages (see the README's "Agencies and delivery").

-- Who holds a call's lease (a fresh token per claim): an attempt's outcome is recorded only while
-- the worker that made it still holds the lease, so a late writer whose lease ran out and was
-- taken over cannot undo what the next worker recorded.
ALTER TABLE delivery ADD COLUMN claimed_by TEXT;
-- When an operator put a dead call back: its give-up time counts from then (else from created_at).
ALTER TABLE delivery ADD COLUMN queued_at TEXT;
-- When the call was dead-lettered (`retry-delivery --since`).
ALTER TABLE delivery ADD COLUMN dead_at TEXT;

-- One circuit per agency, shared by every instance. `failures` counts consecutive transient
-- failures; at the threshold the circuit opens until `open_until` (no calls are sent), then one
-- probe call at a time is let through (`probe_until` is its lease); a success closes it.
CREATE TABLE agency_circuit (
    agency      TEXT PRIMARY KEY,
    failures    BIGINT NOT NULL DEFAULT 0,
    open_until  TEXT,
    probe_until TEXT
);

-- The simulated agencies keep each case's progress in their own table, so a restart loses
-- nothing: where to call back (the caller's `X-Veiviser-Callback-Url`), how the case ends, when it
-- moves on, and when its current status is (still) to be reported.
ALTER TABLE sim_case ADD COLUMN callback_url TEXT;
ALTER TABLE sim_case ADD COLUMN outcome TEXT;
ALTER TABLE sim_case ADD COLUMN outcome_message TEXT;
ALTER TABLE sim_case ADD COLUMN silent BIGINT NOT NULL DEFAULT 0;
ALTER TABLE sim_case ADD COLUMN next_step_at TEXT;
ALTER TABLE sim_case ADD COLUMN callback_due_at TEXT;
ALTER TABLE sim_case ADD COLUMN callback_attempts BIGINT NOT NULL DEFAULT 0;
CREATE INDEX sim_case_next_step ON sim_case (next_step_at);
CREATE INDEX sim_case_callback_due ON sim_case (callback_due_at);

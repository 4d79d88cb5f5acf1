-- What the agencies report about their cases (by signed callback): received, in progress,
-- needs information, approved, rejected. One row per status change (status and the time the
-- agency made it, in UTC), so a repeated callback changes nothing and a status that comes back
-- later (needs information twice) is kept.
CREATE TABLE case_event (
    delivery_id TEXT NOT NULL REFERENCES delivery (delivery_id),
    status      TEXT NOT NULL,
    message     TEXT,
    reported_at TEXT NOT NULL,
    received_at TEXT NOT NULL,
    PRIMARY KEY (delivery_id, status, reported_at)
);

-- The simulated agencies' view of their cases, offered for polling too.
ALTER TABLE sim_case ADD COLUMN status TEXT NOT NULL DEFAULT 'received';
ALTER TABLE sim_case ADD COLUMN message TEXT;

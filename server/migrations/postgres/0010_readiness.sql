-- Readiness is a write, not a read: a database that answers SELECT 1 but cannot take a write
-- (a full disk, a read-only filesystem, a write lock held by a wedged connection) is not ready.
-- `/health/ready` updates this one row in a transaction; nothing else reads it.
CREATE TABLE readiness_probe (
    probe_id   INTEGER PRIMARY KEY,
    checked_at TEXT NOT NULL
);
INSERT INTO readiness_probe (probe_id, checked_at) VALUES (1, '1970-01-01T00:00:00.000Z');

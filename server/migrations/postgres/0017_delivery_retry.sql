-- Who put a dead-lettered call back in the queue, and when (issue 13, "Deliveries that did not
-- arrive"). One row per call put back: by an agency admin from the deliveries page (`who_pid`),
-- or by an operator with `server retry-delivery` (`who_pid` NULL). Written in the retry's own
-- transaction. An inbox agency's case history shows its call's retries; an API agency's calls
-- show theirs on the deliveries page (its case lives in the agency's own system).
CREATE TABLE delivery_retry (
    delivery_retry_id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    delivery_id       TEXT NOT NULL REFERENCES delivery (delivery_id),
    at                TEXT NOT NULL,
    who_pid           TEXT
);
CREATE INDEX delivery_retry_by_call ON delivery_retry (delivery_id, at);

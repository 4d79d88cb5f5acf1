-- Indexes for the inbox at scale (issue 13; measured with `bench-inbox`, a million cases).
-- Every list is one agency's cases in a column's order, a page at a time by keyset; these let
-- the common views read their page in order from an index instead of sorting or scanning the
-- agency's cases.

-- The default queue, *new* (no one has it, not decided), and *mine*, in arrival order: the open
-- cases by assignee (NULL: no one), so a page of either (a deep one too) reads only its own
-- rows, in order. Partial, on the queues' own condition as `storage/inbox/query.rs` writes it
-- (a partial index serves only a query whose conditions imply its own). Replaces the index on
-- agency and assignee alone.
DROP INDEX inbox_case_by_assignee;
CREATE INDEX inbox_case_open_by_assignee
    ON inbox_case (agency, assignee_pid, received_at, inbox_case_id)
    WHERE status NOT IN ('approved', 'rejected');

-- A status and a life event, in arrival order; the received date is in the index, so a
-- "received between" filter is checked without reading the row.
CREATE INDEX inbox_case_by_status_journey
    ON inbox_case (agency, status, journey_id, received_at, inbox_case_id, received_on);

-- The queue counts read status, deadline and assignee of every case of the agency: with the
-- assignee in this index (was: agency, status, deadline) they read the index alone.
DROP INDEX inbox_case_by_due;
CREATE INDEX inbox_case_by_due ON inbox_case (agency, status, due_on, assignee_pid);

-- A search for a whole reference or identity number goes straight to its cases (`query.rs`
-- adds the equality the substring search implies).
CREATE INDEX inbox_case_by_reference ON inbox_case (reference);
CREATE INDEX inbox_case_by_citizen ON inbox_case (citizen_pid);

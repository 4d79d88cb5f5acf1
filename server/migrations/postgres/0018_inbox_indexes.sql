-- Indexes for the inbox at scale (issue 13; measured with `bench-inbox`, a million cases).
-- Every list is one agency's cases in a column's order, a page at a time by keyset; these let
-- the common views read their page in order from an index instead of sorting or scanning the
-- agency's cases.

-- *Mine* (and the assignee filter among open cases), in arrival order: the open cases by
-- assignee, so a page reads only its own rows, in order. Partial, on the queues' own condition
-- as `storage/inbox/query.rs` writes it (a partial index serves only a query whose conditions
-- imply its own). Replaces the index on agency and assignee alone.
DROP INDEX inbox_case_by_assignee;
CREATE INDEX inbox_case_open_by_assignee
    ON inbox_case (agency, assignee_pid, received_at, inbox_case_id)
    WHERE status NOT IN ('approved', 'rejected');

-- The default queue alone, in arrival order. PostgreSQL does not take `assignee_pid IS NULL`
-- as fixing the index's assignee column (only `=` does), so the index above would give the
-- *new* cases out of arrival order and each page would sort them all; this one holds only the
-- queue's cases, in its order.
CREATE INDEX inbox_case_new ON inbox_case (agency, received_at, inbox_case_id)
    WHERE assignee_pid IS NULL AND status NOT IN ('approved', 'rejected');

-- A status and a life event, in arrival order; the received date is in the index, so a
-- "received between" filter is checked without reading the row.
CREATE INDEX inbox_case_by_status_journey
    ON inbox_case (agency, status, journey_id, received_at, inbox_case_id, received_on);

-- The queue counts read status, deadline and assignee of every case of the agency: with the
-- assignee in this index (was: agency, status, deadline) they can read the index alone.
DROP INDEX inbox_case_by_due;
CREATE INDEX inbox_case_by_due ON inbox_case (agency, status, due_on, assignee_pid);

-- A search for a whole reference or identity number goes straight to its cases (`query.rs`
-- adds the equality the substring search implies).
CREATE INDEX inbox_case_by_reference ON inbox_case (reference);
CREATE INDEX inbox_case_by_citizen ON inbox_case (citizen_pid);

-- Search for part of a name (`search_text LIKE '%…%'`): a trigram index, where the server has
-- the pg_trgm extension (a contrib module; trusted, so the database's owner may create it).
-- Without it the migration still succeeds and a search reads the agency's cases in order.
DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'pg_trgm is not available (%); the inbox search has no trigram index', SQLERRM;
END
$$;
DO $$
DECLARE
    schema_name TEXT;
BEGIN
    SELECT n.nspname INTO schema_name
    FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
    WHERE e.extname = 'pg_trgm';
    IF schema_name IS NOT NULL THEN
        EXECUTE format(
            'CREATE INDEX inbox_case_search ON inbox_case USING gin (search_text %I.gin_trgm_ops)',
            schema_name);
        -- Which way a search goes (this index, then sort what it found, or the cases in order
        -- until a page is full) rests on how many cases the planner expects the text to match;
        -- the default sample of a column whose every value differs guesses that badly for
        -- common names (and then sorts thousands of cases). A larger sample guesses well.
        ALTER TABLE inbox_case ALTER COLUMN search_text SET STATISTICS 1000;
    END IF;
END
$$;

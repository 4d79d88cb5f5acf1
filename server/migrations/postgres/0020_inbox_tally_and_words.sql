-- The inbox at a million cases (issue 13, `bench-inbox`): queue counts kept as cases change,
-- and a word index for the search. Both are kept by triggers on `inbox_case`, so every
-- statement that writes a case (delivery into the inbox, a caseworker's claim, release,
-- assignment or status, a request for information and the citizen's answer, an operator's
-- SQL) keeps them in its own transaction; none can forget to. The migration fills both from
-- the cases already there.

-- How many cases each agency has at each status and assignee ('' for no one: a key column may
-- not be NULL). The inbox sums it for a view without filters: every queue but *due*.
CREATE TABLE inbox_tally (
    agency       TEXT NOT NULL,
    status       TEXT NOT NULL,
    assignee_pid TEXT NOT NULL,
    cases        INTEGER NOT NULL,
    PRIMARY KEY (agency, status, assignee_pid)
);

-- How many open (not decided) cases each agency has due on each day: the *due* queue is the
-- sum up to its last day.
CREATE TABLE inbox_due_tally (
    agency TEXT NOT NULL,
    due_on TEXT NOT NULL,
    cases  INTEGER NOT NULL,
    PRIMARY KEY (agency, due_on)
);

-- Each word of a case's search text (reference, name, identity number; split at spaces and
-- hyphens) with the word after it ('' for the last), the case's agency first: the cases whose
-- text has a word beginning with what was typed, or two words in a row as typed (`kari hans`),
-- are an index range. "C" collation: the range `word >= w AND word < w || max` is then the
-- words that begin with `w`, byte by byte, as on SQLite.
CREATE TABLE inbox_word (
    agency        TEXT NOT NULL,
    word          TEXT COLLATE "C" NOT NULL,
    next_word     TEXT COLLATE "C" NOT NULL,
    inbox_case_id TEXT NOT NULL,
    PRIMARY KEY (agency, word, next_word, inbox_case_id)
);
CREATE INDEX inbox_word_by_case ON inbox_word (inbox_case_id);

CREATE FUNCTION inbox_words(search_text TEXT) RETURNS TABLE (word TEXT, next_word TEXT)
LANGUAGE sql IMMUTABLE AS $$
    SELECT DISTINCT w, COALESCE(next_w, '') FROM (
        SELECT w, lead(w) OVER (ORDER BY i) AS next_w
        FROM regexp_split_to_table(search_text, '[ -]+') WITH ORDINALITY AS t (w, i)
        WHERE w <> ''
    ) AS words
$$;

-- A case counts once in each tally: a change takes one from the row of what the case was (OLD)
-- and adds one to the row of what it is (NEW), in key order, so two transactions moving cases
-- in opposite directions wait for each other rather than deadlock. A change that leaves a key
-- as it was writes nothing.
CREATE FUNCTION inbox_case_tally() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO inbox_tally (agency, status, assignee_pid, cases)
    SELECT agency, status, assignee_pid, SUM(n) FROM (
        SELECT OLD.agency, OLD.status, COALESCE(OLD.assignee_pid, ''), -1
        WHERE TG_OP <> 'INSERT'
        UNION ALL
        SELECT NEW.agency, NEW.status, COALESCE(NEW.assignee_pid, ''), 1
        WHERE TG_OP <> 'DELETE'
    ) AS change (agency, status, assignee_pid, n)
    GROUP BY agency, status, assignee_pid HAVING SUM(n) <> 0
    ORDER BY agency, status, assignee_pid
    ON CONFLICT (agency, status, assignee_pid)
    DO UPDATE SET cases = inbox_tally.cases + EXCLUDED.cases;

    INSERT INTO inbox_due_tally (agency, due_on, cases)
    SELECT agency, due_on, SUM(n) FROM (
        SELECT OLD.agency, OLD.due_on, -1
        WHERE TG_OP <> 'INSERT' AND OLD.status NOT IN ('approved', 'rejected')
        UNION ALL
        SELECT NEW.agency, NEW.due_on, 1
        WHERE TG_OP <> 'DELETE' AND NEW.status NOT IN ('approved', 'rejected')
    ) AS change (agency, due_on, n)
    GROUP BY agency, due_on HAVING SUM(n) <> 0
    ORDER BY agency, due_on
    ON CONFLICT (agency, due_on) DO UPDATE SET cases = inbox_due_tally.cases + EXCLUDED.cases;

    -- The words. The search text never changes after arrival; should it, its words follow.
    IF TG_OP <> 'INSERT' AND (TG_OP = 'DELETE'
        OR (OLD.agency, OLD.search_text) IS DISTINCT FROM (NEW.agency, NEW.search_text)) THEN
        DELETE FROM inbox_word WHERE inbox_case_id = OLD.inbox_case_id;
    END IF;
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE'
        AND (OLD.agency, OLD.search_text) IS DISTINCT FROM (NEW.agency, NEW.search_text)) THEN
        INSERT INTO inbox_word (agency, word, next_word, inbox_case_id)
        SELECT NEW.agency, w.word, w.next_word, NEW.inbox_case_id
        FROM inbox_words(NEW.search_text) AS w;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER inbox_case_tally AFTER INSERT OR UPDATE OR DELETE ON inbox_case
FOR EACH ROW EXECUTE FUNCTION inbox_case_tally();

-- The cases already there.
INSERT INTO inbox_tally (agency, status, assignee_pid, cases)
SELECT agency, status, COALESCE(assignee_pid, ''), COUNT(*)
FROM inbox_case GROUP BY agency, status, COALESCE(assignee_pid, '');
INSERT INTO inbox_due_tally (agency, due_on, cases)
SELECT agency, due_on, COUNT(*) FROM inbox_case
WHERE status NOT IN ('approved', 'rejected') GROUP BY agency, due_on;
INSERT INTO inbox_word (agency, word, next_word, inbox_case_id)
SELECT c.agency, w.word, w.next_word, c.inbox_case_id
FROM inbox_case c, inbox_words(c.search_text) AS w;

-- The search no longer looks for any part of the search text, so migration 0018's trigram
-- index on it serves nothing and would only cost each arrival.
DROP INDEX IF EXISTS inbox_case_search;

-- Whether a search reads the agency's cases in the list's order or sorts all that match rests
-- on how many the planner expects its condition (`' ' || REPLACE(search_text, '-', ' ') LIKE
-- '% …%'`) to match. Statistics on that expression (PostgreSQL 14 and later) make the guess
-- from a sample of the words rather than from the length of the pattern, which takes a
-- surname for rare and sorts thousands of cases.
DO $$
BEGIN
    CREATE STATISTICS inbox_case_words ON ((' ' || REPLACE(search_text, '-', ' ')))
        FROM inbox_case;
    ALTER STATISTICS inbox_case_words SET STATISTICS 1000;
EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'no statistics on the inbox search expression (%)', SQLERRM;
END
$$;

-- The inbox at a million cases (issue 13, `bench-inbox`): queue counts kept as cases change,
-- and a word index for the search. Both are kept by triggers on `inbox_case`, so every
-- statement that writes a case (delivery into the inbox, a caseworker's claim, release,
-- assignment or status, a request for information and the citizen's answer, an operator's
-- SQL) keeps them in its own transaction; none can forget to. The migration fills both from
-- the cases already there.

-- How many cases each agency has at each status and assignee ('' for no one: a key column may
-- not be NULL here). The inbox sums it for a view without filters: every queue but *due*.
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
-- are an index range instead of a read of the agency's cases. The search text is written once,
-- when the case arrives.
CREATE TABLE inbox_word (
    agency        TEXT NOT NULL,
    word          TEXT NOT NULL,
    next_word     TEXT NOT NULL,
    inbox_case_id TEXT NOT NULL,
    PRIMARY KEY (agency, word, next_word, inbox_case_id)
) WITHOUT ROWID;
CREATE INDEX inbox_word_by_case ON inbox_word (inbox_case_id);

-- A case counts once in each tally: added when it arrives, moved when its status, assignee or
-- deadline changes, taken out when it is deleted.
CREATE TRIGGER inbox_case_tally_insert AFTER INSERT ON inbox_case
BEGIN
    INSERT INTO inbox_tally (agency, status, assignee_pid, cases)
    VALUES (NEW.agency, NEW.status, COALESCE(NEW.assignee_pid, ''), 1)
    ON CONFLICT (agency, status, assignee_pid) DO UPDATE SET cases = cases + 1;
    INSERT INTO inbox_due_tally (agency, due_on, cases)
    SELECT NEW.agency, NEW.due_on, 1 WHERE NEW.status NOT IN ('approved', 'rejected')
    ON CONFLICT (agency, due_on) DO UPDATE SET cases = cases + 1;
    -- The words: the search text as a JSON array (json_quote escapes it; a space or hyphen,
    -- never escaped, becomes a separator), read back by json_each, each with the next.
    INSERT INTO inbox_word (agency, word, next_word, inbox_case_id)
    SELECT DISTINCT NEW.agency, w.value, COALESCE(n.value, ''), NEW.inbox_case_id
    FROM json_each('[' || replace(replace(json_quote(NEW.search_text), '-', ' '), ' ', '","') || ']') w
    LEFT JOIN json_each('[' || replace(replace(json_quote(NEW.search_text), '-', ' '), ' ', '","') || ']') n
        ON n.key = w.key + 1
    WHERE w.value <> '';
END;

CREATE TRIGGER inbox_case_tally_update
AFTER UPDATE OF agency, status, assignee_pid, due_on ON inbox_case
BEGIN
    UPDATE inbox_tally SET cases = cases - 1
    WHERE agency = OLD.agency AND status = OLD.status
      AND assignee_pid = COALESCE(OLD.assignee_pid, '');
    INSERT INTO inbox_tally (agency, status, assignee_pid, cases)
    VALUES (NEW.agency, NEW.status, COALESCE(NEW.assignee_pid, ''), 1)
    ON CONFLICT (agency, status, assignee_pid) DO UPDATE SET cases = cases + 1;
    UPDATE inbox_due_tally SET cases = cases - 1
    WHERE agency = OLD.agency AND due_on = OLD.due_on
      AND OLD.status NOT IN ('approved', 'rejected');
    INSERT INTO inbox_due_tally (agency, due_on, cases)
    SELECT NEW.agency, NEW.due_on, 1 WHERE NEW.status NOT IN ('approved', 'rejected')
    ON CONFLICT (agency, due_on) DO UPDATE SET cases = cases + 1;
END;

CREATE TRIGGER inbox_case_tally_delete AFTER DELETE ON inbox_case
BEGIN
    UPDATE inbox_tally SET cases = cases - 1
    WHERE agency = OLD.agency AND status = OLD.status
      AND assignee_pid = COALESCE(OLD.assignee_pid, '');
    UPDATE inbox_due_tally SET cases = cases - 1
    WHERE agency = OLD.agency AND due_on = OLD.due_on
      AND OLD.status NOT IN ('approved', 'rejected');
    DELETE FROM inbox_word WHERE inbox_case_id = OLD.inbox_case_id;
END;

-- The search text never changes after arrival; should it, its words follow.
CREATE TRIGGER inbox_case_words_update AFTER UPDATE OF search_text, agency ON inbox_case
BEGIN
    DELETE FROM inbox_word WHERE inbox_case_id = OLD.inbox_case_id;
    INSERT INTO inbox_word (agency, word, next_word, inbox_case_id)
    SELECT DISTINCT NEW.agency, w.value, COALESCE(n.value, ''), NEW.inbox_case_id
    FROM json_each('[' || replace(replace(json_quote(NEW.search_text), '-', ' '), ' ', '","') || ']') w
    LEFT JOIN json_each('[' || replace(replace(json_quote(NEW.search_text), '-', ' '), ' ', '","') || ']') n
        ON n.key = w.key + 1
    WHERE w.value <> '';
END;

-- The cases already there.
INSERT INTO inbox_tally (agency, status, assignee_pid, cases)
SELECT agency, status, COALESCE(assignee_pid, ''), COUNT(*)
FROM inbox_case GROUP BY agency, status, COALESCE(assignee_pid, '');
INSERT INTO inbox_due_tally (agency, due_on, cases)
SELECT agency, due_on, COUNT(*) FROM inbox_case
WHERE status NOT IN ('approved', 'rejected') GROUP BY agency, due_on;
INSERT INTO inbox_word (agency, word, next_word, inbox_case_id)
SELECT DISTINCT c.agency, w.value, COALESCE(n.value, ''), c.inbox_case_id
FROM inbox_case c
JOIN json_each('[' || replace(replace(json_quote(c.search_text), '-', ' '), ' ', '","') || ']') w
LEFT JOIN json_each('[' || replace(replace(json_quote(c.search_text), '-', ' '), ' ', '","') || ']') n
    ON n.key = w.key + 1
WHERE w.value <> '';


-- Parties that are organisations, and parties a submission does not wait for (issue 17): the
-- health service confirming a child's illness is answered by its caseworkers (`agency`, with
-- `person_id` empty), and only the calls of the services that carry its answer are held
-- (`services`, a JSON list of service ids; NULL: a blocking party, every call waits). Who answered
-- is kept (`answered_by`: the person, or the organisation's caseworker).
ALTER TABLE submission_party ADD COLUMN agency TEXT;
ALTER TABLE submission_party ADD COLUMN services TEXT;
ALTER TABLE submission_party ADD COLUMN answered_by TEXT;
CREATE INDEX submission_party_agency ON submission_party (agency, state);

-- A connector's most attempts per call (issue 16): a call that has failed this many times is
-- given up even before its give-up time. 0: no count, only the give-up time (as before).
ALTER TABLE agency_connector ADD COLUMN attempts BIGINT NOT NULL DEFAULT 0;

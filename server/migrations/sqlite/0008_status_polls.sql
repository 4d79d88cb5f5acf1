-- When the portal last asked an agency how a case stands, so that quiet cases take turns and a
-- case that never changes is asked once per interval, not before every newer one.
ALTER TABLE delivery ADD COLUMN last_polled_at TEXT;

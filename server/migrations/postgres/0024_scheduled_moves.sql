-- A scheduled go-live keeps what the admin chose for citizens' drafts on older versions
-- (issue 16): NULL leaves them where they are; otherwise a JSON array of the changes
-- (`Touch::key`) whose drafts stay on their version while every other draft moves. Read by the
-- journey worker when it publishes the draft.
ALTER TABLE journey_version ADD COLUMN moves TEXT;

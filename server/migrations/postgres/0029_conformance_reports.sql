-- The conformance kit's status reports (an agency admin's test connection), kept where every
-- instance sees them: the agency's report reaches the kit whichever instance its callback lands
-- on. A row is a wait for one call's report until `expires_at`, filled by the first report.
CREATE TABLE conformance_report (
    call_key TEXT PRIMARY KEY,
    expires_at TEXT NOT NULL,
    report_timestamp TEXT,
    report_signature TEXT,
    body TEXT
);

-- People who have logged in or are seeded, by national identity number (the `pid` claim).
CREATE TABLE person (
    person_id  TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Roles come from here, never from a token: a person may work for an agency as a caseworker
-- or administer its journeys.
CREATE TABLE agency_role (
    person_id TEXT NOT NULL REFERENCES person (person_id),
    agency_id TEXT NOT NULL,
    role      TEXT NOT NULL CHECK (role IN ('caseworker', 'admin')),
    PRIMARY KEY (person_id, agency_id, role)
);

-- The embedded development provider's signing keys; the newest signs, all are published.
CREATE TABLE idp_signing_key (
    kid             TEXT PRIMARY KEY,
    private_key_pem TEXT NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Which portal session belongs to which provider session (`sid`), for front-channel logout.
CREATE TABLE login_session (
    sid        TEXT NOT NULL,
    issuer     TEXT NOT NULL,
    session_id TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (issuer, sid)
);

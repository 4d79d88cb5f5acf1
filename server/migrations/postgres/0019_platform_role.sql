-- Roles held for the whole portal, not for an agency (`agency_role` is for those). An operator is
-- platform staff: sees every agency's calls that did not arrive and sends dead ones again, and
-- gets nothing of any case's contents (no inbox, no case, no payloads). Like every role, read from
-- here at each request, never from a token; granted with `server grant-operator <pid>`, seeded
-- for the demo's synthetic operator only. Numbered 0019: 0018 is taken by another branch.
CREATE TABLE platform_role (
    person_id  TEXT NOT NULL REFERENCES person (person_id),
    role       TEXT NOT NULL CHECK (role IN ('operator')),
    granted_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (person_id, role)
);

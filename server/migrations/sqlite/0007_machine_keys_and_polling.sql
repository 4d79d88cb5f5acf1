-- Whose key a stored RSA key is: the development provider's own signing keys (`provider`,
-- published in its JWKS), or the portal's key for machine-to-machine grants (`portal-client`,
-- never published; the provider knows only its public half).
ALTER TABLE idp_signing_key ADD COLUMN owner TEXT NOT NULL DEFAULT 'provider';

-- When the simulated agency set a case's status, as it reports it by callback and by polling
-- (the same time both ways, so the portal stores the status once however it hears of it).
ALTER TABLE sim_case ADD COLUMN status_at TEXT;

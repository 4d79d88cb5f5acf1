//! Integration tests: the real application on port 0 with a fresh database, driven over HTTP.
//! `TEST_DATABASE_URL=postgres://…` runs every test against PostgreSQL instead of SQLite.

mod aa_registeret;
mod agency_callbacks;
mod assets;
mod audit;
mod authoring;
mod authoring_parts;
mod authoring_publish;
mod authoring_services;
mod caseworker;
mod citizen_walk;
mod connectors;
mod deliveries;
mod delivery;
mod delivery_wake;
mod hardening;
mod health;
mod helpers;
mod hostile_provider;
mod journey;
mod journey_drafts;
mod journey_imports;
mod journey_reading;
mod journey_upgrade;
mod journey_versions;
mod language;
mod login;
mod machine;
mod offers;
mod pages;
mod prefill;
mod receipt_timeline;
mod resilience;
mod restart;
mod startup;
mod storage_faults;

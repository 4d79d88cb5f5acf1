//! The comparison of journey versions, on small journeys written for the tests: each test
//! states an old and a new version (usually the base journey with one edit) and asserts what
//! an admin or a citizen is told.

mod diff;
mod impact;
mod migrate;
mod text;

//! Reading and writing column values strictly: a stored word, time or JSON document that this
//! version cannot read is an error (logged where it is found), and so is a value that cannot be
//! written — never some default in its place.

use super::StorageError;
use app::domain::Instant;

/// Parses a stored word into its domain enum once, as it is read: a word this version does not
/// know is an error (and logged), not some default.
pub(crate) fn known<T>(
    column: &'static str,
    value: String,
    parse: fn(&str) -> Option<T>,
) -> Result<T, StorageError> {
    parse(&value).ok_or_else(|| {
        tracing::error!(column, value, "a stored value this version does not know");
        StorageError::Unknown { column, value }
    })
}

fn unreadable(column: &'static str, reason: String) -> StorageError {
    tracing::error!(column, reason, "a stored value cannot be read");
    StorageError::Unreadable { column, reason }
}

/// A stored time (`2026-11-22T10:15:00.000Z`).
pub(crate) fn instant(column: &'static str, text: &str) -> Result<Instant, StorageError> {
    Instant::parse(text).map_err(|error| unreadable(column, error.to_string()))
}

/// A stored time that may be missing (`NULL`).
pub(crate) fn optional_instant(
    column: &'static str,
    text: Option<&str>,
) -> Result<Option<Instant>, StorageError> {
    text.map(|text| instant(column, text)).transpose()
}

/// A JSON document to store.
pub(super) fn to_json<T: serde::Serialize + ?Sized>(
    column: &'static str,
    value: &T,
) -> Result<String, StorageError> {
    serde_json::to_string(value).map_err(|error| {
        tracing::error!(column, %error, "a value cannot be stored");
        StorageError::Unwritable {
            column,
            reason: error.to_string(),
        }
    })
}

/// A stored JSON document, read as what it holds.
pub(super) fn from_json<T: serde::de::DeserializeOwned>(
    column: &'static str,
    text: &str,
) -> Result<T, StorageError> {
    serde_json::from_str(text).map_err(|error| unreadable(column, error.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use app::journey::Answers;

    #[test]
    fn unreadable_answers_are_an_error_not_empty_answers() {
        let read = from_json::<Answers>("answers", "{\"child_name\": ");
        assert!(
            matches!(
                read,
                Err(StorageError::Unreadable {
                    column: "answers",
                    ..
                })
            ),
            "{read:?}"
        );
        let read = from_json::<Answers>("answers", "[1, 2]");
        assert!(
            matches!(read, Err(StorageError::Unreadable { .. })),
            "{read:?}"
        );
    }

    #[test]
    fn a_stored_time_that_is_not_one_is_an_error_not_some_time() {
        assert_eq!(
            instant("read at", "2026-11-22T10:15:00.000Z")
                .map(Instant::stored)
                .ok(),
            Some("2026-11-22T10:15:00.000Z".to_string())
        );
        for bad in ["", "22.11.2026 11:15", "2026-11-22"] {
            let read = instant("read at", bad);
            assert!(
                matches!(
                    read,
                    Err(StorageError::Unreadable {
                        column: "read at",
                        ..
                    })
                ),
                "{bad:?}: {read:?}"
            );
        }
        assert!(optional_instant("dead at", None).is_ok_and(|at| at.is_none()));
    }

    #[test]
    fn a_value_that_cannot_be_written_is_an_error_not_an_empty_document() {
        // JSON objects need text keys: a map keyed by pairs cannot be written.
        let value: std::collections::BTreeMap<(i32, i32), i32> = [((1, 2), 3)].into();
        let written = to_json("path", &value);
        assert!(
            matches!(
                written,
                Err(StorageError::Unwritable { column: "path", .. })
            ),
            "{written:?}"
        );
    }
}

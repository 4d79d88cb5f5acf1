//! The size of a definition: what an author may write at most, so that checking any definition
//! is quick and whatever the checker accepts every consumer takes (the island reads the walkable
//! journey through serde_json, which refuses nesting deeper than 128). The limits are well
//! above the shipped journeys and stated in `journeys/README.md`; a condition's own limits
//! (length and depth) are the condition language's.

use super::{raw::RawField, Checker, RawFile};

/// The largest definition file, in bytes (256 KiB).
pub const MAX_BYTES: usize = 256 * 1024;
/// The most steps a journey has.
pub(super) const MAX_STEPS: usize = 100;
/// The most fields a journey has, group items included.
pub(super) const MAX_FIELDS: usize = 500;
/// How deep fields nest: a field in a step (1), an item of a group (2), an item of a group in a
/// group (3).
pub(super) const MAX_FIELD_LEVELS: usize = 3;
/// The most services (calls to agencies) a journey makes.
pub(super) const MAX_SERVICES: usize = 100;
/// The most saved test cases (`[[test]]`) a journey has: each is walked on every check.
pub(super) const MAX_TESTS: usize = 50;

/// The error for a definition file over [`MAX_BYTES`], if it is.
pub(in crate::journey) fn oversized(text: &str) -> Option<String> {
    (text.len() > MAX_BYTES).then(|| {
        format!(
            "the definition is {} bytes; a definition may be at most 256 KiB ({MAX_BYTES} bytes)",
            text.len()
        )
    })
}

impl Checker<'_> {
    /// Reports every part of `raw` past a limit; `false` if there is one (the file is then not
    /// checked further: what is past a limit may be too much to check).
    pub(super) fn within_limits(&mut self, raw: &RawFile) -> bool {
        let before = self.errors.len();
        if let Some(step) = raw.step.get(MAX_STEPS) {
            self.error(
                &step.id,
                format!(
                    "a journey has at most {MAX_STEPS} steps; `{}` is step {}",
                    step.id.get_ref(),
                    MAX_STEPS + 1
                ),
            );
        }
        if let Some(service) = raw.service.get(MAX_SERVICES) {
            self.error(
                &service.id,
                format!(
                    "a journey has at most {MAX_SERVICES} services; `{}` is service {}",
                    service.id.get_ref(),
                    MAX_SERVICES + 1
                ),
            );
        }
        if let Some(test) = raw.test.get(MAX_TESTS) {
            self.error(
                &test.name,
                format!(
                    "a journey has at most {MAX_TESTS} saved test cases; `{}` is test {}",
                    test.name.get_ref(),
                    MAX_TESTS + 1
                ),
            );
        }
        let mut count = 0;
        for step in &raw.step {
            self.count_fields(&step.field, 1, &mut count);
        }
        self.errors.len() == before
    }

    fn count_fields(&mut self, fields: &[RawField], level: usize, count: &mut usize) {
        for field in fields {
            *count += 1;
            if *count == MAX_FIELDS + 1 {
                self.error(
                    &field.id,
                    format!(
                        "a journey has at most {MAX_FIELDS} fields (group items count); `{}` is field {}",
                        field.id.get_ref(),
                        MAX_FIELDS + 1
                    ),
                );
            }
            if level == MAX_FIELD_LEVELS {
                if let Some(item) = field.field.first() {
                    self.error(
                        &item.id,
                        format!(
                            "fields nest at most {MAX_FIELD_LEVELS} levels deep (a step's fields, a \
                             group's items, the items of a group in a group); `{}` is one \
                             level deeper",
                            item.id.get_ref()
                        ),
                    );
                }
            } else {
                self.count_fields(&field.field, level + 1, count);
            }
        }
    }
}

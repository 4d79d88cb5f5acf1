//! Where in a definition a line is, in the words of its parts: the step, the question (and the
//! question inside a group), the service, the prefill look-up, the texts of a language, and the
//! key on that line. The checker speaks in lines and columns, which the text editor has; the
//! admin's forms have no lines, so a problem is told there by this place instead ("step
//! `family` › question `twins` › `show_if`") and shown at the form of that part.
//!
//! It reads the text as the definitions are written (one table header per line, `id` first or
//! anywhere in its table); for a text written otherwise the place is only as precise as it can
//! be, never wrong about the step it names.

use serde::{Deserialize, Serialize};

/// A part of a definition, from the journey down to one key.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    pub step: Option<String>,
    pub field: Option<String>,
    /// A question inside the group `field`.
    pub item: Option<String>,
    pub service: Option<String>,
    /// The prefill look-up's place, from 1.
    pub prefill: Option<usize>,
    /// `[texts.<lang>]`: the language.
    pub texts: Option<String>,
    /// The key on the line (`show_if`, `options`, …), when the line has one.
    pub key: Option<String>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Table {
    Other,
    Step,
    Field,
    Item,
    Service,
    Prefill,
    Texts,
}

fn header(line: &str) -> Option<&str> {
    let line = line.trim();
    let inner = line
        .strip_prefix("[[")
        .and_then(|l| l.split("]]").next())
        .or_else(|| line.strip_prefix('[').and_then(|l| l.split(']').next()))?;
    Some(inner.trim())
}

/// The quoted value of `id = "…"` on this line, if it is one.
fn id_on(line: &str) -> Option<String> {
    let (key, value) = line.split_once('=')?;
    if key.trim() != "id" {
        return None;
    }
    let value = value.trim();
    let value = value.strip_prefix('"')?;
    Some(value.split('"').next()?.to_string())
}

/// Where line `line` (from 1) of `source` is.
pub fn place_of(source: &str, line: usize) -> Place {
    let mut place = Place::default();
    let mut table = Table::Other;
    let mut prefills = 0;
    for (index, text) in source.lines().enumerate() {
        let number = index + 1;
        if let Some(name) = header(text) {
            if number > line {
                break;
            }
            table = match name {
                "step" => {
                    place = Place::default();
                    Table::Step
                }
                "step.field" => {
                    (place.field, place.item) = (None, None);
                    Table::Field
                }
                "step.field.field" => {
                    place.item = None;
                    Table::Item
                }
                "service" => {
                    place = Place::default();
                    Table::Service
                }
                "prefill" => {
                    prefills += 1;
                    place = Place {
                        prefill: Some(prefills),
                        ..Place::default()
                    };
                    Table::Prefill
                }
                name if name.starts_with("service.") => table,
                name if name.starts_with("texts.") => {
                    place = Place {
                        texts: Some(name["texts.".len()..].trim_matches('"').to_string()),
                        ..Place::default()
                    };
                    Table::Texts
                }
                _ => {
                    place = Place::default();
                    Table::Other
                }
            };
            continue;
        }
        if number == line {
            place.key = text
                .split_once('=')
                .map(|(key, _)| key.trim().trim_matches('"').to_string())
                .filter(|key| !key.is_empty() && !key.starts_with('#'));
        }
        if let Some(id) = id_on(text) {
            let slot = match table {
                Table::Step => &mut place.step,
                Table::Field => &mut place.field,
                Table::Item => &mut place.item,
                Table::Service => &mut place.service,
                _ => continue,
            };
            if slot.is_none() {
                *slot = Some(id);
            }
        }
    }
    place
}

impl Place {
    /// Nothing more precise than the journey as a whole.
    pub fn is_whole(&self) -> bool {
        *self == Place::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = r#"[journey]
id = "x"

[[prefill]]
register = "folkeregisteret"
lookup = "spouse"

[[step]]
id = "family"
show_if = "a == 1"

[[step.field]]
id = "kids"
type = "group"

[[step.field.field]]
id = "kid_name"
max_length = 10

[[step.field]]
type = "text"
id = "late_id"

[[service]]
id = "benefit"
agency = "nav"

[service.payload]
name = "kid_name"

[texts.nn]
x-title = "Tittel"
"#;

    #[test]
    fn each_line_is_placed_in_its_step_question_group_service_prefill_or_texts() {
        let at = |line| place_of(TEXT, line);
        assert_eq!(
            at(2),
            Place {
                key: Some("id".into()),
                ..Place::default()
            }
        );
        assert_eq!(
            at(6),
            Place {
                prefill: Some(1),
                key: Some("lookup".into()),
                ..Place::default()
            }
        );
        assert_eq!(
            at(10),
            Place {
                step: Some("family".into()),
                key: Some("show_if".into()),
                ..Place::default()
            }
        );
        assert_eq!(at(14).field.as_deref(), Some("kids"));
        let item = at(18);
        assert_eq!(
            (
                item.step.as_deref(),
                item.field.as_deref(),
                item.item.as_deref()
            ),
            (Some("family"), Some("kids"), Some("kid_name"))
        );
        assert_eq!(item.key.as_deref(), Some("max_length"));
        // The id after the problem's line still names the question.
        let late = at(21);
        assert_eq!(
            (late.field.as_deref(), late.item, late.key.as_deref()),
            (Some("late_id"), None, Some("type"))
        );
        let payload = at(29);
        assert_eq!(
            (payload.service.as_deref(), payload.key.as_deref()),
            (Some("benefit"), Some("name"))
        );
        assert_eq!(at(32).texts.as_deref(), Some("nn"));
        assert!(at(32).step.is_none());
    }

    #[test]
    fn a_line_outside_the_text_or_a_comment_is_the_journey_or_its_table_without_a_key() {
        assert!(place_of(TEXT, 0).step.is_none());
        assert_eq!(place_of("# only a comment = yes\n", 1), Place::default());
        assert!(place_of("", 5).is_whole());
    }
}

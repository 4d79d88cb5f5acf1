//! Conditions printed back as source text: what the author wrote (up to spacing and needless
//! brackets), and text that parses back into a tree of the same meaning.

use crate::journey::{
    compare::condition_text,
    condition::{canonical, parse},
};

/// Parses, prints, parses again: the same tree (up to positions in the text, which `canonical`
/// leaves out), and printing is stable (the printed text prints as itself).
fn round_trip(source: &str) -> String {
    let first = parse(source).unwrap_or_else(|e| panic!("`{source}`: {e:?}"));
    let printed = condition_text(&first);
    let again = parse(&printed).unwrap_or_else(|e| panic!("`{printed}` from `{source}`: {e:?}"));
    assert_eq!(
        canonical(&again),
        canonical(&first),
        "`{source}` → `{printed}`"
    );
    assert_eq!(
        condition_text(&again),
        printed,
        "printing `{printed}` again"
    );
    printed
}

#[test]
fn a_condition_prints_as_its_author_wrote_it() {
    for source in [
        "child_birth_date > today - 6m",
        "has_partner == true",
        "income >= 0 and income < 500000",
        "kind == \"private\" or kind == \"public\" or answered(other)",
        "relation in [\"child\", \"spouse\"]",
        "\"dog\" in pets",
        "count(heirs) >= 2",
        "any(heirs, heir_relation == \"child\" and heir_age < 18)",
        "start < 2026-01-01",
        "due <= today + 1y - 14d",
        "balance == -5",
        "not answered(email)",
        "not not flag",
        "false",
    ] {
        assert_eq!(round_trip(source), source);
    }
}

#[test]
fn brackets_are_printed_only_where_precedence_needs_them() {
    assert_eq!(
        round_trip("(a == 1 or b == 2) and c == 3"),
        "(a == 1 or b == 2) and c == 3"
    );
    assert_eq!(round_trip("not (a or b)"), "not (a or b)");
    assert_eq!(round_trip("((a == 1)) and ((b))"), "a == 1 and b");
    assert_eq!(round_trip("(not a) == false"), "(not a) == false");
    assert_eq!(round_trip("(a == b) == c"), "(a == b) == c");
    assert_eq!(round_trip("(a in [\"x\"]) == c"), "(a in [\"x\"]) == c");
}

#[test]
fn a_chain_keeps_the_brackets_its_author_put_in_it() {
    assert_eq!(
        round_trip("a and b and c and d and e"),
        "a and b and c and d and e"
    );
    assert_eq!(round_trip("(a and b) and c"), "(a and b) and c");
    assert_eq!(round_trip("a or (b or c) or d"), "a or (b or c) or d");
    // The same tree as `a and b and (c and d)`, which is how it prints.
    assert_eq!(
        round_trip("a and (b and (c and d))"),
        "a and b and (c and d)"
    );
}

/// Conditions built from a small grammar by a fixed pseudo-random sequence: every one round
/// trips, whatever nesting of `not`, brackets, `and` and `or` it has.
#[test]
fn generated_conditions_round_trip() {
    let mut seed: u64 = 0x5eed;
    let mut next = |n: u64| {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) % n
    };
    fn atom(pick: u64) -> &'static str {
        [
            "a == 1",
            "b != \"x\"",
            "d < today - 18y",
            "flag",
            "answered(e)",
            "\"k\" in set",
            "t in [\"p\", \"q\"]",
            "any(g, n > -3)",
            "count(g) == 0",
        ][pick as usize]
    }
    for _ in 0..300 {
        let mut text = atom(next(9)).to_string();
        for _ in 0..next(6) {
            text = match next(5) {
                0 => format!("not {text}"),
                1 => format!("({text})"),
                2 => format!("{text} and {}", atom(next(9))),
                3 => format!("{} or ({text})", atom(next(9))),
                _ => format!("({text}) and not {}", atom(next(9))),
            };
        }
        round_trip(&text);
    }
}

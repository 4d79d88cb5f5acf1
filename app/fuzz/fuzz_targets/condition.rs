//! Any text as a condition: parsed, type-checked against fields of every type, evaluated against
//! answers the bytes choose (unknowns included, as the checker evaluates), never a panic. What
//! parses is within the language's limits and goes through serde_json both ways (the island).
//! Also any text as a date field's bound.
#![no_main]

use app::journey::{
    condition::{self, Env, Expr, FieldSig, Scope, Ty, Val},
    date::Date,
};
use app_fuzz::{todays, Bytes};
use libfuzzer_sys::fuzz_target;

/// The fields a condition may read: one of each type, and a group `g` whose items have `i`
/// (a number) and `j` (one of `a`, `b`).
struct Fields {
    in_group: bool,
}

fn sig(ty: Ty, options: Option<&[&str]>) -> FieldSig {
    FieldSig {
        ty,
        options: options.map(|o| o.iter().map(|s| s.to_string()).collect()),
    }
}

impl Scope for Fields {
    fn resolve(&self, name: &str) -> Result<FieldSig, String> {
        Ok(match name {
            "flag" => sig(Ty::Bool, None),
            "n" => sig(Ty::Number, None),
            "t" => sig(Ty::Text, None),
            "d" => sig(Ty::Date, None),
            "choice" => sig(Ty::Text, Some(&["a", "b"])),
            "set" => sig(Ty::Set, Some(&["a", "b"])),
            "addr" => sig(Ty::Address, None),
            "g" => sig(Ty::Group, None),
            "i" if self.in_group => sig(Ty::Number, None),
            "j" if self.in_group => sig(Ty::Text, Some(&["a", "b"])),
            other => return Err(format!("unknown field `{other}`")),
        })
    }

    fn item_scope(&self, group: &str) -> Option<Box<dyn Scope + '_>> {
        (group == "g").then(|| Box::new(Fields { in_group: true }) as Box<dyn Scope>)
    }
}

/// Answers as the bytes choose: each name one of a few values of every kind.
struct Answers {
    values: Vec<Val>,
    items: Option<usize>,
    today: Option<Date>,
}

impl Answers {
    fn new(bytes: &mut Bytes) -> Self {
        let [today, first, last] = todays();
        let pool = [
            Val::Absent,
            Val::Unknown,
            Val::Bool(true),
            Val::Bool(false),
            Val::Number(0),
            Val::Number(i64::MIN),
            Val::Number(i64::MAX),
            Val::Text("a".into()),
            Val::Text(String::new()),
            Val::Date(today),
            Val::Date(first),
            Val::Date(last),
            Val::Set(vec!["a".into()]),
        ];
        Answers {
            values: (0..10)
                .map(|_| pool[bytes.next() % pool.len()].clone())
                .collect(),
            items: [None, Some(0), Some(1), Some(3)][bytes.next() % 4],
            today: [None, Some(today), Some(first), Some(last)][bytes.next() % 4],
        }
    }
}

impl Env for Answers {
    fn value(&self, name: &str) -> Val {
        let at = name.bytes().map(usize::from).sum::<usize>() % self.values.len();
        self.values[at].clone()
    }

    fn items(&self, _group: &str) -> Option<Vec<Box<dyn Env + '_>>> {
        self.items.map(|n| {
            (0..n)
                .map(|k| {
                    Box::new(Answers {
                        values: self
                            .values
                            .iter()
                            .cycle()
                            .skip(k + 1)
                            .take(10)
                            .cloned()
                            .collect(),
                        items: Some(n.saturating_sub(1)),
                        today: self.today,
                    }) as Box<dyn Env>
                })
                .collect()
        })
    }

    fn today(&self) -> Option<Date> {
        self.today
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((seed, rest)) = data.split_at_checked(4) else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    if let Ok(bound) = condition::parse_date_bound(text) {
        for today in todays() {
            bound.on(today);
        }
    }
    let Ok(expr) = condition::parse(text) else {
        return;
    };
    assert!(text.len() <= condition::MAX_LENGTH);
    let json = serde_json::to_string(&expr).expect("a tree serialises");
    let back: Expr = serde_json::from_str(&json).expect("serde_json reads every tree parsed");
    assert_eq!(back, expr);
    condition::canonical(&expr);
    condition::conjuncts(&expr);
    condition::size(&expr);
    let mut names = Vec::new();
    condition::references(&expr, &mut names);
    let checked = condition::check(&expr, &Fields { in_group: false }).is_ok();
    let mut bytes = Bytes(seed);
    let answers = Answers::new(&mut bytes);
    let result = condition::eval(&expr, &answers);
    if checked
        && answers.values.iter().all(|v| *v != Val::Unknown)
        && answers.items.is_some()
        && answers.today.is_some()
    {
        // Answers never make a checked condition unknown.
        assert!(
            result.is_some(),
            "{text:?} is unknown with every answer known"
        );
    }
});

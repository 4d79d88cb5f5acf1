//! Any text typed into any kind of field: read, checked against the kind's bounds, read as
//! conditions see it and shown, never a panic. Also the parsers behind them, and dates moved and
//! counted at the ends of the calendar.
#![no_main]

use app::journey::{
    date::{Date, DateBound, Period},
    fields::{self, FieldKind},
    flow::Answers,
    value, AccountNumber, Answer, IdentityNumber, Money, OrgNumber,
};
use app_fuzz::todays;
use libfuzzer_sys::fuzz_target;

fn kinds() -> Vec<FieldKind> {
    let day = |y, m, d| DateBound::On(Date::new(y, m, d).expect("a date"));
    vec![
        FieldKind::Text { max_length: 5 },
        FieldKind::Text { max_length: 200 },
        FieldKind::LongText { max_length: 4000 },
        FieldKind::Number {
            min: None,
            max: None,
        },
        FieldKind::Number {
            min: Some(i64::MIN),
            max: Some(i64::MAX),
        },
        FieldKind::Money {
            min: Some(0),
            max: Some(i64::MAX),
        },
        FieldKind::Money {
            min: Some(i64::MIN),
            max: None,
        },
        FieldKind::Date {
            not_before: DateBound::DEFAULT_FLOOR,
            not_after: None,
        },
        FieldKind::Date {
            not_before: DateBound::Today(vec![Period::Years(-120), Period::Days(i32::MIN)]),
            not_after: Some(DateBound::Today(vec![Period::Months(i32::MAX)])),
        },
        FieldKind::Date {
            not_before: day(1000, 1, 1),
            not_after: Some(day(9999, 12, 31)),
        },
        FieldKind::YesNo,
        FieldKind::OneOf(vec!["a".into(), "b".into()]),
        FieldKind::ManyOf(vec!["a".into(), "b".into()]),
        FieldKind::IdentityNumber,
        FieldKind::OrganisationNumber,
        FieldKind::BankAccount,
        FieldKind::Email,
        FieldKind::Phone,
        FieldKind::Address,
        FieldKind::Group { min: 0, max: 50 },
        FieldKind::Group { min: 3, max: 1 },
    ]
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let parts: Vec<&str> = text.split('\n').collect();
    let answers = [
        Answer::Text(text.to_string()),
        Answer::Choices(text.split(',').map(str::to_string).collect()),
        Answer::Address {
            street: parts.first().copied().unwrap_or_default().to_string(),
            postcode: parts.get(1).copied().unwrap_or_default().to_string(),
            city: parts.get(2).copied().unwrap_or_default().to_string(),
        },
        Answer::Items(vec![Answers::default(); data.len() % 60]),
    ];
    for kind in kinds() {
        kind.shape();
        kind.condition_type();
        kind.finite_values();
        fields::display(&kind, &text);
        for answer in &answers {
            let _ = value::parse(&kind, answer);
            for today in todays() {
                let _ = value::read(&kind, answer, today);
                fields::check(&kind, answer, today);
                fields::condition_value(&kind, Some(answer), today);
            }
        }
    }
    let _ = IdentityNumber::parse(&text);
    let _ = OrgNumber::parse(&text);
    let _ = AccountNumber::parse(&text);
    let _ = Money::parse(&text);
    for date in [Date::parse_input(&text), Date::parse_iso(&text)]
        .into_iter()
        .flatten()
    {
        assert_eq!(Date::from_days(date.days()), Some(date));
        assert_eq!(Date::parse_iso(&date.to_string()), Some(date));
    }
    // Dates moved by any amount and counted from any day number: a date or none, never a panic.
    if let Some(bytes) = data.get(..8) {
        let n = i64::from_le_bytes(bytes.try_into().expect("eight bytes"));
        Date::from_days(n);
        let small = n as i32;
        for today in todays() {
            for period in [
                Period::Years(small),
                Period::Months(small),
                Period::Days(small),
            ] {
                today.shift(period);
                DateBound::Today(vec![period, period]).on(today);
            }
        }
    }
});

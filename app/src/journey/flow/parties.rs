//! Who takes part besides the applicant, on the answers as submitted: each party whose condition
//! holds, with the people its identity-number answer names (one, or one per group item).

use super::{holds, top_env, walk, Answers};
use crate::journey::{
    date::Date, fields::Answer, model::Journey, model::Party, Agency, IdentityNumber,
};

/// One who must act on a submission: the party they are, and the person or organisation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Participant {
    pub party: String,
    /// The person's identity number; empty for an organisation.
    pub pid: String,
    /// The organisation whose staff answer, for an organisation party.
    pub organisation: Option<Agency>,
}

/// The people who take part besides the applicant, in the journey's order of parties; the same
/// person named twice in one party is one participant. A number that is not an identity number
/// names no one (the step's own checks refused it before submit).
pub fn participants(journey: &Journey, answers: &Answers, today: Date) -> Vec<Participant> {
    let shown = walk(journey, answers, today).shown;
    let env = top_env(journey, &shown, today);
    let mut found: Vec<Participant> = Vec::new();
    for party in journey
        .parties
        .iter()
        .filter(|p| holds(p.condition.as_ref(), &env))
    {
        if let Some(agency) = party.organisation {
            found.push(Participant {
                party: party.id.clone(),
                pid: String::new(),
                organisation: Some(agency),
            });
            continue;
        }
        for pid in named(party, &shown) {
            let participant = Participant {
                party: party.id.clone(),
                pid,
                organisation: None,
            };
            if !found.contains(&participant) {
                found.push(participant);
            }
        }
    }
    found
}

fn named(party: &Party, shown: &Answers) -> Vec<String> {
    let number = |answer: Option<&Answer>| match answer {
        Some(Answer::Text(text)) => IdentityNumber::parse(text)
            .ok()
            .map(|n| n.as_str().to_string()),
        _ => None,
    };
    match party.person.split_once('.') {
        None => number(shown.get(&party.person)).into_iter().collect(),
        Some((group, field)) => match shown.get(group) {
            Some(Answer::Items(items)) => items
                .iter()
                .filter_map(|item| number(item.get(field)))
                .collect(),
            _ => Vec::new(),
        },
    }
}

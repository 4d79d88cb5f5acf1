//! Parties: who besides the applicant takes part in a submission (`[[party]]`) — a person (an
//! identity-number answer, present whenever they take part) or an organisation (an agency id),
//! what they must do (answer the steps marked with their id, or consent to the answers they are
//! shown), by when, and whether the submission waits for them. Their steps come after the
//! applicant's, so no answer of the applicant's can depend on theirs, and no service maps their
//! answers (they are sent beside the payload, per party). A party that does not block is named
//! by the services that carry its answer (`party = "<id>"` on a service); a blocking one by none.

use super::{
    conditions::Names,
    raw::{RawParty, RawService, RawStep},
    Checker, FieldInfo,
};
use crate::journey::{
    fields::FieldKind,
    model::{Party, PartyTask, Step},
    Agency,
};
use std::collections::HashMap;

/// A party's default time to answer, in days.
pub const DEFAULT_DEADLINE_DAYS: u32 = 14;

impl Checker<'_> {
    pub(super) fn parties(
        &mut self,
        (raw_parties, raw_steps, raw_services): (&[RawParty], &[RawStep], &[RawService]),
        fields: &HashMap<String, FieldInfo>,
        steps: &[Step],
        (journey_id, messages): (&str, &mut Vec<(String, usize, usize)>),
    ) -> Vec<Party> {
        let ids: Vec<&String> = raw_parties.iter().map(|p| p.id.get_ref()).collect();
        // The party steps: known parties, and after every step of the applicant's.
        let mut first_party_step = None;
        for (index, step) in raw_steps.iter().enumerate() {
            match &step.party {
                Some(party) => {
                    if !ids.contains(&party.get_ref()) {
                        self.error(party, format!("unknown party `{}`", party.get_ref()));
                    }
                    first_party_step.get_or_insert(index);
                }
                None => {
                    if first_party_step.is_some() {
                        self.error(&step.id, format!("step `{}` comes after a party's step; a party's steps come after all of the applicant's", step.id.get_ref()));
                    }
                }
            }
        }
        // Conditions read the applicant's answers only.
        let limit = fields
            .values()
            .filter(|f| first_party_step.is_some_and(|first| f.step >= first))
            .map(|f| f.seq)
            .min()
            .unwrap_or(usize::MAX);
        let applicants = Names {
            fields,
            limit,
            group: None,
        };
        let mut parties = Vec::new();
        for (index, party) in raw_parties.iter().enumerate() {
            let id = party.id.get_ref();
            if ids[..index].contains(&id) {
                self.error(&party.id, format!("party id `{id}` is used twice"));
            }
            let (line, column) = self.position(party.id.span().start);
            messages.push((format!("{journey_id}-party-{id}"), line, column));
            let task = PartyTask::parse(party.task.get_ref()).unwrap_or_else(|| {
                self.error(
                    &party.task,
                    format!(
                        "unknown task `{}`; a party's task is `answer` or `consent`",
                        party.task.get_ref()
                    ),
                );
                PartyTask::Consent
            });
            let own_steps = steps
                .iter()
                .filter(|s| s.party.as_deref() == Some(id))
                .count();
            match task {
                PartyTask::Answer if own_steps == 0 => self.error(&party.task, format!("party `{id}` answers, but no step has `party = \"{id}\"`")),
                PartyTask::Consent if own_steps > 0 => self.error(&party.task, format!("party `{id}` consents and answers no step; remove `party = \"{id}\"` from its steps or make its task `answer`")),
                _ => {}
            }
            let condition = party
                .condition
                .as_ref()
                .and_then(|c| self.condition(c, &applicants));
            let blocking = party.blocking.as_ref().is_none_or(|b| *b.get_ref());
            let carriers: Vec<&RawService> = raw_services
                .iter()
                .filter(|s| s.party.as_ref().is_some_and(|p| p.get_ref() == id))
                .collect();
            match (blocking, carriers.first()) {
                (true, Some(service)) => {
                    let at = service.party.as_ref().unwrap_or(&service.id);
                    self.error(at, format!("party `{id}` blocks the whole submission; only a party with `blocking = false` is named by a service"));
                }
                (false, None) => {
                    let at = party
                        .blocking
                        .as_ref()
                        .map_or(party.id.span().start, |b| b.span().start);
                    self.error_at(at, format!("party `{id}` does not block, so a service must carry its answer: add `party = \"{id}\"` to it"));
                }
                _ => {}
            }
            let (person, organisation) = match (&party.person, &party.organisation) {
                (Some(person), None) => {
                    self.person(person, id, (condition.as_ref(), limit), fields, steps);
                    (person.get_ref().clone(), None)
                }
                (None, Some(organisation)) => {
                    let agency = Agency::parse(organisation.get_ref());
                    if agency.is_none() {
                        self.error(
                            organisation,
                            format!("unknown agency `{}`", organisation.get_ref()),
                        );
                    }
                    (String::new(), agency)
                }
                (Some(_), Some(organisation)) => {
                    self.error(
                        organisation,
                        format!("party `{id}` is a `person` or an `organisation`, not both"),
                    );
                    (String::new(), None)
                }
                (None, None) => {
                    self.error(&party.id, format!("party `{id}` needs a `person` (an identity-number answer) or an `organisation` (an agency id)"));
                    (String::new(), None)
                }
            };
            let mut show = Vec::new();
            for shown in &party.show {
                match fields.get(shown.get_ref()) {
                    Some(info) if info.group.is_none() && info.seq < limit => {
                        show.push(shown.get_ref().clone())
                    }
                    _ => self.error(
                        shown,
                        format!(
                            "`{}` is not an answer of the applicant's to show",
                            shown.get_ref()
                        ),
                    ),
                }
            }
            let deadline_days = match &party.deadline_days {
                Some(days) if (1..=90).contains(days.get_ref()) => *days.get_ref(),
                Some(days) => {
                    self.error(days, "deadline_days is 1 to 90");
                    DEFAULT_DEADLINE_DAYS
                }
                None => DEFAULT_DEADLINE_DAYS,
            };
            parties.push(Party {
                id: id.clone(),
                person,
                organisation,
                blocking,
                condition,
                task,
                show,
                deadline_days,
            });
        }
        for service in raw_services {
            if let Some(party) = &service.party {
                if !ids.contains(&party.get_ref()) {
                    self.error(party, format!("unknown party `{}`", party.get_ref()));
                }
            }
        }
        parties
    }

    /// Who a person party is: an identity number the applicant gave, present whenever the
    /// party takes part.
    fn person(
        &mut self,
        person: &toml::Spanned<String>,
        id: &str,
        (condition, limit): (Option<&crate::journey::condition::Expr>, usize),
        fields: &HashMap<String, FieldInfo>,
        steps: &[Step],
    ) {
        let written = person;
        let person = person.get_ref();
        let (top, item) = match person.split_once('.') {
            Some((group, field)) => (group, Some(field)),
            None => (person.as_str(), None),
        };
        let named = match item {
            Some(field) => fields
                .get(field)
                .filter(|f| f.group.as_deref() == Some(top)),
            None => fields.get(top).filter(|f| f.group.is_none()),
        };
        match named {
            None => self.error(written, format!("unknown field `{person}`")),
            Some(info) if info.kind != FieldKind::IdentityNumber => self.error(
                written,
                format!("`{person}` names the party, so it must be an identity_number field"),
            ),
            Some(info) if info.seq >= limit => self.error(
                written,
                format!("`{person}` is answered by a party; the applicant names the party"),
            ),
            Some(_) => {
                if let Some(why) =
                    self.may_be_absent(top, condition, fields, steps, written.span().start, id)
                {
                    self.error(written, format!("`{top}` may be absent when party `{id}` takes part ({why}); give the party the same condition"));
                }
            }
        }
    }
}

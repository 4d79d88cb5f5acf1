//! Services: the calls to agencies a submission makes — known agencies, services that do not
//! wait for each other in a circle, and payloads that map only answers present whenever the
//! service is sent.

use super::{conditions::Names, raw::RawService, Checker, FieldInfo};
use crate::journey::{
    condition::{self, Expr},
    model::{Mapping, Service, Step},
    Agency,
};
use std::collections::HashMap;

impl Checker<'_> {
    pub(super) fn services(
        &mut self,
        raw: &[RawService],
        fields: &HashMap<String, FieldInfo>,
        steps: &[Step],
    ) -> Vec<Service> {
        let everything = Names {
            fields,
            limit: usize::MAX,
            group: None,
        };
        let ids: Vec<&String> = raw.iter().map(|s| s.id.get_ref()).collect();
        let mut services = Vec::new();
        for (index, service) in raw.iter().enumerate() {
            if ids[..index].contains(&service.id.get_ref()) {
                self.error(
                    &service.id,
                    format!("service id `{}` is used twice", service.id.get_ref()),
                );
            }
            let agency = Agency::parse(service.agency.get_ref()).unwrap_or_else(|| {
                self.error(
                    &service.agency,
                    format!("unknown agency `{}`", service.agency.get_ref()),
                );
                Agency::Nav
            });
            let condition = service
                .condition
                .as_ref()
                .and_then(|c| self.condition(c, &everything));
            for after in &service.after {
                if !ids.contains(&after.get_ref()) {
                    self.error(after, format!("unknown service `{}`", after.get_ref()));
                }
            }
            let mut payload = Vec::new();
            // Many keys may map one field: whether it may be absent is asked once.
            let mut absence: HashMap<&str, Option<String>> = HashMap::new();
            for (key, value) in &service.payload {
                let (name, optional) = match value.get_ref().strip_suffix('?') {
                    Some(name) => (name, true),
                    None => (value.get_ref().as_str(), false),
                };
                let Some(info) = fields.get(name) else {
                    self.error(value, format!("unknown field `{name}`"));
                    continue;
                };
                if let Some(party) = &steps[info.step].party {
                    self.error(value, format!("`{name}` is answered by party `{party}`; a party's answers are sent beside the payload"));
                    continue;
                }
                if let Some(group) = &info.group {
                    self.error(value, format!("`{name}` is inside the group `{group}`; map the group `{group}` as a whole"));
                    continue;
                }
                if !optional {
                    let why = match absence.get(name) {
                        Some(known) => known.clone(),
                        None => {
                            let why = self.may_be_absent(
                                name,
                                condition.as_ref(),
                                fields,
                                steps,
                                value.span().start,
                                service.id.get_ref(),
                            );
                            absence.insert(name, why.clone());
                            why
                        }
                    };
                    if let Some(why) = why {
                        self.error(value, format!("`{name}` may be absent when `{}` is sent ({why}); write \"{name}?\" or give the service the same condition", service.id.get_ref()));
                    }
                }
                payload.push(Mapping {
                    key: key.get_ref().clone(),
                    field: name.to_string(),
                    optional,
                });
            }
            services.push(Service {
                id: service.id.get_ref().clone(),
                agency,
                operation: service.operation.clone(),
                condition,
                after: service.after.iter().map(|a| a.get_ref().clone()).collect(),
                party: service.party.as_ref().map(|p| p.get_ref().clone()),
                payload,
            });
        }
        // Services that wait for each other would never be sent.
        for (index, service) in raw.iter().enumerate() {
            let mut seen = vec![index];
            let mut stack: Vec<&str> = service.after.iter().map(|a| a.get_ref().as_str()).collect();
            while let Some(id) = stack.pop() {
                let Some(j) = ids.iter().position(|s| *s == id) else {
                    continue;
                };
                if j == index {
                    self.error(
                        &service.id,
                        format!(
                            "service `{}` waits for itself through `after`",
                            service.id.get_ref()
                        ),
                    );
                    break;
                }
                if !seen.contains(&j) {
                    seen.push(j);
                    stack.extend(raw[j].after.iter().map(|a| a.get_ref().as_str()));
                }
            }
        }
        services
    }
}

impl Checker<'_> {
    /// Why a field may be absent when a service with `condition` is sent, if it may (what is too
    /// complex to prove is taken as present, with a warning at `at`).
    pub(super) fn may_be_absent(
        &mut self,
        name: &str,
        condition: Option<&Expr>,
        fields: &HashMap<String, FieldInfo>,
        steps: &[Step],
        at: usize,
        service: &str,
    ) -> Option<String> {
        let info = &fields[name];
        let (step_index, step) = (info.step, &steps[info.step]);
        let field = step.fields.iter().find(|f| f.id == name)?;
        if !field.required && !field.kind.is_group() {
            return Some("it is optional".into());
        }
        // What must hold for the field to be shown: its step shown, itself shown, and no earlier
        // branch jumping past its step.
        // A part of the field's showing that the service's own condition repeats always holds.
        let guarded: Vec<String> = condition
            .map(|c| {
                condition::conjuncts(c)
                    .into_iter()
                    .map(condition::canonical)
                    .collect()
            })
            .unwrap_or_default();
        let mut hiding: Vec<&Expr> = Vec::new();
        for shown in step.show_if.iter().chain(field.show_if.iter()) {
            hiding.extend(
                condition::conjuncts(shown)
                    .into_iter()
                    .filter(|c| !guarded.contains(&condition::canonical(c))),
            );
        }
        let mut jumps: Vec<&Expr> = Vec::new();
        for earlier in &steps[..step_index] {
            for branch in earlier.next.iter().filter(|b| b.to > step_index) {
                match &branch.condition {
                    Some(c) => jumps.push(c),
                    None => return Some("a branch always jumps past its step".into()),
                }
            }
        }
        if hiding.is_empty() && jumps.is_empty() {
            return None;
        }
        let mut all: Vec<&Expr> = condition.into_iter().collect();
        let offset = all.len();
        all.extend(hiding.iter().copied());
        let shown_until = all.len();
        all.extend(jumps.iter().copied());
        let what = format!("that `{name}` is present whenever `{service}` is sent");
        let absent = self.prove(&all, fields, at, &what, |r| {
            let sent = offset == 0 || r[0] != Some(false);
            let hidden = r[offset..shown_until].iter().any(|v| *v != Some(true))
                || r[shown_until..].iter().any(|v| *v != Some(false));
            sent && hidden
        });
        (absent == Some(true)).then(|| "it is shown only on some paths".into())
    }
}

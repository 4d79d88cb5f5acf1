//! The register access logs on *My page*: what was read for the citizen (grouped by journey
//! start), and what was read about them for someone else's.

use super::text::{display_time, register_name, title_of};
use crate::{
    domain::{CaseRead, Instant, RegisterRead},
    i18n::{tr, tr_with},
};
use leptos::prelude::*;

/// The reads made for the citizen, one group per journey start (the look-ups of one start),
/// newest first: `(draft id, journey id, when it started, its reads)`.
fn reads_by_start(reads: &[RegisterRead]) -> Vec<(&str, &str, Instant, Vec<&RegisterRead>)> {
    let mut groups: Vec<(&str, &str, Instant, Vec<&RegisterRead>)> = Vec::new();
    for read in reads {
        match groups
            .iter_mut()
            .find(|(draft, journey, ..)| *draft == read.draft_id && *journey == read.journey_id)
        {
            Some(group) => {
                group.2 = group.2.min(read.read_at);
                group.3.push(read);
            }
            None => groups.push((&read.draft_id, &read.journey_id, read.read_at, vec![read])),
        }
    }
    groups
}

/// "Opplysninger vi har hentet": the reads made for the citizen, grouped by journey start. The
/// newest start is shown; older ones are folded in `<details>` (which opens without JavaScript),
/// each table captioned with its start.
pub(super) fn own_reads_log(reads: &[RegisterRead]) -> impl IntoView {
    let id = "register-reads";
    let groups = reads_by_start(reads);
    let table = |caption: String, reads: &[&RegisterRead], labelled_by: Option<String>| {
        let rows = reads
            .iter()
            .map(|read| {
                view! {
                    <tr>
                        <td>{display_time(&read.read_at)}</td>
                        <td>{register_name(&read.register)}</td>
                        <td>{tr(&format!("lookup-{}", read.lookup))}</td>
                        <td>{tr(read.outcome.message_id())}</td>
                    </tr>
                }
            })
            .collect_view();
        // The region is named by the start's heading, or (folded away) by its caption's text.
        let label = labelled_by.is_none().then(|| caption.clone());
        view! {
            <div class="table-scroll" role="region" aria-label=label aria-labelledby=labelled_by tabindex="0">
                <table class="ds-table" data-size="sm">
                    <caption class="visually-hidden">{caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{tr("my-page-reads-time")}</th>
                            <th scope="col">{tr("my-page-reads-register")}</th>
                            <th scope="col">{tr("my-page-reads-what")}</th>
                            <th scope="col">{tr("my-page-reads-result")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    };
    let title = |journey: &str, started: &Instant| {
        tr_with(
            "my-page-reads-start",
            &[
                ("journey", title_of(journey)),
                ("time", display_time(started)),
            ],
        )
    };
    let newest = groups.first().map(|(_, journey, started, reads)| {
        let heading = title(journey, started);
        let heading_id = format!("{id}-latest");
        view! {
            <h3 class="ds-heading" data-size="xs" id=heading_id.clone()>{heading.clone()}</h3>
            {table(heading, reads, Some(heading_id))}
        }
    });
    let older = groups
        .iter()
        .skip(1)
        .map(|(_, journey, started, reads)| {
            let heading = title(journey, started);
            view! {
                <details class="ds-details reads-start">
                    <summary>{heading.clone()}</summary>
                    <div>{table(heading, reads, None)}</div>
                </details>
            }
        })
        .collect_view();
    let earlier = (groups.len() > 1).then(
        || view! { <h3 class="ds-heading" data-size="xs">{tr("my-page-reads-earlier")}</h3> },
    );
    view! {
        <h2 class="ds-heading" data-size="md" id=id>{tr("my-page-reads")}</h2>
        <p class="ds-paragraph">{tr("my-page-reads-intro")}</p>
        {reads.is_empty().then(|| view! { <p class="ds-paragraph">{tr("my-page-no-reads")}</p> })}
        {newest}
        {earlier}
        {older}
    }
}

/// A register access log on "My page" of the reads of the citizen's records made for someone
/// else (what they were read as, when and why).
pub(super) fn reads_log(
    id: &'static str,
    heading: &'static str,
    none: &'static str,
    reads: &[RegisterRead],
) -> impl IntoView {
    let rows = reads
        .iter()
        .map(|read| {
            view! {
                <tr>
                    <td>{display_time(&read.read_at)}</td>
                    <td>{register_name(&read.register)}</td>
                    <td>{tr(&format!("read-as-{}", read.lookup))}</td>
                    <td>{title_of(&read.journey_id)}</td>
                </tr>
            }
        })
        .collect_view();
    let table = (!reads.is_empty()).then(|| {
        view! {
            <div class="table-scroll" role="region" aria-labelledby=id tabindex="0">
                <table class="ds-table" data-size="sm">
                    <caption class="visually-hidden">{tr(heading)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{tr("my-page-reads-time")}</th>
                            <th scope="col">{tr("my-page-reads-register")}</th>
                            <th scope="col">{tr("my-page-reads-what")}</th>
                            <th scope="col">{tr("my-page-reads-why")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    });
    view! {
        <h2 class="ds-heading" data-size="md" id=id>{tr(heading)}</h2>
        <p class="ds-paragraph">{tr(&format!("{heading}-intro"))}</p>
        {reads.is_empty().then(|| view! { <p class="ds-paragraph">{tr(none)}</p> })}
        {table}
    }
}

/// "Who read my applications": each time a caseworker opened one of the citizen's cases — the
/// agency, in what role, which application, when.
pub(super) fn case_reads_log(reads: &[CaseRead]) -> impl IntoView {
    let id = "case-reads";
    let rows = reads
        .iter()
        .map(|read| {
            view! {
                <tr>
                    <td>{display_time(&read.at)}</td>
                    <td>{tr(&read.agency.name_message_id())}</td>
                    <td>{tr(&format!("my-page-case-reads-role-{}", read.role.as_str()))}</td>
                    <td>{format!("{} ({})", title_of(&read.journey_id), read.reference)}</td>
                </tr>
            }
        })
        .collect_view();
    let table = (!reads.is_empty()).then(|| {
        view! {
            <div class="table-scroll" role="region" aria-labelledby=id tabindex="0">
                <table class="ds-table" data-size="sm">
                    <caption class="visually-hidden">{tr("my-page-case-reads")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{tr("my-page-reads-time")}</th>
                            <th scope="col">{tr("my-page-case-reads-agency")}</th>
                            <th scope="col">{tr("my-page-case-reads-role")}</th>
                            <th scope="col">{tr("my-page-case-reads-application")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    });
    view! {
        <h2 class="ds-heading" data-size="md" id=id>{tr("my-page-case-reads")}</h2>
        <p class="ds-paragraph">{tr("my-page-case-reads-intro")}</p>
        {reads.is_empty().then(|| view! { <p class="ds-paragraph">{tr("my-page-no-case-reads")}</p> })}
        {table}
    }
}

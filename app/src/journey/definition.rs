//! A journey definition as written in a `journeys/*.toml` file.

use serde::Deserialize;
use std::fmt;

/// A journey's id: lowercase ASCII letters, digits and single hyphens, as used in URLs and in
/// Fluent message ids (`<id>-title`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(transparent)]
pub struct JourneyId(String);

impl JourneyId {
    pub fn parse(raw: &str) -> Result<Self, String> {
        let valid = !raw.is_empty()
            && raw.len() <= 64
            && raw
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !raw.starts_with('-')
            && !raw.ends_with('-')
            && !raw.contains("--");
        if valid {
            Ok(Self(raw.to_string()))
        } else {
            Err(format!(
                "journey id `{raw}` must be 1-64 lowercase letters, digits and single hyphens"
            ))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for JourneyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for JourneyId {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(d)?;
        JourneyId::parse(&raw).map_err(serde::de::Error::custom)
    }
}

/// The ID-porten security level a journey demands at login.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SecurityLevel {
    /// `idporten-loa-substantial` (MinID and up).
    Substantial,
    /// `idporten-loa-high` (BankID, Buypass, Commfides).
    High,
}

/// The agencies Veiviser knows. Each has a Fluent name, `agency-<id>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Agency {
    Nav,
    Skatteetaten,
    Brreg,
    Domstol,
    Kommune,
    Helfo,
    /// Lotteri- og stiftelsestilsynet: the VAT compensation of voluntary organisations.
    Lottstift,
    /// The health service (the hospital or doctor treating a patient): it answers tasks, such as
    /// confirming a child's illness, and takes no calls.
    Helse,
}

impl Agency {
    pub const ALL: [Agency; 8] = [
        Agency::Nav,
        Agency::Skatteetaten,
        Agency::Brreg,
        Agency::Domstol,
        Agency::Kommune,
        Agency::Helfo,
        Agency::Lottstift,
        Agency::Helse,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Agency::Nav => "nav",
            Agency::Skatteetaten => "skatteetaten",
            Agency::Brreg => "brreg",
            Agency::Domstol => "domstol",
            Agency::Kommune => "kommune",
            Agency::Helfo => "helfo",
            Agency::Lottstift => "lottstift",
            Agency::Helse => "helse",
        }
    }

    pub fn parse(raw: &str) -> Option<Agency> {
        Agency::ALL.into_iter().find(|agency| agency.id() == raw)
    }

    /// The Fluent message id of the agency's name.
    pub fn name_message_id(self) -> String {
        format!("agency-{}", self.id())
    }

    /// The Fluent message id of the agency's name inside a sentence ("Messages with the
    /// municipality"), where a title's capital would be wrong.
    pub fn name_in_text_message_id(self) -> String {
        format!("agency-{}-in-text", self.id())
    }
}

/// The `[journey]` table: what the landing page and the life event's page show, and what
/// login demands.
#[derive(Clone, Debug, PartialEq, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct JourneyMeta {
    pub id: JourneyId,
    /// Position on the landing page (the digitalisation strategy's order).
    pub order: u32,
    /// The agency that owns and configures the journey.
    pub owner: Agency,
    pub security_level: SecurityLevel,
    pub version: u32,
    /// Every agency that takes part, in the order the citizen meets them.
    pub agencies: Vec<Agency>,
}

impl JourneyMeta {
    /// The Fluent message ids this journey's metadata needs, in every language.
    pub fn message_ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = ["title", "summary", "intro", "duration"]
            .iter()
            .map(|suffix| format!("{}-{suffix}", self.id))
            .collect();
        ids.extend(self.agencies.iter().map(|a| a.name_message_id()));
        ids.push(self.owner.name_message_id());
        ids
    }

    pub fn title_id(&self) -> String {
        format!("{}-title", self.id)
    }
    pub fn summary_id(&self) -> String {
        format!("{}-summary", self.id)
    }
    pub fn intro_id(&self) -> String {
        format!("{}-intro", self.id)
    }
    pub fn duration_id(&self) -> String {
        format!("{}-duration", self.id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn journey_ids_are_url_and_message_safe() {
        assert!(JourneyId::parse("fa-barn").is_ok());
        assert!(JourneyId::parse("ny-i-norge2").is_ok());
        for bad in [
            "", "Fa-barn", "fa barn", "-fa", "fa-", "fa--barn", "få-barn", "../x",
        ] {
            assert!(JourneyId::parse(bad).is_err(), "{bad:?} should be refused");
        }
        assert!(JourneyId::parse(&"a".repeat(65)).is_err());
    }
}

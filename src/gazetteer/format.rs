//! The gazetteer's file format, shared by the built-in data and a user's
//! `entities.yaml`. `build.rs` reads this file too, to check the built-in
//! YAML and compile it, so it names nothing else of the crate.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One gazetteer file; every section is optional.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GazetteerFile {
    #[serde(default)]
    pub countries: Vec<CountryEntry>,
    #[serde(default)]
    pub organizations: Vec<OrganizationEntry>,
    #[serde(default)]
    pub people: Vec<PersonEntry>,
    #[serde(default)]
    pub places: Vec<PlaceGroup>,
}

/// Places inside one country: evidence of where a story is set, never speakers.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlaceGroup {
    pub country: String,
    pub names: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CountryEntry {
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub demonyms: Vec<String>,
    #[serde(default)]
    pub capital: Option<String>,
    #[serde(default)]
    pub code: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrganizationEntry {
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub kind: String,
    #[serde(default)]
    pub country: Option<String>,
    /// Short forms the body goes by only in its own country's stories: "DFO" is
    /// Fisheries and Oceans Canada in a Nova Scotia story, a forest officer in an
    /// Indian one.
    #[serde(default)]
    pub home_aliases: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PersonEntry {
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub country: String,
    #[serde(default)]
    pub gender: Option<String>,
    #[serde(default)]
    pub offices: Vec<OfficeEntry>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OfficeEntry {
    pub office: String,
    pub title: String,
    pub from: NaiveDate,
    #[serde(default)]
    pub to: Option<NaiveDate>,
}

impl OfficeEntry {
    /// Whether the term covers `date`; with no date, whether it is current.
    pub fn held_on(&self, date: Option<NaiveDate>) -> bool {
        match date {
            Some(d) => self.from <= d && self.to.is_none_or(|to| d < to),
            None => self.to.is_none(),
        }
    }
}

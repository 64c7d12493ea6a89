//! Role words in descriptions ("leader", "president", "foreign minister")
//! mapped to the offices of the gazetteer.

use crate::segment::wordset::WordSet;

/// Countries where a generic "leader" means the head of government.
static PARLIAMENTARY: WordSet = WordSet::new(&[
    "United Kingdom", "Germany", "Italy", "Japan", "India", "Israel", "Canada", "Australia", "Spain", "Netherlands",
    "Belgium", "Sweden", "Norway", "Denmark", "Austria", "Ireland", "Greece", "Portugal", "Hungary", "Poland",
    "Czech Republic", "New Zealand", "Pakistan", "Iraq", "Thailand",
]);

/// The office (and title, when the word names one) a role word refers to in `country`.
pub fn role_office(word: &str, country: &str) -> Option<(&'static str, Option<&'static str>)> {
    let generic_head = if PARLIAMENTARY.contains(country) { "head-of-government" } else { "head-of-state" };
    Some(match word.to_lowercase().as_str() {
        "leader" | "dictator" | "strongman" | "ruler" | "despot" | "tyrant" | "autocrat" | "head of state" => {
            (generic_head, None)
        }
        "supreme leader" => ("head-of-state", Some("supreme leader")),
        "president" => ("head-of-state", Some("president")),
        "king" => ("head-of-state", Some("king")),
        "prime minister" | "premier" | "pm" => ("head-of-government", Some("prime minister")),
        "chancellor" => ("head-of-government", Some("chancellor")),
        "foreign minister"
        | "foreign secretary"
        | "secretary of state"
        | "top diplomat"
        | "external affairs minister" => ("foreign-minister", None),
        "defence minister"
        | "defense minister"
        | "defence secretary"
        | "defense secretary"
        | "secretary of defense" => ("defence-minister", None),
        "spokesman" | "spokeswoman" | "spokesperson" => ("spokesperson", None),
        _ => return None,
    })
}

//! The built-in gazetteer, compiled into the binary. `build.rs` parses the
//! YAML under `data/gazetteer/` and writes it out as JSON, which reads back
//! in a seventeenth of the instructions: parsing the YAML at start-up was a
//! quarter of a one-article run.

use super::format::{GazetteerFile, PlaceGroup};

/// The built-in files, in the order of `build.rs`'s `FILES`.
const BUILTIN: &str = include_str!(concat!(env!("OUT_DIR"), "/gazetteer.json"));

/// Read only when an article names no country: most never need it.
const BUILTIN_PLACES: &str = include_str!(concat!(env!("OUT_DIR"), "/places.json"));

pub fn builtin() -> Vec<GazetteerFile> {
    serde_json::from_str(BUILTIN).expect("build.rs writes valid gazetteer JSON")
}

/// The built-in places, by country.
pub fn builtin_places() -> Vec<PlaceGroup> {
    serde_json::from_str(BUILTIN_PLACES).expect("build.rs writes valid places JSON")
}

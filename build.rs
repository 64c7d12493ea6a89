//! Compiles the built-in gazetteer: checks every YAML file under
//! `data/gazetteer/` against the gazetteer's format and writes it out as
//! JSON into `OUT_DIR`, so that a broken entry fails the build (with file and
//! line) and the binary reads the data back without a YAML parser at start-up.

#[allow(dead_code)]
#[path = "src/gazetteer/format.rs"]
mod format;

use format::GazetteerFile;
use std::path::{Path, PathBuf};

/// Order matters: an earlier file's name wins a surface two files share.
const FILES: &[&str] = &["countries.yaml", "organizations.yaml", "agencies.yaml", "people.yaml", "people-world.yaml"];
const PLACES: &str = "places.yaml";

fn main() {
    let dir = Path::new("data/gazetteer");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let files: Vec<GazetteerFile> = FILES.iter().map(|name| parse(&dir.join(name))).collect();
    write(&out.join("gazetteer.json"), &files);
    write(&out.join("places.json"), &parse(&dir.join(PLACES)).places);
}

fn parse(path: &Path) -> GazetteerFile {
    println!("cargo:rerun-if-changed={}", path.display());
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut budget = serde_saphyr::Budget::default();
    budget.max_nodes = budget.max_nodes.max(text.len());
    budget.max_events = budget.max_events.max(text.len() * 2);
    let mut options = serde_saphyr::Options::default();
    options.budget = Some(budget);
    serde_saphyr::from_str_with_options(&text, options).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn write<T: serde::Serialize>(path: &Path, value: &T) {
    let json = serde_json::to_string(value).expect("gazetteer data serialises");
    std::fs::write(path, json).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}

//! All YAML reading and writing goes through here, so the choice of YAML
//! library (serde-saphyr) stays a one-module decision.

use crate::{Error, Result};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_saphyr::Options;

/// Parse YAML from `text`; `origin` names the file in errors, with the line.
pub fn parse<T: DeserializeOwned>(text: &str, origin: &str) -> Result<T> {
    serde_saphyr::from_str_with_options(text, options()).map_err(|e| {
        let (line, message) = describe(&e);
        Error::record(origin, line, message)
    })
}

pub fn to_string<T: Serialize>(value: &T) -> Result<String> {
    serde_saphyr::to_string(value).map_err(|e| Error::Usage(format!("cannot write YAML: {e}")))
}

/// serde-saphyr's default budgets (depth 64, 250,000 nodes, bounded alias
/// expansion) keep a hostile record (an alias bomb, deep nesting) from
/// exhausting memory while staying far above any real record.
fn options() -> Options {
    Options::default()
}

fn describe(e: &serde_saphyr::Error) -> (Option<usize>, String) {
    let text = e.to_string();
    let first = text.lines().next().unwrap_or("invalid YAML").trim().to_string();
    let line = e.location().map(|l| l.line() as usize).filter(|&l| l > 0).or_else(|| line_in_message(&text));
    (line, strip_location(&first))
}

fn line_in_message(text: &str) -> Option<usize> {
    let at = text.find("line ")?;
    text[at + 5..].split(|c: char| !c.is_ascii_digit()).next()?.parse().ok()
}

fn strip_location(message: &str) -> String {
    match message.find(" at line ") {
        Some(at) => message[..at].to_string(),
        None => message.to_string(),
    }
}

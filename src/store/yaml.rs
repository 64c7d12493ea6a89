//! All YAML reading and writing goes through here, so the choice of YAML
//! library (serde-saphyr) stays a one-module decision.

use crate::{Error, Result};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_saphyr::Options;

/// Parse YAML from `text`; `origin` names the file in errors, with the line.
pub fn parse<T: DeserializeOwned>(text: &str, origin: &str) -> Result<T> {
    serde_saphyr::from_str_with_options(text, options(text.len())).map_err(|e| {
        let (line, message) = describe(&e);
        Error::record(origin, line, message)
    })
}

pub fn to_string<T: Serialize>(value: &T) -> Result<String> {
    serde_saphyr::to_string(value).map_err(|e| Error::Usage(format!("cannot write YAML: {e}")))
}

/// serde-saphyr's budgets (depth 64, bounded alias expansion) keep a hostile
/// record (an alias bomb, deep nesting) from exhausting memory. The node and
/// event budgets grow with the text, since without aliases a node takes at
/// least a byte: a record `add` wrote for a megabyte article (thousands of
/// claims) must read back, while alias expansion stays capped as before.
fn options(text_len: usize) -> Options {
    let mut budget = serde_saphyr::Budget::default();
    budget.max_nodes = budget.max_nodes.max(text_len);
    budget.max_events = budget.max_events.max(text_len.saturating_mul(2));
    let mut options = Options::default();
    options.budget = Some(budget);
    options
}

fn describe(e: &serde_saphyr::Error) -> (Option<usize>, String) {
    let text = e.to_string();
    let first = text.lines().next().unwrap_or("invalid YAML").trim().to_string();
    let line = e.location().map(|l| l.line() as usize).filter(|&l| l > 0).or_else(|| line_in_message(&text));
    (line, plain(&strip_location(&first)))
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

/// The library's message in the user's terms: without the "error: line N
/// column M:" it repeats (the caller gives the line once), its advice about
/// its own API, or a Rust debug dump of the limit that was hit.
fn plain(message: &str) -> String {
    let mut m = message.strip_prefix("error: ").unwrap_or(message);
    if let Some(rest) = m.strip_prefix("line ") {
        let after_position = rest.trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ' || c == ',');
        let after_position = after_position.strip_prefix("column ").unwrap_or(after_position);
        if let Some((_, tail)) = after_position.split_once(": ") {
            m = tail;
        }
    }
    if let Some(key) = m.strip_prefix("duplicate mapping key: ") {
        return format!("duplicate key `{}`", key.split(", set DuplicateKeyPolicy").next().unwrap_or(key));
    }
    if m.starts_with("multiple YAML documents") {
        return "more than one YAML document".to_string();
    }
    if let Some(breach) = m.strip_prefix("budget breached: ") {
        return over_budget(breach);
    }
    m.to_string()
}

/// Which of serde-saphyr's limits a hostile file hit, from its debug name.
fn over_budget(breach: &str) -> String {
    let budget = serde_saphyr::Budget::default();
    let name = breach.split([' ', '{']).next().unwrap_or(breach);
    match name {
        "ScalarBytes" => format!("too large: more than {} bytes of text", budget.max_total_scalar_bytes),
        "Nodes" | "Events" => "too large: too many values".to_string(),
        "Aliases" | "Anchors" | "AliasAnchorRatio" | "MergeKeys" => "too many aliases (*name) or anchors".to_string(),
        "Depth" => format!("nested more than {} levels deep", budget.max_depth),
        "CommentBytes" => "too large: too many comments".to_string(),
        "Documents" => "more than one YAML document".to_string(),
        _ => "too large or too deeply nested to read".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::{parse, plain, to_string};
    use std::collections::BTreeMap;

    #[test]
    fn a_large_record_reads_back() {
        // 300,000 entries of two scalars each: past the default 250,000-node budget.
        let big: Vec<BTreeMap<String, u32>> = (0..300_000).map(|i| BTreeMap::from([("n".to_string(), i)])).collect();
        let text = to_string(&big).unwrap();
        let back: Vec<BTreeMap<String, u32>> = parse(&text, "big.yaml").unwrap();
        assert_eq!(back, big);
    }

    #[test]
    fn an_alias_bomb_is_still_refused() {
        let mut text = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..12 {
            let p = i - 1;
            text.push_str(&format!(
                "a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"
            ));
        }
        let err = parse::<serde_json::Value>(&text, "bomb.yaml").unwrap_err().to_string();
        assert!(err.contains("bomb.yaml"), "{err}");
    }

    #[test]
    fn messages_name_the_problem_without_library_internals() {
        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code)]
        struct Outlet {
            outlet: String,
        }
        let dup = parse::<Outlet>("outlet: A\noutlet: B\n", "dup.yaml").unwrap_err().to_string();
        assert_eq!(dup, "dup.yaml:2: duplicate key `outlet`");
        let multi = parse::<Outlet>("outlet: A\n---\noutlet: B\n", "multi.yaml").unwrap_err().to_string();
        assert_eq!(multi, "multi.yaml:3: more than one YAML document");
        let scalar = plain("error: line 27 column 344: budget breached: ScalarBytes { total_scalar_bytes: 68000566 }");
        assert!(scalar.starts_with("too large: more than ") && scalar.ends_with(" bytes of text"), "{scalar}");
        assert_eq!(plain("budget breached: Nodes { nodes: 250001 }"), "too large: too many values");
        assert_eq!(plain("line 1 column 9: expected string scalar"), "expected string scalar");
    }
}

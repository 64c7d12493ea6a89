//! Checks every record in the store: it parses, its schema is known, claim
//! ids are unique across the store, spans lie inside the article, dates are
//! plausible and verdict statuses are known. Each problem names file and line.

use super::{Loaded, Store};
use crate::verdict::Status;
use crate::Error;
use serde::Serialize;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    pub path: PathBuf,
    pub line: Option<usize>,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(l) => write!(f, "{}:{l}: {}", self.path.display(), self.message),
            None => write!(f, "{}: {}", self.path.display(), self.message),
        }
    }
}

/// All problems in the store, by file; the records that load are still checked.
pub fn validate(store: &Store) -> Vec<Problem> {
    let (loaded, errors) = store.load_all();
    let mut problems: Vec<Problem> = errors.into_iter().map(from_error).collect();
    // The user's gazetteer is read by every `add` and `diff`: a broken one is a problem too.
    if let Err(e) = super::load_user_entities(store.root()) {
        problems.push(from_error(e));
    }
    problems.extend(stray_records(store));
    let mut seen: HashMap<String, PathBuf> = HashMap::new();
    for l in &loaded {
        let text = std::fs::read_to_string(&l.path).unwrap_or_default();
        let line_of = |id: &str| {
            text.lines().position(|x| x.trim_start().trim_start_matches("- ") == format!("id: {id}")).map(|i| i + 1)
        };
        let extracted = l.record.extracted.on.date();
        if let Some(p) = l.record.article.published.filter(|p| !crate::clock::plausible(p.date(), extracted)) {
            let line = text.lines().position(|x| x.trim_start().starts_with("published:")).map(|i| i + 1);
            problems.push(Problem {
                path: l.path.clone(),
                line,
                message: format!("published {p}, which cannot be right"),
            });
        }
        // Readers find a story by its folder: a record filed under another story is misfiled.
        let folder = l.path.parent().and_then(Path::file_name).and_then(|f| f.to_str()).unwrap_or("");
        if super::slug::slug(&l.record.article.story) != folder {
            let line = text.lines().position(|x| x.trim_start().starts_with("story:")).map(|i| i + 1);
            let message = format!("story '{}' does not belong in folder '{folder}'", l.record.article.story);
            problems.push(Problem { path: l.path.clone(), line, message });
        }
        let orphans = l.record.claims.len();
        for (i, c) in l.record.claims.iter().chain(&l.record.orphaned_reviews).enumerate() {
            let mut report =
                |message: String| problems.push(Problem { path: l.path.clone(), line: line_of(&c.id), message });
            if !well_formed_id(&c.id) {
                report(format!("claim id {:?} is not one claimtrack makes (c- and 10 hex digits)", c.id));
            }
            if let Some(first) = seen.insert(c.id.clone(), l.path.clone()) {
                report(format!("claim id {} is also used in {}", c.id, first.display()));
            }
            // An orphaned review's span is into the article as it was when reviewed.
            let current = i < orphans;
            if current && (c.span.start > c.span.end || c.span.end > l.record.article.body_len) {
                report(format!(
                    "claim {} spans {}..{}, outside the article's {} bytes",
                    c.id, c.span.start, c.span.end, l.record.article.body_len
                ));
            }
            check_dates(l, c, &mut report);
            for status in c.review.status.iter().chain(c.review.history.iter().map(|v| &v.status)) {
                if Status::parse(status).is_none() {
                    report(format!("claim {} has unknown review status '{status}'", c.id));
                }
            }
        }
    }
    problems
}

/// "c-1c625915a0", with a count when a claim repeats in its article
/// ("c-1c625915a0-2") and the tag of a disambiguated record ("…-5a3f1052").
fn well_formed_id(id: &str) -> bool {
    let hex = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase());
    let Some(rest) = id.strip_prefix("c-") else { return false };
    let mut parts = rest.split('-');
    let head = parts.next().is_some_and(|p| hex(p, 10));
    let rest: Vec<&str> = parts.collect();
    let count = |p: &str| !p.is_empty() && p.len() <= 6 && p.bytes().all(|b| b.is_ascii_digit());
    head && match rest.as_slice() {
        [] => true,
        [one] => count(one) || hex(one, 8),
        [n, tag] => count(n) && hex(tag, 8),
        _ => false,
    }
}

/// `*.yaml` files at the store's root other than `entities.yaml`: no reader
/// looks there, so a record put there by hand would be silently ignored.
fn stray_records(store: &Store) -> Vec<Problem> {
    let Ok(entries) = std::fs::read_dir(store.root()) else { return Vec::new() };
    let mut stray: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml") && p.file_name().is_some_and(|n| n != "entities.yaml"))
        .filter(|p| !p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.')))
        .collect();
    stray.sort();
    let message = "not in a story folder, so no command reads it".to_string();
    stray.into_iter().map(|path| Problem { path, line: None, message: message.clone() }).collect()
}

fn check_dates(l: &Loaded, c: &crate::model::Claim, report: &mut impl FnMut(String)) {
    if let Some(message) = implausible_date(c, l.record.extracted.on.date()) {
        report(message);
    }
}

/// Why the date of `c`, extracted on `extracted`, cannot be right, if it
/// cannot; `add` checks claims with it before writing them.
pub fn implausible_date(c: &crate::model::Claim, extracted: chrono::NaiveDate) -> Option<String> {
    let d = c.said_on.filter(|d| !crate::clock::plausible(*d, extracted))?;
    Some(format!("claim {} is dated {d}, which cannot be right", c.id))
}

fn from_error(e: Error) -> Problem {
    match e {
        Error::Record { path, line, message } => Problem { path: PathBuf::from(path), line, message },
        Error::Input { path, message } => Problem { path: PathBuf::from(path), line: None, message },
        Error::Io { path, source } => Problem { path: PathBuf::from(path), line: None, message: source.to_string() },
        other => Problem { path: Path::new("?").to_path_buf(), line: None, message: other.to_string() },
    }
}

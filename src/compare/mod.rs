//! Comparison: typed flags for the differences inside each aligned group.
//!
//! Each group is compared against a reference claim: the primary source's
//! when the story has one (differences are then departures from the source),
//! otherwise the version most outlets agree on (the first article's on a
//! tie). Claims that differ the same way are reported in one flag.

mod checks;
mod focus;

use crate::align::{self, Group};
use crate::gazetteer::Gazetteer;
use crate::model::{ArticleKind, ArticleMeta, Claim};
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Low,
    Medium,
    High,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FlagKind {
    QuoteWording,
    Attribution,
    Number,
    Date,
    Polarity,
    Modality,
    Actor,
    Framing,
    Omission,
}

impl FlagKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FlagKind::QuoteWording => "quote-wording",
            FlagKind::Attribution => "attribution",
            FlagKind::Number => "number",
            FlagKind::Date => "date",
            FlagKind::Polarity => "polarity",
            FlagKind::Modality => "modality",
            FlagKind::Actor => "actor",
            FlagKind::Framing => "framing",
            FlagKind::Omission => "omission",
        }
    }
}

/// A claim as a flag shows it.
#[derive(Debug, Clone, Serialize)]
pub struct ClaimRef {
    pub article: usize,
    pub outlet: String,
    pub claim_id: String,
    pub speaker: Option<String>,
    pub text: String,
    pub sentence: String,
    /// The reference side of the comparison (the source, or the majority).
    pub reference: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Flag {
    pub kind: FlagKind,
    pub severity: Severity,
    pub detail: String,
    /// Word-level diff of the reference and the differing text, when words differ.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub diff: Option<WordDiff>,
    pub claims: Vec<ClaimRef>,
    /// True when the reference is a primary source.
    pub against_source: bool,
    /// The aligned claim group the flag is about (flags are shown by group).
    pub group: usize,
}

/// A report's claim that matches the primary source's with no difference.
#[derive(Debug, Clone, Serialize)]
pub struct Support {
    pub claim: ClaimRef,
    pub source: ClaimRef,
}

#[derive(Debug, Clone, Serialize)]
pub struct WordDiff {
    pub from: String,
    pub to: String,
}

/// One article of the story, as the comparison sees it.
pub struct Side<'a> {
    pub meta: &'a ArticleMeta,
    pub claims: &'a [Claim],
}

#[derive(Debug, Clone, Serialize)]
pub struct Comparison {
    pub flags: Vec<Flag>,
    /// Claims a primary source supports word for word and fact for fact.
    pub supported: Vec<Support>,
    pub groups: usize,
    /// For each group carried by two or more outlets: which articles carry it.
    pub coverage: Vec<CoverageRow>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CoverageRow {
    pub speaker: Option<String>,
    pub text: String,
    pub articles: Vec<bool>,
}

/// Compares the articles of one story.
pub fn compare(sides: &[Side], gaz: &Gazetteer) -> Comparison {
    let claim_lists: Vec<&[Claim]> = sides.iter().map(|s| s.claims).collect();
    let groups = align::align(&claim_lists);
    let mut flags = Vec::new();
    let mut supported = Vec::new();
    for (i, g) in groups.iter().enumerate() {
        if g.members.len() >= 2 {
            let (f, s) = checks::group_flags(sides, g, i, gaz);
            flags.extend(f);
            supported.extend(s);
        }
    }
    flags.extend(omissions(sides, &groups));
    dedupe(&mut flags);
    flags.sort_by(|a, b| b.severity.cmp(&a.severity).then(a.kind.cmp(&b.kind)).then(a.detail.cmp(&b.detail)));
    let coverage = coverage(sides, &groups);
    Comparison { flags, supported, groups: groups.len(), coverage }
}

/// Two claims of one sentence that differ the same way are one difference:
/// flags of one kind over the same sentences are reported once.
fn dedupe(flags: &mut Vec<Flag>) {
    let mut seen = std::collections::HashSet::new();
    flags.retain(|f| {
        let mut key: Vec<String> = f.claims.iter().map(|c| format!("{}:{}", c.article, c.sentence)).collect();
        key.sort_unstable();
        key.dedup();
        seen.insert((f.kind, key))
    });
}

/// Claims most outlets carry (or a person marked important) missing from one.
///
/// Every omission flag of a group lists the same claims, so [`dedupe`] keeps
/// only the group's first one: only that one is built (one per article was
/// quadratic in a story's size, in time and memory).
fn omissions(sides: &[Side], groups: &[Group]) -> Vec<Flag> {
    let reports = sides.len();
    let mut out = Vec::new();
    for (group, g) in groups.iter().enumerate() {
        let first = &g.members[0];
        let claim = &sides[first.article].claims[first.claim];
        let important = g.members.iter().any(|m| sides[m.article].claims[m.claim].review.important);
        let carried = g.members.len();
        let most = reports >= 3 && carried * 2 > reports;
        if !(claim.speaker.is_some() && (most || important && carried < reports)) {
            continue;
        }
        let carriers = carried_by(g, reports);
        let missing = sides.iter().enumerate().find(|(a, s)| !carriers[*a] && s.meta.kind != ArticleKind::Primary);
        if let Some((_, side)) = missing {
            out.push(Flag {
                kind: crate::compare::FlagKind::Omission,
                severity: if important { Severity::High } else { Severity::Medium },
                detail: format!(
                    "{} leaves out what {carried} of {reports} articles carry: {} on “{}”",
                    side.meta.outlet,
                    claim.speaker.as_deref().unwrap_or("?"),
                    checks::short(&claim.text)
                ),
                diff: None,
                claims: g.members.iter().map(|m| checks::claim_ref(sides, m.article, m.claim, false)).collect(),
                against_source: false,
                group,
            });
        }
    }
    out
}

fn coverage(sides: &[Side], groups: &[Group]) -> Vec<CoverageRow> {
    groups
        .iter()
        .filter(|g| {
            let c = &sides[g.members[0].article].claims[g.members[0].claim];
            c.speaker.is_some() || g.members.len() > 1
        })
        .map(|g| {
            let c = &sides[g.members[0].article].claims[g.members[0].claim];
            CoverageRow {
                speaker: c.speaker.clone(),
                text: checks::short(&c.text),
                articles: carried_by(g, sides.len()),
            }
        })
        .collect()
}

/// Which of the `articles` carry a claim of `g`, in one pass over its members.
fn carried_by(g: &Group, articles: usize) -> Vec<bool> {
    let mut carried = vec![false; articles];
    for m in &g.members {
        carried[m.article] = true;
    }
    carried
}

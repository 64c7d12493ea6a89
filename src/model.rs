//! The data that flows through the pipeline: articles, claims and their parts.
//!
//! These types are what the store writes to YAML and what `--format json`
//! prints, so field order here is the order people read in `claims/`.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

pub use crate::extract::dates::DateMention;
pub use crate::extract::numbers::Number;

/// Whether an article reports on events or is itself the source of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum ArticleKind {
    #[default]
    Report,
    Primary,
}

/// What we know about an article apart from its text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleMeta {
    pub story: String,
    pub outlet: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<NaiveDateTime>,
    #[serde(default)]
    pub kind: ArticleKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// SHA-256 of the article file's bytes, so a changed source is noticed.
    pub content_hash: String,
    /// Length of the cleaned body in bytes; claim spans index into it.
    pub body_len: usize,
}

impl ArticleMeta {
    pub fn published_date(&self) -> Option<NaiveDate> {
        self.published.map(|p| p.date())
    }
}

/// An ingested article: metadata plus the cleaned body the spans point into.
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    pub meta: ArticleMeta,
    /// Headline first, then the body paragraphs separated by blank lines.
    pub body: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum ClaimKind {
    Quote,
    Reported,
    Warning,
    Threat,
    Promise,
    Denial,
    Accusation,
    TreatyTerm,
    Statistic,
    Event,
}

impl ClaimKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Quote => "quote",
            ClaimKind::Reported => "reported",
            ClaimKind::Warning => "warning",
            ClaimKind::Threat => "threat",
            ClaimKind::Promise => "promise",
            ClaimKind::Denial => "denial",
            ClaimKind::Accusation => "accusation",
            ClaimKind::TreatyTerm => "treaty-term",
            ClaimKind::Statistic => "statistic",
            ClaimKind::Event => "event",
        }
    }

    /// Kinds that carry somebody's statement (and so a speaker).
    pub fn is_attributed(self) -> bool {
        !matches!(self, ClaimKind::TreatyTerm | ClaimKind::Statistic | ClaimKind::Event)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Polarity {
    #[default]
    Positive,
    Negative,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Mood {
    #[default]
    Asserted,
    Future,
    Hedged,
    Conditional,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
// A misspelt key a person typed ("reveiw:") must be an error, not dropped on the next write.
#[serde(deny_unknown_fields)]
pub struct Modality {
    pub mood: Mood,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hedges: Vec<String>,
}

/// A conditional obligation between parties ("if one side is attacked, the other shall ...").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
// A misspelt key a person typed ("reveiw:") must be an error, not dropped on the next write.
#[serde(deny_unknown_fields)]
pub struct TreatyTerm {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parties: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trigger: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub obligation: Option<String>,
}

/// Byte offsets into the article body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
// A misspelt key a person typed ("reveiw:") must be an error, not dropped on the next write.
#[serde(deny_unknown_fields)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// One dated verdict by a person; reviews only ever append.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Verdict {
    pub status: String,
    pub on: NaiveDateTime,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<String>,
}

/// What people add to a claim; the extractor never writes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Review {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub important: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<Verdict>,
    /// A person's corrections to what the extractor found; they survive
    /// re-extraction and win wherever the claim is read.
    #[serde(default, skip_serializing_if = "Corrections::is_empty")]
    pub correct: Corrections,
}

/// Fields people may correct.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Corrections {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ClaimKind>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

impl Corrections {
    pub fn is_empty(&self) -> bool {
        self.speaker.is_none() && self.kind.is_none() && self.text.is_none()
    }
}

impl Review {
    pub fn is_empty(&self) -> bool {
        self.status.is_none() && !self.important && self.history.is_empty() && self.correct.is_empty()
    }
}

impl Claim {
    /// The claim as people corrected it.
    pub fn corrected(&self) -> Claim {
        let mut c = self.clone();
        let fix = &self.review.correct;
        if let Some(s) = &fix.speaker {
            c.speaker = Some(s.clone());
        }
        if let Some(k) = fix.kind {
            c.kind = k;
        }
        if let Some(t) = &fix.text {
            c.text = t.clone();
        }
        c
    }
}

/// A checkable claim found in an article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
// A misspelt key a person typed ("reveiw:") must be an error, not dropped on the next write.
#[serde(deny_unknown_fields)]
pub struct Claim {
    pub id: String,
    pub kind: ClaimKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker_mention: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cue: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cameo: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    #[serde(default)]
    pub polarity: Polarity,
    #[serde(default)]
    pub modality: Modality,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub said_on: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub entities: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub numbers: Vec<Number>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub treaty: Option<TreatyTerm>,
    pub sentence: String,
    pub span: Span,
    #[serde(default, skip_serializing_if = "Review::is_empty")]
    pub review: Review,
}

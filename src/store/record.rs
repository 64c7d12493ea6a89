//! The record: one YAML file per article, and how a re-extraction is merged
//! into what people have already written there.

use crate::model::{ArticleMeta, Claim};
use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

/// The record format version this build writes.
pub const SCHEMA: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    pub schema: u32,
    pub article: ArticleMeta,
    pub extracted: Extraction,
    #[serde(default)]
    pub claims: Vec<Claim>,
    /// Reviewed claims that the current extractor no longer finds; kept so no
    /// verdict is lost.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub orphaned_reviews: Vec<Claim>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Extraction {
    pub on: NaiveDateTime,
    pub by: String,
}

impl Extraction {
    pub fn now() -> Extraction {
        Extraction { on: crate::clock::now(), by: format!("claimtrack {}", env!("CARGO_PKG_VERSION")) }
    }
}

/// What happened to a record when an article was added.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Change {
    Created,
    Updated,
    Unchanged,
}

impl Record {
    pub fn new(article: ArticleMeta, claims: Vec<Claim>) -> Record {
        Record { schema: SCHEMA, article, extracted: Extraction::now(), claims, orphaned_reviews: Vec::new() }
    }

    /// Carries people's reviews from `old` into `self`. A reviewed claim whose
    /// id no longer extracts moves to `orphaned_reviews`.
    pub fn keep_reviews_from(&mut self, old: &Record) {
        let mut orphans: Vec<Claim> = Vec::new();
        for old_claim in old.claims.iter().chain(&old.orphaned_reviews) {
            if old_claim.review.is_empty() {
                continue;
            }
            match self.claims.iter_mut().find(|c| c.id == old_claim.id) {
                Some(new_claim) => new_claim.review = old_claim.review.clone(),
                None => orphans.push(old_claim.clone()),
            }
        }
        self.orphaned_reviews = orphans;
    }

    /// True when `other` holds the same extraction (ignoring when it was made).
    pub fn same_content(&self, other: &Record) -> bool {
        self.article == other.article && self.claims == other.claims && self.orphaned_reviews == other.orphaned_reviews
    }

    /// The claims with people's corrections applied: what every reader sees.
    pub fn corrected_claims(&self) -> Vec<Claim> {
        self.claims.iter().map(Claim::corrected).collect()
    }
}

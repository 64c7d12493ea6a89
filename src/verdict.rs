//! Verdict statuses and their schema.org ClaimReview ratings.

use serde::{Deserialize, Serialize};

/// A fact-checker's verdict on a claim, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    True,
    MostlyTrue,
    Mixed,
    Misleading,
    False,
    Unverifiable,
}

pub const BEST_RATING: u8 = 5;
pub const WORST_RATING: u8 = 1;

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::True => "true",
            Status::MostlyTrue => "mostly-true",
            Status::Mixed => "mixed",
            Status::Misleading => "misleading",
            Status::False => "false",
            Status::Unverifiable => "unverifiable",
        }
    }

    pub fn parse(text: &str) -> Option<Status> {
        [Status::True, Status::MostlyTrue, Status::Mixed, Status::Misleading, Status::False, Status::Unverifiable]
            .into_iter()
            .find(|s| s.as_str() == text)
    }

    /// ClaimReview `ratingValue` on a 1 (worst) to 5 (best) scale; an
    /// unverifiable claim has none.
    pub fn rating_value(self) -> Option<u8> {
        match self {
            Status::True => Some(5),
            Status::MostlyTrue => Some(4),
            Status::Mixed => Some(3),
            Status::Misleading => Some(2),
            Status::False => Some(1),
            Status::Unverifiable => None,
        }
    }

    /// ClaimReview `alternateName`: the verdict in words, as readers see it.
    pub fn alternate_name(self) -> &'static str {
        match self {
            Status::True => "True",
            Status::MostlyTrue => "Mostly true",
            Status::Mixed => "Mixed",
            Status::Misleading => "Misleading",
            Status::False => "False",
            Status::Unverifiable => "Unverifiable",
        }
    }
}

//! Alignment: groups the claims of a story's articles by what they assert.
//!
//! Content is compared after normalising case, punctuation, quote marks,
//! stems, number formats and a synonym table. Groups are found through an
//! inverted index from content words to groups, so each claim is compared
//! with the few groups that share its rarer words, never with every claim.

mod normalize;

pub use normalize::{content_words, normalize};

use crate::model::Claim;
use rustc_hash::{FxHashMap, FxHashSet};

/// A claim of one article of the story.
#[derive(Debug, Clone, Copy)]
pub struct Member {
    pub article: usize,
    pub claim: usize,
}

#[derive(Debug, Clone, Default)]
pub struct Group {
    pub members: Vec<Member>,
    words: FxHashSet<String>,
    speaker: Option<String>,
    /// Words already in the index's posting for this group: each (word,
    /// group) pair is posted once, or postings grow with every member that
    /// shares a common word and probing them makes alignment quadratic.
    posted: FxHashSet<String>,
}

/// Minimum similarity (with the same-speaker bonus) for a claim to join a group.
const JOIN: f64 = 0.42;
const SAME_SPEAKER_BONUS: f64 = 0.15;
/// Minimum similarity for a claim of another speaker to join.
const JOIN_OTHER_SPEAKER: f64 = 0.5;
/// How many of a claim's rarest words are used to find candidate groups.
const PROBES: usize = 6;

/// Groups the claims of `articles` (each a list of claims). Claims without
/// checkable content (no speaker and not a treaty term or statistic) are left out.
pub fn align(articles: &[&[Claim]]) -> Vec<Group> {
    let words: Vec<Vec<FxHashSet<String>>> =
        articles.iter().map(|cs| cs.iter().map(|c| content_words(&c.text)).collect()).collect();
    let mut df: FxHashMap<&str, usize> = FxHashMap::default();
    for set in words.iter().flatten() {
        for w in set {
            *df.entry(w.as_str()).or_default() += 1;
        }
    }
    let mut groups: Vec<Group> = Vec::new();
    let mut index: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    for (a, claims) in articles.iter().enumerate() {
        for (c, claim) in claims.iter().enumerate() {
            let set = &words[a][c];
            if set.is_empty() {
                continue;
            }
            let mut probes: Vec<&String> = set.iter().collect();
            probes.sort_by_key(|w| (df.get(w.as_str()).copied().unwrap_or(0), w.as_str()));
            let mut candidates: Vec<usize> =
                probes.iter().take(PROBES).flat_map(|w| index.get(w.as_str()).into_iter().flatten().copied()).collect();
            candidates.sort_unstable();
            candidates.dedup();
            // Members join in article order, so the group already has a claim
            // of this article exactly when its last member is one.
            let best = candidates
                .into_iter()
                .filter(|&g| groups[g].members.last().is_none_or(|m| m.article != a))
                .filter_map(|g| score(&groups[g], set, claim).map(|s| (g, s)))
                .max_by(|x, y| x.1.total_cmp(&y.1).then(y.0.cmp(&x.0)));
            let g = match best {
                Some((g, _)) => g,
                None => {
                    groups.push(Group {
                        members: Vec::new(),
                        words: set.clone(),
                        speaker: claim.speaker.clone(),
                        posted: FxHashSet::default(),
                    });
                    groups.len() - 1
                }
            };
            groups[g].members.push(Member { article: a, claim: c });
            for w in set {
                if groups[g].posted.insert(w.clone()) {
                    index.entry(w.clone()).or_default().push(g);
                }
            }
        }
    }
    groups
}

/// Dice overlap of content words, with a bonus for the same speaker; `None`
/// when the claim should not join. Claims of different speakers must share
/// more, so two short claims on one topic ("arms transfers") stay apart.
fn score(group: &Group, words: &FxHashSet<String>, claim: &Claim) -> Option<f64> {
    let shared = group.words.intersection(words).count();
    let dice = 2.0 * shared as f64 / (group.words.len() + words.len()) as f64;
    let same_speaker = group.speaker.is_some() && group.speaker == claim.speaker;
    let joins = if same_speaker {
        // Short quotes share few words: "incredibly concerning" / "deeply concerning".
        let short = group.words.len().min(words.len()) <= 3;
        (shared >= 2 || short && shared >= 1 && dice >= 0.5) && dice + SAME_SPEAKER_BONUS >= JOIN
    } else {
        shared >= 3 && dice >= JOIN_OTHER_SPEAKER || shared >= 2 && dice >= 0.95
    };
    joins.then_some(dice + if same_speaker { SAME_SPEAKER_BONUS } else { 0.0 })
}

/// Word-set similarity of two texts (0..=1), for comparisons after alignment.
pub fn similarity(a: &str, b: &str) -> f64 {
    similarity_of(&content_words(a), &content_words(b))
}

/// [`similarity`] of two texts' content words, for a caller comparing one
/// text with many.
pub fn similarity_of(x: &FxHashSet<String>, y: &FxHashSet<String>) -> f64 {
    if x.is_empty() && y.is_empty() {
        return 1.0;
    }
    2.0 * x.intersection(y).count() as f64 / (x.len() + y.len()) as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ClaimKind, Span};

    fn claim(speaker: &str, text: &str) -> Claim {
        Claim {
            id: String::new(),
            kind: ClaimKind::Quote,
            speaker: Some(speaker.into()),
            speaker_mention: None,
            cue: None,
            cameo: None,
            target: None,
            text: text.into(),
            quote: None,
            polarity: Default::default(),
            modality: Default::default(),
            said_on: None,
            entities: vec![],
            numbers: vec![],
            treaty: None,
            sentence: String::new(),
            span: Span::default(),
            review: Default::default(),
        }
    }

    #[test]
    fn paraphrases_align_and_unrelated_claims_do_not() {
        let a = vec![
            claim("Vladimir Putin", "sending arms to Ukraine would be a very big mistake"),
            claim("South Korea", "the pact is of grave concern"),
        ];
        let b = vec![
            claim("Vladimir Putin", "supplying weapons to Ukraine would be a very serious mistake"),
            claim("United States", "this is incredibly concerning"),
        ];
        let groups = align(&[&a, &b]);
        let sizes: Vec<usize> = groups.iter().map(|g| g.members.len()).collect();
        assert_eq!(sizes, [2, 1, 1]);
    }
}

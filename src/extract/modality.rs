//! Polarity and modality of a claim's content: negations ("not", "never",
//! "rule out"), hedges ("could", "may", "not rule out", "reportedly",
//! "unlikely to"), conditions ("if ... then") and the future.

use crate::model::{Modality, Mood, Polarity};
use crate::segment::wordre::WordRegex;
use crate::segment::wordset::WordSet;
use std::borrow::Cow;
use std::sync::LazyLock;

static RULE_OUT: LazyLock<WordRegex> =
    LazyLock::new(|| WordRegex::new(r"(?i)\brul(?:e|es|ed|ing)\s+(?:\w+\s+){0,3}?out\b"));
static NOT_RULE_OUT: LazyLock<WordRegex> = LazyLock::new(|| {
    WordRegex::new(r"(?i)\b(?:not|never|n[’']t)\W+(?:\w+\W+){0,2}?rul(?:e|es|ed|ing)\s+(?:\w+\s+){0,3}?out\b")
});

const NEGATIONS: &[&str] = &[
    "not", "never", "no", "nothing", "neither", "nor", "none", "nobody", "cannot", "refuse", "refuses", "refused",
    "refusal",
];
static HEDGES: WordSet = WordSet::new(&[
    "could", "may", "might", "reportedly", "allegedly", "possibly", "perhaps", "likely", "unlikely", "probably",
    "apparently", "potentially", "appears", "seems", "suggests", "reconsider", "reconsidering", "considering",
    "expected", "would",
]);
const CONDITIONS: &[&str] = &["if", "unless", "provided", "should"];
const FUTURE: &[&str] = &["will", "shall", "going", "won't", "won’t"];

pub fn polarity(text: &str) -> Polarity {
    let mut negations =
        words(text).filter(|w| NEGATIONS.contains(&w.as_ref()) || w.ends_with("n't") || w.ends_with("n’t")).count();
    negations += RULE_OUT.on(text).find_iter(text).count();
    if negations % 2 == 1 {
        Polarity::Negative
    } else {
        Polarity::Positive
    }
}

pub fn modality(text: &str) -> Modality {
    let mut hedges: Vec<String> = Vec::new();
    if NOT_RULE_OUT.is_match(text) {
        hedges.push("not rule out".into());
    }
    let ws: Vec<Cow<str>> = words(text).collect();
    for (i, w) in ws.iter().enumerate() {
        let hedge = HEDGES.contains(w.as_ref())
            && !(w == "should" || (w == "expected" && ws.get(i + 1).is_none_or(|n| n != "to")));
        if hedge && !hedges.iter().any(|h| h == w) {
            hedges.push(w.to_string());
        }
    }
    let conditional = ws.iter().enumerate().any(|(i, w)| {
        CONDITIONS.contains(&w.as_ref())
            && (w != "should" || i == 0)
            && (w != "provided" || ws.get(i + 1).is_some_and(|n| n == "that"))
    }) || text.to_lowercase().contains("in case of");
    let mood = if conditional {
        Mood::Conditional
    } else if !hedges.is_empty() {
        Mood::Hedged
    } else if ws.iter().any(|w| FUTURE.contains(&w.as_ref())) {
        Mood::Future
    } else {
        Mood::Asserted
    };
    Modality { mood, hedges }
}

/// Lower-cased words; most are lower case already and are not copied.
fn words(text: &str) -> impl Iterator<Item = Cow<'_, str>> + '_ {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’')).filter(|w| !w.is_empty()).map(|w| {
        if w.bytes().any(|b| b.is_ascii_uppercase() || !b.is_ascii()) {
            Cow::Owned(w.to_lowercase())
        } else {
            Cow::Borrowed(w)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_out_and_not_rule_out_differ() {
        assert_eq!(polarity("he will not rule out sending weapons"), Polarity::Positive);
        assert_eq!(polarity("he rules out sending weapons"), Polarity::Negative);
        assert_eq!(polarity("I do not rule this one out"), Polarity::Positive);
        assert_eq!(polarity("South Korea has nothing to worry about"), Polarity::Negative);
        assert_eq!(polarity("it is incredibly concerning"), Polarity::Positive);
    }

    #[test]
    fn hedges_conditions_future() {
        let m = modality("he will “not rule out” sending weapons");
        assert_eq!(m.mood, Mood::Hedged);
        assert_eq!(m.hedges, ["not rule out"]);
        assert_eq!(modality("if one side is attacked, the other shall help").mood, Mood::Conditional);
        assert_eq!(modality("Russia will send weapons").mood, Mood::Future);
        assert_eq!(modality("the deal is unlikely to please Seoul").hedges, ["unlikely"]);
        assert_eq!(modality("the deal is done").mood, Mood::Asserted);
    }
}

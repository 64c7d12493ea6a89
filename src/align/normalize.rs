//! Normalisation for comparing claim content: case, punctuation, quote
//! marks, number formats, crude stems and a small synonym table.

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::LazyLock;

const STOPWORDS: &[&str] = &[
    "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "is", "are",
    "was", "were", "be", "been", "being", "that", "this", "these", "those", "it", "its", "their", "they", "them", "he",
    "she", "his", "her", "we", "our", "i", "you", "will", "would", "could", "may", "might", "shall", "should", "can",
    "has", "have", "had", "do", "does", "did", "not", "no", "never", "very", "which", "who", "what", "then", "than",
    "there", "here", "also", "if", "so", "said", "says", "say", "about", "into", "out", "up", "all", "any", "such",
    "one", "other", "its", "now", "just", "only", "more", "most", "much", "rule", "n't", "nothing",
];

/// Same meaning, one spelling: the first word of each row stands for the row.
const SYNONYMS: &[&[&str]] = &[
    &["weapon", "arm", "arms", "weaponry", "munition"],
    &["send", "suppli", "supply", "provid", "provide", "deliver", "ship", "transfer", "give"],
    &["mistak", "error", "blunder"],
    &["big", "serious", "grave", "huge", "major", "great", "large"],
    &["concern", "worry", "worri", "alarm"],
    &["attack", "assault", "aggression", "strike"],
    &["treati", "treaty", "pact", "agreement", "deal", "accord"],
    &["north korea", "dprk", "pyongyang"],
    &["russia", "moscow", "kremlin"],
    &["help", "aid", "assist", "assistance", "support"],
    &["reconsid", "reconsider", "rethink", "review"],
];

/// [`STOPWORDS`] and [`SYNONYMS`] as hash tables: every claim's words are
/// looked up in them, many times over in a large story.
static STOPWORD_SET: LazyLock<FxHashSet<&str>> = LazyLock::new(|| STOPWORDS.iter().copied().collect());
static CANONICAL: LazyLock<FxHashMap<&str, &str>> = LazyLock::new(|| {
    let mut map = FxHashMap::default();
    for row in SYNONYMS {
        for w in *row {
            // The first row listing a word wins, as a scan in table order would find.
            map.entry(*w).or_insert(row[0]);
        }
    }
    map
});

/// Lowercase, curly marks straightened, punctuation dropped, digits unseparated.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut prev_digit = false;
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let next_digit = chars.get(i + 1).is_some_and(|n| n.is_ascii_digit());
        if c == ',' && prev_digit && next_digit {
            continue;
        }
        if c.is_alphanumeric() || (c == '.' && prev_digit && next_digit) {
            out.extend(c.to_lowercase());
        } else if matches!(c, '’' | '\'')
            && chars.get(i + 1).is_some_and(|n| n.is_alphabetic())
            && i > 0
            && chars[i - 1].is_alphabetic()
        {
            out.push('\'');
        } else if !out.ends_with(' ') && !out.is_empty() {
            out.push(' ');
        }
        prev_digit = c.is_ascii_digit();
    }
    out.trim_end().to_string()
}

/// The content words of `text`: stemmed, synonyms merged, stopwords,
/// negations and numbers left out (those are compared separately).
pub fn content_words(text: &str) -> FxHashSet<String> {
    normalize(text)
        .split(' ')
        .filter(|w| !w.is_empty() && !STOPWORD_SET.contains(w) && !w.chars().next().is_some_and(|c| c.is_ascii_digit()))
        .map(|w| canonical(&stem(w.trim_end_matches("'s"))))
        .collect()
}

fn stem(word: &str) -> String {
    for suffix in ["ingly", "ing", "edly", "ed", "ies", "es", "s", "ly"] {
        if let Some(base) = word.strip_suffix(suffix) {
            if base.chars().count() >= 3 {
                return if suffix == "ies" { format!("{base}i") } else { base.to_string() };
            }
        }
    }
    word.to_string()
}

fn canonical(word: &str) -> String {
    CANONICAL.get(word).copied().unwrap_or(word).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_marks_case_and_numbers() {
        assert_eq!(normalize("“A very BIG mistake,” he said — 1,159 items."), "a very big mistake he said 1159 items");
        assert_eq!(normalize("Putin’s"), "putin's");
    }

    #[test]
    fn synonyms_and_stems_meet() {
        assert_eq!(content_words("sending weapons"), content_words("supplying arms"));
        assert!(content_words("it will not rule out").is_empty());
    }
}

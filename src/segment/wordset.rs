//! Fixed word lists looked up by hashing.
//!
//! The lexicons are written as plain lists, which keep their order for the
//! rules that scan them, but most lookups ask only "is this word in the list?"
//! for every word of every article: a linear scan of a list of two hundred
//! titles was a tenth of extraction time. A `WordSet` builds its hash set on
//! first use and derefs to the list for everything else.

use rustc_hash::FxHashSet;
use std::ops::Deref;
use std::sync::OnceLock;

pub struct WordSet {
    words: &'static [&'static str],
    set: OnceLock<FxHashSet<&'static str>>,
}

impl WordSet {
    pub const fn new(words: &'static [&'static str]) -> WordSet {
        WordSet { words, set: OnceLock::new() }
    }

    /// Whether `word` is in the list, spelt exactly as listed.
    pub fn contains(&self, word: impl AsRef<str>) -> bool {
        self.set.get_or_init(|| self.words.iter().copied().collect()).contains(word.as_ref())
    }
}

impl Deref for WordSet {
    type Target = [&'static str];

    fn deref(&self) -> &Self::Target {
        self.words
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static COLOURS: WordSet = WordSet::new(&["red", "green", "blue"]);

    #[test]
    fn looks_up_exact_words_and_keeps_list_order() {
        assert!(COLOURS.contains("green"));
        assert!(COLOURS.contains("blue"));
        assert!(COLOURS.contains(String::from("red")));
        assert!(!COLOURS.contains("Green"));
        assert!(!COLOURS.contains("gree"));
        assert_eq!(COLOURS.iter().copied().collect::<Vec<_>>(), ["red", "green", "blue"]);
    }
}

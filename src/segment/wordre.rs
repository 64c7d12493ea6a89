//! Regexes with Unicode word boundaries that run at DFA speed on news text.
//!
//! The regex crate's fast engines (the lazy DFA and its prefilters) cannot
//! evaluate a Unicode `\b` once the haystack holds a non-ASCII byte, and news
//! text always does (curly quotes, dashes): every search with such a pattern
//! then falls back to the backtracker or the PikeVM at every position, which
//! made date and number finding most of extraction's time.
//!
//! `\b` only asks whether the characters on either side are word characters.
//! When every non-ASCII character of a haystack is one that Unicode counts as
//! a non-word character (quote marks, dashes, spaces, currency signs), the
//! ASCII boundary `(?-u:\b)` gives the same answer at every position, so the
//! same pattern compiled with ASCII boundaries finds exactly the same matches.
//! [`WordRegex`] keeps both compilations and picks per haystack; text with an
//! accented letter or any other character not known to be a non-word one gets
//! the Unicode compilation, as before. That one is compiled only when first
//! needed, since compiling these patterns is a noticeable part of a short run.

use regex::Regex;
use std::sync::OnceLock;

/// One pattern, compiled with Unicode and with ASCII word boundaries.
#[derive(Debug)]
pub struct WordRegex {
    pattern: String,
    unicode: OnceLock<Regex>,
    ascii: OnceLock<Regex>,
}

impl WordRegex {
    /// Compiles `pattern` with ASCII boundaries now (panicking if it is
    /// invalid, as these are static); the Unicode compilation waits.
    pub fn new(pattern: &str) -> WordRegex {
        let re = WordRegex { pattern: pattern.to_string(), unicode: OnceLock::new(), ascii: OnceLock::new() };
        re.ascii();
        re
    }

    /// The compilation that is both correct and fast for `text`.
    pub fn on(&self, text: &str) -> &Regex {
        if ascii_boundaries_hold(text) {
            self.ascii()
        } else {
            self.unicode.get_or_init(|| Regex::new(&self.pattern).expect("static regex"))
        }
    }

    fn ascii(&self) -> &Regex {
        self.ascii.get_or_init(|| Regex::new(&ascii_boundaries(&self.pattern)).expect("static regex"))
    }

    pub fn is_match(&self, text: &str) -> bool {
        self.on(text).is_match(text)
    }

    pub fn find<'t>(&self, text: &'t str) -> Option<regex::Match<'t>> {
        self.on(text).find(text)
    }
}

/// True when Unicode and ASCII word boundaries agree everywhere in `text`:
/// it has no non-ASCII word character (Unicode's `\w` is Alphabetic, marks,
/// decimal digits, connector punctuation and the joiners).
pub fn ascii_boundaries_hold(text: &str) -> bool {
    text.is_ascii() || text.chars().all(|c| c.is_ascii() || is_non_word(c))
}

/// Non-ASCII characters known not to be word characters: the punctuation,
/// spaces and signs of news text. Anything else is treated as possibly a
/// word character, which only costs speed.
fn is_non_word(c: char) -> bool {
    matches!(c,
        '\u{A0}'..='\u{A9}'       // no-break space, ¡ ¢ £ ¤ ¥ ¦ § ¨ ©
        | '\u{AB}'..='\u{B1}'     // « ¬ soft hyphen ® ¯ ° ±
        | '\u{B4}' | '\u{B6}'..='\u{B8}' | '\u{BB}' | '\u{BF}' | '\u{D7}' | '\u{F7}'
        | '\u{2000}'..='\u{200B}' // spaces, zero-width space (not the joiners 200C/200D)
        | '\u{2010}'..='\u{2027}' // dashes, quotation marks, bullets, ellipsis
        | '\u{2028}'..='\u{202F}' // separators, bidi controls, narrow no-break space
        | '\u{2030}'..='\u{203E}' // per mille, primes, ‹ › ‼ ‽ ‾ (not the ties 203F/2040)
        | '\u{20A0}'..='\u{20C0}' // currency signs
    )
}

/// `pattern` with every `\b` and `\B` outside a character class made ASCII.
fn ascii_boundaries(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut chars = pattern.chars().peekable();
    let mut class_depth = 0usize;
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some(b @ ('b' | 'B')) if class_depth == 0 && chars.peek() != Some(&'{') => {
                    out.push_str("(?-u:\\");
                    out.push(b);
                    out.push(')');
                }
                Some(next) => {
                    out.push('\\');
                    out.push(next);
                }
                None => out.push('\\'),
            },
            '[' => {
                class_depth += 1;
                out.push(c);
            }
            ']' if class_depth > 0 => {
                class_depth -= 1;
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rewrites_boundaries_outside_classes_only() {
        assert_eq!(ascii_boundaries(r"\bon\b [\b] \\b \B"), r"(?-u:\b)on(?-u:\b) [\b] \\b (?-u:\B)");
    }

    #[test]
    fn picks_ascii_only_where_it_agrees() {
        assert!(ascii_boundaries_hold("“Putin’s” – said … £5"));
        assert!(!ascii_boundaries_hold("Séoul"));
        assert!(!ascii_boundaries_hold("a\u{200D}b"));
        let re = WordRegex::new(r"\bon\b");
        let unicode = Regex::new(r"\bon\b").unwrap();
        for text in ["“on” Thursday", "éon", "on é", "Séoul on", "‘on’"] {
            let a: Vec<_> = re.on(text).find_iter(text).map(|m| m.range()).collect();
            let b: Vec<_> = unicode.find_iter(text).map(|m| m.range()).collect();
            assert_eq!(a, b, "{text}");
        }
    }
}

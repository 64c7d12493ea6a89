//! Word and punctuation tokens with byte offsets, each marked with whether it
//! sits inside a direct quotation (cue verbs there belong to the quoted
//! speaker's own words, not to an attribution).

use super::quotes::Quote;
use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    Word,
    Punct,
    QuoteMark,
}

#[derive(Debug, Clone, Copy)]
pub struct Tok<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
    pub quoted: bool,
}

impl Tok<'_> {
    pub fn is_word(&self) -> bool {
        self.kind == TokKind::Word
    }

    pub fn lower(&self) -> String {
        self.text.to_lowercase()
    }

    pub fn is_capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    pub fn is(&self, word: &str) -> bool {
        self.text.eq_ignore_ascii_case(word)
    }
}

/// Tokens of `body[range]`; `quotes` are the article's top-level quotations,
/// in body order.
pub fn tokenize<'a>(body: &'a str, range: Range<usize>, quotes: &[&Quote]) -> Vec<Tok<'a>> {
    // Only the quotes reaching into the range: testing every quote for every
    // token made long quote-heavy articles quadratic.
    let first = quotes.partition_point(|q| q.outer.end <= range.start);
    let last = first + quotes[first..].partition_point(|q| q.outer.start < range.end);
    let quotes = &quotes[first..last];
    let mut toks = Vec::new();
    let text = &body[range.clone()];
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let start = range.start + i;
        if c.is_whitespace() {
            continue;
        }
        let (end, kind) = if c.is_alphanumeric() {
            let mut end = start + c.len_utf8();
            while let Some(&(j, d)) = iter.peek() {
                let joins = matches!(d, '\'' | '’' | '-' | '.' | ',')
                    && text[j + d.len_utf8()..].chars().next().is_some_and(|n| n.is_alphanumeric())
                    && (d != ',' || (c.is_ascii_digit() && text[j + 1..].starts_with(|n: char| n.is_ascii_digit())));
                if d.is_alphanumeric() || joins {
                    end = range.start + j + d.len_utf8();
                    iter.next();
                } else {
                    break;
                }
            }
            (end, TokKind::Word)
        } else {
            let is_mark = quotes.iter().any(|q| q.outer.start == start || q.outer.end == start + c.len_utf8());
            (start + c.len_utf8(), if is_mark { TokKind::QuoteMark } else { TokKind::Punct })
        };
        let quoted = quotes.iter().any(|q| q.outer.start <= start && end <= q.outer.end);
        toks.push(Tok { text: &body[start..end], start, end, kind, quoted });
    }
    drop_bracketed_nicknames(&mut toks);
    drop_bracketed_asides(&mut toks);
    toks
}

/// "Gerd Matthes (74), who has fished here", "Thomas Kunze (independent),
/// warned", "Dr. Susanne Albrecht-Kühn (CDU) said": an age, a party or a
/// standing in brackets after a name, as German and Scandinavian copy writes
/// them. Left in, the bracket would end the name before the sentence goes on.
fn drop_bracketed_asides(toks: &mut Vec<Tok>) {
    let mut i = 1;
    while i + 3 < toks.len() {
        let after_name = toks[i - 1].is_word() && toks[i - 1].is_capitalized() && !toks[i - 1].quoted;
        let inside = &toks[i + 1];
        let party = (2..=6).contains(&inside.text.len())
            && inside.text.chars().all(char::is_uppercase)
            && !spells(&toks[..i], inside.text);
        let aside = inside.is_word()
            && (inside.text.len() <= 3 && inside.text.chars().all(|c| c.is_ascii_digit())
                || party
                || COUNCIL_PARTIES.contains(&inside.text)
                || matches!(inside.text, "independent" | "non-partisan" | "nonpartisan"));
        // "Coun Rizwan Akhtar (Lab, Keighley Central)": the party, then the ward.
        let close = match toks.get(i + 2).map(|t| t.text) {
            Some(",") => (i + 3..toks.len().min(i + 8))
                .find(|&j| toks[j].text == ")")
                .filter(|&j| toks[i + 3..j].iter().all(|t| t.is_word() && (t.is_capitalized() || t.is("and")))),
            Some(")") => Some(i + 2),
            _ => None,
        };
        // Not "(Takis) Lymberis", nor "(ICES) said", whose acronym a name before it spells.
        let goes_on = |next: &Tok| next.text == "," || next.is_word() && !next.is_capitalized();
        let bracketed = toks[i].text == "(" && after_name && aside;
        if let Some(close) = close.filter(|&c| bracketed && toks.get(c + 1).is_some_and(goes_on)) {
            toks.drain(i..=close);
        }
        i += 1;
    }
}

/// How English council reports mark a councillor's party: "(Lab, Keighley Central)".
const COUNCIL_PARTIES: [&str; 9] = ["Lab", "Con", "LD", "Ind", "Green", "Reform", "Plaid", "SNP", "Lib"];

/// Whether the capitalised words that end `before` have the letters of
/// `acronym` for initials: "United Progressive Front (UPF)" names a body.
fn spells(before: &[Tok], acronym: &str) -> bool {
    let small = |t: &&Tok| matches!(t.text, "of" | "for" | "and" | "the" | "de");
    let words = before.iter().rev().filter(|t| !small(t)).take(acronym.chars().count());
    let mut initials: Vec<char> = words.filter_map(|t| t.text.chars().next()).collect();
    initials.reverse();
    initials.into_iter().eq(acronym.chars())
}

/// "Mr. Panagiotis (Takis) Lymberis": a nickname in brackets inside a name.
/// Left in, the bracket would end the name, and "the mayor, Mr. Panagiotis
/// (Takis) Lymberis, said" would have no speaker.
fn drop_bracketed_nicknames(toks: &mut Vec<Tok>) {
    let name_word = |t: &Tok| t.is_word() && t.is_capitalized() && !t.quoted && t.text.chars().any(char::is_lowercase);
    let mut i = 1;
    while i + 3 < toks.len() {
        // Not "Engineer-in-Chief (Irrigation) Ch. Venkateswarlu": an office's branch.
        let given_name = name_word(&toks[i - 1]) && toks[i - 1].text.chars().all(char::is_alphabetic);
        let nickname = toks[i].text == "("
            && given_name
            && name_word(&toks[i + 1])
            && toks[i + 2].text == ")"
            && name_word(&toks[i + 3]);
        if nickname {
            toks.drain(i..i + 3);
        }
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::quotes;

    #[test]
    fn words_marks_and_quoted_flags() {
        let body = "Putin’s aide said “U.S. troops, 1,159 of them.”";
        let qs = quotes::find(body);
        let refs: Vec<&Quote> = qs.iter().collect();
        let toks = tokenize(body, 0..body.len(), &refs);
        let words: Vec<&str> = toks.iter().filter(|t| t.is_word()).map(|t| t.text).collect();
        assert_eq!(words, ["Putin’s", "aide", "said", "U.S", "troops", "1,159", "of", "them"]);
        assert!(!toks[2].quoted && toks[3].kind == TokKind::QuoteMark && toks[4].quoted);
    }

    #[test]
    fn a_bracketed_nickname_inside_a_name_is_skipped() {
        let words = |body: &str| -> Vec<String> {
            tokenize(body, 0..body.len(), &[]).iter().map(|t| t.text.to_string()).collect()
        };
        assert_eq!(words("Mr. Panagiotis (Takis) Lymberis said"), ["Mr", ".", "Panagiotis", "Lymberis", "said"]);
        // An acronym, or a bracket not inside a name, stays.
        assert_eq!(words("the Legacy Authority (SLA) Chief said").len(), 8);
        assert_eq!(words("Lymberis (Mayor) said").len(), 5);
        assert_eq!(words("Engineer-in-Chief (Irrigation) Ch. Rao said").len(), 8);
    }

    #[test]
    fn an_age_a_party_or_a_standing_in_brackets_after_a_name_is_skipped() {
        let words = |body: &str| -> Vec<String> {
            tokenize(body, 0..body.len(), &[]).iter().map(|t| t.text.to_string()).collect()
        };
        assert_eq!(words("Gerd Matthes (74), who fished"), ["Gerd", "Matthes", ",", "who", "fished"]);
        assert_eq!(words("Thomas Kunze (independent), warned"), ["Thomas", "Kunze", ",", "warned"]);
        assert_eq!(words("Susanne Albrecht-Kühn (CDU) said"), ["Susanne", "Albrecht-Kühn", "said"]);
        assert_eq!(words("Coun Rizwan Akhtar (Lab, Keighley Central), who"), ["Coun", "Rizwan", "Akhtar", ",", "who"]);
        // A body's own acronym stays: its name spells it.
        assert_eq!(words("United Progressive Front (UPF) member").len(), 7);
    }
}

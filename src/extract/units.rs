//! Units of extraction: sentences, merged where one quotation runs across
//! them (a multi-sentence or multi-paragraph quote stays with its attribution).

use super::quotes::Quote;
use crate::segment;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    pub range: Range<usize>,
    /// Index of the paragraph the unit starts in (0 is the headline).
    pub paragraph: usize,
}

pub fn units(body: &str, quotes: &[&Quote]) -> Vec<Unit> {
    let mut out: Vec<Unit> = Vec::new();
    // A deck below site chrome or a second headline line: any paragraph in headlinese before the lede,
    // the first paragraph that is prose (a sentence of some length, closed by a stop).
    let mut before_lede = true;
    for (p, para) in segment::paragraphs(body).into_iter().enumerate() {
        let text = &body[para.clone()];
        let deck = before_lede && p <= 6 && cued_deck(text);
        let headlinese = (p <= 1 || deck) && super::headlines::holds_headline_statements(text);
        // Read only until the lede: not every paragraph of the story.
        before_lede = before_lede && (super::headlines::in_headlinese(text) || text.split_whitespace().count() < 8);
        let sentences = segment::sentences(body, para);
        let clauses = sentences.into_iter().flat_map(|s| if headlinese { clauses(body, s, quotes) } else { vec![s] });
        for s in clauses {
            match out.last_mut() {
                Some(u)
                    if super::quotes::overlapping(quotes, s.start..s.start + 1)
                        .iter()
                        .any(|q| q.outer.start >= u.range.start && q.outer.start < s.start) =>
                {
                    u.range.end = s.end;
                }
                Some(u) if u.paragraph == p && asked_then_named(body, u.range.clone(), s.clone(), quotes) => {
                    u.range.end = s.end
                }
                _ => out.push(Unit { range: s, paragraph: p }),
            }
        }
    }
    out.into_iter().flat_map(|u| bounded(body, u)).collect()
}

/// Whether a paragraph below the first two is a deck that attributes: a cue among
/// its words ("Mayor says …; geologist warns …"), and no ticker, list of other
/// stories or photo credit ("Markets: FTSE 100 up 0.5%; Dow down 1.2%",
/// "Most read: …", "(AP Photo/…)").
fn cued_deck(text: &str) -> bool {
    const CHROME: [&str; 6] = ["Markets:", "Most read", "Related", "Topics", "Photo", "Trending"];
    let chrome = CHROME.iter().any(|c| text.starts_with(c)) || text.contains("Photo/") || text.contains("Getty");
    !chrome
        && text.split_whitespace().any(|w| super::cues::lookup(w.trim_matches(|c: char| !c.is_alphabetic())).is_some())
}

/// `sentence` cut after each semicolon outside quotation marks.
fn clauses(body: &str, sentence: Range<usize>, quotes: &[&Quote]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = sentence.start;
    for (i, _) in body[sentence.clone()].match_indices("; ") {
        let at = sentence.start + i;
        if super::quotes::overlapping(quotes, at..at + 1).is_empty() {
            out.push(start..at);
            start = at + "; ".len();
        }
    }
    out.push(start..sentence.end);
    out
}

/// `"Where is it?" Sheila Brown told the assembly.`: a quotation ending on a
/// question or exclamation ends a sentence before a capital, but the name and
/// cue after it are its attribution, as after a comma (`"…," Sheila Brown said`).
/// Only a quotation that is its sentence alone (not `Mary Jones shouted: "…!"`,
/// nor `on "Jeopardy!"`), then a name and its cue ([`cue_after_name`]) with
/// nothing said after the cue ([`nothing_said_after`]).
fn asked_then_named(body: &str, before: Range<usize>, next: Range<usize>, quotes: &[&Quote]) -> bool {
    let alone = |q: &&&Quote| q.outer == before && body[q.inner.clone()].trim_end().ends_with(['?', '!']);
    if !quotes.iter().any(|q| alone(&q)) {
        return false;
    }
    let words: Vec<&str> = body[next].split_whitespace().take(24).collect();
    cue_after_name(&words).is_some_and(|at| nothing_said_after(&words, at))
}

/// Where the cue is, right after a name of up to four words or one with a
/// description set off in commas ("Sheila Brown, a member for the NDP, told
/// …"); not after a group or title alone ("Police", "Witnesses", "Host").
fn cue_after_name(words: &[&str]) -> Option<usize> {
    use super::speakers::lexicon::{OFFICES, TITLES, UNNAMED_NOUNS};
    let name = |w: &str| w.starts_with(char::is_uppercase) && !w.ends_with(['.', '?', '!']);
    let named = words.iter().take_while(|w| name(w)).count();
    let last = words.get(named.saturating_sub(1)).filter(|_| (1..=4).contains(&named))?;
    let group = |w: &str| {
        let w = w.trim_end_matches(',').to_lowercase();
        UNNAMED_NOUNS.contains(w.as_str()) || TITLES.contains(w.as_str()) || OFFICES.contains(w.as_str())
    };
    if named == 1 && group(last) {
        return None;
    }
    let at = if last.ends_with(',') {
        let closing = words[named..].iter().position(|w| w.ends_with(','));
        let described = closing.filter(|&i| !words[named..named + i].iter().any(|w| w.ends_with(['.', '?', '!'])));
        described.map(|i| named + i + 1)
    } else {
        Some(named)
    };
    let cue = |w: &str| super::cues::lookup(w.trim_end_matches(['.', ',', ';'])).is_some();
    at.filter(|&at| words.get(at).is_some_and(|w| cue(w)))
}

/// Whether the words after the cue at `at` say only whom, where, when or how
/// ("told The Pearl Daily at the Old Taxi Park yesterday", "said Tuesday", "said
/// angrily", "said, adding that …"), not what ("Police said the driver fled").
fn nothing_said_after(words: &[&str], at: usize) -> bool {
    let rest = &words[at + 1..];
    let ends = rest.iter().position(|w| w.ends_with(['.', '?', '!'])).map_or(rest.len(), |i| i + 1);
    let addressed = matches!(words[at].trim_end_matches(['.', ',']), "told" | "tells" | "asked" | "asks");
    let adjunct = |w: &&str| {
        let w = w.trim_end_matches(['.', ',']);
        matches!(w, "on" | "at" | "in" | "to" | "by" | "from" | "during" | "after" | "before" | "as" | "when" | "while")
            || matches!(w, "yesterday" | "today" | "tonight" | "earlier" | "later" | "afterwards" | "last" | "this")
            || matches!(w, "outside" | "inside" | "through" | "near" | "with" | "over" | "under" | "again" | "simply")
            || w.ends_with("ly")
            || w.len() > 3 && w.parse::<chrono::Weekday>().is_ok()
    };
    // After a comma the writer's participle says more, not the cue.
    let comma = words[at].ends_with(',');
    let said_what = !addressed && !comma && rest.first().is_some_and(|w| !adjunct(w));
    let clause = if comma { 0 } else { rest[..ends].iter().position(|w| w.ends_with(',')).map_or(ends, |i| i + 1) };
    let reported = said_what || rest[..clause].contains(&"that");
    let placed = rest.first().is_some_and(adjunct) || comma;
    (words[at].ends_with('.') || ends <= 10 || placed) && !reported
}

/// Longest unit, in bytes. A news sentence, even with its quote, is a few
/// hundred; a line of thousands of quotes and speech verbs with no full stop
/// (scraped junk, or hostile input) made extraction quadratic in its length.
const MAX_UNIT: usize = 4096;

/// `u` cut into pieces of at most [`MAX_UNIT`] bytes, after a comma or
/// semicolon where one is near the limit, else after a space.
fn bounded(body: &str, u: Unit) -> Vec<Unit> {
    let mut pieces = Vec::new();
    let mut start = u.range.start;
    while u.range.end - start > MAX_UNIT {
        let mut limit = start + MAX_UNIT;
        while !body.is_char_boundary(limit) {
            limit -= 1;
        }
        let window = &body[start..limit];
        let tail = window.len().saturating_sub(MAX_UNIT / 4);
        let cut = window[tail..]
            .rfind([',', ';'])
            .map(|i| tail + i + 1)
            .or_else(|| window.rfind(char::is_whitespace).filter(|&i| i > 0))
            .unwrap_or(window.len());
        pieces.push(Unit { range: start..start + cut, paragraph: u.paragraph });
        start += cut;
    }
    pieces.push(Unit { range: start..u.range.end, paragraph: u.paragraph });
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::quotes;

    #[test]
    fn a_sentence_without_end_is_cut_into_bounded_units() {
        let body = "Head\n\n".to_string() + &"Putin said \"we will not rule it out\" and Kim warned that ".repeat(500);
        let qs = quotes::find(&body);
        let top: Vec<&Quote> = qs.iter().collect();
        let us = units(&body, &top);
        assert!(us.len() > 5 && us.iter().all(|u| u.range.len() <= MAX_UNIT), "{}", us.len());
        assert_eq!(us.last().unwrap().range.end, body.trim_end().len());
        assert!(us.windows(2).all(|w| w[0].range.end == w[1].range.start || w[0].paragraph == 0));
    }

    fn unit_texts(body: &str) -> Vec<&str> {
        let qs = quotes::find(body);
        let top: Vec<&Quote> = qs.iter().collect();
        units(body, &top).iter().map(|u| &body[u.range.clone()]).collect()
    }

    #[test]
    fn a_name_and_cue_after_a_question_attribute_it() {
        let body = "Head\n\n\"Where is it?\" Sheila Brown told the assembly. Then she left.";
        assert_eq!(unit_texts(body), ["Head", "\"Where is it?\" Sheila Brown told the assembly.", "Then she left."]);
        let body = "Head\n\n\"Where is it?\" Sheila Brown, a member for the NDP, told the assembly.";
        assert_eq!(unit_texts(body).len(), 2);
        // A new sentence, not an attribution: a capital and no cue after the name.
        let body = "Head\n\n\"Is the system broken?\" That is the question the report asks.";
        assert_eq!(unit_texts(body).len(), 3);
        let body = "Head\n\n\"Where is it?\"\n\nSheila Brown said the money was gone.";
        assert_eq!(unit_texts(body).len(), 3);
        // Not a quotation already attributed, a group's, a title's, nor one before a reported clause.
        for body in [
            "Head\n\nMary Jones shouted: \"This is a scandal!\" Councillor Tom Reed said so.",
            "Head\n\n\"We have lost everything!\" Police said the driver fled.",
            "Head\n\nShe first appeared on \"Jeopardy!\" Host Ken Jennings said she was the best.",
            "Head\n\n\"We have lost everything!\" Smith said nothing more and left.",
            "Head\n\n\"Why?\" Tom Reed said the money had been spent properly on the roads.",
        ] {
            assert_eq!(unit_texts(body).len(), 3, "{body}");
        }
        // Where, when and how it was said, and the writer's participle after a comma.
        for tail in [
            "said Tuesday.",
            "said angrily.",
            "said, adding that it was late.",
            "said outside her home in Carlisle, where water reached the first floor.",
        ] {
            let body = format!("Head\n\n\"We have lost everything!\" Tom Reed {tail}");
            assert_eq!(unit_texts(&body).len(), 2, "{body}");
        }
        let body = "Head\n\nWhere is it? Sheila Brown said nothing.";
        assert_eq!(unit_texts(body).len(), 3);
    }

    #[test]
    fn semicolons_set_apart_a_headline_statements_outside_quotes() {
        let body = "Residents vow to fight ruling; county says no one will be left homeless\n\nBody; text.";
        assert_eq!(
            unit_texts(body),
            ["Residents vow to fight ruling", "county says no one will be left homeless", "Body; text."]
        );
        let body = "Minister says \"we act; we must\"\n\nBody.";
        assert_eq!(unit_texts(body), ["Minister says \"we act; we must\"", "Body."]);
    }

    #[test]
    fn a_cued_deck_below_site_chrome_is_cut_too_but_not_a_ticker_nor_the_story_s_prose() {
        let body = "Home | News\n\nHead line\n\nMarkets: FTSE 100 up 0.5%; Dow down 1.2%\n\n\
                    Mayor says road shut; geologist warns cliff needs work\n\n\
                    The road closed on Monday after a rockfall near the town. It stays shut.\n\nLate; deck";
        assert_eq!(
            unit_texts(body),
            [
                "Home | News",
                "Head line",
                "Markets: FTSE 100 up 0.5%; Dow down 1.2%",
                "Mayor says road shut",
                "geologist warns cliff needs work",
                "The road closed on Monday after a rockfall near the town.",
                "It stays shut.",
                "Late; deck"
            ]
        );
    }

    #[test]
    fn a_quote_across_paragraphs_is_a_unit_per_paragraph() {
        let body = "Head\n\nHe said, “One. Two.\n\n“Three.”\n\nAfter.";
        let qs = quotes::find(body);
        let top: Vec<&Quote> = qs.iter().collect();
        let us: Vec<&str> = units(body, &top).iter().map(|u| &body[u.range.clone()]).collect();
        assert_eq!(us, ["Head", "He said, “One. Two.", "“Three.”", "After."]);
    }
}

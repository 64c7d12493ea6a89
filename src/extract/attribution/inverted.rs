//! Speakers after the cue: "“…,” said Putin", "said on Monday the minister",
//! "The court heard from forensic accountant Naomi Field", "cited a senior
//! official as saying".

use super::subject::{joins_name, name_end, name_word, nickname_mark, office_word, BOUNDARY_WORDS, WEEKDAYS};
use super::*;
use crate::extract::speakers::lexicon::{OFFICES, ORG_WORDS, PARTICLES, TITLES, UNNAMED_NOUNS};

/// Tokens of a time or a medium between an inverted cue and its speaker:
/// "declared this Tuesday Jean-Wilner Pierre-Louis", "said on Monday the
/// minister", "confirmed for Bistrica.ba the president".
pub(super) fn before_inverted_speaker(toks: &[Tok], from: usize) -> usize {
    let word = |j: usize| toks.get(j).filter(|t| t.is_word() && !t.quoted).map(|t| t.lower()).unwrap_or_default();
    let day_part = |w: &str| WEEKDAYS.contains(&w) || matches!(w, "morning" | "evening" | "afternoon" | "week");
    let medium = toks.get(from + 1).is_some_and(|t| t.is_word() && t.is_capitalized() && !t.quoted);
    let skip = match word(from).as_str() {
        "this" | "on" | "last" if day_part(&word(from + 1)) => 2,
        "for" | "to" if medium && word(from + 2) == "the" => 2,
        w if WEEKDAYS.contains(&w) || matches!(w, "yesterday" | "today" | "tonight") => 1,
        _ => 0,
    };
    // Only before a name or a description: not "said on Monday." at the end.
    let named = toks.get(from + skip).is_some_and(|t| t.is_word() && (t.is_capitalized() || t.is("the")));
    if named {
        skip
    } else {
        0
    }
}

/// "Yonhap cited a senior official as saying ...": the speaker is the object of "cited".
pub(super) fn cited_speaker(toks: &[Tok], k: usize) -> Option<Range<usize>> {
    if !toks[k].is("saying") || k < 2 || !toks[k - 1].is("as") {
        return None;
    }
    let verb =
        toks[..k - 1].iter().rposition(|t| matches!(t.lower().as_str(), "cited" | "quoted" | "quoting" | "citing"))?;
    let np = verb + 1..k - 1;
    // "…,” managing director Sandra Stemer-Konzett was quoted as saying": the passive's subject.
    // "was quoted in the release as saying", "was quoted by the agency as saying": where or by
    // whom between.
    let passive = verb >= 1 && matches!(toks[verb - 1].lower().as_str(), "was" | "were" | "is" | "are" | "been");
    let adjunct = np.len() <= 8 && toks.get(np.start).is_some_and(|t| matches!(t.lower().as_str(), "in" | "by" | "on"));
    if (np.is_empty() || adjunct) && passive && toks[verb].is("quoted") {
        let aux = if verb >= 2 && toks[verb - 1].is("been") { verb - 2 } else { verb - 1 };
        return super::subject::speaker_window(toks, aux).filter(|w| !w.is_empty());
    }
    // "quoted the Executive Director of the initiative, Mrs. Philomena Nwokporo, as saying": the
    // name set off after a long office.
    if np.len() > 8 && toks[k - 2].text == "," {
        let open = toks[np.start..k - 2].iter().rposition(|t| t.text == ",").map(|i| np.start + i);
        let name = open.map(|o| o + 1..k - 2).filter(|n| (1..=6).contains(&n.len()));
        if let Some(name) = name.filter(|n| toks[n.start].is_capitalized() && toks[n.clone()].iter().all(|t| !t.quoted))
        {
            return Some(name);
        }
    }
    (!np.is_empty() && np.len() <= 8 && toks[np.clone()].iter().all(|t| !t.quoted)).then_some(np)
}

/// Bodies named by a common noun before an office: "board chair", "union secretary".
static ORG_WORDS_SMALL: crate::segment::wordset::WordSet = crate::segment::wordset::WordSet::new(&[
    "board", "union", "council", "party", "club", "committee", "company", "school", "hospital", "association", "group",
    "church", "parish", "league", "team", "society", "trust", "museum", "university", "village",
]);

/// "the Right to Defence group", "the Coalition to Stop Gun Violence": the "to"
/// at `i` is inside the name a "the" opens, between two capitalised words.
fn joins_title_words(toks: &[Tok], from: usize, i: usize) -> bool {
    let capital = |t: &Tok| t.is_word() && t.is_capitalized() && !t.quoted;
    // Not "said the President to Parliament", "the Ambassador to Washington": an office and whom it addresses.
    let office = |t: &Tok| TITLES.contains(t.lower().as_str()) || OFFICES.contains(t.lower().as_str());
    toks[from].is("the")
        && i > from + 1
        && capital(&toks[i - 1])
        && !office(&toks[i - 1])
        && toks.get(i + 1).is_some_and(capital)
}

/// "“...,” said Putin" / "said the Russian president".
pub(super) fn inverted_speaker(toks: &[Tok], from: usize) -> Option<Range<usize>> {
    let from = from + before_inverted_speaker(toks, from);
    let mut end = from;
    // `said Ricardo ‘Scoops’ Tulloch`: a nickname's marks inside the name.
    // "by the engineering firm Ponce & Salvat Ingenieros": an ampersand inside a firm's name.
    // Not "said Jane Smith & John Brown": two people, the first named in full before it.
    let ampersand = |i: usize| {
        let one_word_before = i < 2 || !toks[i - 2].is_capitalized();
        i > 0
            && toks[i].text == "&"
            && toks[i - 1].is_capitalized()
            && one_word_before
            && toks.get(i + 1).is_some_and(|n| n.is_capitalized())
    };
    let joiner = |i: usize| {
        (matches!(toks[i].text, "." | "’" | "'" | "-" | "/") || nickname_mark(toks, i) || ampersand(i))
            && toks.get(i + 1).is_some_and(|n| n.is_word())
            && i > from
    };
    // "the president of the Independent Union of Miners of RMU Crni Vrh, Emir …": a long office.
    let longest = if toks.get(from).is_some_and(|t| t.is("the")) { 14 } else { 10 };
    while end < toks.len() && (toks[end].is_word() || joiner(end)) && !toks[end].quoted && end - from < longest {
        let lower = toks[end].lower();
        if end > from
            && (BOUNDARY_WORDS.contains(lower.as_str())
                || matches!(lower.as_str(), "on" | "in" | "at" | "to" | "during" | "after" | "with"))
            && !(lower == "and" && joins_name(toks, end, name_end(toks, end)))
            && !(lower == "to" && joins_title_words(toks, from, end))
        {
            break;
        }
        // Not "said State Director of Agriculture Jaswant Singh Randhawa": a cue word as a name's.
        if end == from && (lower == "that" || cues::lookup(&lower).is_some() && !toks[end].is_capitalized()) {
            return None;
        }
        end += 1;
    }
    let first = toks.get(from)?;
    // "According to af Klinteberg": a surname opening on its particle.
    let particled = PARTICLES.contains(first.text) && toks.get(from + 1).is_some_and(|n| n.is_capitalized());
    // "said head coach Pierre-Yves St-Onge": an office written small, then the name.
    // "said board chair Sharon Kekumu-Lindsey": the body's noun before the office.
    let office_at = |i: usize| toks.get(i).is_some_and(|t| t.is_word() && office_word(t));
    // "says communications director Pernille Kjær Thomsen": a portfolio written small too.
    let small = |i: usize| toks.get(i).is_some_and(|t| t.is_word() && !t.is_capitalized());
    let titled = (office_at(from)
        || first.is_word() && ORG_WORDS_SMALL.contains(first.lower().as_str()) && office_at(from + 1)
        || small(from) && (office_at(from + 1) || small(from + 1) && office_at(from + 2)))
        && toks[from..end].iter().any(|t| t.is_word() && t.is_capitalized());
    // `"We heard the walls crack," says resident`, `…," says union`: a bare source, as headlines write it.
    // "processors' body": a plural's apostrophe is a token of its own.
    let possessive = || toks.get(from + 1).is_some_and(|t| matches!(t.text, "'" | "’"));
    let bare = || bare_source(first) || possessive() && toks.get(from + 2).is_some_and(bare_source);
    let plausible = first.is_capitalized()
        || particled
        || titled
        || bare()
        || matches!(
            first.lower().as_str(),
            "the"
                | "a"
                | "an"
                | "one"
                | "another"
                | "he"
                | "she"
                | "they"
                | "him"
                | "her"
                | "them"
                | "people"
                | "sources"
                | "officials"
                | "analysts"
                | "experts"
        );
    // "said the president of the civic entity, Wilfredo Condori Villca, in a press conference": the name.
    // "said its chairman, Tróndur á Heygum": an office of the body just named.
    let possessive = matches!(first.lower().as_str(), "its" | "his" | "her" | "their") && office_at(from + 1);
    if end > from && (first.lower() == "the" || possessive) && toks.get(end).is_some_and(|t| t.text == ",") {
        // A particle inside the name ("Tróndur á Heygum"), not at its ends.
        let particle = |i: usize| i > end + 1 && PARTICLES.contains(toks[i].text);
        // A run cut off on a particle ends at the last name word before it.
        // `said the group's spokesman, Gustavo "el Colo" Ferrari,`: a nickname's marks inside.
        // "said its president, Haji Mohd. Naiyer Jamal": an abbreviated given name's stop inside.
        let stop = |i: usize| {
            toks[i].text == "."
                && toks[i - 1].is_capitalized()
                && toks[i - 1].text.chars().count() <= 4
                && toks.get(i + 1).is_some_and(|n| n.is_word() && n.is_capitalized())
        };
        let name_end = (end + 1..toks.len().min(end + 9))
            .take_while(|&i| {
                toks[i].is_word() && (name_word(&toks[i]) || particle(i)) || nickname_mark(toks, i) || stop(i)
            })
            .filter(|&i| name_word(&toks[i]))
            .last();
        let closed = name_end.is_some_and(|e| toks.get(e + 1).is_none_or(|t| matches!(t.text, "," | ".")));
        if let Some(e) = name_end.filter(|&e| closed && e > end + 1) {
            return Some(end + 1..e + 1);
        }
    }
    // Only an office with its holder's name after it runs past ten words.
    let end = end.min(from + 10);
    (end > from && plausible).then_some(from..end)
}

/// "The court heard from forensic accountant Naomi Field that ...".
pub(super) fn heard_from(toks: &[Tok], k: usize) -> Option<Range<usize>> {
    if !toks[k].is("heard") || !toks.get(k + 1)?.is("from") {
        return None;
    }
    let from = k + 2;
    let end = (from..toks.len().min(from + 9)).find(|&i| toks[i].is("that") || !toks[i].is_word())?;
    (end > from).then_some(from..end)
}

/// A source named by a bare noun, without article or name: "officials",
/// "resident", "union".
pub(super) fn bare_source(t: &Tok) -> bool {
    let lower = t.lower();
    t.is_word() && (UNNAMED_NOUNS.contains(lower.as_str()) || ORG_WORDS.contains(lower.as_str()))
}

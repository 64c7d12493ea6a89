//! Speakers that open the sentence rather than stand before the cue: the subject
//! of a participle ("Its director general, Paolo Ferrante, went further,
//! threatening"), a name set beside a description, the name after an opening
//! phrase.

use super::subject::{is_name, name_word, nickname_mark, titled_name, ADJUNCT_PREPOSITIONS};
use super::*;
use crate::extract::speakers::lexicon::{BUSINESS, PARTICLES, PERSON_NOUNS, UNNAMED_NOUNS};
use crate::segment::wordset::WordSet;

/// "Its director general, Paolo Ferrante, went further, threatening that
/// ...", "Winner Rupert Hale, 29, hit back, insisting ...": the participle's
/// speaker is the name that opens the sentence.
pub(super) fn clause_subject(toks: &[Tok], k: usize) -> Option<Range<usize>> {
    let base = past_dateline(toks, k);
    let commas: Vec<usize> = (base..k).filter(|&i| toks[i].text == "," && !toks[i].quoted).take(3).collect();
    let mut start = base;
    for (n, &comma) in commas.iter().enumerate() {
        let seg = start..comma;
        if !seg.is_empty() && is_name(&toks[seg.clone()]) && !STARTERS.contains(toks[seg.start].text) {
            return Some(seg);
        }
        // "Former Test captain Shahzaib Qureshi,": the name after its office.
        let in_name = |i: usize| toks[i].is_word() && name_word(&toks[i]) || nickname_mark(toks, i);
        let tail = seg.clone().rev().take_while(|&i| in_name(i)).count();
        let office =
            seg.len() > tail && toks[seg.end - tail - 1].is_word() && !toks[seg.end - tail - 1].is_capitalized();
        if tail >= 2 && office {
            return Some(seg.end - tail..seg.end);
        }
        // Only a description or a name may come before the name: "Its director general,".
        // "Drake's agent MARCO SANTANGELO hit back within hours,": the name before the verb.
        if let Some(run) = named_subject(&toks[seg.clone()]) {
            return Some(seg.start + run.start..seg.start + run.end);
        }
        let first = toks.get(seg.start).map(Tok::lower).unwrap_or_default();
        let describes = matches!(first.as_str(), "its" | "his" | "her" | "their" | "the" | "a" | "an");
        // "At a sentencing hearing in December, Crown attorney Priya Raghunathan asked …, arguing".
        let adjunct = ADJUNCT_PREPOSITIONS.contains(&first.as_str()) && seg.len() <= 10;
        if n > 0 || !(describes && seg.len() <= 6 || adjunct) {
            return None;
        }
        start = comma + 1;
    }
    None
}

/// "OPEC+ pauses output hikes, vows to act …", "Regional council unveils eco-trail,
/// promises 30 guide jobs": a headline's second verb after a comma, with no subject of
/// its own, is the opening subject's. The subject runs up to the first verb: a word
/// written small ending in "s" or "ed", or the "to" of a plan ("Montney Crest to spend
/// $1.1 billion, says …"); at most five words, none quoted.
pub(super) fn headline_subject(toks: &[Tok], k: usize) -> Option<Range<usize>> {
    let verb = (1..k).find(|&i| {
        let t = &toks[i];
        let lower = t.lower();
        t.is_word()
            && !t.is_capitalized()
            && (lower.len() > 3 && (lower.ends_with('s') || lower.ends_with("ed")) || t.is("to"))
    })?;
    let subject = &toks[..verb];
    let worded = subject.iter().all(|t| t.is_word() && !t.quoted || t.text == "+");
    // Not "Greenway to Sligo 'will happen', vows council chair": quoted words, then the speaker.
    let clause = !toks[verb..k - 1].iter().any(|t| t.quoted || matches!(t.text, "," | ";" | ":"));
    // "Steelmaker to cut 400 jobs, blames imports": a description alone is no name to resolve.
    let lower = toks[0].lower();
    let trade = BUSINESS.contains(lower.as_str()) || lower.ends_with("maker");
    let described =
        verb == 1 && (trade || PERSON_NOUNS.contains(lower.as_str()) || UNNAMED_NOUNS.contains(lower.as_str()));
    (verb <= 5 && worded && clause && !described && toks[0].is_capitalized()).then_some(0..verb)
}

/// "According to the District Water Manager, Mr Samuel Teye Ofori, …": the
/// name set beside the description, if one is.
pub(super) fn apposed_name(toks: &[Tok], np: &Range<usize>) -> Option<Range<usize>> {
    if toks.get(np.end)?.text != "," {
        return None;
    }
    let start = np.end + 1;
    let end = (start..toks.len().min(start + 8)).find(|&i| toks[i].text == ",")?;
    (end > start && is_name(&toks[start..end])).then_some(start..end)
}

/// "In a note to clients, Pieter van den Broek of … cut his target and
/// wrote": the name that opens the sentence, after any opening phrase.
pub(super) fn opening_subject(toks: &[Tok], k: usize) -> Option<Range<usize>> {
    // "BOISE, Idaho (MWW) — Gem State Power Co. on Tuesday asked …, saying": past the dateline.
    let base = past_dateline(toks, k);
    let shifted = |r: Range<usize>| r.start + base..r.end + base;
    opening_subject_from(&toks[base..], k - base).map(shifted)
}

/// Where a sentence's own words start after a dateline in capitals set off by a
/// spaced dash ("BOISE, Idaho (MWW) — "), or 0.
fn past_dateline(toks: &[Tok], k: usize) -> usize {
    let caps = |t: &Tok| t.is_word() && t.text.len() > 1 && !t.text.chars().any(char::is_lowercase);
    if !toks.first().is_some_and(caps) {
        return 0;
    }
    (1..k.min(12)).find(|&i| super::subject::is_spaced_dash(toks, i)).map_or(0, |d| d + 1)
}

/// [`opening_subject`] of a sentence whose own words start at `toks[0]`.
fn opening_subject_from(toks: &[Tok], k: usize) -> Option<Range<usize>> {
    // "A spokesman for Marri Crescent Holdings, …, denied … and called": the described subject.
    if toks.first().is_some_and(|t| matches!(t.text, "A" | "An" | "The")) {
        let end = toks[..k].iter().position(|t| t.text == ",").unwrap_or(k);
        // "The union went further, saying …": with no comma before the participle's, the words
        // up to the sentence's verb. Only for "saying", which has no other subject: "The judge
        // also ordered …, noting" is the judge who spoke last.
        if end + 1 == k && toks[k].is("saying") {
            let verb = (1..end.min(7)).find(|&i| past_verb(&toks[i]))?;
            return (verb >= 2).then_some(0..verb);
        }
        // "The head of the delegation of Uzbekistan, deputy minister Sardor Tursunboyev, …
        // and said": the name in the clause after the description.
        let close = (end + 1..k).find(|&i| toks[i].text == ",");
        // "The parish priest, Fr. Benjamin Alvarado, blessed the boats … and told": a titled name.
        let named = |s: &Range<usize>| titled_name(&toks[s.clone()]) || is_name(&toks[s.clone()]);
        if let Some(named) = close.map(|c| end + 1..c).filter(named) {
            return Some(named);
        }
        return (2..=10).contains(&end).then_some(0..end);
    }
    let opens_phrase = toks.first().is_some_and(|t| ADJUNCT_PREPOSITIONS.contains(&t.lower().as_str()));
    let from = if opens_phrase { toks[..k].iter().position(|t| t.text == ",")? + 1 } else { 0 };
    let capital = |t: &Tok| t.is_word() && (t.is_capitalized() || t.is("of"));
    let particle = |i: usize| {
        PARTICLES.contains(toks[i].text) && toks.get(i + 1).is_some_and(|n| n.is_word() && n.is_capitalized())
    };
    // "Mineral and Petroleum Resources Minister Dineo Mashaba visited … and promised": "and" inside an office.
    let joined =
        |i: usize| toks[i].is("and") && i > from && toks.get(i + 1).is_some_and(|n| n.is_word() && n.is_capitalized());
    // "State Fisheries Minister T.K. Haridasan visited … and promised": the stops of initials.
    // "Gem State Power Co. on Tuesday asked": the stop of a company's form.
    let initial = |i: usize| {
        toks[i].text == "."
            && i > from
            && (toks.get(i + 1).is_some_and(|n| n.is_word() && n.is_capitalized())
                || matches!(toks[i - 1].text, "Co" | "Corp" | "Inc" | "Ltd"))
    };
    let len =
        (from..k).take_while(|&i| capital(&toks[i]) || i > from && particle(i) || joined(i) || initial(i)).count();
    let end = (from..from + len).rev().find(|&i| !toks[i].is("of")).map(|i| i + 1)?;
    (end > from).then_some(from..end)
}

/// A verb in the past tense, written small: "ordered", "went", "began".
fn past_verb(t: &Tok) -> bool {
    const IRREGULAR: [&str; 14] =
        ["went", "began", "took", "gave", "made", "sent", "held", "kept", "set", "put", "cut", "shut", "struck", "hit"];
    let lower = t.lower();
    t.is_word()
        && !t.is_capitalized()
        && (lower.len() > 4 && lower.ends_with("ed") || IRREGULAR.contains(&lower.as_str()))
}

/// Capitalised sentence openers that are not names.
static STARTERS: WordSet =
    WordSet::new(&["The", "A", "An", "In", "On", "At", "After", "But", "And", "However", "Meanwhile"]);

/// The last run of two or more capitalised words directly followed by a
/// lowercase word: a named subject and its verb.
fn named_subject(ts: &[Tok]) -> Option<Range<usize>> {
    let mut best = None;
    let mut i = 0;
    while i < ts.len() {
        // "The International Monetary Fund lowered": the name past its article.
        let start = if ts[i].text == "The" { i + 1 } else { i };
        i = start;
        while i < ts.len() && ts[i].is_word() && ts[i].is_capitalized() {
            i += 1;
        }
        let verb_follows = ts.get(past_acronym_and_day(ts, i)).is_some_and(|t| t.is_word() && !t.is_capitalized());
        if i >= start + 2 && verb_follows && !STARTERS.contains(ts[start].text) {
            best = Some(start..i);
        }
        i = i.max(start + 1);
    }
    best
}

/// Past "(IMF) on Tuesday", between a body's name and its verb.
fn past_acronym_and_day(ts: &[Tok], mut i: usize) -> usize {
    if ts.get(i).is_some_and(|t| t.text == "(") && ts.get(i + 2).is_some_and(|t| t.text == ")") {
        i += 3;
    }
    let day = |t: &Tok| crate::extract::dates::names_a_day(t.text);
    if ts.get(i).is_some_and(|t| t.is("on")) && ts.get(i + 1).is_some_and(day) {
        i += 2;
    }
    i
}

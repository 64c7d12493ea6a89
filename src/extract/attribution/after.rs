//! Speakers named after the cue: reported speech inverted ("Prices will
//! rise, said Karin Mulder-Vos, chair of …") and "according to X", where the
//! rest of the unit is X's; "For X, economist at Y, …", the view of an
//! expert the sentence opens on; and "This was stated by X", which gives the
//! sentence before to X.

use super::inverted::{bare_source, before_inverted_speaker, inverted_speaker};
use super::opening::apposed_name;
use super::subject::office_word;
use super::*;
use crate::extract::speakers::lexicon::{BUSINESS, DOCUMENTS, PARTICLES, PERSON_NOUNS, ROLE_WORDS, TITLES};

/// "Prices will rise, said Karin Mulder-Vos, chair of …": reported speech
/// with the cue and speaker after it. Not "Fifita, Tonga's envoy, said Tonga
/// would act": the name after the cue must end the clause. A headline's
/// clause may be shorter and its source bare ("Clean-up has begun, says
/// union", "…, say officials").
pub(super) fn inverted_after_clause(toks: &[Tok], k: usize, cue: Cue, headline: bool) -> Option<Frame> {
    let least = if headline { 3 } else { 4 };
    let clause = k > least && toks[k - 1].text == "," && toks[..k - 1].iter().filter(|t| t.is_word()).count() >= least;
    if headline && clause {
        if let Some(frame) = bare_source_after(toks, k, cue) {
            return Some(frame);
        }
    }
    // "…, confirmed for Bistrica.ba the president of the union, Emir Hadžiahmetović.": past the medium.
    let from = k + 1 + before_inverted_speaker(toks, k + 1);
    // "…, said head coach Pierre Smith": an office written small before the name.
    let titled = toks.get(from).is_some_and(office_word)
        && toks.get(from + 1).is_some_and(|n| n.is_capitalized() || office_word(n));
    let described = toks.get(from).is_some_and(|t| t.is("the"));
    let named = toks.get(from).is_some_and(|n| n.is_word() && (n.is_capitalized() || titled || described) && !n.quoted);
    let reporting = matches!(
        cue.lemma,
        "say"
            | "add"
            | "warn"
            | "write"
            | "confirm"
            | "state"
            | "declare"
            | "explain"
            | "stress"
            | "announce"
            | "argue"
            | "insist"
            | "claim"
            | "note"
            | "admit"
            | "concede"
            | "acknowledge"
            | "maintain"
            | "estimate"
    );
    if !clause || !named || !reporting {
        return None;
    }
    let np = inverted_speaker(toks, k + 1)?;
    // "…, confirmed the president of the union, Emir Hadžiahmetović.": only with the name.
    if described && np.start == from {
        return None;
    }
    let name = toks[np.clone()]
        .iter()
        .skip_while(|t| office_word(t) && !t.is_capitalized())
        .all(|t| !t.is_word() || t.is_capitalized() || t.is("of") || PARTICLES.contains(t.text));
    if !name || toks.get(np.end).is_some_and(|t| !matches!(t.text, "," | "." | ";")) {
        return None;
    }
    Some(speaker_after_cue(toks, k, cue, toks[np.start].start..toks[np.end - 1].end))
}

/// The frame of the cue at `k` whose speaker's words, at `range`, follow it.
fn speaker_after_cue(toks: &[Tok], k: usize, cue: Cue, range: Range<usize>) -> Frame {
    Frame {
        cue,
        cue_word: toks[k].text.to_string(),
        speaker: SpeakerRef::Words(range.clone()),
        target: None,
        content: vec![],
        attribution: toks[k].start..range.end,
    }
}

/// "…, say officials", "…, says union", "…, says PTA chief as …" ending a
/// headline or its first half: a source without article or name, or a short
/// description of one, which the body explains (see `described`).
fn bare_source_after(toks: &[Tok], k: usize, cue: Cue) -> Option<Frame> {
    // "…, says processors' body; plants running at half capacity": up to a semicolon, or the
    // clause after the source ("…, says harbour chief as DFO delays dredging").
    let rest = toks.get(k + 1..)?;
    // As written: "AS Monaco coach" is a club's.
    let clause =
        |t: &Tok| matches!(t.text, ";" | ":" | "as" | "after" | "amid" | "while" | "but" | "before" | "in" | "with");
    let rest = &rest[..rest.iter().position(clause).unwrap_or(rest.len())];
    let source = match rest {
        [one] if one.is_word() && bare_source(one) => 1,
        // "processors' body": a plural's apostrophe is a token of its own.
        [first, mark, second] if first.is_word() && matches!(mark.text, "'" | "’") && bare_source(second) => 3,
        _ if described_source(rest) => rest.len(),
        _ => return None,
    };
    Some(speaker_after_cue(toks, k, cue, rest[0].start..rest[source - 1].end))
}

/// "PTA chief", "state exco", "garment workers' federation": up to five
/// words ending on a noun for a source, which is lowercase.
fn described_source(words: &[Tok]) -> bool {
    const HEADS: [&str; 8] = ["chief", "head", "boss", "exco", "administration", "metro", "trader", "widow"];
    let Some(head) = words.last().filter(|t| t.is_word() && !t.is_capitalized()) else { return false };
    let lower = head.lower();
    let noun = bare_source(head)
        || HEADS.contains(&lower.as_str())
        || [&ROLE_WORDS, &TITLES, &PERSON_NOUNS, &BUSINESS].iter().any(|set| set.contains(lower.as_str()));
    // Not "report on national security", "letter to council": a document, or a phrase after its noun.
    let phrase = |t: &Tok| {
        let lower = t.lower();
        matches!(lower.as_str(), "on" | "of" | "for" | "to" | "at" | "by" | "from")
            || DOCUMENTS.contains(&lower.as_str())
            || STUDIES.contains(&lower.as_str())
    };
    let words_only = words.iter().all(|t| t.is_word() && !phrase(t) || matches!(t.text, "'" | "’" | "-"));
    noun && words_only && words.len() <= 5
}

/// "according to X", "in the words of X": the rest of the unit is X's.
pub(super) fn according_to(toks: &[Tok]) -> Option<Frame> {
    let according = toks.windows(2).position(|w| w[0].is("according") && w[1].is("to") && !w[0].quoted);
    let words_of = || {
        let k = toks
            .windows(4)
            .position(|w| w[0].is("in") && w[1].is("the") && w[2].is("words") && w[3].is("of") && !w[0].quoted)?;
        // "In the words of Pestov, …", not "in the words of the song".
        toks.get(k + 4).is_some_and(|t| t.is_capitalized()).then_some((k, 4))
    };
    let (k, width) = according.map(|k| (k, 2)).or_else(words_of)?;
    let owner = data_owner(toks, k + width);
    // "according to its chair Gunilla Ersson": the office and name after the possessive.
    let from = source_of_data(toks, k + width);
    let owned_office = toks.get(from).is_some_and(|t| matches!(t.lower().as_str(), "its" | "his" | "her" | "their"))
        && toks.get(from + 1).is_some_and(office_word)
        && toks.get(from + 2).is_some_and(|t| t.is_word() && t.is_capitalized());
    let from = from + usize::from(owned_office);
    // "according to a report by council officers": when nobody nameable follows "by", the whole phrase.
    let described = owner
        .clone()
        .or_else(|| inverted_speaker(toks, from))
        .or_else(|| (from != k + width).then(|| inverted_speaker(toks, k + width)).flatten())?;
    // "According to the Guilin Municipal Culture, Radio, Television and Tourism Bureau, …": a
    // body whose name holds a list; else "According to the District Water Manager, Mr Samuel
    // Teye Ofori, turbidity …": the name after the office.
    let listed = listed_body_end(toks, described.end).map(|end| described.start..end);
    let np = listed.or_else(|| apposed_name(toks, &described)).unwrap_or(described);
    let speaker = toks[np.start].start..toks[np.end - 1].end;
    let unit = toks.first()?.start..toks.last()?.end;
    // "According to X, Y" says Y; "Y, according to X, which ..." says Y and
    // then describes X.
    // "He recalled that, according to data from …, there were …": the statement follows.
    // "He questioned the rolling stock: according to him, 40% …": the statement after the colon.
    let opens_clause =
        toks[..k].iter().rev().find(|t| t.text != ",").is_some_and(|t| t.is("that") || matches!(t.text, ":" | ";"));
    // "MAMOUDZOU - According to …": a dateline before it.
    let dateline = toks[..k].iter().all(|t| !t.is_word() || !t.text.chars().any(char::is_lowercase));
    let content = if toks[k].start > unit.start && !opens_clause && !dateline {
        std::iter::once(unit.start..toks[k].start).collect()
    } else {
        // "According to the Trust, which funded the work, heat stress cost …": past the clause about X.
        let relative = toks.get(np.end + 1).is_some_and(|t| matches!(t.lower().as_str(), "which" | "who" | "whose"));
        // "According to Cabinet notes from last week's meeting, Cabinet approved …": past the papers.
        let from = if relative || owner.is_some() {
            toks[np.end + 1..].iter().position(|t| t.text == ",").map_or(np.end, |p| np.end + 1 + p)
        } else {
            np.end
        };
        toks[from..].iter().find(|t| t.text != ",").map(|after| after.start..unit.end).into_iter().collect()
    };
    let cue = cues::lookup("said")?;
    Some(Frame {
        cue,
        cue_word: if width == 2 { "according to" } else { "in the words of" }.into(),
        speaker: SpeakerRef::Words(speaker),
        target: None,
        content,
        attribution: toks[k].start..toks[np.end - 1].end,
    })
}

/// Where ", Radio, Television and Tourism Bureau" ends, after a body's first words at `from`:
/// a comma list of capitalised items whose last ends on an organisation word.
fn listed_body_end(toks: &[Tok], from: usize) -> Option<usize> {
    let capitalised_run = |at: usize| (at..toks.len()).find(|&i| !(toks[i].is_word() && toks[i].is_capitalized()));
    let mut at = from;
    while toks.get(at).is_some_and(|t| t.text == ",") {
        let end = capitalised_run(at + 1).filter(|&end| end > at + 1)?;
        at = end;
        if toks.get(at).is_some_and(|t| t.is("and")) {
            let last = capitalised_run(at + 1).filter(|&end| end > at + 1)?;
            let org = crate::extract::speakers::lexicon::ORG_WORDS.contains(toks[last - 1].lower().as_str());
            return org.then_some(last);
        }
    }
    None
}

/// What numbers and papers speak for their source: "figures from X", "Cabinet notes".
const DATA: [&str; 16] = [
    "figures", "data", "statistics", "estimates", "numbers", "records", "calculations", "projections", "forecasts",
    "notes", "minutes", "documents", "papers", "forecast", "bulletin", "database",
];

/// Studies speak for whoever made them too; but their "of" names what was
/// studied ("a survey of 412 members"), not who made it.
const STUDIES: [&str; 13] = [
    "survey", "surveys", "report", "reports", "study", "poll", "analysis", "census", "audit", "assessment", "review",
    "inspection", "evaluation",
];

/// A paper or a study, written small: "Census Bureau data" is the Bureau's data.
fn data_noun(t: &Tok) -> bool {
    let lower = t.lower();
    !t.is_capitalized() && (DATA.contains(&lower.as_str()) || STUDIES.contains(&lower.as_str()))
}

/// "According to Cabinet notes from last week's meeting", "according to police
/// figures": whose the papers are, named before them.
fn data_owner(toks: &[Tok], from: usize) -> Option<Range<usize>> {
    let noun = (from..toks.len().min(from + 5)).find(|&i| data_noun(&toks[i]))?;
    // "according to city figures": the city's government's.
    let owner_word = |t: &Tok| matches!(t.lower().as_str(), "police" | "city" | "council" | "government");
    let owned = toks[from..noun].iter().all(|t| t.is_word() && (t.is_capitalized() || owner_word(t)));
    (noun > from && owned).then_some(from..noun)
}

/// "According to figures published by the finance ministry", "according to
/// data from the statistics office": where the body the numbers are from is
/// named, else `from`.
fn source_of_data(toks: &[Tok], from: usize) -> usize {
    // "an independent safety review by …": a study may take two words before it.
    let noun = (from..toks.len().min(from + 4)).find(|&i| data_noun(&toks[i]));
    // "data of the National Statistical Institute": the owner after "of" too.
    // "a survey released last month by the …": past when it was published.
    let by = noun.and_then(|n| {
        (n + 1..toks.len().min(n + 7)).take_while(|&i| toks[i].is_word() && !toks[i].quoted).find(|&i| {
            toks[i].is("by") || toks[i].is("from") || (toks[i].is("of") && !STUDIES.contains(&toks[n].lower().as_str()))
        })
    });
    by.map_or(from, |b| b + 1)
}

/// "For Petr Šťastný, chief economist of Vltavská banka, the decision is above
/// all political.": an expert's view, as translated French and Spanish copy
/// gives it. Only with an office "of" or "at" a body: "For Glenda Marsh, who
/// farms north of town, the news landed hard" is the writer's.
pub(super) fn for_expert(toks: &[Tok]) -> Option<Frame> {
    if toks.first().is_none_or(|t| t.text != "For") {
        return None;
    }
    let comma = toks.iter().position(|t| t.text == ",")?;
    let name = 1..comma;
    let named = toks[name.clone()].iter().all(|t| !t.quoted && (t.is_capitalized() || matches!(t.text, "." | "-")));
    let close = comma + 1 + toks[comma + 1..].iter().position(|t| t.text == ",")?;
    let office = &toks[comma + 1..close];
    let opener = office.first()?;
    let is_office = opener.is_word()
        && !opener.is_capitalized()
        && !matches!(opener.lower().as_str(), "who" | "whose" | "which" | "a" | "an" | "the")
        && office.len() <= 12
        && office.iter().any(|t| t.is("of") || t.is("at"));
    let rest = toks.get(close + 1..)?;
    // "For Tomás Echeñique Brahm, …, the explanation is another.": a frame for the quote to come.
    if !named || !(2..=5).contains(&name.len()) || !is_office || rest.iter().filter(|t| t.is_word()).count() < 5 {
        return None;
    }
    let speaker = toks[name.start].start..toks[name.end - 1].end;
    Some(Frame {
        cue: cues::lookup("said")?,
        cue_word: "for".into(),
        speaker: SpeakerRef::Words(speaker),
        target: None,
        content: std::iter::once(rest[0].start..toks.last()?.end).collect(),
        attribution: toks[0].start..toks[close].end,
    })
}

/// "This was stated by Vice Minister of Energy Aidos Tulegenov at a briefing",
/// as translated Russian copy attributes the sentence before: the speaker's
/// words and the cue.
pub fn stated_by(toks: &[Tok]) -> Option<(Range<usize>, Cue)> {
    let [this, was, verb, by, ..] = toks else { return None };
    let pointer = matches!(this.lower().as_str(), "this" | "that") && matches!(was.lower().as_str(), "was" | "is");
    if !pointer || !by.is("by") || !(verb.text.ends_with("ed") || verb.is("said")) {
        return None;
    }
    let cue = cues::lookup(verb.text)?;
    // The name runs to where and when it was said: "at a briefing", "on Wednesday".
    let initial = |i: usize| toks[i].text == "." && toks[i - 1].text.chars().count() == 1;
    let end = (4..toks.len().min(22))
        .find(|&i| {
            let t = &toks[i];
            !(t.is_word() && !t.quoted && !ADJUNCT_STARTS.contains(&t.lower().as_str()) || initial(i) || t.text == "-")
        })
        .unwrap_or(toks.len().min(22));
    let named = toks[4..end].iter().any(|t| t.is_word() && t.is_capitalized());
    (end > 4 && named).then(|| (toks[4].start..toks[end - 1].end, cue))
}

/// Words that open what follows a speaker's name: where, when, how.
const ADJUNCT_STARTS: &[&str] = &["at", "in", "on", "during", "after", "before", "when", "while", "via", "through"];

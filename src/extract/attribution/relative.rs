//! Speakers a relative clause names after the sentence's main verb: "The
//! talks are chaired by Claire Morency, Canada's chief trade negotiator, who
//! said the remaining disagreements concerned scrap", "according to Tulloch,
//! who said the rest would stay out". The cue follows ", who"; the speaker is
//! the name before it, past any description set off by commas. A body's
//! ", which says it represents 1,900 dockers" is the body's, wherever it stands.

use super::subject::office_word;
use super::{Cue, Tok, TokKind};
use crate::extract::speakers::lexicon::{BUSINESS, COMPANY_SUFFIXES, ORG_WORDS, PARTICLES};
use std::ops::Range;

/// Words a name in the object of the sentence follows: "chaired by X", "a response from X",
/// "according to X", "Among those waiting was X".
const BEFORE_OBJECT: [&str; 12] =
    ["by", "from", "for", "to", "with", "at", "was", "is", "were", "are", "met", "including"];

/// Whose words a name after "for" or "to" is not: "a lawyer for Tom Hale, who said", "a
/// spokesman for Mayor Ada Brown, who said".
const VOICES_OF: [&str; 16] = [
    "lawyer", "lawyers", "spokesman", "spokeswoman", "spokesperson", "representative", "attorney", "counsel", "aide",
    "adviser", "advisor", "wife", "husband", "son", "daughter", "office",
];

/// Cues that state something whatever follows them; the others only before "that" ("who
/// claimed the title", "who added a third goal", "who denied him entry").
const STATING: [&str; 4] = ["say", "tell", "warn", "accuse"];

/// Whether the cue at `k` opens a relative clause after a comma that states something:
/// ", who said the …", ", who added that …". Not ", who said nothing", ", who told no one".
pub(super) fn after_comma_who(toks: &[Tok], k: usize, cue: &Cue) -> bool {
    let opens = k >= 2 && toks[k - 1].is("who") && toks[k - 2].text == "," && !toks[k - 1].quoted;
    if !opens {
        return false;
    }
    let next = toks.get(k + 1).map(|t| t.lower()).unwrap_or_default();
    // "who alleged at a committee meeting on Wednesday that …", "who assured before the Senate
    // on November 13 that …", "who called it "a hole in the Baltic"".
    let that = toks.iter().skip(k + 1).take(14).take_while(|t| t.text != "," && t.text != ".").any(|t| t.is("that"));
    let quoted =
        toks.get(k + 1..k + 5).is_some_and(|ts| ts.iter().any(|t| t.kind == TokKind::QuoteMark || t.text == ":"));
    let stating = STATING.contains(&cue.lemma) || that || quoted;
    let empty = matches!(next.as_str(), "nothing" | "no" | "nobody" | "none" | "little" | "later" | "afterwards");
    stating && !empty
}

/// The body a ", which" clause at the cue `k` is about: "the Union of Port Workers of
/// Togo (SYNTRAPORT-Togo), which says it represents about 1,900 casual dockers", "The
/// coalition, which claims about 1,400 members", "according to the BWA, which said …". Only
/// for say, claim and estimate, or a cue before "that"; only a body's name or noun.
pub(super) fn after_comma_which(toks: &[Tok], k: usize, cue: &Cue) -> Option<Range<usize>> {
    let opens = k >= 3 && toks[k - 1].is("which") && toks[k - 2].text == "," && !toks[k - 1].quoted;
    let next = |i: usize| toks.get(k + i).map(|t| t.lower()).unwrap_or_default();
    let that = next(1) == "that";
    // "which claims about 40,000 members", not "which claimed nine lives", "its sixth title".
    let members = toks[k + 1..toks.len().min(k + 9)].iter().any(|t| t.is("members") || t.is("member"));
    let stating = matches!(cue.lemma, "say" | "estimate") || cue.lemma == "claim" && members || that;
    // "which says a lot about how tenders are scored": the fact, not the body, says it.
    let about_the_fact = matches!(next(1).as_str(), "a" | "much" | "little" | "something" | "everything" | "more");
    if !opens || !stating || about_the_fact {
        return None;
    }
    // Past an acronym in brackets: "… of Togo (SYNTRAPORT-Togo), which says"; not "(1997)",
    // "(Section 35)".
    let mut end = k - 2;
    let bracketed = toks[end - 1].text == ")";
    if bracketed {
        let open = (0..end - 1).rev().find(|&i| toks[i].text == "(")?;
        let acronym = toks[open + 1..end - 1]
            .iter()
            .all(|t| t.text == "-" || t.is_word() && t.text.chars().any(char::is_uppercase) && !t.text.contains(' '))
            && toks[open + 1..end - 1].iter().any(|t| t.text.chars().filter(|c| c.is_uppercase()).count() >= 2);
        if !acronym {
            return None;
        }
        end = open;
    }
    let head = toks.get(end.checked_sub(1)?)?;
    let lower = head.lower();
    let body_noun = |w: &str| ORG_WORDS.contains(w) || BUSINESS.contains(w) || w == "utility";
    // "The coalition, which says": a body's noun after "the", which the story named before.
    if end >= 2 && toks[end - 2].is("the") && head.is_word() && !head.is_capitalized() {
        return body_noun(&lower).then(|| end - 2..end);
    }
    let joiner = |t: &Tok| {
        matches!(t.lower().as_str(), "of" | "for" | "and" | "the" | "&" | "et" | "y" | "e" | "l'" | "d'" | "des")
            || PARTICLES.contains(t.text)
    };
    let word = |t: &Tok| t.is_word() && (t.is_capitalized() || joiner(t)) || matches!(t.text, "'" | "’" | "-" | ".");
    let mut start = (0..end).rev().take_while(|&i| word(&toks[i])).last()?;
    // "But the Nigerian Association …": not the sentence's conjunction.
    let opener = |t: &Tok| matches!(t.text, "But" | "And" | "Yet" | "So" | "However" | "Meanwhile" | "Now" | "Also");
    while start < end && (!toks[start].is_capitalized() || opener(&toks[start])) {
        start += 1;
    }
    // Not a law, a treaty, a document or a building: "the National Police Service Act, which
    // says", "the Global Gender Gap Report, which says".
    const NOT_BODIES: [&str; 21] = [
        "Act", "Statute", "Code", "Convention", "Constitution", "Regulation", "Law", "Treaty", "Charter", "Directive",
        "Bill", "Station", "GDPR", "Protocol", "Report", "Index", "Budget", "Survey", "Study", "Review", "Plan",
    ];
    if toks[start..end].iter().any(|t| NOT_BODIES.contains(&t.text)) {
        return None;
    }
    let acronym = bracketed || head.text.len() >= 2 && head.text.chars().all(|c| c.is_uppercase() || c == '-');
    // "the Union of Port Workers of Togo (SYNTRAPORT-Togo)": a body's word inside the name.
    // "the Fédération Régionale de la Pêche Artisanale …": or a name too long for a place.
    let capitals = toks[start..end].iter().filter(|t| t.is_word() && t.is_capitalized()).count();
    let named_body = capitals >= 4 || toks[start..end].iter().any(|t| t.is_capitalized() && body_noun(&t.lower()));
    let body = body_noun(&lower) || COMPANY_SUFFIXES.contains(lower.as_str()) || acronym || named_body;
    (start < end && body).then_some(start..end)
}

/// The words of the ", which says" clause at the cue `k`, up to where the clause ends:
/// "which says it represents 3,000 owners, called on the ministry …" says only the first.
/// A main verb after the clause reaches back over it, so they are set here.
pub(super) fn end_at_clause(toks: &[Tok], k: usize, frame: &mut super::Frame) {
    let from = k + 1 + usize::from(toks.get(k + 1).is_some_and(|t| t.is("that")));
    let Some(comma) = toks[from..].iter().position(|t| t.text == "," && !t.quoted).map(|at| from + at) else {
        return;
    };
    if comma > from {
        frame.content = std::iter::once(toks[from].start..toks[comma - 1].end).collect();
    }
}

/// The name the relative clause of the cue at `k` is about, when it stands in the
/// sentence's object ("disputed by Luiza Saidova, a duty forecaster, who said")
/// or in apposition after a comma and a verb ("Also present was the Ambassador …,
/// Liu Jianhong, who told"). Not the sentence's own subject ("Kargbo, who denied …,
/// sat quietly", "Its country director, Dom Scalpelli, who said …, told"): what it
/// says is background to what the sentence tells.
pub(super) fn antecedent(toks: &[Tok], k: usize) -> Option<Range<usize>> {
    let mut end = k.checked_sub(2)?;
    // A description or three between the name and ", who".
    for _ in 0..4 {
        let start = (0..end).rev().find(|&i| is_break(&toks[i])).map_or(0, |i| i + 1);
        let segment = &toks[start..end];
        // "greeted by Ana Ruiz", "where he met Emmerson Mnangagwa", "according to Tulloch": the
        // name the clause's verb takes, whatever the segment opens on.
        if let Some(name) = name_ending(toks, start, end).filter(|n| after_verb(toks, n.start)) {
            return Some(name);
        }
        // ", 41,", ", a member of parliament from Osh,", ", Canada's chief trade negotiator,",
        // ", Director of Programmes at Oxfam Bangladesh,": a short description, the name before it.
        let (first, last) = (segment.first()?, segment.last()?);
        let described = first.text.starts_with(|c: char| c.is_ascii_digit())
            || first.is_word() && !first.is_capitalized()
            || matches!(first.lower().as_str(), "the" | "a" | "an")
            || office_word(first) && segment.iter().any(|t| t.is_word() && !t.is_capitalized())
            || last.is_word() && !last.is_capitalized();
        // Not "the council apologised to residents": a clause of its own, not a description.
        let clause = segment.iter().any(|t| {
            let lower = t.lower();
            matches!(lower.as_str(), "was" | "is" | "were" | "are" | "has" | "had" | "have" | "will" | "would")
                || t.is_word() && !t.is_capitalized() && lower.len() > 4 && lower.ends_with("ed")
        });
        let short = segment.len() <= 12 && start > 0 && toks[start - 1].text == "," && !clause;
        if !(described && short) {
            return name_ending(toks, start, end);
        }
        end = start - 1;
    }
    None
}

/// Whether the name at `at` follows a verb's own word for whom it acts on: "by", "was", "met",
/// "according to".
fn after_verb(toks: &[Tok], at: usize) -> bool {
    let before = |i: usize| toks.get(i).map(|t| t.lower()).unwrap_or_default();
    at > 0
        && (matches!(before(at - 1).as_str(), "by" | "was" | "is" | "were" | "are" | "met" | "including")
            || at > 1 && before(at - 1) == "to" && before(at - 2) == "according")
}

/// The name that ends `start..end` when it stands in the sentence's object.
fn name_ending(toks: &[Tok], start: usize, end: usize) -> Option<Range<usize>> {
    let run_start = (start..end).rev().take_while(|&i| name_part(toks, i, start)).last()?;
    // The place of an office that opens the segment: "Director of Programmes at Oxfam Bangladesh".
    if run_start > start && office_word(&toks[start]) {
        return None;
    }
    let placed = if run_start == start {
        // ", Liu Jianhong," after an office in the object: "was the Ambassador …", "refers to the
        // statements of the minister, Claire Verdier-Lamotte, who assured …"; not "Its country
        // director, Dom Scalpelli, who said …, told": the subject.
        let mut before = (0..start.saturating_sub(1)).rev().take_while(|&i| !is_break(&toks[i]));
        start > 0
            && toks[start - 1].text == ","
            && before.any(|i| BEFORE_OBJECT.contains(&toks[i].lower().as_str()) && !toks[i].is_capitalized())
    } else {
        let word = toks[run_start - 1].lower();
        let voiced = run_start >= 2 && VOICES_OF.contains(&toks[run_start - 2].lower().as_str());
        BEFORE_OBJECT.contains(&word.as_str()) && !voiced
    };
    let named = toks[run_start..end].iter().any(|t| t.is_word() && t.is_capitalized());
    (placed && named).then_some(run_start..end)
}

fn is_break(t: &Tok) -> bool {
    !t.quoted && matches!(t.text, "," | ";" | ":" | "—" | "–" | "(" | ")") || t.kind == TokKind::QuoteMark
}

/// Whether the token at `i` goes on with a name that ends before the comma.
fn name_part(toks: &[Tok], i: usize, start: usize) -> bool {
    let t = &toks[i];
    let joiner = matches!(t.text, "." | "-" | "’" | "'") && i > start;
    t.is_word() && (t.is_capitalized() || PARTICLES.contains(t.text) && i > start) || joiner
}

//! Attribution frames: where in a unit (a sentence, or sentences a quote holds
//! together) somebody is said to say something, who, and what.
//!
//! Covers speaker before the cue ("X said (that) ..."), after it ("“...,” said
//! X"), descriptive clauses ("X, who ..., said"), coordination ("X said ... and
//! warned ..."), colons ("X said:"), objects ("warned Seoul that", "told
//! reporters") and "according to X".

mod after;
mod content;
mod inverted;
mod opening;
mod relative;
mod subject;
mod what;

use super::cues::{self, Cue};
use super::tokens::{Tok, TokKind};
use crate::segment::wordset::WordSet;
pub use after::stated_by;
use after::{according_to, for_expert, inverted_after_clause};
use content::assign_content;
use inverted::{cited_speaker, heard_from, inverted_speaker};
use opening::{clause_subject, opening_subject};
use std::ops::Range;
use subject::speaker_window;

/// Who a frame's speaker is, before resolution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SpeakerRef {
    /// Byte range of the speaker's words in the body.
    Words(Range<usize>),
    /// Elided subject: the previous frame's speaker ("... and warned that").
    Previous,
}

#[derive(Debug, Clone)]
pub struct Frame {
    pub cue: Cue,
    pub cue_word: String,
    pub speaker: SpeakerRef,
    pub target: Option<Range<usize>>,
    /// Byte ranges of what was said (several when a quote is split by the attribution).
    pub content: Vec<Range<usize>>,
    /// Byte range of the attribution words themselves (speaker..cue).
    pub attribution: Range<usize>,
}

static NOT_SUBJECT_BEFORE_CUE: WordSet = WordSet::new(&[
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "which", "who",
    "is", "was", "were", "are", "be", "been", "being", "to", "of", "by", "for", "with", "without", "no",
]);
/// Base forms that are more often nouns than verbs in news text: a cue only
/// after "I", "we", "they" or "you".
const NOUN_LIKE_BASE: &[&str] = &[
    "state", "note", "report", "call", "claim", "warning", "promise", "pledge", "vow", "stress", "reply", "demand",
    "think", "believe", "blame", "estimate", "forecast", "predict", "calculate",
];
/// Third-person forms that are also plural nouns: a cue only after a name or pronoun.
const NOUN_LIKE_S: &[&str] =
    &["claims", "calls", "reports", "notes", "states", "promises", "pledges", "vows", "demands", "estimates"];
/// Verbs that show the word before them was a plural noun ("the Gulf states are").
const PLURAL_VERBS: &[&str] =
    &["are", "were", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "do", "did"];
/// A cue after a modal is a future or hypothetical, not a statement ("would respond").
const MODALS: &[&str] = &["would", "could", "may", "might", "should", "must", "can", "will", "shall", "to"];
/// Finite verbs that show a clause ("there was", "the council had ignored").
const FINITE: &[&str] = &[
    "is", "was", "were", "are", "has", "had", "have", "would", "could", "will", "should", "did", "does", "can",
    "might", "must",
];
/// What "saying" takes when it says no statement: "saying nothing", "saying goodbye".
const SAID_NOTHING: &[&str] =
    &["nothing", "little", "anything", "goodbye", "hello", "sorry", "thanks", "grace", "prayers", "a", "an"];
/// What is said as a rite, not a statement: "saying the rosary", "saying Mass".
const PRAYERS: &[&str] = &["rosary", "mass", "prayers", "prayer", "grace", "kaddish", "vespers"];
/// Things that say: "a large sign, saying the bridge would be closed".
const SIGNS: &[&str] = &["sign", "signs", "notice", "banner", "poster", "placard", "note", "letter", "message"];
const COMMA_PARTICIPLES: &[&str] = &[
    "arguing", "claiming", "insisting", "stressing", "admitting", "accusing", "denying", "blaming", "warning",
    "threatening", "telling", "noting", "explaining", "stating", "urging",
];
/// Besides the "rage" and "joke" cues, which attribute only after a quote too.
const QUOTE_ONLY: &[&str] = &["continued", "continues", "hammered", "hammers", "launched", "launches"];
/// Cues of translated copy that attribute only before "that" or after a quote:
/// "guaranteed that …", not "guaranteed a loan"; "“…,” considered the academic".
const THAT_OR_QUOTE: &[&str] = &[
    "indicated", "manifested", "manifests", "guarantee", "guarantees", "guaranteed", "clarify", "clarifies",
    "clarified", "considers", "considered", "recognises", "recognised", "recognizes", "recognized", "advanced",
    "informed", "informs", "expressed", "expresses", "reminded", "reminds", "pointed", "points", "deplores",
    "deplored", "regrets", "regretted", "observes", "observed", "recalled", "recalls", "opined", "opines",
];
/// Whether "that" right after the cue opens a clause ("that the union had been shut out", "that
/// Sunvia knew") rather than pointing at a noun ("that account", "that timetable").
fn clause_after_that(toks: &[Tok], k: usize) -> bool {
    const OPENERS: &[&str] = &[
        "the", "a", "an", "its", "his", "her", "their", "our", "my", "this", "these", "those", "it", "he", "she",
        "they", "we", "i", "you", "there", "any", "all", "no", "some", "anyone", "anybody", "nobody", "none",
    ];
    let opener = |t: &Tok| {
        t.is_capitalized() || t.text.starts_with(|c: char| c.is_ascii_digit()) || OPENERS.contains(&t.lower().as_str())
    };
    toks.get(k + 1).is_some_and(|t| t.is("that")) && toks.get(k + 2).is_some_and(opener)
}
/// "estimates that about 650 hectares have been flooded", "estimates the team will cost about
/// SEK 6 million": a clause with its own verb after the cue, before any comma.
fn clause_follows(toks: &[Tok], k: usize) -> bool {
    let that = toks.get(k + 1).is_some_and(|t| t.is("that"));
    let from = k + 1 + usize::from(that);
    let opens = toks.get(from).is_some_and(|t| t.is_word() && !MODALS.contains(&t.lower().as_str()));
    let finite = |t: &Tok| FINITE.contains(&t.lower().as_str()) || MODALS.contains(&t.lower().as_str()) && !t.is("to");
    let rest = || toks[from.min(toks.len())..].iter().skip(1).take(8).take_while(|t| t.text != ",");
    let Some(verb) = rest().position(finite) else { return false };
    // "The government estimates it published in May were too optimistic": without "that", a
    // past form before the verb makes "estimates" a noun its relative clause describes.
    let relative = !that && rest().take(verb).any(|t| t.is_word() && t.lower().ends_with("ed"));
    opens && !relative
}
/// Whether the word at `p` is a singular noun after "the" ("The company", "The report"),
/// so that a third-person form after it ("states that …") is its verb.
fn singular_noun_subject(toks: &[Tok], p: usize) -> bool {
    // "The company also states that …".
    let p = if toks[p].is("also") && p >= 1 { p - 1 } else { p };
    let noun = &toks[p];
    let determiner = p >= 1 && toks[p - 1].is("the");
    determiner && noun.is_word() && !noun.is_capitalized() && !noun.text.ends_with('s') && !noun.text.ends_with('’')
}
/// Words after which a participle is an adjective: "would put added strain".
static BEFORE_ADJECTIVE: WordSet = WordSet::new(&[
    "put", "puts", "putting", "bring", "brings", "brought", "offer", "offers", "offered", "provide", "provides",
    "provided", "create", "creates", "created", "face", "faces", "faced", "under", "any", "some", "extra", "much",
]);
/// What "read" can attribute: "the statement read".
const DOCUMENTS: &[&str] =
    &["statement", "letter", "message", "text", "communique", "communiqué", "note", "post", "release"];

/// Whether the cue at `k` comes right after a quotation ("“…,” Wragg raged").
fn after_quote(toks: &[Tok], k: usize) -> bool {
    toks[k.saturating_sub(4)..k].iter().any(|t| t.kind == TokKind::QuoteMark)
}

/// "As Nurlan Zhaksylykov informed the correspondent, the contractors …": the
/// cue of an "As …" clause, whose statement follows its comma.
fn as_told(toks: &[Tok], k: usize) -> bool {
    toks.first().is_some_and(|t| t.text == "As") && toks[k + 1..].iter().any(|t| t.text == ",")
}

/// Frames of the unit whose tokens are `toks`.
pub fn frames(toks: &[Tok], headline: bool) -> Vec<Frame> {
    let mut out: Vec<Frame> = Vec::new();
    let mut spans: Vec<(usize, usize, usize)> = Vec::new(); // (frame start tok, cue tok, content start tok)
                                                            // Cues of ", which says …" clauses (see `relative::after_comma_which`).
    let mut relative_clauses: Vec<usize> = Vec::new();
    for k in 0..toks.len() {
        let Some(cue) = cue_at(toks, k, headline) else { continue };
        // "denied the claim, telling the court that ...": the participle goes on the
        // statement its sentence already made; alone ("hit back, claiming") it is one.
        // "rejected the suggestion …, noting that the project is funded …": with "that" it
        // makes a statement of its own.
        // Not after "called a strike", an act rather than a statement.
        // "stressing at a press conference he held in Nouakchott that …": past where it was said.
        let placed_that = toks.get(k + 1).is_some_and(|t| matches!(t.lower().as_str(), "at" | "in" | "during"))
            && toks[k + 1..toks.len().min(k + 13)]
                .iter()
                .take_while(|t| t.is_word() && !t.quoted)
                .any(|t| t.is("that"));
        let own_clause = (toks.get(k + 1).is_some_and(|t| t.is("that")) || placed_that)
            && out.last().is_some_and(|f| f.cue.lemma != "call");
        if !out.is_empty() && COMMA_PARTICIPLES.contains(&toks[k].lower().as_str()) && !own_clause {
            continue;
        }
        // "Kuwabara denied that …, saying subsidies had been increased": a second statement
        // of the same speaker; alone ("walked out, saying …") it is narration.
        // Only after a clause of its own ("denied that …"), not an object ("rejected the claim,
        // saying …"), which leaves the participle to say what was rejected.
        let saying = toks[k].is("saying") && toks[k - 1].text == ",";
        // "denied there was any shortage, saying …": a clause without its "that" is one too,
        // by its finite verb.
        let clause_before = spans.last().is_some_and(|&(_, cue_at, _)| {
            toks[cue_at + 1..k].first().is_some_and(|t| t.is("that") || t.kind == TokKind::QuoteMark)
                || toks[cue_at + 1..k].iter().any(|t| FINITE.contains(&t.lower().as_str()))
        });
        // "The council ordered restrictions in six parishes, saying supply could be
        // interrupted": with no statement before it, a clause after it is one; "walked out,
        // saying nothing" is not.
        // Nor a sign's or a letter's words ("met by a large sign, saying …"), a prayer ("saying
        // the rosary"), nor a sentence that says whose account it is ("…, according to a friend").
        let prayer = || toks[k + 1..toks.len().min(k + 3)].iter().any(|t| PRAYERS.contains(&t.lower().as_str()));
        let sign = k >= 2 && SIGNS.contains(&toks[k - 2].lower().as_str());
        let accounted = || toks[k..].windows(2).any(|w| w[0].is("according") && w[1].is("to"));
        // "saying it needs the money": a pronoun and its verb are a clause too.
        let pronoun_verb = || {
            toks.get(k + 1).is_some_and(|t| matches!(t.lower().as_str(), "it" | "they" | "he" | "she" | "we"))
                && toks.get(k + 2).is_some_and(|t| {
                    t.is_word() && !t.is_capitalized() && (t.text.ends_with('s') || t.text.ends_with("ed"))
                })
        };
        let says_a_clause = spans.is_empty()
            && toks.get(k + 1).is_some_and(|t| t.is_word() && !SAID_NOTHING.contains(&t.lower().as_str()))
            && (toks[k + 1..toks.len().min(k + 8)].iter().any(|t| FINITE.contains(&t.lower().as_str()))
                || pronoun_verb())
            && !prayer()
            && !sign
            && !accounted();
        if saying && !clause_before && !says_a_clause {
            continue;
        }
        // Not inside another statement ("threatened … unless the company pays what authorities
        // say are …"), whose words the description is.
        let what = what::what_frame(toks, k, cue).filter(|_| out.is_empty());
        let frame = what.or_else(|| frame_at(toks, k, cue, out.last().is_some(), headline));
        if let Some(frame) = frame {
            let mut first = toks.iter().position(|t| t.start >= frame.attribution.start).unwrap_or(k);
            // "Many stayed overnight, saying …", "FARO — The authority …, saying …": with no
            // statement before it, a "saying" needs a subject of its own, not the last speaker's
            // nor a dateline's.
            let dateline = toks[first].text.len() > 1 && !toks[first].text.chars().any(char::is_lowercase);
            if saying && !clause_before && (matches!(frame.speaker, SpeakerRef::Previous) || dateline) {
                continue;
            }
            // "According to Dijkhoff, members logged 37 sightings and reported …": no subject.
            if toks[first].is("according") && toks.get(first + 1).is_some_and(|t| t.is("to")) {
                continue;
            }
            // "The Minister, Mr. Sidi Salem, announced …, stressing that": a participle whose
            // subject is the last statement's speaker, a name set beside a description; its
            // own words start at its cue. Not "Linnea Bråthen, an analyst, said …, noting
            // that", which stays one statement.
            let same_subject = out.last().is_some_and(|f| f.speaker == frame.speaker);
            let apposed = first > 0 && toks[first - 1].text == ",";
            if same_subject && apposed && (saying || COMMA_PARTICIPLES.contains(&toks[k].lower().as_str())) {
                first = k;
            }
            // "Tom Hale said the warning confirmed fears": a subject reaching back over
            // the last cue is that statement's content, not a second speaker. Not over a
            // ", which says …," clause inside the subject ("The council, which says it has
            // 900 members, called on …").
            let over_relative =
                spans.last().is_some_and(|&(_, previous_cue, _)| relative_clauses.contains(&previous_cue));
            if spans.last().is_some_and(|&(_, previous_cue, _)| first <= previous_cue) && !over_relative {
                continue;
            }
            // "Karma Tenzin said divers and engineers who inspected the pier found that …": a
            // subject joined by "and" to the words right after the last cue is in that statement.
            let own_subject = first < k && !matches!(frame.speaker, SpeakerRef::Previous);
            let said = out.last().is_some_and(|f| f.cue.lemma == "say");
            if own_subject && said && spans.last().is_some_and(|&(_, cue, _)| joined_to_last_content(toks, cue, first))
            {
                continue;
            }
            // "told reporters that members rejected the offer": an act the statement
            // reports, not a second statement; "testified that Mkhabela told her the
            // contract “had to happen”" reports words of its own, and stays one.
            if !spans.is_empty() && first > 0 && toks[first - 1].is("that") && !reports_words(toks, k) {
                continue;
            }
            if k >= 1 && toks[k - 1].is("which") {
                relative_clauses.push(k);
            }
            spans.push((first, k, k + 1));
            out.push(frame);
        }
    }
    if out.is_empty() {
        if let Some(f) = according_to(toks).or_else(|| for_expert(toks)) {
            out.push(f);
        }
    }
    assign_content(toks, &mut out, &spans, headline);
    for (frame, &(_, k, _)) in out.iter_mut().zip(&spans).filter(|(_, s)| relative_clauses.contains(&s.1)) {
        relative::end_at_clause(toks, k, frame);
    }
    out
}

/// "The organisers put the turnout at 2,300", "It puts the cost at around 74 million euros":
/// a figure its source gives, when "at" and a number follow "put" (the word at `k`, written
/// small as `lower`) in the same clause.
fn puts_a_figure(toks: &[Tok], k: usize, lower: &str) -> bool {
    if !matches!(lower, "put" | "puts") {
        return false;
    }
    let clause = toks[k + 1..].iter().take(8).take_while(|t| !matches!(t.text, "." | ";" | ","));
    let words: Vec<&Tok> = clause.collect();
    // What is counted or priced: not "put her coat on the chair at 3pm".
    const FIGURES: [&str; 24] = [
        "turnout", "figure", "figures", "number", "numbers", "cost", "costs", "toll", "crowd", "value", "damage",
        "share", "bill", "losses", "loss", "inflation", "count", "total", "price", "estimate", "attendance", "size",
        "rate", "growth",
    ];
    words.iter().position(|t| t.is("at")).is_some_and(|at| {
        words[..at].iter().any(|t| FIGURES.contains(&t.lower().as_str()))
            && words[at + 1..].iter().take(4).any(|t| {
                t.text.starts_with(|c: char| c.is_ascii_digit() || c == '€' || c == '$' || c == '£')
                    || crate::extract::numbers::is_number_word(&t.lower())
            })
    })
}

/// "Figures from the Samoa Bureau of Statistics show that …", "MPI figures show
/// 11 escapes …": figures, data or records that show, a statement of whoever
/// keeps them. Not "the video shows", "polls show", whose maker is no source.
fn data_shows(toks: &[Tok], k: usize, lower: &str) -> bool {
    use crate::extract::speakers::lexicon::DATA_NOUNS;
    if !matches!(lower, "show" | "shows" | "showed") {
        return false;
    }
    let subject: Vec<&Tok> =
        toks[k.saturating_sub(12)..k].iter().rev().take_while(|t| !matches!(t.text, "." | ";" | ",")).collect();
    // Not "Our data shows …" of somebody speaking, whose words say it already.
    let own = subject.iter().any(|t| matches!(t.lower().as_str(), "our" | "my" | "their" | "his" | "her" | "its"));
    !own && subject.iter().any(|t| DATA_NOUNS.contains(&t.lower().as_str()))
}

/// Whether the cue at `k` introduces words: a quotation, a colon or "that" before the sentence ends.
fn reports_words(toks: &[Tok], k: usize) -> bool {
    toks[k + 1..]
        .iter()
        .take_while(|t| !matches!(t.text, "." | ";") || t.quoted)
        .any(|t| t.is("that") || t.kind == TokKind::QuoteMark || t.text == ":")
}

fn cue_at(toks: &[Tok], k: usize, headline: bool) -> Option<Cue> {
    let t = &toks[k];
    if !t.is_word() || t.quoted {
        return None;
    }
    let lower = t.lower();
    // "Aoife fired back:", "a source close to Foley hit back": a reply.
    let back = toks.get(k + 1).is_some_and(|n| n.is("back"))
        && matches!(lower.as_str(), "hit" | "hits" | "fired" | "fires" | "shot" | "shoots");
    let cue = if back {
        cues::lookup("replied")?
    } else if puts_a_figure(toks, k, &lower) {
        cues::lookup("estimated")?
    } else if data_shows(toks, k, &lower) {
        cues::lookup("said")?
    } else {
        cues::lookup(t.text)?
    };
    // "a nurse who had conceded defeat on Friday": losing, not saying anything.
    let conceding = matches!(lower.as_str(), "concede" | "concedes" | "conceded" | "conceding");
    if conceding && toks.get(k + 1).is_some_and(|n| n.is("defeat") || n.is("victory")) {
        return None;
    }
    let sentence_start = k == 0 || matches!(toks[k - 1].kind, TokKind::QuoteMark) || toks[k - 1].text == ":";
    // "Brophy THREATENS to WALK": the tabloid's capitals are still the verb.
    let shouted = t.text.len() >= 4 && t.text.chars().all(|c| c.is_uppercase());
    if t.is_capitalized() && !sentence_start && !shouted {
        return None; // "United States", "Daily Report": a name, not a verb
    }
    // "is instantly declared": look past adverbs for the passive.
    // Not "The Assembly said": a name that ends so.
    let prev_at = (0..k).rev().find(|&i| {
        !(toks[i].is_word() && toks[i].text.starts_with(char::is_lowercase) && subject::manner_adverb(&toks[i].lower()))
    });
    let prev = prev_at.map(|i| &toks[i]);
    let prev_lower = prev.map(|p| p.lower()).unwrap_or_default();
    // "“...,” Wragg raged": colourful verbs attribute only right after a quote or before a colon.
    if matches!(cue.lemma, "rage" | "joke") || QUOTE_ONLY.contains(&lower.as_str()) {
        let colon = toks.get(k + 1).is_some_and(|t| t.text == ":");
        return (after_quote(toks, k) || colon).then_some(cue);
    }
    // "hit back, claiming that ...": these participles attribute only after a comma
    // (and then even "warning", otherwise mostly a noun), or after "is" ("The fire
    // department is warning residents not to use ovens").
    if COMMA_PARTICIPLES.contains(&lower.as_str()) {
        let progressive = reported_in_progressive(toks, k, &lower, &prev_lower);
        return (k > 0 && toks[k - 1].text == "," || progressive).then_some(cue);
    }
    // "Wart confirmed in 22-hectare field": headlinese drops the "was" of a passive.
    let passive_headline = headline
        && lower.ends_with("ed")
        && toks.get(k + 1).is_some_and(|n| matches!(n.lower().as_str(), "in" | "at" | "on" | "by" | "as" | "after"))
        && !toks[k + 1..toks.len().min(k + 8)].iter().any(|t| t.is("that"));
    if passive_headline {
        return None;
    }
    // "patients admitted to hospital", "was admitted to the ICU": taken in, not a statement.
    let taken_in = |n: &Tok| matches!(n.lower().as_str(), "hospital" | "hospitals" | "icu" | "intensive" | "care");
    if matches!(lower.as_str(), "admit" | "admits" | "admitted")
        && toks.get(k + 1).is_some_and(|t| t.is("to") || t.is("into"))
        && toks[k + 2..toks.len().min(k + 5)].iter().any(taken_in)
    {
        return None;
    }
    // "did not respond to requests for comment": no statement.
    if matches!(lower.as_str(), "respond" | "responded") && toks.get(k + 1).is_some_and(|t| t.is("to")) {
        return None;
    }
    // "Crews have answered two carbon monoxide calls": calls answered, not words.
    let calls = || toks[k + 1..toks.len().min(k + 6)].iter().any(|t| matches!(t.lower().as_str(), "call" | "calls"));
    if lower == "answered" && calls() {
        return None;
    }
    // "the whole village has called him that for 50 years", "called them so often": a name given
    // or calls made, not words said. Not "called her that evening to say …": a call at a time.
    let object = |t: &Tok| matches!(t.lower().as_str(), "him" | "her" | "them" | "me" | "us" | "you" | "it");
    let timed = toks.get(k + 3).is_some_and(|t| {
        matches!(t.lower().as_str(), "morning" | "afternoon" | "evening" | "night" | "day" | "week" | "weekend")
    });
    if cue.lemma == "call"
        && toks.get(k + 1).is_some_and(object)
        && toks.get(k + 2).is_some_and(|t| t.is("that") || t.is("so"))
        && !timed
    {
        return None;
    }
    // "96 cruise ships called at Puntarenas", "the vessel called at the port of Alat": a port of
    // call, not a call for anything. Not "called at the weekend for talks".
    let port = toks.get(k + 2).is_some_and(|t| t.is_capitalized())
        || matches!(prev_lower.as_str(), "ships" | "vessels" | "ship" | "vessel" | "liners" | "ferries" | "boats");
    if cue.lemma == "call" && toks.get(k + 1).is_some_and(|t| t.is("at")) && port {
        return None;
    }
    // "cited X as saying"; "denied that …, saying …", once a statement was made (see `frames`).
    if lower == "saying" {
        return (prev_lower == "as" || prev_lower == ",").then_some(cue);
    }
    // "disputed that the cuts had played any part"; not "disputed that account", "disputed waters".
    // Not "who has disputed that …, said", "has not disputed that", "It is disputed that".
    if lower == "disputed" {
        let before = toks[..k].iter().rev().map(|t| t.lower()).find(|w| !matches!(w.as_str(), "has" | "had" | "have"));
        let aside =
            before.is_some_and(|w| matches!(w.as_str(), "who" | "not" | "never" | "is" | "was" | "be" | "been"));
        return (clause_after_that(toks, k) && !aside).then_some(cue);
    }
    if cue.lemma == "post" {
        let that = toks[k + 1..toks.len().min(k + 7)].iter().any(|t| t.is("that"));
        return (that || posted_with_colon(toks, k) || after_quote(toks, k)).then_some(cue);
    }
    if matches!(cue.lemma, "find" | "recommend" | "hold") {
        // "the coroner found that", "the judge ruled yesterday that", "the Council had held that".
        let when = |t: &Tok| {
            matches!(t.lower().as_str(), "yesterday" | "today" | "on" | "last" | "this" | "earlier" | "week" | "month")
                || subject::is_weekday(t)
        };
        let that = toks[k + 1..].iter().take(4).find(|t| !when(t));
        return that.is_some_and(|t| t.is("that")).then_some(cue);
    }
    // "indicated to Le Courrier that …", "“…,” she indicated"; not "a warning light
    // indicated low oil pressure". Translated Spanish "manifested" and the like too.
    // "pointed out that …", not "pointed to a report that …".
    if cue.lemma == "point out" && !toks.get(k + 1).is_some_and(|t| t.is("out")) {
        return None;
    }
    if THAT_OR_QUOTE.contains(&lower.as_str()) {
        // "guaranteed on Sunday, at the end of the meeting, that …": past a comma-closed adjunct too.
        let ahead = &toks[k + 1..toks.len().min(k + 14)];
        let after_adjunct = ahead.windows(2).any(|w| w[0].text == "," && w[1].is("that"));
        let that = ahead.iter().take(5).any(|t| t.is("that")) || after_adjunct;
        return (after_quote(toks, k) || that || as_told(toks, k)).then_some(cue);
    }
    if matches!(lower.as_str(), "emailed" | "e-mailed" | "texted" | "messaged") {
        let ahead = &toks[k + 1..toks.len().min(k + 10)];
        let colon = ahead.iter().position(|t| t.text == ":");
        let quoted = colon.is_some_and(|c| ahead.get(c + 1).is_some_and(|t| t.kind == TokKind::QuoteMark));
        let that = ahead.iter().take(5).any(|t| t.is("that"));
        // Not right after a quote: "… “gutted to let the boys down” and had already messaged Will
        // Harcourt-Byrne, who …" sent a message, not this one.
        return (that || quoted).then_some(cue);
    }
    if lower == "heard" {
        return toks.get(k + 1).is_some_and(|t| t.is("from")).then_some(cue); // "the court heard from X that"
    }
    if lower == "read" || lower == "reads" {
        return DOCUMENTS.contains(&prev_lower.as_str()).then_some(cue);
    }
    // "twice as fast as climate models predicted": a comparison, not a forecast reported.
    let compared = cue.lemma == "estimate"
        && (k.saturating_sub(4)..k).rev().take_while(|&i| toks[i].is_word()).any(|i| toks[i].is("as"));
    if compared {
        return None;
    }
    // "WHO warns": the agency, not the relative pronoun.
    let relative_who = prev.is_some_and(|p| p.text != "WHO");
    // "disputed by Luiza Saidova, a duty forecaster, who said …": a relative clause's cue, the name
    // before it the speaker (see `relative`).
    let named_before =
        prev_lower == "who" && relative::after_comma_who(toks, k, &cue) && relative::antecedent(toks, k).is_some()
            || prev_lower == "which" && relative::after_comma_which(toks, k, &cue).is_some();
    // A plural-looking cue that is a verb all the same: "Elin Rask Nutti, a researcher at Norrland
    // University College, notes that …"; "The company states that it will …"; headlinese's verb
    // after a speaker's noun or a comma ("labour ministry promises spot checks", "…, promises
    // permanent fix"; not "climate pledges fall short").
    let verb_after_all = named_before
        || prev_lower == "," && toks.get(k + 1).is_some_and(|n| n.is("that"))
        // Not "The phone calls that the president made", "The government reports that the minister ordered".
        || !matches!(lower.as_str(), "calls" | "reports")
            && prev_at.is_some_and(|p| singular_noun_subject(toks, p))
            && (clause_after_that(toks, k) || clause_follows(toks, k))
        || headline && speaker_before(prev) && toks.get(k + 1).is_some_and(verb_object);
    let rejected = NOT_SUBJECT_BEFORE_CUE.contains(prev_lower.as_str()) && (prev_lower != "who" || relative_who) && !named_before
        || reported_in_time_clause(toks, k, prev_at)
        || MODALS.contains(&prev_lower.as_str())
        // "why he had not reported the matter": no statement was made.
        || matches!(prev_lower.as_str(), "not" | "never") && !matches!(lower.as_str(), "denied" | "denies" | "deny")
        // "had been collated and declared": the passive goes on past "and".
        || prev_lower == "and" && passive_before(toks, prev_at.unwrap_or(0))
        || lower.ends_with("ed") && BEFORE_ADJECTIVE.contains(prev_lower.as_str())
        || NOUN_LIKE_BASE.contains(&lower.as_str())
            && !matches!(prev_lower.as_str(), "i" | "we" | "they" | "you")
            // "Police promise 240 officers for the festival": a headline's police, plural.
            && (k != 1 || prev_lower != "police")
            && !plural_subject_before_to(toks, k)
        // "did not answer the Observer's calls", "the minister's claims that": a possessor's nouns.
        || NOUN_LIKE_S.contains(&lower.as_str()) && prev_at.is_some_and(|p| possessed(toks, p, k))
        // "the Gulf states are": a plural noun and its verb.
        || NOUN_LIKE_S.contains(&lower.as_str())
            && !verb_after_all
            && (prev.is_none_or(|p| !p.is_capitalized() && !is_pronoun(p) || k == 1 && describes_a_noun(p))
                || toks.get(k + 1).is_some_and(|n| PLURAL_VERBS.contains(&n.lower().as_str())));
    (!rejected).then_some(cue)
}

/// "…, and would review the permit once the ILT had reported.": a perfect closing a clause of
/// time, which says when, not what anybody said.
fn reported_in_time_clause(toks: &[Tok], k: usize, prev_at: Option<usize>) -> bool {
    let Some(p) = prev_at.filter(|&p| matches!(toks[p].lower().as_str(), "had" | "has" | "have")) else {
        return false;
    };
    let ends = toks.get(k + 1).is_none_or(|t| matches!(t.text, "." | ";" | ","));
    let since = |t: &Tok| matches!(t.lower().as_str(), "once" | "after" | "until" | "before" | "when" | "since");
    ends && toks[p.saturating_sub(5)..p].iter().any(since)
}

/// "Parents vow to fight the closure", "MPs pledge to …": people named by what they do before
/// "vow" or "pledge" and "to" make it a verb. Not "his vow to", "the Paris pledge to", "Games
/// pledge", "New rules promise to", "Reservists report to bases".
fn plural_subject_before_to(toks: &[Tok], k: usize) -> bool {
    use crate::extract::speakers::lexicon::UNNAMED_NOUNS;
    // People by what they do ("Parents", "Campaigners", "Residents", "Activists"), not "Games",
    // "Paris", "rules", "Nations".
    const PEOPLE: [&str; 8] = ["ers", "ents", "ists", "ants", "ians", "ors", "ees", "men"];
    let people = k > 0 && {
        let prev = &toks[k - 1];
        let lower = prev.lower();
        // "MPs", "MLAs": an office's letters made plural.
        let letters = prev.text.strip_suffix('s').is_some_and(|l| l.len() >= 2 && l.chars().all(|c| c.is_uppercase()));
        prev.is_word()
            && (UNNAMED_NOUNS.contains(lower.as_str()) || PEOPLE.iter().any(|end| lower.ends_with(end)) || letters)
    };
    let pledged = matches!(toks[k].lower().as_str(), "vow" | "pledge");
    people && pledged && toks.get(k + 1).is_some_and(|t| t.is("to"))
}

/// "Early estimates suggested …", "Official figures show …": an adjective
/// opening the sentence before a plural noun, not a name before its verb.
fn describes_a_noun(t: &Tok) -> bool {
    const ADJECTIVES: [&str; 10] =
        ["early", "late", "initial", "preliminary", "official", "latest", "recent", "new", "previous", "independent"];
    ADJECTIVES.contains(&t.lower().as_str())
}

/// A comma, a name or a noun that can speak before a headline's verb:
/// "minister pledges", "Tusk pledges". Not "climate pledges", "Farmers' pledges".
fn speaker_before(prev: Option<&Tok>) -> bool {
    use crate::extract::speakers::lexicon::{OFFICES, ORG_WORDS, TITLES, UNNAMED_NOUNS};
    prev.is_some_and(|p| {
        let lower = p.lower();
        let noun = [&OFFICES, &ORG_WORDS, &TITLES, &UNNAMED_NOUNS].iter().any(|set| set.contains(lower.as_str()));
        p.text == "," || noun || p.is_word() && p.is_capitalized() && !p.text.ends_with(['\'', '’'])
    })
}

/// What may follow a headline's verb as its object: not a name, a quote, or a
/// plural subject's verb ("calls mount", "claims of neglect grow").
fn verb_object(next: &Tok) -> bool {
    const SUBJECT_VERBS: [&str; 18] = [
        "of", "mount", "grow", "show", "soar", "fall", "face", "hit", "rise", "loom", "pile", "remain", "must", "go",
        "fade", "spark", "stall", "are",
    ];
    !next.is_capitalized() && !next.quoted && !SUBJECT_VERBS.contains(&next.lower().as_str())
}

/// "The fire department is warning residents not to use ovens", "the union is
/// threatening to strike": a warning or a threat reported in the progressive
/// (`prev_lower` the word before the participle `lower` at `k`). Not "There is
/// warning of a storm", "what is threatening them"; not "she is claiming unfair
/// dismissal" or "the Minister is telling the House"; not "Hurricane Milton is
/// threatening the coast": a threat to do something, a warning that, of or
/// against something, or to somebody to do it, from no hazard; nor when the
/// sentence ends on whoever said it ("…, officials said").
fn reported_in_progressive(toks: &[Tok], k: usize, lower: &str, prev_lower: &str) -> bool {
    const IMPERSONAL: [&str; 7] = ["there", "it", "this", "that", "which", "what", "who"];
    if k < 2
        || !matches!(lower, "warning" | "threatening" | "urging")
        || !matches!(prev_lower, "is" | "are")
        || !toks[k - 2].is_word()
        || IMPERSONAL.contains(&toks[k - 2].lower().as_str())
    {
        return false;
    }
    let next = toks.get(k + 1).map(|t| t.lower()).unwrap_or_default();
    let what = if lower == "threatening" {
        next == "to"
    } else {
        matches!(next.as_str(), "that" | "of" | "against")
            || toks[k + 1..toks.len().min(k + 5)].iter().any(|t| t.is("to"))
    };
    let hazard = toks[k.saturating_sub(4)..k].iter().any(|t| {
        let lower = t.lower();
        let lower = lower.trim_end_matches('s');
        matches!(lower, "hurricane" | "storm" | "typhoon" | "cyclone" | "wildfire" | "flood" | "floodwater")
            || matches!(lower, "drought" | "virus" | "outbreak" | "heatwave" | "blaze" | "inflation" | "eruption")
    });
    let said_after = || toks[k + 1..].iter().any(|t| matches!(t.lower().as_str(), "said" | "says" | "told"));
    what && !hazard && !said_after()
}

/// Whether the words before the "and" at `and` are a passive participle: "been collated".
fn passive_before(toks: &[Tok], and: usize) -> bool {
    and >= 2
        && toks[and - 1].lower().ends_with("ed")
        && matches!(toks[and - 2].lower().as_str(), "been" | "was" | "were" | "is" | "are" | "be" | "being")
}

/// "the Observer's calls", "residents' claims", "their reports", "Sen. Alzate's claims on …":
/// the cue at `k` is a noun its possessor at `p` owns. Not "McDonald's reports that …",
/// "Sainsbury's claims its prices …": a company named so, and its verb.
fn possessed(toks: &[Tok], p: usize, k: usize) -> bool {
    let t = &toks[p];
    let text = t.text;
    let pronoun = matches!(t.lower().as_str(), "his" | "her" | "its" | "their" | "our" | "my" | "your");
    let possessive = ["'s", "’s", "s'", "s’"].iter().any(|end| text.len() > end.len() && text.ends_with(end));
    if pronoun || possessive && !t.is_capitalized() {
        return true;
    }
    let determined = p > 0 && matches!(toks[p - 1].lower().as_str(), "the" | "a" | "an" | "this" | "that");
    let prepositional = toks.get(k + 1).is_none_or(|n| {
        !n.is_word() || matches!(n.lower().as_str(), "on" | "of" | "for" | "about" | "from" | "in" | "at" | "over")
    });
    possessive && (determined || prepositional)
}

/// Whether the words between the last cue and the subject at `first` are a short noun
/// phrase and "and": "said divers and | engineers found", "said Seoul and | Washington had
/// agreed". Its last word a plural or a name: not "said little and critics noted", "said yes
/// and prosecutors admitted", "said again and officials stressed".
fn joined_to_last_content(toks: &[Tok], previous_cue: usize, first: usize) -> bool {
    let Some(between) = toks.get(previous_cue + 1..first) else { return false };
    let Some((joiner, phrase)) = between.split_last() else { return false };
    let nominal = phrase.last().is_some_and(|t| {
        t.is_capitalized()
            || t.text.ends_with('s') && !matches!(t.lower().as_str(), "yes" | "thus" | "is" | "was" | "has")
    });
    (1..=3).contains(&phrase.len())
        && nominal
        && (joiner.is("and") || joiner.is("or"))
        && phrase.iter().all(|t| {
            let lower = t.lower();
            t.is_word()
                && !t.quoted
                && !is_pronoun(t)
                && !subject::is_weekday(t)
                && !FINITE.contains(&lower.as_str())
                && !subject::BOUNDARY_WORDS.contains(&lower)
                && !matches!(lower.as_str(), "so" | "nothing" | "yesterday" | "today" | "earlier" | "later" | "this")
        })
}

fn is_pronoun(t: &Tok) -> bool {
    matches!(t.lower().as_str(), "he" | "she" | "they" | "it" | "we" | "i" | "you")
}

fn frame_at(toks: &[Tok], k: usize, cue: Cue, has_previous: bool, headline: bool) -> Option<Frame> {
    let cue_word = toks[k].text.to_string();
    if let Some(np) = cited_speaker(toks, k).or_else(|| heard_from(toks, k)) {
        return Some(words_before_cue(toks, np, k, cue));
    }
    if let Some(np) =
        Some(k).filter(|&k| relative::after_comma_who(toks, k, &cue)).and_then(|k| relative::antecedent(toks, k))
    {
        return Some(words_before_cue(toks, np, k, cue));
    }
    // Not inside another statement's words ("Wafula said the shooting breached the Act, which
    // says …"): the first statement of the sentence only.
    if let Some(np) = relative::after_comma_which(toks, k, &cue).filter(|_| !has_previous) {
        return Some(words_before_cue(toks, np, k, cue));
    }
    let participle = toks[k].lower().ends_with("ing") && k > 0 && toks[k - 1].text == ",";
    if let Some(np) = clause_subject(toks, k).filter(|_| participle && !has_previous) {
        return Some(words_before_cue(toks, np, k, cue));
    }
    // "PMRDA chief concedes nullahs were buried …, promises permanent fix": a headline's
    // comma for "and", the verb the last speaker's.
    let listed = headline
        && k > 0
        && toks[k - 1].text == ","
        && toks[k].lower().ends_with('s')
        && toks.get(k + 1).is_some_and(verb_object);
    if listed && has_previous {
        return Some(previous_speakers(toks, k, cue, cue_word));
    }
    // Not "… a day, says pilots' chief", the speaker after an inverted cue: a verb that takes
    // an object ("promises 30 guide jobs", "blames cheap Asian steel"), or a clause after it.
    let rest = || toks[k + 1..].iter().take_while(|t| t.text != ";");
    let clause = || {
        rest().any(|t| {
            let lower = t.lower();
            let verb = lower.ends_with("ed") || lower.len() > 5 && lower.ends_with("ing");
            !t.quoted && (FINITE.contains(&lower.as_str()) || matches!(lower.as_str(), "to" | "may") || verb)
        })
    };
    let takes_object = matches!(cue.lemma, "promise" | "blame" | "deny" | "urge" | "threaten");
    // Only in a headline's list: not a scan of the sentence for every cue.
    let subject = (listed && (takes_object || clause())).then(|| opening::headline_subject(toks, k)).flatten();
    if let Some(np) = subject {
        return Some(words_before_cue(toks, np, k, cue));
    }
    let window = speaker_window(toks, k);
    // "that Wednesday's testimony had confirmed …": a day says nothing.
    let dated = |w: &Range<usize>| {
        toks.get(w.start)
            .is_some_and(|t| crate::extract::dates::names_a_day(t.text.trim_end_matches("'s").trim_end_matches("’s")))
    };
    if window.as_ref().is_some_and(|w| !w.is_empty() && dated(w)) {
        return None;
    }
    let after_cue = k + 1;
    if window.as_ref().is_some_and(|w| {
        toks[w.clone()].iter().any(|t| matches!(t.lower().as_str(), "should" | "if" | "unless" | "whether"))
    }) {
        return None; // "should Moscow claim ...": a hypothetical, not a statement
    }
    if let Some(frame) = inverted_after_clause(toks, k, cue, headline) {
        return Some(frame);
    }
    match &window {
        Some(w) if !w.is_empty() => {
            let frame = words_before_cue(toks, after_what(toks, w.clone(), k), k, cue);
            Some(Frame { attribution: toks[w.start].start..toks[k].end, ..frame })
        }
        _ => {
            let after_quote = k == 0
                || toks[k - 1].kind == TokKind::QuoteMark
                || toks[k - 1].text == "," && k >= 2 && toks[k - 2].kind == TokKind::QuoteMark;
            if let Some(np) = inverted_speaker(toks, after_cue).filter(|_| after_quote) {
                let range = toks[np.start].start..toks[np.end - 1].end;
                return Some(Frame {
                    cue,
                    cue_word,
                    speaker: SpeakerRef::Words(range.clone()),
                    target: None,
                    content: vec![],
                    attribution: toks[k].start..range.end,
                });
            }
            // Coordination needs its conjunction: "X said ... and warned ...".
            let coordinated = window.as_ref().is_some_and(|w| {
                w.is_empty() && w.start > 0 && matches!(toks[w.start - 1].lower().as_str(), "and" | "but" | "or")
            });
            // "The council on Monday ordered restrictions in six parishes, saying …": the participle
            // is the subject's that opens the unit, as a coordinated verb is.
            if (coordinated || participle) && !has_previous {
                // "Bank of Valmora holds rates and warns ...": the subject opens the unit.
                // Not the whole clause before a participle's comma ("The union went further,
                // threatening …"), which holds its verb.
                // Nor a lone opening word ("Another well-known streamer, …, defended Wang, saying").
                let whole = |r: &Range<usize>| {
                    let lone =
                        r.len() == 1 && matches!(toks[r.start].text, "Another" | "One" | "Some" | "Many" | "Both");
                    r.end + 1 < k && !lone
                };
                if let Some(subject) = opening_subject(toks, k).filter(|r| !participle || whole(r)) {
                    return Some(words_before_cue(toks, subject, k, cue));
                }
            }
            // "Sithole testified that Mkhabela had summoned her … and told her the contract “had to
            // happen”": the second verb is the reported subject's, a statement inside the statement.
            // The first statement's content keeps the clause: the frame starts at its verb.
            if let Some(subject) = reported_subject(toks, k).filter(|_| has_previous && coordinated) {
                let frame = words_before_cue(toks, subject, k, cue);
                return Some(Frame { attribution: toks[k].start..toks[k].end, ..frame });
            }
            if has_previous && coordinated || participle {
                return Some(previous_speakers(toks, k, cue, cue_word));
            }
            None
        }
    }
}

/// Whether a post at `k` is given after a colon before a quote: close after the verb
/// ("posted on X: “…”"), or anywhere before the sentence ends after what is posted
/// ("posted on its social media account on Tuesday night a photograph of the ferry
/// leaving port at dusk, with a short message: “…”"). Not past a full stop ("posted a
/// loss. Its coach said: “…”") other than an abbreviation's ("at 11 p.m. on Facebook:
/// “…”"), nor past another cue ("posted a loss … and the chief executive told analysts:
/// “…”", "posted bail, and his lawyer told reporters: “…”").
fn posted_with_colon(toks: &[Tok], k: usize) -> bool {
    const POSTED: [&str; 9] = ["message", "caption", "words", "warning", "note", "text", "comment", "plea", "appeal"];
    let window = &toks[k + 1..toks.len().min(k + 48)];
    let stop = |i: usize| {
        let abbreviation = i > 0 && (window[i - 1].text.len() <= 3 || window[i - 1].text.contains('.'));
        !window[i].quoted && window[i].text == "." && !abbreviation
    };
    let end = (0..window.len()).find(|&i| stop(i) || !window[i].quoted && cue_at(toks, k + 1 + i, false).is_some());
    let sentence = &window[..end.unwrap_or(window.len())];
    sentence.windows(2).enumerate().any(|(i, w)| {
        let posted = i < 15 || sentence[i.saturating_sub(3)..i].iter().any(|t| POSTED.contains(&t.lower().as_str()));
        w[0].text == ":" && w[1].kind == TokKind::QuoteMark && posted
    })
}

/// A frame for cue `k` whose speaker is the last statement's.
fn previous_speakers(toks: &[Tok], k: usize, cue: Cue, cue_word: String) -> Frame {
    let attribution = toks[k].start..toks[k].end;
    Frame { cue, cue_word, speaker: SpeakerRef::Previous, target: None, content: vec![], attribution }
}

/// The named subject of the "that" clause holding cue `k`: "that Mkhabela
/// had summoned her … and told her", with no comma or cue between.
fn reported_subject(toks: &[Tok], k: usize) -> Option<Range<usize>> {
    let that = (0..k).rev().take_while(|&i| toks[i].text != "," && !toks[i].quoted).find(|&i| toks[i].is("that"))?;
    let name = that + 1..(that + 1..k).find(|&i| !(toks[i].is_word() && toks[i].is_capitalized()))?;
    let between_cue = (that + 1..k).any(|i| !toks[i].quoted && cue_at(toks, i, false).is_some());
    // "denied that U.S. policy encouraged … and said": an abbreviation before a noun, no subject.
    // Initials only ("U.S", "E.U"), not "Boeing Co. ignored warnings".
    let initials = |t: &Tok| t.text.len() <= 4 && t.text.chars().all(|c| c.is_uppercase() || c == '.');
    let modifier = toks[name.clone()].iter().all(initials)
        && toks[name.end].text == "."
        && toks.get(name.end + 1).is_some_and(|t| t.is_word() && !t.is_capitalized());
    // "that Tuesday's march had ended … and estimated": a day's or a month's possessive opens no
    // speaker ("that May's election had been called early and warned").
    // Not "that McDonald's had closed … and promised", "that Harris' campaign … estimated".
    let day = |w: &str| crate::extract::dates::names_a_day(w) || matches!(w, "May" | "Tonight");
    let possessor = name.len() == 1
        && ["'s", "’s"].iter().any(|p| {
            let (word, next) = (toks[name.start].text, toks[name.end].text);
            word.strip_suffix(p).is_some_and(day) || day(word) && next == *p
        });
    let subject = !name.is_empty() && !between_cue && !modifier && !possessor;
    (subject && !STARTER_PRONOUNS.contains(&toks[name.start].text)).then_some(name)
}

/// Capitalised words that open a clause without naming anybody.
const STARTER_PRONOUNS: &[&str] = &["The", "A", "An", "It", "This", "That", "There", "I", "We", "He", "She", "They"];

/// A frame whose speaker is the tokens `np`, written before cue `k`.
/// "Here is some of what he said:": the one who said it is after "what", when
/// the words to come are introduced by a colon.
fn after_what(toks: &[Tok], np: Range<usize>, k: usize) -> Range<usize> {
    let introduces = toks.get(k + 1).is_some_and(|t| t.text == ":")
        || toks.get(k + 1).is_some_and(|t| t.is_word() && !t.quoted) && toks.get(k + 2).is_some_and(|t| t.text == ":");
    let what = np.clone().rev().find(|&i| toks[i].text == "what");
    // Not "This is what she told us:", whose window opens past the sentence's first word.
    let opens = np.start == 0 || !toks[np.start - 1].is_word();
    match what {
        Some(i) if introduces && opens && i + 1 < np.end && np.end - i <= 4 => i + 1..np.end,
        _ => np,
    }
}

fn words_before_cue(toks: &[Tok], np: Range<usize>, k: usize, cue: Cue) -> Frame {
    let range = toks[np.start].start..toks[np.end - 1].end;
    Frame {
        cue,
        cue_word: toks[k].text.to_string(),
        speaker: SpeakerRef::Words(range.clone()),
        target: None,
        content: vec![],
        attribution: range.start..toks[k].end,
    }
}

#[cfg(test)]
mod tests;

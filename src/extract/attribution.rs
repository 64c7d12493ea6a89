//! Attribution frames: where in a unit (a sentence, or sentences a quote holds
//! together) somebody is said to say something, who, and what.
//!
//! Covers speaker before the cue ("X said (that) ..."), after it ("“...,” said
//! X"), descriptive clauses ("X, who ..., said"), coordination ("X said ... and
//! warned ..."), colons ("X said:"), objects ("warned Seoul that", "told
//! reporters") and "according to X".

use super::cues::{self, Cue};
use super::tokens::{Tok, TokKind};
use std::ops::Range;

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

const AUX: &[&str] = &[
    "has",
    "have",
    "had",
    "will",
    "would",
    "also",
    "then",
    "later",
    "again",
    "previously",
    "reportedly",
    "repeatedly",
    "once",
    "further",
    "publicly",
    "earlier",
    "separately",
    "privately",
    "recently",
    "just",
    "already",
    "still",
    "too",
    "himself",
    "herself",
    "itself",
    "angrily",
    "flatly",
    "bluntly",
    "firmly",
    "today",
    "yesterday",
    "tonight",
    "openly",
    "explicitly",
    "quickly",
    "immediately",
    "subsequently",
    "simply",
    "did",
    "does",
    "do",
    "may",
    "might",
    "could",
    "can",
];
const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];
const BOUNDARY_WORDS: &[&str] = &[
    "and", "but", "while", "as", "because", "after", "before", "when", "although", "though", "so", "that", "which",
    "where", "whereas", "since", "if", "unless", "than", "nor", "or",
];
const NOT_SUBJECT_BEFORE_CUE: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "which", "who",
    "is", "was", "were", "are", "be", "been", "being", "to", "of", "by", "for", "with", "without", "no",
];
const APPOSITIVE_OPENERS: &[&str] = &[
    "who", "which", "whose", "a", "an", "the", "one", "himself", "herself", "speaking", "writing", "whom",
];
/// Base forms that are more often nouns than verbs in news text.
const NOUN_LIKE: &[&str] = &[
    "state", "note", "report", "call", "claim", "warning", "promise", "pledge", "vow", "stress", "reply", "demand",
    "think", "believe", "claims", "calls", "reports", "notes", "states", "promises", "pledges", "vows", "demands",
    "answered", "saying",
];

/// Frames of the unit whose tokens are `toks`.
pub fn frames(toks: &[Tok]) -> Vec<Frame> {
    let mut out: Vec<Frame> = Vec::new();
    let mut spans: Vec<(usize, usize, usize)> = Vec::new(); // (frame start tok, cue tok, content start tok)
    for k in 0..toks.len() {
        let Some(cue) = cue_at(toks, k) else { continue };
        if let Some(frame) = frame_at(toks, k, cue, out.last().is_some()) {
            let first = toks
                .iter()
                .position(|t| t.start >= frame.attribution.start)
                .unwrap_or(k);
            spans.push((first, k, k + 1));
            out.push(frame);
        }
    }
    if out.is_empty() {
        if let Some(f) = according_to(toks) {
            out.push(f);
        }
    }
    assign_content(toks, &mut out, &spans);
    out
}

fn cue_at(toks: &[Tok], k: usize) -> Option<Cue> {
    let t = &toks[k];
    if !t.is_word() || t.quoted {
        return None;
    }
    let cue = cues::lookup(t.text)?;
    let lower = t.lower();
    let prev = prev_word(toks, k);
    if prev.is_some_and(|p| NOT_SUBJECT_BEFORE_CUE.contains(&p.lower().as_str())) {
        return None;
    }
    if NOUN_LIKE.contains(&lower.as_str()) && prev.is_none_or(|p| !p.is_capitalized() && !is_pronoun(p)) {
        return None;
    }
    Some(cue)
}

fn prev_word<'a>(toks: &'a [Tok<'a>], k: usize) -> Option<&'a Tok<'a>> {
    toks[..k]
        .iter()
        .rev()
        .find(|t| t.is_word() || t.kind != TokKind::Punct || t.text != "’")
}

fn is_pronoun(t: &Tok) -> bool {
    matches!(t.lower().as_str(), "he" | "she" | "they" | "it" | "we" | "i" | "you")
}

fn frame_at(toks: &[Tok], k: usize, cue: Cue, has_previous: bool) -> Option<Frame> {
    let cue_word = toks[k].text.to_string();
    let window = speaker_window(toks, k);
    let after_cue = k + 1;
    if window.as_ref().is_some_and(|w| {
        toks[w.clone()]
            .iter()
            .any(|t| matches!(t.lower().as_str(), "should" | "if" | "unless" | "whether"))
    }) {
        return None; // "should Moscow claim ...": a hypothetical, not a statement
    }
    match window {
        Some(w) if !w.is_empty() => {
            let range = toks[w.start].start..toks[w.end - 1].end;
            Some(Frame {
                cue,
                cue_word,
                speaker: SpeakerRef::Words(range.clone()),
                target: None,
                content: vec![],
                attribution: range.start..toks[k].end,
            })
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
            if has_previous || toks[k].lower().ends_with("ing") {
                return Some(Frame {
                    cue,
                    cue_word,
                    speaker: SpeakerRef::Previous,
                    target: None,
                    content: vec![],
                    attribution: toks[k].start..toks[k].end,
                });
            }
            None
        }
    }
}

/// Token range of the words before cue `k` that name the speaker.
fn speaker_window(toks: &[Tok], k: usize) -> Option<Range<usize>> {
    let mut end = k;
    while end > 0 && skippable_before_cue(toks, end - 1) {
        end -= 1;
    }
    let mut start = end;
    while start > 0 {
        let t = &toks[start - 1];
        if t.quoted || t.kind == TokKind::QuoteMark {
            break;
        }
        if t.kind == TokKind::Punct {
            if t.text == "," && start == end {
                return appositive(toks, start - 1);
            }
            if matches!(t.text, "’" | "'" | "." | "-") {
                start -= 1;
                continue;
            }
            break;
        }
        let org_end = matches!(
            toks[end - 1].lower().as_str(),
            "association"
                | "council"
                | "committee"
                | "commission"
                | "ministry"
                | "agency"
                | "institute"
                | "federation"
                | "union"
                | "group"
                | "company"
                | "bank"
        );
        let inside_name = t.is("and")
            && org_end
            && start < end
            && toks[start].is_capitalized()
            && start >= 2
            && toks[start - 2].is_capitalized();
        if BOUNDARY_WORDS.contains(&t.lower().as_str()) && start < end && !inside_name {
            break;
        }
        if BOUNDARY_WORDS.contains(&t.lower().as_str()) {
            return Some(start..start);
        }
        start -= 1;
    }
    let start = strip_leading_adjuncts(toks, start, end);
    (end - start <= 12).then_some(start..end)
}

fn skippable_before_cue(toks: &[Tok], i: usize) -> bool {
    let t = &toks[i];
    if !t.is_word() || t.quoted {
        return false;
    }
    let lower = t.lower();
    if AUX.contains(&lower.as_str()) || lower.ends_with("n't") || lower.ends_with("n’t") || lower == "not" {
        return true;
    }
    // "X on Thursday said"
    WEEKDAYS.contains(&lower.as_str()) && i > 0 && toks[i - 1].is("on")
        || lower == "on" && toks.get(i + 1).is_some_and(|n| WEEKDAYS.contains(&n.lower().as_str()))
}

/// "X, who ..., said": the speaker is before the descriptive clause.
fn appositive(toks: &[Tok], comma: usize) -> Option<Range<usize>> {
    let open = toks[..comma].iter().rposition(|t| t.text == "," && !t.quoted)?;
    let opener = toks.get(open + 1)?;
    if !APPOSITIVE_OPENERS.contains(&opener.lower().as_str()) && !opener.text.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let w = speaker_window(toks, open)?;
    let w = w.start..open.min(w.end.max(open));
    (!w.is_empty()).then_some(w)
}

fn strip_leading_adjuncts(toks: &[Tok], mut start: usize, end: usize) -> usize {
    while start < end {
        let lower = toks[start].lower();
        let lead = matches!(
            lower.as_str(),
            "on" | "in"
                | "earlier"
                | "later"
                | "meanwhile"
                | "however"
                | "separately"
                | "also"
                | "last"
                | "this"
                | "late"
                | "early"
                | "then"
        ) || WEEKDAYS.contains(&lower.as_str())
            || matches!(
                lower.as_str(),
                "week" | "night" | "morning" | "evening" | "afternoon" | "month" | "today" | "yesterday"
            );
        if !lead || end - start == 1 {
            break;
        }
        start += 1;
    }
    start
}

/// "“...,” said Putin" / "said the Russian president".
fn inverted_speaker(toks: &[Tok], from: usize) -> Option<Range<usize>> {
    let mut end = from;
    let joiner = |i: usize| {
        matches!(toks[i].text, "." | "’" | "'" | "-") && toks.get(i + 1).is_some_and(|n| n.is_word()) && i > from
    };
    while end < toks.len() && (toks[end].is_word() || joiner(end)) && !toks[end].quoted && end - from < 10 {
        let lower = toks[end].lower();
        if end > from
            && (BOUNDARY_WORDS.contains(&lower.as_str())
                || matches!(lower.as_str(), "on" | "in" | "at" | "to" | "during" | "after"))
        {
            break;
        }
        if end == from && (lower == "that" || cues::lookup(&lower).is_some()) {
            return None;
        }
        end += 1;
    }
    let first = toks.get(from)?;
    let plausible =
        first.is_capitalized() || matches!(first.lower().as_str(), "the" | "a" | "an" | "he" | "she" | "they");
    (end > from && plausible).then_some(from..end)
}

/// Content of every frame: from its cue (past any object) to where the next
/// frame's attribution starts; quotes before a trailing attribution count too.
fn assign_content(toks: &[Tok], frames: &mut [Frame], spans: &[(usize, usize, usize)]) {
    if spans.len() != frames.len() {
        return;
    }
    let unit_end = toks.last().map_or(0, |t| t.end);
    let mut prev_end_tok = 0;
    for i in 0..frames.len() {
        let (first, cue_k, _) = spans[i];
        let next_first = spans.get(i + 1).map_or(toks.len(), |s| s.0);
        let mut from = cue_k + 1;
        if frames[i].attribution.end > toks[cue_k].end {
            from = toks
                .iter()
                .position(|t| t.start >= frames[i].attribution.end)
                .unwrap_or(toks.len());
        }
        let (target, body_from) = object_of(toks, from, next_first, &frames[i].cue);
        frames[i].target = target;
        let mut content = Vec::new();
        let before: Vec<Range<usize>> = quoted_runs(toks, prev_end_tok, first);
        content.extend(before);
        if body_from < next_first {
            let end = if next_first < toks.len() {
                toks[next_first].start
            } else {
                unit_end
            };
            let range = toks[body_from].start..end;
            if toks[body_from..next_first].iter().any(|t| t.is_word()) {
                content.push(range);
            }
        }
        frames[i].content = content;
        prev_end_tok = next_first;
    }
}

/// Quotations (as byte ranges) lying wholly between token indices.
fn quoted_runs(toks: &[Tok], from: usize, to: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut i = from;
    while i < to {
        if toks[i].kind == TokKind::QuoteMark && toks[i].quoted {
            let start = toks[i].start;
            let mut j = i + 1;
            while j < to && !(toks[j].kind == TokKind::QuoteMark && j > i) {
                j += 1;
            }
            let end = toks.get(j.min(to.saturating_sub(1))).map_or(start, |t| t.end);
            if toks[i + 1..j.min(to)].iter().any(|t| t.is_word()) {
                out.push(start..end);
            }
            i = j + 1;
        } else {
            i += 1;
        }
    }
    out
}

/// The object of "warned Seoul that ..." / "told reporters ...", and where the content starts.
fn object_of(toks: &[Tok], from: usize, to: usize, cue: &Cue) -> (Option<Range<usize>>, usize) {
    let mut i = from;
    let skip_link = |i: &mut usize| {
        while *i < to && (matches!(toks[*i].text, "," | ":" | "—" | "-") || toks[*i].is("that")) && !toks[*i].quoted {
            *i += 1;
        }
    };
    if !cue.takes_object {
        skip_link(&mut i);
        return (None, i);
    }
    let start = i;
    while i < to && toks[i].is_word() && !toks[i].quoted && i - start < 6 {
        let lower = toks[i].lower();
        if matches!(
            lower.as_str(),
            "that"
                | "to"
                | "of"
                | "not"
                | "on"
                | "in"
                | "against"
                | "over"
                | "about"
                | "it"
                | "this"
                | "he"
                | "she"
                | "they"
                | "we"
        ) {
            break;
        }
        i += 1;
    }
    let target = (i > start).then(|| toks[start].start..toks[i - 1].end);
    if i < to && (toks[i].is("of") || toks[i].is("to") && cue.lemma == "tell") {
        // "accused X of ...", "told X to ..." keep the preposition's clause.
        i += usize::from(toks[i].is("of"));
    }
    skip_link(&mut i);
    (target, i)
}

/// "according to X": the rest of the unit is X's.
fn according_to(toks: &[Tok]) -> Option<Frame> {
    let k = toks
        .windows(2)
        .position(|w| w[0].is("according") && w[1].is("to") && !w[0].quoted)?;
    let np = inverted_speaker(toks, k + 2)?;
    let speaker = toks[np.start].start..toks[np.end - 1].end;
    let unit = toks.first()?.start..toks.last()?.end;
    let mut content = Vec::new();
    if toks[k].start > unit.start {
        content.push(unit.start..toks[k].start);
    }
    if let Some(after) = toks.get(np.end) {
        content.push(after.start..unit.end);
    }
    let cue = cues::lookup("said")?;
    Some(Frame {
        cue,
        cue_word: "according to".into(),
        speaker: SpeakerRef::Words(speaker),
        target: None,
        content,
        attribution: toks[k].start..toks[np.end - 1].end,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{quotes, tokens};

    fn run(body: &str) -> Vec<(String, String, String)> {
        let qs = quotes::find(body);
        let top: Vec<&quotes::Quote> = quotes::top_level(&qs).collect();
        let toks = tokens::tokenize(body, 0..body.len(), &top);
        frames(&toks)
            .into_iter()
            .map(|f| {
                let who = match &f.speaker {
                    SpeakerRef::Words(r) => body[r.clone()].to_string(),
                    SpeakerRef::Previous => "<prev>".into(),
                };
                let what: Vec<&str> = f.content.iter().map(|r| body[r.clone()].trim()).collect();
                (who, f.cue.lemma.to_string(), what.join(" | "))
            })
            .collect()
    }

    #[test]
    fn speaker_before_cue_with_that() {
        let f = run("Vladimir Putin has said that he will “not rule out” sending weapons.");
        assert_eq!(
            f,
            [(
                "Vladimir Putin".into(),
                "say".into(),
                "he will “not rule out” sending weapons.".into()
            )]
        );
    }

    #[test]
    fn two_frames_in_one_sentence() {
        let f = run("South Korea has said that they are reconsidering and Putin warned Seoul “this would be a very big mistake.”");
        assert_eq!(f.len(), 2);
        assert_eq!(f[0].0, "South Korea");
        assert_eq!(f[1].0, "Putin");
        assert_eq!(f[1].2, "“this would be a very big mistake.”");
    }

    #[test]
    fn coordination_and_inverted_and_trailing() {
        let f = run("Washington has said this is “incredibly concerning” and warned that it divides.");
        assert_eq!(f[1].0, "<prev>");
        let f = run("“We are ready,” said the Russian president.");
        assert_eq!(f[0].0, "the Russian president");
        assert_eq!(f[0].2, "“We are ready,”");
        let f = run("“We are ready,” Putin told reporters.");
        assert_eq!(f[0].0, "Putin");
    }

    #[test]
    fn appositive_and_relative_clauses() {
        let f = run("Maria Okafor, who chairs the committee, said the plan works.");
        assert_eq!(f[0].0, "Maria Okafor");
        assert!(run("It hit North Korea which threatens to destabilise the region.").is_empty());
    }

    #[test]
    fn according_to() {
        let f = run("The deal is worth $5bn, according to Xinhua.");
        assert_eq!(f[0].0, "Xinhua");
    }
}

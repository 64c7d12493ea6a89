//! Attribution frames: where in a unit (a sentence, or sentences a quote holds
//! together) somebody is said to say something, who, and what.
//!
//! Covers speaker before the cue ("X said (that) ..."), after it ("“...,” said
//! X"), descriptive clauses ("X, who ..., said"), coordination ("X said ... and
//! warned ..."), colons ("X said:"), objects ("warned Seoul that", "told
//! reporters") and "according to X".

mod after;
mod content;
mod subject;

use super::cues::{self, Cue};
use super::tokens::{Tok, TokKind};
use crate::segment::wordset::WordSet;
use after::{according_to, inverted_after_clause};
use content::assign_content;
use std::ops::Range;
use subject::{cited_speaker, clause_subject, heard_from, inverted_speaker, opening_subject, speaker_window};

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
const COMMA_PARTICIPLES: &[&str] = &[
    "arguing", "claiming", "insisting", "stressing", "admitting", "accusing", "denying", "blaming", "warning",
    "threatening", "telling", "noting", "explaining", "stating",
];
const QUOTE_ONLY: &[&str] = &[
    "raged", "fumed", "stormed", "fumes", "rages", "joked", "quipped", "laughed", "sighed", "jokes", "quips",
    "continued", "continues",
];
/// Words after which a participle is an adjective: "would put added strain".
static BEFORE_ADJECTIVE: WordSet = WordSet::new(&[
    "put", "puts", "putting", "bring", "brings", "brought", "offer", "offers", "offered", "provide", "provides",
    "provided", "create", "creates", "created", "face", "faces", "faced", "under", "any", "some", "extra", "much",
]);
/// What "read" can attribute: "the statement read".
const DOCUMENTS: &[&str] =
    &["statement", "letter", "message", "text", "communique", "communiqué", "note", "post", "release"];

/// Frames of the unit whose tokens are `toks`.
pub fn frames(toks: &[Tok]) -> Vec<Frame> {
    let mut out: Vec<Frame> = Vec::new();
    let mut spans: Vec<(usize, usize, usize)> = Vec::new(); // (frame start tok, cue tok, content start tok)
    for k in 0..toks.len() {
        let Some(cue) = cue_at(toks, k) else { continue };
        // "denied the claim, telling the court that ...": the participle goes on the
        // statement its sentence already made; alone ("hit back, claiming") it is one.
        if !out.is_empty() && COMMA_PARTICIPLES.contains(&toks[k].lower().as_str()) {
            continue;
        }
        if let Some(frame) = frame_at(toks, k, cue, out.last().is_some()) {
            let first = toks.iter().position(|t| t.start >= frame.attribution.start).unwrap_or(k);
            // "Tom Hale said the warning confirmed fears": a subject reaching back over
            // the last cue is that statement's content, not a second speaker.
            if spans.last().is_some_and(|&(_, previous_cue, _)| first <= previous_cue) {
                continue;
            }
            // "told reporters that members rejected the offer": an act the statement
            // reports, not a second statement; "testified that Mkhabela told her the
            // contract “had to happen”" reports words of its own, and stays one.
            if !spans.is_empty() && first > 0 && toks[first - 1].is("that") && !reports_words(toks, k) {
                continue;
            }
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

/// Whether the cue at `k` introduces words: a quotation, a colon or "that" before the sentence ends.
fn reports_words(toks: &[Tok], k: usize) -> bool {
    toks[k + 1..]
        .iter()
        .take_while(|t| !matches!(t.text, "." | ";") || t.quoted)
        .any(|t| t.is("that") || t.kind == TokKind::QuoteMark || t.text == ":")
}

fn cue_at(toks: &[Tok], k: usize) -> Option<Cue> {
    let t = &toks[k];
    if !t.is_word() || t.quoted {
        return None;
    }
    let lower = t.lower();
    // "Aoife fired back:", "a source close to Foley hit back": a reply.
    let back = toks.get(k + 1).is_some_and(|n| n.is("back"))
        && matches!(lower.as_str(), "hit" | "hits" | "fired" | "fires" | "shot" | "shoots");
    let cue = if back { cues::lookup("replied")? } else { cues::lookup(t.text)? };
    let sentence_start = k == 0 || matches!(toks[k - 1].kind, TokKind::QuoteMark) || toks[k - 1].text == ":";
    // "Brophy THREATENS to WALK": the tabloid's capitals are still the verb.
    let shouted = t.text.len() >= 4 && t.text.chars().all(|c| c.is_uppercase());
    if t.is_capitalized() && !sentence_start && !shouted {
        return None; // "United States", "Daily Report": a name, not a verb
    }
    // "is instantly declared": look past adverbs for the passive.
    let prev_at =
        (0..k).rev().find(|&i| !(toks[i].is_word() && toks[i].lower().ends_with("ly") && toks[i].text.len() > 4));
    let prev = prev_at.map(|i| &toks[i]);
    let prev_lower = prev.map(|p| p.lower()).unwrap_or_default();
    // "“...,” Wragg raged": colourful verbs attribute only right after a quote or before a colon.
    if QUOTE_ONLY.contains(&lower.as_str()) {
        let after_quote = toks[k.saturating_sub(4)..k].iter().any(|t| t.kind == TokKind::QuoteMark);
        let colon = toks.get(k + 1).is_some_and(|t| t.text == ":");
        return (after_quote || colon).then_some(cue);
    }
    // "hit back, claiming that ...": these participles attribute only after a comma
    // (and then even "warning", otherwise mostly a noun).
    if COMMA_PARTICIPLES.contains(&lower.as_str()) {
        return (k > 0 && toks[k - 1].text == ",").then_some(cue);
    }
    // "did not respond to requests for comment": no statement.
    if matches!(lower.as_str(), "respond" | "responded") && toks.get(k + 1).is_some_and(|t| t.is("to")) {
        return None;
    }
    if lower == "saying" {
        return (prev_lower == "as").then_some(cue); // "cited X as saying"
    }
    if matches!(cue.lemma, "find" | "recommend") {
        return toks.get(k + 1).is_some_and(|t| t.is("that")).then_some(cue); // "the coroner found that"
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
    let rejected = NOT_SUBJECT_BEFORE_CUE.contains(prev_lower.as_str()) && (prev_lower != "who" || relative_who)
        || MODALS.contains(&prev_lower.as_str())
        // "why he had not reported the matter": no statement was made.
        || matches!(prev_lower.as_str(), "not" | "never") && !matches!(lower.as_str(), "denied" | "denies" | "deny")
        // "had been collated and declared": the passive goes on past "and".
        || prev_lower == "and" && passive_before(toks, prev_at.unwrap_or(0))
        || lower.ends_with("ed") && BEFORE_ADJECTIVE.contains(prev_lower.as_str())
        || NOUN_LIKE_BASE.contains(&lower.as_str()) && !matches!(prev_lower.as_str(), "i" | "we" | "they" | "you")
        || NOUN_LIKE_S.contains(&lower.as_str()) && prev.is_none_or(|p| !p.is_capitalized() && !is_pronoun(p))
        // "the Gulf states are": a plural noun and its verb.
        || NOUN_LIKE_S.contains(&lower.as_str()) && toks.get(k + 1).is_some_and(|n| PLURAL_VERBS.contains(&n.lower().as_str()));
    (!rejected).then_some(cue)
}

/// Whether the words before the "and" at `and` are a passive participle: "been collated".
fn passive_before(toks: &[Tok], and: usize) -> bool {
    and >= 2
        && toks[and - 1].lower().ends_with("ed")
        && matches!(toks[and - 2].lower().as_str(), "been" | "was" | "were" | "is" | "are" | "be" | "being")
}

fn is_pronoun(t: &Tok) -> bool {
    matches!(t.lower().as_str(), "he" | "she" | "they" | "it" | "we" | "i" | "you")
}

fn frame_at(toks: &[Tok], k: usize, cue: Cue, has_previous: bool) -> Option<Frame> {
    let cue_word = toks[k].text.to_string();
    if let Some(np) = cited_speaker(toks, k).or_else(|| heard_from(toks, k)) {
        return Some(words_before_cue(toks, np, k, cue));
    }
    let participle = toks[k].lower().ends_with("ing") && k > 0 && toks[k - 1].text == ",";
    if let Some(np) = clause_subject(toks, k).filter(|_| participle && !has_previous) {
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
    if let Some(frame) = inverted_after_clause(toks, k, cue) {
        return Some(frame);
    }
    match &window {
        Some(w) if !w.is_empty() => Some(words_before_cue(toks, w.clone(), k, cue)),
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
            if coordinated && !has_previous {
                // "Bank of Valmora holds rates and warns ...": the subject opens the unit.
                if let Some(subject) = opening_subject(toks, k) {
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

/// The named subject of the "that" clause holding cue `k`: "that Mkhabela
/// had summoned her … and told her", with no comma or cue between.
fn reported_subject(toks: &[Tok], k: usize) -> Option<Range<usize>> {
    let that = (0..k).rev().take_while(|&i| toks[i].text != "," && !toks[i].quoted).find(|&i| toks[i].is("that"))?;
    let name = that + 1..(that + 1..k).find(|&i| !(toks[i].is_word() && toks[i].is_capitalized()))?;
    let between_cue = (that + 1..k).any(|i| !toks[i].quoted && cue_at(toks, i).is_some());
    (!name.is_empty() && !between_cue && !STARTER_PRONOUNS.contains(&toks[name.start].text)).then_some(name)
}

/// Capitalised words that open a clause without naming anybody.
const STARTER_PRONOUNS: &[&str] = &["The", "A", "An", "It", "This", "That", "There", "I", "We", "He", "She", "They"];

/// A frame whose speaker is the tokens `np`, written before cue `k`.
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
        assert_eq!(f, [("Vladimir Putin".into(), "say".into(), "he will “not rule out” sending weapons.".into())]);
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
    fn an_office_after_a_name_and_plural_nouns_that_look_like_cues() {
        let f = run("Economic expert Mona El-Sherbiny, professor of finance at the Cairo Institute, told Al-Manara that the Gulf states are racing.");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(
            (f[0].0.as_str(), f[0].2.as_str()),
            ("Economic expert Mona El-Sherbiny", "the Gulf states are racing.")
        );
    }

    #[test]
    fn a_passive_goes_on_past_and() {
        let f = run("The Commission had announced that results had been collated and declared at the LGA level.");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].2, "results had been collated and declared at the LGA level.");
    }

    #[test]
    fn letters_after_a_name_are_not_the_speaker() {
        let f = run("The chair, Prof. Ifeoma Okonkwo-Bakare, SAN, said the count would resume.");
        assert_eq!(f[0].0, "Prof. Ifeoma Okonkwo-Bakare");
        assert_eq!(run("Tunde Bako, QC, told reporters the vote was fair.")[0].0, "Tunde Bako");
    }

    #[test]
    fn according_to() {
        let f = run("The deal is worth $5bn, according to Xinhua.");
        assert_eq!((f[0].0.as_str(), f[0].2.as_str()), ("Xinhua", "The deal is worth $5bn,"));
        let f = run("It applies if one party is attacked, according to KCNA, which published the text.");
        assert_eq!(f[0].2, "It applies if one party is attacked,");
        let f = run("According to the District Water Manager, Mr Samuel Teye Ofori, turbidity reached 14,200 NTU.");
        assert_eq!((f[0].0.as_str(), f[0].2.as_str()), ("Mr Samuel Teye Ofori", "turbidity reached 14,200 NTU."));
        let f = run("The Minister for Lands and Natural Resources, Hon. Kwabena Asamoah-Boadu, vowed to act.");
        assert_eq!(f[0].0, "Hon. Kwabena Asamoah-Boadu");
        let f = run("According to the Trust, which funded the work, heat stress cost growers £240 million.");
        assert_eq!(f[0].2, "heat stress cost growers £240 million.");
        let f = run("According to him, 37 excavators had been seized since January.");
        assert_eq!((f[0].0.as_str(), f[0].2.as_str()), ("him", "37 excavators had been seized since January."));
    }

    #[test]
    fn chains_of_descriptive_clauses() {
        let f = run("Gareth Lowther, 52, of Mill Lane, Eastbridge, denied all six charges.");
        assert_eq!(f[0].0, "Gareth Lowther");
        let f = run("The mission's force commander, Rear Admiral Kofi Asante, told reporters that patrols grew.");
        assert_eq!(f[0].0, "Rear Admiral Kofi Asante");
        let f =
            run("Outside the hall, farmers’ leader Joachim Brandt, who heads the alliance, threatened to block roads.");
        assert_eq!(f[0].0, "farmers’ leader Joachim Brandt");
    }

    #[test]
    fn cited_heard_and_trailing_attributions() {
        let f = run("Yonhap cited a senior official as saying the review would take weeks.");
        assert_eq!((f[0].0.as_str(), f[0].2.as_str()), ("a senior official", "the review would take weeks."));
        let f = run("The court heard from accountant Naomi Field that 143 payments were made.");
        assert_eq!((f[0].0.as_str(), f[0].2.as_str()), ("accountant Naomi Field", "143 payments were made."));
        let f = run("No damage has been confirmed so far, the statement said.");
        assert_eq!((f[0].0.as_str(), f[0].2.as_str()), ("the statement", "No damage has been confirmed so far,"));
        let f =
            run("The EU has chosen a path of unilateral protection, the ministry said in a statement posted online.");
        assert_eq!(f[0].2, "The EU has chosen a path of unilateral protection,");
    }

    #[test]
    fn overlapping_frames_do_not_panic() {
        // Found by `cargo fuzz run extract`: the second frame's speaker starts
        // before the first frame's content.
        for text in ["told St\nsaid k", "told St said k", "X told Y\nZ said"] {
            let _ = run(text);
        }
    }

    #[test]
    fn participles_join_the_statement_their_sentence_made() {
        let f = run("His advocate denied that his client had influenced it, telling the court that the committee ranked the bids.");
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].2.contains("the committee ranked the bids"), "{f:?}");
        let f = run("Brophy went further in a video, accusing Furlong of pocketing TV cash.");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].1, "accuse");
        let f = run("The union called a strike, warning that ports would close.");
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(run("The union issued a warning that ports would close.").is_empty());
        assert_eq!(run("Yonhap cited a senior official as saying the talks failed.").len(), 1);
    }

    #[test]
    fn narration_after_a_trailing_attribution_is_not_content() {
        let f = run("Kenya will not return to talks until Dodoma acts, the minister said on Wednesday, deepening a row that has left lorries stranded.");
        assert_eq!(f[0].2, "Kenya will not return to talks until Dodoma acts,");
        let f = run("Ruto raised the dispute in a call on Monday, State House said in a statement that evening.");
        assert_eq!(f[0].2, "Ruto raised the dispute in a call on Monday,");
    }

    #[test]
    fn an_appositive_title_and_name_is_the_speaker() {
        let f = run("The witness, former chief financial officer Patience Sithole, testified that she was pressured.");
        assert_eq!(f[0].0, "former chief financial officer Patience Sithole");
    }

    #[test]
    fn told_without_that_and_a_bare_weekday() {
        let f = run("Tom Eckert told supervisors the water level in his well had dropped 30 feet.");
        assert_eq!(f[0].2, "the water level in his well had dropped 30 feet.");
        assert!(run("She told the story of how it began.").iter().all(|x| x.2.is_empty()), "no clause, no content");
        let f = run("The clinic will shut every night from June 1, the health authority said Wednesday.");
        assert_eq!(f[0].2, "The clinic will shut every night from June 1,");
    }

    #[test]
    fn a_titled_person_after_a_court_named_in_an_opening_phrase() {
        let f = run("In a decision in the Court of Appeal, Justice Anne Whitford wrote that Kowalchuk had lied.");
        assert_eq!(f[0].0, "Justice Anne Whitford");
        let f = run("The Department for Culture, Media and Sport said it would act.");
        assert_eq!(f[0].0, "The Department for Culture, Media and Sport");
        let f = run("Human Resources Minister Dr Nor Azlina binti Ismail said the Bill would pass.");
        assert_eq!(f[0].0, "Human Resources Minister Dr Nor Azlina binti Ismail");
    }

    #[test]
    fn a_cue_verb_inside_reported_content_is_not_a_second_statement() {
        let f = run("Tom Hale said the warning confirmed fears about the recovery.");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!((f[0].0.as_str(), f[0].2.as_str()), ("Tom Hale", "the warning confirmed fears about the recovery."));
        let f = run("Ng said he had started adding to positions.");
        assert_eq!(f.len(), 1, "{f:?}");
        let f = run("Mkhabela denied the charge, and the prosecutor warned that he would appeal.");
        assert_eq!(f.len(), 2, "{f:?}");
        let f = run("The head of the union, Tom Bell, told reporters on Monday that members rejected the offer.");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!((f[0].0.as_str(), f[0].2.as_str()), ("Tom Bell", "members rejected the offer."));
        let f = run("Sithole testified that Mkhabela told her the contract “had to happen”.");
        assert_eq!(f.last().map(|f| f.0.as_str()), Some("Mkhabela"), "{f:?}");
    }

    #[test]
    fn findings_and_recommendations_before_that() {
        let f = run("A coroner has found that the faller would be alive if his crew had followed its plan.");
        assert_eq!((f[0].0.as_str(), f[0].1.as_str()), ("A coroner", "find"));
        let f = run("The coroner recommended that alarms be made mandatory.");
        assert_eq!(f[0].1, "recommend");
        assert!(run("Police found the body near the river.").is_empty());
        assert!(run("The council recommended a new route.").is_empty());
    }

    #[test]
    fn a_spokesman_described_by_a_possessive() {
        let f = run("A spokesman for Marri Crescent Holdings, al-Marri's investment firm, denied the billionaire had discussed any transfer, and called the party \"a private gathering\".");
        assert_eq!(f[0].0, "A spokesman for Marri Crescent Holdings");
        assert!(f.len() == 2 && f[1].0 == "<prev>", "{f:?}");
    }

    #[test]
    fn bodies_whose_names_join_two_words_with_and() {
        let f = run("The Forest and Rural Workers' Union accused the industry of ignoring findings.");
        assert_eq!(f[0].0, "The Forest and Rural Workers' Union");
        let f = run("The Lochbrae and Islands Tourism Partnership said it had reservations.");
        assert_eq!(f[0].0, "The Lochbrae and Islands Tourism Partnership");
    }

    #[test]
    fn a_name_with_particles_in_apposition_is_the_speaker() {
        let f = run("In Kuala Lumpur, Malaysia’s foreign minister, Datuk Seri Azlan bin Hamzah, whose country chairs ASEAN, said the incident was worrying.");
        assert_eq!(f[0].0, "Datuk Seri Azlan bin Hamzah");
    }

    #[test]
    fn a_statement_reported_inside_another_is_its_speakers() {
        let f = run(
            "Sithole testified that Mkhabela had summoned her to his office and told her the contract “had to happen”.",
        );
        assert_eq!(f.len(), 2, "{f:?}");
        assert_eq!((f[1].0.as_str(), f[1].1.as_str()), ("Mkhabela", "tell"));
        assert!(f[0].2.contains("Mkhabela had summoned her to his office"), "{f:?}");
        let f = run("Sithole testified that the minister had summoned her and told her to wait.");
        assert_eq!(f[1].0, "<prev>", "{f:?}");
    }

    #[test]
    fn a_comparison_with_a_forecast_is_not_one() {
        let f = run("Glaciers are thinning twice as fast as climate models predicted, the agency said on Wednesday, releasing data.");
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].2.starts_with("Glaciers are thinning"), "{f:?}");
    }

    #[test]
    fn branding_somebody_is_a_statement_about_them() {
        let f = run("Rodrigo Salinas Ocampo last night branded Declan Moyes a coward for pulling out of the clash.");
        assert_eq!(f[0].1, "brand");
        assert!(f[0].2.contains("Declan Moyes a coward for pulling out"), "{f:?}");
    }

    #[test]
    fn reported_speech_with_the_speaker_after_the_cue() {
        let f = run("For patients, the news can't come soon enough, said Karin Mulder-Vos, chair of the association.");
        assert_eq!(f[0].0, "Karin Mulder-Vos");
        assert_eq!(f[0].2, "For patients, the news can't come soon enough,");
        let f = run("Prices will rise by 5% next year, warned Tom Hale, an economist at Bank of Valmora.");
        assert_eq!((f[0].0.as_str(), f[0].2.as_str()), ("Tom Hale", "Prices will rise by 5% next year,"));
        let f = run("“Now we sleep under a sheet,” said Tom Hale, 47, a former farmer from Haradh.");
        assert!(!f[0].2.contains("former farmer"), "{f:?}");
        let f = run("“Nobody's dancing,” said Raymond Tillman, president of the local, who is known as Buck.");
        assert!(!f[0].2.contains("president"), "{f:?}");
        let f = run("“We go,” said Tom Hale, adding that the camp would close.");
        assert!(f.iter().any(|x| x.2.contains("the camp would close")), "{f:?}");
        let f = run("Directors had considered, and rejected, a narrower recall.");
        assert!(f.iter().all(|x| !x.2.is_empty()), "{f:?}");
        let f = run("Sione Fifita, Tonga's climate envoy, said Tonga would not sign the deal.");
        assert_eq!(f[0].0, "Sione Fifita");
    }

    #[test]
    fn a_participle_after_an_opening_phrase_belongs_to_the_subject() {
        let f = run("At a hearing in December, Crown attorney Priya Raghunathan asked for eight years, arguing that the scheme was sophisticated.");
        assert_eq!(f[0].0, "Priya Raghunathan");
        let f = run("The judge ordered restitution, noting that little of it would ever be recovered.");
        assert_eq!(f[0].1, "note");
        assert!(run("The war continued for years.").is_empty());
        let f = run("“Those who hold positions of trust must understand,” the judge continued.");
        assert_eq!(f[0].0, "the judge");
    }

    #[test]
    fn participles_used_as_adjectives_are_not_cues() {
        let found = run("Sithole said that the price was 41% above the town's own estimate.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].2.ends_with("own estimate."), "{found:?}");
        let found = run("The nurses union warned that closures would put added strain on paramedics.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].2.contains("added strain"), "{found:?}");
    }

    #[test]
    fn subjects_behind_clauses_datelines_and_asides() {
        let who = |s: &str| run(s).first().map(|f| f.0.clone()).unwrap_or_default();
        assert_eq!(
            who("An instructor who led a group across a stream in Fiordland has told an inquest he had erred."),
            "An instructor"
        );
        assert_eq!(
            who("PIRAEUS - The former chief engineer told a court on Wednesday that detectors were off."),
            "The former chief engineer"
        );
        assert_eq!(who("But Dobbs - nicknamed “The Major” by his players - hit back, branding Tank a brat."), "Dobbs");
        let content = run("“I looked at that water,” said Jared Mottram, who gave evidence for two hours.");
        assert_eq!(content[0].2, "“I looked at that water,”");
        assert_eq!(
            run("Tautahi told the inquest the family did not blame Mottram.")[0].2,
            "the family did not blame Mottram."
        );
        assert!(run("The judge asked why he had not reported the matter to the coast guard.")
            .iter()
            .all(|f| f.1 != "report"));
    }

    #[test]
    fn a_day_is_no_speaker() {
        let found =
            run("Antonopoulou said outside the court that Wednesday's testimony had confirmed “what we suspected”.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].2.contains("testimony had confirmed"), "{found:?}");
    }

    #[test]
    fn hitting_back_is_a_reply() {
        let found = run("And last night Aoife, 34, fired back: “I have never been so insulted.”");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!((found[0].1.as_str(), found[0].2.as_str()), ("reply", "“I have never been so insulted.”"));
        assert!(run("The storm hit the coast and the ferries were fired.").is_empty());
    }

    #[test]
    fn names_modals_and_passives_are_not_cues() {
        assert!(run("Japan will work with the United States and others.").is_empty());
        assert!(run("South Korea would respond together with its allies.").is_empty());
        assert!(run("A state of war is instantly declared.").is_empty());
        assert_eq!(run("Congo begins vaccinations as WHO warns doses will fall short")[0].2, "doses will fall short");
    }
}

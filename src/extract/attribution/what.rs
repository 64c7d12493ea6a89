//! Free relatives that credit a description to somebody: "in what Bangor
//! University says is the biggest restoration project", "over what their union
//! says are six months of unpaid salaries", "opened what it described as an
//! inquiry into …". The speaker is the subject between "what" and the cue; what
//! was said is the description after the copula (or "as").

use super::*;

/// The frame of a cue at `k` inside such a free relative, if it is one.
pub(super) fn what_frame(toks: &[Tok], k: usize, cue: Cue) -> Option<Frame> {
    let after = toks.get(k + 1)?.lower();
    let copula = match after.as_str() {
        "is" | "are" | "was" | "were" => k + 1,
        "as" if cue.lemma == "describe" => k + 1,
        "would" | "will" if toks.get(k + 2).is_some_and(|t| t.is("be")) => k + 2,
        _ => return None,
    };
    // "what the gentleman said is not fully correct": a judgement of the words, not the words.
    if toks.get(copula + 1).is_none_or(|t| t.is("not") || !t.is_word()) {
        return None;
    }
    let what = (k.saturating_sub(8)..k).rev().find(|&i| toks[i].is("what"))?;
    let subject = &toks[what + 1..k];
    if subject.is_empty() || subject.iter().any(|t| !t.is_word() || t.quoted || t.is("what")) {
        return None;
    }
    // The relative is an object ("in what", "over what", "opened what"), not a sentence's subject
    // ("So what the gentleman said is …"); nor the content of a cue before it ("denied what he
    // described as “a smear”"), which that cue's statement holds.
    let before = what.checked_sub(1).map(|i| &toks[i])?;
    let object = before.is_word() && !before.is_capitalized() && !before.quoted;
    if !object || cue_at(toks, what - 1, false).is_some() {
        return None;
    }
    let speaker = toks[what + 1].start..toks[k - 1].end;
    Some(Frame {
        cue,
        cue_word: toks[k].text.to_string(),
        speaker: SpeakerRef::Words(speaker.clone()),
        target: None,
        content: vec![],
        attribution: speaker.start..toks[copula].end,
    })
}

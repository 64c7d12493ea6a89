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
    let named = toks[what + 1].start..toks[k - 1].end;
    // "Police are investigating what they said were suspicious circumstances": a pronoun is
    // the sentence's subject, which the words before the cue hold.
    let pronoun = subject.len() == 1 && matches!(subject[0].lower().as_str(), "it" | "they" | "he" | "she" | "we");
    // The capitalised name that opens the clause before it ("Police are investigating what they",
    // "The Office of the Ombudsman has opened what it", "Balangue waved what he"); else the pronoun.
    let sentence_subject = pronoun.then(|| frame_at(toks, k, cue, false, false)).flatten().and_then(|f| {
        let SpeakerRef::Words(r) = f.speaker else { return None };
        let first = toks.iter().position(|t| t.start == r.start)?;
        let small = |t: &Tok| matches!(t.lower().as_str(), "of" | "the" | "and" | "for");
        // "The regulator opened what it": an article and its noun.
        let noun_after_article = matches!(toks[first].text, "The" | "A" | "An")
            && toks.get(first + 1).is_some_and(|t| t.is_word() && !t.is_capitalized());
        let end = if noun_after_article {
            first + 2
        } else {
            (first..what).find(|&i| !toks[i].is_word() || !toks[i].is_capitalized() && !small(&toks[i]))?
        };
        (end > first && toks[first].is_capitalized()).then(|| SpeakerRef::Words(toks[first].start..toks[end - 1].end))
    });
    let speaker = sentence_subject.unwrap_or_else(|| SpeakerRef::Words(named.clone()));
    Some(Frame {
        cue,
        cue_word: toks[k].text.to_string(),
        speaker,
        target: None,
        content: vec![],
        attribution: named.start..toks[copula].end,
    })
}

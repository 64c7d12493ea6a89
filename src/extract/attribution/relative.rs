//! Speakers a relative clause names after the sentence's main verb: "The
//! talks are chaired by Claire Morency, Canada's chief trade negotiator, who
//! said the remaining disagreements concerned scrap", "according to Tulloch,
//! who said the rest would stay out". The cue follows ", who"; the speaker is
//! the name before it, past any description set off by commas.

use super::{Tok, TokKind};
use crate::extract::speakers::lexicon::PARTICLES;
use std::ops::Range;

/// Words a name in the object of the sentence follows: "chaired by X", "a response from X",
/// "according to X", "Among those waiting was X".
const BEFORE_OBJECT: [&str; 12] =
    ["by", "from", "for", "to", "with", "at", "was", "is", "were", "are", "met", "including"];

/// Whether the cue at `k` opens a relative clause after a comma: ", who said".
pub(super) fn after_comma_who(toks: &[Tok], k: usize) -> bool {
    k >= 2 && toks[k - 1].is("who") && toks[k - 2].text == "," && !toks[k - 1].quoted
}

/// The name the relative clause of the cue at `k` is about, when it stands in the
/// sentence's object ("disputed by Luiza Saidova, a duty forecaster, who said")
/// or in apposition after a comma ("the Ambassador …, Liu Jianhong, who told"). Not
/// the sentence's own subject ("Kargbo, who denied all 14 counts …, sat quietly"):
/// what it says is background to what the sentence tells.
pub(super) fn antecedent(toks: &[Tok], k: usize) -> Option<Range<usize>> {
    let mut end = k.checked_sub(2)?;
    for _ in 0..3 {
        let start = (0..end).rev().find(|&i| is_break(&toks[i])).map_or(0, |i| i + 1);
        let segment = &toks[start..end];
        let first = segment.first()?;
        // ", 41,", ", a duty forecaster at the centre,", ", Canada's chief trade negotiator,": a
        // description, the name before it.
        let last = segment.last()?;
        let described = first.text.starts_with(|c: char| c.is_ascii_digit())
            || first.is_word() && !first.is_capitalized()
            || matches!(first.lower().as_str(), "the" | "a" | "an")
            || last.is_word() && !last.is_capitalized();
        if described && start > 0 {
            end = start - 1;
            continue;
        }
        let run_start = (start..end).rev().take_while(|&i| name_part(toks, i, start)).last()?;
        let opens = run_start == start;
        let placed = if opens {
            start > 0 && toks[start - 1].text == ","
        } else {
            BEFORE_OBJECT.contains(&toks[run_start - 1].lower().as_str())
        };
        let named = toks[run_start..end].iter().any(|t| t.is_word() && t.is_capitalized());
        return (placed && named).then_some(run_start..end);
    }
    None
}

fn is_break(t: &Tok) -> bool {
    !t.quoted && matches!(t.text, "," | ";" | ":" | "—" | "(" | ")") || t.kind == TokKind::QuoteMark
}

/// Whether the token at `i` goes on with a name that ends before the comma.
fn name_part(toks: &[Tok], i: usize, start: usize) -> bool {
    let t = &toks[i];
    let joiner = matches!(t.text, "." | "-" | "’" | "'") && i > start;
    t.is_word() && (t.is_capitalized() || PARTICLES.contains(t.text) && i > start) || joiner
}

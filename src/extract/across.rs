//! Claims credited across units: a sentence given to the speaker the next
//! one names ("This was stated by …"), and the paragraphs of a quote running
//! over several given to the speaker its attribution names, wherever that is.

use super::claim::Draft;
use super::quotes::Quote;
use super::speakers::Context;
use super::{attribution, tokens, units};
use crate::model::ClaimKind;
use std::ops::Range;

/// "Output will fall 18%. This was stated by Vice Minister Aidos Tulegenov.":
/// the sentence before is the speaker's, unless somebody was already credited
/// with it. True when `toks` attributed it.
pub(super) fn attribute_back(
    body: &str,
    toks: &[tokens::Tok],
    before: &units::Unit,
    ctx: &mut Context,
    drafts: &mut Vec<Draft>,
) -> bool {
    let Some((who, cue)) = attribution::stated_by(toks) else { return false };
    if drafts.iter().any(|d| d.unit == before.range && d.speaker.is_some()) {
        return false;
    }
    let Some(speaker) = ctx.resolve(&body[who.clone()]) else { return false };
    // "ASTANA. March 12. QazEnergy Wire - Oil production …": not the dateline.
    let text = &body[before.range.clone()];
    let dateline = text.find(" - ").filter(|&at| text[..at].split_whitespace().count() <= 6).map_or(0, |at| at + 3);
    let content = before.range.start + dateline..before.range.end;
    drafts.retain(|d| d.unit != before.range);
    let mut d = Draft::new(ClaimKind::Reported, speaker, &body[who], Some(cue), vec![content], before.range.clone());
    d.cue_word = Some(toks[2].text.to_string());
    drafts.push(d);
    true
}

/// "“I've coached Doc since he was 19. …" then "“But you own your actions …,”
/// said head coach Pierre-Yves St-Onge.": the paragraphs of a quote running
/// over several are the speaker's its attribution names, even when that comes
/// only in its last paragraph. A paragraph whose quote is left open goes on
/// in the next one, which opens on a quote mark.
pub(super) fn credit_quote_paragraphs(body: &str, top: &[&Quote], drafts: &mut [Draft]) {
    let open_ended = |q: &Quote| !body[..q.outer.end].trim_end().ends_with(['"', '”', '’', '\'']);
    let mut chains: Vec<Range<usize>> = Vec::new();
    let mut open = false;
    for q in top {
        match chains.last_mut() {
            // Quotes may overlap on odd text (found by fuzzing): a chain only runs forwards.
            Some(chain) if open && chain.end <= q.outer.start && body[chain.end..q.outer.start].trim().is_empty() => {
                chain.end = q.outer.end
            }
            _ => chains.push(q.outer.clone()),
        }
        open = open_ended(q);
    }
    let inside = |c: &Range<usize>, d: &Draft| d.content.first().is_some_and(|r| c.start <= r.start && r.end <= c.end);
    for chain in chains.iter().filter(|c| body[(*c).clone()].contains("\n\n")) {
        let credited = drafts.iter().position(|d| d.cue.is_some() && d.speaker.is_some() && inside(chain, d));
        let Some(at) = credited else { continue };
        let (speaker, mention) = (drafts[at].speaker.clone(), drafts[at].mention.clone());
        let other = |d: &Draft| d.speaker != speaker;
        for d in drafts[..at].iter_mut().filter(|d| d.cue.is_none() && !d.verbatim && inside(chain, d) && other(d)) {
            d.speaker = speaker.clone();
            d.mention = mention.clone();
        }
    }
}

#[cfg(test)]
mod tests {
    fn claims(body: &str) -> Vec<(String, String)> {
        super::super::tests::claims_of_body(&format!("Head\n\n{body}"))
    }

    #[test]
    fn this_was_stated_by_gives_the_sentence_before() {
        let found = claims(
            "ASTANA - Output at the Karatobe field will fall by 18% in April. This was stated by Vice Minister \
             of Energy Aidos Tulegenov at a briefing on Wednesday.",
        );
        assert_eq!(
            found,
            [("Aidos Tulegenov".into(), "Output at the Karatobe field will fall by 18% in April.".into())]
        );
    }

    #[test]
    fn a_quote_over_paragraphs_is_its_last_attribution_s() {
        let found = claims(
            "\"Dominic made a mistake,\" said manager Karen McTavish-Ng.\n\n\
             \"I've coached Doc since he was 19. He's never been that kind of player.\n\n\
             \"But you own your actions in this room,\" said head coach Pierre-Yves St-Onge.",
        );
        let speakers: Vec<&str> = found.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(speakers, ["Karen McTavish-Ng", "Pierre-Yves St-Onge", "Pierre-Yves St-Onge"], "{found:?}");
    }

    #[test]
    fn overlapping_quotes_from_a_stray_mark_do_not_panic() {
        // Found by fuzzing: a dash quote and a stray curly mark made quotes that overlap.
        let found = claims(
            "Quispe Mamani spoke in Chalhuanca.\n\n\
             —We have nothing to hide. We invite the leaders to verify the data with their own eyes, with \
             independent technicians if they wish —Quispe Mamani stated“—, but a dialogue cannot take place \
             with the road blocked.\n\nOn the part of the Executive, the Presidency said talks would go on.",
        );
        assert!(!found.is_empty());
    }
}

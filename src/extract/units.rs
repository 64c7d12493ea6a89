//! Units of extraction: sentences, merged where one quotation runs across
//! them (a multi-sentence or multi-paragraph quote stays with its attribution).

use super::quotes::Quote;
use crate::segment;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    pub range: Range<usize>,
    /// Index of the paragraph the unit starts in (0 is the headline).
    pub paragraph: usize,
}

pub fn units(body: &str, quotes: &[&Quote]) -> Vec<Unit> {
    let mut out: Vec<Unit> = Vec::new();
    for (p, para) in segment::paragraphs(body).into_iter().enumerate() {
        for s in segment::sentences(body, para) {
            match out.last_mut() {
                Some(u)
                    if super::quotes::overlapping(quotes, s.start..s.start + 1)
                        .iter()
                        .any(|q| q.outer.start >= u.range.start && q.outer.start < s.start) =>
                {
                    u.range.end = s.end;
                }
                _ => out.push(Unit { range: s, paragraph: p }),
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::quotes;

    #[test]
    fn a_quote_across_paragraphs_is_a_unit_per_paragraph() {
        let body = "Head\n\nHe said, “One. Two.\n\n“Three.”\n\nAfter.";
        let qs = quotes::find(body);
        let top: Vec<&Quote> = qs.iter().collect();
        let us: Vec<&str> = units(body, &top).iter().map(|u| &body[u.range.clone()]).collect();
        assert_eq!(us, ["Head", "He said, “One. Two.", "“Three.”", "After."]);
    }
}

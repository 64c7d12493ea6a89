//! Long source claims (a transcript answer, a statement's paragraph) are
//! compared with a report through the sentences the report took from them,
//! so a negation or hedge elsewhere in the answer is not read as a change.

use crate::align::{content_words, similarity_of};
use crate::extract::{modality, numbers};
use crate::model::Claim;
use crate::segment;

/// `long` narrowed to the one to three consecutive sentences most like
/// `short`; `long` itself when it is not much longer.
pub fn focus(long: &Claim, short: &Claim) -> Claim {
    let sentences = segment::sentences(&long.text, 0..long.text.len());
    let words = |t: &str| t.split_whitespace().count();
    if sentences.len() < 2 || words(&long.text) * 10 < words(&short.text) * 13 {
        return long.clone();
    }
    let mut best = (f64::MIN, 0..0);
    let short_words = content_words(&short.text);
    for i in 0..sentences.len() {
        for j in i..sentences.len().min(i + 3) {
            let window = sentences[i].start..sentences[j].end;
            // A longer window must earn its extra sentences.
            let score = similarity_of(&content_words(&long.text[window.clone()]), &short_words) - 0.03 * (j - i) as f64;
            if score > best.0 {
                best = (score, window);
            }
        }
    }
    let text = long.text[best.1].to_string();
    let mut narrowed = long.clone();
    if long.quote.as_deref() == Some(long.text.as_str()) {
        narrowed.quote = Some(text.clone());
    }
    narrowed.polarity = modality::polarity(&text);
    narrowed.modality = modality::modality(&text);
    narrowed.numbers = numbers::find_numbers(&text);
    narrowed.text = text;
    narrowed
}

/// `short` joined with the paragraph that continues its quote ("…with
/// the DPRK." / "“I do not rule this one out.”"), when `long` holds both:
/// the report carries what the source said, in two claims.
pub fn widen(short: &Claim, next: Option<&Claim>, long: &Claim) -> Claim {
    let Some(next) = next.filter(|n| n.speaker == short.speaker && n.cue.is_none() && n.quote.is_some()) else {
        return short.clone();
    };
    let text = format!("{} {}", short.text, next.text);
    let long_words = content_words(&long.text);
    let held = crate::align::normalize(&long.text).contains(&crate::align::normalize(&next.text));
    if !held
        && similarity_of(&content_words(&text), &long_words) <= similarity_of(&content_words(&short.text), &long_words)
    {
        return short.clone();
    }
    let mut widened = short.clone();
    widened.quote = short.quote.as_ref().map(|q| format!("{q} {}", next.quote.as_deref().unwrap_or_default()));
    widened.polarity = modality::polarity(&text);
    widened.modality = modality::modality(&text);
    widened.numbers = numbers::find_numbers(&text);
    widened.text = text;
    widened
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ClaimKind, Polarity, Span};

    fn claim(text: &str) -> Claim {
        Claim {
            id: String::new(),
            kind: ClaimKind::Quote,
            speaker: Some("Vladimir Putin".into()),
            speaker_mention: None,
            cue: None,
            cameo: None,
            target: None,
            text: text.into(),
            quote: Some(text.into()),
            polarity: modality::polarity(text),
            modality: modality::modality(text),
            said_on: None,
            entities: vec![],
            numbers: numbers::find_numbers(text),
            treaty: None,
            sentence: String::new(),
            span: Span::default(),
            review: Default::default(),
        }
    }

    #[test]
    fn narrows_a_long_answer_to_the_quoted_sentence() {
        let long = claim("Sending lethal weapons to Ukraine would be a very big mistake. I hope it does not happen. If it does, we will decide.");
        let short = claim("sending lethal weapons to Ukraine would be a very big mistake");
        let f = focus(&long, &short);
        assert_eq!(f.text, "Sending lethal weapons to Ukraine would be a very big mistake.");
        assert_eq!(f.polarity, Polarity::Positive);
        assert_eq!(long.polarity, Polarity::Negative);
    }

    #[test]
    fn joins_the_paragraph_that_continues_a_quote_the_source_holds() {
        let source = claim("We reserve the right to supply weapons. I do not rule this one out.");
        let first = claim("We reserve the right to supply weapons.");
        let next = claim("I do not rule this one out.");
        let joined = widen(&first, Some(&next), &source);
        assert_eq!(joined.text, "We reserve the right to supply weapons. I do not rule this one out.");
        assert_eq!(joined.modality, source.modality);
        let other = claim("The weather was fine.");
        assert_eq!(widen(&first, Some(&other), &source).text, first.text);
        let mut cued = next.clone();
        cued.cue = Some("said".into());
        assert_eq!(widen(&first, Some(&cued), &source).text, first.text);
    }
}

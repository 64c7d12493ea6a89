//! A headline's or deck's statement credited to its opening topic word:
//! "Housing plan would 'swallow a village', inquiry told", "Union warns of a
//! slow bleed of skills". The word is nobody the body names, so the claim
//! goes to whoever the body quotes in the headline's quoted words, else to
//! whoever the body calls by that noun ("the union").

use super::claim::Draft;
use super::speakers::lexicon::{BUSINESS, ORG_WORDS};
use super::speakers::Speaker;
use crate::segment;

/// Credits each headline or deck draft whose speaker is a lone topic word to
/// the body's speaker of the same words or noun; leaves it alone otherwise,
/// and returns where those drafts are.
pub fn credit_headline_echoes(body: &str, drafts: &mut [Draft]) -> Vec<usize> {
    let mut uncredited = Vec::new();
    // The headline, and the deck below it when it is headlinese too: no stop at its end.
    let paragraphs = segment::paragraphs(body);
    let headlinese = |p: &&std::ops::Range<usize>| super::headlines::in_headlinese(&body[(*p).clone()]);
    let Some(top_end) = paragraphs.iter().take(2).take_while(headlinese).last().map(|p| p.end) else {
        return uncredited;
    };
    let rest = &body[top_end..];
    for i in 0..drafts.len() {
        let d = &drafts[i];
        let Some(topic) = d.speaker.as_ref().filter(|s| d.unit.end <= top_end && topic_word(s, &d.mention, rest))
        else {
            continue;
        };
        // "Energy Bureau": the noun its last word is ("the bureau").
        let noun = topic.name.rsplit(' ').next().unwrap_or_default().to_lowercase();
        // "Union", "Operator": a body's noun, so a body, not the person quoted for it.
        let body_noun = ORG_WORDS.contains(noun.as_str()) || BUSINESS.contains(noun.as_str());
        let fits = |s: &Speaker| s.name != topic.name && !(body_noun && s.person);
        let heard = body_speaker(drafts, top_end, |b| called(&b.mention, &noun)).filter(fits).or_else(|| {
            let phrases = quoted_phrases(&body[d.unit.clone()]);
            phrases.iter().find_map(|p| body_speaker(drafts, top_end, |b| said_in(body, b, p)).filter(fits))
        });
        match heard {
            Some(speaker) => drafts[i].speaker = Some(speaker),
            None => uncredited.push(i),
        }
    }
    uncredited
}

/// A speaker that is the one or two capitalised words the headline opens on,
/// as written ("Housing", "Union", "Energy Bureau"), and that the body never
/// writes so. Not an acronym ("ECan"), which names a body the lead spelt out.
fn topic_word(speaker: &Speaker, mention: &str, rest: &str) -> bool {
    let word = speaker.name.as_str();
    let titled = |w: &str| {
        let mut letters = w.chars();
        letters.next().is_some_and(char::is_uppercase) && letters.all(char::is_lowercase)
    };
    let words: Vec<&str> = word.split(' ').collect();
    words.len() <= 2 && words.iter().all(|w| titled(w)) && mention == word && !names_word(rest, word)
}

/// Whether `text` has `word` as a whole word, as written.
fn names_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        let after = text[at + word.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        before && after
    })
}

/// The words a headline quotes, lower-cased: "'swallow a village'", "“strangle”".
fn quoted_phrases(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (at, c) in text.char_indices() {
        let mark = matches!(c, '"' | '“' | '”' | '‘' | '’' | '\'');
        // A quote opens after a space or a stop and closes before one: an apostrophe
        // inside or after a word ("Lerwick's", "shoppers' bills") does neither.
        let before = text[..at].chars().next_back().is_some_and(char::is_alphanumeric);
        let after = text[at + c.len_utf8()..].chars().next().is_some_and(char::is_alphanumeric);
        if !mark || open.is_none() && before || open.is_some() && after {
            continue;
        }
        match open {
            Some(start) if at > start => {
                // "“a last resort,” says …": the words, not the comma the quote closes on.
                let phrase = text[start..at].trim().trim_end_matches([',', '.', ';', ':']).to_lowercase();
                if phrase.chars().filter(|c| c.is_alphabetic()).count() >= 5 {
                    out.push(phrase);
                }
                open = None;
            }
            _ => open = Some(at + c.len_utf8()),
        }
    }
    out
}

/// The first credited speaker among the body's drafts that `wanted` picks.
fn body_speaker(drafts: &[Draft], top_end: usize, wanted: impl Fn(&Draft) -> bool) -> Option<Speaker> {
    drafts.iter().filter(|d| d.unit.start >= top_end && wanted(d)).find_map(|d| d.speaker.clone())
}

/// Whether the draft's sentence carries the phrase, and not denied or
/// doubted ("it would not swallow a village", "I doubt output will recover").
fn said_in(body: &str, draft: &Draft, phrase: &str) -> bool {
    let sentence = body[draft.unit.clone()].to_lowercase();
    sentence.match_indices(phrase).any(|(at, _)| {
        let before: Vec<&str> = sentence[..at].split_whitespace().rev().take(4).collect();
        let denies = |w: &str| {
            matches!(w, "not" | "no" | "never" | "doubt" | "deny" | "denies" | "denied" | "cannot")
                || w.ends_with("n't")
                || w.ends_with("n’t")
        };
        !before.iter().any(|w| denies(w))
    })
}

/// Whether the draft's speaker was called by the noun: "the union", "the
/// developer's lawyer" is not.
fn called(mention: &str, noun: &str) -> bool {
    let mention = mention.to_lowercase();
    mention == noun || mention.strip_prefix("the ").is_some_and(|rest| rest == noun)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ClaimKind;

    fn draft(body: &str, unit: &str, speaker: &str, mention: &str) -> Draft {
        let at = body.find(unit).expect("unit in body");
        let speaker = Speaker { name: speaker.to_string(), person: false, gender: None };
        let range = at..at + unit.len();
        Draft::new(ClaimKind::Reported, speaker, mention, None, vec![range.clone()], range)
    }

    /// The first draft's speaker after crediting, of drafts given as (unit, speaker, mention).
    fn headline_speaker(body: &str, units: &[(&str, &str, &str)]) -> String {
        let mut drafts: Vec<Draft> = units.iter().map(|(u, s, m)| draft(body, u, s, m)).collect();
        credit_headline_echoes(body, &mut drafts);
        drafts[0].speaker.clone().expect("a speaker").name
    }

    const BODY: &str = "Housing plan would 'swallow a village', inquiry told\n\nBy A Writer\n\n\
        The plan would \"simply swallow a village\", Margaret Ellery said.\n\n\
        The union said it would strike.\n";

    #[test]
    fn a_headline_topic_takes_the_speaker_of_its_quoted_words() {
        let units = [
            ("Housing plan would 'swallow a village', inquiry told", "Housing", "Housing"),
            ("The plan would \"simply swallow a village\", Margaret Ellery said.", "Margaret Ellery", "x"),
        ];
        assert_eq!(headline_speaker(BODY, &units), "Margaret Ellery");
    }

    #[test]
    fn a_lead_and_a_denied_echo_keep_their_speakers() {
        // The lead is the body's, not the headline's: its stop ends it.
        let body = "Ryanair said on Monday strikes would cause 'summer chaos'.\n\n\"There will be no summer chaos,\" \
                    the union said.\n";
        let units = [
            ("Ryanair said on Monday strikes would cause 'summer chaos'.", "Ryanair", "Ryanair"),
            ("\"There will be no summer chaos,\" the union said.", "France", "the union"),
        ];
        assert_eq!(headline_speaker(body, &units), "Ryanair");
        let body = "Housing plan would 'swallow a village'\n\nBy A Writer\n\n\"It would not swallow a village,\" \
                    Anne Clay said.\n";
        let units = [
            ("Housing plan would 'swallow a village'", "Housing", "Housing"),
            ("\"It would not swallow a village,\" Anne Clay said.", "Anne Clay", "Anne Clay"),
        ];
        assert_eq!(headline_speaker(body, &units), "Housing");
        // A lead closing on a quote is no deck; "denies" is no echo.
        let body = "Unite said dockers would \"not be bullied.\"\n\nWorkers would not be bullied, Cheng said.\n";
        assert_eq!(
            headline_speaker(body, &[("Unite said dockers would \"not be bullied.\"", "Unite", "Unite")]),
            "Unite"
        );
        let denial = "Evans denies the quarry would swallow a village.";
        assert!(!said_in(denial, &draft(denial, denial, "Evans", "Evans"), "swallow a village"));
    }

    #[test]
    fn a_headline_noun_takes_the_body_speaker_called_so() {
        let body = "Union warns of a slow bleed of skills\n\nBy A Writer\n\nThe union said it would strike.\n";
        let units = [
            ("Union warns of a slow bleed of skills", "Union", "Union"),
            ("The union said it would strike.", "Unite", "the union"),
        ];
        assert_eq!(headline_speaker(body, &units), "Unite");
        // Two words too: "Energy Bureau" is "the bureau".
        let body = "Energy Bureau fines utility\n\nBy A Writer\n\nThe bureau said the fines were due.\n";
        let units = [
            ("Energy Bureau fines utility", "Energy Bureau", "Energy Bureau"),
            ("The bureau said the fines were due.", "Puerto Rico Energy Bureau", "the bureau"),
        ];
        assert_eq!(headline_speaker(body, &units), "Puerto Rico Energy Bureau");
    }

    #[test]
    fn a_name_the_body_writes_is_kept() {
        let body = "Jirama warns of cuts\n\nBy A Writer\n\nJirama said the cuts would last. The jirama said more.\n";
        let units = [
            ("Jirama warns of cuts", "Jirama", "Jirama"),
            ("Jirama said the cuts would last.", "Someone Else", "the jirama"),
        ];
        assert_eq!(headline_speaker(body, &units), "Jirama");
    }

    #[test]
    fn quoted_phrases_skip_apostrophes_inside_words() {
        assert_eq!(quoted_phrases("Quay works will 'strangle' trade, warns traders' chief"), vec!["strangle"]);
        assert_eq!(quoted_phrases("Lerwick's “worst in a decade” slump"), vec!["worst in a decade"]);
        assert_eq!(quoted_phrases("Tesco says shoppers' bills will 'keep rising'"), vec!["keep rising"]);
        // The comma a quotation closes on is no word of it.
        assert_eq!(quoted_phrases("Water rationing \"a last resort,\" says bureau chief"), vec!["a last resort"]);
    }
}

//! The full text of a speech or statement printed below a story ("Below is
//! the full text of the MCE's speech as delivered.", then "SPEECH DELIVERED BY
//! HON. AKOSUA FRIMPOMAA NKANSAH, MUNICIPAL CHIEF EXECUTIVE, …"): each
//! paragraph of it is a verbatim claim of the speaker, as a letter's is its
//! writer's; what the speech reports of others stays theirs.

use super::claim::{credit_paragraph, Draft};
use super::speakers::{title_case, Context};
use std::ops::Range;

/// The fewest words a paragraph of the speech needs to say something: not "Good morning."
const FEWEST_WORDS: usize = 6;

/// Credits every paragraph of a printed speech to its speaker.
pub(super) fn credit_speech(body: &str, paragraphs: &[Range<usize>], drafts: &mut Vec<Draft>, ctx: &mut Context) {
    let Some((at, heading)) =
        paragraphs.iter().enumerate().find_map(|(i, p)| speech_heading(&body[p.clone()]).map(|h| (i, h)))
    else {
        return;
    };
    let Some(speaker) = ctx.resolve(&heading) else { return };
    for p in &paragraphs[at + 1..] {
        let text = body[p.clone()].trim();
        // "----", "Share: Facebook | WhatsApp", "RELATED: …": the page's own lines end the speech.
        if text.starts_with("---") || !text.chars().any(char::is_lowercase) || text.contains(" | ") {
            break;
        }
        if text.split_whitespace().count() < FEWEST_WORDS || greeting(text) {
            continue;
        }
        credit_paragraph(drafts, &speaker, &heading, p.clone());
    }
}

/// Whom a speech's heading in capitals names: "SPEECH DELIVERED BY HON. AKOSUA
/// FRIMPOMAA NKANSAH, MUNICIPAL CHIEF EXECUTIVE, …" is "Hon. Akosua Frimpomaa Nkansah".
fn speech_heading(text: &str) -> Option<String> {
    const OPENINGS: [&str; 6] = [
        "SPEECH DELIVERED BY ", "SPEECH BY ", "ADDRESS BY ", "ADDRESS DELIVERED BY ", "STATEMENT BY ",
        "FULL TEXT OF SPEECH BY ",
    ];
    let rest = OPENINGS.iter().find_map(|o| text.strip_prefix(o))?;
    if text.contains('\n') || text.chars().any(char::is_lowercase) {
        return None;
    }
    let name = rest.split(',').next()?.trim();
    let words: Vec<String> = name.split_whitespace().map(title_case).collect();
    (2..=8).contains(&words.len()).then(|| words.join(" "))
}

/// The salutation that opens a speech and the cheers that close it.
fn greeting(text: &str) -> bool {
    let lower = text.to_lowercase();
    lower.contains("ladies and gentlemen") && text.len() < 300
        || ["long live", "thank you", "god bless"].iter().any(|g| lower.starts_with(g))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_speech_s_heading_names_its_speaker() {
        let heading =
            "SPEECH DELIVERED BY HON. AKOSUA FRIMPOMAA NKANSAH, MUNICIPAL CHIEF EXECUTIVE, AT THE HANDING-OVER";
        assert_eq!(speech_heading(heading).as_deref(), Some("Hon. Akosua Frimpomaa Nkansah"));
        assert_eq!(speech_heading("STATEMENT BY THE MINISTRY OF HEALTH").as_deref(), Some("The Ministry Of Health"));
        assert_eq!(speech_heading("Speech delivered by the mayor, on Friday"), None);
        assert_eq!(speech_heading("SPEECH DAY AT ST MARY'S"), None);
    }

    #[test]
    fn greetings_and_cheers_say_nothing() {
        assert!(greeting("Nananom, invited guests, the media, ladies and gentlemen."));
        assert!(greeting("Long live Berekum, long live Ghana. Thank you and God bless us all."));
        assert!(!greeting("I stand before you today to declare that this sad chapter is closed."));
    }
}

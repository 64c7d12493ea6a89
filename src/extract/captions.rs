//! Photo captions that quote the person pictured: "Photo caption: Anghjulu
//! Santoni in his orchard at Cateri: « We will not let the trees die. »",
//! "Photo: Wim Verbist addresses strikers on Wednesday: "They will not …"".
//! The caption names its speaker first and gives no cue verb, so no
//! attribution frame finds it.

use super::claim::Draft;
use super::quotes::Quote;
use super::speakers::Context;
use crate::model::ClaimKind;
use std::ops::Range;

/// How captions open, lowercased.
const MARKERS: [&str; 7] = ["[photo caption:", "photo caption:", "caption:", "photo:", "picture:", "pic:", "image:"];

/// The caption's claim when `unit` opens with a caption marker, then a
/// person's name, and a colon right before its first quotation; `quoted`
/// are the unit's quotations, in order.
pub fn caption_claim(body: &str, unit: Range<usize>, quoted: &[&&Quote], ctx: &mut Context) -> Option<Draft> {
    let before = body[unit.start..quoted.first()?.outer.start].trim();
    if !before.ends_with(':') {
        return None;
    }
    // The markers are ASCII, so the lowercased prefix has the original's length.
    let marker = MARKERS.iter().find(|m| before.get(..m.len()).is_some_and(|p| p.eq_ignore_ascii_case(m)))?;
    let described = &before[marker.len()..];
    let capitalised = |w: &&str| w.starts_with(char::is_uppercase);
    let words: Vec<&str> = described.split_whitespace().take_while(capitalised).take(5).collect();
    if words.len() < 2 {
        return None;
    }
    let name = words.join(" ");
    let name = name.trim_end_matches([':', ',']);
    let speaker = ctx.resolve(name).filter(|s| s.person && !s.name.starts_with("unnamed:"))?;
    let content = quoted.iter().map(|q| q.outer.clone()).collect();
    Some(Draft::new(ClaimKind::Quote, speaker, name, None, content, unit))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::Gazetteer;

    fn caption(text: &str) -> Option<String> {
        let body = format!("Head\n\nWim Verbist spoke.\n\n{text}");
        let mut ctx = Context::new(Gazetteer::builtin(), None);
        ctx.learn_names(&body);
        let unit = body.rfind("\n\n").unwrap() + 2..body.len();
        let found = crate::extract::quotes::find(&body);
        let quoted: Vec<&Quote> = found.iter().filter(|q| q.outer.start >= unit.start).collect();
        let quoted: Vec<&&Quote> = quoted.iter().collect();
        caption_claim(&body, unit, &quoted, &mut ctx).map(|d| d.speaker.unwrap().name)
    }

    #[test]
    fn a_caption_quotes_the_person_it_names_first() {
        let said = caption("Photo: Wim Verbist addresses strikers on Wednesday: \"They will not automate us.\"");
        assert_eq!(said.as_deref(), Some("Wim Verbist"));
        let said = caption("Photo caption: Wim Verbist in his orchard: « We will not let the trees die. »");
        assert_eq!(said.as_deref(), Some("Wim Verbist"));
    }

    #[test]
    fn no_marker_no_colon_or_no_person_is_no_caption_claim() {
        assert_eq!(caption("Wim Verbist addresses strikers: \"They will not automate us.\""), None);
        assert_eq!(caption("Photo: Wim Verbist addresses strikers. \"They will not automate us.\""), None);
        assert_eq!(caption("Photo: Strikers at the gates: \"They will not automate us.\""), None);
    }
}

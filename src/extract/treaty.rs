//! Treaty terms: conditional obligations between parties ("if one of the
//! countries is attacked, the other shall provide ... without delay").

use crate::model::TreatyTerm;
use crate::segment::wordre::WordRegex;
use std::sync::LazyLock;

static TRIGGER: LazyLock<WordRegex> = LazyLock::new(|| {
    WordRegex::new(
        r"(?i)\b(?:if|should|in (?:the )?(?:case|event) (?:of|that))\b[^.;]*?\b(?:attack(?:ed|s)?|aggression|invad(?:ed|es)|invasion|war|threat(?:ened)?|armed)\b[^,;]*",
    )
});
static OBLIGATION: LazyLock<WordRegex> = LazyLock::new(|| {
    WordRegex::new(
        r"(?i)\b(?:shall|must|will|would|is obliged to|obliges|is bound to|come to [^ ]+ aid|provide|assist|deploy|declared?)\b",
    )
});

/// The treaty term stated in `text`, if it states one; `parties` are the
/// countries the sentence names.
pub fn term(text: &str, parties: &[String]) -> Option<TreatyTerm> {
    let found = TRIGGER.find(text)?;
    let end = found.as_str().to_lowercase().find(" then ").map_or(found.end(), |p| found.start() + p);
    let trigger = &text[found.start()..end];
    let rest = &text[end..];
    let before = &text[..found.start()];
    let obligation_text = if OBLIGATION.is_match(rest) {
        rest
    } else if OBLIGATION.is_match(before) {
        before
    } else {
        return None;
    };
    let obligation = obligation_text
        .trim()
        .trim_start_matches([',', ' '])
        .trim_start_matches("then ")
        .trim_end_matches(['.', ',', '”', '"'])
        .trim();
    Some(TreatyTerm {
        parties: parties.to_vec(),
        trigger: Some(trigger.trim().trim_end_matches(',').to_string()),
        obligation: (!obligation.is_empty()).then(|| obligation.to_string()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conditional_obligation() {
        let t = term(
            "if one of the countries is attacked then a state of war is instantly declared",
            &["Russia".into(), "North Korea".into()],
        )
        .unwrap();
        assert_eq!(t.trigger.as_deref(), Some("if one of the countries is attacked"));
        assert_eq!(t.obligation.as_deref(), Some("a state of war is instantly declared"));
        let t =
            term("If North Korea is attacked, Russia shall provide military assistance without delay.", &[]).unwrap();
        assert_eq!(t.trigger.as_deref(), Some("If North Korea is attacked"));
        assert_eq!(t.obligation.as_deref(), Some("Russia shall provide military assistance without delay"));
        assert!(term("He was attacked by critics.", &[]).is_none());
    }
}

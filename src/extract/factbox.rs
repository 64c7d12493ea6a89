//! A wire factbox of reactions: each source in capitals on a bulleted line of
//! its own, then what they said, often without a cue ("* NAKURU GOVERNOR
//! WAMBUI KAMAU-NDUNG'U, speaking to reporters on Monday:" over a paragraph in
//! quotation marks). A quotation with no cue under a source's line is that
//! source's; so is a pronoun's report ("She said the county would appeal").

use super::claim::{insert_in_order, Draft};
use super::speakers::{title_case, Context, Speaker};
use std::ops::Range;

/// Bullets a factbox sets its sources' lines with.
const BULLETS: [&str; 3] = ["* ", "• ", "- "];

/// The fewest source lines that make a factbox: one alone may be a list's heading.
const FEWEST_SOURCES: usize = 2;

/// Credits what each source's line introduces: a quotation the paragraphs
/// below give without a cue, and reports whose speaker is only a pronoun.
pub(super) fn credit_reactions(body: &str, paragraphs: &[Range<usize>], drafts: &mut Vec<Draft>, ctx: &mut Context) {
    let sources = paragraphs.iter().filter(|p| source_line(&body[(*p).clone()]).is_some()).count();
    if sources < FEWEST_SOURCES {
        return;
    }
    let mut source: Option<(Speaker, &str)> = None;
    for p in paragraphs {
        let text = &body[p.clone()];
        if let Some(line) = source_line(text) {
            source = ctx.resolve(&title_case_words(line)).map(|s| (s, line));
            continue;
        }
        // "BACKGROUND": a heading in capitals ends the box.
        if !text.chars().any(char::is_lowercase) {
            source = None;
            continue;
        }
        let Some((speaker, line)) = &source else { continue };
        if let Some(quoted) = whole_quotation(text) {
            if !drafts.iter().any(|d| d.within(p) && d.speaker.is_some()) {
                let inner = p.start + quoted.start..p.start + quoted.end;
                drafts.retain(|d| !d.within(p));
                insert_in_order(drafts, Draft::verbatim(speaker.clone(), line, inner, p.clone()));
            }
        } else if opens_on_pronoun(text) {
            for d in drafts.iter_mut().filter(|d| d.within(p) && pronoun(&d.mention)) {
                d.speaker = Some(speaker.clone());
            }
        } else {
            // "President William Ruto said …": the story goes on in its own words, past the box.
            source = None;
        }
    }
}

/// The source a bulleted line in capitals names, up to its first comma or
/// bracket: "KENYA WILDLIFE SERVICE" of "* KENYA WILDLIFE SERVICE, in a
/// statement on Tuesday:". The words after the comma may be written small.
fn source_line(text: &str) -> Option<&str> {
    let line = BULLETS.iter().find_map(|b| text.strip_prefix(b))?.trim_end().strip_suffix(':')?;
    if line.contains(['\n', ':', '"', '“']) || line.chars().count() > 160 {
        return None;
    }
    let name = line.split([',', '(']).next().unwrap_or(line).trim();
    // "* WHO OPPOSES IT:", "* MAN OF THE MATCH:", "* TURNING POINT:": the box's headings, nobody.
    let first = name.split_whitespace().next().unwrap_or("");
    if HEADINGS.contains(&first)
        || name.split_whitespace().any(|w| matches!(w, "OF" | "THE" | "IT") && !named_body(name))
    {
        return None;
    }
    let words = name.split_whitespace().count();
    let capitals = name.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    ((1..=10).contains(&words) && capitals && name.chars().filter(|c| c.is_alphabetic()).count() >= 4).then_some(name)
}

/// Words a factbox's own headings open with.
const HEADINGS: [&str; 16] = [
    "WHO", "WHAT", "WHY", "HOW", "WHEN", "WHERE", "KEY", "MAN", "WOMAN", "TURNING", "NEXT", "BACKGROUND", "FACTS",
    "TIMELINE", "PLAYER", "QUOTE",
];

/// A body's name with its "of" ("LAW SOCIETY OF KENYA", "MINISTRY OF HEALTH"): an
/// organisation's word before it.
fn named_body(name: &str) -> bool {
    const BODIES: [&str; 12] = [
        "SOCIETY", "MINISTRY", "DEPARTMENT", "UNION", "ASSOCIATION", "FEDERATION", "COUNCIL", "OFFICE", "BANK",
        "CHAMBER", "SECRETARY", "MEMBER",
    ];
    name.split(" OF ").next().is_some_and(|head| head.split_whitespace().any(|w| BODIES.contains(&w)))
}

/// Whether a paragraph opens on "He", "She" or "They" and so goes on with the source above.
fn opens_on_pronoun(text: &str) -> bool {
    matches!(text.split_whitespace().next(), Some("He" | "She" | "They"))
}

/// "HON. SAMUEL KIRAGU WAWERU" as "Hon. Samuel Kiragu Waweru", "LAW SOCIETY OF
/// KENYA" as "Law Society of Kenya".
fn title_case_words(name: &str) -> String {
    let small = |w: &str| matches!(w, "OF" | "AND" | "FOR" | "THE" | "DE" | "DEL" | "DA" | "DO");
    let words: Vec<String> = name
        .split_whitespace()
        .enumerate()
        .map(|(i, w)| if i > 0 && small(w) { w.to_lowercase() } else { title_case(w) })
        .collect();
    words.join(" ")
}

/// Whether a report's speaker was only a pronoun.
fn pronoun(mention: &str) -> bool {
    matches!(mention.to_lowercase().as_str(), "he" | "she" | "they")
}

/// The range inside the marks of a paragraph that is one quotation and nothing
/// else, relative to the paragraph; not one that opens a second inside it.
fn whole_quotation(text: &str) -> Option<Range<usize>> {
    let text = text.trim_end();
    super::quotes::sole_quotation(text).filter(|inner| !text[inner.clone()].contains('“'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bulleted_line_in_capitals_names_a_source() {
        assert_eq!(source_line("* KENYA WILDLIFE SERVICE, in a statement on Tuesday:"), Some("KENYA WILDLIFE SERVICE"));
        assert_eq!(
            source_line("* NATIONAL ENVIRONMENT MANAGEMENT AUTHORITY (NEMA):"),
            Some("NATIONAL ENVIRONMENT MANAGEMENT AUTHORITY")
        );
        assert_eq!(source_line("• PETER MWANGI KARIUKI, CHAIRMAN OF THE TRADERS:"), Some("PETER MWANGI KARIUKI"));
        assert_eq!(source_line("* Kenya Wildlife Service, in a statement:"), None);
        assert_eq!(source_line("KENYA WILDLIFE SERVICE:"), None);
        assert_eq!(source_line("* KEY POINTS: fares rise"), None);
        assert_eq!(source_line("* WHO OPPOSES IT:"), None);
        assert_eq!(source_line("* MAN OF THE MATCH:"), None);
        assert_eq!(source_line("* TURNING POINT:"), None);
        assert_eq!(source_line("* LAW SOCIETY OF KENYA, NAKURU BRANCH:"), Some("LAW SOCIETY OF KENYA"));
    }

    #[test]
    fn a_source_in_capitals_is_read_in_the_case_of_a_name() {
        assert_eq!(title_case_words("LAW SOCIETY OF KENYA"), "Law Society of Kenya");
        assert_eq!(title_case_words("HON. SAMUEL KIRAGU WAWERU"), "Hon. Samuel Kiragu Waweru");
    }

    #[test]
    fn a_paragraph_that_is_one_quotation() {
        let text = "\"We respect the court. Every week we wait, another row goes under.\"";
        assert_eq!(
            &text[whole_quotation(text).unwrap()],
            "We respect the court. Every week we wait, another row goes under."
        );
        assert!(whole_quotation("\"We will,\" she said. \"Soon.\"").is_none());
        assert!(whole_quotation("She said \"soon\".").is_none());
    }
}

//! Letters to the editor: "Sir, — …" down to "Yours, etc., NAME, Place".
//! Each paragraph of a letter is a verbatim claim of the writer who signs it,
//! as a transcript answer is its speaker's; what the letter reports of others
//! ("Your report quoted Dr Mac Donncha as saying …") stays theirs.

use super::claim::{credit_paragraph, Draft};
use super::speakers::{self, Context, Speaker};
use std::ops::Range;
use std::sync::LazyLock;

/// How a letter opens: "Sir, —", "Madam,", "Dear Editor,", "To the Editor:".
static SALUTATION: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(
        r"^(?:Sir|Madam|Sir/Madam|Sir or Madam|Dear (?:Sir|Madam|Editor|Sir or Madam|Sir/Madam)|To the Editor)\s*[,:]\s*(?:[—–-]+\s*)?",
    )
    .expect("valid regex")
});

/// How a letter closes, on a line of its own: "Yours, etc.,", "Yours faithfully,".
static SIGN_OFF: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r"^Yours(?:,? etc\.?|,? faithfully|,? sincerely|,? truly)?,?\s*").expect("valid regex")
});

/// The most paragraphs one letter runs to; past them an opening "Sir," was no letter's.
const LONGEST_LETTER: usize = 12;

/// One letter: its paragraphs of text and whoever signs it.
struct Letter {
    paragraphs: Vec<Range<usize>>,
    signature: String,
}

/// Credits every paragraph of every letter in `body` to its writer: drops
/// what the paragraph yielded without a speaker, or as the writer's "I",
/// and adds the paragraph itself, verbatim.
pub(super) fn credit_letters(body: &str, paragraphs: &[Range<usize>], drafts: &mut Vec<Draft>, ctx: &mut Context) {
    if !letters_page(body) {
        return;
    }
    for letter in letters(body, paragraphs) {
        let Some(writer) = writer(&letter.signature, ctx) else { continue };
        for paragraph in letter.paragraphs {
            credit_paragraph(drafts, &writer, &letter.signature, paragraph);
        }
    }
}

/// Whether the piece prints letters: a salutation with its dash ("Sir, —"), one to the
/// editor, or a "Letters" heading. Not a court story that quotes a letter's "Sir," and
/// "Yours sincerely" in paragraphs of its own, between which it reports.
fn letters_page(body: &str) -> bool {
    let dashed =
        ["Sir, —", "Sir, –", "Madam, —", "Madam, –", "Dear Editor", "To the Editor"].iter().any(|s| body.contains(s));
    dashed || body.lines().any(|l| l.starts_with("Letters") || l.to_lowercase().contains("letters to the editor"))
}

/// The letters of the body, each from its salutation to the paragraph before its sign-off.
fn letters(body: &str, paragraphs: &[Range<usize>]) -> Vec<Letter> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < paragraphs.len() {
        let Some(opening) = SALUTATION.find(&body[paragraphs[i].clone()]) else {
            i += 1;
            continue;
        };
        // The letter's paragraphs, the first past its salutation.
        let first = paragraphs[i].start + opening.end()..paragraphs[i].end;
        let mut text = vec![first];
        let mut signed = None;
        for (j, p) in paragraphs.iter().enumerate().skip(i).take(LONGEST_LETTER) {
            // A second salutation before any sign-off: the first was no letter.
            if j > i && SALUTATION.is_match(&body[p.clone()]) {
                break;
            }
            if let Some((before, signature)) = sign_off(body, p.clone(), paragraphs.get(j + 1)) {
                if j > i && !before.is_empty() {
                    text.push(before);
                } else if j == i {
                    text[0].end = text[0].end.min(before.end.max(text[0].start));
                }
                signed = Some((j, signature));
                break;
            }
            if j > i {
                text.push(p.clone());
            }
        }
        let Some((last, signature)) = signed else {
            i += 1;
            continue;
        };
        text.retain(|r| !body[r.clone()].trim().is_empty());
        out.push(Letter { paragraphs: text, signature });
        i = last + 1;
    }
    out
}

/// Where paragraph `p` closes a letter: the text before its "Yours, etc." line,
/// and the signature on the line after it (or the next paragraph's first line).
fn sign_off(body: &str, p: Range<usize>, next: Option<&Range<usize>>) -> Option<(Range<usize>, String)> {
    let mut offset = p.start;
    for line in body[p.clone()].split_inclusive('\n') {
        let trimmed = line.trim();
        if let Some(m) = SIGN_OFF.find(trimmed).filter(|m| m.end() > "Yours".len() || trimmed == "Yours,") {
            let rest = trimmed[m.end()..].trim();
            let after = &body[offset + line.len()..p.end];
            let signature = if !rest.is_empty() {
                rest.to_string()
            } else if let Some(first) = after.lines().map(str::trim).find(|l| !l.is_empty()) {
                first.to_string()
            } else {
                let next = &body[next?.clone()];
                next.lines().next().unwrap_or("").trim().to_string()
            };
            return Some((p.start..offset, signature));
        }
        offset += line.len();
    }
    None
}

/// The person who signs: "BRÍD NÍ GHALLCHÓIR," is Bríd Ní Ghallchóir, "Cllr GERRY
/// COYLE (Ind)," Gerry Coyle; "NAME AND ADDRESS WITH THE EDITOR." somebody unnamed.
fn writer(signature: &str, ctx: &mut Context) -> Option<Speaker> {
    let name = match signature.find('(') {
        Some(at) => &signature[..at],
        None => signature,
    };
    let name = name.trim().trim_end_matches([',', '.', ';']).trim();
    let lower = name.to_lowercase();
    if lower.contains("name and address") || lower.contains("withheld") || lower.contains("supplied") {
        return ctx.resolve("unnamed: letter writer");
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.is_empty() || words.len() > 6 || !words.iter().all(|w| w.starts_with(char::is_uppercase)) {
        return None;
    }
    let written: Vec<String> = words
        .iter()
        .map(|w| {
            if w.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase) {
                speakers::title_case(w)
            } else {
                w.to_string()
            }
        })
        .collect();
    ctx.resolve(&written.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(body: &str) -> Vec<(String, String)> {
        let paragraphs = crate::segment::paragraphs(body);
        letters(body, &paragraphs)
            .into_iter()
            .flat_map(|l| l.paragraphs.into_iter().map(move |p| (l.signature.clone(), body[p].to_string())))
            .collect()
    }

    #[test]
    fn a_letter_runs_from_its_salutation_to_its_sign_off() {
        let body = "Letters\n\nA long drive\n\nSir, — It is 80 kilometres.\n\nI do not believe it.\n\n\
                    Yours, etc.,\nBRÍD NÍ GHALLCHÓIR,\nGaoth Sáile,\nCo Mayo.\n\nThe Editor replies\n";
        let got = found(body);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0], ("BRÍD NÍ GHALLCHÓIR,".to_string(), "It is 80 kilometres.".to_string()));
        assert_eq!(got[1].1, "I do not believe it.");
    }

    #[test]
    fn a_one_line_letter_and_a_signature_on_the_sign_off_line() {
        let body = "Sir, — Reconfiguration. A lovely word for it.\n\nYours faithfully, Mairéad Barrett\n";
        assert_eq!(
            found(body),
            vec![("Mairéad Barrett".to_string(), "Reconfiguration. A lovely word for it.".to_string())]
        );
    }

    #[test]
    fn no_sign_off_no_letter() {
        assert!(found("Sir, — the minister said so.\n\nThe council met on Monday.\n").is_empty());
        assert!(found("Sir Keir Starmer said so.\n\nYours, etc.,\nA READER\n").is_empty());
    }
}

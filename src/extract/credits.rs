//! Quotations set apart from the text. Credited on the line below them, as a
//! "week in quotes" column or a pull quote sets them: `"It's old. It's not
//! unsafe."` and, on the next line, "- Rowena Tilley, managing director, on
//! Monday": the whole quotation is the credited speaker's. Or repeated in
//! capitals as a crosshead ("'WORKING NIGHT AND DAY'"), over the paragraphs
//! that quote them: no statement of their own.

use super::claim::{insert_in_order, Draft};
use super::speakers::{Context, Speaker};
use std::ops::Range;

/// Dashes a credit line opens with.
const DASHES: [&str; 4] = ["- ", "– ", "— ", "―"];

/// Credits each quotation that a dashed line below it names: drops what the
/// paragraph yielded and adds the quotation, verbatim, as the speaker's.
pub(super) fn credit_quotes(body: &str, paragraphs: &[Range<usize>], drafts: &mut Vec<Draft>, ctx: &mut Context) {
    for paragraph in paragraphs {
        let Some((quoted, credit)) = credited(body, paragraph.clone()) else { continue };
        let Some(speaker) = speaker(credit, ctx) else { continue };
        drafts.retain(|d| !d.within(paragraph));
        insert_in_order(drafts, Draft::verbatim(speaker, credit, quoted, paragraph.clone()));
    }
}

/// The quotation inside its marks, and the credit line's words past its dash,
/// when paragraph `p` is a quotation and a credit line and nothing else.
fn credited(body: &str, p: Range<usize>) -> Option<(Range<usize>, &str)> {
    let text = &body[p.clone()];
    let newline = text.rfind('\n')?;
    let (quote, line) = (text[..newline].trim_end(), text[newline + 1..].trim());
    let credit = DASHES.iter().find_map(|d| line.strip_prefix(d))?.trim_start();
    let inner = super::quotes::sole_quotation(quote).filter(|_| credit.starts_with(char::is_uppercase))?;
    Some((p.start + inner.start..p.start + inner.end, credit))
}

/// Whom a credit names: the words before its first comma ("Inspector Damian
/// Kerrigan, Tasmania Police, on Sunday night"; "A spokesperson for WorkSafe
/// Tasmania, on Tuesday"), at most eight of them.
fn speaker(credit: &str, ctx: &mut Context) -> Option<Speaker> {
    let name = credit.split(',').next().unwrap_or(credit).trim().trim_end_matches('.');
    (name.split_whitespace().count() <= 8).then(|| ctx.resolve(name)).flatten()
}

/// Drops what a crosshead in capitals yielded below the headline: a line of
/// at most twelve words with no small letter ("'NOT A SINGLE EAR TAG'",
/// "AUTHORITY TO \"PURSUE ALL AVENUES\"") repeats words the body quotes.
pub(super) fn drop_crossheads(body: &str, paragraphs: &[Range<usize>], drafts: &mut Vec<Draft>) {
    let crossheads: Vec<&Range<usize>> = paragraphs.iter().skip(1).filter(|p| crosshead(&body[(*p).clone()])).collect();
    drafts.retain(|d| !crossheads.iter().any(|p| d.within(p)));
}

fn crosshead(text: &str) -> bool {
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    !text.contains('\n')
        && letters >= 6
        && !text.chars().any(char::is_lowercase)
        && text.split_whitespace().count() <= 12
        && !text.trim_end().ends_with(':')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quotation_and_a_dashed_credit_below_it() {
        let body = "\"It's old. It's not unsafe.\"\n- Rowena Tilley, managing director, on Monday";
        let (quoted, credit) = credited(body, 0..body.len()).unwrap();
        assert_eq!(&body[quoted], "It's old. It's not unsafe.");
        assert_eq!(credit, "Rowena Tilley, managing director, on Monday");
        let curly = "“Chairlifts are a matter for the states.”\n— A spokeswoman for the department, on Tuesday";
        assert!(credited(curly, 0..curly.len()).is_some());
    }

    #[test]
    fn a_line_in_capitals_is_a_crosshead() {
        assert!(crosshead("'WORKING NIGHT AND DAY'"));
        assert!(crosshead("AUTHORITY TO \"PURSUE ALL AVENUES\""));
        assert!(!crosshead("'Working night and day,' she said."));
        assert!(!crosshead("CALLUM RETI, REPORTER:"));
    }

    #[test]
    fn narration_between_quotes_or_a_list_item_is_no_credit() {
        let two = "\"We will,\" she said. \"Soon.\"\n- Ana Lopes";
        assert!(credited(two, 0..two.len()).is_none());
        let list = "Key points:\n- Fares rise in March";
        assert!(credited(list, 0..list.len()).is_none());
        let plain = "\"We will rebuild.\"\n- the mayor";
        assert!(credited(plain, 0..plain.len()).is_none());
    }
}

//! `claimtrack review ID --status STATUS`: record a verdict. Each review is
//! appended to the claim's dated history; nothing is overwritten.

use crate::model::Verdict;
use crate::render::{self, claims::Listed, Format, Printer};
use crate::store::Store;
use crate::verdict::Status;
use crate::{Error, Outcome, Result};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Claim id (as printed by `list`), or a unique prefix of one.
    pub id: String,
    /// The verdict (each one appends to the claim's history).
    #[arg(long, value_enum, required_unless_present_any = ["speaker", "kind", "text", "important"])]
    pub status: Option<Status>,
    /// What the verdict rests on (may run over several lines).
    #[arg(long, value_parser = note_text)]
    pub note: Option<String>,
    /// A source that supports the verdict, an http(s) URL (repeat for several).
    #[arg(long, value_name = "URL", value_parser = super::http_url)]
    pub evidence: Vec<String>,
    /// Who reviewed it.
    #[arg(long, env = "CLAIMTRACK_REVIEWER", value_parser = one_line)]
    pub by: Option<String>,
    /// Mark the claim important (so an outlet leaving it out is flagged).
    #[arg(long)]
    pub important: bool,
    /// Correct the speaker (kept across re-extraction).
    #[arg(long, value_name = "NAME", value_parser = one_line)]
    pub speaker: Option<String>,
    /// Correct the kind (kept across re-extraction).
    #[arg(long, value_enum)]
    pub kind: Option<crate::model::ClaimKind>,
    /// Correct the claim's text (kept across re-extraction).
    #[arg(long, value_parser = one_line)]
    pub text: Option<String>,
    #[arg(long, short, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

pub fn run(args: &Args, store: &Store, p: &mut Printer) -> Result<Outcome> {
    let (path, id) = super::find_claim(store, &args.id)?;
    let verdict = args.status.map(|status| Verdict {
        status: status.as_str().to_string(),
        on: crate::clock::now(),
        by: args.by.clone(),
        note: args.note.clone(),
        evidence: args.evidence.clone(),
    });
    let mut updated = None;
    store.update(&path, |record| {
        let claim = record.claims.iter_mut().chain(record.orphaned_reviews.iter_mut()).find(|c| c.id == id);
        let claim = claim.ok_or_else(|| Error::Usage(format!("claim {id} disappeared from {}", path.display())))?;
        if let Some(v) = &verdict {
            claim.review.status = Some(v.status.clone());
            claim.review.history.push(v.clone());
        }
        claim.review.important |= args.important;
        let fix = &mut claim.review.correct;
        fix.speaker = args.speaker.clone().or(fix.speaker.take());
        fix.kind = args.kind.or(fix.kind);
        fix.text = args.text.clone().or(fix.text.take());
        updated = Some((record.article.clone(), claim.corrected()));
        Ok(())
    })?;
    let (article, claim) = updated.expect("the edit ran");
    let listed = Listed {
        story: &article.story,
        outlet: &article.outlet,
        published: article.published.map(|d| d.to_string()),
        claim: &claim,
    };
    render::claim_detail(p, args.format, &listed)?;
    Ok(Outcome::Success)
}

/// A correction must say something: a blank one would erase the claim's text.
fn not_blank(value: &str) -> std::result::Result<String, String> {
    match value.trim() {
        "" => Err("must not be empty".to_string()),
        text => Ok(text.to_string()),
    }
}

/// A name: not blank, and on one line without control characters.
fn one_line(value: &str) -> std::result::Result<String, String> {
    let name = not_blank(value)?;
    match name.chars().any(char::is_control) {
        true => Err("must be one line without control characters".to_string()),
        false => Ok(name),
    }
}

/// A note: any text, over several lines if need be, but no control
/// characters besides tab and line breaks; an escape sequence in a stored
/// note would reach the terminal of whoever reads the record.
fn note_text(value: &str) -> std::result::Result<String, String> {
    match value.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        true => Err("must not hold control characters (tabs and line breaks are fine)".to_string()),
        false => Ok(value.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::{not_blank, note_text, one_line};

    #[test]
    fn corrections_must_say_something() {
        assert!(not_blank("").is_err());
        assert!(not_blank("  \t").is_err());
        assert_eq!(not_blank(" New text ").unwrap(), "New text");
        assert!(one_line("Kim\nJong Un").is_err());
        assert!(one_line("\u{1b}[31mred").is_err());
        assert_eq!(one_line("Kim Jong Un").unwrap(), "Kim Jong Un");
        assert_eq!(note_text("First point.\n\tSecond point.").unwrap(), "First point.\n\tSecond point.");
        for hostile in ["note \u{1b}[31m red", "bell\u{7}", "cr\rover", "csi\u{9b}31m"] {
            assert!(note_text(hostile).is_err(), "{hostile:?}");
        }
    }
}

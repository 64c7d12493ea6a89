//! `claimtrack export`: reviewed claims as schema.org ClaimReview JSON-LD,
//! or a whole story's claims as CSV or JSON Lines.

use crate::render::{self, claims::Listed, Format, Printer};
use crate::store::Store;
use crate::{Error, Outcome, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    Claimreview,
    Csv,
    Jsonl,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(long, short, value_enum, default_value_t = ExportFormat::Claimreview)]
    pub format: ExportFormat,
    /// Only stories whose name holds this (case-insensitive substring).
    #[arg(long)]
    pub story: Option<String>,
    /// Base URL of your published fact-checks; each review's `url` is BASE/claims/ID.
    #[arg(long, env = "CLAIMTRACK_BASE_URL", value_name = "URL", value_parser = super::base_url)]
    pub base_url: Option<String>,
    /// Publisher named as the review's author when a verdict has no `by`.
    #[arg(long, default_value = "claimtrack")]
    pub publisher: String,
}

pub fn run(args: &Args, store: &Store, p: &mut Printer) -> Result<Outcome> {
    let (loaded, skipped) = store.load_readable()?;
    let records: Vec<_> = loaded
        .iter()
        .filter(|l| args.story.as_deref().is_none_or(|s| super::story_matches(&l.record.article.story, s)))
        .collect();
    match args.format {
        ExportFormat::Claimreview => {
            let base = args.base_url.as_deref().ok_or_else(|| {
                Error::Usage(
                    "ClaimReview needs the URL of your fact-checks: pass --base-url (or set CLAIMTRACK_BASE_URL)"
                        .into(),
                )
            })?;
            let reviews: Vec<serde_json::Value> = records
                .iter()
                .flat_map(|l| {
                    l.record
                        .claims
                        .iter()
                        .filter_map(|c| crate::claimreview::claim_review(base, &args.publisher, &l.record.article, c))
                })
                .collect();
            p.json(&reviews)?;
        }
        ExportFormat::Csv | ExportFormat::Jsonl => {
            let listed: Vec<Listed> = records
                .iter()
                .flat_map(|l| {
                    let a = &l.record.article;
                    l.record.claims.iter().map(move |c| Listed {
                        story: &a.story,
                        outlet: &a.outlet,
                        published: a.published.map(|d| d.to_string()),
                        claim: c,
                    })
                })
                .collect();
            let format = if args.format == ExportFormat::Csv { Format::Csv } else { Format::Jsonl };
            render::claims_output(p, format, None, &listed)?;
        }
    }
    Error::unless_skipped(Outcome::Success, skipped)
}

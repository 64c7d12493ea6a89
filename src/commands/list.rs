//! `claimtrack list`: stored claims, filtered by story, speaker, kind,
//! outlet and date.

use crate::model::ClaimKind;
use crate::render::{self, claims::Listed, Format, Printer};
use crate::store::Store;
use crate::{Error, Outcome, Result};
use chrono::NaiveDate;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(long)]
    pub story: Option<String>,
    /// Canonical speaker name (case-insensitive substring).
    #[arg(long)]
    pub speaker: Option<String>,
    #[arg(long, value_enum)]
    pub kind: Option<ClaimKind>,
    /// Outlet name (case-insensitive substring).
    #[arg(long)]
    pub outlet: Option<String>,
    /// Claims said (or published) on or after this date (YYYY-MM-DD).
    #[arg(long)]
    pub since: Option<NaiveDate>,
    /// Claims said (or published) on or before this date (YYYY-MM-DD).
    #[arg(long)]
    pub until: Option<NaiveDate>,
    #[arg(long, short, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

pub fn run(args: &Args, store: &Store, p: &mut Printer) -> Result<Outcome> {
    let loaded = store.load_all_strict()?;
    if loaded.is_empty() && !store.root().exists() {
        return Err(Error::input(store.root(), "no claim store here (run `claimtrack add` first, or pass --store)"));
    }
    let story = args.story.as_deref().map(crate::store::slug::slug);
    let mut listed: Vec<Listed> = Vec::new();
    for l in &loaded {
        let a = &l.record.article;
        if story.as_ref().is_some_and(|s| &crate::store::slug::slug(&a.story) != s)
            || !contains(&a.outlet, &args.outlet)
        {
            continue;
        }
        for c in &l.record.claims {
            let date = c.said_on.or(a.published_date());
            let in_range = args.since.is_none_or(|s| date.is_some_and(|d| d >= s))
                && args.until.is_none_or(|u| date.is_some_and(|d| d <= u));
            let speaker_ok = args.speaker.is_none() || c.speaker.as_deref().is_some_and(|s| contains(s, &args.speaker));
            if in_range && speaker_ok && args.kind.is_none_or(|k| k == c.kind) {
                listed.push(Listed {
                    story: &a.story,
                    outlet: &a.outlet,
                    published: a.published.map(|d| d.to_string()),
                    claim: c,
                });
            }
        }
    }
    render::claims_output(p, args.format, None, &listed)?;
    Ok(Outcome::Success)
}

fn contains(hay: &str, needle: &Option<String>) -> bool {
    needle.as_ref().is_none_or(|n| hay.to_lowercase().contains(&n.to_lowercase()))
}

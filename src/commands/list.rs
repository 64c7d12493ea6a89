//! `claimtrack list`: stored claims, filtered by story, speaker, kind,
//! outlet and date.

use crate::model::ClaimKind;
use crate::render::{self, claims::Listed, Format, Printer};
use crate::store::Store;
use crate::{Error, Outcome, Result};
use chrono::NaiveDate;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Story name (case-insensitive substring).
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
    #[arg(long, value_parser = filter_date)]
    pub since: Option<NaiveDate>,
    /// Claims said (or published) on or before this date (YYYY-MM-DD).
    #[arg(long, value_parser = filter_date)]
    pub until: Option<NaiveDate>,
    #[arg(long, short, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

pub fn run(args: &Args, store: &Store, p: &mut Printer) -> Result<Outcome> {
    let (loaded, skipped) = store.load_readable()?;
    if loaded.is_empty() && !store.root().exists() {
        return Err(Error::input(store.root(), "no claim store here (run `claimtrack add` first, or pass --store)"));
    }
    let mut listed: Vec<Listed> = Vec::new();
    for l in &loaded {
        let a = &l.record.article;
        if args.story.as_deref().is_some_and(|s| !super::story_matches(&a.story, s))
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
    Error::unless_skipped(Outcome::Success, skipped)
}

fn contains(hay: &str, needle: &Option<String>) -> bool {
    needle.as_ref().is_none_or(|n| hay.to_lowercase().contains(&n.to_lowercase()))
}

/// A date filter: YYYY-MM-DD with the year in full and no earlier than any
/// stored date can be; "24-06-21" would otherwise be the year 24.
fn filter_date(value: &str) -> std::result::Result<NaiveDate, String> {
    let year_digits = value.split('-').next().map_or(0, str::len);
    let date = NaiveDate::parse_from_str(value, "%Y-%m-%d").map_err(|_| "expected a date as YYYY-MM-DD".to_string())?;
    let earliest = crate::clock::EARLIEST_YEAR;
    match year_digits == 4 && chrono::Datelike::year(&date) >= earliest {
        true => Ok(date),
        false => Err(format!("expected a date as YYYY-MM-DD with a four-digit year from {earliest}")),
    }
}

#[cfg(test)]
mod tests {
    use super::filter_date;

    #[test]
    fn date_filters_need_a_full_plausible_year() {
        assert_eq!(filter_date("2024-06-21").unwrap().to_string(), "2024-06-21");
        for bad in ["24-06-21", "0024-06-21", "1799-12-31", "2024-6-21x", "21/06/2024", "+2024-06-21"] {
            assert!(filter_date(bad).is_err(), "{bad}");
        }
    }
}

//! `claimtrack stories`: the stories in the store, with their outlets.

use crate::render::{self, claims::StoryRow, Format, Printer};
use crate::store::Store;
use crate::{Outcome, Result};
use std::collections::BTreeMap;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(long, short, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

pub fn run(args: &Args, store: &Store, p: &mut Printer) -> Result<Outcome> {
    let (loaded, skipped) = store.load_readable()?;
    let mut rows: BTreeMap<String, StoryRow> = BTreeMap::new();
    for l in &loaded {
        let a = &l.record.article;
        let row = rows.entry(a.story.clone()).or_insert_with(|| StoryRow {
            story: a.story.clone(),
            articles: 0,
            outlets: vec![],
            claims: 0,
            first: None,
            last: None,
        });
        row.articles += 1;
        row.claims += l.record.claims.len();
        if !row.outlets.contains(&a.outlet) {
            row.outlets.push(a.outlet.clone());
        }
        if let Some(d) = a.published.map(|d| d.date().to_string()) {
            row.first = Some(row.first.clone().map_or(d.clone(), |f| f.min(d.clone())));
            row.last = Some(row.last.clone().map_or(d.clone(), |l| l.max(d)));
        }
    }
    let rows: Vec<StoryRow> = rows.into_values().collect();
    render::stories_output(p, args.format, &rows)?;
    crate::Error::unless_skipped(Outcome::Success, skipped)
}

//! `claimtrack report --story S -o report.html`: one self-contained HTML page
//! for a stored story: coverage, flags with side-by-side diffs, claims and
//! their review status.

use crate::compare::{self, Side};
use crate::gazetteer::Gazetteer;
use crate::model::{ArticleMeta, Claim};
use crate::render::Printer;
use crate::store::Store;
use crate::{Error, Outcome, Result};
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Stored story to report on.
    #[arg(long)]
    pub story: String,
    /// Where to write the page (- for standard output).
    #[arg(long, short, value_name = "FILE", default_value = "report.html")]
    pub output: PathBuf,
}

pub fn run(args: &Args, store: &Store, p: &mut Printer) -> Result<Outcome> {
    let to_stdout = args.output == std::path::Path::new("-");
    // A typo in -o must not replace a record (and its reviews) with a web page.
    if !to_stdout && store.holds(&args.output) {
        return Err(Error::input(&args.output, "is inside the claims store; write the report elsewhere"));
    }
    let gaz = Gazetteer::load(Some(store.root()))?;
    let articles = super::diff::stored_story(store, &args.story)?;
    let sides: Vec<Side> = articles.iter().map(|(m, c)| Side { meta: m, claims: c }).collect();
    let cmp = compare::compare(&sides, &gaz);
    let refs: Vec<(&ArticleMeta, &[Claim])> = articles.iter().map(|(m, c)| (m, c.as_slice())).collect();
    let page = crate::render::html::report(&articles[0].0.story, &refs, &cmp);
    if to_stdout {
        p.raw(page.as_bytes())?;
        return Ok(Outcome::Success);
    }
    crate::render::write_file(&args.output, page.as_bytes())?;
    p.line(&format!("wrote {} ({} flags)", args.output.display(), cmp.flags.len()))?;
    Ok(Outcome::Success)
}

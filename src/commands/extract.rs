//! `claimtrack extract FILE|-`: the claims of one article, nothing written.

use crate::cli::IngestArgs;
use crate::gazetteer::Gazetteer;
use crate::render::{self, Format, Printer};
use crate::store::Store;
use crate::{ingest, Outcome, Result};
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Article file, or - for standard input.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    #[arg(long, short, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    #[command(flatten)]
    pub ingest: IngestArgs,
}

pub fn run(args: &Args, store: &Store, p: &mut Printer) -> Result<Outcome> {
    let gaz = Gazetteer::load(Some(store.root()))?;
    let article = ingest::read(&args.file, &args.ingest.options())?;
    let claims = crate::extract::extract(&article, &gaz);
    let published = article.meta.published.map(|d| d.to_string());
    let listed: Vec<render::claims::Listed> = claims
        .iter()
        .map(|c| render::claims::Listed {
            story: &article.meta.story,
            outlet: &article.meta.outlet,
            published: published.clone(),
            claim: c,
        })
        .collect();
    render::claims_output(p, args.format, Some(&article), &listed)?;
    Ok(Outcome::Success)
}

//! `claimtrack add PATH...`: extract articles and write their records.
//!
//! Every file is read and extracted before anything is written, so a bad
//! file stops the command with nothing half-done.

use crate::cli::IngestArgs;
use crate::gazetteer::Gazetteer;
use crate::render::{self, Format, Printer};
use crate::store::{Record, Store};
use crate::{ingest, Outcome, Result};
use rayon::prelude::*;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Article files or folders (searched recursively for .txt, .md, .html).
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    #[arg(long, short, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    #[command(flatten)]
    pub ingest: IngestArgs,
}

pub fn run(args: &Args, store: &Store, p: &mut Printer) -> Result<Outcome> {
    let gaz = Gazetteer::load(Some(store.root()))?;
    let files = super::article_files(&args.paths)?;
    let opts = args.ingest.options();
    let bar = render::progress(files.len());
    let records: Vec<(PathBuf, Record)> = files
        .par_iter()
        .map(|f| {
            let article = ingest::read(f, &opts)?;
            let claims = crate::extract::extract(&article, &gaz);
            bar.inc(1);
            Ok((f.clone(), Record::new(article.meta, claims)))
        })
        .collect::<Result<_>>()?;
    bar.finish_and_clear();
    let mut rows = Vec::new();
    for (file, record) in records {
        let (outlet, story, claims) =
            (record.article.outlet.clone(), record.article.story.clone(), record.claims.len());
        let (path, change) = store.save(record)?;
        rows.push(render::claims::AddedRow {
            path: file.display().to_string(),
            record: path.display().to_string(),
            outlet,
            story,
            claims,
            change,
        });
    }
    render::added_table(p, args.format, &rows)?;
    Ok(Outcome::Success)
}

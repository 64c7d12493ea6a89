//! `claimtrack diff`: compare the articles of a stored story, or article
//! files given directly, and report typed flags.

use crate::compare::{self, Severity, Side};
use crate::gazetteer::Gazetteer;
use crate::model::{ArticleKind, ArticleMeta, Claim};
use crate::render::{self, Format, Printer};
use crate::store::Store;
use crate::{ingest, Error, Outcome, Result};
use std::path::{Path, PathBuf};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Article files to compare (instead of a stored story).
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Stored story to compare.
    #[arg(long, conflicts_with = "files")]
    pub story: Option<String>,
    /// Primary source (transcript, statement) to measure the articles against.
    #[arg(long, value_name = "FILE")]
    pub against: Option<PathBuf>,
    /// Report only flags of this severity or higher.
    #[arg(long, value_enum, default_value_t = Severity::Low)]
    pub min_severity: Severity,
    #[arg(long, short, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Read text that is not valid UTF-8, replacing bad bytes.
    #[arg(long)]
    pub lossy: bool,
    /// Largest article accepted, in bytes.
    #[arg(long, value_name = "BYTES")]
    pub max_size: Option<u64>,
}

impl Args {
    fn ingest_options(&self) -> ingest::Options {
        ingest::Options { lossy: self.lossy, max_bytes: self.max_size, ..ingest::Options::default() }
    }
}

pub fn run(args: &Args, store: &Store, p: &mut Printer) -> Result<Outcome> {
    let gaz = Gazetteer::load(Some(store.root()))?;
    let mut articles: Vec<(ArticleMeta, Vec<Claim>)> = match (&args.story, args.files.is_empty()) {
        (Some(story), _) => stored_story(store, story)?,
        (None, false) => read_files(&args.files, args, &gaz)?,
        (None, true) => return Err(Error::Usage("give article files to compare, or --story NAME".into())),
    };
    if let Some(source) = &args.against {
        let mut opts = args.ingest_options();
        opts.kind = Some(ArticleKind::Primary);
        let a = ingest::read(source, &opts)?;
        let claims = crate::extract::extract(&a, &gaz);
        // The source may be in the story already (a transcript added with the
        // reports): it replaces that copy rather than being compared with itself.
        articles.retain(|(m, _)| !crate::store::same_article(m, &a.meta));
        articles.insert(0, (a.meta, claims));
    }
    if articles.len() < 2 {
        return Err(Error::Usage(format!("need at least two articles to compare, found {}", articles.len())));
    }
    let sides: Vec<Side> = articles.iter().map(|(m, c)| Side { meta: m, claims: c }).collect();
    let cmp = compare::compare(&sides, &gaz);
    let flags: Vec<&compare::Flag> = cmp.flags.iter().filter(|f| f.severity >= args.min_severity).collect();
    let metas: Vec<&ArticleMeta> = articles.iter().map(|(m, _)| m).collect();
    render::diff_output(p, args.format, &metas, &cmp, &flags)?;
    Ok(if flags.is_empty() { Outcome::Success } else { Outcome::Flagged })
}

/// The articles of a stored story, primary sources first, then by publication.
pub fn stored_story(store: &Store, story: &str) -> Result<Vec<(ArticleMeta, Vec<Claim>)>> {
    let wanted = crate::store::slug::slug(story);
    let (loaded, skipped) = store.load_readable()?;
    // Comparing a story without one of its records would mislead; records of other stories do not matter.
    let in_story = |e: &Error| {
        e.path().and_then(|p| Path::new(p).parent()?.file_name()?.to_str().map(|f| f == wanted)).unwrap_or(true)
    };
    let broken: Vec<Error> = skipped.into_iter().filter(in_story).collect();
    if !broken.is_empty() {
        return Err(Error::Skipped(broken));
    }
    let mut out: Vec<(ArticleMeta, Vec<Claim>)> = loaded
        .into_iter()
        .filter(|l| crate::store::slug::slug(&l.record.article.story) == wanted)
        .map(|l| (l.record.article, l.record.claims))
        .collect();
    if out.is_empty() {
        return Err(Error::Usage(format!("no story '{story}' in {}", store.root().display())));
    }
    // Primary sources first, then by publication: the earliest report is the tie-breaker.
    out.sort_by_key(|(m, _)| (m.kind != ArticleKind::Primary, m.published));
    Ok(out)
}

fn read_files(files: &[PathBuf], args: &Args, gaz: &Gazetteer) -> Result<Vec<(ArticleMeta, Vec<Claim>)>> {
    let opts = args.ingest_options();
    files
        .iter()
        .map(|f| {
            let a = ingest::read(f, &opts)?;
            let claims = crate::extract::extract(&a, gaz);
            Ok((a.meta, claims))
        })
        .collect()
}

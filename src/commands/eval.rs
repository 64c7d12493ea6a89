//! `claimtrack eval DIR`: precision, recall and speaker accuracy of
//! extraction on annotated articles.

use crate::gazetteer::Gazetteer;
use crate::render::{Format, Printer};
use crate::{Outcome, Result};
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Folder with NAME.txt articles and NAME.gold.yaml annotations.
    pub dir: PathBuf,
    /// Also list missed, spurious and wrongly attributed claims.
    #[arg(long, short)]
    pub verbose: bool,
    #[arg(long, short, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

pub fn run(args: &Args, p: &mut Printer) -> Result<Outcome> {
    let scores = crate::eval::evaluate_dir(&args.dir, Gazetteer::builtin())?;
    crate::render::eval_output(p, args.format, &scores, args.verbose)?;
    Ok(Outcome::Success)
}

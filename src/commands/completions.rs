//! `claimtrack completions SHELL` and `claimtrack man`: generated from the
//! clap definitions, so they never drift from the real options.

use crate::render::Printer;
use crate::{Outcome, Result};
use clap::CommandFactory;

#[derive(Debug, clap::Args)]
pub struct CompletionArgs {
    /// Shell to write completions for.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, clap::Args)]
pub struct ManArgs {}

pub fn completions(args: &CompletionArgs, p: &mut Printer) -> Result<Outcome> {
    let mut cmd = crate::cli::Cli::command();
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut cmd, "claimtrack", &mut out);
    p.raw(&out)?;
    Ok(Outcome::Success)
}

pub fn man(_args: &ManArgs, p: &mut Printer) -> Result<Outcome> {
    let cmd = crate::cli::Cli::command();
    let mut out = Vec::new();
    clap_mangen::Man::new(cmd).render(&mut out).map_err(crate::Error::output)?;
    p.raw(&out)?;
    Ok(Outcome::Success)
}

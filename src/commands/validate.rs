//! `claimtrack validate`: check every record in the store and list each
//! problem as file:line. Exit 1 when there are problems.

use crate::render::Printer;
use crate::store::Store;
use crate::{Outcome, Result};

#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn run(_args: &Args, store: &Store, p: &mut Printer) -> Result<Outcome> {
    store.check_root(true)?;
    let problems = crate::store::validate::validate(store);
    for problem in &problems {
        p.line(&problem.to_string())?;
    }
    let records = store.record_files().len();
    p.line(&format!("{records} record(s) checked, {} problem(s)", problems.len()))?;
    Ok(if problems.is_empty() { Outcome::Success } else { Outcome::Flagged })
}

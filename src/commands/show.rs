//! `claimtrack show ID`: one stored claim in full.

use crate::render::{self, claims::Listed, Format, Printer};
use crate::store::Store;
use crate::{Error, Outcome, Result};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Claim id (as printed by `list`), or a unique prefix of one.
    pub id: String,
    #[arg(long, short, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

pub fn run(args: &Args, store: &Store, p: &mut Printer) -> Result<Outcome> {
    let (loaded, skipped) = store.load_readable()?;
    let mut found = Vec::new();
    for l in &loaded {
        for c in &l.record.claims {
            if c.id == args.id || c.id.starts_with(&args.id) {
                found.push((l, c));
            }
        }
    }
    let exact: Vec<_> = found.iter().filter(|(_, c)| c.id == args.id).copied().collect();
    let (l, c) = match (exact.as_slice(), found.as_slice()) {
        ([one], _) | (_, [one]) => *one,
        // The claim may be in a record that could not be read: say which.
        (_, []) if !skipped.is_empty() => return Err(Error::Skipped(skipped)),
        (_, []) => return Err(Error::Usage(format!("no claim with id '{}' in {}", args.id, store.root().display()))),
        _ => return Err(Error::Usage(format!("'{}' matches {} claims; give more of the id", args.id, found.len()))),
    };
    let a = &l.record.article;
    let listed = Listed { story: &a.story, outlet: &a.outlet, published: a.published.map(|d| d.to_string()), claim: c };
    render::claim_detail(p, args.format, &listed)?;
    Error::unless_skipped(Outcome::Success, skipped)
}

//! claimtrack: extract checkable claims from news articles, keep them as
//! dated YAML records, and compare several outlets' claims on one story.
//!
//! The pipeline, one module per stage:
//! [`ingest`] → [`segment`] → [`extract`] → [`store`] → [`align`] →
//! [`compare`] → [`render`]. Only `render` prints; only `store` touches the
//! claims folder. [`run`] is the single entry point the binary calls.

pub mod align;
pub mod claimreview;
pub mod cli;
pub mod clock;
pub mod commands;
pub mod compare;
pub mod error;
pub mod eval;
pub mod extract;
pub mod faults;
pub mod gazetteer;
pub mod ingest;
pub mod model;
pub mod render;
pub mod segment;
pub mod store;
pub mod verdict;

pub use error::{Error, Outcome, Result};

/// Runs a parsed command line and returns the process exit code.
pub fn run(cli: cli::Cli) -> u8 {
    error::exit_code(commands::dispatch(cli))
}

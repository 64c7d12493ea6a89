//! Writes a deterministic benchmark corpus: N articles on M stories, varied
//! from the sample articles in `articles/`.
//!
//! ```sh
//! cargo run --release --example gencorpus -- --seed 42 --articles 10000 --stories 100 OUT_DIR
//! cargo run --release --example gencorpus -- --articles 1000 --stories 1 OUT_DIR
//! ```
//!
//! The generator lives in `benches/corpus/`, shared with the criterion
//! benches so that they measure the same text the script feeds the binary.

#[path = "../benches/corpus/mod.rs"]
mod corpus;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: gencorpus [--seed N] [--articles N] [--stories M] OUT_DIR";

fn main() -> ExitCode {
    match parse(std::env::args().skip(1)) {
        Ok((corpus, dir)) => {
            let started = std::time::Instant::now();
            match corpus.write_to(&dir) {
                Ok(bytes) => {
                    eprintln!(
                        "gencorpus: {} articles on {} stories, {bytes} bytes ({:.0} per article) in {} ({:.1}s)",
                        corpus.articles,
                        corpus.stories,
                        bytes as f64 / corpus.articles as f64,
                        dir.display(),
                        started.elapsed().as_secs_f64()
                    );
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("gencorpus: {}: {e}", dir.display());
                    ExitCode::from(2)
                }
            }
        }
        Err(message) => {
            eprintln!("gencorpus: {message}\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn parse(mut args: impl Iterator<Item = String>) -> Result<(corpus::Corpus, PathBuf), String> {
    let (mut seed, mut articles, mut stories, mut dir) = (42u64, 10_000usize, 100usize, None);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| -> Result<u64, String> {
            let v = args.next().ok_or_else(|| format!("{name} needs a value"))?;
            v.parse().map_err(|_| format!("{name}: not a number: {v}"))
        };
        match arg.as_str() {
            "--seed" => seed = value("--seed")?,
            "--articles" => articles = value("--articles")? as usize,
            "--stories" => stories = value("--stories")? as usize,
            "-h" | "--help" => return Err("help".into()),
            s if s.starts_with('-') => return Err(format!("unknown option {s}")),
            s if dir.is_none() => dir = Some(PathBuf::from(s)),
            s => return Err(format!("unexpected argument {s}")),
        }
    }
    if stories == 0 || articles < stories {
        return Err("need --stories >= 1 and at least one article per story".into());
    }
    let dir = dir.ok_or("OUT_DIR is missing")?;
    Ok((corpus::Corpus::new(seed, articles, stories), dir))
}

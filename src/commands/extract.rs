//! `claimtrack extract PATH...`: the claims of articles, nothing written.
//!
//! With `--format jsonl` claims stream out one per line as each article is
//! read, and `--jsonl-input` reads articles as JSON Lines from standard
//! input, so claimtrack can run as a stage of a larger pipeline (a Spark
//! `pipe()` stage, a Hadoop streaming mapper).

use crate::cli::IngestArgs;
use crate::gazetteer::Gazetteer;
use crate::model::{Article, Claim};
use crate::render::{self, claims::Listed, Format, Printer};
use crate::store::Store;
use crate::{ingest, Error, Outcome, Result};
use serde::Deserialize;
use std::io::{BufRead, Read};
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Article files or folders, or - for standard input.
    #[arg(value_name = "PATH", required_unless_present = "jsonl_input")]
    pub paths: Vec<PathBuf>,
    /// Read articles from standard input as JSON Lines:
    /// {"text": "...", "outlet": "...", "published": "...", "id": "..."} per line.
    #[arg(long, conflicts_with = "paths")]
    pub jsonl_input: bool,
    #[arg(long, short, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    #[command(flatten)]
    pub ingest: IngestArgs,
}

/// One article on a line of `--jsonl-input`.
#[derive(Debug, Deserialize)]
struct InputLine {
    text: String,
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    outlet: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    published: Option<String>,
    #[serde(default)]
    story: Option<String>,
    #[serde(default)]
    title: Option<String>,
}

pub fn run(args: &Args, store: &Store, p: &mut Printer) -> Result<Outcome> {
    let gaz = Gazetteer::load(Some(store.root()))?;
    if args.jsonl_input {
        return from_jsonl(args, &gaz, p);
    }
    let files = super::article_files(&args.paths)?;
    let mut documents = Vec::new();
    for (i, f) in files.iter().enumerate() {
        let article = ingest::read(f, &args.ingest.options())?;
        let claims = crate::extract::extract(&article, &gaz);
        super::check_claim_dates(f, &claims)?;
        match args.format {
            // Streamed as each article is done.
            Format::Jsonl | Format::Csv | Format::Table => {
                if args.format == Format::Table && files.len() > 1 {
                    p.line(&format!("{}{}", if i > 0 { "\n" } else { "" }, f.display()))?;
                }
                print(p, args.format, &article, &claims)?;
            }
            Format::Json | Format::Yaml => documents.push((article, claims)),
        }
    }
    match documents.as_slice() {
        [(article, claims)] => print(p, args.format, article, claims)?,
        [] => {}
        many => {
            let all: Vec<serde_json::Value> = many
                .iter()
                .map(|(a, c)| serde_json::json!({ "article": render::claims::article_json(a), "claims": c }))
                .collect();
            if args.format == Format::Yaml {
                p.yaml(&all)?
            } else {
                p.json(&all)?
            }
        }
    }
    Ok(Outcome::Success)
}

fn print(p: &mut Printer, format: Format, article: &Article, claims: &[Claim]) -> Result<()> {
    let published = article.meta.published.map(|d| d.to_string());
    let listed: Vec<Listed> = claims
        .iter()
        .map(|c| Listed {
            story: &article.meta.story,
            outlet: &article.meta.outlet,
            published: published.clone(),
            claim: c,
        })
        .collect();
    render::claims_output(p, format, Some(article), &listed)
}

fn from_jsonl(args: &Args, gaz: &Gazetteer, p: &mut Printer) -> Result<Outcome> {
    let max = args.ingest.options().max_bytes.unwrap_or(ingest::DEFAULT_MAX_BYTES);
    let mut stdin = std::io::stdin().lock();
    let mut buf: Vec<u8> = Vec::new();
    for n in 1.. {
        buf.clear();
        let read = (&mut stdin)
            .take(max.saturating_add(1))
            .read_until(b'\n', &mut buf)
            .map_err(|e| Error::io("<stdin>", e))?;
        if read == 0 {
            break;
        }
        let at = |what: String| Error::input("<stdin>", format!("line {n}: {what}"));
        if buf.len() as u64 > max {
            return Err(at(format!("larger than the {max}-byte limit (raise it with --max-size)")));
        }
        // --lossy replaces bad bytes here as it does in an article file.
        let line = match std::str::from_utf8(&buf) {
            Ok(line) => std::borrow::Cow::Borrowed(line),
            Err(_) if args.ingest.lossy => String::from_utf8_lossy(&buf),
            Err(_) => return Err(at("not valid UTF-8 (use --lossy to replace bad bytes)".into())),
        };
        if line.trim().is_empty() {
            continue;
        }
        let input: InputLine = serde_json::from_str(&line).map_err(|e| at(format!("not an article object: {e}")))?;
        if let Some(date) = input.published.as_deref().filter(|_| args.ingest.options().published.is_none()) {
            ingest::published_date(date).map_err(at)?;
        }
        let mut opts = args.ingest.options();
        opts.outlet = opts.outlet.or(input.outlet);
        opts.url = opts.url.or(input.url);
        opts.published = opts.published.or(input.published);
        opts.story = opts.story.or(input.story);
        opts.title = input.title;
        let name = input.id.clone().unwrap_or_else(|| format!("<stdin>:{n}"));
        // An id may be empty or anything: the error names the line as well.
        let located = |e: Error| match e {
            Error::Input { path, message } if input.id.is_some() => {
                Error::Input { path: format!("<stdin>:{n} (id {path:?})"), message }
            }
            e => e,
        };
        let article = ingest::ingest_text(&input.text, &name, &opts).map_err(located)?;
        let claims = crate::extract::extract(&article, gaz);
        super::check_claim_dates(&name, &claims)?;
        for c in &claims {
            let mut value = serde_json::to_value(Listed {
                story: &article.meta.story,
                outlet: &article.meta.outlet,
                published: article.meta.published.map(|d| d.to_string()),
                claim: c,
            })
            .map_err(|e| Error::Usage(e.to_string()))?;
            value["input"] = serde_json::json!(name);
            p.jsonl(&value)?;
        }
    }
    Ok(Outcome::Success)
}

//! The command line: clap definitions only. Each subcommand's arguments live
//! beside its implementation in `commands/`.

use crate::commands;
use crate::render::ColorChoice;
use clap::{Parser, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "claimtrack",
    version,
    about = "Extract checkable claims from news articles, keep them as YAML records, and compare outlets' coverage claim by claim."
)]
#[command(after_help = "Exit codes: 0 success (diff: nothing flagged), 1 diff found flags, 2 usage or input error.")]
pub struct Cli {
    /// Folder of claim records.
    #[arg(long, global = true, env = "CLAIMTRACK_STORE", default_value = "claims", value_name = "DIR")]
    pub store: PathBuf,
    /// When to colour output.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the claims of one article without storing anything.
    #[command(
        after_help = "Examples:\n  claimtrack extract articles/2024-06-21-london-loves-business.txt\n  claimtrack extract article.txt --format json\n  cat article.txt | claimtrack extract - --outlet 'Daily X'"
    )]
    Extract(commands::extract::Args),
    /// Extract articles (files or folders) and write their records to the store.
    #[command(
        after_help = "Examples:\n  claimtrack add articles/\n  claimtrack add story.txt --story putin-north-korea-weapons --outlet 'Daily X'"
    )]
    Add(commands::add::Args),
    /// List stored claims, filtered.
    #[command(
        after_help = "Examples:\n  claimtrack list --story putin-north-korea-weapons\n  claimtrack list --kind threat --format csv\n  claimtrack list --speaker 'Vladimir Putin' --since 2024-06-01"
    )]
    List(commands::list::Args),
    /// List the stories in the store.
    #[command(after_help = "Examples:\n  claimtrack stories\n  claimtrack stories --format json")]
    Stories(commands::stories::Args),
    /// Show one claim in full.
    #[command(after_help = "Examples:\n  claimtrack show c-1a2b3c4d5e\n  claimtrack show c-1a2b3c4d5e --format yaml")]
    Show(commands::show::Args),
    /// Compare the claims of a story's articles and flag where they disagree.
    #[command(
        after_help = "Examples:\n  claimtrack diff --story putin-north-korea-weapons\n  claimtrack diff a.txt b.txt --format json\n  claimtrack diff --story s --against transcript.txt --min-severity high\n\nExit codes: 0 nothing flagged, 1 flags found, 2 error."
    )]
    Diff(commands::diff::Args),
    /// Measure extraction against annotated articles (NAME.txt + NAME.gold.yaml).
    #[command(after_help = "Examples:\n  claimtrack eval tests/gold\n  claimtrack eval my-annotations/ --format json")]
    Eval(commands::eval::Args),
    /// Record a verdict on a claim; reviews append to its history.
    #[command(
        after_help = "Examples:\n  claimtrack review c-1a2b3c4d5e --status misleading --note 'Transcript says big, not serious' --evidence https://example.org/transcript --by 'A. Checker'\n  claimtrack review c-1a2b --status true --important"
    )]
    Review(commands::review::Args),
    /// Export reviewed claims as schema.org ClaimReview, or claims as CSV / JSON Lines.
    #[command(
        after_help = "Examples:\n  claimtrack export --base-url https://factcheck.example.org > claimreview.json\n  claimtrack export --format csv --story putin-north-korea-weapons > claims.csv"
    )]
    Export(commands::export::Args),
    /// Write a self-contained HTML report of a stored story.
    #[command(
        after_help = "Examples:\n  claimtrack report --story putin-north-korea-weapons -o report.html\n  claimtrack report --story s -o - > page.html"
    )]
    Report(commands::report::Args),
    /// Check every record in the store; each problem as file:line (exit 1 if any).
    #[command(after_help = "Examples:\n  claimtrack validate\n  claimtrack validate --store other/claims")]
    Validate(commands::validate::Args),
    /// Write shell completions to standard output.
    #[command(
        after_help = "Examples:\n  claimtrack completions bash > ~/.local/share/bash-completion/completions/claimtrack\n  claimtrack completions zsh > ~/.zfunc/_claimtrack"
    )]
    Completions(commands::completions::CompletionArgs),
    /// Write the man page (roff) to standard output.
    #[command(after_help = "Examples:\n  claimtrack man > claimtrack.1 && man ./claimtrack.1")]
    Man(commands::completions::ManArgs),
}

/// Ingest overrides shared by `extract`, `add` and `diff`.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct IngestArgs {
    /// Outlet name, overriding front matter.
    #[arg(long)]
    pub outlet: Option<String>,
    /// Article URL, overriding front matter.
    #[arg(long)]
    pub url: Option<String>,
    /// Publication date and time (2024-06-21T08:39, "21 June 2024", ...).
    #[arg(long)]
    pub published: Option<String>,
    /// Story slug the article belongs to.
    #[arg(long)]
    pub story: Option<String>,
    /// Whether the article is a report or a primary source.
    #[arg(long, value_enum)]
    pub kind: Option<crate::model::ArticleKind>,
    /// Read text that is not valid UTF-8, replacing bad bytes.
    #[arg(long)]
    pub lossy: bool,
    /// Largest article accepted, in bytes.
    #[arg(long, value_name = "BYTES")]
    pub max_size: Option<u64>,
}

impl IngestArgs {
    pub fn options(&self) -> crate::ingest::Options {
        crate::ingest::Options {
            outlet: self.outlet.clone(),
            url: self.url.clone(),
            published: self.published.clone(),
            story: self.story.clone(),
            title: None,
            kind: self.kind,
            lossy: self.lossy,
            max_bytes: self.max_size,
        }
    }
}

//! One file per subcommand: each has an `Args` struct and a `run` function
//! that does the work and hands results to `render`.

pub mod add;
pub mod completions;
pub mod diff;
pub mod eval;
pub mod export;
pub mod extract;
pub mod list;
pub mod report;
pub mod review;
pub mod show;
pub mod stories;
pub mod validate;

use crate::cli::{Cli, Command};
use crate::render::Printer;
use crate::{Error, Outcome, Result};
use std::path::{Path, PathBuf};

pub fn dispatch(cli: Cli) -> Result<Outcome> {
    let mut printer = Printer::new(cli.color);
    let store = crate::store::Store::new(&cli.store);
    let outcome = match &cli.command {
        Command::Extract(a) => extract::run(a, &store, &mut printer),
        Command::Add(a) => add::run(a, &store, &mut printer),
        Command::List(a) => list::run(a, &store, &mut printer),
        Command::Stories(a) => stories::run(a, &store, &mut printer),
        Command::Show(a) => show::run(a, &store, &mut printer),
        Command::Diff(a) => diff::run(a, &store, &mut printer),
        Command::Eval(a) => eval::run(a, &mut printer),
        Command::Review(a) => review::run(a, &store, &mut printer),
        Command::Export(a) => export::run(a, &store, &mut printer),
        Command::Report(a) => report::run(a, &store, &mut printer),
        Command::Validate(a) => validate::run(a, &store, &mut printer),
        Command::Completions(a) => completions::completions(a, &mut printer),
        Command::Man(a) => completions::man(a, &mut printer),
    }?;
    printer.finish()?;
    Ok(outcome)
}

/// The record holding the claim `id` (or the one claim whose id starts with it).
pub fn find_claim(store: &crate::store::Store, id: &str) -> Result<(PathBuf, String)> {
    let mut found: Vec<(PathBuf, String)> = Vec::new();
    // A review goes to a readable record; a broken one elsewhere does not stop it.
    let (loaded, skipped) = store.load_readable()?;
    for l in loaded {
        for c in l.record.claims.iter().chain(&l.record.orphaned_reviews) {
            if c.id == id {
                return Ok((l.path.clone(), c.id.clone()));
            }
            if c.id.starts_with(id) {
                found.push((l.path.clone(), c.id.clone()));
            }
        }
    }
    match found.len() {
        1 => Ok(found.remove(0)),
        0 if !skipped.is_empty() => Err(Error::Skipped(skipped)),
        0 => Err(Error::Usage(format!("no claim with id '{id}' in {}", store.root().display()))),
        n => Err(Error::Usage(format!("'{id}' matches {n} claims; give more of the id"))),
    }
}

/// The `--story` filter of `list` and `export`: a case-insensitive
/// substring of the story's name, or of its slug (so `putin-north-korea`
/// finds "Putin North Korea weapons" too). `diff` and `report` take one
/// story by its exact name instead.
pub fn story_matches(story: &str, filter: &str) -> bool {
    use crate::store::slug::slug;
    story.to_lowercase().contains(&filter.to_lowercase()) || slug(story).contains(&slug(filter))
}

/// Refuses an article whose claims carry a date `validate` would flag, so
/// nothing is written that the store's own check rejects. Such a date
/// follows from a publication date far off ("on Monday" of 1800-01-01).
pub fn check_claim_dates(article: impl AsRef<Path>, claims: &[crate::model::Claim]) -> Result<()> {
    let today = crate::clock::now().date();
    match claims.iter().find_map(|c| crate::store::validate::implausible_date(c, today)) {
        Some(why) => Err(Error::input(article, format!("{why}; check its publication date"))),
        None => Ok(()),
    }
}

/// An absolute http(s) URL with a host, as a clap value parser: evidence
/// and fact-check URLs end up as links in published JSON-LD and reports.
pub fn http_url(value: &str) -> std::result::Result<String, String> {
    let refuse = || Err("not an absolute http(s) URL (like https://example.org/page)".to_string());
    let Some((scheme, rest)) = value.split_once("://") else { return refuse() };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let scheme_ok = scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https");
    if !scheme_ok || host.is_empty() || value.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return refuse();
    }
    Ok(value.to_string())
}

/// [`http_url`] that claim ids are appended to (BASE/claims/ID): a query
/// or fragment would end up in the middle of every URL.
pub fn base_url(value: &str) -> std::result::Result<String, String> {
    let url = http_url(value)?;
    match url.contains(['?', '#']) {
        true => Err("has a query or fragment; give the base URL alone (like https://example.org)".to_string()),
        false => Ok(url),
    }
}

/// Article files named on the command line, folders walked recursively.
/// Hidden files and files that are not text, Markdown or HTML are skipped
/// when found inside a folder; a file named directly is always taken.
pub fn article_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for path in paths {
        if path == Path::new("-") {
            out.push(path.clone());
            continue;
        }
        let meta = std::fs::metadata(path).map_err(|_| Error::input(path, "no such file or folder"))?;
        if !meta.is_dir() {
            out.push(path.clone());
            continue;
        }
        let mut found: Vec<PathBuf> = walkdir::WalkDir::new(path)
            .follow_links(false)
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'))
            .filter_map(|e| e.ok())
            .filter(|e| e.file_type().is_file() && is_article_name(e.path()))
            .map(|e| e.into_path())
            .collect();
        found.sort();
        if found.is_empty() {
            return Err(Error::input(path, "folder holds no article files (.txt, .md, .html)"));
        }
        out.extend(found);
    }
    Ok(out)
}

fn is_article_name(path: &Path) -> bool {
    let name = path.file_name().map(|n| n.to_string_lossy().to_lowercase()).unwrap_or_default();
    let ext_ok = matches!(
        path.extension().and_then(|e| e.to_str()).map(str::to_lowercase).as_deref(),
        Some("txt" | "md" | "markdown" | "html" | "htm")
    );
    ext_ok && !name.ends_with(".gold.yaml") && name != "readme.md" && name != "planted.md"
}

#[cfg(test)]
mod tests {
    use super::{base_url, http_url, story_matches};

    #[test]
    fn story_filter_is_a_case_insensitive_substring() {
        for filter in ["putin", "WEAPONS", "north-korea", "putin-north-korea-weapons", "North Korea"] {
            assert!(story_matches("putin-north-korea-weapons", filter), "{filter}");
        }
        assert!(story_matches("Kim/Putin summit", "kim-putin"));
        assert!(!story_matches("putin-north-korea-weapons", "ukraine"));
    }

    #[test]
    fn urls_must_be_absolute_http() {
        for good in ["https://example.org", "http://fc.example/checks/", "HTTPS://x.example/a?b=1#c"] {
            assert_eq!(http_url(good).unwrap(), good);
        }
        for bad in ["", "not a url", "javascript:alert(1)", "fc.example", "https://", "ftp://x.example", "https://x y"]
        {
            assert!(http_url(bad).is_err(), "{bad:?}");
        }
        assert!(base_url("https://factcheck.example.org/base/").is_ok());
        for bad in ["https://x/b?x=1#f", "https://x/b#f", "https://x/b?x=1", "javascript:alert(1)", ""] {
            assert!(base_url(bad).is_err(), "{bad:?}");
        }
    }
}

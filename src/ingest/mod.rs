//! Ingest: from a file (or standard input) to an [`Article`]: checked bytes,
//! front matter, headline, dateline and a body free of site chrome.
//!
//! Bad input is refused here with a message naming the file: missing, a
//! folder, empty, binary, not UTF-8 (unless read lossily), or over the size limit.

mod front_matter;
pub mod html;
pub mod scraped;

pub use front_matter::FrontMatter;

use crate::extract::dates;
use crate::model::{Article, ArticleKind, ArticleMeta};
use crate::{Error, Result};
use sha2::{Digest, Sha256};
use std::io::Read;
use std::path::Path;

/// Articles above this size are refused unless `--max-size` raises it.
pub const DEFAULT_MAX_BYTES: u64 = 16 * 1024 * 1024;

/// Command-line overrides and reading options.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
    pub story: Option<String>,
    pub title: Option<String>,
    pub kind: Option<ArticleKind>,
    /// Replace invalid UTF-8 instead of refusing the file.
    pub lossy: bool,
    pub max_bytes: Option<u64>,
}

/// Reads and ingests one article file; `-` reads standard input.
pub fn read(path: &Path, opts: &Options) -> Result<Article> {
    let bytes = read_bytes(path, opts.max_bytes.unwrap_or(DEFAULT_MAX_BYTES))?;
    let name = if path == Path::new("-") { "<stdin>".to_string() } else { path.display().to_string() };
    let text = decode(path, &bytes, opts.lossy)?;
    // The file's bytes are hashed, not the decoded text (they differ by a BOM
    // or lossy replacements): hash once, here, rather than twice.
    ingest(&text, &name, opts, Some(hash(&bytes)))
}

fn read_bytes(path: &Path, max: u64) -> Result<Vec<u8>> {
    if path == Path::new("-") {
        let mut buf = Vec::new();
        std::io::stdin().take(max.saturating_add(1)).read_to_end(&mut buf).map_err(|e| Error::io("<stdin>", e))?;
        if buf.len() as u64 > max {
            return Err(Error::input(
                "<stdin>",
                format!("input is larger than the {max}-byte limit (raise it with --max-size)"),
            ));
        }
        return Ok(buf);
    }
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => Error::input(path, "no such file"),
        _ => Error::io(path, e),
    })?;
    if meta.is_dir() {
        return Err(Error::input(path, "is a folder, not an article file"));
    }
    if meta.len() > max {
        return Err(Error::input(
            path,
            format!("file is {} bytes, over the {max}-byte limit (raise it with --max-size)", meta.len()),
        ));
    }
    let mut buf = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(max.saturating_add(1)).read_to_end(&mut buf))
        .map_err(|e| Error::io(path, e))?;
    Ok(buf)
}

fn decode(path: &Path, bytes: &[u8], lossy: bool) -> Result<String> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(Error::input(path, "file is empty"));
    }
    let sample = &bytes[..bytes.len().min(8192)];
    if sample.contains(&0) {
        return Err(Error::input(path, "looks like binary data, not an article (it contains NUL bytes)"));
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.strip_prefix('\u{feff}').unwrap_or(s).to_string()),
        Err(_) if lossy => Ok(String::from_utf8_lossy(bytes).into_owned()),
        Err(e) => {
            let line = bytes[..e.valid_up_to()].iter().filter(|&&b| b == b'\n').count() + 1;
            Err(Error::input(path, format!("line {line}: not valid UTF-8 (use --lossy to replace bad bytes)")))
        }
    }
}

/// Text whose lines end in a bare carriage return (classic Mac OS, some
/// exports) with its line ends made "\n", so front matter and paragraphs are
/// seen; "\r\n" is left to the readers, which handle it.
fn old_mac_line_endings(text: &str) -> std::borrow::Cow<'_, str> {
    let bytes = text.as_bytes();
    let lone_cr = bytes.iter().enumerate().any(|(i, &b)| b == b'\r' && bytes.get(i + 1) != Some(&b'\n'));
    match lone_cr {
        true => text.replace("\r\n", "\n").replace('\r', "\n").into(),
        false => text.into(),
    }
}

fn hash(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// Ingests article text; `name` is used in messages and as the source.
/// Text with a NUL character is refused as a file with NUL bytes is.
pub fn ingest_text(text: &str, name: &str, opts: &Options) -> Result<Article> {
    if text.as_bytes()[..text.len().min(8192)].contains(&0) {
        return Err(Error::input(name, "looks like binary data, not an article (it contains NUL characters)"));
    }
    ingest(text, name, opts, None)
}

/// [`ingest_text`] with the content hash when the caller has it already.
fn ingest(text: &str, name: &str, opts: &Options, content_hash: Option<String>) -> Result<Article> {
    let text = &old_mac_line_endings(text);
    let (front, rest, offset) = front_matter::split(text, name)?;
    let mut front = front.unwrap_or_default();
    let page = if looks_like_html(rest) {
        // Front matter wins over the page's own metadata.
        let page = html::read(rest, name)?;
        front.title = front.title.or(page.title);
        front.outlet = front.outlet.or(page.site_name);
        front.url = front.url.or(page.url);
        front.published = front.published.or(page.published);
        page.text
    } else {
        rest.to_string()
    };
    let cleaned = scraped::clean_titled(&page, offset, front.title.as_deref());
    let headline = cleaned.headline.clone().or_else(|| front.title.clone());
    let title = opts.title.clone().or(front.title.clone()).or(headline.clone()).unwrap_or_else(|| "untitled".into());
    let published = published(opts, &front, cleaned.dateline.as_deref(), name)?;
    let mut body = headline.clone().unwrap_or_default();
    for p in &cleaned.paragraphs {
        if !body.is_empty() {
            body.push_str("\n\n");
        }
        body.push_str(p.text.trim());
    }
    if body.trim().is_empty() {
        return Err(Error::input(name, "no article text found"));
    }
    let outlet = opts
        .outlet
        .clone()
        .or(front.outlet.clone())
        .or_else(|| front.url.as_deref().and_then(host))
        .unwrap_or_else(|| "unknown".into());
    let meta = ArticleMeta {
        story: opts.story.clone().or(front.story.clone()).unwrap_or_else(|| "unsorted".into()),
        outlet,
        url: opts.url.clone().or(front.url.clone()),
        title,
        published,
        kind: opts.kind.or(front.kind).unwrap_or_default(),
        source: (name != "<stdin>").then(|| name.to_string()),
        content_hash: content_hash.unwrap_or_else(|| hash(text.as_bytes())),
        body_len: body.len(),
    };
    Ok(Article { meta, body })
}

fn published(
    opts: &Options,
    front: &FrontMatter,
    dateline: Option<&str>,
    name: &str,
) -> Result<Option<chrono::NaiveDateTime>> {
    if let Some(p) = &opts.published {
        return published_date(p).map(Some).map_err(|why| Error::Usage(format!("--published: {why}")));
    }
    if let Some(p) = &front.published {
        return published_date(p).map(Some).map_err(|why| Error::input(name, format!("front matter: {why}")));
    }
    Ok(dateline.and_then(|d| published_date(d).ok()))
}

/// A publication date as written in front matter or on the command line;
/// the error says why it cannot be used.
pub fn published_date(text: &str) -> std::result::Result<chrono::NaiveDateTime, String> {
    match dates::parse_datetime(text) {
        Some(d) if crate::clock::plausible(d.date(), crate::clock::now().date()) => Ok(d),
        Some(_) => Err(format!(
            "published date '{text}' cannot be right (before {} or over a year from now)",
            crate::clock::EARLIEST_YEAR
        )),
        None => Err(format!("cannot read published date '{text}'")),
    }
}

fn host(url: &str) -> Option<String> {
    let rest = url.split("://").nth(1)?;
    let host = rest.split(['/', '?', '#']).next()?.trim_start_matches("www.");
    (!host.is_empty()).then(|| host.to_string())
}

pub fn looks_like_html(text: &str) -> bool {
    let head = text.trim_start().get(..512.min(text.trim_start().len())).unwrap_or("").to_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html") || head.contains("<body")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_like_text_gets_headline_dateline_and_clean_body() {
        let text = "Home Business News Putin will ‘not rule out’ arms\n\nPutin will ‘not rule out’ arms\n\n21st Jun 24 8:39 am\n\nVladimir Putin has said so.\n\nLeave a Comment\n\n[ms-form id=1]";
        let a = ingest_text(text, "seed.txt", &Options::default()).unwrap();
        assert_eq!(a.body, "Putin will ‘not rule out’ arms\n\nVladimir Putin has said so.");
        assert_eq!(a.meta.published.unwrap().to_string(), "2024-06-21 08:39:00");
        assert_eq!(a.meta.title, "Putin will ‘not rule out’ arms");
    }

    #[test]
    fn overrides_win_over_front_matter() {
        let text = "---\noutlet: A\nstory: s\npublished: 2024-06-21\n---\nHead\n\nBody text here.";
        let opts = Options { outlet: Some("B".into()), ..Options::default() };
        let a = ingest_text(text, "x.txt", &opts).unwrap();
        assert_eq!(a.meta.outlet, "B");
        assert_eq!(a.meta.story, "s");
    }

    #[test]
    fn lone_carriage_returns_end_lines() {
        let text = "---\routlet: Old Mac Gazette\rtitle: T\rpublished: 2024-06-21\r---\rHeadline\r\rPutin said the deal was good.\r";
        let a = ingest_text(text, "mac.txt", &Options::default()).unwrap();
        assert_eq!(a.meta.outlet, "Old Mac Gazette");
        assert!(a.body.contains("Putin said the deal was good."));
        assert!(!a.body.contains('\r'));
    }

    #[test]
    fn refuses_empty_and_binary() {
        let opts = Options::default();
        assert!(ingest_text("Head\n\nAnna said \0 hi, ü.", "a", &opts).unwrap_err().to_string().contains("binary"));
        assert!(ingest_text(&"ü".repeat(5000), "b", &opts).is_ok());
        assert!(decode(Path::new("e.txt"), b"  \n", false).unwrap_err().to_string().contains("empty"));
        assert!(decode(Path::new("b.bin"), b"ab\0cd", false).unwrap_err().to_string().contains("binary"));
        let err = decode(Path::new("l.txt"), b"ok\n\xff\xfe", false).unwrap_err().to_string();
        assert!(err.contains("line 2") && err.contains("UTF-8"), "{err}");
        assert_eq!(decode(Path::new("l.txt"), b"ok \xff", true).unwrap(), "ok \u{fffd}");
    }
}

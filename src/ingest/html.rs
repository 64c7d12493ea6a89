//! HTML article pages: the article body through a Readability port
//! (dom_smoothie), and the metadata pages carry in the usual places: title,
//! publication date (`article:published_time` and similar), outlet
//! (`og:site_name`) and URL (the canonical link).

use crate::{Error, Result};
use dom_smoothie::{Config, Readability, TextMode};

/// What a page yields: text with paragraphs separated by blank lines, and metadata.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Page {
    pub title: Option<String>,
    pub published: Option<String>,
    pub site_name: Option<String>,
    pub url: Option<String>,
    pub text: String,
}

/// Elements beyond this are not parsed: a hostile page stays bounded.
const MAX_ELEMENTS: usize = 200_000;

/// Deeper nesting than this is refused: Readability's scoring is quadratic
/// in depth, and no real article nests this deep.
const MAX_DEPTH: usize = 1_000;

pub fn read(html: &str, name: &str) -> Result<Page> {
    let depth = nesting_depth(html);
    if depth > MAX_DEPTH {
        return Err(Error::input(name, format!("HTML nested {depth} elements deep, over the {MAX_DEPTH} limit")));
    }
    let cfg = Config { text_mode: TextMode::Formatted, max_elements_to_parse: MAX_ELEMENTS, ..Config::default() };
    let mut reader =
        Readability::new(html, None, Some(cfg)).map_err(|e| Error::input(name, format!("cannot read HTML: {e}")))?;
    let article = reader.parse().map_err(|e| Error::input(name, format!("no article found in the HTML page: {e}")))?;
    let text = paragraphs(&article.text_content);
    if text.trim().is_empty() {
        return Err(Error::input(name, "no article text found in the HTML page"));
    }
    let nonempty = |s: String| Some(s.trim().to_string()).filter(|s| !s.is_empty());
    Ok(Page {
        title: nonempty(article.title.clone()),
        published: article.published_time.clone().and_then(nonempty),
        site_name: article.site_name.clone().and_then(nonempty),
        url: article.url.clone().and_then(nonempty).or_else(|| canonical(html)),
        text,
    })
}

/// The deepest element nesting, counted from start and end tags (void
/// elements and self-closing tags do not nest).
fn nesting_depth(html: &str) -> usize {
    const VOID: &[&str] = &[
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        "!doctype", "!--",
    ];
    let (mut depth, mut max) = (0usize, 0usize);
    let bytes = html.as_bytes();
    let mut i = 0;
    while let Some(off) = bytes[i..].iter().position(|&b| b == b'<') {
        let start = i + off + 1;
        let end = bytes[start..].iter().position(|&b| b == b'>').map_or(bytes.len(), |e| start + e);
        let tag = &html[start..end];
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '!' || *c == '-')
            .collect::<String>()
            .to_lowercase();
        if tag.starts_with('/') {
            depth = depth.saturating_sub(1);
        } else if !name.is_empty() && !VOID.contains(&name.as_str()) && !tag.ends_with('/') {
            depth += 1;
            max = max.max(depth);
        }
        i = end.min(bytes.len());
        if i >= bytes.len() {
            break;
        }
    }
    max
}

/// The page's canonical link or `og:url`, attributes in either order.
fn canonical(html: &str) -> Option<String> {
    static LINK: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r#"(?is)<link\b[^>]*\brel\s*=\s*["']canonical["'][^>]*\bhref\s*=\s*["']([^"']+)["']|<link\b[^>]*\bhref\s*=\s*["']([^"']+)["'][^>]*\brel\s*=\s*["']canonical["']|<meta\b[^>]*\bproperty\s*=\s*["']og:url["'][^>]*\bcontent\s*=\s*["']([^"']+)["']"#,
        )
        .expect("valid regex")
    });
    let mut end = html.len().min(64 * 1024);
    while !html.is_char_boundary(end) {
        end -= 1;
    }
    let head = &html[..end];
    let caps = LINK.captures(head)?;
    (1..=3).find_map(|i| caps.get(i)).map(|m| m.as_str().to_string())
}

/// One paragraph per non-empty line, separated by blank lines, as the rest
/// of the pipeline expects.
fn paragraphs(text: &str) -> String {
    text.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html><html><head>
        <title>Putin will not rule out arms to North Korea | Example News</title>
        <meta property="og:site_name" content="Example News">
        <meta property="og:title" content="Putin will not rule out arms to North Korea">
        <meta property="article:published_time" content="2024-06-21T08:39:00Z">
        <link rel="canonical" href="https://example.org/news/putin-arms">
        </head><body><nav>Home News World</nav><article>
        <h1>Putin will not rule out arms to North Korea</h1>
        <p>Vladimir Putin has said that he will “not rule out” sending weapons to North Korea, in remarks to reporters in Hanoi on Thursday.</p>
        <p>South Korea said the new security agreement between Russia and North Korea was a matter of “grave concern” for the region.</p>
        <p>“This would be a very big mistake,” Putin warned Seoul, referring to arms deliveries to Ukraine that officials there are weighing.</p>
        </article><footer>Leave a Comment</footer></body></html>"#;

    #[test]
    fn deep_nesting_is_refused() {
        let deep = format!("<html><body>{}<p>x</p></body></html>", "<div>".repeat(5_000));
        assert!(read(&deep, "deep.html").unwrap_err().to_string().contains("nested"));
        assert_eq!(nesting_depth("<div><p>a<br>b</p><img src=x></div><div/>"), 2);
    }

    #[test]
    fn body_and_metadata() {
        let page = read(PAGE, "page.html").unwrap();
        assert_eq!(page.site_name.as_deref(), Some("Example News"));
        assert_eq!(page.url.as_deref(), Some("https://example.org/news/putin-arms"));
        assert!(page.published.as_deref().is_some_and(|p| p.starts_with("2024-06-21")));
        assert!(page.title.as_deref().is_some_and(|t| t.contains("Putin will not rule out")));
        assert!(page.text.contains("Vladimir Putin has said"), "{}", page.text);
        assert!(page.text.contains("\n\n"));
        assert!(!page.text.contains("Leave a Comment"));
    }
}

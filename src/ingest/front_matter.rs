//! Optional YAML front matter between `---` lines at the top of an article.

use crate::model::ArticleKind;
use crate::{Error, Result};
use serde::Deserialize;

/// What an article's front matter may say. Unknown keys are ignored: files
/// come from many tools.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct FrontMatter {
    pub outlet: Option<String>,
    pub url: Option<String>,
    /// Kept as text so that every common date form can be read.
    #[serde(default, deserialize_with = "as_text")]
    pub published: Option<String>,
    pub story: Option<String>,
    pub title: Option<String>,
    pub kind: Option<ArticleKind>,
}

/// Splits `text` into front matter, the rest, and how many lines the front matter took.
pub fn split<'a>(text: &'a str, name: &str) -> Result<(Option<FrontMatter>, &'a str, usize)> {
    let Some(after_open) = text.strip_prefix("---\n").or_else(|| text.strip_prefix("---\r\n")) else {
        return Ok((None, text, 0));
    };
    let close = after_open
        .match_indices("\n---")
        .find(|(i, _)| after_open[i + 4..].starts_with(['\n', '\r']) || after_open.len() == i + 4)
        .map(|(i, _)| i)
        .or_else(|| after_open.starts_with("---").then_some(0).map(|_| 0))
        .ok_or_else(|| Error::input(name, "line 1: front matter opened with '---' is never closed"))?;
    let yaml = &after_open[..close];
    let rest_start = (close + 4).min(after_open.len());
    let rest = after_open[rest_start..].trim_start_matches(['\r', '\n']);
    let lines = text[..text.len() - rest.len()].lines().count();
    if yaml.trim().is_empty() {
        return Ok((Some(FrontMatter::default()), rest, lines));
    }
    let front: FrontMatter = crate::store::yaml::parse(yaml, name).map_err(|e| match e {
        Error::Record { path, line, message } => {
            Error::Input { path, message: format!("front matter line {}: {message}", line.map_or(1, |l| l + 1)) }
        }
        other => other,
    })?;
    Ok((Some(front), rest, lines))
}

fn as_text<'de, D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Option<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Text {
        S(String),
        I(i64),
        F(f64),
    }
    Ok(Option::<Text>::deserialize(d)?.map(|t| match t {
        Text::S(s) => s,
        Text::I(i) => i.to_string(),
        Text::F(f) => f.to_string(),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_and_parses() {
        let (fm, rest, lines) =
            split("---\noutlet: X\npublished: 2024-06-21T08:39:00\nkind: primary\n---\nHead\n", "a").unwrap();
        let fm = fm.unwrap();
        assert_eq!(fm.outlet.as_deref(), Some("X"));
        assert_eq!(fm.published.as_deref(), Some("2024-06-21T08:39:00"));
        assert_eq!(fm.kind, Some(ArticleKind::Primary));
        assert_eq!(rest, "Head\n");
        assert_eq!(lines, 5);
    }

    #[test]
    fn no_front_matter_and_unclosed() {
        assert!(split("Head\n", "a").unwrap().0.is_none());
        assert!(split("---\noutlet: X\n", "a").unwrap_err().to_string().contains("never closed"));
    }
}

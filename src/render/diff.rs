//! `diff` output: flags grouped by claim with coloured word diffs, and the
//! coverage matrix (claims by outlet); or the same as JSON / YAML.

use super::{Format, Printer, Style};
use crate::compare::{Comparison, Flag, Severity, WordDiff};
use crate::model::ArticleMeta;
use crate::Result;
use serde::Serialize;
use similar::{ChangeTag, TextDiff};

#[derive(Serialize)]
struct DiffJson<'a> {
    articles: Vec<&'a ArticleMeta>,
    flags: Vec<FlagJson<'a>>,
    supported: &'a [crate::compare::Support],
    coverage: serde_json::Value,
}

#[derive(Serialize)]
struct FlagJson<'a> {
    #[serde(flatten)]
    flag: &'a Flag,
    #[serde(rename = "diff", skip_serializing_if = "Option::is_none")]
    diff_text: Option<String>,
}

pub fn diff_output(
    p: &mut Printer,
    format: Format,
    articles: &[&ArticleMeta],
    cmp: &Comparison,
    flags: &[&Flag],
) -> Result<()> {
    match format {
        Format::Json | Format::Jsonl | Format::Yaml | Format::Csv => {
            let doc = DiffJson {
                articles: articles.to_vec(),
                flags: flags
                    .iter()
                    .map(|f| FlagJson { flag: f, diff_text: f.diff.as_ref().map(marked_diff) })
                    .collect(),
                supported: &cmp.supported,
                coverage: serde_json::json!({
                    "outlets": articles.iter().map(|a| a.outlet.clone()).collect::<Vec<_>>(),
                    "claims": cmp.coverage,
                }),
            };
            match format {
                Format::Yaml => p.yaml(&doc),
                Format::Jsonl => p.jsonl(&doc),
                _ => p.json(&doc),
            }
        }
        Format::Table => table(p, articles, cmp, flags),
    }
}

/// "[-old-] {+new+}" word diff, for machine output and colourless terminals.
pub fn marked_diff(d: &WordDiff) -> String {
    TextDiff::from_words(d.from.as_str(), d.to.as_str())
        .iter_all_changes()
        .map(|c| match c.tag() {
            ChangeTag::Equal => c.value().to_string(),
            ChangeTag::Delete => format!("[-{}-]", c.value()),
            ChangeTag::Insert => format!("{{+{}+}}", c.value()),
        })
        .collect()
}

fn painted_diff(p: &Printer, d: &WordDiff) -> String {
    if !p.color {
        return marked_diff(d);
    }
    TextDiff::from_words(d.from.as_str(), d.to.as_str())
        .iter_all_changes()
        .map(|c| match c.tag() {
            ChangeTag::Equal => c.value().to_string(),
            ChangeTag::Delete => p.paint(c.value(), Style::Removed),
            ChangeTag::Insert => p.paint(c.value(), Style::Added),
        })
        .collect()
}

fn table(p: &mut Printer, articles: &[&ArticleMeta], cmp: &Comparison, flags: &[&Flag]) -> Result<()> {
    let header =
        format!("{} flag(s) across {} articles, {} aligned claim groups", flags.len(), articles.len(), cmp.groups);
    let header = p.paint(&header, Style::Bold);
    p.line(&header)?;
    // Flags by claim: each group once, in the rank of its most important flag.
    let mut order: Vec<usize> = Vec::new();
    for f in flags {
        if !order.contains(&f.group) {
            order.push(f.group);
        }
    }
    let mut n = 0;
    for group in order {
        let in_group: Vec<&&Flag> = flags.iter().filter(|f| f.group == group).collect();
        let about = &in_group[0].claims[0];
        let title = format!(
            "{}: “{}”",
            about.speaker.as_deref().unwrap_or("(no speaker)"),
            super::claims::truncate(&about.text, 100)
        );
        let title = p.paint(&title, Style::Bold);
        p.line(&format!("\n{title}"))?;
        for f in in_group {
            n += 1;
            flag_lines(p, n, f)?;
        }
    }
    if !cmp.supported.is_empty() {
        p.line(&format!("\nSupported by the source ({}):", cmp.supported.len()))?;
        for s in &cmp.supported {
            let line = format!(
                "   ✓ {} {} ({}): {}",
                s.claim.outlet,
                s.claim.claim_id,
                s.claim.speaker.as_deref().unwrap_or("-"),
                super::claims::truncate(&s.claim.text, 100)
            );
            p.line(&line)?;
        }
    }
    p.line("")?;
    let carried = cmp.coverage.iter().filter(|r| r.articles.iter().filter(|x| **x).count() > 1 || articles.len() <= 2);
    p.line("Coverage (claims carried by two or more articles):")?;
    if articles.len() > MATRIX_COLUMNS {
        return coverage_counts(p, articles, carried);
    }
    let mut header: Vec<String> = vec!["speaker".into(), "claim".into()];
    header.extend(articles.iter().map(|a| a.outlet.clone()));
    let rows: Vec<Vec<String>> = carried
        .map(|r| {
            let mut row = vec![r.speaker.clone().unwrap_or_default(), super::claims::truncate(&r.text, 60)];
            row.extend(r.articles.iter().map(|x| if *x { "✓".to_string() } else { "·".to_string() }));
            row
        })
        .collect();
    let refs: Vec<&str> = header.iter().map(String::as_str).collect();
    p.table(&refs, rows)
}

/// Articles up to which coverage is a matrix with a column per article;
/// past it no terminal shows the columns, and laying them out took most of
/// the time of `diff` on a large story.
const MATRIX_COLUMNS: usize = 12;

/// Coverage of a large story: how many articles carry each claim, and the
/// first few that leave it out.
fn coverage_counts<'a>(
    p: &mut Printer,
    articles: &[&ArticleMeta],
    rows: impl Iterator<Item = &'a crate::compare::CoverageRow>,
) -> Result<()> {
    let rows: Vec<Vec<String>> = rows
        .map(|r| {
            let missing: Vec<&str> =
                r.articles.iter().zip(articles).filter(|(x, _)| !**x).map(|(_, a)| a.outlet.as_str()).collect();
            let shown = missing.iter().take(3).copied().collect::<Vec<_>>().join(", ");
            let more = missing.len().saturating_sub(3);
            let missing = if more > 0 { format!("{shown} and {more} more") } else { shown };
            let count = r.articles.iter().filter(|x| **x).count();
            vec![
                r.speaker.clone().unwrap_or_default(),
                super::claims::truncate(&r.text, 60),
                format!("{count} of {}", articles.len()),
                missing,
            ]
        })
        .collect();
    p.table(&["speaker", "claim", "carried by", "left out by"], rows)
}

fn flag_lines(p: &mut Printer, n: usize, f: &Flag) -> Result<()> {
    let style = match f.severity {
        Severity::High => Style::High,
        Severity::Medium => Style::Medium,
        Severity::Low => Style::Low,
    };
    let sev = p.paint(&format!("{:?}", f.severity).to_lowercase(), style);
    p.line(&format!("  {n}. [{sev}] {}: {}", f.kind.as_str(), f.detail))?;
    for c in &f.claims {
        let mark = if c.reference { "=" } else { "≠" };
        let line = format!(
            "     {mark} {} {} ({}): {}",
            c.outlet,
            c.claim_id,
            c.speaker.as_deref().unwrap_or("-"),
            super::claims::truncate(&c.text, 110)
        );
        let line = if c.reference { p.paint(&line, Style::Dim) } else { line };
        p.line(&line)?;
    }
    if let Some(d) = &f.diff {
        let painted = painted_diff(p, d);
        p.line(&format!("     diff: {painted}"))?;
    }
    Ok(())
}

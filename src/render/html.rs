//! The HTML report: one self-contained page (no external files) with the
//! coverage matrix, the flags with side-by-side word diffs, and the claims
//! with their review status. Every piece of article text is escaped.

use crate::compare::{Comparison, Flag, WordDiff};
use crate::model::{ArticleMeta, Claim};
use similar::{ChangeTag, TextDiff};
use std::fmt::Write;

const STYLE: &str = "body{font:15px/1.45 system-ui,sans-serif;margin:2em auto;max-width:1100px;color:#222}\
h1{font-size:1.5em}h2{margin-top:2em;border-bottom:1px solid #ccc}table{border-collapse:collapse;width:100%}\
td,th{border:1px solid #ddd;padding:4px 6px;vertical-align:top;text-align:left}th{background:#f4f4f4}\
.sev-high{color:#b00020;font-weight:bold}.sev-medium{color:#a15c00;font-weight:bold}.sev-low{color:#2a6f97}\
.flag{border:1px solid #ddd;border-radius:6px;padding:8px 12px;margin:10px 0}.claim-head{font-weight:bold;margin-top:1.5em}\
del{background:#fdd;text-decoration:line-through}ins{background:#dfd;text-decoration:none}\
.diff{display:grid;grid-template-columns:1fr 1fr;gap:8px}.diff div{background:#fafafa;padding:6px;border-radius:4px}\
.yes{color:#1b7f3b;text-align:center}.no{color:#bbb;text-align:center}.muted{color:#666}";

/// Escapes text for HTML element content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The whole page for one story.
pub fn report(story: &str, articles: &[(&ArticleMeta, &[Claim])], cmp: &Comparison) -> String {
    let mut h = String::new();
    let _ = write!(
        h,
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>claimtrack: {}</title>",
        escape(story)
    );
    let _ = write!(h, "<style>{STYLE}</style></head><body>");
    let _ = write!(
        h,
        "<h1>Story: {}</h1><p class=\"muted\">{} articles, {} flags, {} aligned claim groups.</p>",
        escape(story),
        articles.len(),
        cmp.flags.len(),
        cmp.groups
    );
    flags(&mut h, cmp);
    coverage(&mut h, articles, cmp);
    articles_list(&mut h, articles);
    claims(&mut h, articles);
    // The page's only script: it marks the page ready, so a test can tell it ran without errors.
    h.push_str("<script>document.body.dataset.ready='yes';</script></body></html>\n");
    h
}

fn articles_list(h: &mut String, articles: &[(&ArticleMeta, &[Claim])]) {
    h.push_str(
        "<h2>Articles</h2><table><tr><th>outlet</th><th>title</th><th>published</th><th>kind</th><th>claims</th></tr>",
    );
    for (m, claims) in articles {
        let title = match &m.url {
            Some(u) if u.starts_with("https://") || u.starts_with("http://") => {
                format!("<a href=\"{}\">{}</a>", escape(u), escape(&m.title))
            }
            _ => escape(&m.title),
        };
        let published = m.published.map(|p| p.to_string()).unwrap_or_default();
        let _ = write!(
            h,
            "<tr><td>{}</td><td>{title}</td><td>{}</td><td>{:?}</td><td>{}</td></tr>",
            escape(&m.outlet),
            published,
            m.kind,
            claims.len()
        );
    }
    h.push_str("</table>");
}

fn coverage(h: &mut String, articles: &[(&ArticleMeta, &[Claim])], cmp: &Comparison) {
    h.push_str("<h2>Coverage</h2><table><tr><th>speaker</th><th>claim</th>");
    for (m, _) in articles {
        let _ = write!(h, "<th>{}</th>", escape(&m.outlet));
    }
    h.push_str("</tr>");
    for row in cmp.coverage.iter().filter(|r| r.articles.iter().filter(|x| **x).count() > 1) {
        let _ =
            write!(h, "<tr><td>{}</td><td>{}</td>", escape(row.speaker.as_deref().unwrap_or("")), escape(&row.text));
        for carried in &row.articles {
            h.push_str(if *carried { "<td class=\"yes\">✓</td>" } else { "<td class=\"no\">·</td>" });
        }
        h.push_str("</tr>");
    }
    h.push_str("</table>");
}

fn flags(h: &mut String, cmp: &Comparison) {
    h.push_str("<h2 id=\"flags\">Flags</h2>");
    let mut order: Vec<usize> = Vec::new();
    for f in &cmp.flags {
        if !order.contains(&f.group) {
            order.push(f.group);
        }
    }
    for group in order {
        let in_group: Vec<&Flag> = cmp.flags.iter().filter(|f| f.group == group).collect();
        let about = &in_group[0].claims[0];
        let _ = write!(
            h,
            "<div class=\"claim-head\">{}: “{}”</div>",
            escape(about.speaker.as_deref().unwrap_or("(no speaker)")),
            escape(&about.text)
        );
        for f in in_group {
            let sev = format!("{:?}", f.severity).to_lowercase();
            let _ = write!(
                h,
                "<div class=\"flag\" data-kind=\"{}\"><span class=\"sev-{sev}\">{sev}</span> <b>{}</b>: {}",
                f.kind.as_str(),
                f.kind.as_str(),
                escape(&f.detail)
            );
            h.push_str("<ul>");
            for c in &f.claims {
                let mark = if c.reference { "=" } else { "≠" };
                let _ = write!(
                    h,
                    "<li>{mark} <b>{}</b> <code>{}</code> ({}): {}</li>",
                    escape(&c.outlet),
                    escape(&c.claim_id),
                    escape(c.speaker.as_deref().unwrap_or("-")),
                    escape(&c.text)
                );
            }
            h.push_str("</ul>");
            if let Some(d) = &f.diff {
                side_by_side(h, d);
            }
            h.push_str("</div>");
        }
    }
}

fn side_by_side(h: &mut String, d: &WordDiff) {
    let (mut left, mut right) = (String::new(), String::new());
    for change in TextDiff::from_words(d.from.as_str(), d.to.as_str()).iter_all_changes() {
        let word = escape(change.value());
        match change.tag() {
            ChangeTag::Equal => {
                left.push_str(&word);
                right.push_str(&word);
            }
            ChangeTag::Delete => left.push_str(&format!("<del>{word}</del>")),
            ChangeTag::Insert => right.push_str(&format!("<ins>{word}</ins>")),
        }
    }
    let _ = write!(h, "<div class=\"diff\"><div>{left}</div><div>{right}</div></div>");
}

fn claims(h: &mut String, articles: &[(&ArticleMeta, &[Claim])]) {
    h.push_str("<h2>Claims</h2><table><tr><th>outlet</th><th>id</th><th>kind</th><th>speaker</th><th>claim</th><th>review</th></tr>");
    for (m, claims) in articles {
        for c in claims.iter() {
            let review = c.review.status.clone().unwrap_or_else(|| "—".into());
            let _ = write!(
                h,
                "<tr><td>{}</td><td><code>{}</code></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                escape(&m.outlet),
                escape(&c.id),
                c.kind.as_str(),
                escape(c.speaker.as_deref().unwrap_or("")),
                escape(&c.text),
                escape(&review)
            );
        }
    }
    h.push_str("</table>");
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(
            escape("<script>alert('x')</script> & \"q\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"
        );
    }
}

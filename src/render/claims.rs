//! Claims, stories and add results as tables and machine formats.

use super::{Format, Printer};
use crate::model::{Article, Claim};
use crate::store::Change;
use crate::Result;
use serde::Serialize;

const CLAIM_HEADER: &[&str] = &["id", "kind", "speaker", "cue", "said on", "text"];
const CSV_HEADER: &[&str] = &[
    "story", "outlet", "published", "id", "kind", "speaker", "speaker_mention", "cue", "target", "said_on", "polarity",
    "mood", "text", "quote", "review",
];

/// A claim with the article it belongs to, as listings print it.
#[derive(Debug, Clone, Serialize)]
pub struct Listed<'a> {
    pub story: &'a str,
    pub outlet: &'a str,
    pub published: Option<String>,
    #[serde(flatten)]
    pub claim: &'a Claim,
}

pub fn claims_output(p: &mut Printer, format: Format, article: Option<&Article>, claims: &[Listed]) -> Result<()> {
    match format {
        Format::Table => p.table(CLAIM_HEADER, claims.iter().map(|l| claim_row(l.claim)).collect()),
        Format::Json => match article {
            Some(a) => {
                let plain: Vec<&Claim> = claims.iter().map(|l| l.claim).collect();
                p.json(&serde_json::json!({ "article": article_json(a), "claims": plain }))
            }
            None => p.json(&claims),
        },
        Format::Jsonl => claims.iter().try_for_each(|l| p.jsonl(l)),
        Format::Yaml => p.yaml(&claims),
        Format::Csv => p.csv(CSV_HEADER, claims.iter().map(csv_row).collect()),
    }
}

pub fn article_json(a: &Article) -> serde_json::Value {
    serde_json::to_value(&a.meta).unwrap_or(serde_json::Value::Null)
}

fn claim_row(c: &Claim) -> Vec<String> {
    vec![
        c.id.clone(),
        c.kind.as_str().to_string(),
        c.speaker.clone().unwrap_or_default(),
        c.cue.clone().unwrap_or_default(),
        c.said_on.map(|d| d.to_string()).unwrap_or_default(),
        truncate(&c.text, 90),
    ]
}

fn csv_row(l: &Listed) -> Vec<String> {
    let c = l.claim;
    vec![
        l.story.to_string(),
        l.outlet.to_string(),
        l.published.clone().unwrap_or_default(),
        c.id.clone(),
        c.kind.as_str().into(),
        c.speaker.clone().unwrap_or_default(),
        c.speaker_mention.clone().unwrap_or_default(),
        c.cue.clone().unwrap_or_default(),
        c.target.clone().unwrap_or_default(),
        c.said_on.map(|d| d.to_string()).unwrap_or_default(),
        format!("{:?}", c.polarity).to_lowercase(),
        format!("{:?}", c.modality.mood).to_lowercase(),
        c.text.clone(),
        c.quote.clone().unwrap_or_default(),
        c.review.status.clone().unwrap_or_default(),
    ]
}

/// `text` cut to `max` characters, ending in "…" when anything was cut.
pub fn truncate(text: &str, max: usize) -> String {
    super::clip(text, max).into_owned()
}

/// One claim in full, field by field.
pub fn claim_detail(p: &mut Printer, format: Format, listed: &Listed) -> Result<()> {
    match format {
        Format::Json => p.json(listed),
        Format::Jsonl => p.jsonl(listed),
        Format::Yaml => p.yaml(listed),
        Format::Csv => p.csv(CSV_HEADER, vec![csv_row(listed)]),
        Format::Table => {
            let c = listed.claim;
            let mut rows = vec![
                vec!["id".into(), c.id.clone()],
                vec![
                    "article".into(),
                    format!("{} — {} ({})", listed.outlet, listed.story, listed.published.clone().unwrap_or_default()),
                ],
                vec!["kind".into(), c.kind.as_str().into()],
                vec![
                    "speaker".into(),
                    format!(
                        "{} (as written: {})",
                        c.speaker.clone().unwrap_or_default(),
                        c.speaker_mention.clone().unwrap_or_default()
                    ),
                ],
                vec![
                    "cue".into(),
                    format!(
                        "{} {}",
                        c.cue.clone().unwrap_or_default(),
                        c.cameo.as_ref().map(|x| format!("(CAMEO {x})")).unwrap_or_default()
                    ),
                ],
                vec!["target".into(), c.target.clone().unwrap_or_default()],
                vec!["text".into(), c.text.clone()],
                vec!["quote".into(), c.quote.clone().unwrap_or_default()],
                vec!["polarity".into(), format!("{:?}", c.polarity).to_lowercase()],
                vec![
                    "modality".into(),
                    format!("{:?} {}", c.modality.mood, c.modality.hedges.join(", ")).to_lowercase(),
                ],
                vec!["said on".into(), c.said_on.map(|d| d.to_string()).unwrap_or_default()],
                vec![
                    "numbers".into(),
                    c.numbers
                        .iter()
                        .map(|n| {
                            format!(
                                "{} = {}{}",
                                n.text,
                                n.value,
                                n.unit.as_ref().map(|u| format!(" {u}")).unwrap_or_default()
                            )
                        })
                        .collect::<Vec<_>>()
                        .join("; "),
                ],
                vec!["entities".into(), c.entities.join(", ")],
                vec!["sentence".into(), c.sentence.clone()],
                vec!["span".into(), format!("{}..{}", c.span.start, c.span.end)],
            ];
            if let Some(t) = &c.treaty {
                rows.push(vec![
                    "treaty".into(),
                    format!(
                        "parties: {}; if: {}; then: {}",
                        t.parties.join(", "),
                        t.trigger.clone().unwrap_or_default(),
                        t.obligation.clone().unwrap_or_default()
                    ),
                ]);
            }
            if !c.review.is_empty() {
                rows.push(vec![
                    "review".into(),
                    format!("{} ({} verdicts)", c.review.status.clone().unwrap_or_default(), c.review.history.len()),
                ]);
            }
            p.table(&["field", "value"], rows)
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct StoryRow {
    pub story: String,
    pub articles: usize,
    pub outlets: Vec<String>,
    pub claims: usize,
    pub first: Option<String>,
    pub last: Option<String>,
}

pub fn stories_output(p: &mut Printer, format: Format, rows: &[StoryRow]) -> Result<()> {
    let header = ["story", "articles", "outlets", "claims", "first", "last"];
    let cells = rows
        .iter()
        .map(|r| {
            vec![
                r.story.clone(),
                r.articles.to_string(),
                r.outlets.join(", "),
                r.claims.to_string(),
                r.first.clone().unwrap_or_default(),
                r.last.clone().unwrap_or_default(),
            ]
        })
        .collect::<Vec<_>>();
    p.rows(format, &header, cells, rows)
}

#[derive(Debug, Clone, Serialize)]
pub struct AddedRow {
    pub path: String,
    pub record: String,
    pub outlet: String,
    pub story: String,
    pub claims: usize,
    pub change: Change,
}

pub fn added_table(p: &mut Printer, format: Format, rows: &[AddedRow]) -> Result<()> {
    let header = ["article", "outlet", "story", "claims", "record", "change"];
    let cells = rows
        .iter()
        .map(|r| {
            vec![
                r.path.clone(),
                r.outlet.clone(),
                r.story.clone(),
                r.claims.to_string(),
                r.record.clone(),
                format!("{:?}", r.change).to_lowercase(),
            ]
        })
        .collect::<Vec<_>>();
    p.rows(format, &header, cells, rows)
}

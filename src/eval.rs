//! Evaluation against annotated articles: precision and recall of
//! attributed claims, and speaker accuracy, over a folder of `NAME.txt`
//! articles with `NAME.gold.yaml` annotations.
//!
//! A gold claim is found when an extracted attributed claim's content (its
//! text or quote) contains the gold `key` phrase, compared after
//! normalisation; each extracted claim matches at most one gold claim.

use crate::align::normalize;
use crate::gazetteer::{strip_accents, EntityKind, Gazetteer, Via};
use crate::model::Claim;
use crate::{Error, Result};
use serde::{Deserialize, Serialize};
use std::path::Path;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldFile {
    pub article: String,
    #[serde(default)]
    pub claims: Vec<GoldClaim>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldClaim {
    pub speaker: String,
    pub kind: String,
    pub key: String,
    #[serde(default)]
    pub said_on: Option<chrono::NaiveDate>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Score {
    pub article: String,
    pub gold: usize,
    pub extracted: usize,
    pub matched: usize,
    pub speaker_correct: usize,
    pub kind_correct: usize,
    pub dated: usize,
    pub date_correct: usize,
    /// Matched claims given a date, whether the gold gives one or not.
    pub date_given: usize,
    /// Gold claims not found, and extracted claims matching no gold claim.
    pub missed: Vec<String>,
    pub spurious: Vec<String>,
    pub wrong_speaker: Vec<String>,
    pub wrong_date: Vec<String>,
}

impl Score {
    pub fn precision(&self) -> f64 {
        ratio(self.matched, self.extracted)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.gold)
    }
    pub fn speaker_accuracy(&self) -> f64 {
        ratio(self.speaker_correct, self.matched)
    }
    pub fn kind_accuracy(&self) -> f64 {
        ratio(self.kind_correct, self.matched)
    }
    pub fn date_accuracy(&self) -> f64 {
        ratio(self.date_correct, self.dated)
    }
    /// Of the dates given, how many the gold gives too: a date the article
    /// does not imply is as wrong as a missing one.
    pub fn date_precision(&self) -> f64 {
        ratio(self.date_correct, self.date_given)
    }

    fn add(&mut self, o: &Score) {
        self.gold += o.gold;
        self.extracted += o.extracted;
        self.matched += o.matched;
        self.speaker_correct += o.speaker_correct;
        self.kind_correct += o.kind_correct;
        self.dated += o.dated;
        self.date_correct += o.date_correct;
        self.date_given += o.date_given;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// Scores every annotated article in `dir`; the last entry is the total.
pub fn evaluate_dir(dir: &Path, gaz: &Gazetteer) -> Result<Vec<Score>> {
    let mut golds: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| Error::io(dir, e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".gold.yaml"))
        .collect();
    golds.sort();
    if golds.is_empty() {
        return Err(Error::input(dir, "no *.gold.yaml annotation files here"));
    }
    let mut scores = Vec::new();
    let mut total = Score { article: "total".into(), ..Score::default() };
    for g in golds {
        let text = std::fs::read_to_string(&g).map_err(|e| Error::io(&g, e))?;
        let mut gold: GoldFile = crate::store::yaml::parse(&text, &g.display().to_string())?;
        for claim in &mut gold.claims {
            claim.speaker = canonical(gaz, &claim.speaker);
        }
        let article_path = dir.join(&gold.article);
        let article = crate::ingest::read(&article_path, &Default::default())?;
        let claims = crate::extract::extract(&article, gaz);
        let s = score(&gold, &claims);
        total.add(&s);
        scores.push(s);
    }
    scores.push(total);
    Ok(scores)
}

/// An annotator's name for a body the gazetteer knows ("UNHCR", "UNICEF",
/// "Türkiye"), under the canonical name claimtrack reports it by; any other
/// name as written. Not people: "Kerry" may be anybody called Kerry.
fn canonical(gaz: &Gazetteer, name: &str) -> String {
    match gaz.mentions(name).as_slice() {
        [m] if m.start == 0 && m.end == name.len() && m.via == Via::Name => {
            let entity = gaz.entity(m.entity);
            if entity.kind == EntityKind::Person {
                name.to_string()
            } else {
                entity.name.clone()
            }
        }
        _ => name.to_string(),
    }
}

/// `Eduardo 'Dodong' Lagrimas` is Eduardo Lagrimas: some annotators keep the
/// nickname a person was introduced with, others leave it out.
/// `Gustavo "el Colo" Ferrari`: a nickname of several words, as the extractor
/// reads it.
fn without_nickname(name: &str) -> String {
    let quoted = |w: &&str| {
        let mut chars = w.chars();
        let (open, close) = (chars.next(), chars.next_back());
        chars.next().is_some()
            && open.is_some_and(|c| "\"'‘“«(".contains(c))
            && close.is_some_and(|c| "\"'’”»)".contains(c))
    };
    let one_word = name.split_whitespace().filter(|w| !quoted(w)).collect::<Vec<_>>().join(" ");
    if one_word != name {
        return one_word;
    }
    crate::extract::speakers::without_nickname(name).unwrap_or(one_word)
}

/// `BerryLine Baltic SIA` is BerryLine Baltic, `SIA Kurzemes Koks` Kurzemes Koks: one
/// annotator writes a company's legal form, another leaves it out, as articles do.
fn without_legal_form(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let form = |w: &str| crate::extract::speakers::legal_form(w.trim_end_matches(','));
    let from = usize::from(words.len() > 1 && form(words[0]));
    let to = words.len() - usize::from(words.len() > from + 1 && form(words[words.len() - 1]));
    words[from..to].join(" ")
}

/// Two descriptions of one unnamed source: every content word of one is in the
/// other, whatever the order ("unnamed: senior official of the Treasury" and
/// "unnamed: senior Treasury official"; "unnamed: paramedic" and "unnamed:
/// paramedic who has worked shifts in Watson Lake"). An annotator words the
/// description in their own way; the source is the same.
fn same_unnamed_source(a: &str, b: &str) -> bool {
    let words = |s: &str| -> Option<Vec<String>> {
        let described = s.strip_prefix("unnamed:")?;
        let normal = normalize(&strip_accents(described));
        let content = normal
            .split_whitespace()
            .map(|w| w.trim_end_matches("'s").trim_end_matches('s').to_string())
            .filter(|w| !matches!(w.as_str(), "the" | "a" | "an" | "of" | "at" | "in" | "from" | "for" | "on" | "by"))
            .collect::<Vec<_>>();
        (!content.is_empty()).then_some(content)
    };
    let (Some(x), Some(y)) = (words(a), words(b)) else { return false };
    x.iter().all(|w| y.contains(w)) || y.iter().all(|w| x.contains(w))
}

pub fn score(gold: &GoldFile, claims: &[Claim]) -> Score {
    let attributed: Vec<&Claim> = claims.iter().filter(|c| c.kind.is_attributed() && c.speaker.is_some()).collect();
    let mut used = vec![false; attributed.len()];
    let mut s = Score {
        article: gold.article.clone(),
        gold: gold.claims.len(),
        extracted: attributed.len(),
        ..Score::default()
    };
    for g in &gold.claims {
        let key = normalize(&g.key);
        let same = |a: &str, b: &str| {
            let plain = |n: &str| normalize(&strip_accents(&without_legal_form(&without_nickname(n))));
            plain(a) == plain(b) || same_unnamed_source(a, b)
        };
        let holding: Vec<(usize, &&Claim)> = attributed
            .iter()
            .enumerate()
            .filter(|(i, c)| {
                !used[*i] && normalize(&format!("{} {}", c.text, c.quote.as_deref().unwrap_or(""))).contains(&key)
            })
            .collect();
        // A report inside a longer answer holds the key twice: the claim by
        // the gold speaker is the one meant.
        let by_speaker = holding.iter().find(|(_, c)| c.speaker.as_deref().is_some_and(|s| same(s, &g.speaker)));
        let hit = by_speaker.or(holding.first()).copied();
        match hit {
            Some((i, c)) => {
                used[i] = true;
                s.matched += 1;
                if c.speaker.as_deref().is_some_and(|s| same(s, &g.speaker)) {
                    s.speaker_correct += 1;
                } else {
                    s.wrong_speaker.push(format!("{}: {} ≠ {}", g.key, c.speaker.as_deref().unwrap_or("-"), g.speaker));
                }
                s.kind_correct += usize::from(c.kind.as_str() == g.kind);
                s.date_given += usize::from(c.said_on.is_some());
                if let (Some(on), None) = (c.said_on, g.said_on) {
                    s.wrong_date.push(format!("{}: {on} ≠ -", g.key));
                }
                if let Some(d) = g.said_on {
                    s.dated += 1;
                    s.date_correct += usize::from(c.said_on == Some(d));
                    if c.said_on != Some(d) {
                        s.wrong_date.push(format!(
                            "{}: {} ≠ {d}",
                            g.key,
                            c.said_on.map(|x| x.to_string()).unwrap_or("-".into())
                        ));
                    }
                }
            }
            None => s.missed.push(format!("{} ({})", g.key, g.speaker)),
        }
    }
    for (i, c) in attributed.iter().enumerate() {
        if !used[i] {
            s.spurious.push(format!(
                "{}: {}",
                c.speaker.as_deref().unwrap_or("-"),
                crate::render::claims::truncate(&c.text, 80)
            ));
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::canonical;

    use crate::gazetteer::Gazetteer;

    #[test]
    fn a_gold_speaker_the_gazetteer_knows_is_read_under_its_canonical_name() {
        let gaz = Gazetteer::builtin();
        assert_eq!(canonical(gaz, "UNHCR"), "United Nations High Commissioner for Refugees");
        let ocha = "United Nations Office for the Coordination of Humanitarian Affairs";
        assert_eq!(canonical(gaz, "Office for the Coordination of Humanitarian Affairs"), ocha);
        assert_eq!(canonical(gaz, "Kenya"), "Kenya");
        // A capital or a demonym is no annotator's name for a speaker; a local name stays as written.
        assert_eq!(canonical(gaz, "Seoul"), "Seoul");
        assert_eq!(canonical(gaz, "Herve-Landry OKOGO"), "Herve-Landry OKOGO");
        assert_eq!(canonical(gaz, "UNHCR Kenya"), "UNHCR Kenya");
        assert_eq!(canonical(gaz, "Kerry"), "Kerry");
    }

    #[test]
    fn an_unnamed_source_is_the_same_however_the_annotator_words_it() {
        use super::same_unnamed_source as same;
        assert!(same("unnamed: senior official of the Treasury", "unnamed: senior Treasury official"));
        assert!(same("unnamed: paramedic", "unnamed: paramedic who has worked shifts in Watson Lake"));
        assert!(same(
            "unnamed: member of the Landtag's finance committee",
            "unnamed: member of the Landtag finance committee"
        ));
        assert!(same("unnamed: sources", "unnamed: Ministry of Finance sources"));
        assert!(!same("unnamed: source of the company", "unnamed: source of Kafe Mundu Lorosa'e"));
        assert!(!same("unnamed: official", "unnamed: diplomat"));
        assert!(!same("Treasury official", "unnamed: senior Treasury official"));
        assert!(!same("unnamed: the", "unnamed: official"));
    }

    #[test]
    fn a_nickname_the_annotator_kept_is_no_other_person() {
        assert_eq!(super::without_legal_form("BerryLine Baltic SIA"), "BerryLine Baltic");
        assert_eq!(super::without_legal_form("SIA Kurzemes Koks"), "Kurzemes Koks");
        assert_eq!(super::without_legal_form("Minera Pampa Austral S.A."), "Minera Pampa Austral");
        assert_eq!(super::without_legal_form("Danubia Terminal s.r.o."), "Danubia Terminal");
        assert_eq!(super::without_legal_form("Savannah Metro Transit Ltd"), "Savannah Metro Transit");
        assert_eq!(super::without_legal_form("Air Tanzania"), "Air Tanzania");
        assert_eq!(super::without_nickname("Eduardo 'Dodong' Lagrimas"), "Eduardo Lagrimas");
        assert_eq!(super::without_nickname("Ernesto \"Chico\" Pech"), "Ernesto Pech");
        assert_eq!(super::without_nickname("Gustavo \"el Colo\" Ferrari"), "Gustavo Ferrari");
        assert_eq!(super::without_nickname("'Ofa Tu'ipulotu Lolohea"), "'Ofa Tu'ipulotu Lolohea");
        assert_eq!(super::without_nickname("Maria \"Mia Silva"), "Maria \"Mia Silva");
        assert_eq!(super::without_nickname("Gerben de Vries"), "Gerben de Vries");
        assert_eq!(super::without_nickname("unnamed: 'Team' fans"), "unnamed: fans");
    }
}

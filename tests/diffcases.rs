//! Planted-difference tests: each case under `tests/diffcases/` holds
//! articles that differ in exactly one planted way (or only cosmetically,
//! for controls); the comparison must find every planted difference with the
//! right kind and stay quiet about the rest.

use claimtrack::compare::{self, Severity, Side};
use claimtrack::gazetteer::Gazetteer;
use claimtrack::model::{ArticleMeta, Claim};
use std::path::Path;

struct Expect {
    planted: Option<String>,
    max_severity: Option<Severity>,
}

fn expect(dir: &Path) -> Expect {
    let text = std::fs::read_to_string(dir.join("expect.yaml")).unwrap();
    let value =
        |key: &str| text.lines().find_map(|l| l.strip_prefix(key)).map(|v| v.trim().trim_matches('"').to_string());
    let planted = value("planted:").filter(|p| p != "none");
    let max_severity = value("max_severity:").map(|s| match s.as_str() {
        "low" => Severity::Low,
        "medium" => Severity::Medium,
        _ => Severity::High,
    });
    Expect { planted, max_severity }
}

fn flags_of(dir: &Path) -> Vec<(String, Severity)> {
    let gaz = Gazetteer::builtin();
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let articles: Vec<(ArticleMeta, Vec<Claim>)> = files
        .iter()
        .map(|f| {
            let a = claimtrack::ingest::read(f, &Default::default()).unwrap();
            let claims = claimtrack::extract::extract(&a, gaz);
            (a.meta, claims)
        })
        .collect();
    let sides: Vec<Side> = articles.iter().map(|(m, c)| Side { meta: m, claims: c }).collect();
    compare::compare(&sides, gaz).flags.iter().map(|f| (f.kind.as_str().to_string(), f.severity)).collect()
}

#[test]
fn every_planted_difference_is_found_and_controls_stay_quiet() {
    let mut dirs: Vec<_> = std::fs::read_dir("tests/diffcases").unwrap().map(|e| e.unwrap().path()).collect();
    dirs.sort();
    assert!(dirs.len() >= 39, "only {} cases", dirs.len());
    let mut missed = Vec::new();
    let mut false_alarms = Vec::new();
    for dir in &dirs {
        let want = expect(dir);
        let flags = flags_of(dir);
        match &want.planted {
            Some(kind) if !flags.iter().any(|(k, _)| k == kind) => {
                missed.push(format!("{}: {kind} not found", dir.display()))
            }
            _ => {}
        }
        let extra: Vec<&(String, Severity)> = flags
            .iter()
            .filter(|(k, s)| Some(k) != want.planted.as_ref() && want.max_severity.is_none_or(|max| *s > max))
            .collect();
        if !extra.is_empty() {
            false_alarms.push(format!("{}: {extra:?}", dir.display()));
        }
    }
    assert!(missed.is_empty(), "planted differences missed:\n{}", missed.join("\n"));
    assert!(false_alarms.is_empty(), "false alarms:\n{}", false_alarms.join("\n"));
}

#[test]
fn sample_story_flags_are_ranked_and_real_differences_lead() {
    let loaded = claimtrack::store::Store::new("claims").load_all_strict().unwrap();
    let sides: Vec<Side> = loaded.iter().map(|l| Side { meta: &l.record.article, claims: &l.record.claims }).collect();
    let flags = compare::compare(&sides, Gazetteer::builtin()).flags;
    let severities: Vec<Severity> = flags.iter().map(|f| f.severity).collect();
    let mut sorted = severities.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(severities, sorted, "flags are not ranked by severity");
    // The planted number change (11,000 / 10,000 containers) and the dropped
    // hedge ("will send weapons") are among the top flags.
    let top: Vec<String> = flags.iter().take(6).map(|f| format!("{} {}", f.kind.as_str(), f.detail)).collect();
    assert!(top.iter().any(|f| f.starts_with("number") && f.contains("11,000")), "{top:#?}");
    assert!(top.iter().any(|f| f.starts_with("modality") && f.contains("not rule out")), "{top:#?}");
}

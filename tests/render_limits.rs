//! Tables stay fast and readable whatever an article holds: a front-matter
//! value of megabytes (F5: a 2 MB `outlet:` made `add` print its table for
//! minutes) is cut to a few lines in every table, while JSON, YAML and CSV
//! still carry it in full.

use assert_cmd::Command;
use std::path::Path;
use std::time::Duration;

const HUGE: usize = 2_000_000;
/// A guard against a hang, not a speed measurement: uncut, these tables took
/// most of an hour.
const LIMIT: Duration = Duration::from_secs(60);

fn claimtrack(store: &Path) -> Command {
    let mut cmd = Command::cargo_bin("claimtrack").unwrap();
    cmd.env("CLAIMTRACK_STORE", store).env("NO_COLOR", "1").env_remove("CLAIMTRACK_FAULT").timeout(LIMIT);
    cmd
}

fn article(dir: &Path, name: &str, outlet: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    let text = format!(
        "---\noutlet: {outlet}\nstory: s\ntitle: T {name}\npublished: 2024-06-21\n---\nT\n\n\
         \"Good,\" Anna Berg said. \"The deal will cost 5 million euros,\" Anna Berg said.\n"
    );
    std::fs::write(&path, text).unwrap();
    path
}

fn stdout(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap();
    assert!(out.status.code().is_some_and(|c| c <= 1), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// Cut tables are short: the huge value shows as a bounded cell ending in "…".
fn assert_cut(table: &str, what: &str) {
    assert!(table.len() < 40_000, "{what}: {} bytes of table", table.len());
    assert!(table.contains('…'), "{what}: no ellipsis in\n{table}");
    assert!(!table.contains(&"A".repeat(2_000)), "{what}: uncut value");
}

#[test]
fn huge_outlet_keeps_every_table_fast_and_machine_output_complete() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("claims");
    let a = article(tmp.path(), "a.txt", &"A".repeat(HUGE));
    let b = article(tmp.path(), "b.txt", &"B".repeat(HUGE));

    let added = stdout(claimtrack(&store).arg("add").arg(&a).arg(&b));
    assert_cut(&added, "add");
    assert!(added.contains("created"), "{added}");
    // The claims tables of extract and list show no outlet; they stay short and fast too.
    for cmd in [claimtrack(&store).arg("extract").arg(&a), claimtrack(&store).arg("list")] {
        let table = stdout(cmd);
        assert!(table.contains("Anna Berg") && table.len() < 40_000, "{table}");
    }
    assert_cut(&stdout(claimtrack(&store).arg("stories")), "stories");
    // The outlets head the columns of diff's coverage table.
    assert_cut(&stdout(claimtrack(&store).args(["diff", "--story", "s"])), "diff");

    let json = stdout(claimtrack(&store).args(["list", "-f", "json"]));
    let claims: Vec<serde_json::Value> = serde_json::from_str(&json).unwrap();
    let outlets: Vec<usize> = claims.iter().map(|c| c["outlet"].as_str().unwrap().len()).collect();
    assert!(outlets.len() >= 2 && outlets.iter().all(|n| *n == HUGE), "{outlets:?}");
    let id = claims[0]["id"].as_str().unwrap().to_string();
    assert_cut(&stdout(claimtrack(&store).args(["show", &id])), "show");
    for format in ["yaml", "json"] {
        let full = stdout(claimtrack(&store).args(["show", &id, "-f", format]));
        assert!(full.contains(&"A".repeat(HUGE)) || full.contains(&"B".repeat(HUGE)), "show -f {format} cut");
    }
    let csv = stdout(claimtrack(&store).args(["list", "-f", "csv"]));
    assert!(csv.contains(&"A".repeat(HUGE)) && csv.contains(&"B".repeat(HUGE)), "list -f csv cut");
    let extracted = stdout(claimtrack(&store).arg("extract").arg(&a).args(["-f", "json"]));
    let doc: serde_json::Value = serde_json::from_str(&extracted).unwrap();
    assert_eq!(doc["article"]["outlet"].as_str().map(str::len), Some(HUGE));
}

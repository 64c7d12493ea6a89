//! End-to-end tests of the `claimtrack` binary, run as a user would.

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};

const SEED: &str = "articles/2024-06-21-london-loves-business.txt";

fn claimtrack(store: &Path) -> Command {
    let mut cmd = Command::cargo_bin("claimtrack").unwrap();
    cmd.env("CLAIMTRACK_STORE", store).env("NO_COLOR", "1").env_remove("CLAIMTRACK_FAULT");
    cmd
}

fn json(output: &[u8]) -> Value {
    serde_json::from_slice(output).expect("valid JSON")
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_file())
        .map(|e| e.into_path())
        .collect()
}

#[test]
fn extract_seed_json_has_canonical_speakers() {
    let tmp = tempfile::tempdir().unwrap();
    let out = claimtrack(&tmp.path().join("claims")).args(["extract", SEED, "--format", "json"]).assert().success();
    let doc = json(&out.get_output().stdout);
    assert_eq!(doc["article"]["outlet"], "London Loves Business");
    let claims = doc["claims"].as_array().unwrap();
    assert!(claims.len() >= 12, "only {} claims", claims.len());
    for field in ["id", "kind", "text", "sentence", "span", "polarity", "modality"] {
        assert!(claims.iter().all(|c| c.get(field).is_some()), "a claim lacks {field}");
    }
    let speaker_of = |mention: &str| {
        claims
            .iter()
            .find(|c| c["speaker_mention"].as_str() == Some(mention))
            .map(|c| c["speaker"].as_str().unwrap().to_string())
    };
    assert_eq!(speaker_of("The Russian leader").as_deref(), Some("Vladimir Putin"));
    assert_eq!(speaker_of("Washington").as_deref(), Some("United States"));
    assert_eq!(speaker_of("The North Korean dictator").as_deref(), Some("Kim Jong Un"));
    assert!(!tmp.path().join("claims").exists(), "extract must write nothing");
}

#[test]
fn add_then_list_stories_show_and_diff_in_an_empty_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("claims");
    claimtrack(&store).args(["add", "articles"]).assert().success();
    let records: Vec<PathBuf> =
        files_under(&store).into_iter().filter(|p| p.extension().is_some_and(|x| x == "yaml")).collect();
    assert_eq!(records.len(), 5, "{records:?}");
    for r in &records {
        let text = std::fs::read_to_string(r).unwrap();
        let record: claimtrack::store::Record = claimtrack::store::yaml::parse(&text, "r").unwrap();
        let again = claimtrack::store::yaml::to_string(&record).unwrap();
        assert_eq!(again, text, "{} does not re-load without loss", r.display());
    }
    let listed = claimtrack(&store).args(["list", "--format", "json", "--speaker", "Putin"]).assert().success();
    let listed = json(&listed.get_output().stdout);
    let first_id = listed[0]["id"].as_str().unwrap().to_string();
    assert!(listed.as_array().unwrap().iter().all(|c| c["speaker"] == "Vladimir Putin"));
    let stories = claimtrack(&store).args(["stories", "--format", "json"]).assert().success();
    assert_eq!(json(&stories.get_output().stdout)[0]["articles"], 5);
    claimtrack(&store)
        .args(["show", &first_id])
        .assert()
        .success()
        .stdout(predicates::str::contains(first_id.as_str()));
    let diff =
        claimtrack(&store).args(["diff", "--story", "putin-north-korea-weapons", "--format", "json"]).assert().code(1);
    let diff_doc = json(&diff.get_output().stdout);
    // The transcript is a primary source: reports that match it are marked as supported.
    assert!(!diff_doc["supported"].as_array().unwrap().is_empty());
    assert!(diff_doc["flags"].as_array().unwrap().iter().any(|f| f["against_source"] == true));
    let flags = diff_doc["flags"].as_array().unwrap().clone();
    let kinds: Vec<&str> = flags.iter().map(|f| f["kind"].as_str().unwrap()).collect();
    for planted in ["quote-wording", "attribution", "number", "polarity", "framing"] {
        assert!(kinds.contains(&planted), "planted {planted} difference not flagged: {kinds:?}");
    }
    // Adding again changes nothing.
    let again = claimtrack(&store).args(["add", "articles", "--format", "json"]).assert().success();
    let rows = json(&again.get_output().stdout);
    assert!(rows.as_array().unwrap().iter().all(|r| r["change"] == "unchanged"), "{rows}");
}

#[test]
fn diff_reports_exactly_the_changed_quote_word() {
    let tmp = tempfile::tempdir().unwrap();
    let seed = std::fs::read_to_string(SEED).unwrap();
    let (a, b) = (tmp.path().join("a.txt"), tmp.path().join("b.txt"));
    std::fs::write(&a, &seed).unwrap();
    std::fs::write(&b, seed.replacen("incredibly concerning", "deeply concerning", 1)).unwrap();
    let store = tmp.path().join("claims");
    let out = claimtrack(&store).args(["diff"]).arg(&a).arg(&b).args(["--format", "json"]).assert().code(1);
    let flags = json(&out.get_output().stdout)["flags"].as_array().unwrap().clone();
    assert_eq!(flags.len(), 1, "{flags:?}");
    assert_eq!(flags[0]["kind"], "quote-wording");
    assert!(flags[0]["detail"].as_str().unwrap().contains("incredibly concerning"));
    let out = claimtrack(&store).args(["diff"]).arg(&a).arg(&a).args(["--format", "json"]).assert().code(0);
    assert!(json(&out.get_output().stdout)["flags"].as_array().unwrap().is_empty());
}

#[test]
fn bad_inputs_fail_with_one_line_naming_the_file_and_write_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    std::fs::write(dir.join("empty.txt"), "").unwrap();
    std::fs::write(dir.join("binary.txt"), b"\x7fELF\x02\x01\x00\x00binary").unwrap();
    std::fs::write(dir.join("latin1.txt"), b"Caf\xe9 owner said \"yes\".\n").unwrap();
    std::fs::create_dir(dir.join("folder.txt")).unwrap();
    let store = dir.join("claims");
    for (name, expect) in
        [("missing.txt", "no such file"), ("empty.txt", "empty"), ("binary.txt", "binary"), ("latin1.txt", "UTF-8")]
    {
        for cmd in ["add", "extract"] {
            let path = dir.join(name);
            let out = claimtrack(&store).arg(cmd).arg(&path).assert().code(2);
            let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
            assert_eq!(stderr.lines().count(), 1, "{stderr}");
            assert!(stderr.contains(name) && stderr.contains(expect), "{cmd} {name}: {stderr}");
        }
    }
    // A folder is searched for articles; one without any is refused.
    claimtrack(&store)
        .arg("extract")
        .arg(dir.join("folder.txt"))
        .assert()
        .code(2)
        .stderr(predicates::str::contains("folder"));
    assert!(!store.exists(), "nothing may be written on bad input");
    claimtrack(&store).args(["extract", "--lossy"]).arg(dir.join("latin1.txt")).assert().success();
}

#[test]
fn one_bad_file_stops_add_before_anything_is_written() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    std::fs::create_dir(&input).unwrap();
    std::fs::copy(SEED, input.join("a.txt")).unwrap();
    std::fs::write(input.join("b.txt"), b"\xff\xfe\xfd").unwrap();
    let store = tmp.path().join("claims");
    claimtrack(&store).arg("add").arg(&input).assert().code(2).stderr(predicates::str::contains("b.txt"));
    assert!(files_under(&store).iter().all(|p| p.extension().is_none_or(|x| x != "yaml")));
}

#[test]
fn reviews_survive_re_extraction() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("claims");
    claimtrack(&store).args(["add", SEED]).assert().success();
    let record = files_under(&store).into_iter().find(|p| p.extension().is_some_and(|x| x == "yaml")).unwrap();
    let text = std::fs::read_to_string(&record).unwrap();
    let mut r: claimtrack::store::Record = claimtrack::store::yaml::parse(&text, "r").unwrap();
    r.claims[0].review.status = Some("mostly-true".into());
    r.claims[0].review.important = true;
    std::fs::write(&record, claimtrack::store::yaml::to_string(&r).unwrap()).unwrap();
    claimtrack(&store).args(["add", SEED, "--url", "https://example.org/changed"]).assert().success();
    let after: claimtrack::store::Record =
        claimtrack::store::yaml::parse(&std::fs::read_to_string(&record).unwrap(), "r").unwrap();
    assert_eq!(after.article.url.as_deref(), Some("https://example.org/changed"));
    assert_eq!(after.claims[0].review.status.as_deref(), Some("mostly-true"));
}

#[test]
fn broken_yaml_record_is_named_with_its_line() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("claims");
    std::fs::create_dir_all(store.join("s")).unwrap();
    std::fs::write(store.join("s/bad.yaml"), "schema: 1\narticle: [unclosed\n").unwrap();
    let out = claimtrack(&store).arg("list").assert().code(2);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(stderr.contains("bad.yaml:"), "{stderr}");
}

#[test]
fn html_pages_ingest_with_their_metadata() {
    let tmp = tempfile::tempdir().unwrap();
    let page = tmp.path().join("page.html");
    std::fs::write(
        &page,
        r#"<!doctype html><html><head><title>Seoul weighs arms for Ukraine | Example Times</title>
        <meta property="og:site_name" content="Example Times">
        <meta property="og:title" content="Seoul weighs arms for Ukraine">
        <meta property="article:published_time" content="2024-06-21T10:00:00Z">
        <link rel="canonical" href="https://example.org/seoul-arms"></head><body><article>
        <h1>Seoul weighs arms for Ukraine</h1>
        <p>South Korea's national security adviser Chang Ho-jin told reporters on Thursday that Seoul would reconsider its policy of not supplying weapons to Ukraine.</p>
        <p>“We will review the matter carefully,” Chang said, adding that the decision would depend on Moscow’s next steps with Pyongyang in the coming weeks.</p>
        </article></body></html>"#,
    )
    .unwrap();
    let store = tmp.path().join("claims");
    let out = claimtrack(&store).args(["extract", "--format", "json"]).arg(&page).assert().success();
    let doc = json(&out.get_output().stdout);
    assert_eq!(doc["article"]["outlet"], "Example Times");
    assert_eq!(doc["article"]["url"], "https://example.org/seoul-arms");
    assert_eq!(doc["article"]["published"], "2024-06-21T10:00:00");
    assert!(doc["article"]["title"].as_str().unwrap().contains("Seoul weighs arms for Ukraine"));
    assert!(doc["claims"].as_array().unwrap().iter().any(|c| c["speaker"] == "Chang Ho-jin"));
}

#[test]
fn completions_and_man_page_generate() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("claims");
    for shell in ["bash", "zsh", "fish"] {
        claimtrack(&store)
            .args(["completions", shell])
            .assert()
            .success()
            .stdout(predicates::str::contains("claimtrack"));
    }
    claimtrack(&store).arg("man").assert().success().stdout(predicates::str::contains(".TH claimtrack"));
    // Every subcommand's help carries examples.
    let subs = ["extract", "add", "list", "stories", "show", "diff", "eval", "review", "export", "report", "validate"];
    for sub in subs.into_iter().chain(["completions", "man"]) {
        claimtrack(&store).args([sub, "--help"]).assert().success().stdout(predicates::str::contains("Examples:"));
    }
}

#[test]
fn review_appends_and_export_carries_claimreview_fields() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("claims");
    claimtrack(&store).args(["add", SEED]).assert().success();
    let listed = claimtrack(&store).args(["list", "--format", "json", "--kind", "warning"]).assert().success();
    let id = json(&listed.get_output().stdout)[0]["id"].as_str().unwrap().to_string();
    claimtrack(&store)
        .args(["review", &id, "--status", "mostly-true", "--note", "matches the transcript", "--by", "A. Checker"])
        .args(["--evidence", "https://example.org/transcript"])
        .env("CLAIMTRACK_NOW", "2024-06-22T10:00:00")
        .assert()
        .success();
    claimtrack(&store).args(["review", &id, "--status", "misleading", "--by", "B. Editor"]).assert().success();
    let shown = claimtrack(&store).args(["show", &id, "--format", "json"]).assert().success();
    let claim = json(&shown.get_output().stdout);
    assert_eq!(claim["review"]["status"], "misleading");
    assert_eq!(claim["review"]["history"].as_array().unwrap().len(), 2, "reviews append");
    // Re-extraction keeps both verdicts.
    claimtrack(&store).args(["add", SEED, "--url", "https://example.org/seed"]).assert().success();
    let export = claimtrack(&store).args(["export", "--base-url", "https://checks.example.org"]).assert().success();
    let reviews = json(&export.get_output().stdout);
    let reviews = reviews.as_array().unwrap();
    assert_eq!(reviews.len(), 1);
    let r = &reviews[0];
    for field in
        ["@context", "@type", "@id", "url", "claimReviewed", "datePublished", "author", "reviewRating", "itemReviewed"]
    {
        assert!(!r[field].is_null(), "ClaimReview lacks {field}: {r}");
    }
    assert_eq!(r["reviewRating"]["alternateName"], "Misleading");
    assert_eq!(r["reviewRating"]["ratingValue"], 2);
    assert_eq!(r["itemReviewed"]["@type"], "Claim");
    assert_eq!(r["itemReviewed"]["appearance"][0]["url"], "https://example.org/seed");
    assert!(r["url"].as_str().unwrap().ends_with(&id));
    claimtrack(&store).args(["export"]).env_remove("CLAIMTRACK_BASE_URL").assert().code(2);
}

#[test]
fn validate_lists_problems_by_file_and_line() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("claims");
    claimtrack(&store).args(["add", SEED]).assert().success();
    claimtrack(&store).arg("validate").assert().success();
    let record = files_under(&store).into_iter().find(|p| p.extension().is_some_and(|x| x == "yaml")).unwrap();
    // A copy of the record under another name duplicates every claim id.
    std::fs::copy(&record, record.with_file_name("copy.yaml")).unwrap();
    std::fs::write(record.with_file_name("broken.yaml"), "schema: 1\narticle: [\n").unwrap();
    let out = claimtrack(&store).arg("validate").assert().code(1);
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(stdout.contains("broken.yaml:"), "{stdout}");
    assert!(stdout.lines().any(|l| l.contains(".yaml:") && l.contains("is also used in")), "{stdout}");
}

#[test]
fn extract_streams_json_lines_for_pipelines() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("claims");
    // As a Spark pipe() stage or Hadoop streaming mapper would feed it: one article per line.
    let seed = std::fs::read_to_string(SEED).unwrap();
    let lines = [
        serde_json::json!({"id": "seed", "text": seed}),
        serde_json::json!({"id": "short", "outlet": "X", "published": "2024-06-21", "text": "Head\n\nPutin said the deal was good."}),
    ];
    let input: String = lines.iter().map(|l| format!("{l}\n")).collect();
    let out = claimtrack(&store)
        .args(["extract", "--jsonl-input", "--format", "jsonl"])
        .write_stdin(input)
        .assert()
        .success();
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    let claims: Vec<Value> = stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert!(claims.iter().filter(|c| c["input"] == "seed").count() >= 12);
    assert_eq!(claims.iter().filter(|c| c["input"] == "short").count(), 1);
    // Folders stream too, one claim per line.
    let out = claimtrack(&store).args(["extract", "articles", "--format", "jsonl"]).assert().success();
    let n = String::from_utf8_lossy(&out.get_output().stdout).lines().count();
    assert!(n > 50, "{n} lines");
    claimtrack(&store).args(["extract", "--jsonl-input"]).write_stdin("not json\n").assert().code(2);
    // A bad date is the line's, not --published's; a line over --max-size is refused; paths conflict.
    let line = r#"{"text": "T\n\n\"Good,\" Anna Berg said.", "published": "0024-01-01"}"#;
    claimtrack(&store)
        .args(["extract", "--jsonl-input"])
        .write_stdin(format!("{line}\n"))
        .assert()
        .code(2)
        .stderr(predicates::str::contains("<stdin>: line 1: published date '0024-01-01'"));
    claimtrack(&store)
        .args(["extract", "--jsonl-input", "--max-size", "20"])
        .write_stdin(format!("{line}\n"))
        .assert()
        .code(2)
        .stderr(predicates::str::contains("line 1: larger than the 20-byte limit"));
    claimtrack(&store).args(["extract", "--jsonl-input", "articles"]).assert().code(2);
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    use std::io::Read;
    use std::process::{Command as Process, Stdio};
    let tmp = tempfile::tempdir().unwrap();
    let mut child = Process::new(assert_cmd::cargo::cargo_bin("claimtrack"))
        .args(["extract", "articles", "--format", "jsonl"])
        .env("CLAIMTRACK_STORE", tmp.path().join("claims"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 64];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout); // the reader goes away, as `| head -1` would
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn a_large_story_shows_coverage_as_counts() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("claims");
    let seed = std::fs::read_to_string("articles/2024-06-21-london-loves-business.txt").unwrap();
    let mut paths = Vec::new();
    for i in 0..13 {
        let path = tmp.path().join(format!("outlet{i}.txt"));
        std::fs::write(&path, seed.replace("outlet: London Loves Business", &format!("outlet: Outlet Number {i}")))
            .unwrap();
        paths.push(path);
    }
    claimtrack(&store).arg("add").args(&paths).assert().success();
    let out = claimtrack(&store).args(["diff", "--story", "putin-north-korea-weapons"]).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("carried by") && text.contains("13 of 13"), "{text}");
    assert!(!text.contains("Outlet Number 12 ┆"), "no column per article past 12: {text}");
}

#[test]
fn the_largest_size_limit_reads_files() {
    let tmp = tempfile::tempdir().unwrap();
    let out = claimtrack(&tmp.path().join("claims"))
        .args(["extract", "articles/2024-06-21-daily-clarion.txt", "--max-size", "18446744073709551615"])
        .args(["--format", "json"])
        .assert()
        .success();
    assert!(!json(&out.get_output().stdout)["claims"].as_array().unwrap().is_empty());
}

#[test]
fn validate_checks_the_users_gazetteer() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("claims");
    claimtrack(&store).args(["add", "articles/2024-06-21-daily-clarion.txt"]).assert().success();
    std::fs::write(store.join("entities.yaml"), "people: [\n").unwrap();
    claimtrack(&store).arg("validate").assert().code(1).stdout(predicates::str::contains("entities.yaml:1"));
}

#[test]
fn the_users_places_tell_a_story_s_country() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("claims");
    std::fs::create_dir_all(&store).unwrap();
    std::fs::write(store.join("entities.yaml"), "places:\n  - country: Mexico\n    names: [Zzyzxville]\n").unwrap();
    let article = tmp.path().join("a.txt");
    let text = "---\noutlet: T\npublished: 2025-06-04T10:00:00\nstory: t\n---\nHead\n\n\
                ZZYZXVILLE - The Interior Ministry said the road would reopen.\n";
    std::fs::write(&article, text.replace("ZZYZXVILLE", "Zzyzxville")).unwrap();
    let out = claimtrack(&store).arg("extract").arg(&article).args(["-f", "json"]).assert().success();
    assert_eq!(json(&out.get_output().stdout)["claims"][0]["speaker"], "Mexico");
    std::fs::write(store.join("entities.yaml"), "places:\n  - country: Mexico\n    nombres: [X]\n").unwrap();
    claimtrack(&store)
        .arg("extract")
        .arg(&article)
        .assert()
        .code(2)
        .stderr(predicates::str::contains("entities.yaml:3"));
}

#[test]
fn review_and_export_refuse_control_characters_and_urls_that_are_not_http() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("claims");
    claimtrack(&store).args(["add", SEED]).assert().success();
    let listed = claimtrack(&store).args(["list", "--format", "json"]).assert().success();
    let id = json(&listed.get_output().stdout)[0]["id"].as_str().unwrap().to_string();
    let record = files_under(&store).into_iter().find(|p| p.extension().is_some_and(|x| x == "yaml")).unwrap();
    let before = std::fs::read(&record).unwrap();
    let refused = [
        ["--note", "note \u{1b}[31m red"],
        ["--text", "corrected \u{1b}[2J text"],
        ["--text", "two\nlines"],
        ["--evidence", ""],
        ["--evidence", "javascript:alert(1)"],
        ["--evidence", "not a url"],
    ];
    for [flag, value] in refused {
        claimtrack(&store)
            .args(["review", &id, "--status", "false", flag, value])
            .assert()
            .code(2)
            .stderr(predicates::str::contains(flag));
    }
    assert_eq!(std::fs::read(&record).unwrap(), before, "a refused review was written");
    // A note may run over several lines; evidence is an http(s) URL.
    claimtrack(&store)
        .args(["review", &id, "--status", "false", "--note", "First.\n\tSecond.", "--evidence", "https://x.example/a"])
        .assert()
        .success();
    for base in ["", "javascript:alert(1)", "fc.example", "https://x/b?x=1#f"] {
        claimtrack(&store)
            .args(["export", "--base-url", base])
            .assert()
            .code(2)
            .stderr(predicates::str::contains("--base-url"))
            .stdout("");
    }
    claimtrack(&store).args(["export", "--base-url", "https://fc.example/checks"]).assert().success();
}

#[test]
fn lossy_applies_to_json_lines_input() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("claims");
    // An empty id still names where the bad article is.
    let deep = format!("{{\"id\":\"\",\"text\":\"<html>{}</html>\"}}\n", "<div>".repeat(2001));
    claimtrack(&store)
        .args(["extract", "--jsonl-input"])
        .write_stdin(deep)
        .assert()
        .code(2)
        .stderr(predicates::str::contains("<stdin>:1 (id \"\"): HTML nested"));
    let line = b"{\"id\":\"a\",\"text\":\"Head\\n\\nAnna Berg said \\\"the deal was good \xff today\\\".\"}\n".to_vec();
    claimtrack(&store)
        .args(["extract", "--jsonl-input", "--format", "jsonl"])
        .write_stdin(line.clone())
        .assert()
        .code(2)
        .stderr(predicates::str::contains("line 1: not valid UTF-8 (use --lossy"));
    let out = claimtrack(&store)
        .args(["extract", "--jsonl-input", "--lossy", "--format", "jsonl"])
        .write_stdin(line)
        .assert()
        .success();
    let claim: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert!(claim["text"].as_str().unwrap().contains("good \u{fffd} today"), "{claim}");
}

#[test]
fn add_refuses_dates_that_validate_would_flag() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("claims");
    let clarion = "articles/2024-06-21-daily-clarion.txt";
    for date in ["1700-01-01", "2100-01-01", "2200-01-01"] {
        for cmd in ["add", "extract"] {
            claimtrack(&store)
                .args([cmd, clarion, "--published", date])
                .assert()
                .code(2)
                .stderr(predicates::str::contains("cannot be right"));
        }
        assert!(!store.exists(), "--published {date} wrote a store");
    }
    // 1800-01-01 itself passes; "on Thursday" in it would be a day of 1799,
    // which is left out of the claim rather than refusing the article.
    let old = tmp.path().join("old");
    claimtrack(&old).args(["add", clarion, "--published", "1800-01-01"]).assert().success();
    claimtrack(&old).arg("validate").assert().success();
    claimtrack(&store).args(["add", clarion, "--published", "2024-06-21"]).assert().success();
    claimtrack(&store).arg("validate").assert().success();
    // A record hand-edited to an impossible publication date is flagged too.
    let record = files_under(&store).into_iter().find(|p| p.extension().is_some_and(|x| x == "yaml")).unwrap();
    let text = std::fs::read_to_string(&record).unwrap();
    let edited = text.replacen("published: \"2024-06-21", "published: \"9999-06-21", 1);
    assert!(edited != text, "no published date in the record");
    std::fs::write(&record, edited).unwrap();
    claimtrack(&store).arg("validate").assert().code(1).stdout(predicates::str::contains("which cannot be right"));
}

#[test]
fn list_and_export_story_filters_are_case_insensitive_substrings() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("claims");
    claimtrack(&store).args(["add", SEED]).assert().success();
    let count = |args: &[&str]| {
        let out = claimtrack(&store).args(args).assert().success();
        String::from_utf8_lossy(&out.get_output().stdout).lines().count() - 1
    };
    let all = count(&["list", "--format", "csv"]);
    assert!(all >= 12, "{all}");
    for filter in ["putin", "WEAPONS", "north-korea", "putin-north-korea-weapons"] {
        assert_eq!(count(&["list", "--format", "csv", "--story", filter]), all, "list --story {filter}");
        assert_eq!(count(&["export", "--format", "csv", "--story", filter]), all, "export --story {filter}");
    }
    assert_eq!(count(&["list", "--format", "csv", "--story", "ukraine"]), 0);
    assert_eq!(count(&["export", "--format", "csv", "--story", "ukraine"]), 0);
    // A two-digit year is a typo, not the year 24.
    for flag in ["--since", "--until"] {
        claimtrack(&store).args(["list", flag, "24-06-21"]).assert().code(2).stderr(predicates::str::contains(flag));
    }
    assert_eq!(count(&["list", "--format", "csv", "--since", "2024-06-01", "--until", "2024-06-30"]), all);
}

#[test]
fn diff_against_an_article_already_compared_counts_it_once() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("claims");
    claimtrack(&store).args(["add", "articles"]).assert().success();
    let articles = |args: &[&str]| {
        let out = claimtrack(&store).args(["diff", "--format", "json"]).args(args).assert().code(1);
        let doc = json(&out.get_output().stdout);
        let outlets: Vec<String> =
            doc["articles"].as_array().unwrap().iter().map(|a| a["outlet"].as_str().unwrap().to_string()).collect();
        outlets
    };
    let transcript = "articles/2024-06-20-kremlin-transcript.txt";
    let story = articles(&["--story", "putin-north-korea-weapons"]);
    assert_eq!(story.len(), 5);
    assert_eq!(articles(&["--story", "putin-north-korea-weapons", "--against", transcript]), story);
    let (a, b) = ("articles/2024-06-21-daily-clarion.txt", "articles/2024-06-21-northern-wire.txt");
    let against_a = articles(&[a, b, "--against", a]);
    assert_eq!(against_a.len(), 2, "{against_a:?}");
    assert_eq!(articles(&[a, b, "--against", transcript]).len(), 3);
}

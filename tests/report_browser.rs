//! The HTML report opened in headless Chromium (Debian's `chromium`,
//! installed by `scripts/test.sh`): it renders, its own script runs without
//! errors, the flags are visible, and hostile article text stays inert.

use assert_cmd::Command;
use std::path::Path;
use std::process::Command as Process;

fn chromium() -> &'static str {
    let found =
        ["chromium", "/usr/bin/chromium"].into_iter().find(|c| Process::new(c).arg("--version").output().is_ok());
    found.expect("chromium is needed for the report tests: run scripts/test.sh, which installs it")
}

/// The page's DOM after Chromium has loaded it and run its scripts.
fn rendered_dom(page: &Path) -> String {
    let profile = tempfile::tempdir().unwrap();
    let out = Process::new(chromium())
        .args(["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run"])
        .args(["--disable-background-networking", "--disable-component-update", "--disable-sync"])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(["--virtual-time-budget=2000", "--dump-dom"])
        .arg(format!("file://{}", page.display()))
        .output()
        .unwrap();
    assert!(out.status.success(), "chromium failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).to_string()
}

fn claimtrack(store: &Path) -> Command {
    let mut cmd = Command::cargo_bin("claimtrack").unwrap();
    cmd.env("CLAIMTRACK_STORE", store).env("NO_COLOR", "1");
    cmd
}

#[test]
fn report_renders_with_flags_and_hostile_text_is_inert() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("claims");
    claimtrack(&store).args(["add", "articles"]).assert().success();
    let hostile = tmp.path().join("hostile.txt");
    std::fs::write(
        &hostile,
        "---\noutlet: <script>document.body.dataset.pwned='outlet'</script>\nurl: javascript:alert(1)\npublished: 2024-06-22T09:00:00\nstory: putin-north-korea-weapons\ntitle: <img src=x onerror=\"document.body.dataset.pwned='title'\">\n---\nHeadline\n\nVladimir Putin said sending weapons to Ukraine “<img src=x onerror=\"document.body.dataset.pwned='quote'\"> would be a very big mistake.”\n",
    )
    .unwrap();
    claimtrack(&store).arg("add").arg(&hostile).assert().success();
    let page = tmp.path().join("report.html");
    claimtrack(&store).args(["report", "--story", "putin-north-korea-weapons", "-o"]).arg(&page).assert().success();
    let dom = rendered_dom(&page);
    assert!(dom.contains("data-ready=\"yes\""), "the page's script did not run");
    assert!(!dom.contains("data-pwned"), "article text ran as code");
    assert!(!dom.contains("href=\"javascript:"), "a javascript: URL became a link");
    for kind in ["quote-wording", "number", "attribution", "framing"] {
        assert!(dom.contains(&format!("data-kind=\"{kind}\"")), "no {kind} flag shown");
    }
    assert!(dom.contains("Coverage") && dom.contains("Northern Wire Service"));
}

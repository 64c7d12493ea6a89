//! Reliability: concurrent writers lose nothing, a writer killed mid-write
//! leaves the old record or the new one, bad input is refused with one line
//! naming the file, and names never escape the store.

use assert_cmd::Command;
use std::path::{Path, PathBuf};
use std::process::{Command as Process, Stdio};

const SEED: &str = "articles/2024-06-21-london-loves-business.txt";

fn claimtrack(store: &Path) -> Command {
    let mut cmd = Command::cargo_bin("claimtrack").unwrap();
    cmd.env("CLAIMTRACK_STORE", store).env("NO_COLOR", "1").env_remove("CLAIMTRACK_FAULT");
    cmd
}

fn records(store: &Path) -> Vec<PathBuf> {
    claimtrack::store::Store::new(store).record_files()
}

fn load(path: &Path) -> claimtrack::store::Record {
    claimtrack::store::read_record(path).unwrap().unwrap()
}

#[test]
fn eight_concurrent_writers_lose_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("claims");
    claimtrack(&store).args(["add", SEED]).assert().success();
    let seed_record = records(&store)[0].clone();
    let ids: Vec<String> = load(&seed_record).claims.iter().map(|c| c.id.clone()).take(4).collect();
    let bin = assert_cmd::cargo::cargo_bin("claimtrack");
    let mut children = Vec::new();
    // Four writers re-add articles (the seed among them), four review seed claims, all at once.
    for i in 0..4 {
        let path = if i % 2 == 0 { PathBuf::from(SEED) } else { PathBuf::from("articles") };
        children.push(
            Process::new(&bin)
                .arg("add")
                .arg(path)
                .env("CLAIMTRACK_STORE", &store)
                .stdout(Stdio::null())
                .spawn()
                .unwrap(),
        );
    }
    for id in &ids {
        children.push(
            Process::new(&bin)
                .args(["review", id, "--status", "false", "--by", "tester"])
                .env("CLAIMTRACK_STORE", &store)
                .stdout(Stdio::null())
                .spawn()
                .unwrap(),
        );
    }
    for mut c in children {
        assert!(c.wait().unwrap().success());
    }
    assert_eq!(records(&store).len(), 5, "every article has its record");
    for r in records(&store) {
        load(&r); // every file parses
    }
    let seed = load(&seed_record);
    for id in &ids {
        let claim = seed.claims.iter().find(|c| &c.id == id).unwrap();
        assert_eq!(claim.review.history.len(), 1, "review of {id} lost");
    }
}

#[test]
fn a_writer_killed_mid_write_leaves_the_old_record() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("claims");
    claimtrack(&store).args(["add", SEED]).assert().success();
    let record = records(&store)[0].clone();
    let before = std::fs::read_to_string(&record).unwrap();
    // The fault point aborts the process after the temporary file is written, before the rename.
    let status = Process::new(assert_cmd::cargo::cargo_bin("claimtrack"))
        .args(["add", SEED, "--url", "https://example.org/changed"])
        .env("CLAIMTRACK_STORE", &store)
        .env("CLAIMTRACK_FAULT", "store-write")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .unwrap();
    assert!(!status.success());
    assert_eq!(std::fs::read_to_string(&record).unwrap(), before, "the record was torn or replaced");
    claimtrack(&store).arg("validate").assert().success();
    let temps = |dir: &Path| {
        std::fs::read_dir(dir)
            .unwrap()
            .flatten()
            .filter(|f| f.file_name().to_string_lossy().starts_with(".tmp-"))
            .count()
    };
    let folder = record.parent().unwrap().to_path_buf();
    assert_eq!(temps(&folder), 1, "the killed writer's temporary file is the case under test");
    // The next writer completes the change and sweeps the stale temporary file.
    claimtrack(&store).args(["add", SEED, "--url", "https://example.org/changed"]).assert().success();
    assert_eq!(load(&record).article.url.as_deref(), Some("https://example.org/changed"));
    assert_eq!(temps(&folder), 0, "a stale temporary file was left in {}", folder.display());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&record).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode & 0o044, 0o044, "records stay readable by others (mode {mode:o})");
    }
}

fn refused(store: &Path, args: &[&str], file: &Path, expect: &str) {
    let out = claimtrack(store).args(args).arg(file).assert().code(2);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains(&file.file_name().unwrap().to_string_lossy().to_string()), "{stderr}");
    assert!(stderr.contains(expect), "{stderr}");
}

#[test]
fn hostile_inputs_are_refused_or_bounded() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let store = dir.join("claims");
    // Over the size limit: refused without reading it all; --max-size raises the limit.
    let big = dir.join("big.txt");
    std::fs::write(&big, "Putin said this. ".repeat(1_100_000)).unwrap();
    refused(&store, &["add"], &big, "limit");
    // A 1 MB line and HTML nested 100,000 deep are read without a crash.
    let line = dir.join("line.txt");
    std::fs::write(&line, format!("Head\n\n{}", "word ".repeat(200_000))).unwrap();
    claimtrack(&store).args(["extract", "--format", "jsonl"]).arg(&line).assert().success();
    let deep = dir.join("deep.html");
    std::fs::write(
        &deep,
        format!("<html><body>{}<p>Putin said the deal was good.</p></body></html>", "<div>".repeat(100_000)),
    )
    .unwrap();
    refused(&store, &["extract"], &deep, "nested");
    assert!(!store.exists(), "nothing written");
}

#[test]
fn hostile_records_are_named_and_the_rest_still_load() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("claims");
    claimtrack(&store).args(["add", SEED]).assert().success();
    let good = records(&store)[0].clone();
    let dir = good.parent().unwrap();
    let text = std::fs::read_to_string(&good).unwrap();
    let bomb = "a: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n";
    std::fs::write(dir.join("bomb.yaml"), bomb).unwrap();
    std::fs::write(dir.join("unknown.yaml"), text.replacen("schema: 1", "schema: 1\nsurprise: field", 1)).unwrap();
    std::fs::write(dir.join("newer.yaml"), text.replacen("schema: 1", "schema: 9", 1)).unwrap();
    // A key misspelt inside a claim would otherwise be dropped on the next write.
    let misspelt = text.replacen("\n  span:", "\n  reveiw: {}\n  span:", 1);
    assert_ne!(misspelt, text, "the record has claims with spans");
    std::fs::write(dir.join("misspelt.yaml"), misspelt).unwrap();
    let out = claimtrack(&store).arg("validate").assert().code(1);
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    for name in ["bomb.yaml", "unknown.yaml:", "newer.yaml:1", "misspelt.yaml:"] {
        assert!(stdout.contains(name), "{name} not reported:\n{stdout}");
    }
    assert!(stdout.contains("newer than this claimtrack"), "{stdout}");
    // The other records still load: `list` shows the good record's claims and
    // names every broken one (exit 2); the good record is untouched.
    let out = claimtrack(&store).args(["list", "--format", "csv"]).assert().code(2);
    let (stdout, stderr) =
        (String::from_utf8_lossy(&out.get_output().stdout), String::from_utf8_lossy(&out.get_output().stderr));
    assert!(stdout.contains("London Loves Business"), "good claims missing:\n{stdout}");
    for name in ["bomb.yaml", "unknown.yaml:", "newer.yaml:1", "misspelt.yaml:"] {
        assert!(stderr.contains(name), "{name} not named:\n{stderr}");
    }
    assert_eq!(std::fs::read_to_string(&good).unwrap(), text);
    // The story holding broken records is not compared; another story is.
    claimtrack(&store).args(["diff", "--story", "putin-north-korea-weapons"]).assert().code(2);
    let seed =
        std::fs::read_to_string(SEED).unwrap().replacen("story: putin-north-korea-weapons", "story: other-story", 1);
    for outlet in ["First Outlet", "Second Outlet"] {
        let other = tmp.path().join(format!("{outlet}.txt"));
        std::fs::write(&other, seed.replacen("outlet: London Loves Business", &format!("outlet: {outlet}"), 1))
            .unwrap();
        claimtrack(&store).args(["add", other.to_str().unwrap()]).assert().success();
    }
    let diff = claimtrack(&store).args(["diff", "--story", "other-story"]).assert();
    assert_ne!(diff.get_output().status.code(), Some(2), "a broken record of another story stopped diff");
    let id = load(&good).claims[0].id.clone();
    claimtrack(&store).args(["review", &id, "--status", "true"]).assert().success();
    assert!(load(&good).claims[0].review.status.is_some(), "review of a readable record was not written");
}

#[test]
fn names_never_leave_the_store() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("claims");
    let article = tmp.path().join("odd.txt");
    let long = "x".repeat(5000);
    std::fs::write(
        &article,
        format!("---\noutlet: ../../../../etc\nstory: /absolute/../../evil\ntitle: \"CON\\u0000\\n{long}\"\npublished: 2024-06-21\n---\nHead\n\nPutin said the deal was good.\n"),
    )
    .unwrap();
    claimtrack(&store).arg("add").arg(&article).assert().success();
    let written: Vec<PathBuf> = walkdir::WalkDir::new(tmp.path())
        .into_iter()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_file() && e.path() != article)
        .map(|e| e.into_path())
        .collect();
    assert!(!written.is_empty());
    for p in &written {
        assert!(p.starts_with(&store), "{} is outside the store", p.display());
        assert!(p.file_name().unwrap().len() < 200, "{} is too long", p.display());
    }
}

#[test]
fn corrections_and_reviews_survive_re_extraction() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("claims");
    claimtrack(&store).args(["add", SEED]).assert().success();
    let record = records(&store)[0].clone();
    let claims = load(&record).claims;
    let (fixed, reviewed) = (claims[1].id.clone(), claims[2].id.clone());
    claimtrack(&store)
        .args(["review", &fixed, "--status", "mixed", "--speaker", "Dmitry Peskov", "--kind", "denial"])
        .assert()
        .success();
    claimtrack(&store).args(["review", &reviewed, "--status", "true"]).assert().success();
    // The article changes so that the reviewed claim no longer extracts.
    let changed = tmp.path().join("changed.txt");
    let text = std::fs::read_to_string(SEED)
        .unwrap()
        .replace("they are reconsidering to send to Ukraine", "it is thinking again");
    std::fs::write(&changed, text).unwrap();
    claimtrack(&store).arg("add").arg(&changed).assert().success();
    let after = load(&record);
    let kept = after.claims.iter().find(|c| c.id == fixed).unwrap();
    assert_eq!(kept.review.correct.speaker.as_deref(), Some("Dmitry Peskov"));
    assert_eq!(kept.corrected().kind, claimtrack::model::ClaimKind::Denial);
    let orphan = after.orphaned_reviews.iter().find(|c| c.id == reviewed).expect("review kept as orphan");
    assert_eq!(orphan.review.status.as_deref(), Some("true"));
    // Readers see the correction.
    let out = claimtrack(&store).args(["list", "--speaker", "Peskov", "--format", "json"]).assert().success();
    let listed: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(listed.as_array().unwrap().len(), 1);
    assert_eq!(listed[0]["kind"], "denial");
}

#[test]
fn articles_whose_names_slug_alike_keep_separate_records() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("claims");
    let long = "Live: minister resigns after the budget vote as the coalition falls apart";
    let write = |name: &str, outlet: &str, title: &str, said: &str| {
        let path = tmp.path().join(name);
        std::fs::write(
            &path,
            format!("---\noutlet: {outlet}\nstory: budget\ntitle: \"{title}\"\npublished: 2024-06-21\n---\n{title}\n\n\"{said},\" Anna Berg said.\n"),
        )
        .unwrap();
        path
    };
    let a = write("a.txt", "Daily Post", &format!("{long} — 09:00"), "The vote was lost");
    let b = write("b.txt", "Daily Post", &format!("{long} — 10:00"), "We will form a new government");
    let c = write("c.txt", "Daily-Post", &format!("{long} — 09:00"), "Nobody saw this coming");
    claimtrack(&store).arg("add").args([&a, &b]).assert().success();
    claimtrack(&store).arg("add").arg(&c).assert().success();
    assert_eq!(records(&store).len(), 3, "{:?}", records(&store));
    // Adding them all again finds each its own file: nothing new, nothing lost.
    claimtrack(&store).arg("add").args([&c, &b, &a]).assert().success();
    let saved = records(&store);
    assert_eq!(saved.len(), 3);
    let mut said: Vec<String> = saved.iter().map(|p| load(p).claims[0].text.clone()).collect();
    said.sort();
    assert!(
        said[0].contains("Nobody saw") && said[1].contains("The vote") && said[2].contains("We will form"),
        "{said:?}"
    );
    // Claim ids stay unique across the store, so each claim can be reviewed.
    claimtrack(&store).arg("validate").assert().success();
    for record in &saved {
        let id = load(record).claims[0].id.clone();
        claimtrack(&store).args(["review", &id, "--status", "true"]).assert().success();
    }
}

#[cfg(unix)]
#[test]
fn odd_store_entries_are_reported_and_never_followed() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("claims");
    claimtrack(&store).args(["add", SEED]).assert().success();
    let record = records(&store)[0].clone();
    let story = record.parent().unwrap().to_path_buf();
    let outside = tmp.path().join("outside");
    std::fs::create_dir(&outside).unwrap();
    std::os::unix::fs::symlink(&outside, store.join("linked-story")).unwrap();
    std::os::unix::fs::symlink("/etc/hostname", story.join("link.yaml")).unwrap();
    std::fs::create_dir(story.join("folder.yaml")).unwrap();
    assert!(Process::new("mkfifo").arg(story.join("pipe.yaml")).status().unwrap().success());
    let out = claimtrack(&store).arg("validate").assert().code(1).get_output().stdout.clone();
    let out = String::from_utf8(out).unwrap();
    for name in [
        "linked-story: is a symbolic link", "link.yaml: is a symbolic link", "folder.yaml: is a folder",
        "pipe.yaml: is a special file",
    ] {
        assert!(out.contains(name), "{name} not reported in:\n{out}");
    }
    // A record that is a pipe is refused, not waited on (the lock would be held forever).
    let saved = tmp.path().join("saved.yaml");
    std::fs::rename(&record, &saved).unwrap();
    assert!(Process::new("mkfifo").arg(&record).status().unwrap().success());
    claimtrack(&store).args(["add", SEED]).timeout(std::time::Duration::from_secs(60)).assert().code(2);
    // A story folder that links elsewhere is not written through.
    let article = tmp.path().join("linked.txt");
    std::fs::write(
        &article,
        "---\noutlet: X\nstory: linked-story\ntitle: T\npublished: 2024-06-21\n---\nT\n\n\"Good,\" Anna Berg said.\n",
    )
    .unwrap();
    let err = claimtrack(&store).arg("add").arg(&article).assert().code(2).get_output().stderr.clone();
    assert!(String::from_utf8_lossy(&err).contains("symbolic link"));
    assert_eq!(std::fs::read_dir(&outside).unwrap().count(), 0, "wrote outside the store");
}

#[test]
fn a_store_path_that_is_missing_or_a_file_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let missing = tmp.path().join("nowhere");
    claimtrack(&missing).arg("validate").assert().code(2).stderr(predicates::str::contains("nowhere"));
    let file = tmp.path().join("file");
    std::fs::write(&file, "x").unwrap();
    for cmd in ["validate", "list"] {
        claimtrack(&file).arg(cmd).assert().code(2).stderr(predicates::str::contains("not a folder"));
    }
}

#[test]
fn a_full_disk_leaves_no_empty_story_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("claims");
    let err = claimtrack(&store)
        .args(["add", SEED])
        .env("CLAIMTRACK_FAULT", "store-write:full")
        .assert()
        .code(2)
        .get_output()
        .stderr
        .clone();
    assert!(String::from_utf8_lossy(&err).contains("No space left"), "{}", String::from_utf8_lossy(&err));
    let left: Vec<_> =
        walkdir::WalkDir::new(&store).min_depth(1).into_iter().flatten().map(|e| e.into_path()).collect();
    assert!(left.iter().all(|p| p.file_name().is_some_and(|n| n == ".claimtrack.lock")), "left behind: {left:?}");
}

#[cfg(unix)]
#[test]
fn report_writes_through_links_and_pipes_and_keeps_file_modes() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("claims");
    claimtrack(&store).args(["add", SEED]).assert().success();
    let report = |out: &Path| {
        claimtrack(&store)
            .args(["report", "--story", "putin-north-korea-weapons", "-o"])
            .arg(out)
            .timeout(std::time::Duration::from_secs(60))
            .assert()
            .success();
    };
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    // A symbolic link stays a link; the page lands in its target.
    let target = tmp.path().join("target.html");
    std::fs::write(&target, "old").unwrap();
    let link = tmp.path().join("link.html");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    report(&link);
    assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink(), "the link was replaced");
    assert!(std::fs::read_to_string(&target).unwrap().contains("<html"));
    // A named pipe stays a pipe, and its reader gets the page.
    let fifo = tmp.path().join("pipe");
    assert!(Process::new("mkfifo").arg(&fifo).status().unwrap().success());
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read_to_string(fifo).unwrap())
    };
    report(&fifo);
    assert!(reader.join().unwrap().contains("<html"), "the pipe's reader got no page");
    assert!(!std::fs::symlink_metadata(&fifo).unwrap().is_file(), "the pipe was replaced by a file");
    // A new file gets the mode File::create gives; a replaced one keeps its own.
    let probe = tmp.path().join("probe");
    std::fs::File::create(&probe).unwrap();
    let fresh = tmp.path().join("fresh.html");
    report(&fresh);
    assert_eq!(mode(&fresh), mode(&probe));
    let kept = tmp.path().join("kept.html");
    std::fs::write(&kept, "old").unwrap();
    std::fs::set_permissions(&kept, std::fs::Permissions::from_mode(0o604)).unwrap();
    report(&kept);
    assert_eq!(mode(&kept), 0o604);
    assert!(std::fs::read_to_string(&kept).unwrap().contains("<html"));
}

#[cfg(unix)]
#[test]
fn report_refuses_to_write_inside_the_store() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("claims");
    claimtrack(&store).args(["add", SEED]).assert().success();
    let record = records(&store)[0].clone();
    let before = std::fs::read(&record).unwrap();
    let link = tmp.path().join("innocent.html");
    std::os::unix::fs::symlink(&record, &link).unwrap();
    let new_in_story = record.with_file_name("page.html");
    let dotted = tmp.path().join("claims/../claims/x.html");
    for out in [&record, &link, &new_in_story, &dotted] {
        claimtrack(&store)
            .args(["report", "--story", "putin-north-korea-weapons", "-o"])
            .arg(out)
            .assert()
            .code(2)
            .stderr(predicates::str::contains("inside the claims store"));
    }
    assert_eq!(std::fs::read(&record).unwrap(), before, "the record was touched");
    assert!(!new_in_story.exists() && !store.join("x.html").exists());
}

#[cfg(unix)]
#[test]
fn hidden_store_entries_such_as_editor_locks_are_not_records() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("claims");
    claimtrack(&store).args(["add", SEED]).assert().success();
    let record = records(&store)[0].clone();
    let name = record.file_name().unwrap().to_string_lossy().to_string();
    // Emacs's lock while the record is edited, a hidden backup copy, a hidden folder.
    std::os::unix::fs::symlink("user@host.12345:1700000000", record.with_file_name(format!(".#{name}"))).unwrap();
    std::fs::copy(&record, record.with_file_name(format!(".{name}"))).unwrap();
    std::fs::create_dir(store.join(".git")).unwrap();
    std::fs::write(store.join(".git/config.yaml"), "not: a record\n").unwrap();
    assert_eq!(records(&store), vec![record.clone()]);
    claimtrack(&store).args(["list"]).assert().success();
    claimtrack(&store).arg("validate").assert().success().stdout(predicates::str::contains("1 record(s) checked"));
    let id = load(&record).claims[0].id.clone();
    claimtrack(&store).args(["review", &id, "--status", "true"]).assert().success();
    claimtrack(&store).args(["add", SEED]).assert().success();
}

#[test]
fn a_writer_says_once_that_it_waits_for_the_lock_then_goes_ahead() {
    use fs4::fs_std::FileExt;
    use std::io::BufRead;
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("claims");
    claimtrack(&store).args(["add", SEED]).assert().success();
    let record = records(&store)[0].clone();
    let id = load(&record).claims[0].id.clone();
    let lock = std::fs::OpenOptions::new().write(true).open(store.join(".claimtrack.lock")).unwrap();
    lock.lock_exclusive().unwrap();
    let mut child = Process::new(assert_cmd::cargo::cargo_bin("claimtrack"))
        .args(["review", &id, "--status", "false", "--note", "after the wait"])
        .env("CLAIMTRACK_STORE", &store)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = std::io::BufReader::new(child.stderr.take().unwrap());
    let (tx, rx) = std::sync::mpsc::channel();
    let reader = std::thread::spawn(move || {
        let mut first = String::new();
        stderr.read_line(&mut first).unwrap();
        tx.send(first).unwrap();
        let mut rest = String::new();
        std::io::Read::read_to_string(&mut stderr, &mut rest).unwrap();
        rest
    });
    // Only a guard against hanging forever: the note comes as soon as the try-lock fails.
    let first = rx.recv_timeout(std::time::Duration::from_secs(120)).unwrap_or_else(|_| {
        child.kill().unwrap();
        panic!("no note while waiting for the lock");
    });
    assert!(first.contains("waiting for the store lock held by another claimtrack process"), "{first}");
    assert!(!load(&record).claims[0].review.history.iter().any(|v| v.note.is_some()), "wrote while locked");
    FileExt::unlock(&lock).unwrap();
    assert!(child.wait().unwrap().success());
    assert!(!reader.join().unwrap().contains("waiting"), "the note came more than once");
    let reviewed = load(&record).claims.into_iter().find(|c| c.id == id).unwrap();
    assert_eq!(reviewed.review.history[0].note.as_deref(), Some("after the wait"));
}

/// An `add` that meets a stored record it cannot read writes nothing at all,
/// whichever order the records come in.
#[test]
fn add_meeting_an_unreadable_record_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let (store, articles) = (tmp.path().join("claims"), tmp.path().join("articles"));
    std::fs::create_dir(&articles).unwrap();
    for entry in
        std::fs::read_dir("articles").unwrap().flatten().filter(|e| e.path().extension().is_some_and(|x| x == "txt"))
    {
        std::fs::copy(entry.path(), articles.join(entry.file_name())).unwrap();
    }
    claimtrack(&store).args(["add", articles.to_str().unwrap()]).assert().success();
    let files = records(&store);
    let broken = files.iter().find(|p| p.to_string_lossy().contains("daily-clarion")).unwrap();
    let text = std::fs::read_to_string(broken).unwrap();
    std::fs::write(broken, text.replacen("kind: quote", "kind: nuke", 1)).unwrap();
    for name in ["2024-06-20-kremlin-transcript.txt", "2024-06-21-northern-wire.txt"] {
        let path = articles.join(name);
        let changed = std::fs::read_to_string(&path).unwrap() + "\nThe ministry said the talks would go on.\n";
        std::fs::write(&path, changed).unwrap();
    }
    let before: Vec<String> = files.iter().map(|p| std::fs::read_to_string(p).unwrap()).collect();
    claimtrack(&store)
        .args(["add", articles.to_str().unwrap()])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("daily-clarion"));
    let after: Vec<String> = files.iter().map(|p| std::fs::read_to_string(p).unwrap()).collect();
    assert!(before == after, "a record was written although the batch stopped");
}

/// Records no command would read or that were tampered with are named by `validate`.
#[test]
fn validate_names_stray_misfiled_and_forged_records() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("claims");
    claimtrack(&store).args(["add", SEED]).assert().success();
    claimtrack(&store).arg("validate").assert().success();
    let good = records(&store)[0].clone();
    let text = std::fs::read_to_string(&good).unwrap();
    std::fs::write(store.join("root.yaml"), &text).unwrap();
    let forged = text.replacen("story: putin-north-korea-weapons", "story: ../../elsewhere", 1);
    let id = load(&good).claims[0].id.clone();
    std::fs::write(&good, forged.replacen(&format!("id: {id}"), "id: ../../../tmp/pwn", 1)).unwrap();
    let out = claimtrack(&store).arg("validate").assert().code(1);
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    for expected in ["root.yaml: not in a story folder", "does not belong in folder", "is not one claimtrack makes"] {
        assert!(stdout.contains(expected), "{expected:?} not reported:\n{stdout}");
    }
}

//! Bytes → article, the way `claimtrack add FILE` reads one: the bytes are
//! written to a scratch file and handed to `ingest::read`, so the byte checks
//! (empty, NUL, UTF-8, BOM), front matter, the HTML path (dom_smoothie) and
//! scraped-page cleaning all run on the fuzzer's input. Input that is not
//! UTF-8 is read a second time with `lossy`, as `--lossy` would.
#![no_main]

use claimtrack::ingest::{self, Options};
use libfuzzer_sys::fuzz_target;
use std::path::PathBuf;
use std::sync::LazyLock;

/// One scratch file per fuzzing process, in memory where the OS offers it.
static SCRATCH: LazyLock<PathBuf> = LazyLock::new(|| {
    let shm = PathBuf::from("/dev/shm");
    let dir = if shm.is_dir() { shm } else { std::env::temp_dir() };
    dir.join(format!("claimtrack-fuzz-ingest-{}.txt", std::process::id()))
});

fuzz_target!(|data: &[u8]| {
    let path = SCRATCH.as_path();
    std::fs::write(path, data).expect("write scratch file");
    let strict = ingest::read(path, &Options::default());
    if strict.is_err() && std::str::from_utf8(data).is_err() {
        let lossy = Options { lossy: true, ..Options::default() };
        let _ = ingest::read(path, &lossy);
    }
    if let Ok(article) = strict {
        // What the rest of the pipeline relies on.
        assert_eq!(article.meta.body_len, article.body.len());
        assert!(!article.body.trim().is_empty());
    }
});

//! Bytes → a YAML record, loaded the way the store loads one: the bytes are
//! written as `<store>/fuzz/record.yaml` in a scratch store, and
//! `store::validate::validate` runs over it (which goes through
//! `Store::load_all` → `read_record` → `yaml::parse::<Record>` → schema check
//! → `corrected_claims`, then the id, span, date and status checks). A record
//! that loads is also written back out with `yaml::to_string`, as `review`
//! and `add` do.
#![no_main]

use claimtrack::store::{self, validate, Store};
use libfuzzer_sys::fuzz_target;
use std::path::PathBuf;
use std::sync::LazyLock;

static ROOT: LazyLock<PathBuf> = LazyLock::new(|| {
    let shm = PathBuf::from("/dev/shm");
    let dir = if shm.is_dir() { shm } else { std::env::temp_dir() };
    let root = dir.join(format!("claimtrack-fuzz-record-{}", std::process::id()));
    std::fs::create_dir_all(root.join("fuzz")).expect("create scratch store");
    root
});

fuzz_target!(|data: &[u8]| {
    let root = ROOT.as_path();
    let path = root.join("fuzz").join("record.yaml");
    std::fs::write(&path, data).expect("write scratch record");
    let store = Store::new(root);
    let _problems = validate::validate(&store);
    if let Ok(Some(record)) = store::read_record(&path) {
        let _ = store::yaml::to_string(&record);
    }
});

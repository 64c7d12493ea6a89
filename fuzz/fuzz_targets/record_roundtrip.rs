//! Extra: a record that loads, written back with `yaml::to_string` (as
//! `Store::save` / `Store::update` do), must load again to the same record:
//! otherwise a `review` of a record would leave one the store cannot read.
//! This asserts more than "no panic", so a failure here is a harness
//! assertion about the round trip, not a library panic.
#![no_main]

use claimtrack::store::{yaml, Record};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(record) = yaml::parse::<Record>(text, "fuzz.yaml") else { return };
    let Ok(written) = yaml::to_string(&record) else { return };
    let again: Record = match yaml::parse(&written, "written.yaml") {
        Ok(r) => r,
        Err(e) => panic!("written record does not load again: {e}\n--- written ---\n{written}"),
    };
    let rewritten = yaml::to_string(&again).expect("second write");
    assert_eq!(written, rewritten, "record changes on a second save/load round trip");
});

//! The current time, overridable with `CLAIMTRACK_NOW` so that tests and
//! reproducible runs get the same `extracted.on` and review dates.

use chrono::NaiveDateTime;

pub fn now() -> NaiveDateTime {
    std::env::var("CLAIMTRACK_NOW")
        .ok()
        .and_then(|s| NaiveDateTime::parse_from_str(&s, "%Y-%m-%dT%H:%M:%S").ok())
        .unwrap_or_else(|| chrono::Local::now().naive_local())
        .with_nanosecond(0)
        .expect("zero nanoseconds is valid")
}

use chrono::Timelike;

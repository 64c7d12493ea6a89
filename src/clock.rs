//! The current time, overridable with `CLAIMTRACK_NOW` so that tests and
//! reproducible runs get the same `extracted.on` and review dates, and the
//! dates that can be real against it.

use chrono::{Datelike, NaiveDate, NaiveDateTime};

/// No article or statement in the store is older than this year.
pub const EARLIEST_YEAR: i32 = 1800;
/// How many days past the time it was read a date may lie (an embargoed
/// article, a clock a little ahead).
pub const DAYS_AHEAD: u64 = 366;

/// Whether `date` can be a real publication or statement date when read at
/// `reference` (now, or when a record was extracted). Ingest and `validate`
/// share this one rule, so `add` never writes a date `validate` flags.
pub fn plausible(date: NaiveDate, reference: NaiveDate) -> bool {
    date.year() >= EARLIEST_YEAR && date <= reference + chrono::Days::new(DAYS_AHEAD)
}

pub fn now() -> NaiveDateTime {
    std::env::var("CLAIMTRACK_NOW")
        .ok()
        .and_then(|s| NaiveDateTime::parse_from_str(&s, "%Y-%m-%dT%H:%M:%S").ok())
        .unwrap_or_else(|| chrono::Local::now().naive_local())
        .with_nanosecond(0)
        .expect("zero nanoseconds is valid")
}

use chrono::Timelike;

#[cfg(test)]
mod tests {
    use super::plausible;
    use chrono::NaiveDate;

    #[test]
    fn dates_from_1800_to_a_year_ahead_are_plausible() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let today = d("2025-03-01");
        for ok in ["1800-01-01", "2024-06-21", "2025-03-01", "2026-03-01"] {
            assert!(plausible(d(ok), today), "{ok}");
        }
        for bad in ["1799-12-31", "0024-06-21", "2026-03-03", "2100-01-01"] {
            assert!(!plausible(d(bad), today), "{bad}");
        }
    }
}

//! Fault injection for crash-safety tests: with `CLAIMTRACK_FAULT=<point>`
//! set, the process aborts at that point, as if killed mid-write.

pub fn point(name: &str) {
    if std::env::var_os("CLAIMTRACK_FAULT").is_some_and(|v| v == name) {
        std::process::abort();
    }
}

//! Fault injection for crash-safety tests: with `CLAIMTRACK_FAULT=<point>`
//! set, the process aborts at that point, as if killed mid-write; with
//! `CLAIMTRACK_FAULT=<point>:full`, the write there fails as on a full disk.

pub fn point(name: &str) -> std::io::Result<()> {
    let Some(fault) = std::env::var_os("CLAIMTRACK_FAULT") else { return Ok(()) };
    let fault = fault.to_string_lossy();
    if fault == name {
        std::process::abort();
    }
    if fault.strip_suffix(":full") == Some(name) {
        return Err(std::io::Error::new(std::io::ErrorKind::StorageFull, "No space left on device"));
    }
    Ok(())
}

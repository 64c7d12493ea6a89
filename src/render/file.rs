//! Writing a rendered page (the HTML report) to the path the user named.
//!
//! A plain file, or a path where nothing is yet, is replaced atomically: a
//! temporary file beside it, renamed over it, so a reader never sees half a
//! page. Anything else that already exists there (a symbolic link, a device
//! like `/dev/stdout` or `/dev/null`, a named pipe, `/dev/fd/N` from a shell's
//! process substitution) is written through, as the shell's `>` would: a
//! rename would replace the link or device node itself with a file.

use crate::{Error, Result};
use std::fs;
use std::io::Write;
use std::path::Path;

/// Writes `bytes` to `path`: atomically for a plain file or a new path, through
/// the entry for anything else. A new file gets the mode `File::create` gives
/// (0666 less the umask); a replaced file keeps its mode.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<()> {
    match fs::symlink_metadata(path) {
        Ok(m) if m.is_dir() => Err(Error::input(path, "is a folder; give a file name for the page")),
        Ok(m) if m.is_file() => replace(path, bytes, Some(m.permissions())),
        // A link to nothing yet: the shell's `>` would create its target.
        Ok(m) if m.file_type().is_symlink() => write_through(path, bytes, true),
        Ok(_) => write_through(path, bytes, false),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => replace(path, bytes, None),
        Err(e) => Err(Error::io(path, e)),
    }
}

/// A temporary file beside `path`, renamed over it, with `mode` (the old
/// file's) or the default mode of a new file.
fn replace(path: &Path, bytes: &[u8], mode: Option<fs::Permissions>) -> Result<()> {
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let mut builder = tempfile::Builder::new();
    builder.prefix(".claimtrack-").suffix(".tmp");
    // tempfile makes its files private (0600); a page is made to be shared.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    if !dir.is_dir() {
        return Err(Error::input(path, format!("cannot write here: {} is not a folder", dir.display())));
    }
    let mut tmp =
        builder.tempfile_in(dir).map_err(|e| Error::io(dir, std::io::Error::new(e.kind(), e.kind().to_string())))?;
    tmp.write_all(bytes).map_err(|e| Error::io(path, e))?;
    if let Some(mode) = mode {
        tmp.as_file().set_permissions(mode).map_err(|e| Error::io(path, e))?;
    }
    tmp.persist(path).map_err(|e| Error::io(path, e.error))?;
    Ok(())
}

/// Opens what is at `path` for writing, without renaming anything (and
/// creating only a link's missing target), and writes `bytes` to it.
fn write_through(path: &Path, bytes: &[u8], create: bool) -> Result<()> {
    let mut file =
        fs::OpenOptions::new().write(true).truncate(true).create(create).open(path).map_err(|e| Error::io(path, e))?;
    file.write_all(bytes).map_err(|e| Error::io(path, e))?;
    file.flush().map_err(|e| Error::io(path, e))
}

#[cfg(all(test, unix))]
mod tests {
    use super::write_file;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn a_symlink_is_written_through_not_replaced() {
        let tmp = tempfile::tempdir().unwrap();
        let target = tmp.path().join("target.html");
        std::fs::write(&target, "old").unwrap();
        let link = tmp.path().join("link.html");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        write_file(&link, b"new page").unwrap();
        assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "new page");
    }

    #[test]
    fn a_dangling_link_gets_its_target_and_a_missing_folder_is_named() {
        let tmp = tempfile::tempdir().unwrap();
        let link = tmp.path().join("link.html");
        std::os::unix::fs::symlink(tmp.path().join("new.html"), &link).unwrap();
        write_file(&link, b"page").unwrap();
        assert_eq!(std::fs::read_to_string(tmp.path().join("new.html")).unwrap(), "page");
        let err = write_file(&tmp.path().join("nodir/page.html"), b"page").unwrap_err().to_string();
        assert!(err.contains("is not a folder") && !err.contains(".claimtrack-"), "{err}");
    }

    #[test]
    fn a_replaced_file_keeps_its_mode() {
        let tmp = tempfile::tempdir().unwrap();
        let page = tmp.path().join("page.html");
        std::fs::write(&page, "old").unwrap();
        std::fs::set_permissions(&page, std::fs::Permissions::from_mode(0o640)).unwrap();
        write_file(&page, b"new").unwrap();
        assert_eq!(std::fs::metadata(&page).unwrap().permissions().mode() & 0o777, 0o640);
        assert_eq!(std::fs::read_to_string(&page).unwrap(), "new");
    }
}

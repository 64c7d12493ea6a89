//! The store: the `claims/` folder of YAML records, one per article.
//!
//! Only this module touches the folder. Writes take a lock, go to a temporary
//! file in the same directory and are renamed into place, so a record is
//! either the old one or the new one, and concurrent writers queue.

mod batch;
mod record;
pub mod slug;
pub mod validate;
pub mod yaml;

pub use batch::Rendered;
pub use record::{Change, Extraction, Record, SCHEMA};

use crate::gazetteer::GazetteerFile;
use crate::model::ArticleMeta;
use crate::{Error, Result};
use fs4::fs_std::FileExt;
use rayon::prelude::*;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

pub const USER_ENTITIES: &str = "entities.yaml";
const LOCK_FILE: &str = ".claimtrack.lock";

pub struct Store {
    root: PathBuf,
}

/// A record read from disk, with the file it came from.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub path: PathBuf,
    pub record: Record,
}

impl Store {
    pub fn new(root: impl Into<PathBuf>) -> Store {
        Store { root: root.into() }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Where the record of an article lives: `<story>/<date>--<outlet>--<title>.yaml`.
    pub fn record_path(&self, meta: &ArticleMeta) -> PathBuf {
        let date = meta.published.map(|p| p.format("%Y-%m-%d").to_string()).unwrap_or_else(|| "undated".into());
        let name = format!("{date}--{}--{}.yaml", slug::slug(&meta.outlet), slug::slug(&meta.title));
        self.root.join(slug::slug(&meta.story)).join(name)
    }

    /// Writes `record`, keeping the reviews of any record already there.
    pub fn save(&self, record: Record) -> Result<(PathBuf, Change)> {
        Ok(self.save_all(vec![record])?.remove(0))
    }

    /// Applies `edit` to the record at `path` under the lock, re-reading it first
    /// so a concurrent writer's changes are not lost.
    pub fn update(&self, path: &Path, edit: impl FnOnce(&mut Record) -> Result<()>) -> Result<()> {
        let _lock = self.lock()?;
        let mut record = read_record(path)?.ok_or_else(|| Error::input(path, "record disappeared"))?;
        edit(&mut record)?;
        write_atomic(path, &yaml::to_string(&record)?)
    }

    /// Every record in the store, in path order, with people's corrections
    /// applied to its claims; unreadable records are returned as errors
    /// beside the good ones.
    pub fn load_all(&self) -> (Vec<Loaded>, Vec<Error>) {
        // Parsing YAML is most of the time of `list` and `diff` on a large
        // store: records are parsed in parallel, then taken in path order.
        let read: Vec<(PathBuf, Result<Option<Record>>)> = self
            .record_files()
            .into_par_iter()
            .map(|path| {
                let record = read_record(&path).map(|r| {
                    r.map(|mut record| {
                        record.claims = record.corrected_claims();
                        record
                    })
                });
                (path, record)
            })
            .collect();
        let mut loaded = Vec::new();
        let mut errors = Vec::new();
        for (path, record) in read {
            match record {
                Ok(Some(record)) => loaded.push(Loaded { path, record }),
                Ok(None) => {}
                Err(e) => errors.push(e),
            }
        }
        (loaded, errors)
    }

    /// Every readable record, and the errors of those that are not: the
    /// readers show what they can and report the rest (exit 2), so one
    /// broken record does not hide the whole store.
    pub fn load_readable(&self) -> Result<(Vec<Loaded>, Vec<Error>)> {
        self.check_root(false)?;
        Ok(self.load_all())
    }

    /// Every record, or the first error: for commands that must see all.
    pub fn load_all_strict(&self) -> Result<Vec<Loaded>> {
        self.check_root(false)?;
        let (loaded, mut errors) = self.load_all();
        match errors.is_empty() {
            true => Ok(loaded),
            false => Err(errors.remove(0)),
        }
    }

    /// Every `*.yaml` entry one level inside a story folder, whatever it is:
    /// a link, folder or pipe named like a record is listed too, so reading
    /// it reports it rather than passing over it. A story folder that is a
    /// symbolic link is listed as well, for the same reason. Hidden entries
    /// are not records (no slug starts with a dot): an editor's lock or
    /// backup (Emacs's `.#name.yaml` link) is passed over, as `add` passes
    /// over hidden articles.
    pub fn record_files(&self) -> Vec<PathBuf> {
        let mut files: Vec<PathBuf> = Vec::new();
        let Ok(stories) = fs::read_dir(&self.root) else { return files };
        for story in stories.flatten().filter(|e| !hidden(e)) {
            let Ok(kind) = story.file_type() else { continue };
            if kind.is_symlink() {
                files.push(story.path());
            } else if kind.is_dir() {
                let Ok(entries) = fs::read_dir(story.path()) else { continue };
                let records = entries.flatten().filter(|e| !hidden(e)).map(|e| e.path());
                files.extend(records.filter(|p| p.extension().is_some_and(|x| x == "yaml")));
            }
        }
        files.sort();
        files
    }

    /// Whether `path` lies inside the store folder once links are followed,
    /// whether it exists yet or not: a file written there could replace a
    /// record.
    pub fn holds(&self, path: &Path) -> bool {
        let Ok(root) = fs::canonicalize(&self.root) else { return false };
        resolved(path).is_some_and(|p| p.starts_with(&root))
    }

    /// Refuses a store path that exists but is not a folder, and, when
    /// `must_exist`, one that does not exist.
    pub fn check_root(&self, must_exist: bool) -> Result<()> {
        match fs::metadata(&self.root) {
            Ok(m) if m.is_dir() => Ok(()),
            Ok(_) => Err(Error::input(&self.root, "the claims store is not a folder")),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && !must_exist => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                Err(Error::input(&self.root, "no claims store here (run `claimtrack add` first, or pass --store)"))
            }
            Err(e) => Err(Error::io(&self.root, e)),
        }
    }

    fn lock(&self) -> Result<StoreLock> {
        fs::create_dir_all(&self.root).map_err(|e| Error::io(&self.root, e))?;
        let path = self.root.join(LOCK_FILE);
        let file = fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| Error::io(&path, e))?;
        // Another writer holds it (or is stopped with ^Z): say why we wait, once.
        if !file.try_lock_exclusive().map_err(|e| Error::io(&path, e))? {
            crate::render::note("waiting for the store lock held by another claimtrack process…");
            file.lock_exclusive().map_err(|e| Error::io(&path, e))?;
        }
        sweep_stale_temps(&self.root);
        Ok(StoreLock { file })
    }
}

/// Held while writing; the OS releases the lock when the file closes.
struct StoreLock {
    #[allow(dead_code)]
    file: fs::File,
}

/// Whether two records are of one article, to be merged rather than kept
/// apart: read from the same file, or at the same URL, or with the same
/// story, outlet, title and date.
pub fn same_article(a: &ArticleMeta, b: &ArticleMeta) -> bool {
    let both = |x: &Option<String>, y: &Option<String>| x.is_some() && x == y;
    both(&a.source, &b.source)
        || both(&a.url, &b.url)
        || (a.story == b.story && a.outlet == b.outlet && a.title == b.title && a.published == b.published)
}

/// `path` with eight hex digits of a hash of the article's URL (or names)
/// before `.yaml`, for an article whose plain name another one holds, and
/// those digits.
fn disambiguated(path: &Path, article: &ArticleMeta) -> (PathBuf, String) {
    let identity = match &article.url {
        Some(url) => url.clone(),
        None => {
            format!("{}\u{1f}{}\u{1f}{}\u{1f}{:?}", article.story, article.outlet, article.title, article.published)
        }
    };
    let tag = slug::tag(&identity);
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    (path.with_file_name(format!("{stem}--{tag}.yaml")), tag)
}

/// Whether a store entry's name starts with a dot.
fn hidden(entry: &fs::DirEntry) -> bool {
    entry.file_name().as_encoded_bytes().starts_with(b".")
}

/// Where writing to `path` would land: the path with links followed, or,
/// when nothing is there yet, its folder's real path and its name.
fn resolved(path: &Path) -> Option<PathBuf> {
    if let Ok(real) = fs::canonicalize(path) {
        return Some(real);
    }
    let parent = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    // A dangling link: writing through it creates its target.
    let path = match fs::read_link(path) {
        Ok(target) => parent.join(target),
        Err(_) => path.to_path_buf(),
    };
    let parent = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    Some(fs::canonicalize(parent).ok()?.join(path.file_name()?))
}

pub fn read_record(path: &Path) -> Result<Option<Record>> {
    if let Ok(meta) = fs::symlink_metadata(path) {
        if let Some(what) = not_a_record_file(&meta) {
            return Err(Error::record(
                path,
                None,
                format!("is {what}, not a record; the store holds only plain files"),
            ));
        }
    }
    let text = match fs::read(path) {
        Ok(bytes) => String::from_utf8(bytes).map_err(|_| Error::record(path, None, "record is not UTF-8"))?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(Error::io(path, e)),
    };
    let record: Record = yaml::parse(&text, &path.display().to_string())?;
    if record.schema > SCHEMA {
        let message = format!(
            "record schema {} is newer than this claimtrack supports ({SCHEMA}); upgrade claimtrack",
            record.schema
        );
        return Err(Error::record(path, Some(1), message));
    }
    Ok(Some(record))
}

/// What a store entry is, when it is not a plain file a record can live in.
fn not_a_record_file(meta: &fs::Metadata) -> Option<&'static str> {
    let kind = meta.file_type();
    match () {
        _ if kind.is_symlink() => Some("a symbolic link"),
        _ if kind.is_dir() => Some("a folder"),
        _ if !kind.is_file() => Some("a special file"),
        _ => None,
    }
}

/// The user's gazetteer additions, if the store has them.
pub fn load_user_entities(root: &Path) -> Result<Option<GazetteerFile>> {
    let path = root.join(USER_ENTITIES);
    match fs::read_to_string(&path) {
        Ok(text) => yaml::parse(&text, &path.display().to_string()).map(Some),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::io(&path, e)),
    }
}

/// Removes temporary files a killed writer left behind. Writers only make
/// them while holding the lock, so under the lock any that exist are stale.
fn sweep_stale_temps(root: &Path) {
    let Ok(dirs) = fs::read_dir(root) else { return };
    for dir in dirs.flatten().filter(|d| d.file_type().is_ok_and(|t| t.is_dir())) {
        let Ok(files) = fs::read_dir(dir.path()) else { continue };
        for f in files.flatten() {
            let name = f.file_name();
            let name = name.to_string_lossy();
            if name.starts_with(".tmp-") && name.ends_with(".yaml.tmp") {
                let _ = fs::remove_file(f.path()); // best effort: a leftover is harmless
            }
        }
    }
}

/// Records are shared files: readable by others, like any file the user
/// writes (tempfile creates its files private).
#[cfg(unix)]
fn make_readable(file: &fs::File, path: &Path) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let mode = fs::metadata(path).map(|m| m.permissions().mode() & 0o777).unwrap_or(0o644);
    file.set_permissions(fs::Permissions::from_mode(mode)).map_err(|e| Error::io(path, e))
}

#[cfg(not(unix))]
fn make_readable(_file: &fs::File, _path: &Path) -> Result<()> {
    Ok(())
}

/// Temporary file in the same directory, flushed, then renamed over the target.
fn write_atomic(path: &Path, text: &str) -> Result<()> {
    synced_temp(path, text)?.persist(path).map_err(|e| Error::io(path, e.error))?;
    Ok(())
}

/// A temporary file in the target's folder holding `text`, flushed to disk.
/// A story folder made for it is removed again if the write fails (a full
/// disk), so a failed `add` leaves no empty folder behind.
fn synced_temp(path: &Path, text: &str) -> Result<tempfile::NamedTempFile> {
    let dir = path.parent().unwrap_or(Path::new("."));
    if fs::symlink_metadata(dir).is_ok_and(|m| m.file_type().is_symlink()) {
        return Err(Error::input(dir, "story folder is a symbolic link; claimtrack writes only inside the store"));
    }
    let made_dir = !dir.exists();
    fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let written = (|| {
        let mut tmp = tempfile::Builder::new()
            .prefix(".tmp-")
            .suffix(".yaml.tmp")
            .tempfile_in(dir)
            .map_err(|e| Error::io(dir, e))?;
        tmp.write_all(text.as_bytes()).map_err(|e| Error::io(path, e))?;
        crate::faults::point("store-write").map_err(|e| Error::io(path, e))?;
        make_readable(tmp.as_file(), path)?;
        tmp.as_file().sync_all().map_err(|e| Error::io(path, e))?;
        Ok(tmp)
    })();
    if written.is_err() && made_dir {
        let _ = fs::remove_dir(dir); // only if still empty: another record may have landed there
    }
    written
}

//! Saving many records at once, as `add` of a folder does: the same result
//! as saving them one by one, in order, without paying one lock and one
//! `fsync` after another.
//!
//! Records wait to be saved as [`Rendered`] YAML: `add` extracts every
//! article before it writes anything, and a record held as text takes about
//! a third of the memory of the record itself. A record whose file already
//! exists (a re-run of `add`) is kept whole as well, since carrying the old
//! record's reviews over needs it and reading the text back would be slow.
//!
//! Each record is still written to a temporary file that is synced before
//! it is renamed over the old one, so a crash leaves the old record or the
//! new one. What changes is the schedule: the store is locked once; reading
//! the old records, merging reviews and writing YAML run in parallel; the
//! temporary files are written and synced by many threads at once (a sync
//! is a few milliseconds of waiting on the disk, and the file system commits
//! concurrent ones together); then the renames happen in the records' order.
//! A record whose path comes up again in the batch starts a new round, so it
//! sees the earlier one on disk exactly as a one-by-one save would, and an
//! error is reported for the first failing record in order, after the
//! records before it are in place and before any after it is.

use super::{read_record, yaml, Change, Record, Store};
use crate::model::ArticleMeta;
use crate::{Error, Result};
use rayon::prelude::*;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use tempfile::NamedTempFile;

/// Records per round: bounds the YAML held in memory at once.
const ROUND: usize = 512;
/// Threads writing and syncing temporary files; they mostly wait on the disk.
const SYNC_THREADS: usize = 32;

/// A record ready to be saved: where it goes and its YAML.
pub struct Rendered {
    path: PathBuf,
    /// Which article this is, to tell it from another that slugs the same.
    article: ArticleMeta,
    text: String,
    /// The record itself, when its file existed as it was rendered.
    record: Option<Record>,
}

/// What saving one record comes to, decided before anything is written.
/// Records planned earlier in a batch, by the file they go to.
type Pending = HashMap<PathBuf, Record>;

struct Plan {
    path: PathBuf,
    change: Change,
    /// The YAML to write; `None` when the record on disk is unchanged.
    text: Option<String>,
}

impl Store {
    /// `record` as it would be written, with the path it goes to.
    pub fn render(&self, record: Record) -> Result<Rendered> {
        let path = self.record_path(&record.article);
        let article = record.article.clone();
        let mut text = yaml::to_string(&record)?;
        // The writer grows the string by doubling: without this, 150 MB of
        // YAML for 10,000 articles held about 200 MB while it waited.
        text.shrink_to_fit();
        let record = path.exists().then_some(record);
        Ok(Rendered { path, article, text, record })
    }

    /// Writes `records` in order, keeping the reviews of records already
    /// there, with the same results as calling [`Store::save`] on each in
    /// turn; but every record is planned before any is written, so an old
    /// record that cannot be read stops the batch with nothing written.
    pub fn save_all(&self, records: Vec<Record>) -> Result<Vec<(PathBuf, Change)>> {
        let rendered = records.into_par_iter().map(|r| self.render(r)).collect::<Result<Vec<_>>>()?;
        self.save_rendered(rendered)
    }

    /// [`Store::save_all`] for records already rendered.
    pub fn save_rendered(&self, records: Vec<Rendered>) -> Result<Vec<(PathBuf, Change)>> {
        let _lock = self.lock()?;
        let mut done = Vec::with_capacity(records.len());
        let mut rounds: Vec<Vec<Plan>> = Vec::new();
        // A file two records of this batch go to: the later one is planned
        // against what the earlier will have written, not the disk.
        let mut seen: HashSet<&Path> = HashSet::new();
        let shared: HashSet<PathBuf> =
            records.iter().filter(|r| !seen.insert(r.path.as_path())).map(|r| r.path.clone()).collect();
        let mut pending: Pending = HashMap::new();
        let mut records = records.into_iter().peekable();
        while records.peek().is_some() {
            let mut round: Vec<Rendered> = Vec::new();
            let mut paths: HashSet<PathBuf> = HashSet::new();
            while let Some(r) = records.next_if(|r| round.len() < ROUND && !paths.contains(&r.path)) {
                paths.insert(r.path.clone());
                round.push(r);
            }
            let shares: Vec<bool> = round.iter().map(|r| shared.contains(&r.path)).collect();
            let plans = round.into_par_iter().map(|r| plan(r, &pending)).collect::<Result<Vec<_>>>()?;
            for (p, _) in plans.iter().zip(shares).filter(|(_, s)| *s) {
                if let Some(text) = &p.text {
                    pending.insert(p.path.clone(), yaml::parse(text, &p.path.display().to_string())?);
                }
            }
            rounds.push(plans);
        }
        for plans in rounds {
            write_round(plans, &mut done)?;
        }
        Ok(done)
    }
}

fn write_round(plans: Vec<Plan>, done: &mut Vec<(PathBuf, Change)>) -> Result<()> {
    let texts: Vec<Option<(&Path, &str)>> =
        plans.iter().map(|p| p.text.as_deref().map(|t| (p.path.as_path(), t))).collect();
    let mut temps = write_synced(&texts);
    for (i, plan) in plans.into_iter().enumerate() {
        if let Some(tmp) = temps[i].take() {
            tmp?.persist(&plan.path).map_err(|e| Error::io(&plan.path, e.error))?;
        }
        done.push((plan.path, plan.change));
    }
    Ok(())
}

/// Reads the old record, if any, and carries its reviews over. When the
/// file holds another article whose names slug the same (titles alike in
/// their first 60 characters, outlets differing only in punctuation), the
/// record goes to a name with a hash of its identity added instead.
fn plan(new: Rendered, pending: &Pending) -> Result<Plan> {
    let read = |p: &Path| match pending.get(p) {
        Some(planned) => Ok(Some(planned.clone())),
        None => read_record(p),
    };
    let Rendered { mut path, article, mut text, mut record } = new;
    let mut old = read(&path)?;
    if old.as_ref().is_some_and(|o| !super::same_article(&o.article, &article)) {
        let tag;
        (path, tag) = super::disambiguated(&path, &article);
        old = read(&path)?;
        if let Some(o) = old.as_ref().filter(|o| !super::same_article(&o.article, &article)) {
            let message = format!("holds another article ({}: {}); not overwritten", o.article.outlet, o.article.title);
            return Err(Error::record(&path, None, message));
        }
        // Claim ids come from the same slugs as the file name: they get the tag too,
        // so ids stay unique across the store and every claim can be reviewed.
        let mut tagged = match record {
            Some(record) => record,
            None => yaml::parse(&text, &path.display().to_string())?,
        };
        for c in &mut tagged.claims {
            c.id = format!("{}-{tag}", c.id);
        }
        text = yaml::to_string(&tagged)?;
        record = Some(tagged);
    }
    let Some(old) = old else {
        return Ok(Plan { path, change: Change::Created, text: Some(text) });
    };
    // A file that appeared after rendering (another writer): read the text back.
    let mut record = match record {
        Some(record) => record,
        None => yaml::parse(&text, &path.display().to_string())?,
    };
    record.keep_reviews_from(&old);
    if record.same_content(&old) {
        return Ok(Plan { path, change: Change::Unchanged, text: None });
    }
    let text = yaml::to_string(&record)?;
    Ok(Plan { path, change: Change::Updated, text: Some(text) })
}

/// Each text written to a synced temporary file beside its target, by a
/// pool of threads; the result for item `i` is at index `i`.
fn write_synced(items: &[Option<(&Path, &str)>]) -> Vec<Option<Result<NamedTempFile>>> {
    let results: Vec<Mutex<Option<Result<NamedTempFile>>>> = items.iter().map(|_| Mutex::new(None)).collect();
    let next = AtomicUsize::new(0);
    let work = items.iter().filter(|i| i.is_some()).count();
    std::thread::scope(|s| {
        for _ in 0..work.min(SYNC_THREADS) {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(item) = items.get(i) else { break };
                if let Some((path, text)) = item {
                    let written = super::synced_temp(path, text);
                    *results[i].lock().expect("no thread panics holding it") = Some(written);
                }
            });
        }
    });
    results.into_iter().map(|m| m.into_inner().expect("no thread panicked")).collect()
}

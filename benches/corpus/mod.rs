//! A deterministic benchmark corpus: N articles on M stories, made from the
//! five sample articles in `articles/` (the seed plus four fictional outlets).
//!
//! Shared by `examples/gencorpus.rs` (which writes the files) and the criterion
//! benches (which use the texts in memory), so both measure the same text.
//! Every article is drawn from its own PRNG stream, seeded from the corpus
//! seed and the article's index: the corpus does not depend on the order in
//! which articles are generated, and a seed always gives byte-identical files.
//!
//! Each story gets its own cast (leader, counterpart, adviser, ambassador),
//! host country and dates; each article then varies that story's text the way
//! outlets do: numbers and dates nudged, paragraphs dropped, reordered or
//! borrowed from another outlet's version, synonyms swapped in quotes, cue
//! verbs changed. Articles average about 4 KB.

mod lists;
mod rewrite;

use std::path::Path;

/// One generated article: where it goes and what it says.
pub struct Generated {
    /// File name inside the output folder, e.g. `story-0001--000042.txt`.
    pub file_name: String,
    /// The whole file: front matter and body.
    pub text: String,
}

/// The corpus parameters; `article(i)` is a pure function of them and `i`.
#[derive(Debug, Clone, Copy)]
pub struct Corpus {
    pub seed: u64,
    pub articles: usize,
    pub stories: usize,
}

impl Corpus {
    pub fn new(seed: u64, articles: usize, stories: usize) -> Corpus {
        assert!(stories >= 1 && articles >= stories, "need at least one article per story");
        Corpus { seed, articles, stories }
    }

    /// The story article `i` belongs to (stories are contiguous runs of articles).
    pub fn story_of(&self, i: usize) -> usize {
        i * self.stories / self.articles
    }

    /// Story names are 1-based: `story-0001`.
    pub fn story_name(story: usize) -> String {
        format!("story-{:04}", story + 1)
    }

    /// Article `i` (0-based) of the corpus.
    pub fn article(&self, i: usize) -> Generated {
        let story = self.story_of(i);
        // The first article of every story is its primary source, the transcript.
        let first_of_story = i == 0 || self.story_of(i - 1) != story;
        let cast = rewrite::Cast::for_story(self.seed, story);
        let mut rng = Rng::stream(self.seed, 1 + i as u64);
        let outlet = lists::outlet_name(self.seed, i);
        let text = rewrite::article(&cast, &mut rng, &outlet, first_of_story, Corpus::story_name(story), i);
        Generated { file_name: format!("{}--{i:06}.txt", Corpus::story_name(story)), text }
    }

    /// All articles, in order.
    pub fn iter(&self) -> impl Iterator<Item = Generated> + '_ {
        (0..self.articles).map(|i| self.article(i))
    }

    /// Writes every article into `dir` (created if missing); returns the bytes written.
    // Only the example writes files; the benches keep the texts in memory.
    #[allow(dead_code)]
    pub fn write_to(&self, dir: &Path) -> std::io::Result<u64> {
        std::fs::create_dir_all(dir)?;
        let mut bytes = 0;
        for a in self.iter() {
            std::fs::write(dir.join(&a.file_name), &a.text)?;
            bytes += a.text.len() as u64;
        }
        Ok(bytes)
    }
}

/// A tiny seeded PRNG, so the corpus needs no dependency and a seed gives the
/// same articles on every platform and with every release of `rand`.
/// splitmix64: one 64-bit state, a full-period Weyl sequence and a strong
/// output mix; plenty for picking words and paragraphs.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// An independent stream for one article or story: the seed and the
    /// stream number are mixed, so neighbouring streams do not correlate.
    pub fn stream(seed: u64, stream: u64) -> Rng {
        let mut r = Rng(seed ^ stream.wrapping_mul(0xA076_1D64_78BD_642F));
        r.next_u64();
        Rng(r.next_u64() ^ stream)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0); the modulo bias is negligible for small n.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + (self.next_u64() % (hi - lo + 1) as u64) as i64
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        ((self.next_u64() >> 11) as f64) / ((1u64 << 53) as f64) < p
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

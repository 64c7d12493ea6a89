//! Extraction throughput on one thread: ingest (front matter, chrome, body)
//! alone, and ingest + segmentation + extraction, over 200 generated articles
//! (~0.8 MB), reported in bytes per second of article files.
//!
//! Criterion runs every iteration on the calling thread and extraction does
//! not use rayon, so these are single-thread figures.

mod corpus;

use claimtrack::gazetteer::Gazetteer;
use claimtrack::{extract, ingest};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;

const ARTICLES: usize = 200;
const STORIES: usize = 10;

fn bench(c: &mut Criterion) {
    let texts: Vec<(String, String)> =
        corpus::Corpus::new(42, ARTICLES, STORIES).iter().map(|g| (g.file_name, g.text)).collect();
    let bytes: u64 = texts.iter().map(|(_, t)| t.len() as u64).sum();
    let gaz = Gazetteer::builtin();
    let opts = ingest::Options::default();
    let mut group = c.benchmark_group("extract");
    group.throughput(Throughput::Bytes(bytes));
    group.bench_function(format!("ingest/{ARTICLES} articles"), |b| {
        b.iter(|| {
            let mut n = 0;
            for (name, text) in &texts {
                n += ingest::ingest_text(text, name, &opts).expect("generated article ingests").body.len();
            }
            black_box(n)
        })
    });
    group.sample_size(10);
    group.bench_function(format!("ingest+segment+extract/{ARTICLES} articles"), |b| {
        b.iter(|| {
            let mut n = 0;
            for (name, text) in &texts {
                let article = ingest::ingest_text(text, name, &opts).expect("generated article ingests");
                n += extract::extract(&article, gaz).len();
            }
            black_box(n)
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

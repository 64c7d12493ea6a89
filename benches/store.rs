//! Record save and load through the store's public API, into a temporary
//! folder: 100 records written into a fresh store, written again unchanged
//! (each is read back and compared, nothing rewritten), and loaded.

mod corpus;

use claimtrack::gazetteer::Gazetteer;
use claimtrack::store::{Record, Store};
use claimtrack::{extract, ingest};
use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use std::hint::black_box;

const RECORDS: usize = 100;

fn records() -> Vec<Record> {
    let gaz = Gazetteer::builtin();
    corpus::Corpus::new(42, RECORDS, 10)
        .iter()
        .map(|g| {
            let article = ingest::ingest_text(&g.text, &g.file_name, &ingest::Options::default()).expect("ingests");
            let claims = extract::extract(&article, gaz);
            Record::new(article.meta, claims)
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let records = records();
    let mut group = c.benchmark_group("store");
    group.throughput(Throughput::Elements(RECORDS as u64));
    group.bench_function(format!("save/{RECORDS} records, fresh store"), |b| {
        b.iter_batched(
            || (tempfile::tempdir().expect("tempdir"), records.clone()),
            |(dir, records)| {
                let store = Store::new(dir.path().join("claims"));
                for r in records {
                    black_box(store.save(r).expect("saves"));
                }
                dir // dropped (and deleted) outside the timing
            },
            BatchSize::PerIteration,
        )
    });
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::new(dir.path().join("claims"));
    for r in &records {
        store.save(r.clone()).expect("saves");
    }
    group.bench_function(format!("save unchanged/{RECORDS} records"), |b| {
        b.iter_batched(
            || records.clone(),
            |records| {
                for r in records {
                    black_box(store.save(r).expect("saves"));
                }
            },
            BatchSize::PerIteration,
        )
    });
    group.bench_function(format!("load/{RECORDS} records"), |b| {
        b.iter(|| black_box(store.load_all_strict().expect("loads").len()))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

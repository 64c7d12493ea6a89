//! Alignment and comparison of one story of 10, 100 and 1,000 articles,
//! through the same entry points `claimtrack diff` uses
//! ([`claimtrack::align::align`] and [`claimtrack::compare::compare`]).
//! Articles are extracted once, before timing; primary source first, then by
//! publication, as `diff --story` orders them.

mod corpus;

use claimtrack::compare::{self, Side};
use claimtrack::gazetteer::Gazetteer;
use claimtrack::model::{ArticleKind, ArticleMeta, Claim};
use claimtrack::{align, extract, ingest};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use rayon::prelude::*;
use std::hint::black_box;
use std::time::Duration;

fn story(n: usize) -> Vec<(ArticleMeta, Vec<Claim>)> {
    let gaz = Gazetteer::builtin();
    let corpus = corpus::Corpus::new(42, n, 1);
    let mut out: Vec<(ArticleMeta, Vec<Claim>)> = (0..n)
        .into_par_iter()
        .map(|i| {
            let g = corpus.article(i);
            let article = ingest::ingest_text(&g.text, &g.file_name, &ingest::Options::default()).expect("ingests");
            let claims = extract::extract(&article, gaz);
            (article.meta, claims)
        })
        .collect();
    out.sort_by_key(|(m, _)| (m.kind != ArticleKind::Primary, m.published));
    out
}

fn bench(c: &mut Criterion) {
    let gaz = Gazetteer::builtin();
    let mut group = c.benchmark_group("story");
    group.sample_size(10).measurement_time(Duration::from_secs(15));
    for n in [10, 100, 1000] {
        let articles = story(n);
        let lists: Vec<&[Claim]> = articles.iter().map(|(_, c)| c.as_slice()).collect();
        let sides: Vec<Side> = articles.iter().map(|(m, c)| Side { meta: m, claims: c }).collect();
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::new("align", n), &lists, |b, lists| {
            b.iter(|| black_box(align::align(lists).len()))
        });
        group.bench_with_input(BenchmarkId::new("compare", n), &sides, |b, sides| {
            b.iter(|| black_box(compare::compare(sides, gaz).flags.len()))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

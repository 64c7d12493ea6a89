//! Article text → segmentation and claim extraction with the built-in
//! gazetteer. Two articles are built from each input: the one `ingest_text`
//! makes of it (front matter, HTML, cleaning), and one whose body is the raw
//! input, so the extractor also sees bodies that cleaning would have tidied.
//! The checks are the ones tests/properties.rs states: spans stay inside.
#![no_main]

use claimtrack::extract::extract;
use claimtrack::gazetteer::Gazetteer;
use claimtrack::ingest::{self, Options};
use claimtrack::model::{Article, ArticleKind, ArticleMeta};
use claimtrack::segment;
use libfuzzer_sys::fuzz_target;

fn check(article: &Article) {
    let body = article.body.as_str();
    for p in segment::paragraphs(body) {
        assert!(p.start <= p.end && p.end <= body.len(), "paragraph {p:?} outside body of {}", body.len());
        for s in segment::sentences(body, p.clone()) {
            assert!(p.start <= s.start && s.end <= p.end, "sentence {s:?} outside paragraph {p:?}");
        }
    }
    for c in extract(article, Gazetteer::builtin()) {
        assert!(
            c.span.start <= c.span.end && c.span.end <= body.len(),
            "claim {} span {}..{} outside body of {} bytes",
            c.id,
            c.span.start,
            c.span.end,
            body.len()
        );
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(article) = ingest::ingest_text(text, "fuzz.txt", &Options::default()) {
        check(&article);
    }
    // The raw text as a body, with a date so date resolution runs; the
    // input's length picks report or primary (issuer-speaker) handling.
    let meta = ArticleMeta {
        story: "fuzz".into(),
        outlet: "Fuzz Wire".into(),
        url: None,
        title: "fuzz".into(),
        // Parsed by the library's own date reader, so no chrono dependency here.
        published: claimtrack::extract::dates::parse_datetime("2024-06-21T08:39:00"),
        kind: if text.len() % 2 == 0 { ArticleKind::Report } else { ArticleKind::Primary },
        source: None,
        content_hash: String::new(),
        body_len: text.len(),
    };
    check(&Article { meta, body: text.to_string() });
});

//! No panics on any input: ingest, segmentation, extraction and record
//! loading take arbitrary text (proptest) and either succeed or return an
//! error.

use claimtrack::gazetteer::Gazetteer;
use proptest::prelude::*;

/// Text built from the pieces that trip extractors: quote marks of every
/// kind, cue verbs, names, blank lines, front-matter fences and HTML.
fn newsy() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "“", "”", "‘", "’", "\"", "'", " said ", " warned ", ", ", ". ", "\n\n", "\n", "Putin", "Seoul",
        "the Russian leader", " he ", "according to ", "KCNA", " not ", " rule out ", "If ", " is attacked", "1,159",
        " on Thursday", "---\n", "outlet: X\n", "<p>", "</p>", "<div>", "Q: ", "A: ", "(ICES)", "—", "é", "\u{0}",
        "🙂", "...", "U.S.", " 13-2 ",
    ]);
    prop::collection::vec(prop_oneof![pieces.prop_map(String::from), "[a-zA-Z ]{0,12}"], 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    #[test]
    fn ingest_and_extract_never_panic(text in newsy()) {
        if let Ok(article) = claimtrack::ingest::ingest_text(&text, "prop.txt", &Default::default()) {
            let claims = claimtrack::extract::extract(&article, Gazetteer::builtin());
            for c in claims {
                prop_assert!(c.span.start <= c.span.end && c.span.end <= article.body.len());
            }
        }
    }

    #[test]
    fn segmentation_spans_stay_inside(text in newsy()) {
        for p in claimtrack::segment::paragraphs(&text) {
            for s in claimtrack::segment::sentences(&text, p.clone()) {
                prop_assert!(p.start <= s.start && s.end <= p.end);
            }
        }
    }

    #[test]
    fn record_loading_never_panics(text in "[ -~\n]{0,400}") {
        let _ = claimtrack::store::yaml::parse::<claimtrack::store::Record>(&text, "prop.yaml");
    }

    #[test]
    fn arbitrary_unicode_never_panics(text in "\\PC{0,300}") {
        if let Ok(article) = claimtrack::ingest::ingest_text(&text, "prop.txt", &Default::default()) {
            let _ = claimtrack::extract::extract(&article, Gazetteer::builtin());
        }
    }
}

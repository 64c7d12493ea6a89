//! `claims/` is the committed output of the tool on `articles/`: this test
//! notices when an article or the extractor changed and the records did not.

use claimtrack::gazetteer::Gazetteer;
use claimtrack::store::{read_record, Store};
use std::path::Path;

#[test]
fn committed_records_match_a_fresh_extraction() {
    let store = Store::new("claims");
    let gaz = Gazetteer::load(Some(Path::new("claims"))).unwrap();
    let files = claimtrack::commands::article_files(&["articles".into()]).unwrap();
    assert!(files.len() >= 4);
    let mut stale = Vec::new();
    for f in &files {
        let article = claimtrack::ingest::read(f, &Default::default()).unwrap();
        let claims = claimtrack::extract::extract(&article, &gaz);
        let path = store.record_path(&article.meta);
        match read_record(&path).unwrap() {
            Some(mut r) => {
                r.claims.iter_mut().for_each(|c| c.review = Default::default());
                if r.article != article.meta || r.claims != claims {
                    stale.push(path.display().to_string());
                }
            }
            None => stale.push(format!("{} (missing)", path.display())),
        }
    }
    let records = store.record_files().len();
    assert_eq!(records, files.len(), "claims/ holds records of articles that are gone");
    assert!(stale.is_empty(), "stale records (run `claimtrack add articles/`): {stale:?}");
}

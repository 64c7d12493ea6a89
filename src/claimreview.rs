//! schema.org ClaimReview JSON-LD for reviewed claims (what Google's Fact
//! Check Tools read): the required `claimReviewed`, `reviewRating` (with
//! `alternateName`) and `url`, and the recommended `author`,
//! `datePublished` and `itemReviewed` (a `Claim` with its author, date,
//! appearances and first appearance). `@id` is stable per claim.

use crate::model::{ArticleMeta, Claim};
use crate::verdict::{Status, BEST_RATING, WORST_RATING};
use serde_json::{json, Value};

/// Where the claim appeared: every stored article carrying an aligned claim
/// would be better; for now, the article the claim was extracted from.
pub fn claim_review(base_url: &str, publisher: &str, article: &ArticleMeta, claim: &Claim) -> Option<Value> {
    let status = Status::parse(claim.review.status.as_deref()?)?;
    let last = claim.review.history.last();
    let url = format!("{}/claims/{}", base_url.trim_end_matches('/'), claim.id);
    let mut rating = json!({
        "@type": "Rating",
        "bestRating": BEST_RATING,
        "worstRating": WORST_RATING,
        "alternateName": status.alternate_name(),
    });
    if let Some(v) = status.rating_value() {
        rating["ratingValue"] = json!(v);
    }
    let appeared = claim.said_on.map(|d| d.to_string()).or_else(|| article.published.map(|p| p.date().to_string()));
    let appearance = json!({
        "@type": "CreativeWork",
        "url": article.url,
        "headline": article.title,
        "datePublished": article.published.map(|p| p.date().to_string()),
        "publisher": {"@type": "Organization", "name": article.outlet},
    });
    let speaker_type = if claim.speaker.as_deref().is_some_and(|s| s.split_whitespace().count() >= 2) {
        "Person"
    } else {
        "Organization"
    };
    Some(json!({
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "@id": format!("{url}#review"),
        "url": url,
        "claimReviewed": claim.text,
        "datePublished": last.map(|v| v.on.date().to_string()),
        "author": {"@type": "Organization", "name": last.and_then(|v| v.by.clone()).unwrap_or_else(|| publisher.to_string())},
        "reviewRating": rating,
        "itemReviewed": {
            "@type": "Claim",
            "author": {"@type": speaker_type, "name": claim.speaker},
            "datePublished": appeared,
            "appearance": [appearance.clone()],
            "firstAppearance": appearance,
        },
    }))
}

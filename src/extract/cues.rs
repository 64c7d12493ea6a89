//! Cue verbs: the words that attribute a statement, their strength
//! (said < stressed < warned < threatened) and the claim kind they signal,
//! with a CAMEO-style event code where one fits.

use crate::model::ClaimKind;
use rustc_hash::FxHashMap;
use std::sync::LazyLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cue {
    pub lemma: &'static str,
    /// 1 neutral report ... 4 threat; outlets raising it change the story.
    pub strength: u8,
    pub kind: Option<ClaimKind>,
    pub cameo: Option<&'static str>,
    /// Whether the verb usually takes a person object before its content
    /// ("warned Seoul that", "told reporters").
    pub takes_object: bool,
}

const fn cue(
    lemma: &'static str,
    strength: u8,
    kind: Option<ClaimKind>,
    cameo: Option<&'static str>,
    obj: bool,
) -> Cue {
    Cue { lemma, strength, kind, cameo, takes_object: obj }
}

use ClaimKind::*;

/// (surface forms, cue). Forms are lowercase; matching is on single words.
const LEXICON: &[(&[&str], Cue)] = &[
    (&["say", "says", "said", "saying"], cue("say", 1, None, Some("010"), false)),
    (&["raged", "fumed", "stormed", "fumes", "rages"], cue("rage", 2, None, Some("010"), false)),
    (
        &["joked", "quipped", "laughed", "sighed", "jokes", "quips", "grinned", "chuckled", "beamed", "smiled"],
        cue("joke", 1, None, Some("010"), false),
    ),
    (&["tell", "tells", "told", "telling"], cue("tell", 1, None, Some("010"), true)),
    // The cues of translated French and Spanish copy: "confides Sandrine Morel-Aubry".
    (&["confide", "confides", "confided"], cue("confide", 1, None, Some("010"), false)),
    // The past only before "that" (see `attribution::cue_at`): "a warning light indicated low oil pressure".
    (&["indicates", "indicated", "manifested", "manifests"], cue("indicate", 1, None, Some("010"), false)),
    // Translated Portuguese, French and Spanish copy, only before "that" or after a quote
    // (see `attribution::THAT_OR_QUOTE`): "guaranteed that", "clarified that", "considered the academic".
    (&["guarantee", "guarantees", "guaranteed"], cue("promise", 2, Some(Promise), Some("05"), false)),
    (&["clarify", "clarifies", "clarified"], cue("clarify", 1, None, Some("010"), false)),
    (&["considers", "considered"], cue("consider", 1, None, Some("010"), false)),
    (&["recognises", "recognised", "recognizes", "recognized"], cue("acknowledge", 1, None, Some("010"), false)),
    (&["advanced"], cue("advance", 1, None, Some("010"), false)),
    // "deplored that the government had not consulted", "judged that", "the Council held that".
    (&["deplores", "deplored", "regrets", "regretted"], cue("deplore", 2, None, Some("111"), false)),
    (&["judges", "judged", "held", "holds"], cue("hold", 1, None, Some("010"), false)),
    (&["observes", "observed"], cue("observe", 1, None, Some("010"), false)),
    // Indian and Pakistani English: "opined that the crisis was man-made".
    (&["opined", "opines"], cue("opine", 1, None, Some("010"), false)),
    // "informed the correspondent that", "expressed the opinion that".
    (&["informed", "informs"], cue("inform", 1, None, Some("010"), true)),
    (&["reminded", "reminds"], cue("remind", 1, None, Some("010"), true)),
    // Only as "pointed out" (see `attribution::cue_at`).
    (&["pointed", "points"], cue("point out", 1, None, Some("010"), false)),
    (&["expressed", "expresses"], cue("express", 1, None, Some("010"), false)),
    // Only after a quotation (see `attribution::QUOTE_ONLY`): "the company recalled 38,000 units".
    (&["recalled", "recalls"], cue("recall", 1, None, Some("010"), false)),
    (&["specify", "specifies", "specified"], cue("specify", 1, None, Some("010"), false)),
    (&["assure", "assures", "assured"], cue("assure", 1, None, Some("010"), true)),
    (&["assert", "asserts", "asserted", "affirm", "affirms", "affirmed"], cue("assert", 2, None, Some("010"), false)),
    (
        // Not the bare form: "as residents complain that …" is the writer's background.
        &["complains", "complained", "laments", "lamented"],
        cue("complain", 2, None, Some("111"), false),
    ),
    (&["recounts", "recounted", "commented", "exclaimed"], cue("recount", 1, None, Some("010"), false)),
    (&["retort", "retorts", "retorted", "countered", "counters"], cue("retort", 2, None, Some("010"), false)),
    (&["thundered", "thunders", "hammers", "hammered"], cue("thunder", 2, None, Some("010"), false)),
    // Translated French: "“…,” launched its president" (« lança »).
    (&["launched", "launches"], cue("launch", 1, None, Some("010"), false)),
    (&["add", "adds", "added", "adding", "continued", "continues"], cue("add", 1, None, Some("010"), false)),
    (&["state", "states", "stated", "stating"], cue("state", 1, None, Some("010"), false)),
    (&["note", "notes", "noted", "noting"], cue("note", 1, None, Some("010"), false)),
    (&["explain", "explains", "explained", "explaining"], cue("explain", 1, None, Some("010"), false)),
    (&["reply", "replies", "replied", "respond", "responded", "answered"], cue("reply", 1, None, Some("010"), false)),
    (
        &["announce", "announces", "announced", "disclose", "discloses", "disclosed", "reveal", "reveals", "revealed"],
        cue("announce", 1, None, Some("010"), false),
    ),
    (&["report", "reports", "reported"], cue("report", 1, None, Some("010"), false)),
    (&["heard"], cue("hear", 1, None, Some("010"), false)),
    (&["read", "reads"], cue("read", 1, None, Some("010"), false)),
    (&["write", "writes", "wrote"], cue("write", 1, None, Some("010"), false)),
    // A reader's or listener's message, only before "that" or a quote after a colon (see
    // `attribution::cue_at`): "Rhian in Goodwick emailed us: “The spray …”".
    (&["emailed", "e-mailed", "texted", "messaged"], cue("write", 1, None, Some("010"), true)),
    // Only before "that", a colon or after a quote: "posted on X that", not "posted a loss".
    (&["posted", "posts", "tweeted", "tweets"], cue("post", 1, None, Some("010"), false)),
    (&["describe", "describes", "described"], cue("describe", 1, None, Some("010"), false)),
    // "called the result “striking”": what it is called is part of what is said.
    (&["call", "calls", "called"], cue("call", 1, None, Some("010"), false)),
    // "branded Moyes a coward": whom it names is part of what is said.
    (&["branded", "brands", "labelled", "labeled"], cue("brand", 1, None, Some("010"), false)),
    (
        &[
            "acknowledge", "acknowledges", "acknowledged", "admit", "admits", "admitted", "admitting", "concede",
            "concedes", "conceded", "accepted", "accepts",
        ],
        cue("acknowledge", 1, None, Some("010"), false),
    ),
    (&["confirm", "confirms", "confirmed"], cue("confirm", 1, None, Some("010"), false)),
    (&["testify", "testifies", "testified"], cue("testify", 1, None, Some("010"), false)),
    // Findings of coroners, courts and studies; only before "that" ("found that", not "found the body").
    (&["found", "finds", "concluded", "concludes", "ruled", "rules"], cue("find", 1, None, Some("010"), false)),
    (&["recommend", "recommends", "recommended"], cue("recommend", 1, None, Some("010"), false)),
    (&["suggest", "suggests", "suggested", "hinted", "hints"], cue("suggest", 1, None, Some("010"), false)),
    (&["believe", "believes", "believed", "think", "thinks"], cue("believe", 1, None, Some("010"), false)),
    (
        &[
            "estimate", "estimates", "estimated", "reckon", "reckons", "reckoned", "calculate", "calculates",
            "calculated", "predict", "predicts", "predicted", "projected", "forecasted",
        ],
        cue("estimate", 1, None, Some("010"), false),
    ),
    (
        &["argue", "argues", "argued", "arguing", "contend", "contends", "contended"],
        cue("argue", 2, None, Some("010"), false),
    ),
    (
        &["claim", "claims", "claimed", "claiming", "allege", "alleges", "alleged"],
        cue("claim", 2, None, Some("010"), false),
    ),
    (
        &["insist", "insists", "insisted", "insisting", "maintain", "maintains", "maintained"],
        cue("insist", 2, None, Some("010"), false),
    ),
    (
        &[
            "stress", "stresses", "stressed", "stressing", "emphasise", "emphasised", "emphasize", "emphasized",
            "underlined", "underscored",
        ],
        cue("stress", 2, None, Some("010"), false),
    ),
    (
        &["urge", "urges", "urged", "urging", "demand", "demands", "demanded", "call on", "appealed"],
        cue("urge", 2, None, Some("09"), true),
    ),
    (&["declare", "declares", "declared", "proclaimed"], cue("declare", 2, None, Some("010"), false)),
    (
        &[
            "criticise", "criticised", "criticize", "criticized", "condemn", "condemns", "condemned", "slammed",
            "slams", "blasted", "blasts", "denounced", "hit out",
        ],
        cue("condemn", 3, None, Some("111"), false),
    ),
    (
        &["caution", "cautions", "cautioned", "warn", "warns", "warned", "warning"],
        cue("warn", 3, Some(Warning), Some("130"), true),
    ),
    (&["threaten", "threatens", "threatened", "threatening"], cue("threaten", 4, Some(Threat), Some("13"), true)),
    (
        &[
            "vow", "vows", "vowed", "pledge", "pledges", "pledged", "promise", "promises", "promised", "swore",
            "vowing", "pledging",
        ],
        cue("promise", 2, Some(Promise), Some("05"), false),
    ),
    (
        &["deny", "denies", "denied", "denying", "reject", "rejects", "rejected", "dismissed", "refuted", "disputed"],
        cue("deny", 2, Some(Denial), Some("014"), false),
    ),
    (&["accuse", "accuses", "accused", "accusing"], cue("accuse", 3, Some(Accusation), Some("112"), true)),
    // "blamed X for Y": what is blamed is the content, not an object.
    (&["blame", "blames", "blamed", "blaming"], cue("blame", 3, Some(Accusation), Some("112"), false)),
];

/// Every form of [`LEXICON`] with its cue: the first row listing a form
/// wins, as a scan in table order would find. Attribution and name finding
/// look up nearly every word of an article, and lowercasing each one and
/// scanning the table for it cost several percent of extraction.
static FORMS: LazyLock<FxHashMap<&'static str, Cue>> = LazyLock::new(|| {
    let mut forms = FxHashMap::default();
    for (words, cue) in LEXICON {
        for w in *words {
            forms.entry(*w).or_insert(*cue);
        }
    }
    forms
});

pub fn lookup(word: &str) -> Option<Cue> {
    if word.bytes().any(|b| b.is_ascii_uppercase() || !b.is_ascii()) {
        FORMS.get(word.to_lowercase().as_str()).copied()
    } else {
        FORMS.get(word).copied()
    }
}

/// CAMEO refinements of a threat or warning by what is threatened.
pub fn refine_cameo(cue: &Cue, content: &str) -> Option<&'static str> {
    let base = cue.cameo?;
    if cue.kind != Some(Threat) && cue.kind != Some(Warning) {
        return Some(base);
    }
    let lower = content.to_lowercase();
    let military =
        ["military", "force", "attack", "strike", "war", "missile", "nuclear", "troops", "weapons", "invade"];
    let sanctions = ["sanction", "tariff", "embargo", "boycott"];
    Some(if cue.kind == Some(Threat) && lower.contains("nuclear") {
        "1384"
    } else if cue.kind == Some(Threat) && military.iter().any(|w| lower.contains(w)) {
        "138"
    } else if cue.kind == Some(Threat) && sanctions.iter().any(|w| lower.contains(w)) {
        "1312"
    } else {
        base
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strengths_order_said_below_threatened() {
        let s = |w| lookup(w).unwrap().strength;
        assert!(s("said") < s("stressed") && s("stressed") < s("warned") && s("warned") < s("threatened"));
    }

    #[test]
    fn kinds_and_codes() {
        assert_eq!(lookup("Warned").unwrap().kind, Some(Warning));
        let t = lookup("threatened").unwrap();
        assert_eq!(refine_cameo(&t, "to use nuclear weapons"), Some("1384"));
        assert_eq!(refine_cameo(&t, "to send troops"), Some("138"));
        assert_eq!(refine_cameo(&t, "to impose sanctions"), Some("1312"));
        assert_eq!(lookup("table"), None);
    }

    #[test]
    fn translated_copy_cues_but_not_their_lookalikes() {
        for w in ["confides", "specifies", "retorts", "hammers", "assured", "complained"] {
            assert!(lookup(w).is_some(), "{w}");
        }
        // "as residents complain that …".
        assert_eq!(lookup("complain"), None);
        assert!(lookup("assured").unwrap().takes_object); // "assured the Senate that …"
    }
}

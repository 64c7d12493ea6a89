//! The checks run inside one aligned group, one per flag kind.

use super::{ClaimRef, Flag, FlagKind, Severity, Side, Support, WordDiff};
use crate::align::{normalize, similarity, Group, Member};
use crate::extract::cues;
use crate::gazetteer::{EntityKind, Gazetteer};
use crate::model::{ArticleKind, Claim, Mood};
use std::collections::{BTreeMap, HashMap};

/// Flags for one group of two or more aligned claims.
/// Flags for one group (index `group`), and the claims a primary source in
/// the group supports (no difference from it).
pub fn group_flags(sides: &[Side], g: &Group, group: usize, gaz: &Gazetteer) -> (Vec<Flag>, Vec<Support>) {
    let reference = reference(sides, g);
    let against_source = sides[reference.article].meta.kind == ArticleKind::Primary;
    let r = &sides[reference.article].claims[reference.claim];
    let mut found: BTreeMap<(FlagKind, String), Found> = BTreeMap::new();
    let mut supported = Vec::new();
    for m in &g.members {
        if m.article == reference.article {
            continue;
        }
        let next = sides[m.article].claims.get(m.claim + 1);
        let c = &super::focus::widen(&sides[m.article].claims[m.claim], next, r);
        let differs = differences(r, c, gaz);
        if differs.is_empty() && against_source {
            let source = claim_ref(sides, reference.article, reference.claim, true);
            supported.push(Support { claim: claim_ref(sides, m.article, m.claim, false), source });
        }
        for (kind, severity, value, detail, diff) in differs {
            let entry = found.entry((kind, value)).or_insert((severity, detail, diff, Vec::new()));
            entry.3.push(*m);
        }
    }
    // Translation variants of one quote: one flag listing every variant.
    let mut flags: Vec<Flag> = Vec::new();
    for ((kind, _), (severity, detail, diff, members)) in found {
        if kind == FlagKind::QuoteWording {
            if let Some(f) = flags.iter_mut().find(|f| f.kind == FlagKind::QuoteWording) {
                f.claims.extend(members.iter().map(|m| claim_ref(sides, m.article, m.claim, false)));
                f.severity = f.severity.max(severity);
                continue;
            }
        }
        let mut claims = vec![claim_ref(sides, reference.article, reference.claim, true)];
        claims.extend(members.iter().map(|m| claim_ref(sides, m.article, m.claim, false)));
        let detail = if against_source { format!("departs from the source: {detail}") } else { detail };
        flags.push(Flag { kind, severity, detail, diff, claims, against_source, group });
    }
    (flags, supported)
}

/// Severity, detail, word diff, and the members that differ this way.
type Found = (Severity, String, Option<WordDiff>, Vec<Member>);

type Difference = (FlagKind, Severity, String, String, Option<WordDiff>);

fn differences(r: &Claim, c: &Claim, gaz: &Gazetteer) -> Vec<Difference> {
    let (r, c) = (&super::focus::focus(r, c), &super::focus::focus(c, r));
    let mut out = Vec::new();
    let who = |x: &Claim| x.speaker.clone().unwrap_or_else(|| "nobody".into());
    if r.speaker.is_some() && c.speaker.is_some() && r.speaker != c.speaker && similarity(&r.text, &c.text) >= 0.5 {
        // An official and the government (or its agency) they speak for is a
        // difference of naming, not of who said it.
        let same_side = same_side(gaz, &who(r), &who(c));
        let (severity, note) = if same_side { (Severity::Low, " (the same side)") } else { (Severity::High, "") };
        let d = format!("the same statement is attributed to {} and to {}{note}", who(r), who(c));
        out.push((FlagKind::Attribution, severity, who(c), d, None));
    }
    // A negation inside a quote is a polarity change, reported as such.
    if let (Some(rq), Some(cq), true) = (&r.quote, &c.quote, r.polarity == c.polarity) {
        if quote_differs(rq, cq) {
            let severity = if changes_fact_words(rq, cq) { Severity::High } else { Severity::Medium };
            let d = format!("{} is quoted as “{}” and as “{}”", who(r), short(rq), short(cq));
            out.push((
                FlagKind::QuoteWording,
                severity,
                normalize(cq),
                d,
                Some(WordDiff { from: rq.clone(), to: cq.clone() }),
            ));
        }
    }
    let (rn, cn) = (number_values(r), number_values(c));
    if !rn.is_empty() && !cn.is_empty() && rn != cn {
        let d = format!("numbers differ: {} / {}", join(&r.numbers), join(&c.numbers));
        out.push((
            FlagKind::Number,
            Severity::High,
            format!("{cn:?}"),
            d,
            Some(WordDiff { from: r.text.clone(), to: c.text.clone() }),
        ));
    }
    if let (Some(rd), Some(cd)) = (r.said_on, c.said_on) {
        if rd != cd {
            out.push((FlagKind::Date, Severity::Medium, cd.to_string(), format!("dated {rd} and {cd}"), None));
        }
    }
    if r.polarity != c.polarity {
        // Negations in loosely matched wording ("policy of not supplying" /
        // "reconsidering to send") are worth a look, not an alarm.
        let severity = if similarity(&r.text, &c.text) >= 0.5 { Severity::High } else { Severity::Medium };
        let d = format!("one version negates the other: “{}” / “{}”", short(&r.text), short(&c.text));
        out.push((
            FlagKind::Polarity,
            severity,
            format!("{:?}", c.polarity),
            d,
            Some(WordDiff { from: r.text.clone(), to: c.text.clone() }),
        ));
    } else if hedged(r) != hedged(c) || r.modality.hedges != c.modality.hedges && hedged(r) {
        let severity = if hedged(r) && !hedged(c) { Severity::High } else { Severity::Medium };
        let d = format!("hedge {} → {}", hedges(r), hedges(c));
        out.push((
            FlagKind::Modality,
            severity,
            hedges(c),
            d,
            Some(WordDiff { from: r.text.clone(), to: c.text.clone() }),
        ));
    }
    if let Some((rs, cs)) = actor_change(r, c, gaz) {
        out.push((
            FlagKind::Actor,
            Severity::High,
            cs.clone(),
            format!("the party differs: {rs} / {cs}"),
            Some(WordDiff { from: r.text.clone(), to: c.text.clone() }),
        ));
    }
    if let (Some(rs), Some(cs)) = (strength(r), strength(c)) {
        if rs != cs && rs.max(cs) >= 3 {
            let severity = if rs.max(cs) >= 4 { Severity::High } else { Severity::Medium };
            let d = format!(
                "{} “{}” in one, “{}” in the other",
                who(r),
                r.cue.clone().unwrap_or_default(),
                c.cue.clone().unwrap_or_default()
            );
            out.push((FlagKind::Framing, severity, c.cue.clone().unwrap_or_default(), d, None));
        }
    }
    out
}

/// The primary source's claim if there is one, else the version that most
/// members share (earliest article on a tie).
fn reference(sides: &[Side], g: &Group) -> Member {
    if let Some(m) = g.members.iter().find(|m| sides[m.article].meta.kind == ArticleKind::Primary) {
        return *m;
    }
    // Each signature once and a count per distinct one: a story of n articles
    // has groups of up to n members, and comparing every pair was quadratic.
    let sigs: Vec<String> = g.members.iter().map(|m| signature(&sides[m.article].claims[m.claim])).collect();
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for s in &sigs {
        *counts.entry(s.as_str()).or_default() += 1;
    }
    *g.members
        .iter()
        .zip(&sigs)
        .max_by_key(|(m, s)| (counts[s.as_str()], std::cmp::Reverse(m.article)))
        .expect("groups are never empty")
        .0
}

fn signature(c: &Claim) -> String {
    format!(
        "{:?}|{}|{:?}|{:?}|{:?}|{:?}",
        c.speaker,
        normalize(c.quote.as_deref().unwrap_or("")),
        number_values(c),
        c.said_on,
        c.polarity,
        c.modality.hedges
    )
}

/// Quotes differ unless one is the other with words left out at either end.
fn quote_differs(a: &str, b: &str) -> bool {
    let (na, nb) = (normalize(a), normalize(b));
    na != nb && !na.contains(&nb) && !nb.contains(&na)
}

fn changes_fact_words(a: &str, b: &str) -> bool {
    let facts = |s: &str| -> Vec<String> {
        normalize(s)
            .split(' ')
            .filter(|w| w.chars().any(|c| c.is_ascii_digit()) || matches!(*w, "not" | "never" | "no"))
            .map(String::from)
            .collect()
    };
    facts(a) != facts(b)
}

fn number_values(c: &Claim) -> Vec<i64> {
    let mut v: Vec<i64> = c.numbers.iter().map(|n| (n.value * 100.0).round() as i64).collect();
    v.sort_unstable();
    v.dedup();
    v
}

fn join(numbers: &[crate::model::Number]) -> String {
    numbers.iter().map(|n| n.text.clone()).collect::<Vec<_>>().join(", ")
}

fn hedged(c: &Claim) -> bool {
    matches!(c.modality.mood, Mood::Hedged | Mood::Conditional)
}

fn hedges(c: &Claim) -> String {
    if c.modality.hedges.is_empty() {
        format!("none ({})", format!("{:?}", c.modality.mood).to_lowercase())
    } else {
        c.modality.hedges.join(", ")
    }
}

fn strength(c: &Claim) -> Option<u8> {
    cues::lookup(c.cue.as_deref()?).map(|cue| cue.strength)
}

/// Countries named in the content (the speaker aside) that one version swaps for another.
fn actor_change(r: &Claim, c: &Claim, gaz: &Gazetteer) -> Option<(String, String)> {
    let countries = |x: &Claim| -> Vec<String> {
        // Treaty terms are compared by who triggers them; other claims by their parties.
        let text = match (&r.treaty, &c.treaty) {
            (Some(_), Some(_)) => x.treaty.as_ref().and_then(|t| t.trigger.clone()).unwrap_or_default(),
            _ => x.text.clone(),
        };
        let mut v: Vec<String> = gaz
            .mentions(&text)
            .into_iter()
            .map(|m| gaz.entity(m.entity))
            .filter(|e| e.kind == EntityKind::Country && Some(&e.name) != x.speaker.as_ref())
            .map(|e| e.name.clone())
            .collect();
        v.sort();
        v.dedup();
        v
    };
    let (rc, cc) = (countries(r), countries(c));
    let only_r: Vec<&String> = rc.iter().filter(|x| !cc.contains(x)).collect();
    let only_c: Vec<&String> = cc.iter().filter(|x| !rc.contains(x)).collect();
    let treaty_trigger = r.treaty.is_some() && c.treaty.is_some() && (!only_r.is_empty() || !only_c.is_empty());
    let swapped = !only_r.is_empty() && !only_c.is_empty();
    (treaty_trigger || swapped).then(|| (list(&only_r), list(&only_c)))
}

fn list(v: &[&String]) -> String {
    if v.is_empty() {
        "(none)".into()
    } else {
        v.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")
    }
}

pub fn claim_ref(sides: &[Side], article: usize, claim: usize, reference: bool) -> ClaimRef {
    let c = &sides[article].claims[claim];
    ClaimRef {
        article,
        outlet: sides[article].meta.outlet.clone(),
        claim_id: c.id.clone(),
        speaker: c.speaker.clone(),
        text: c.text.clone(),
        sentence: c.sentence.clone(),
        reference,
    }
}

/// At most twelve words, for one-line details.
pub fn short(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= 12 {
        words.join(" ")
    } else {
        format!("{} …", words[..12].join(" "))
    }
}

/// Whether two speakers belong to one government: a person or agency and
/// their country, or two of the same country's voices.
fn same_side(gaz: &Gazetteer, a: &str, b: &str) -> bool {
    let country = |name: &str| {
        gaz.lookup(name).and_then(|i| gaz.entity(i).country.clone()).or_else(|| {
            let plain = name.trim_start_matches("unnamed: ");
            gaz.mentions(plain)
                .into_iter()
                .map(|m| gaz.entity(m.entity))
                .find(|e| e.kind == EntityKind::Country)
                .map(|e| e.name.clone())
        })
    };
    match (country(a), country(b)) {
        (Some(x), Some(y)) => x == y,
        _ => false,
    }
}

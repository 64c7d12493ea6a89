//! Headline and deck statements whose speaker is a description the body
//! explains only later: "Quarry operator denies employing anyone under 18;
//! préfet vows surprise inspections of every site". When the headline is read
//! nobody is known by those words; once the body is, the statement goes to the
//! body's speaker who says the same thing, best with the same verb ("Granits du
//! Gangan SARL … denied employing anyone under 18 at its site"), best of the
//! kind the description names (a body for "operator", a person for "préfet").
//! A statement nobody in the body echoes is left out.

use super::claim::Draft;
use super::speakers::lexicon::{BUSINESS, ORG_WORDS, PERSON_NOUNS, ROLE_WORDS, TITLES};
use super::speakers::{Context, Speaker};

/// Credits each of `described` (headline statements whose speaker did not
/// resolve when read, or resolved to a group of unnamed people) and adds it to
/// `drafts`; drops those it cannot credit.
pub fn credit_described(body: &str, described: Vec<Draft>, drafts: &mut Vec<Draft>, ctx: &Context) {
    for mut d in described {
        let stated = |other: &Draft| other.speaker.is_some() && other.content.iter().any(|r| overlaps(r, &d.content));
        let words: usize = d.content.iter().map(|r| body[r.clone()].split_whitespace().count()).sum();
        if words < 3 {
            continue; // "warns of price collapse", "battery fault": too little to tell who says it
        }
        // "Parents vow to fight closure", credited to unnamed parents when read: the members'
        // body that says the same ("the Raleigh County Education Association said it would
        // fight the closure"), or the parent the body quotes saying it, not the council closing
        // the school.
        if let Some(at) = drafts.iter().position(stated) {
            let group = drafts[at].speaker.as_ref().is_some_and(|s| s.name.starts_with("unnamed:"));
            let members = |s: &Speaker| s.person || members_body(&s.name);
            if let Some(speaker) = echoed_by(body, &d, drafts, Referent::Body, ctx, &members).filter(|_| group) {
                drafts[at].speaker = Some(speaker);
            }
            continue;
        }
        if let Some(speaker) = echoed_by(body, &d, drafts, Referent::of(&d.mention), ctx, &|_| true) {
            d.speaker = Some(speaker);
            let at = drafts.partition_point(|o| o.unit.start <= d.unit.start);
            drafts.insert(at, d);
        }
    }
}

/// "Operator blames crew shortage and an ageing ship": a headline's lone topic word that the
/// body never calls its speaker by (see `echoes`) goes to the body's speaker who says the same,
/// of the kind the word names; it stays as it is when nobody does.
pub fn credit_topic_words(body: &str, topics: &[usize], drafts: &mut [Draft], ctx: &Context) {
    for &i in topics {
        let Some(topic) = drafts[i].speaker.clone() else { continue };
        let kind = Referent::of(&drafts[i].mention);
        let other = |s: &Speaker| s.name != topic.name;
        if let Some(speaker) = echoed_by(body, &drafts[i], drafts, kind, ctx, &other) {
            drafts[i].speaker = Some(speaker);
        }
    }
}

fn overlaps(r: &std::ops::Range<usize>, others: &[std::ops::Range<usize>]) -> bool {
    others.iter().any(|o| r.start < o.end && o.start < r.end)
}

/// What a description's head noun says its referent is.
#[derive(Clone, Copy, PartialEq)]
enum Referent {
    Person,
    /// A body, or a group of people ("merchants"), which a body speaks for.
    Body,
    /// A body that may be a state's, so its country: "ministry", "forecasters".
    Government,
    Either,
}

/// Heads of descriptions of bodies that the speaker lexicon does not hold
/// ("the utility", "city hall").
const BODY_HEADS: [&str; 16] = [
    "utility", "hall", "brigade", "district", "protection", "defence", "defense", "chain", "concessionaire",
    "festival", "city", "town", "sponsor", "promoter", "body", "administration",
];

/// Heads that a state speaks through; the rest are not the country.
const GOVERNMENT_HEADS: [&str; 16] = [
    "government", "govt", "state", "ministry", "authorities", "army", "military", "police", "embassy", "cabinet",
    "department", "agency", "regulator", "watchdog", "forecasters", "officials",
];

impl Referent {
    fn of(mention: &str) -> Referent {
        let head = mention.split_whitespace().last().unwrap_or("").trim_end_matches(['’', '\'']).to_lowercase();
        let singular = head.strip_suffix('s').filter(|_| !head.ends_with("ss")).unwrap_or(&head);
        let body = |w: &str| ORG_WORDS.contains(w) || BUSINESS.contains(w) || BODY_HEADS.contains(&w);
        if GOVERNMENT_HEADS.contains(&head.as_str()) {
            Referent::Government
        } else if body(&head) || body(singular) || singular != head {
            Referent::Body
        } else if [&ROLE_WORDS, &TITLES, &PERSON_NOUNS].iter().any(|set| set.contains(head.as_str())) {
            Referent::Person
        } else {
            Referent::Either
        }
    }

    fn fits(self, speaker: &Speaker, ctx: &Context) -> bool {
        match self {
            Referent::Person => speaker.person,
            Referent::Body => !speaker.person && !ctx.is_country(&speaker.name),
            Referent::Government => !speaker.person,
            Referent::Either => true,
        }
    }
}

/// The body's speaker of the draft that says most nearly what `d` says: the
/// same verb and a word of its content in common, or two words without it.
/// What a description that fits the speaker weighs, as a verb and a word in common do.
const FIT: usize = 4;

fn echoed_by(
    body: &str,
    d: &Draft,
    drafts: &[Draft],
    kind: Referent,
    ctx: &Context,
    accept: &dyn Fn(&Speaker) -> bool,
) -> Option<Speaker> {
    let words = content_stems(body, &d.content);
    let lemma = d.cue.map(|c| c.lemma);
    let polarity = |draft: &Draft| negated(&super::claim::content_text(body, &draft.content));
    let denies = polarity(d);
    let mut best: Option<(usize, &Speaker)> = None;
    for other in drafts.iter().filter(|o| o.unit.start >= d.unit.end) {
        let Some(speaker) = other.speaker.as_ref().filter(|s| !s.name.starts_with("unnamed:") && accept(s)) else {
            continue;
        };
        let shared = content_stems(body, &other.content).iter().filter(|w| words.contains(w)).count();
        let same_verb = lemma.is_some() && other.cue.map(|c| c.lemma) == lemma;
        // "… will open on schedule" is less well echoed by "… cannot open before June", its rebuttal.
        let agrees = polarity(other) == denies;
        let score = 2 * shared
            + usize::from(same_verb) * 3
            + usize::from(kind.fits(speaker, ctx)) * FIT
            + usize::from(agrees) * 3;
        if (shared >= 2 || same_verb && shared >= 1) && best.is_none_or(|(s, _)| score > s) {
            best = Some((score, speaker));
        }
    }
    best.map(|(_, s)| s.clone())
}

/// A body whose members a headline's group may be: "the Kenya Riders Welfare Association",
/// "Sindicato de Trabajadores …". Not a council, a ministry or a company, which a group's
/// words may echo in rebuttal.
fn members_body(name: &str) -> bool {
    const MEMBERS: [&str; 27] = [
        "association", "union", "federation", "committee", "coalition", "alliance", "forum", "network", "campaign",
        "movement", "society", "cooperative", "co-operative", "collective", "guild", "front", "sangh", "samiti",
        "syndicat", "sindicato", "asociación", "associação", "associazione", "vecinal", "group", "verband", "verein",
    ];
    name.split(|c: char| !c.is_alphanumeric() && c != '-').any(|w| MEMBERS.contains(&w.to_lowercase().as_str()))
}

/// Whether a statement denies or rules out: "cannot open before June", "had not yet been
/// delivered", "no deaths".
fn negated(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’').any(|w| {
        let w = w.to_lowercase();
        matches!(w.as_str(), "not" | "no" | "never" | "cannot" | "nobody" | "none" | "nothing")
            || w.ends_with("n't")
            || w.ends_with("n’t")
    })
}

/// The content's words of four letters or more, cut to five ("inspections",
/// "inspect": "inspe"), without the commonest.
fn content_stems(body: &str, content: &[std::ops::Range<usize>]) -> Vec<String> {
    // Words any two statements may share: "more than" is no echo.
    const COMMON: [&str; 26] = [
        "that", "this", "with", "from", "have", "been", "will", "would", "could", "their", "they", "there", "were",
        "about", "more", "than", "over", "into", "also", "only", "some", "most", "said", "says", "other", "still",
    ];
    let mut stems: Vec<String> = content
        .iter()
        .flat_map(|r| body[r.clone()].split(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().count() >= 4)
        .map(str::to_lowercase)
        .filter(|w| !COMMON.contains(&w.as_str()))
        .map(|w| w.chars().take(5).collect())
        .collect();
    stems.sort();
    stems.dedup();
    stems
}

#[cfg(test)]
mod tests {
    use super::super::tests::claims_of_body as speakers_of;

    #[test]
    fn a_deck_description_goes_to_the_body_speaker_who_says_the_same() {
        let claims = speakers_of(
            "Children break stones in Kindia quarries\n\n\
             Quarry operator denies employing anyone under 18; préfet vows surprise inspections of every site\n\n\
             Granits du Gangan SARL, the largest quarry in the area, denied employing anyone under 18 at its site.\n\n\
             The préfet of Kindia, Colonel Mamadouba Soumah, said he had ordered inspections of all sites. \
             He vowed surprise inspections of every site in the prefecture.\n",
        );
        let deck = |key: &str| claims.iter().find(|(_, t)| t.starts_with(key)).map(|(s, _)| s.as_str());
        assert_eq!(deck("employing anyone under 18"), Some("Granits du Gangan SARL"), "{claims:?}");
        assert_eq!(deck("surprise inspections of every site"), Some("Mamadouba Soumah"), "{claims:?}");
    }

    #[test]
    fn a_deck_statement_the_body_does_not_echo_is_left_out() {
        let claims = speakers_of(
            "Children break stones in Kindia quarries\n\n\
             Quarry operator denies employing anyone under 18\n\n\
             Mariama Sylla of the child-rights group said the children were missing school.\n",
        );
        assert!(!claims.iter().any(|(_, t)| t.contains("anyone under 18")), "{claims:?}");
    }

    #[test]
    fn a_description_after_the_cue_waits_for_the_body() {
        let claims = speakers_of(
            "Uniform prices under fire\n\n\
             Parents being robbed in daylight over uniforms, says PTA chief as term begins\n\n\
             Kwabena Asante-Darko, who chairs the parent-teacher association, said parents were being robbed \
             in daylight over uniforms.\n",
        );
        let deck = claims.iter().find(|(_, t)| t.starts_with("Parents being robbed"));
        assert_eq!(deck.map(|(s, _)| s.as_str()), Some("Kwabena Asante-Darko"), "{claims:?}");
    }

    #[test]
    fn a_rebuttal_is_a_worse_echo_than_the_statement_itself() {
        let claims = speakers_of(
            "Airport will open on schedule in March, says transport chief as delays mount\n\n\
             KATHMANDU, Nepal — Transport Secretary Keshav Sharma said the airport would open on schedule in March.\n\n\
             The contractor, Himal Build Ltd, said the airport could not open before June.\n",
        );
        let deck = claims.iter().find(|(_, t)| t.starts_with("Airport will open"));
        assert_eq!(deck.map(|(s, _)| s.as_str()), Some("Keshav Sharma"), "{claims:?}");
    }

    #[test]
    fn the_description_ends_before_a_phrase_and_is_no_document() {
        let claims = speakers_of(
            "Bins go fortnightly from April, says mayor in blow to union\n\n\
             Mayor Tom Riordan said bins would go fortnightly from April. Union organiser Kate Byrne said \
             the union would fight bins going fortnightly.\n",
        );
        let deck = claims.iter().find(|(_, t)| t.starts_with("Bins go fortnightly"));
        assert_eq!(deck.map(|(s, _)| s.as_str()), Some("Tom Riordan"), "{claims:?}");
        let claims = speakers_of(
            "Border checks are failing, says report on national security\n\n\
             Senator Ana Cruz said border checks were failing across the north.\n",
        );
        assert!(!claims.iter().any(|(_, t)| t.starts_with("Border checks are failing")), "{claims:?}");
    }

    #[test]
    fn a_headline_s_topic_word_the_body_never_uses_is_the_speaker_who_says_the_same() {
        let claims = speakers_of(
            "Operator blames crew shortage and ageing ship for ferry suspension\n\n\
             Kaikyo Blue Line Co. said a crew shortage and an ageing ship had forced the ferry suspension.\n",
        );
        let headline = claims.iter().find(|(_, t)| t.contains("crew shortage and ageing ship"));
        assert_eq!(headline.map(|(s, _)| s.as_str()), Some("Kaikyo Blue Line Co."), "{claims:?}");
        // Nobody in the body says it: the word stays.
        let claims = speakers_of(
            "Operator blames crew shortage and ageing ship for ferry suspension\n\n\
             The last sailing left Oma on Sunday.\n",
        );
        let headline = claims.iter().find(|(_, t)| t.contains("crew shortage and ageing ship"));
        assert_eq!(headline.map(|(s, _)| s.as_str()), Some("Operator"), "{claims:?}");
    }

    #[test]
    fn a_headline_s_group_is_the_body_s_group_that_says_the_same() {
        let claims = speakers_of(
            "Parents vow to fight Piney Fork Elementary closure after school board vote\n\n\
             The Raleigh County Education Association said it would fight the Piney Fork Elementary closure in court.\n",
        );
        let headline = claims.iter().find(|(_, t)| t.contains("Piney Fork Elementary closure after"));
        assert_eq!(headline.map(|(s, _)| s.as_str()), Some("Raleigh County Education Association"), "{claims:?}");
        // A parent the body quotes saying the same: the parent.
        let claims = speakers_of(
            "Parents vow to fight Piney Fork Elementary closure after school board vote\n\n\
             Dana Whitlock, whose two sons attend the school, vowed to fight the Piney Fork Elementary closure.\n",
        );
        let headline = claims.iter().find(|(_, t)| t.contains("Piney Fork Elementary closure after"));
        assert_eq!(headline.map(|(s, _)| s.as_str()), Some("Dana Whitlock"), "{claims:?}");
        // Nobody in the body says it: the parents, unnamed.
        let claims = speakers_of(
            "Parents vow to fight Piney Fork Elementary closure after school board vote\n\n\
             The board voted 3-2 on Monday night.\n",
        );
        let headline = claims.iter().find(|(_, t)| t.contains("Piney Fork Elementary closure after"));
        assert_eq!(headline.map(|(s, _)| s.as_str()), Some("unnamed: parents"), "{claims:?}");
    }

    #[test]
    fn a_headline_group_is_not_the_other_side_that_echoes_it() {
        // The council closing the school says "closure" too: no members' body, the parents stay.
        let claims = speakers_of(
            "Parents vow to fight Glenmore Primary closure after council vote\n\n\
             The Highland Council said the Glenmore Primary closure would go ahead after the council vote.\n",
        );
        let headline = claims.iter().find(|(_, t)| t.contains("Glenmore Primary closure after"));
        assert_eq!(headline.map(|(s, _)| s.as_str()), Some("unnamed: parents"), "{claims:?}");
    }
}

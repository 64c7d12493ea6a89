//! Headlines labelled with who made the statement and written without
//! quotation marks: "Asanaliev: no new tariff hike before the heating season
//! ends", "DMRN: Cholera cases doubled in one week", "China shuts a school,
//! detains teachers: sources". Credited after the body is read, to a person or
//! body the body quotes (or to unnamed sources), so that a capitalised topic
//! ("Lyon:", "Youth Day:", "Transcript:", "Sierra Leone:") is never taken for
//! a speaker.

use super::claim::Draft;
use super::speakers::{Context, Speaker};
use crate::model::ClaimKind;
use crate::segment;

/// Whether a paragraph reads as headlinese, a headline's or a deck's: no stop at
/// its end, past any closing quote marks ("New Delhi says project 'on schedule'").
pub fn in_headlinese(text: &str) -> bool {
    !text.trim_end().trim_end_matches(['"', '”', '’', '\'']).ends_with(['.', '!', '?'])
}

/// Whether a headline or deck paragraph holds statements in headlinese, which
/// a semicolon sets apart ("Residents vow to fight ruling; county says no one
/// will be left homeless"): no stop at its end, and short.
pub fn holds_headline_statements(text: &str) -> bool {
    in_headlinese(text) && text.split_whitespace().count() <= 40
}

/// Adds the headline's claim when its label names a person that one of
/// `drafts` (the body's claims) is credited to, or a body the body quotes
/// ("DMRN: Cholera cases doubled"), or when a credit closes it ("…: sources",
/// "… – Police"); the headline's unattributed drafts give way to it. So is
/// each statement of the headline or of a deck in headlinese, set apart by
/// semicolons ("Union chief says drivers will not back down; URBS says
/// contingency plan is ready").
pub fn credit_labelled_headline(body: &str, drafts: &mut Vec<Draft>, ctx: &mut Context) {
    let paragraphs = segment::paragraphs(body);
    let Some(headline) = paragraphs.first().cloned() else { return };
    let deck = paragraphs.get(1).filter(|p| holds_headline_statements(&body[(*p).clone()]));
    // A credit closing the whole headline credits all of it ("Three dead; 12 injured in market
    // blast – police"); a label opening it, its first statement ("Fed's Powell: rates to stay
    // high; markets slide"), else the whole ("WHO: five dead; 20 sick in cholera outbreak").
    let labelled = body[headline.clone()].split("; ").next().is_some_and(|first| first.contains(": "));
    let whole = !labelled && credit_labelled(body, headline.clone(), false, drafts, ctx);
    let mut credited = whole;
    for (in_deck, paragraph) in [(false, Some(headline.clone()).filter(|_| !whole)), (true, deck.cloned())] {
        let Some(paragraph) = paragraph else { continue };
        let mut start = paragraph.start;
        for part in body[paragraph.clone()].split("; ") {
            credited |= credit_labelled(body, start..start + part.len(), in_deck, drafts, ctx) && !in_deck;
            start += part.len() + "; ".len();
        }
    }
    if labelled && !credited {
        credit_labelled(body, headline.clone(), false, drafts, ctx);
    }
    for item in summary_items(body, headline) {
        credit_labelled(body, item, false, drafts, ctx);
    }
}

/// The items of a summary list, headlines of their own: "Key points\n- Nobody on board was
/// injured, says coastguard", or the bullets under a wire headline ("UPDATE 2-Radbuza says
/// …\n\n* Cuts hit nearly a third of Doubravka workforce"). Not "Related stories" or
/// "Read more": the page's links to other articles.
fn summary_items(body: &str, headline: std::ops::Range<usize>) -> Vec<std::ops::Range<usize>> {
    let summary_heading = |line: &str| {
        let heading = line.trim().trim_end_matches([':', '.']).to_lowercase();
        let words = heading.split_whitespace().count();
        let summary = ["in brief", "at a glance", "by the numbers", "the numbers", "what we know", "highlights"];
        heading.starts_with("key ") && words <= 4 || summary.contains(&heading.as_str())
    };
    let mut items = Vec::new();
    let mut heading: Option<std::ops::Range<usize>> = None;
    let mut offset = 0;
    for line in body.split_inclusive('\n') {
        let text = line.trim_end();
        match segment::bullet_item(text, 0) {
            Some(item) => {
                let under = heading.as_ref().is_some_and(|h| *h == headline || summary_heading(&body[h.clone()]));
                if under && !text[item..].trim().is_empty() {
                    items.push(offset + item..offset + text.len());
                }
            }
            None if !text.trim().is_empty() => heading = Some(offset..offset + text.len()),
            None => {}
        }
        offset += line.len();
    }
    items
}

/// [`credit_labelled_headline`] for the headline or deck statement at
/// `headline`; whether it credited the statement.
fn credit_labelled(
    body: &str,
    headline: std::ops::Range<usize>,
    in_deck: bool,
    drafts: &mut Vec<Draft>,
    ctx: &mut Context,
) -> bool {
    let in_headline = |d: &Draft| {
        let overlaps = |r: &std::ops::Range<usize>| r.start < headline.end && r.end > headline.start;
        if headline.start == 0 {
            d.unit.start < headline.end
        } else {
            d.content.iter().any(overlaps) || d.content.is_empty() && overlaps(&d.unit)
        }
    };
    if drafts.iter().any(|d| in_headline(d) && d.speaker.is_some()) {
        return false;
    }
    let text = &body[headline.clone()];
    let plain = |said: &str| !said.contains(['"', '“', '”', '‘', '’']) && !said.trim_end().ends_with('?');
    let labelled = text.find(": ").and_then(|colon| {
        let said = &text[colon + 2..];
        if !plain(said) || said.split_whitespace().count() < 3 {
            return None;
        }
        let label = &text[..colon];
        // "Nordvik Havbruk ASA: Annual General Meeting 2024 (edited transcript)": a title, not words said.
        let said_words = said.split(" (").next().unwrap_or(said).split_whitespace();
        let sentence = said_words.clone().any(|w| w.chars().next().is_some_and(char::is_lowercase));
        let speaker = labelled_person(label, drafts)
            .or_else(|| sentence.then(|| quoted_body(label, drafts, ctx)).flatten())
            .or_else(|| described_label(label, drafts, ctx))?;
        Some((speaker, label, headline.start + colon + 2..headline.end))
    });
    let credited = labelled
        .or_else(|| closing_credit(text, headline.start, drafts, ctx))
        .or_else(|| closing_says(text, headline.start, drafts, ctx))
        .or_else(|| opening_cue(text, headline.start, drafts, ctx));
    let Some((speaker, mention, said)) = credited else {
        return false;
    };
    // A deck's statement only by a name ("URBS says", "Kowalski says"): a description
    // there ("finance chief", "City housing agency") is often not the lead's person.
    let named = mention.split_whitespace().all(|w| w.starts_with(char::is_uppercase));
    if in_deck && !named {
        return false;
    }
    let mention = mention.to_string();
    drafts.retain(|d| !in_headline(d));
    let at = drafts.iter().position(|d| d.unit.start >= headline.start).unwrap_or(drafts.len());
    let d = Draft::new(ClaimKind::Reported, speaker, &mention, None, vec![said], headline);
    drafts.insert(at, d);
    true
}

/// "Asanaliev: …": a person the body quotes, by the surname the label ends on.
fn labelled_person(label: &str, drafts: &[Draft]) -> Option<Speaker> {
    let label: Vec<&str> = label.split_whitespace().collect();
    let capitalised = label.iter().all(|w| w.starts_with(char::is_uppercase));
    if label.is_empty() || label.len() > 4 || !capitalised {
        return None;
    }
    let surname = label[label.len() - 1];
    // "Finance Minister:": an office, whoever holds it.
    if super::speakers::lexicon::TITLES.contains(surname.to_lowercase()) {
        return None;
    }
    drafts
        .iter()
        .filter_map(|d| d.speaker.as_ref())
        .find(|s| {
            let names: Vec<&str> = s.name.split_whitespace().collect();
            // "Linggi anak Sumbang", "Azlan bin Hamzah": named by his own name, before "son of".
            let own_name = names.first() == Some(&surname)
                && names.get(1).is_some_and(|p| super::speakers::lexicon::FILIAL_PARTICLES.contains(p));
            s.person && names.len() >= 2 && (names.last() == Some(&surname) || own_name)
        })
        .cloned()
}

/// "DMRN: …", "Scholars' Forum": a body, by the name or acronym the article
/// gave it, that the body of the article quotes. A topic ("Lyon:",
/// "Tariffs:") is nobody the article quotes.
fn quoted_body(label: &str, drafts: &[Draft], ctx: &mut Context) -> Option<Speaker> {
    let words = label.split_whitespace().count();
    // Not "Poland's tractor rebellion:": a name, in capitals but for its small words.
    let name = label.split_whitespace().all(|w| w.starts_with(char::is_uppercase) || matches!(w, "of" | "and" | "for"));
    if !(1..=4).contains(&words) || !name {
        return None;
    }
    // "Sierra Leone: Row deepens …": a country named as the story's place.
    let gaz = ctx.gazetteer_in_use();
    let place = gaz.whole_mentions(label).any(|m| gaz.entity(m.entity).kind == crate::gazetteer::EntityKind::Country);
    if place {
        return None;
    }
    let speaker = ctx.resolve(label).filter(|s| !s.person)?;
    quotes(drafts, &speaker).then_some(speaker)
}

/// "Audit chief: …", "Vice minister: …", "Clerk: …": a person or body the
/// article quotes, by the description the label gives.
fn described_label(label: &str, drafts: &[Draft], ctx: &mut Context) -> Option<Speaker> {
    let words: Vec<&str> = label.split_whitespace().collect();
    if !(1..=3).contains(&words.len()) || !plain_words(label) || words.first() == Some(&"The") {
        return None;
    }
    let head = words.last()?.to_lowercase();
    let known = super::speakers::lexicon::TITLES.contains(head.as_str())
        || super::speakers::lexicon::OFFICES.contains(head.as_str())
        || super::speakers::lexicon::ORG_WORDS.contains(head.as_str());
    if !known {
        return None;
    }
    let speaker = ctx.resolve(&format!("the {}", label.to_lowercase()))?;
    quotes(drafts, &speaker).then_some(speaker)
}

/// "China shuts a school, detains three teachers: sources", "Death toll rises
/// to nine – Police": the credit after the last colon or spaced dash, for a
/// body or person the article quotes, or unnamed sources.
fn closing_credit<'t>(
    text: &'t str,
    start: usize,
    drafts: &[Draft],
    ctx: &mut Context,
) -> Option<(Speaker, &'t str, std::ops::Range<usize>)> {
    let (at, sep) = [": ", " – ", " - ", " — "].iter().filter_map(|s| text.rfind(s).map(|i| (i, s.len()))).max()?;
    let credit = text[at + sep..].trim();
    let words = credit.split_whitespace().count();
    let said = &text[..at];
    let said_from = said.find(": ").map_or(0, |c| c + 2);
    // "Maize export ban: Traders cry foul": a sentence after the colon, not a credit.
    let credit_like = words == 1 || credit.split_whitespace().all(|w| w.starts_with(char::is_uppercase));
    if !(1..=4).contains(&words)
        || !credit_like
        || !plain_words(credit)
        || said[said_from..].split_whitespace().count() < 3
    {
        return None;
    }
    let speaker = ctx.resolve(credit)?;
    let quoted = quotes(drafts, &speaker);
    (quoted || speaker.name.starts_with("unnamed: ")).then(|| (speaker, credit, start + said_from..start + at))
}

/// "Cannery to shut for six weeks as fish supply dries up, company says",
/// "…, says water chief", "…, aid groups warn": a credit and its cue after
/// the last comma, for a body or person the article quotes under that
/// description, or unnamed sources.
fn closing_says<'t>(
    text: &'t str,
    start: usize,
    drafts: &[Draft],
    ctx: &mut Context,
) -> Option<(Speaker, &'t str, std::ops::Range<usize>)> {
    let at = text.rfind(", ")?;
    let tail: Vec<&str> = text[at + 2..].trim_end_matches(['.', '!']).split_whitespace().collect();
    let (credit, cue) = match tail.as_slice() {
        [cue, credit @ ..] if SAYING.contains(cue) => (credit, *cue),
        [credit @ .., cue] if SAYING.contains(cue) => (credit, *cue),
        _ => return None,
    };
    if !(1..=3).contains(&credit.len()) || !plain_words(&credit.join(" ")) || text[..at].split_whitespace().count() < 3
    {
        return None;
    }
    let credit = credit.join(" ");
    // "company says": the company the article named; "Westmoor vice-chancellor says" as written.
    let described = credit.starts_with(char::is_lowercase).then(|| format!("the {credit}"));
    let speaker = ctx.resolve(described.as_deref().unwrap_or(&credit))?;
    // "…, union says", no union named: not the expert quoted last.
    if described.is_some() && speaker.person && names_a_body(&credit) {
        return None;
    }
    let quoted = quotes(drafts, &speaker);
    let mention = &text[at + 2..at + 2 + text[at + 2..].find(cue).map_or(0, |c| c + cue.len())];
    (quoted || speaker.name.starts_with("unnamed: ")).then(|| (speaker, mention, start..start + at))
}

/// "Rice growers' chief threatens to block the A-4 over water cuts",
/// "Westmoor vice-chancellor says 400 jobs must go": who, described or named
/// in up to five words, then a cue, for someone the article quotes.
fn opening_cue<'t>(
    text: &'t str,
    start: usize,
    drafts: &[Draft],
    ctx: &mut Context,
) -> Option<(Speaker, &'t str, std::ops::Range<usize>)> {
    let words: Vec<(usize, &str)> = text
        .split(' ')
        .scan(0, |at, w| {
            let here = *at;
            *at += w.len() + 1;
            Some((here, w))
        })
        .collect();
    let cue_at = words.iter().take(6).position(|(_, w)| SAYING.contains(w) || CHARGING.contains(w))?;
    let who = text[..words[cue_at].0].trim_end();
    let said_from = words.get(cue_at + 1)?.0;
    if cue_at == 0 || !plain_words(who) || text[said_from..].split_whitespace().count() < 3 {
        return None;
    }
    let described = who.starts_with(|c: char| c.is_uppercase())
        && who.split_whitespace().skip(1).any(|w| w.starts_with(char::is_lowercase));
    let lower = format!("the {}", who.to_lowercase());
    let speaker = ctx.resolve(if described { &lower } else { who })?;
    if described && speaker.person && names_a_body(who) {
        return None;
    }
    let quoted = quotes(drafts, &speaker);
    quoted.then(|| (speaker, who, start + said_from..start + text.len()))
}

/// Whether a description's head word is a body's ("union", "city council", "operator"): no
/// person speaks under it.
fn names_a_body(description: &str) -> bool {
    use super::speakers::lexicon::{BUSINESS, ORG_WORDS};
    let head = description.rsplit(' ').next().unwrap_or(description).to_lowercase();
    ORG_WORDS.contains(head.as_str()) || BUSINESS.contains(head.as_str())
}

/// Whether the article's body credits a claim to `speaker`: a headline names
/// nobody the article does not quote.
fn quotes(drafts: &[Draft], speaker: &Speaker) -> bool {
    drafts.iter().any(|d| d.speaker.as_ref() == Some(speaker))
}

/// Cues a headline's credit takes, in the present: "…, company says".
const SAYING: [&str; 14] = [
    "says", "say", "warns", "warn", "claims", "claim", "insists", "insist", "admits", "admit", "promises", "promise",
    "vows", "vow",
];

/// Cues that open a headline after who, besides those of `SAYING`: "Union
/// threatens strike".
const CHARGING: [&str; 6] = ["threatens", "threaten", "denies", "deny", "accuses", "accuse"];

/// Words of a credit: letters, apostrophes and hyphens, no sentence.
fn plain_words(credit: &str) -> bool {
    credit.chars().all(|c| c.is_alphabetic() || matches!(c, ' ' | '\'' | '’' | '-' | '.'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::speakers::Speaker;

    fn credited(body: &str, speaker: &str) -> Vec<(String, String)> {
        let person = !speaker.starts_with("Darfur");
        credited_to(body, Speaker { name: speaker.to_string(), person, gender: None })
    }

    fn credited_to(body: &str, speaker: Speaker) -> Vec<(String, String)> {
        let mut ctx = Context::new(crate::gazetteer::Gazetteer::builtin(), None);
        ctx.learn_names(body);
        let at = body.rfind("said").expect("a body claim");
        let said = at..body.len();
        let mention = speaker.name.clone();
        let mut drafts = vec![Draft::new(ClaimKind::Reported, speaker, &mention, None, vec![said.clone()], said)];
        credit_labelled_headline(body, &mut drafts, &mut ctx);
        drafts
            .iter()
            .map(|d| (d.speaker.as_ref().unwrap().name.clone(), body[d.content[0].clone()].to_string()))
            .collect()
    }

    #[test]
    fn a_label_naming_a_person_the_body_quotes() {
        let body = "Asanaliev: no new tariff hike this winter\n\nMinister Nurbolot Asanaliev said tariffs hold.";
        let got = credited(body, "Nurbolot Asanaliev");
        assert_eq!(got[0], ("Nurbolot Asanaliev".to_string(), "no new tariff hike this winter".to_string()));
        assert_eq!(got.len(), 2);
        let body = "Tuai Rumah Linggi: We will not move\n\nTuai Rumah Linggi anak Sumbang said the road stays shut.";
        assert_eq!(credited(body, "Linggi anak Sumbang")[0].0, "Linggi anak Sumbang");
    }

    #[test]
    fn the_items_of_a_summary_list_are_headlines_and_related_links_are_not() {
        let body = "Lock shut after collision\n\nKey points\n- Lock to stay shut for weeks, Scheldemond Port says\n\
                    - Ships wait at sea\n\nRelated\n- Dam to reopen soon, Scheldemond Port says\n\n\
                    TERNEUZEN - Scheldemond Port said the gate was damaged.";
        let got = credited(body, "Scheldemond Port");
        assert!(got.contains(&("Scheldemond Port".into(), "Lock to stay shut for weeks".into())), "{got:?}");
        assert!(!got.iter().any(|(_, t)| t.contains("Dam to reopen")), "{got:?}");
        assert_eq!(got.len(), 2, "{got:?}");
    }

    #[test]
    fn a_topic_a_question_or_a_stranger_is_no_label() {
        for head in [
            "Lyon: thousands of teachers march",
            "Asanaliev: will tariffs rise this winter?",
            "Tariffs: no new hike this winter",
        ] {
            let body = format!("{head}\n\nMinister Nurbolot Asanaliev said tariffs hold.");
            assert_eq!(credited(&body, "Nurbolot Asanaliev").len(), 1, "{head}");
        }
    }

    #[test]
    fn a_body_the_article_quotes_or_a_closing_credit() {
        let body = "DMRN: Cholera cases in Tawila doubled in one week\n\n\
                    The Darfur Medical Relief Network (DMRN) said cases rose.";
        let got = credited(body, "Darfur Medical Relief Network");
        assert_eq!(
            got[0],
            ("Darfur Medical Relief Network".into(), "Cholera cases in Tawila doubled in one week".into())
        );
        let body =
            "China shuts a Tibetan school in Sershul, detains teachers: sources\n\nThe school closed, a monk said.";
        let got = credited_to(body, Speaker { name: "unnamed: monk".into(), person: true, gender: None });
        assert_eq!(
            got[0],
            ("unnamed: sources".into(), "China shuts a Tibetan school in Sershul, detains teachers".into())
        );
    }

    #[test]
    fn a_label_describing_whom_the_article_quotes() {
        let body = "Vice minister: oil output at Karatobe to be cut by 18%\n\n\
                    Vice Minister of Energy Aidos Tulegenov said output would fall.";
        let mut ctx = Context::new(crate::gazetteer::Gazetteer::builtin(), None);
        ctx.learn_names(body);
        let speaker = ctx.resolve("Vice Minister of Energy Aidos Tulegenov").expect("a person");
        let said = body.rfind("said").expect("a body claim")..body.len();
        let mut drafts = vec![Draft::new(ClaimKind::Reported, speaker, "", None, vec![said.clone()], said)];
        credit_labelled_headline(body, &mut drafts, &mut ctx);
        let first = &drafts[0];
        assert_eq!(first.speaker.as_ref().map(|s| s.name.as_str()), Some("Aidos Tulegenov"));
        assert_eq!(&body[first.content[0].clone()], "oil output at Karatobe to be cut by 18%");
    }

    #[test]
    fn who_and_a_cue_opening_the_headline() {
        let body =
            "Nurbolot Asanaliev vows to hold tariffs this winter\n\nMinister Nurbolot Asanaliev said tariffs hold.";
        let got = credited(body, "Nurbolot Asanaliev");
        assert_eq!(got[0], ("Nurbolot Asanaliev".into(), "to hold tariffs this winter".into()));
        // Somebody the article does not quote credits nothing.
        let body = "Rival Kubat Otorbaev vows to hold tariffs\n\nMinister Nurbolot Asanaliev said tariffs hold.";
        assert_eq!(credited(body, "Nurbolot Asanaliev").len(), 1);
    }

    #[test]
    fn a_credit_and_its_cue_after_the_last_comma() {
        let body = "Cannery to shut for six weeks as fish supply dries up, company says\n\n\
                    Pacific Pride Seafoods Ltd said the plant would close.";
        let company = Speaker::body("Pacific Pride Seafoods Ltd".to_string());
        let got = credited_to(body, company);
        assert_eq!(
            got[0],
            ("Pacific Pride Seafoods Ltd".into(), "Cannery to shut for six weeks as fish supply dries up".into())
        );
        // A stranger's description credits nothing.
        let body =
            "Cannery to shut for six weeks, union says\n\nPacific Pride Seafoods Ltd said the plant would close.";
        assert_eq!(credited_to(body, Speaker::body("Pacific Pride Seafoods Ltd".to_string())).len(), 1);
        // Nor a body's description a person quoted last.
        let body = "Rail strike to go ahead, union says\n\nRail expert Colin Ward said the dispute would last.";
        let claims = super::super::tests::claims_of_body(body);
        assert!(!claims.iter().any(|(s, t)| s == "Colin Ward" && t.contains("Rail strike")), "{claims:?}");
    }

    #[test]
    fn a_country_a_sentence_or_a_title_is_no_credit() {
        for head in [
            "Sierra Leone: Row deepens as parliament extends tenure",
            "Maize export ban: Traders cry foul",
            "Darfur Medical Relief Network: Annual Report 2024 (summary)",
        ] {
            let body = format!("{head}\n\nThe Darfur Medical Relief Network said Sierra Leone traders said.");
            assert_eq!(credited(&body, "Darfur Medical Relief Network").len(), 1, "{head}");
        }
    }
}

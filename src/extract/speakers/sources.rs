//! Sources the article does not name: "a senior South Korean official",
//! "people familiar with the talks", "two sources in Seoul". They are kept
//! as such, with their description, as "unnamed: …" speakers.

use super::lexicon::*;
use super::Speaker;

/// Words after an unnamed source's noun that go on describing them: "people familiar
/// with the talks", "people aware of the deal", "a consultant advising the board".
const DESCRIBING: [&str; 15] = [
    "on", "at", "in", "with", "from", "familiar", "close", "of", "aware", "briefed", "knowledgeable", "within",
    "inside", "advising", "who",
];

/// Words of a source's reason to stay unnamed ("who asked not to be named").
const ANONYMOUS: [&str; 5] = ["anonymity", "named", "identified", "authori", "permitted"];

/// Members of a house by their letters: "MPs", "MCAs".
const MEMBERS: [&str; 10] = ["MP", "MCA", "MLA", "MEP", "TD", "MSP", "MPP", "MHA", "MNA", "MPL"];

/// "a senior South Korean official", "officials", "two sources": kept unnamed.
pub(super) fn unnamed(words: &str, lower: &str) -> Option<Speaker> {
    // "Some MCAs", "Several MPs": members counted, not named.
    let mut parts = words.split_whitespace();
    if let (Some(count), Some(members), None) = (parts.next(), parts.next(), parts.next()) {
        let counted = matches!(lower.split(' ').next(), Some("some" | "several" | "many" | "two" | "three" | "four"));
        let letters = members.strip_suffix('s').is_some_and(|m| MEMBERS.contains(&m));
        if counted && letters {
            return Some(Speaker {
                name: format!("unnamed: {} {members}", count.to_lowercase()),
                person: true,
                gender: None,
            });
        }
    }
    let named = words.split_whitespace().count() > 1
        && words.split_whitespace().all(|w| w.chars().next().is_some_and(char::is_uppercase));
    if lower.starts_with("the ") || named {
        return None;
    }
    // The description ends with its source noun: "a Southeast Asian diplomat
    // involved in drafting the statement" → "Southeast Asian diplomat".
    let parts: Vec<&str> = words.split_whitespace().collect();
    let noun_at =
        parts.iter().position(|w| UNNAMED_NOUNS.contains(w.to_lowercase().as_str())).or_else(|| agent_at(&parts))?;
    // "Morowali district police": the force of a named place, a body of its own.
    let placed = parts[..noun_at].first().is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
    if parts[noun_at].eq_ignore_ascii_case("police") && noun_at > 0 && noun_at + 1 == parts.len() && placed {
        // "Chiang Mai provincial police": a place of two words too.
        let capital = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
        let place_words = parts[..noun_at].iter().take_while(|w| capital(w)).count();
        let force =
            parts.iter().all(capital) || parts[place_words..noun_at].iter().all(|w| w.chars().all(char::is_lowercase));
        let first_is_place = !matches!(parts[0].to_lowercase().as_str(), "a" | "an" | "the" | "local" | "district");
        if force && first_is_place {
            return Some(Speaker::body(parts.join(" ")));
        }
    }
    // "Kitchen Clash star", "Rovers player": somebody the story names, not a source;
    // "One senior Raiders player" is a source.
    let famous = matches!(parts[noun_at].to_lowercase().as_str(), "star" | "player" | "agent");
    let determiner = |w: &str| matches!(w.to_lowercase().as_str(), "a" | "an" | "one" | "another" | "and");
    let indefinite = parts.first().is_some_and(|w| determiner(w));
    if famous
        && !indefinite
        && parts[..noun_at].iter().any(|w| w.chars().next().is_some_and(char::is_uppercase) && !determiner(w))
    {
        return None;
    }
    let tail = &parts[noun_at + 1..];
    let capitalised = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    if tail.iter().any(capitalised) && !tail[0].chars().all(char::is_lowercase) {
        return None; // "spokesman Liu Wenbo", "Taxi driver Imran Chaudhry": named
    }
    // "Opposition member of the Provincial Assembly Dr Rukhsana Pirzada": an honorific and
    // a name close the description, whoever it describes.
    let honorific = |w: &&str| matches!(w.trim_end_matches('.'), "Dr" | "Mr" | "Mrs" | "Ms" | "Prof" | "Hon" | "Sen");
    if let Some(at) = tail.iter().rposition(honorific) {
        if at + 1 < tail.len() && tail[at + 1..].iter().all(capitalised) {
            return None;
        }
    }
    // "Executive director Samuel Ortiz-Baker": more of the office, then the name.
    // Not "a pal of Ferrante": a source described by whom they know.
    let office_then_name = tail.len() >= 2
        && !matches!(tail[0], "of" | "for" | "at" | "in" | "from" | "with" | "to" | "close")
        && tail.last().is_some_and(capitalised)
        && tail.iter().all(|w| capitalised(w) || TITLES.contains(w.to_lowercase().as_str()));
    if office_then_name {
        return None;
    }
    // "people familiar with the talks", "engineer on the mission team" keep their phrase;
    // "diplomat involved in drafting ..." does not.
    let phrase = tail.first().is_some_and(|w| DESCRIBING.contains(w));
    // "an official who requested anonymity" says why they are unnamed, not who they are.
    let anonymous = tail.iter().any(|w| ANONYMOUS.iter().any(|a| w.starts_with(a)));
    let keep_tail = phrase && tail.len() <= 7 && !anonymous;
    let end = if keep_tail { parts.len() } else { noun_at + 1 };
    let desc: Vec<&str> = parts[..end]
        .iter()
        .copied()
        .skip_while(|w| {
            let lower = w.to_lowercase();
            INDEFINITES.contains(&lower.as_str()) || lower == "another"
        })
        .collect();
    let mut desc = desc.join(" ");
    if let Some(first) = desc.chars().next() {
        if desc.split_whitespace().next().is_some_and(|w| w.chars().skip(1).all(char::is_lowercase))
            && (!is_proper(&desc) || desc.split_whitespace().next() == Some(parts[noun_at]))
        {
            desc = first.to_lowercase().collect::<String>() + &desc[first.len_utf8()..];
        }
    }
    Some(Speaker { name: format!("unnamed: {desc}"), person: true, gender: None })
}

/// "a senior epidemiologist at a European agency", "one deckhand with 22 years'
/// service", "one evacuee": after an indefinite, a lowercase noun of somebody
/// who does something, where the description ends or a qualifier begins.
fn agent_at(parts: &[&str]) -> Option<usize> {
    const SUFFIXES: [&str; 10] = ["ist", "er", "or", "ian", "ant", "ee", "hand", "man", "woman", "person"];
    // Things and bodies with such endings, and offices an article names later in
    // the role ("a prosecutor told the court", then "state advocate Riaan van Wyk").
    const NOT_SOURCES: [&str; 31] = [
        "letter", "paper", "order", "number", "poster", "banner", "flyer", "folder", "register", "chapter", "water",
        "matter", "plant", "grant", "monitor", "sector", "newspaper", "broadcaster", "lender", "regulator", "retailer",
        "carrier", "manufacturer", "insurer", "developer", "supplier", "provider", "publisher", "exporter",
        "prosecutor", "coroner",
    ];
    let indefinite = parts.first().is_some_and(|w| matches!(w.to_lowercase().as_str(), "a" | "an" | "one" | "another"));
    let agent = |w: &str| {
        w.len() > 4
            && w.chars().all(|c| c.is_lowercase() || c == '-')
            && SUFFIXES.iter().any(|s| w.ends_with(s))
            && !NOT_SOURCES.contains(&w)
    };
    let ends = |i: usize| parts.get(i + 1).is_none_or(|n| DESCRIBING.contains(&n.to_lowercase().as_str()));
    if !indefinite {
        return None;
    }
    (1..parts.len().min(5)).find(|&i| agent(parts[i]) && ends(i))
}

/// "An EU diplomat involved in the negotiations", "a source in the Tajik
/// government", "an adviser to the French transport minister": an indefinite
/// source whose qualifier names a body or a country is still a source.
/// Spokespeople are left to the body they speak for.
pub(super) fn indefinite_source(words: &str, lower: &str) -> Option<Speaker> {
    let rest = without_indefinite(lower)?;
    let cut = [" involved ", " familiar ", " close to ", " to the ", " who ", " based ", " working "]
        .iter()
        .filter_map(|p| rest.find(p))
        .min()
        .unwrap_or(rest.len());
    let head = head_of(&rest[..cut]);
    let noun = head.split_whitespace().last()?;
    let qualified = head.len() < rest.len();
    (qualified && UNNAMED_NOUNS.contains(noun) && !ends_in_voice(noun)).then(|| unnamed(words, lower)).flatten()
}

/// Words that open a mention of somebody not named: "a", "two", "several".
const INDEFINITES: [&str; 7] = ["a", "an", "one", "two", "three", "several", "some"];

/// A lower-case mention without the indefinite word it opens on ("a source in
/// …" → "source in …"), if it opens on one.
pub(super) fn without_indefinite(lower: &str) -> Option<&str> {
    let (first, rest) = lower.split_once(' ')?;
    INDEFINITES.contains(&first).then_some(rest)
}

/// Whether a lower-case mention ends on the word for whoever speaks for a body
/// ("a European Commission spokesperson").
pub(super) fn ends_in_voice(lower: &str) -> bool {
    VOICES.iter().any(|v| lower.trim_end().ends_with(v))
}

/// The head of a description, before what places it: "engineer" in
/// "engineer at one of the smelters, who spoke".
pub(super) fn head_of(tail: &str) -> &str {
    let cut = [" at ", " of ", " in ", " on ", " from ", " with ", " who ", ",", " close to ", " familiar with "]
        .iter()
        .filter_map(|p| tail.find(p))
        .min()
        .unwrap_or(tail.len());
    &tail[..cut]
}

pub(super) fn is_proper(desc: &str) -> bool {
    let first = desc.split_whitespace().next().unwrap_or("");
    !matches!(
        first.to_lowercase().as_str(),
        "senior"
            | "top"
            | "western"
            | "government"
            | "military"
            | "defence"
            | "defense"
            | "security"
            | "unnamed"
            | "local"
            | "other"
            | "many"
            | "some"
            | "former"
            | "high-ranking"
            | "u.s."
            | "us"
    ) && first.chars().next().is_some_and(char::is_uppercase)
        && !matches!(first.to_lowercase().as_str(), "senior" | "officials" | "sources")
}

//! Speakers: from the words of an attribution to a canonical entity.
//!
//! Names and aliases resolve through the gazetteer; capitals stand for their
//! governments; role phrases ("the Russian leader") resolve to the office
//! holder on the article's date; pronouns, surnames, titles and definite
//! descriptions ("the official", "the statement") resolve to earlier speakers
//! of the same article; unnamed sources stay unnamed, with their description.

use crate::gazetteer::{role_office, EntityKind, Gazetteer, Via};
use chrono::NaiveDate;
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    pub name: String,
    pub person: bool,
    pub gender: Option<char>,
}

const UNNAMED_NOUNS: &[&str] = &[
    "official",
    "officials",
    "source",
    "sources",
    "diplomat",
    "diplomats",
    "analyst",
    "analysts",
    "expert",
    "experts",
    "aide",
    "aides",
    "insider",
    "insiders",
    "observer",
    "observers",
    "lawmaker",
    "lawmakers",
    "officer",
    "officers",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "resident",
    "residents",
    "witness",
    "witnesses",
    "critics",
    "people",
    "person",
    "police",
    "commentators",
    "investors",
    "economists",
    "economist",
    "critic",
    "member",
    "members",
];
const ROLE_WORDS: &[&str] = &[
    "supreme leader",
    "prime minister",
    "foreign minister",
    "foreign secretary",
    "secretary of state",
    "defence minister",
    "defense minister",
    "defence secretary",
    "defense secretary",
    "head of state",
    "top diplomat",
    "leader",
    "dictator",
    "strongman",
    "president",
    "premier",
    "chancellor",
    "king",
    "ruler",
    "despot",
    "tyrant",
    "autocrat",
    "spokesman",
    "spokeswoman",
    "spokesperson",
];
const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "professor",
    "sir",
    "dame",
    "lord",
    "lady",
    "president",
    "prime",
    "minister",
    "secretary",
    "senator",
    "sen",
    "rep",
    "representative",
    "gen",
    "general",
    "judge",
    "justice",
    "chief",
    "commander",
    "admiral",
    "adm",
    "colonel",
    "col",
    "captain",
    "capt",
    "lt",
    "sgt",
    "ambassador",
    "governor",
    "gov",
    "mayor",
    "councillor",
    "councilor",
    "council",
    "leader",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "national",
    "security",
    "advisor",
    "adviser",
    "foreign",
    "defence",
    "defense",
    "deputy",
    "vice",
    "chairman",
    "chairwoman",
    "chair",
    "director",
    "inspector",
    "detective",
    "superintendent",
    "officer",
    "dictator",
    "supreme",
    "state",
    "of",
    "former",
    "acting",
    "interim",
    "opposition",
    "party",
    "labour",
    "conservative",
    "democratic",
    "republican",
    "sheriff",
    "coach",
    "father",
    "pope",
    "king",
    "queen",
    "prince",
    "princess",
    "emir",
    "sheikh",
    "chancellor",
    "economy",
    "finance",
    "trade",
    "health",
    "home",
    "justice",
    "interior",
];
const ORG_WORDS: &[&str] = &[
    "observatory",
    "association",
    "council",
    "ministry",
    "agency",
    "institute",
    "commission",
    "party",
    "bank",
    "group",
    "company",
    "corporation",
    "university",
    "committee",
    "court",
    "service",
    "union",
    "federation",
    "foundation",
    "forum",
    "centre",
    "center",
    "authority",
    "board",
    "chamber",
    "society",
    "network",
    "coalition",
];

/// What the article has said so far about who is who.
pub struct Context<'g> {
    gaz: &'g Gazetteer,
    date: Option<NaiveDate>,
    last: Option<Speaker>,
    last_person: Option<Speaker>,
    by_surname: HashMap<String, Speaker>,
    by_role: HashMap<String, Speaker>,
}

impl<'g> Context<'g> {
    pub fn new(gaz: &'g Gazetteer, date: Option<NaiveDate>) -> Context<'g> {
        Context {
            gaz,
            date,
            last: None,
            last_person: None,
            by_surname: HashMap::new(),
            by_role: HashMap::new(),
        }
    }

    /// The gazetteer this article is resolved against (built-in plus the user's).
    pub fn gazetteer_in_use(&self) -> &'g Gazetteer {
        self.gaz
    }

    pub fn last(&self) -> Option<&Speaker> {
        self.last.as_ref()
    }

    /// Resolves the words of an attribution, remembering the result for later references.
    pub fn resolve(&mut self, words: &str) -> Option<Speaker> {
        let words = words.trim().trim_end_matches([',', ':']).trim();
        let speaker = self.resolve_inner(words)?;
        self.remember(words, &speaker);
        Some(speaker)
    }

    fn resolve_inner(&self, words: &str) -> Option<Speaker> {
        let lower = words.to_lowercase();
        if let Some(s) = self.pronoun(&lower) {
            return Some(s);
        }
        if let Some(s) = self.gazetteer(words, &lower) {
            return Some(s);
        }
        if let Some(s) = self.definite(&lower) {
            return Some(s);
        }
        if let Some(s) = unnamed(words, &lower) {
            return Some(s);
        }
        self.proper_name(words)
    }

    fn pronoun(&self, lower: &str) -> Option<Speaker> {
        match lower {
            "he" | "she" => {
                let g = if lower == "he" { 'm' } else { 'f' };
                let p = self.last_person.clone()?;
                (p.gender.is_none_or(|pg| pg == g)).then_some(p)
            }
            "they" | "it" | "we" => self.last.clone(),
            _ => None,
        }
    }

    fn gazetteer(&self, words: &str, lower: &str) -> Option<Speaker> {
        let mentions = self.gaz.mentions(words);
        let m = mentions.last()?;
        let e = self.gaz.entity(m.entity);
        let tail = lower[m.end..]
            .trim()
            .trim_start_matches("'s")
            .trim_start_matches("’s")
            .trim();
        if let Some(s) = self.longer_name(words, m.start, m.end) {
            return Some(s);
        }
        match e.kind {
            EntityKind::Person => Some(person(&e.name, e.gender)),
            EntityKind::Organization => {
                if let Some(holder) = self.role_holder(tail, e.country.as_deref()) {
                    return Some(holder);
                }
                Some(Speaker {
                    name: e.name.clone(),
                    person: false,
                    gender: None,
                })
            }
            EntityKind::Country => {
                if let Some(holder) = self.role_holder(tail, Some(&e.name)) {
                    return Some(holder);
                }
                if last_word_in(tail, UNNAMED_NOUNS) {
                    return unnamed(words, lower);
                }
                if m.via == Via::Demonym && tail.is_empty() {
                    return None; // "the Russian said": ambiguous without a noun
                }
                Some(Speaker {
                    name: e.name.clone(),
                    person: false,
                    gender: None,
                })
            }
        }
    }

    /// "IAEA Director General Rafael Grossi", "Gulf of Guinea Maritime
    /// Observatory": a known name inside a longer proper name.
    fn longer_name(&self, words: &str, start: usize, end: usize) -> Option<Speaker> {
        let after = words[end..]
            .trim_start_matches(['’', '\''])
            .trim_start_matches('s')
            .trim();
        let capital_after = after
            .split_whitespace()
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase) && !is_title(w))
            .count();
        if capital_after == 0 || self.gaz.entity(self.gaz.mentions(words).last()?.entity).kind == EntityKind::Person {
            return None;
        }
        let _ = start;
        let all_capitalised = words
            .split_whitespace()
            .all(|w| w.chars().next().is_some_and(|c| !c.is_lowercase()) || matches!(w, "of" | "and" | "the" | "for"));
        let org_like =
            |w: &str| ORG_WORDS.contains(&w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase().as_str());
        if all_capitalised && words.split_whitespace().last().is_some_and(org_like) {
            let name = words
                .split_whitespace()
                .skip_while(|w| matches!(*w, "The" | "the" | "A" | "a"))
                .collect::<Vec<_>>()
                .join(" ");
            return Some(Speaker {
                name,
                person: false,
                gender: None,
            });
        }
        self.proper_name(after)
            .filter(|s| s.name.split_whitespace().count() > 1 || self.by_surname.contains_key(&s.name))
    }

    fn role_holder(&self, tail: &str, country: Option<&str>) -> Option<Speaker> {
        let country = country?;
        let padded = format!(
            " {} ",
            tail.split(|c: char| !c.is_alphanumeric()).collect::<Vec<_>>().join(" ")
        );
        let role = ROLE_WORDS.iter().find(|r| padded.contains(&format!(" {r} ")))?;
        let (office, title) = role_office(role, country)?;
        let idx = self
            .gaz
            .office_holder(country, office, title, self.date)
            .or_else(|| self.gaz.office_holder(country, office, None, self.date))?;
        let e = self.gaz.entity(idx);
        Some(person(&e.name, e.gender))
    }

    /// "the official", "the mayor", "the statement": an earlier speaker.
    fn definite(&self, lower: &str) -> Option<Speaker> {
        let rest = lower.strip_prefix("the ")?;
        let noun = rest.split_whitespace().last()?;
        if let Some(s) = self.by_role.get(noun) {
            return Some(s.clone());
        }
        match noun {
            "statement" | "ministry" | "office" | "government" | "agency" | "council" | "department" | "company"
            | "organisation" | "organization" | "embassy" | "report" => {
                self.last.clone().filter(|s| !s.person).or_else(|| self.last.clone())
            }
            "president" | "leader" | "minister" | "official" | "spokesperson" | "spokesman" | "spokeswoman"
            | "mayor" | "chancellor" | "premier" | "secretary" | "ambassador" | "judge" | "chief" | "dictator"
            | "envoy" | "general" => self.last_person.clone(),
            _ => None,
        }
    }

    /// A capitalised name not in the gazetteer: strip titles, use surnames
    /// already seen in the article.
    fn proper_name(&self, words: &str) -> Option<Speaker> {
        let tokens: Vec<&str> = words
            .split_whitespace()
            .filter(|t| !matches!(*t, "The" | "the"))
            .collect();
        // "Transport Secretary Heidi Alexander": the name follows the last title word.
        let name_start = tokens.iter().rposition(|t| is_title(t)).map_or(0, |i| i + 1);
        let name_start = if name_start >= tokens.len() {
            tokens.iter().position(|t| !is_title(t)).unwrap_or(tokens.len())
        } else {
            name_start
        };
        let name: Vec<&str> = tokens[name_start..].to_vec();
        if name.is_empty() || !name.iter().all(|t| t.chars().next().is_some_and(char::is_uppercase)) {
            return None;
        }
        if name.len() == 1 {
            let key = title_case(name[0].trim_end_matches("’s").trim_end_matches("'s"));
            let key = key.as_str();
            if let Some(s) = self.by_surname.get(key) {
                return Some(s.clone());
            }
        }
        let gender = gender_from_titles(&tokens[..name_start]);
        Some(Speaker {
            name: name.join(" "),
            person: true,
            gender,
        })
    }

    fn remember(&mut self, words: &str, speaker: &Speaker) {
        self.last = Some(speaker.clone());
        if speaker.person {
            self.last_person = Some(speaker.clone());
            if !speaker.name.starts_with("unnamed:") {
                self.register_surnames(speaker);
            }
        }
        for w in words.split_whitespace() {
            let w = w.to_lowercase();
            if UNNAMED_NOUNS.contains(&w.as_str())
                || ROLE_WORDS.contains(&w.as_str())
                || matches!(
                    w.as_str(),
                    "mayor" | "minister" | "councillor" | "chief" | "ambassador" | "judge" | "secretary" | "envoy"
                )
            {
                self.by_role.insert(w, speaker.clone());
            }
        }
    }

    /// A multi-word name is found later by its first or last word; the first
    /// person registered under a word keeps it.
    fn register_surnames(&mut self, speaker: &Speaker) {
        let parts: Vec<&str> = speaker.name.split_whitespace().collect();
        if let [first, .., last] = parts.as_slice() {
            for p in [first, last] {
                self.by_surname.entry(p.to_string()).or_insert_with(|| speaker.clone());
            }
        }
    }

    /// Registers every multi-word capitalised name in `body` so that a later
    /// surname ("Okafor") or transcript label ("WHITCOMBE") finds it.
    pub fn learn_names(&mut self, body: &str) {
        let mut run: Vec<&str> = Vec::new();
        for raw in body.split_whitespace() {
            let word = raw.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
            let capital =
                word.chars().next().is_some_and(char::is_uppercase) && word.chars().skip(1).any(char::is_lowercase);
            let in_name = capital && !is_title(word) && self.gaz.mentions(word).is_empty();
            if in_name {
                run.push(word);
            }
            let ends = !in_name || raw.ends_with([',', '.', ';', ':', '’', '"', '”', ')']) || raw.ends_with("'s");
            if ends {
                if (2..=3).contains(&run.len()) {
                    self.register_surnames(&Speaker {
                        name: run.join(" "),
                        person: true,
                        gender: None,
                    });
                }
                run.clear();
            }
        }
    }
}

/// "WHITCOMBE" (a transcript label) → "Whitcombe".
fn title_case(word: &str) -> String {
    if word.chars().count() > 1 && word.chars().all(|c| !c.is_lowercase()) {
        let mut chars = word.chars();
        let first = chars.next().expect("non-empty");
        first.to_string() + &chars.as_str().to_lowercase()
    } else {
        word.to_string()
    }
}

fn person(name: &str, gender: Option<char>) -> Speaker {
    Speaker {
        name: name.to_string(),
        person: true,
        gender,
    }
}

fn last_word_in(text: &str, words: &[&str]) -> bool {
    text.split_whitespace().last().is_some_and(|w| words.contains(&w))
}

fn is_title(token: &str) -> bool {
    let t = token.trim_end_matches('.').to_lowercase();
    TITLES.contains(&t.as_str()) || token.chars().next().is_some_and(char::is_lowercase)
}

fn gender_from_titles(titles: &[&str]) -> Option<char> {
    titles
        .iter()
        .find_map(|t| match t.trim_end_matches('.').to_lowercase().as_str() {
            "mr" | "sir" | "lord" | "king" | "prince" | "father" | "chairman" | "spokesman" => Some('m'),
            "mrs" | "ms" | "miss" | "dame" | "lady" | "queen" | "princess" | "chairwoman" | "spokeswoman" => Some('f'),
            _ => None,
        })
}

/// "a senior South Korean official", "officials", "two sources": kept unnamed.
fn unnamed(words: &str, lower: &str) -> Option<Speaker> {
    let last = lower.split_whitespace().last()?;
    if !UNNAMED_NOUNS.contains(&last) || lower.starts_with("the ") {
        return None;
    }
    let desc: Vec<&str> = words
        .split_whitespace()
        .skip_while(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "a" | "an" | "one" | "two" | "three" | "several" | "some"
            )
        })
        .collect();
    let mut desc = desc.join(" ");
    if let Some(first) = desc.chars().next() {
        if desc
            .split_whitespace()
            .next()
            .is_some_and(|w| w.chars().skip(1).all(char::is_lowercase))
            && !is_proper(&desc)
        {
            desc = first.to_lowercase().collect::<String>() + &desc[first.len_utf8()..];
        }
    }
    Some(Speaker {
        name: format!("unnamed: {desc}"),
        person: true,
        gender: None,
    })
}

fn is_proper(desc: &str) -> bool {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx() -> Context<'static> {
        Context::new(Gazetteer::builtin(), NaiveDate::from_ymd_opt(2024, 6, 21))
    }

    #[test]
    fn names_roles_and_capitals() {
        let mut c = ctx();
        assert_eq!(c.resolve("The Russian leader").unwrap().name, "Vladimir Putin");
        assert_eq!(c.resolve("The North Korean dictator").unwrap().name, "Kim Jong Un");
        assert_eq!(c.resolve("Washington").unwrap().name, "United States");
        assert_eq!(c.resolve("Seoul’s presidential office").unwrap().name, "South Korea");
        assert_eq!(c.resolve("The South Korean president").unwrap().name, "Yoon Suk Yeol");
    }

    #[test]
    fn unnamed_sources_keep_their_description() {
        let mut c = ctx();
        assert_eq!(
            c.resolve("A senior South Korean official").unwrap().name,
            "unnamed: senior South Korean official"
        );
        assert_eq!(
            c.resolve("a senior Western diplomat").unwrap().name,
            "unnamed: senior Western diplomat"
        );
    }

    #[test]
    fn pronouns_surnames_and_definites() {
        let mut c = ctx();
        assert_eq!(
            c.resolve("National Security Advisor Chang Ho-jin").unwrap().name,
            "Chang Ho-jin"
        );
        assert_eq!(c.resolve("Chang").unwrap().name, "Chang Ho-jin");
        assert_eq!(c.resolve("he").unwrap().name, "Chang Ho-jin");
        assert_eq!(c.resolve("Mayor Jane Doe").unwrap().name, "Jane Doe");
        assert_eq!(c.resolve("the mayor").unwrap().name, "Jane Doe");
        assert_eq!(c.resolve("she").unwrap().name, "Jane Doe");
    }
}

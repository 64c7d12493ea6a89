//! Speakers the gazetteer knows: names and aliases, capitals standing for
//! governments, role phrases resolved to office holders by date, and known
//! names inside longer ones ("IAEA Director General Rafael Grossi").

use super::lexicon::*;
use super::names::{is_title, last_word_in, person};
use super::sources::{ends_in_voice, head_of, unnamed, without_indefinite};
use super::{Context, Speaker};
use crate::gazetteer::{role_office, EntityKind, Via};

/// "a senior Western diplomat in ": the words before a place are an unnamed
/// source and the preposition that places them.
fn placed_source(before: &str) -> bool {
    let Some(source) = ["in", "at", "from", "based in"].iter().find_map(|p| before.trim_end().strip_suffix(p)) else {
        return false;
    };
    let indefinite = without_indefinite(before).is_some();
    indefinite && source.ends_with(' ') && last_word_in(source, &UNNAMED_NOUNS) && !ends_in_voice(source)
}

impl Context<'_> {
    pub(super) fn gazetteer(&self, words: &str, lower: &str) -> Option<Speaker> {
        let mentions = self.gaz.mentions(words);
        // "A World Bank report published in May": the month, not Theresa May.
        let dated = |m: &&crate::gazetteer::Mention| {
            let word_before = words[..m.start].trim_end().rsplit(' ').next().unwrap_or("");
            crate::extract::dates::FULL_MONTHS.split('|').any(|month| month == &words[m.start..m.end])
                && ["in", "on", "since", "until", "last", "next", "early", "late", "mid", "of"].contains(&word_before)
        };
        let m = mentions.iter().rev().find(|m| !dated(m))?;
        let e = self.gaz.entity(m.entity);
        let tail = lower[m.end..].trim().trim_start_matches("'s").trim_start_matches("’s").trim();
        let longer = || (e.kind == EntityKind::Organization).then(|| body_around(words, m.start, m.end)).flatten();
        if let Some(s) = self.longer_name(words, m.start, m.end).or_else(longer) {
            return Some(s);
        }
        match e.kind {
            EntityKind::Person => {
                // "Trust chairwoman Kerry Duggan": somebody else whose name holds a known one.
                let other_name = |w: Option<&str>| {
                    w.map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())).is_some_and(|w| {
                        w.chars().count() > 1
                            && w.chars().next().is_some_and(char::is_uppercase)
                            && !is_title(w)
                            && !e.name.split_whitespace().any(|n| n == w)
                    })
                };
                // "Philippe de Gruchy": a particle and a surname after a known surname.
                let mut after = words[m.end..].split_whitespace();
                let particle_name = after.next().is_some_and(|p| PARTICLES.contains(p))
                    && after.next().is_some_and(|w| w.starts_with(char::is_uppercase));
                if other_name(words[..m.start].split_whitespace().last())
                    || other_name(words[m.end..].split(' ').nth(1))
                    || particle_name
                {
                    return self.person_of_body(words).or_else(|| self.proper_name(words));
                }
                // A bare surname the article gave to somebody else ("Bennett", "Ms Baird", "WHITCOMBE").
                let bare: Vec<&str> = words.split_whitespace().filter(|w| !is_title(w)).collect();
                // "De la Fuente" of "Gonzalo de la Fuente Arrieta": the particles are lowercase in the name.
                let written = format!(" {} ", words.to_lowercase());
                let holds = |l: &&Speaker| format!(" {} ", l.name.to_lowercase()).contains(&written);
                let local = match bare.as_slice() {
                    [surname] => self.by_surname.get(*surname).filter(|l| l.name != e.name),
                    _ => self.by_surname.values().filter(|l| l.person && l.name != e.name).find(holds),
                };
                Some(local.cloned().unwrap_or_else(|| person(&e.name, e.gender)))
            }
            EntityKind::Organization => {
                if let Some(holder) = self.role_holder(tail, e.country.as_deref()) {
                    return Some(holder);
                }
                // "an OPEC+ delegate" is somebody; "a European Commission spokesperson" is the Commission.
                if last_word_in(tail, &UNNAMED_NOUNS) && !ends_in_voice(tail) {
                    return unnamed(words, lower);
                }
                // "Kremlin boss", "White House chief": whoever leads from the seat of government.
                let seat =
                    matches!(e.name.as_str(), "Kremlin" | "White House" | "Downing Street" | "Elysee" | "Blue House");
                if seat && matches!(tail, "boss" | "chief") {
                    if let Some(holder) = self.role_holder("leader", e.country.as_deref()) {
                        return Some(holder);
                    }
                }
                // "The Kremlin said", "the FCDO said": a national state body speaks for its country.
                Some(Speaker::body(e.speaker_name().to_string()))
            }
            EntityKind::Country => {
                // "Colombo said", after "Marta Colombo": the person, not Sri Lanka's capital.
                if m.via == Via::Capital && words.trim() == &words[m.start..m.end] {
                    if let Some(p) = self.last_named_by_surname(words.trim()) {
                        return Some(p);
                    }
                    // "Madrid said", after "Luis Fernando Madrid Erazo": the first of his two surnames,
                    // in a story that names Spain nowhere else (not "Madrid said", filed from Madrid).
                    let surname = words.trim();
                    let elsewhere = !self.countries_named.contains(&e.name) && self.filed_in.as_ref() != Some(&e.name);
                    let bearer = self.by_surname.get(surname).filter(|p| {
                        p.person
                            && !p.name.starts_with("unnamed:")
                            && !super::resolve::made_of_an_opener(&p.name)
                            && first_of_two_surnames(&p.name, surname)
                    });
                    if let Some(p) = bearer.filter(|_| elsewhere) {
                        return Some(p.clone());
                    }
                }
                if let Some(holder) = self.role_holder(tail, Some(&e.name)) {
                    return Some(holder);
                }
                // "a Chinese foreign ministry spokesperson": the government's voice.
                let office = tail.split_whitespace().rev().nth(1).unwrap_or("");
                if ends_in_voice(tail) && matches!(office, "ministry" | "government" | "embassy") {
                    return Some(Speaker::body(e.name.clone()));
                }
                // "A Chinese engineer at one of the smelters": a source, described;
                // "a senior Western diplomat in Tbilisi": one placed by the capital.
                if last_word_in(head_of(tail), &UNNAMED_NOUNS) || placed_source(&lower[..m.start]) {
                    return unnamed(words, lower);
                }
                // "the Saudi energy minister": the minister the article named.
                // Only a person: "the ministry" may be another country's.
                if let Some(s) = tail.split_whitespace().last().and_then(|w| self.named_role(w)).filter(|s| s.person) {
                    return Some(s);
                }
                if m.via == Via::Demonym && tail.is_empty() {
                    return None; // "the Russian said": ambiguous without a noun
                }
                Some(Speaker::body(e.name.clone()))
            }
        }
    }

    /// "IAEA Director General Rafael Grossi", "Gulf of Guinea Maritime
    /// Observatory": a known name inside a longer proper name.
    pub(super) fn longer_name(&self, words: &str, start: usize, end: usize) -> Option<Speaker> {
        if let Some(s) = self.name_ending_in_place(words, start, end) {
            return Some(s);
        }
        let after = words[end..].trim_start_matches(['’', '\'']).trim_start_matches('s').trim();
        // "UK Athletics", "USA Swimming": a sport's national body named after its country first.
        let before = words[..start].trim();
        if SPORTS.contains(&after) && matches!(before, "" | "The" | "the") && words[end..].starts_with(' ') {
            return Some(Speaker::body(words[start..].trim().to_string()));
        }
        let capital_after = after
            .split_whitespace()
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase) && !is_title(w))
            .count();
        if capital_after == 0 || self.gaz.entity(self.gaz.mentions(words).last()?.entity).kind == EntityKind::Person {
            return None;
        }
        let all_capitalised = words.split_whitespace().all(|w| {
            w.chars().next().is_some_and(|c| !c.is_lowercase()) || matches!(w, "of" | "and" | "the" | "for" | "on")
        });
        let org_like =
            |w: &str| ORG_WORDS.contains(w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase().as_str());
        // "The U.S. Treasury Department" is the government's, resolved as its country.
        let national =
            words.split_whitespace().last().is_some_and(|w| {
                matches!(w.to_lowercase().as_str(), "department" | "ministry" | "government" | "embassy")
            }) && self.gaz.entity(self.gaz.mentions(words).last()?.entity).kind == EntityKind::Country;
        if national {
            return None;
        }
        if all_capitalised && words.split_whitespace().last().is_some_and(org_like) {
            let name = words
                .split_whitespace()
                .skip_while(|w| matches!(*w, "The" | "the" | "A" | "a"))
                .collect::<Vec<_>>()
                .join(" ");
            return Some(Speaker::body(name));
        }
        // "The All India Federation of IT Employees": a body whose name holds a country.
        if let Some(s) = super::orgs::org_name(words).filter(|_| all_capitalised) {
            return Some(s);
        }
        self.proper_name(after)
            .filter(|s| s.name.split_whitespace().count() > 1 || self.by_surname.contains_key(&s.name))
    }

    pub(super) fn role_holder(&self, tail: &str, country: Option<&str>) -> Option<Speaker> {
        let country = country?;
        let padded = format!(" {} ", tail.split(|c: char| !c.is_alphanumeric()).collect::<Vec<_>>().join(" "));
        static PADDED: std::sync::LazyLock<Vec<String>> =
            std::sync::LazyLock::new(|| ROLE_WORDS.iter().map(|r| format!(" {r} ")).collect());
        let role = ROLE_WORDS.iter().zip(PADDED.iter()).find(|(_, p)| padded.contains(p.as_str()))?.0;
        let (office, title) = role_office(role, country)?;
        let idx = self
            .gaz
            .office_holder(country, office, title, self.date)
            .or_else(|| self.gaz.office_holder(country, office, None, self.date))?;
        let e = self.gaz.entity(idx);
        Some(person(&e.name, e.gender))
    }

    /// "Tech Workers Alliance Ireland", "Ambulance Victoria", "Transport for
    /// London": a body named after its place, not the place's government.
    fn name_ending_in_place(&self, words: &str, start: usize, end: usize) -> Option<Speaker> {
        let mentions = self.gaz.mentions(words);
        let m = mentions.iter().find(|m| m.start == start && m.end == end)?;
        if self.gaz.entity(m.entity).kind != EntityKind::Country || !words[end..].trim().is_empty() {
            return None;
        }
        let parts: Vec<&str> =
            words[..start].split_whitespace().skip_while(|w| matches!(*w, "The" | "the" | "A" | "a")).collect();
        let joined = parts
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase) || matches!(*w, "for" | "of" | "and"));
        let org_word = parts.iter().any(|w| ORG_WORDS.contains(w.to_lowercase().as_str()));
        let national =
            parts.iter().any(|w| matches!(w.to_lowercase().as_str(), "ministry" | "department" | "government"));
        // "Football Australia", "Cricket Ireland", "Premier Football Australia": a sport's governing body.
        let sport = parts.iter().any(|w| SPORTS.contains(w));
        // Not "National Railways of Zimbabwe": "National" before a body's word is no office.
        let titled = parts.first().is_some_and(|w| is_title(w) && !(matches!(*w, "National" | "Federal") && org_word));
        let titled = titled && !sport;
        let named = !parts.is_empty() && joined && !national && !titled && (org_word || sport || m.via == Via::Capital);
        named.then(|| Speaker {
            name: format!("{} {}", parts.join(" "), &words[start..end]),
            person: false,
            gender: None,
        })
    }
}

/// Sports whose national bodies are named after their country ("Athletics Kenya").
const SPORTS: [&str; 14] = [
    "Football", "Cricket", "Rugby", "Netball", "Hockey", "Athletics", "Swimming", "Tennis", "Golf", "Basketball",
    "Cycling", "Rowing", "Boxing", "Volleyball",
];

/// "The Mississippi State Department of Health": another body's name around a
/// known body's, capitalised before it and going on with "of" after it.
fn body_around(words: &str, start: usize, end: usize) -> Option<Speaker> {
    let before = words[..start].split_whitespace().last().unwrap_or("");
    let named_before = before.starts_with(char::is_uppercase) && !is_title(before) && before != "The";
    let of_after = words[end..].strip_prefix(" of ").is_some_and(|r| r.starts_with(char::is_uppercase));
    let possessive = super::names::possessive(before) || before.ends_with(['’', '\'', ',']);
    (named_before && of_after && !possessive).then(|| Speaker::body(super::resolve::without_article(words).to_string()))
}

/// Whether `surname` is the first of two surnames closing `name`, after a given name: "Madrid" of
/// "Luis Fernando Madrid Erazo". Not a last name ("Marta Colombo": the capital, until she is the
/// person last named), nor one after a particle ("Henrique Tavares de Lima").
fn first_of_two_surnames(name: &str, surname: &str) -> bool {
    let mut from_last = name.rsplit(' ').skip(1);
    from_last.next() == Some(surname) && from_last.next().is_some_and(|before| !PARTICLES.contains(before))
}

//! Speakers: from the words of an attribution to a canonical entity.
//!
//! Names and aliases resolve through the gazetteer; capitals stand for their
//! governments; role phrases ("the Russian leader") resolve to the office
//! holder on the article's date; pronouns, surnames, titles and definite
//! descriptions ("the official", "the statement") resolve to earlier speakers
//! of the same article; unnamed sources stay unnamed, with their description.

mod bodies;
mod known;
pub(crate) mod lexicon;
mod names;
mod nicknames;
mod orgs;
mod roles;
mod sources;
mod variants;

use crate::gazetteer::{EntityKind, Gazetteer};
use crate::segment::TRANSLITERATED_INITIALS;
use chrono::NaiveDate;
use lexicon::{BUSINESS, DOCUMENTS, ORG_WORDS, PERSON_NOUNS, ROLE_ALIASES, ROLE_WORDS, SOLE_ROLES, UNNAMED_NOUNS};
use orgs::{company_name, org_name};
use rustc_hash::FxHashMap;
use sources::unnamed;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    pub name: String,
    pub person: bool,
    pub gender: Option<char>,
}

/// Subjects that are some of a group the text just mentioned ("Several accused").
const SOME_OF: &[&str] = &["several", "some", "many", "others", "most", "a few", "dozens"];
/// Subjects that are one of that group ("One wrote on X:").
const ONE_OF: &[&str] = &["one", "another"];

/// What the article has said so far about who is who.
pub struct Context<'g> {
    gaz: &'g Gazetteer,
    date: Option<NaiveDate>,
    last: Option<Speaker>,
    last_person: Option<Speaker>,
    /// The last speaker that is a government or organisation ("it said", "the ministry said").
    last_body: Option<Speaker>,
    by_surname: FxHashMap<String, Speaker>,
    by_role: FxHashMap<String, Speaker>,
    /// Organisations by the nouns that name them ("agency" → International Atomic Energy Agency).
    org_by_noun: FxHashMap<String, Speaker>,
    /// Organisations mentioned so far, in order.
    observed_orgs: Vec<String>,
    /// Companies named in the article ("Halvorsen Ocean Line"), first first.
    companies: Vec<Speaker>,
    /// The companies whose full name comes before any shorter form of it ("Rutli
    /// Privatbank AG", then "Rutli Privatbank"): what the short form stands for.
    named_in_full: Vec<Speaker>,
    /// The country the article is mostly about, for departments it does not place.
    home_country: Option<String>,
    /// The body the article named last, for "a spokesperson said".
    recent_body: Option<Speaker>,
    /// Bodies by the acronym written after their name: "(FSMW)", "(TBN)".
    acronyms: FxHashMap<String, Speaker>,
    /// The person the last statement was aimed at, who may reply next.
    addressee: Option<Speaker>,
    /// People by the role noun the article sets beside their name ("The surveyor, Graham Tulloch").
    introduced: FxHashMap<String, Speaker>,
    /// The last group of people the text mentioned ("residents", "fans"), for "Several said".
    last_group: Option<String>,
    /// People by the office and body a record's attendance list gives them ("secretary water resources").
    offices_held: FxHashMap<String, Speaker>,
    /// The first person a paragraph after the lead introduces, for the lead's description.
    lead_person: Option<Speaker>,
    /// The paragraph being read (0 is the headline).
    paragraph: usize,
}

impl<'g> Context<'g> {
    pub fn new(gaz: &'g Gazetteer, date: Option<NaiveDate>) -> Context<'g> {
        Context {
            gaz,
            date,
            last: None,
            last_person: None,
            last_body: None,
            by_surname: FxHashMap::default(),
            by_role: FxHashMap::default(),
            org_by_noun: FxHashMap::default(),
            observed_orgs: Vec::new(),
            companies: Vec::new(),
            named_in_full: Vec::new(),
            home_country: None,
            recent_body: None,
            acronyms: FxHashMap::default(),
            addressee: None,
            introduced: FxHashMap::default(),
            offices_held: FxHashMap::default(),
            last_group: None,
            lead_person: None,
            paragraph: 0,
        }
    }

    /// A primary source speaks for its issuer: "the statement said", "it said".
    pub fn set_issuer(&mut self, outlet: &str) {
        if let Some(s) = self.gazetteer(outlet, &outlet.to_lowercase()).filter(|s| !s.person) {
            self.last_body = Some(s);
        }
    }

    /// Notes the organisations `text` mentions, for later "the agency said".
    pub fn observe(&mut self, text: &str) {
        let mentions = self.gaz.mentions(text);
        self.observe_bodies(text, &mentions);
        // "About 40 residents attended. Several accused the authority": the group.
        let group = text
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .rev()
            .find(|w| w.len() > 3 && w.ends_with('s') && UNNAMED_NOUNS.contains(w.to_lowercase().as_str()));
        if let Some(g) = group {
            self.last_group = Some(g.to_lowercase());
        }
        // The UN's organs are named without "UN" in UN reporting.
        if ["Security Council", "General Assembly"].iter().any(|o| text.contains(o))
            && !self.observed_orgs.iter().any(|o| o == "United Nations")
        {
            self.observed_orgs.push("United Nations".into());
        }
        for m in mentions {
            let e = self.gaz.entity(m.entity);
            if e.kind != EntityKind::Organization {
                continue;
            }
            let speaker = Speaker { name: e.name.clone(), person: false, gender: None };
            if !self.observed_orgs.contains(&e.name) {
                self.observed_orgs.push(e.name.clone());
            }
            let kind_noun = e.org_kind.as_deref().and_then(|k| k.split('-').next_back()).map(str::to_string);
            for noun in e
                .name
                .split_whitespace()
                .map(str::to_lowercase)
                .filter(|w| ORG_WORDS.contains(w.as_str()))
                .chain(kind_noun)
            {
                self.org_by_noun.insert(noun, speaker.clone());
            }
        }
    }

    /// The gazetteer this article is resolved against (built-in plus the user's).
    pub fn gazetteer_in_use(&self) -> &'g Gazetteer {
        self.gaz
    }

    pub fn last_person(&self) -> Option<&Speaker> {
        self.last_person.as_ref()
    }

    pub fn last(&self) -> Option<&Speaker> {
        self.last.as_ref()
    }

    /// The presenter or host the article named, who asks a transcript's questions.
    pub fn interviewer(&self) -> Option<Speaker> {
        ["presenter", "host", "interviewer", "moderator", "anchor"].iter().find_map(|r| self.by_role.get(*r)).cloned()
    }

    /// "Several accused …", "One wrote on X:" right after a group was
    /// mentioned: some of the group, or one of them.
    fn one_of_the_group(&self, lower: &str) -> Option<Speaker> {
        let group = self.last_group.as_deref()?;
        let name = if ONE_OF.contains(&lower) {
            let one = group
                .strip_suffix("ies")
                .map(|s| format!("{s}y"))
                .unwrap_or_else(|| group.trim_end_matches('s').into());
            Some(one).filter(|o| UNNAMED_NOUNS.contains(o.as_str()))?
        } else {
            group.to_string()
        };
        Some(Speaker { name: format!("unnamed: {name}"), person: true, gender: None })
    }

    /// Where the article is: the headline and lead may describe whom it names later.
    pub fn set_paragraph(&mut self, paragraph: usize) {
        self.paragraph = paragraph;
    }

    /// Takes `person` for the transcript's host when the article named none.
    pub fn assume_interviewer(&mut self, person: &Speaker) {
        if self.interviewer().is_none() {
            self.by_role.insert("host".into(), person.clone());
        }
    }

    /// Makes `person` the one "he", "she" and "A:" refer to again.
    pub fn keep_person(&mut self, person: Speaker) {
        self.last = Some(person.clone());
        self.last_person = Some(person);
    }

    /// Notes whom the last statement was aimed at ("accused Sithole of …").
    pub fn address(&mut self, target: Option<&str>) {
        self.addressee = target
            .and_then(|t| self.resolve_inner(t))
            .filter(|s| s.person && !s.name.starts_with("unnamed:") && Some(s) != self.last_person.as_ref());
    }

    /// "Mthembu accused Sithole of … “…,” she replied": who replies is the
    /// person the last statement was aimed at, not the one who made it.
    pub fn replier(&self) -> Option<Speaker> {
        self.addressee.clone()
    }

    /// Resolves the words of an attribution, remembering the result for later references.
    pub fn resolve(&mut self, words: &str) -> Option<Speaker> {
        // "1:50 PM\nA DepEd supply officer": a live blog's time on the line before is not the speaker.
        let words = words.trim().rsplit('\n').next().unwrap_or(words);
        let words = words.trim().trim_end_matches([',', ':']).trim();
        // "GUAYAQUIL, Jan 21 (ACN).- The Corporation …": not the dateline's end mark.
        let words = words.strip_prefix(".-").map_or(words, str::trim_start);
        // "Hon. (Dr.) Barasa-Simiyu", a Hansard's label: the name without its bracketed title.
        let untitled = words.split_once(" (").and_then(|(before, rest)| {
            let (title, after) = rest.split_once(") ")?;
            (title.len() <= 6 && title.ends_with('.')).then(|| format!("{before} {after}"))
        });
        let words = untitled.as_deref().unwrap_or(words);
        // `Raymond "Ray" Kowalczyk`: the name without its nickname.
        let plain = nicknames::without_nickname(words);
        let words = plain.as_deref().unwrap_or(words);
        // "Róisín Delahunt-Kerr BL", "Brendan Kilbride-Nolan SC": the name without its letters.
        // "Tan Sri Vincent Ong Beng Huat": a Malaysian honour, not a name ("Tan" alone is one).
        let honour = words.split_once(" Sri ").filter(|(h, _)| lexicon::SRI_HONOURS.contains(h));
        let words = honour.map_or(words, |(_, name)| name);
        // "Daw Khin Sandar Win", "Adi Litia Tuilau": a name without its honorific.
        let honorific = words
            .split_once(' ')
            .filter(|(h, name)| lexicon::HONORIFICS_OF_LONG_NAMES.contains(h) && name.contains(' '));
        let words = honorific.map_or(words, |(_, name)| name);
        // "THE Copperbelt Chamber of Mining Investors has threatened": a lede's capitals.
        let lede = words.strip_prefix("THE ").filter(|r| r.chars().nth(1).is_some_and(char::is_lowercase));
        let lede = lede.map(|rest| format!("The {rest}"));
        let words = lede.as_deref().unwrap_or(words);
        let words = match words.rsplit_once(' ') {
            Some((name, letters))
                if name.contains(' ')
                    && lexicon::POST_NOMINALS.contains(letters.trim_start_matches(',').trim_end_matches('.')) =>
            {
                name.trim_end_matches(',')
            }
            _ => words,
        };
        let speaker = self.resolve_inner(words)?;
        // "the bank", "Rutli Privatbank": the company as the article first named it in full.
        let speaker = self.company_in_full(&speaker).unwrap_or(speaker);
        let speaker = self.government_agency(&speaker).unwrap_or(speaker);
        // "Gerry Lapointe-Sinclair" of a headline, once the text introduced `Gerald "Gerry"
        // Lapointe-Sinclair`: the person the nickname belongs to.
        let speaker = self.nicknamed(&speaker).unwrap_or(speaker);
        self.remember(words, &speaker);
        Some(speaker)
    }

    /// "T. al-Naggar", "M. Abenov", "Ye. Sadvakassov", "B.N. Kholiqov": initials and
    /// the surname of a person met in full ("Bahodur Nurulloevich Kholiqov"), each
    /// initial opening one of the names before the surname.
    fn initialled(&self, words: &str) -> Option<Speaker> {
        let (initials, surname) = words.split_once(". ").filter(|(_, s)| !s.contains(' '))?;
        let letters: Vec<&str> = initials.split('.').collect();
        // "Ye.", "Zh.": a Cyrillic initial takes two Latin letters, alone.
        let single = letters.len() == 1 && TRANSLITERATED_INITIALS.contains(&initials);
        if !single && !letters.iter().all(|l| l.chars().count() == 1) {
            return None;
        }
        let person = self.by_surname.get(surname).filter(|p| {
            let names: Vec<&str> = p.name.split_whitespace().collect();
            let opens = if letters.len() == 1 { p.name.starts_with(initials) } else { names.len() > letters.len() };
            p.person && opens && letters.iter().zip(&names).all(|(l, n)| n.starts_with(l))
        })?;
        Some(person.clone())
    }

    fn resolve_inner(&self, words: &str) -> Option<Speaker> {
        if words.starts_with("unnamed: ") {
            return Some(Speaker { name: words.to_string(), person: true, gender: None });
            // already resolved
        }
        if let Some(s) = self.peer(words) {
            return Some(s);
        }
        // "Lagos-based Harbourline Research", "broadcaster Rete Aurora": the name,
        // without where it is based or what it is.
        let described = |f: &str| names::is_located(f) || BUSINESS.contains(f.to_lowercase().as_str());
        let named_rest = |r: &str| r.chars().next().is_some_and(char::is_uppercase);
        let undetermined = words.strip_prefix("the ").or_else(|| words.strip_prefix("The ")).unwrap_or(words);
        if let Some((first, rest)) = undetermined.split_once(' ').filter(|(f, r)| described(f) && named_rest(r)) {
            if let Some(s) = self.resolve_inner(rest).filter(|_| !first.is_empty()) {
                return Some(s);
            }
        }
        if let Some(s) = self.offices_held.get(&words.trim_start_matches("the ").to_lowercase()) {
            return Some(s.clone()); // "SECRETARY WATER RESOURCES:", of an attendance list
        }
        if let Some(s) = self.by_nationality(words) {
            return Some(s);
        }
        // "Turkey's main opposition Republican Renewal Party", "the ruling National
        // Progress Party": the body's name, without what it is.
        if let Some(s) = self.described_body(words) {
            return Some(s);
        }
        // "The 52-year-old Van Dongen": the name, without the age.
        let aged = words.strip_prefix("The ").or_else(|| words.strip_prefix("the ")).and_then(|r| r.split_once(' '));
        if let Some((_, rest)) = aged.filter(|(age, rest)| age.ends_with("-year-old") && named_rest(rest)) {
            if let Some(s) = self.resolve_inner(rest) {
                return Some(s);
            }
        }
        let lower = words.to_lowercase();
        let bare = words.strip_prefix("the ").or_else(|| words.strip_prefix("The ")).unwrap_or(words);
        if let Some(s) = self.acronyms.get(bare.trim_end_matches("’s").trim_end_matches("'s")) {
            // "TBN said", once "PT Tanjung Baru Nikel Industri (TBN)" was named; "the DSWR", a
            // government department, speaks for the country.
            return self.national_department(&s.name).or_else(|| Some(s.clone()));
        }
        if SOME_OF.contains(&lower.as_str()) || ONE_OF.contains(&lower.as_str()) {
            return self.one_of_the_group(&lower); // never a name of its own
        }
        // "According to him": the object forms too.
        let subject_form = match lower.as_str() {
            "him" => "he",
            "her" => "she",
            "them" => "they",
            other => other,
        };
        if matches!(subject_form, "he" | "she" | "they" | "it" | "we") {
            return self.pronoun(subject_form).or_else(|| self.last.clone());
        }
        // "Official Minsk has repeatedly denied": the government its capital stands for.
        if let Some(capital) = words.strip_prefix("Official ").filter(|c| !c.contains(' ')) {
            if let Some(s) = self.gazetteer(capital, &capital.to_lowercase()).filter(|s| !s.person) {
                return Some(s);
            }
        }
        if let Some(s) = self.company_by_trade(&lower) {
            return Some(s);
        }
        // "Siobhán in Cloonfad says", "Gerry from Moycullen": the caller, not the place.
        let placed = words.split_once(" in ").or_else(|| words.split_once(" from "));
        // "A European Commission spokesperson in Brussels": whom the voice speaks for.
        let voice = placed.filter(|(who, _)| sources::ends_in_voice(&who.to_lowercase()));
        if let Some(s) = voice.and_then(|(who, _)| self.resolve_inner(who)) {
            return Some(s);
        }
        if let Some((who, _)) = placed.filter(|(who, _)| {
            !who.is_empty()
                && who.split_whitespace().count() <= 3
                && who.split_whitespace().all(|w| w.chars().next().is_some_and(char::is_uppercase))
                && !who.split_whitespace().any(|w| ORG_WORDS.contains(w.to_lowercase().as_str()))
        }) {
            // "Analysts in Seoul say": unnamed sources keep where they are.
            match self.resolve_inner(who).filter(|s| s.person) {
                Some(s) if s.name.starts_with("unnamed:") => return unnamed(words, &lower).or(Some(s)),
                Some(s) => return Some(s),
                None => {}
            }
        }
        // "Ferreira Lima", met earlier as "João Batista Ferreira Lima": the person, not Lima.
        if let Some(s) = self.by_surname.get(words.trim()).filter(|s| s.person && words.trim().contains(' ')) {
            return Some(s.clone());
        }
        if let Some(p) = self.initialled(words) {
            return Some(p);
        }
        // "Prof. Henrique Tavares de Lima": a person met in full, before the capital in the
        // name; "Energy Habtamu Gebremedhin Alemu", an office cut at "and", and the name.
        if let Some(s) = self.titled_person(words) {
            return Some(s);
        }
        if let Some(s) = orgs::legal_entity(words) {
            return Some(s); // "Daeyang America Inc.": a company, whatever place its name holds
        }
        if let Some(s) = sources::indefinite_source(words, &lower) {
            return Some(s);
        }
        if let Some(s) =
            self.embassy_of(words).or_else(|| self.country_agency(words)).or_else(|| self.gazetteer(words, &lower))
        {
            return Some(s);
        }
        if let Some(s) = self.body_by_initials(words) {
            return Some(s);
        }
        if let Some(s) = self.possessor(words) {
            return Some(s);
        }
        if let Some(s) = self.national_department(words).or_else(|| self.bare_spokesperson(words, &lower)) {
            return Some(s);
        }
        if let Some(s) = self.person_of_body(words) {
            return Some(s);
        }
        // "the North Kivu Provincial Health Division": a name, not a reference;
        // "the Ministry of Defense" is the government's, resolved below.
        let national =
            ["the ministry", "the government", "the department", "the presidency"].iter().any(|p| lower.starts_with(p));
        if let Some(s) = org_name(words).filter(|_| !national) {
            return Some(s);
        }
        if let Some(s) = self.lead_described(&lower) {
            return Some(s);
        }
        if let Some(s) = self.definite(&lower) {
            return Some(s);
        }
        if let Some(s) = self.org_by_noun.get(lower.as_str()) {
            return Some(s.clone()); // "Police said", once "Westcombe Police" is known
        }
        let last_word = lower.split_whitespace().last().unwrap_or("");
        if let Some(s) =
            self.org_by_noun.get(last_word).filter(|_| !lower.starts_with("a ") && !lower.starts_with("an "))
        {
            return Some(s.clone()); // "Pilots’ union", once "Union of Commercial Pilots" is known
        }
        if let Some(s) = names::document_maker(words).and_then(|maker| self.resolve_inner(&maker)) {
            return Some(s);
        }
        if let Some(at) = lower.find(" by ") {
            if let Some(s) = self.resolve_inner(&words[at + 4..]) {
                return Some(s); // "a survey by the Valmora Chamber of Commerce"
            }
        }
        if let Some(s) = self.body_spokesperson(words, &lower) {
            return Some(s);
        }
        // "Holder conceded", after "Minister of Water Resources Kemar Holder": his surname, not "a holder".
        let surname = self.by_surname.get(words).filter(|s| s.person && s.name.ends_with(&format!(" {words}")));
        if let Some(s) = surname.filter(|_| words.starts_with(char::is_uppercase) && UNNAMED_NOUNS.contains(&lower)) {
            return Some(s.clone());
        }
        if let Some(s) = unnamed(words, &lower) {
            return Some(s);
        }
        if let Some(s) = self.by_role.get(lower.as_str()) {
            return Some(s.clone()); // "Prosecutor says ...": the prosecutor the article names
        }
        // "a prosecutor told the court", before the article names "state advocate Riaan van Wyk".
        let role = lower.strip_prefix("a ").or_else(|| lower.strip_prefix("an ")).unwrap_or(&lower);
        if let Some(s) = Some(role).filter(|r| SOLE_ROLES.contains(r)).and_then(|r| self.named_role(r)) {
            return Some(s);
        }
        if let Some(s) = self.introduced_later(words) {
            return Some(s);
        }

        self.company_by_first_words(words).or_else(|| self.written_otherwise(words)).or_else(|| self.proper_name(words))
    }

    fn pronoun(&self, lower: &str) -> Option<Speaker> {
        match lower {
            // The last person, whatever the gazetteer thinks of their gender:
            // a pronoun is never a name of its own.
            "he" | "she" => self.last_person.clone(),
            "it" => self.last_body.clone().or_else(|| self.last.clone()),
            "they" | "we" => self.last.clone(),
            _ => None,
        }
    }

    /// "a league spokesperson", "a council spokesman": the body they speak for,
    /// when the article has named it.
    fn body_spokesperson(&self, words: &str, lower: &str) -> Option<Speaker> {
        let parts: Vec<&str> = words.split_whitespace().collect();
        let (last, before) = parts.split_last()?;
        if !matches!(last.to_lowercase().as_str(), "spokesperson" | "spokesman" | "spokeswoman" | "representative") {
            return None;
        }
        let body: Vec<&str> = before
            .iter()
            .copied()
            .skip_while(|w| matches!(w.to_lowercase().as_str(), "a" | "an" | "one" | "the"))
            .collect();
        if body.is_empty() || lower.starts_with("the ") {
            return None;
        }
        let b = body.join(" ");
        let b_lower = b.to_lowercase();
        // "a CFA spokesperson", "a Quillon spokesperson": the initials or first
        // word of an organisation the article named.
        // min_by_key: the map iterates in no fixed order, the answer must not vary.
        let known = self
            .org_by_noun
            .values()
            .chain(&self.companies)
            .filter(|o| {
                let initials: String =
                    o.name.split_whitespace().filter_map(|w| w.chars().next()).filter(|c| c.is_uppercase()).collect();
                initials == b || o.name.split_whitespace().next() == Some(b.as_str())
            })
            .min_by_key(|o| &o.name);
        self.org_by_noun
            .get(b_lower.as_str())
            .or(known)
            .cloned()
            .or_else(|| self.gazetteer(&b, &b_lower).filter(|s| !s.person))
            .or_else(|| org_name(&b)) // "A Wealdmoor District Council spokesman"
            .or_else(|| company_name(&b)) // "A Skyline TV spokesperson"
            .or_else(|| {
                // "A Dunmore Athletic spokesman", "A Channel Nova spokesperson": whatever body that names.
                let proper = body.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase));
                proper.then(|| Speaker { name: b.clone(), person: false, gender: None })
            })
    }

    /// The holder of a title at an organisation this article mentioned.
    fn head_of_observed_org(&self, title: &str) -> Option<Speaker> {
        self.observed_orgs.iter().rev().find_map(|org| {
            let idx = self.gaz.office_holder(org, "other", Some(title), self.date).or_else(|| {
                ["head-of-state", "head-of-government"]
                    .iter()
                    .find_map(|o| self.gaz.office_holder(org, o, Some(title), self.date))
            })?;
            let e = self.gaz.entity(idx);
            Some(Speaker { name: e.name.clone(), person: true, gender: e.gender })
        })
    }

    /// "the agency’s quarterly report", "Seoul's presidential office": whoever owns it.
    fn possessor(&self, words: &str) -> Option<Speaker> {
        let at = words.find("’s ").or_else(|| words.find("'s "))?;
        // "St Ciaran's University Hospital", "the Provincial People's Committee": a name that holds 's.
        let owner = words[..at].rsplit(' ').next().unwrap_or("");
        let saint = ["St ", "St. ", "Saint "].iter().any(|p| words.trim_start_matches("the ").starts_with(p));
        let collective = matches!(owner, "People" | "Workers" | "Farmers" | "Women" | "Children" | "Citizens");
        let rest_named = words[at + 3..].split_whitespace().all(|w| w.starts_with(char::is_uppercase));
        if (saint || collective) && rest_named {
            return None;
        }
        // "people familiar with the company's thinking", "a source in Moyes's camp": the
        // possessor only describes the source.
        let described = words[..at]
            .split_whitespace()
            .any(|w| matches!(w, "with" | "to" | "on" | "about" | "of" | "at" | "in" | "from" | "for"));
        if described && unnamed(words, &words.to_lowercase()).is_some() {
            return None;
        }
        // "Walsh's agent Barry Tennant": the named person, not the possessor.
        let named = words[at + 3..].split_whitespace().any(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && !names::is_title(w)
                && !ORG_WORDS.contains(w.to_lowercase().as_str())
        });
        if named {
            return None;
        }
        self.resolve_inner(&words[..at])
    }

    /// "the official", "the mayor", "the statement": an earlier speaker.
    fn definite(&self, lower: &str) -> Option<Speaker> {
        let rest = lower.strip_prefix("the ")?;
        // "the 58-year-old", "the 58-year-old former manager": whom the article gave that age.
        let aged = rest.split_whitespace().next().filter(|w| w.ends_with("-year-old"));
        if let Some(s) = aged.and_then(|age| self.introduced.get(age)) {
            return Some(s.clone());
        }
        // "the Ministry of Defense", "the foreign ministry": the current government's.
        // Not a company named since: "the ministry" is a government's.
        // "The Presidency of the Republic pledged": the head of state's office.
        let presidency =
            matches!(rest, "presidency" | "presidency of the republic" | "presidency of the council of ministers");
        if rest.starts_with("ministry") || rest.starts_with("government") || rest.ends_with(" ministry") || presidency {
            let government = self.last_body.clone().filter(|b| !self.companies.contains(b));
            let home = || self.home_country.clone().map(|name| Speaker { name, person: false, gender: None });
            if let Some(body) = government.or_else(home).or_else(|| self.last_body.clone()) {
                return Some(body);
            }
        }
        // "The mother of one of the safeguarded teenagers": somebody new, left unnamed.
        if [" of one of ", " of a ", " of an "].iter().any(|p| rest.contains(p)) {
            if let Some(s) = unnamed(&lower[4..], &lower[4..]) {
                return Some(s);
            }
        }
        // "the mayor of the island of Thelos", "the dinner lady from Doncaster": the head noun.
        let head = rest.split(" of ").next().unwrap_or(rest).split(" from ").next().unwrap_or(rest);
        let noun = head.split_whitespace().last()?;
        if DOCUMENTS.contains(&noun) {
            return self.last_body.clone().or_else(|| self.last.clone());
        }
        if let Some(s) = self.companies.first().filter(|_| BUSINESS.contains(noun)) {
            return Some(s.clone()); // "the Copenhagen-based carrier"
        }
        // "the school's deputy principal", before "said the deputy principal, Simone Fakatava.".
        if let Some(s) = self.introduced.get(noun) {
            return Some(s.clone());
        }
        // "the prosecutor" is "state advocate Riaan van Wyk"; "the Prime Minister" is not the Transport Secretary.
        let named = if SOLE_ROLES.contains(&noun) { self.named_role(noun) } else { self.by_role.get(noun).cloned() };
        if let Some(s) = named {
            return Some(s);
        }
        // "a source close to the boardroom told The Rocket … The insider claimed": the same source.
        let source_noun = matches!(noun, "insider" | "source" | "official" | "diplomat" | "aide");
        if let Some(s) = self.last_person.as_ref().filter(|s| source_noun && s.name.starts_with("unnamed:")) {
            return Some(s.clone());
        }
        if let Some(s) = self.head_of_observed_org(noun) {
            return Some(s); // "the Secretary-General" in a UN story
        }
        if let Some(s) = self.org_by_noun.get(noun) {
            return Some(s.clone());
        }
        match noun {
            "statement" | "government" | "company" | "organisation" | "organization" | "embassy" | "report"
            | "watchdog" | "regulator" => self.last_body.clone().or_else(|| self.last.clone()),
            _ if ORG_WORDS.contains(noun) => self.last_body.clone().or_else(|| self.last.clone()),
            "president" | "leader" | "minister" | "official" | "spokesperson" | "spokesman" | "spokeswoman"
            | "mayor" | "chancellor" | "premier" | "secretary" | "ambassador" | "judge" | "chief" | "dictator"
            | "envoy" | "general" => self.last_person.clone(),
            // "the 34-year-old dinner lady": a description of somebody already named.
            _ if PERSON_NOUNS.contains(noun) || rest.contains("-year-old") => self.last_person.clone(),
            _ => None,
        }
    }

    /// The person the article names with this office, or with the office
    /// another outlet's style calls it ("trade minister" is "Trade Cabinet Secretary").
    pub(super) fn named_role(&self, noun: &str) -> Option<Speaker> {
        let aliases = ROLE_ALIASES.iter().filter(|(r, _)| *r == noun).flat_map(|(_, a)| a.iter());
        std::iter::once(&noun).chain(aliases).find_map(|r| self.by_role.get(*r)).cloned()
    }

    fn remember(&mut self, words: &str, speaker: &Speaker) {
        self.last = Some(speaker.clone());
        if self.companies.contains(speaker) {
            self.recent_body = Some(speaker.clone());
        }
        if !speaker.person {
            self.last_body = Some(speaker.clone());
            self.recent_body = Some(speaker.clone());
            // "China's representative said ... She also called for": the pronoun is the state's voice.
            let voice =
                ["representative", "delegate", "ambassador", "envoy", "spokesperson", "spokesman", "spokeswoman"];
            if words.split_whitespace().any(|w| voice.contains(&w.to_lowercase().as_str())) {
                self.last_person = Some(speaker.clone());
            }
        }
        if speaker.person {
            self.last_person = Some(speaker.clone());
            if !speaker.name.starts_with("unnamed:") {
                self.register_surnames(speaker);
            }
        }
        for w in words.split_whitespace() {
            let w = w.to_lowercase();
            if UNNAMED_NOUNS.contains(w.as_str())
                || ROLE_WORDS.contains(w.as_str())
                || ORG_WORDS.contains(w.as_str()) && !speaker.person
                || matches!(
                    w.as_str(),
                    "mayor" | "minister" | "councillor" | "chief" | "ambassador" | "judge" | "secretary" | "envoy"
                )
            {
                self.by_role.insert(w, speaker.clone());
            }
        }
    }
}

#[cfg(test)]
mod tests;

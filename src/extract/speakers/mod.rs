//! Speakers: from the words of an attribution to a canonical entity.
//!
//! Names and aliases resolve through the gazetteer; capitals stand for their
//! governments; role phrases ("the Russian leader") resolve to the office
//! holder on the article's date; pronouns, surnames, titles and definite
//! descriptions ("the official", "the statement") resolve to earlier speakers
//! of the same article; unnamed sources stay unnamed, with their description.

mod bodies;
mod city;
mod firms;
mod groups;
mod initialisms;
mod known;
pub(crate) mod lexicon;
mod lists;
mod names;
pub(crate) use names::{possessive, title_case};
pub(crate) use nicknames::without_nickname;
pub(crate) use orgs::legal_form;
mod nicknames;
mod orgs;
mod references;
mod resolve;
mod roles;
mod runs;
mod sources;
mod subjects;
mod syllabic;
mod variants;

use crate::gazetteer::{EntityKind, Gazetteer};
use chrono::NaiveDate;
use lexicon::{ORG_WORDS, ROLE_WORDS, UNNAMED_NOUNS};
use rustc_hash::FxHashMap;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    pub name: String,
    pub person: bool,
    pub gender: Option<char>,
}

impl Speaker {
    /// A government, organisation or company: no person, no gender.
    pub fn body(name: impl Into<String>) -> Speaker {
        Speaker { name: name.into(), person: false, gender: None }
    }
}

/// The one speaker of `found` by name, the same one met under several keys
/// counting once; `None` if there are none or several.
fn only_one<'s>(found: impl Iterator<Item = &'s Speaker>) -> Option<&'s Speaker> {
    let mut found = found.peekable();
    let first = found.next()?;
    found.all(|s| s.name == first.name).then_some(first)
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
    /// The last person who spoke alone, not a group, and in which paragraph: whom "she" is
    /// right after "Some riders claimed".
    last_individual: Option<(Speaker, usize)>,
    /// The last speaker that is a government or organisation ("it said", "the ministry said").
    last_body: Option<Speaker>,
    by_surname: FxHashMap<String, Speaker>,
    by_role: FxHashMap<String, Speaker>,
    /// Organisations by the nouns that name them ("agency" → International Atomic Energy Agency).
    org_by_noun: FxHashMap<String, Speaker>,
    /// The name a group gave itself ("a group calling itself …"): what a bare "the group" is.
    self_named_group: Option<Speaker>,
    /// Organisations mentioned so far, in order.
    observed_orgs: Vec<String>,
    /// Companies named in the article ("Halvorsen Ocean Line"), first first.
    companies: Vec<Speaker>,
    /// Bodies of several words that have spoken so far ("Natural Resources Wales"), for their
    /// initials later ("NRW denied …").
    bodies_heard: Vec<Speaker>,
    /// The companies whose full name comes before any shorter form of it ("Rutli
    /// Privatbank AG", then "Rutli Privatbank"): what the short form stands for.
    named_in_full: Vec<Speaker>,
    /// The country the article is mostly about, for departments it does not place.
    home_country: Option<String>,
    /// Whether the home country is the only country the article names or places.
    home_alone: bool,
    /// The country the outlet says it is in: "Donga Vision FM (community radio, Djougou, Benin)".
    outlet_country: Option<String>,
    /// The countries the article names, by name or demonym: not by a capital or a place alone.
    countries_named: Vec<String>,
    /// How many more votes the home country had than the next country.
    home_margin: usize,
    /// The story names its country three times as often as any other (see `home_police`).
    home_far_ahead: bool,
    /// Honorifics before a name where this story is at home ("Seth", "Kong", "Lalla").
    home_honorifics: Vec<&'static str>,
    /// The country whose capital opened a recent sentence ("In Beijing, …"),
    /// until a country speaks.
    placed_country: Option<String>,
    /// The publishing outlet's name, never a sentence's speaking subject.
    outlet: String,
    /// The company that spoke last, for "the company".
    company_spoke: Option<Speaker>,
    /// The body the article named last, for "a spokesperson said".
    recent_body: Option<Speaker>,
    /// Bodies by the acronym written after their name: "(FSMW)", "(TBN)".
    acronyms: FxHashMap<String, Speaker>,
    /// Names spelt out before a state body's acronym the gazetteer knows, and the body:
    /// "Instituto Nicaragüense de Estudios Territoriales (INETER)".
    spelt_out_agencies: FxHashMap<String, usize>,
    /// State bodies named in full and the country each speaks for: ("Canadian Food
    /// Inspection Agency", Canada), so that "the CFIA" is Canada too.
    state_bodies: Vec<(String, Speaker)>,
    /// Bodies a province or region owns, named after its possessive ("Quebec's Ministry of
    /// Transportation"): their own voices, not the country's.
    regional_bodies: Vec<String>,
    /// Bodies whose names hold a comma list ("Department of Biodiversity, Conservation
    /// and Attractions"), which a cue's subject cut at its first comma names in part.
    listed_bodies: Vec<String>,
    /// People met with an honorific that is a name elsewhere, and the honorific:
    /// ("Chaudhry", "Muhammad Ashraf Kamboh"), so that "Chaudhry Kamboh" is him;
    /// ("Kgosi", "Thebe Motswagole"), so that "the Kgosi" is.
    honoured: Vec<(String, String)>,
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
    /// The first person introduced down to two paragraphs below the lede, for a tabloid's deck.
    lede_person: Option<Speaker>,
    /// The paragraph being read (0 is the headline).
    paragraph: usize,
    /// The lede: the first paragraph in prose, below the headline, decks and byline.
    lede: usize,
    /// People by the whole role their apposition gave them ("defence lawyer").
    full_roles: FxHashMap<String, Speaker>,
    /// The country of the story's dateline, if it has one.
    filed_in: Option<String>,
    /// One-word places the text itself shows as places ("in Kargil", its dateline), whether or
    /// not the gazetteer knows them.
    text_places: Vec<String>,
    /// Whose "the Coast Guard" is (see `learn_coast_guard`).
    named_coast_guard: Option<Speaker>,
    /// The national Red Cross society the story named, whose "the Red Cross" is (see `learn_red_cross`).
    named_red_cross: Option<Speaker>,
    /// Whose "City Hall" the story's is ("Tbilisi City Hall").
    city_hall: Option<Speaker>,
    /// The city's government as the story names it: "the City of Rijeka", "the Municipality of Maribor".
    city_body: Option<Speaker>,
    /// The port's authority as the story names it: "the Port of Kokkola".
    port: Option<Speaker>,
    /// Whether the unit being read is the headline or a deck in headlinese.
    in_headline: bool,
    /// Whether the last body spoke in the headline or deck, which sum the story up, and
    /// in which of the two.
    last_body_on_top: Option<usize>,
}

impl<'g> Context<'g> {
    pub fn new(gaz: &'g Gazetteer, date: Option<NaiveDate>) -> Context<'g> {
        Context {
            gaz,
            date,
            last: None,
            last_person: None,
            last_individual: None,
            last_body: None,
            by_surname: FxHashMap::default(),
            by_role: FxHashMap::default(),
            org_by_noun: FxHashMap::default(),
            self_named_group: None,
            observed_orgs: Vec::new(),
            companies: Vec::new(),
            bodies_heard: Vec::new(),
            named_in_full: Vec::new(),
            home_country: None,
            home_alone: false,
            outlet_country: None,
            countries_named: Vec::new(),
            home_margin: 0,
            home_far_ahead: false,
            home_honorifics: Vec::new(),
            placed_country: None,
            outlet: String::new(),
            company_spoke: None,
            recent_body: None,
            acronyms: FxHashMap::default(),
            spelt_out_agencies: FxHashMap::default(),
            state_bodies: Vec::new(),
            regional_bodies: Vec::new(),
            listed_bodies: Vec::new(),
            honoured: Vec::new(),
            addressee: None,
            introduced: FxHashMap::default(),
            offices_held: FxHashMap::default(),
            last_group: None,
            lead_person: None,
            lede_person: None,
            paragraph: 0,
            lede: 0,
            full_roles: FxHashMap::default(),
            filed_in: None,
            text_places: Vec::new(),
            named_coast_guard: None,
            named_red_cross: None,
            city_hall: None,
            city_body: None,
            port: None,
            in_headline: false,
            last_body_on_top: None,
        }
    }

    /// The outlet that published the article ("Pirkanmaan Päivälehti (regional
    /// daily, Tampere)"), which reports and asks rather than speaks.
    pub fn set_outlet(&mut self, outlet: &str) {
        let (name, about) = outlet.split_once(" (").unwrap_or((outlet, ""));
        self.outlet = name.trim().to_string();
        self.outlet_country = self.where_based(about);
    }

    /// "(regional daily, Kiffa, Mauritania)": the country, or the country of the place, the
    /// outlet's description ends on.
    fn where_based(&self, about: &str) -> Option<String> {
        let last = about.trim_end_matches(')').rsplit(',').next()?.trim();
        let country = self.gaz.whole_mentions(last).map(|m| m.entity).find(|&e| {
            let e = self.gaz.entity(e);
            e.kind == EntityKind::Country
        });
        let idx = country.or_else(|| self.gaz.place_countries(last).first().copied())?;
        Some(self.gaz.entity(idx).name.clone())
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
            let speaker = Speaker::body(e.speaker_name().to_string());
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

    /// Marks the unit being read as the headline or deck, or as the story's text.
    pub fn set_headline(&mut self, headline: bool) {
        self.in_headline = headline;
    }

    /// Takes `person` for the transcript's host when the article named none.
    pub fn assume_interviewer(&mut self, person: &Speaker) {
        if self.interviewer().is_none() {
            self.by_role.insert("host".into(), person.clone());
        }
    }

    /// A person the article names in full, written in full or not: "Peter Lim"
    /// after "Peter Lim, an economist".
    pub fn person_in_full(&self, words: &str) -> Option<Speaker> {
        let s = self.resolve_inner(words).filter(|s| s.person && s.name.contains(' '))?;
        self.by_surname.values().any(|p| p.person && p.name == s.name).then_some(s)
    }

    /// Whether `text` holds the surname of a person the article named in full,
    /// other than `except` (see `people_named_in`).
    pub fn names_a_person(&self, text: &str, outlet: &str, except: &Speaker) -> bool {
        self.people_named_in(text, outlet).any(|p| p.name != except.name)
    }

    /// The people named in full whose surnames `text` holds, in order: the last
    /// name, not "La" of "La Libertad"; "Whitaker's" too. Not one whose name
    /// `outlet` holds (a paper's name taken for a person's).
    pub fn people_named_in<'s>(&'s self, text: &'s str, outlet: &'s str) -> impl Iterator<Item = &'s Speaker> + 's {
        text.split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
            .map(|w| w.trim_end_matches("'s"))
            .filter(|w| w.starts_with(char::is_uppercase))
            .filter_map(|w| self.by_surname.get(w).filter(|p| p.name.ends_with(w)))
            .filter(move |p| p.person && p.name.contains(' ') && !outlet.contains(p.name.as_str()))
    }

    /// A person the article named in full, by the words written for them
    /// ("Castellano-Hughes"); not a name learned from these words alone.
    pub fn met_person(&self, words: &str) -> Option<Speaker> {
        self.person_in_full(words).filter(|s| s.name != words)
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

    fn remember(&mut self, words: &str, speaker: &Speaker) {
        self.last = Some(speaker.clone());
        if self.companies.contains(speaker) {
            self.recent_body = Some(speaker.clone());
            self.company_spoke = Some(speaker.clone());
        }
        if !speaker.person {
            if self.is_country(&speaker.name) {
                self.placed_country = None;
            }
            self.last_body = Some(speaker.clone());
            if speaker.name.contains(' ') && !self.bodies_heard.contains(speaker) {
                self.bodies_heard.push(speaker.clone());
            }
            self.last_body_on_top = self.in_headline.then_some(self.paragraph);
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
            if !resolve::plural_group(&speaker.name) {
                self.last_individual = Some((speaker.clone(), self.paragraph));
            }
            if !speaker.name.starts_with("unnamed:") {
                self.register_surnames(speaker);
            }
        }
        let mut after_vice = false;
        for w in words.split_whitespace() {
            let w = w.to_lowercase();
            // "The vice chancellor said": "the vice chancellor" from now on, not "the chancellor".
            let vice = std::mem::replace(&mut after_vice, w == "vice");
            if UNNAMED_NOUNS.contains(w.as_str())
                || ROLE_WORDS.contains(w.as_str())
                || ORG_WORDS.contains(w.as_str()) && !speaker.person
                || matches!(
                    w.as_str(),
                    "mayor" | "minister" | "councillor" | "chief" | "ambassador" | "judge" | "secretary" | "envoy"
                )
            {
                let role = if vice { format!("vice {w}") } else { w };
                self.by_role.insert(role, speaker.clone());
            }
        }
    }
}

/// Where `body` writes `phrase` ("City Hall") or the same in lower case, in order.
fn in_either_case(body: &str, phrase: &str) -> Vec<usize> {
    let small = phrase.to_lowercase();
    let mut found: Vec<usize> =
        body.match_indices(phrase).chain(body.match_indices(&small)).map(|(at, _)| at).collect();
    found.sort_unstable();
    found
}

/// A context that has learnt the names of `body`, dated 1 March 2025.
#[cfg(test)]
fn learnt(body: &str) -> Context<'static> {
    let mut c = Context::new(Gazetteer::builtin(), NaiveDate::from_ymd_opt(2025, 3, 1));
    c.learn_names(body);
    c
}

#[cfg(test)]
mod tests;

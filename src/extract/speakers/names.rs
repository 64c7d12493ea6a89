//! Names the gazetteer does not know: titles stripped ("Transport Secretary
//! Heidi Alexander"), surnames and transcript labels ("WHITCOMBE") resolved
//! to names met earlier in the article, and unnamed sources kept unnamed.

use super::lexicon::*;
use super::{Context, Speaker};
use crate::segment::wordset::WordSet;
use rustc_hash::FxHashMap;

/// Capitalised at a sentence start, never part of a name.
pub(super) static STARTERS: WordSet = WordSet::new(&[
    "The", "A", "An", "Then", "But", "And", "So", "When", "While", "After", "Before", "If", "As", "In", "On", "At",
    "For", "However", "Meanwhile", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "His", "Her",
    "Their", "Our", "Its", "Last", "Next", "Under", "Over", "Despite", "Outside", "Asked", "Speaking", "Earlier",
    "Later", "Yesterday", "Today", "Both", "Neither", "Some", "Many", "Most", "Several", "Under", "With", "From", "By",
    "About", "Whether", "Yet", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    // A live blog's "Meet Sachiko Yoshimatsu, who …"; a tabloid's "Now Greater Manchester Police have …".
    "Meet", "Now",
]);

/// Countries whose people take Spanish given names ("Justo Pastor", "José Rey").
pub(super) const SPANISH_NAMED: [&str; 20] = [
    "Spain", "Mexico", "Guatemala", "Honduras", "El Salvador", "Nicaragua", "Costa Rica", "Panama", "Cuba",
    "Dominican Republic", "Colombia", "Venezuela", "Ecuador", "Peru", "Bolivia", "Chile", "Argentina", "Uruguay",
    "Paraguay", "Equatorial Guinea",
];

/// Nouns that introduce a company by its one-word name.
static BUSINESS_NOUNS: WordSet = WordSet::new(&[
    "company", "firm", "operator", "maker", "manufacturer", "retailer", "carrier", "airline", "platform", "startup",
    "giant", "group", "insurer", "lender", "bank", "developer", "producer", "supplier", "chain", "provider",
]);

/// Last words of events, which are not people ("Olympic Games").
const EVENTS: &[&str] = &[
    "games", "cup", "championship", "championships", "festival", "summit", "awards", "prize", "olympics", "open",
    "trophy", "expo", "fair", "week", "day", "conference", "forum",
];

/// "Omalur Road", "Dorobanților Street", "MG Marg": where somebody is, not who.
/// Not "lane" or "bridge": surnames too.
const THOROUGHFARES: &[&str] =
    &["road", "street", "avenue", "boulevard", "marg", "highway", "expressway", "square", "drive", "crescent"];

/// Words that end the names of neighbourhoods and landforms ("Fern Valley", "Cedar Heights"),
/// and seldom a person's. Not "Hill", "Park", "Lake" or "Bay", which are surnames as often.
const LANDFORMS: &[&str] = &[
    "valley", "creek", "heights", "springs", "falls", "estate", "township", "village", "harbour", "gardens", "islands",
];

/// What a park is for, before "Park" ("Ōtepoti Wildlife Park", "Kingsway Business Park"): a place,
/// where "Park" alone may be a surname ("Grace Park").
const PARK_KINDS: &[&str] = &[
    "wildlife", "safari", "national", "business", "industrial", "science", "technology", "holiday", "theme", "country",
    "water", "retail", "memorial", "nature", "forest", "marine", "amusement", "zoological", "regional", "state",
];

/// "bin", "de", "la"; "al-Harthy" and "d'Entremont" as well, a particle joined to a
/// capitalised name.
pub(super) fn is_particle(word: &str) -> bool {
    let capital_after = |rest: &str| rest.chars().next().is_some_and(char::is_uppercase);
    PARTICLES.contains(word)
        || word.split_once('-').is_some_and(|(p, n)| PARTICLES.contains(p) && capital_after(n))
        // "Marguerite d'Entremont-Surette": the French particle elided onto the surname.
        || ["d'", "d’"].iter().any(|d| word.strip_prefix(d).is_some_and(capital_after))
}

/// Particles that join a given name to a father's name ("binti", "a/l").
const PATRONYMICS: &[&str] = &["bin", "binti", "bint", "ibn", "a/l", "a/p"];

impl Context<'_> {
    /// A capitalised name not in the gazetteer: strip titles, use surnames
    /// already seen in the article.
    /// "Yelena Borisovna", after "Yelena Kruglova": a Russian given name and a
    /// woman's patronymic, the polite address of the one woman of that name.
    /// Not "Roman Abramovich": a man's patronymic ending is a surname's too.
    fn patronymic_address(&self, given: &str, patronymic: &str) -> Option<Speaker> {
        if !["ovna", "evna", "ichna"].iter().any(|end| patronymic.ends_with(end)) {
            return None;
        }
        let (opening, written) = (format!("{given} "), format!("{given} {patronymic}"));
        let namesakes =
            || self.by_surname.values().filter(|p| p.person && p.name.starts_with(&opening) && p.name != written);
        let in_full =
            namesakes().filter(|p| p.name.starts_with(&format!("{written} "))).min_by(|a, b| a.name.cmp(&b.name));
        in_full.or_else(|| super::only_one(namesakes())).cloned()
    }

    /// How many words open `tokens` before the name of a person already met:
    /// the end of a portfolio ("Minerals Mir Zahoor Ahmed Lehri", of "Minister
    /// for Mines and Minerals Mir Zahoor Ahmed Lehri") and an honorific after it.
    fn portfolio_before_known(&self, tokens: &[&str]) -> usize {
        let portfolio = tokens.iter().take_while(|t| PORTFOLIOS.contains(t.to_lowercase())).count();
        let rest = &tokens[portfolio..];
        // Not "Steel Mwansa Chanda", met so: a given name that is a portfolio's word.
        let met_without = |p: &Speaker| p.person && !p.name.split(' ').any(|w| tokens[..portfolio].contains(&w));
        let known = rest.last().and_then(|s| self.by_surname.get(*s)).is_some_and(met_without);
        if portfolio == 0 || rest.len() < 2 || !known {
            return 0;
        }
        match rest {
            [honorific, name @ ..] if honorific_before(honorific, name.iter().copied()) => portfolio + 1,
            _ => portfolio,
        }
    }

    /// "Natural Resources Wales", "Transport Infrastructure Ireland", "Sport England": what a
    /// national body does, then the nation it serves; no person's name, though all capitalised.
    fn named_for_its_nation(&self, tokens: &[&str]) -> bool {
        const NATIONS: [&str; 4] = ["Wales", "Scotland", "England", "Ireland"];
        let does = |t: &&str| {
            let lower = t.to_lowercase();
            PORTFOLIOS.contains(lower.as_str())
                || ORG_WORDS.contains(lower.as_str())
                || COMPANY_SUFFIXES.contains(lower.as_str())
        };
        // The word lists before the gazetteer: this runs on every proper name.
        let Some(first_does) = tokens.iter().position(does) else { return false };
        if tokens.iter().any(|t| is_title(t)) {
            return false;
        }
        (first_does + 1..tokens.len()).any(|i| {
            let rest = tokens[i..].join(" ");
            NATIONS.contains(&rest.as_str()) || self.is_country(&rest)
        })
    }

    pub(super) fn proper_name(&self, words: &str) -> Option<Speaker> {
        // "Even Ocampo Lynch conceded": a sentence adverb before the name is not part of it.
        let tokens: Vec<&str> = words
            .split_whitespace()
            .filter(|t| !matches!(*t, "The" | "the"))
            .skip_while(|t| matches!(*t, "Even" | "Also" | "Still" | "Only" | "Yet" | "Indeed"))
            .collect();
        // "the İzmir Water and Sewerage Administration": a body's whole name, not a person at its end.
        // "The Royal National Lifeboat Institution": a head word that, written small, is no one
        // body's ("the financial institution"). "Southern Nevada Health District": not a person
        // "District" after the portfolio "Health".
        let last = tokens.last()?.to_lowercase();
        let connective = |t: &&str| matches!(*t, "of" | "and" | "for" | "&" | "on");
        let head = matches!(last.as_str(), "administration" | "community" | "institution" | "district");
        // "National Railways of Zimbabwe": a body's head word before what it is of, and no office
        // before or after it ("Maui County Department of Water Supply Director Nalani Ching-Perreira").
        let head_of = || {
            let at = tokens.windows(2).position(|w| w[1] == "of" && ORG_WORDS.contains(w[0].to_lowercase().as_str()));
            at.is_some_and(|i| {
                tokens[..i].iter().all(|t| !is_title(t) || matches!(*t, "National" | "Federal"))
                    && tokens[i + 2..].iter().all(|t| !is_title(t) || connective(t))
            })
        };
        let body = (ORG_WORDS.contains(last.as_str())
            || head
            || head_of()
            || closes_on_unlisted_head(&tokens)
            || self.named_for_its_nation(&tokens))
            && tokens.len() >= 2
            && tokens.iter().all(|t| t.starts_with(char::is_uppercase) || connective(t));
        // "The Diputado del Común": a Spanish office named for whom it serves.
        let office = matches!(tokens.as_slice(), [title, "del", _] if is_title(title) && title.ends_with(['o', 'a']));
        if body || office {
            return Some(Speaker::body(tokens.join(" ")));
        }
        // "Transport Secretary Heidi Alexander": the name follows the last title word.
        // Not "binti" in "Nor Azlina binti Ismail": a particle inside the name.
        // "Gilgil MCA Samuel Langat": a Kenyan county member's letters, before a name only.
        let titled = |t: &&str| (is_title(t) || *t == "MCA") && !is_particle(t) && !self.home_given_name(t);
        // "Justo Pastor Alvarado": the Spanish given name, after another inside the name.
        let given = |i: usize| {
            tokens[i] == "Pastor"
                && i > 0
                && i + 1 < tokens.len()
                && !is_title(tokens[i - 1])
                && tokens[i - 1].starts_with(char::is_uppercase)
                && self.home_country.as_deref().is_some_and(|h| SPANISH_NAMED.contains(&h))
        };
        let name_start = (0..tokens.len()).rev().find(|&i| titled(&tokens[i]) && !given(i)).map_or(0, |i| i + 1);
        let name_start = if name_start >= tokens.len() {
            tokens.iter().position(|t| !is_title(t)).unwrap_or(tokens.len())
        } else {
            name_start
        };
        // "Minister for Irrigation Syed Nadir Ali Shah Bukhari": the portfolio after the office.
        let portfolio = tokens[name_start..].iter().take_while(|t| PORTFOLIOS.contains(t.to_lowercase())).count();
        let name_start = if name_start > 0 && tokens.len() - name_start - portfolio >= 2 {
            name_start + portfolio
        } else {
            name_start
        };
        let name_start = name_start + self.portfolio_before_known(&tokens[name_start..]);
        // "His Excellency Shaikh Khalid bin Hamad Al Mannai", "Urban Planning Shaikha Amna …": a home
        // honorific after the titles or the portfolio; "central president Chaudhry Muhammad Ashraf
        // Kamboh", "Venerable Pha Bounthanh Sengsavang": one before long names.
        let name_start = match &tokens[name_start..] {
            [honorific, name @ ..]
                if name_start > 0
                    && (self.home_honorific_before(honorific, name.len())
                        || honorific_before(honorific, name.iter().copied())) =>
            {
                name_start + 1
            }
            _ => name_start,
        };
        let name_start = tokens.len() - after_the_body(&tokens[name_start..]).len();
        // "According to PRT": letters alone are a body's, as written; not the surname of a
        // person the article or the gazetteer names ("WHITCOMBE", "FAYULU", "TRUMP").
        if let [letters] = &tokens[name_start..] {
            let acronym = (3..=6).contains(&letters.len()) && letters.chars().all(|c| c.is_ascii_uppercase());
            let surname = title_case(letters);
            let person =
                |m: &crate::gazetteer::Mention| self.gaz.entity(m.entity).kind == crate::gazetteer::EntityKind::Person;
            let named = self.by_surname.contains_key(*letters)
                || self.by_surname.contains_key(&surname)
                || self.gaz.mentions(&surname).iter().any(person);
            if acronym && !named {
                return Some(Speaker::body(letters.to_string()));
            }
        }
        let name: Vec<String> = tokens[name_start..].iter().map(|t| title_case(t)).collect();
        // "al-Habsi", "el-Sisi": a particle joined to a capitalised name.
        let capital = |t: &String| {
            t.chars().next().is_some_and(char::is_uppercase)
                || t.split_once('-').is_some_and(|(p, rest)| p.len() <= 3 && rest.starts_with(char::is_uppercase))
        };
        // "Mr von der Heyde": a surname may open on its particle.
        let opens = name.first().is_some_and(|t| capital(t) || is_particle(t) && name.len() > 1);
        if !opens || !name.iter().all(|t| capital(t) || is_particle(t)) {
            return None;
        }
        // "a filing FreshNorth made with regulators late Tuesday": a day is never a speaker.
        if let [day] = name.as_slice() {
            if crate::extract::dates::names_a_day(day) {
                return None;
            }
        }
        if let [given, patronymic] = name.as_slice() {
            if let Some(p) = self.patronymic_address(given, patronymic) {
                return Some(p);
            }
        }
        // "Van Wyk", "De la Garza": a surname with its particles, of "Riaan van Wyk".
        if let [particle, .., surname] = name.as_slice() {
            let person = self.by_surname.get(surname.trim_end_matches("’s").trim_end_matches("'s"));
            let written = name.join(" ").to_lowercase();
            if let Some(p) = person.filter(|p| {
                PARTICLES.contains(particle.to_lowercase().as_str())
                    && p.name
                        .to_lowercase()
                        .ends_with(&format!(" {}", written.trim_end_matches("’s").trim_end_matches("'s")))
            }) {
                return Some(p.clone());
            }
        }
        if let Some(s) = self.by_surname.get(&name.join(" ")).filter(|_| name.len() > 1) {
            return Some(s.clone()); // "Pereira Maldonado", the surnames of a name met earlier
        }
        if name.len() == 1 {
            // "JJ added", for `Jodie “JJ” Jameson-Clarke`: the nickname as written.
            let written = tokens[name_start..].concat();
            if let Some(s) = self.by_surname.get(written.trim_end_matches("’s").trim_end_matches("'s")) {
                return Some(s.clone());
            }
            let key = title_case(name[0].trim_end_matches("’s").trim_end_matches("'s"));
            let key = key.as_str();
            if let Some(s) = self.by_surname.get(key) {
                return Some(s.clone());
            }
        }
        // Only for names written otherwise than they were learned: several words, a hyphen or capitals.
        let joined = name.join(" ");
        let respelled = name.len() > 1
            || joined.contains('-')
            || tokens.last().is_some_and(|t| t.len() > 1 && !t.chars().any(char::is_lowercase));
        if let Some(s) = Some(joined).filter(|_| respelled).and_then(|j| self.only_person_holding(&j)) {
            return Some(s); // "Al-Harthy", "De la Vega", "ARSENAULT-MACNEIL" of a name met earlier
        }
        let gender = gender_from_titles(&tokens[..name_start]);
        Some(Speaker { name: name.join(" "), person: true, gender })
    }

    /// The one person met so far whose name holds `written` as whole words,
    /// whatever the case: "Al-Harthy" of "Faisal bin Rashid al-Harthy".
    fn only_person_holding(&self, written: &str) -> Option<Speaker> {
        let written = format!(" {} ", written.trim_end_matches("’s").trim_end_matches("'s").to_lowercase());
        // Only a name's own words before it: not "Broadcaster Rete Aurora" for "Rete Aurora".
        let mut found = self
            .by_surname
            .values()
            .filter(|p| p.person && !p.name.starts_with("unnamed:"))
            .filter(|p| p.name.len() + 2 > written.len() && holds_as_name(&p.name, &written, |w| w));
        let first = found.next()?;
        found.all(|p| p.name == first.name).then(|| first.clone())
    }

    /// "Nsue Obama", learned from a transcript's "MINISTER NSUE OBAMA:", when the
    /// article also names "Crisantos Nsue Obama Mangue": the one person whose fuller
    /// name holds these words.
    pub(super) fn fuller_name(&self, speaker: &Speaker) -> Option<Speaker> {
        if !speaker.person || speaker.name.starts_with("unnamed:") || !speaker.name.contains(' ') {
            return None;
        }
        let written = format!(" {} ", speaker.name.to_lowercase());
        // Only more of the name before it: not "Dame Philippa Ashworth-Kerr", nor "Police Maj. …".
        // The plain `contains` first: most names fail it, without an allocation.
        let mut fuller = self.by_surname.values().filter(|p| {
            p.person
                && p.name.len() > speaker.name.len()
                && p.name.contains(speaker.name.as_str())
                && holds_as_name(&p.name, &written, |w| w.trim_end_matches('.'))
        });
        let first = fuller.next()?;
        fuller.all(|p| p.name == first.name).then(|| first.clone())
    }

    /// "Detective Sergeant Alan Brierley of Pennine Police": the person, not
    /// the force they serve.
    pub(super) fn person_of_body(&self, words: &str) -> Option<Speaker> {
        let (head, tail) = words.split_once(" of ")?;
        let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
        let named = head.split_whitespace().filter(|w| capitalised(w) && !is_title(w)).count() >= 2;
        // "the County Government of Marsabit", "the Hanseatic City of Stralsund": a place's government.
        let governs = |w: &str| matches!(w, "government" | "city" | "province" | "county" | "district" | "region");
        let org_head = head.split_whitespace().any(|w| ORG_WORDS.contains(w.to_lowercase().as_str()))
            || head.rsplit(' ').next().is_some_and(|w| governs(&w.to_lowercase()));
        // "Professor Lee Ji-young of the Department of Aquaculture at Pukyong National University".
        // "Paulina Quezada Vidal of the think tank Centro Trabajo y Sociedad": what the body is, written
        // small after "the", and a Romance body's connectives.
        // "Economist Zarina Odinaeva of the Khatlon Centre for Economic Research": "for" too.
        let connector =
            |w: &str| matches!(w, "the" | "and" | "of" | "for" | "at" | "y" | "e" | "de" | "del" | "da" | "do");
        let tail = tail.strip_prefix("the ").map_or(tail, |rest| {
            let described = rest.split_whitespace().take_while(|w| w.chars().all(char::is_lowercase)).count();
            if (1..=2).contains(&described) {
                rest.splitn(described + 1, ' ').last().unwrap_or(rest)
            } else {
                rest
            }
        });
        if !named || org_head || !tail.split_whitespace().all(|w| capitalised(w) || connector(w)) {
            return None;
        }
        self.proper_name(head).filter(|s| s.name.contains(' '))
    }

    /// A multi-word name is found later by its first or last word; the first
    /// person registered under a word keeps it. A state body's words stand for
    /// its state.
    pub(super) fn register_surnames(&mut self, speaker: &Speaker) {
        let parts: Vec<&str> = speaker.name.split_whitespace().filter(|p| !is_generation(p)).collect();
        // "the Navy" after "the Sri Lanka Navy": a state body's words stand for the state.
        let state = Some(speaker).filter(|s| !s.person).and_then(|s| self.country_agency(&s.name));
        if let [first, .., last] = parts.as_slice() {
            for p in [first, last] {
                self.by_surname
                    .entry(p.to_string())
                    .or_insert_with(|| state.clone().unwrap_or_else(|| speaker.clone()));
            }
        }
        // "Nor Azlina" of a headline, met again as "Dr Nor Azlina binti Ismail": the full name.
        // "Errázuriz Valdivieso" of a headline, met as "María Ignacia Errázuriz Valdivieso": the surnames.
        if speaker.person {
            let extends = |short: &str| {
                speaker.name.strip_prefix(short).is_some_and(|r| r.starts_with(' '))
                    || short.contains(' ')
                        && speaker.name.strip_suffix(short).is_some_and(|r| {
                            // "José Carlos de Almeida Prado Neto": a particle is no title.
                            let titled = |w: &str| is_title(w) && !PARTICLES.contains(w) || w.ends_with('.');
                            r.ends_with(' ') && !r.split_whitespace().any(titled)
                        })
                    || middle_name_added(short, &parts)
            };
            for known in self.by_surname.values_mut().filter(|k| k.person && extends(&k.name)) {
                *known = speaker.clone();
            }
        }
        // "Nor Azlina binti Ismail" is "Nor Azlina": the given names before a patronymic.
        if let Some(at) = parts.iter().position(|p| PATRONYMICS.contains(p)).filter(|&at| at >= 2) {
            self.by_surname.entry(parts[..at].join(" ")).or_insert_with(|| speaker.clone());
        }
        // "Joan Miquel Rosselló i Vidal" is "Rosselló", "Horacio Iturraspe de la Fuente" is
        // "Iturraspe": the first surname, before the particle. "Fabián Castro De la Hoz" is
        // "Castro": a particle written large, before more of the name.
        let particle = |at: usize, p: &&str| {
            PARTICLES.contains(*p) || at + 1 < parts.len() && PARTICLES.contains(p.to_lowercase().as_str())
        };
        if let Some(at) = parts.iter().enumerate().position(|(at, p)| particle(at, p)).filter(|&at| at >= 2) {
            self.by_surname.entry(parts[at - 1].to_string()).or_insert_with(|| speaker.clone());
        }
        // "Maria do Socorro Pantoja Ferreira" is "Socorro" too: the Portuguese given name
        // after its particle.
        if let [_, "do" | "da" | "de", given, _, ..] = parts.as_slice() {
            if speaker.person && given.starts_with(char::is_uppercase) {
                self.by_surname.entry(given.to_string()).or_insert_with(|| speaker.clone());
            }
        }
        // "Ali Jawad al-Zubaidi" is "Zubaidi" too: the Arabic surname without its article; not
        // "Assad" of "Hafez al-Assad", whom the gazetteer knows as Bashar al-Assad.
        let bare = parts.last().filter(|_| speaker.person && parts.len() >= 2).and_then(|p| without_arabic_article(p));
        if let Some(bare) = bare.filter(|b| self.gaz.whole_mentions(b).next().is_none()) {
            self.by_surname.entry(bare.to_string()).or_insert_with(|| speaker.clone());
        }
        // "Ricardo de la Fuente Ortiz" is "de la Fuente": the surnames from the particle, before
        // a second surname, so that a minister of the gazetteer's of that name is not taken for him.
        if let Some(at) = parts.iter().position(|p| PARTICLES.contains(*p)).filter(|&at| at >= 1 && speaker.person) {
            let capital = |p: &&str| p.starts_with(char::is_uppercase);
            for end in [parts.len() - 1, parts.len()] {
                if end > at && parts[at..end].iter().any(capital) {
                    self.by_surname.entry(parts[at..end].join(" ")).or_insert_with(|| speaker.clone());
                }
            }
        }
        // "Julián Arboleda Castaño" is "Arboleda"; "Rui Pereira Maldonado" is "Pereira Maldonado".
        // Not "Broadcaster Rete Aurora" or "Lagos-based Harbourline Research": a description before a body.
        let plain = |p: &&str| p.chars().next().is_some_and(char::is_uppercase) && !describes(&p.to_lowercase());
        if parts.len() >= 3 && parts.iter().all(plain) && speaker.person {
            for at in 1..parts.len() - 1 {
                self.by_surname.entry(parts[at].to_string()).or_insert_with(|| speaker.clone());
                self.by_surname.entry(parts[at..].join(" ")).or_insert_with(|| speaker.clone());
            }
            self.prefer_first_surname(speaker, &parts);
        }
    }

    /// "Sánchez said", of a story that named Arley Ibargüen Sánchez before Hernando Sánchez
    /// Blandón: where people bear two surnames, a surname alone is the first one, the father's,
    /// not the mother's that closes another name.
    fn prefer_first_surname(&mut self, speaker: &Speaker, parts: &[&str]) {
        if !self.sure_home_name().is_some_and(|h| SPANISH_NAMED.contains(&h)) {
            return;
        }
        let first_surname = parts[parts.len() - 2];
        let closes = format!(" {first_surname}");
        let mother_s = |k: &Speaker| k.person && k.name.split_whitespace().count() >= 3 && k.name.ends_with(&closes);
        if let Some(known) = self.by_surname.get_mut(first_surname).filter(|k| k.name != speaker.name && mother_s(k)) {
            *known = speaker.clone();
        }
    }

    /// Registers every multi-word capitalised name in `body` so that a later
    /// surname ("Okafor") or transcript label ("WHITCOMBE") finds it, and
    /// every organisation name so that "the council" finds it.
    pub fn learn_names(&mut self, body: &str) {
        self.learn_joined_initials(body);
        self.learn_acronyms(body);
        self.learn_capitalised_surnames(body);
        // Where the story was filed, before the roles: "the mayor of Lyon" is not a London story's mayor.
        let filed_at = self.dateline_place(body);
        let placed = filed_at.as_deref().and_then(|place| self.dateline_country(place));
        // "FLORIDA, COPÁN —": the region written after a known place says which it is.
        let region = || {
            let (place, placed) = (filed_at.as_deref()?, placed.as_deref()?);
            self.dateline_region_country(body, place, placed)
        };
        let dateline = region().or(placed);
        self.filed_in = dateline.clone();
        self.text_places = places_in_text(body, filed_at.as_deref());
        self.learn_roles(body);
        let listed = super::nicknames::surname_first(body);
        let body = super::nicknames::tabloid_caps(&listed);
        let body = self.learn_nicknames(&body);
        let body: &str = &body;
        self.learn_orgs(body);
        // "KÖTSCHACH-MAUTHEN, Austria": a place the gazetteer does not know votes for the country
        // written after it, though it names no city the story's bodies belong to.
        let named = || filed_at.as_deref().and_then(|place| self.dateline_named_country(body, place));
        let dateline = dateline.or_else(named);
        self.learn_home_country(body, dateline);
        self.learn_coast_guard(body);
        self.learn_red_cross(body);
        // Only a dateline whose place the gazetteer knows names a city.
        let city_dateline = filed_at.as_deref().filter(|_| self.filed_in.is_some());
        self.learn_city_hall(body, city_dateline);
        self.learn_city_body(body, filed_at.as_deref());
        self.learn_port(body);
        self.learn_county(body);
        self.learn_home_honorifics(body);
        // "By Lucía Tolaba Zerpa and Franco Guzmán": the writers' names after the story's own people's,
        // so that "Tolaba said" is the comunero Elvio Tolaba Vilte quoted below, not the reporter.
        let (story, bylines) = bylines_apart(body);
        self.learn_name_runs(&story);
        if !bylines.is_empty() {
            self.learn_name_runs(&bylines);
        }
        self.learn_roles_after_names(body);
        self.learn_double_surname_parts();
        self.learn_first_surnames();
        self.learn_initialisms(body);
        self.learn_spelt_bodies(body);
    }

    /// "Rubiela de Jesús Ospina Gómez" is "Ospina": the first of two Spanish surnames after a given
    /// name that holds a particle ("de Jesús", "del Carmen"), once every name is learnt, and only
    /// when nobody else in the story bears it ("Andrés Ospina", her son, keeps his). Not the
    /// Portuguese "Maria do Socorro Pantoja Ferreira", whose surname is her last.
    fn learn_first_surnames(&mut self) {
        let mut firsts: Vec<(String, String, Speaker)> = Vec::new();
        for speaker in self.by_surname.values().filter(|s| s.person) {
            let parts: Vec<&str> = speaker.name.split(' ').collect();
            let [.., before, first, second] = parts.as_slice() else { continue };
            let given_particle =
                parts.len() >= 5 && parts[1..parts.len() - 3].iter().any(|p| matches!(*p, "de" | "del"));
            let plain = |p: &&str| p.starts_with(char::is_uppercase) && !PARTICLES.contains(p.to_lowercase().as_str());
            if given_particle && [before, first, second].iter().all(|p| plain(p)) {
                firsts.push((first.to_string(), format!("{first} {second}"), speaker.clone()));
            }
        }
        for (first, both, speaker) in firsts {
            let shared = self
                .by_surname
                .values()
                .any(|p| p.person && p.name != speaker.name && p.name.split(' ').any(|w| w == first));
            if !shared {
                self.by_surname.entry(first).or_insert_with(|| speaker.clone());
                self.by_surname.entry(both).or_insert(speaker);
            }
        }
    }

    /// "Rosalinda Villanueva-Tolentino" is "Tolentino" to a Filipino paper: the
    /// second part of a double surname, once every name is learnt, so that a
    /// "Reyes" of the story is not "Nadia Okonkwo-Reyes". Not the first part: a
    /// "Lloyd" or a "Ford" the story names by surname alone is not "Andrew
    /// Lloyd-Webber" or "Emma Ford-Hutchinson".
    fn learn_double_surname_parts(&mut self) {
        let name = |p: &str| p.chars().count() >= 3 && p.starts_with(char::is_uppercase);
        // The part's one holder; `None` once two people have it, who then get neither.
        let mut parts: FxHashMap<String, Option<Speaker>> = FxHashMap::default();
        for speaker in self.by_surname.values().filter(|s| s.person) {
            let Some(last) = speaker.name.rsplit(' ').next().filter(|_| speaker.name.contains(' ')) else { continue };
            if let Some((_, second)) = last.split_once('-').filter(|(f, s)| name(f) && name(s) && !s.contains('-')) {
                let holder = parts.entry(second.to_string()).or_insert_with(|| Some(speaker.clone()));
                if holder.as_ref().is_some_and(|h| h.name != speaker.name) {
                    *holder = None;
                }
            }
        }
        for (part, holder) in parts {
            if let Some(speaker) = holder {
                self.by_surname.entry(part).or_insert(speaker);
            }
        }
    }

    /// Honorifics before a name only where the story is at home, since elsewhere
    /// they are initials, given names, surnames or words (each arm below says
    /// which). The Khasi "Bah" and "Kong", the Mizo "Pu" and "Pi" and the Meitei
    /// "Oja" and "Ima" ("Kong Iaidalin Syiem", "Pi Lalrinpuii") only in a story of
    /// their state: elsewhere, in India too, they are surnames ("Kong Jae Hyun",
    /// "Pu Xiaoming", "Bah Mamadou Saliou").
    fn learn_home_honorifics(&mut self, body: &str) {
        const PEOPLES: [(&[&str], [&str; 2]); 3] = [
            (&["Meghalaya", "Shillong", "Khasi"], ["Bah", "Kong"]),
            (&["Mizoram", "Aizawl", "Mizo"], ["Pu", "Pi"]),
            (&["Manipur", "Imphal", "Meitei"], ["Oja", "Ima"]),
        ];
        let by_country: &[&'static str] = match self.home_country.as_deref() {
            // Haji and Hajjah ("Ir. H. Bambang Sutrisno"), initials elsewhere.
            // The Sumbanese "Umbu" and "Rambu" of men and women ("Umbu Yiwa Ndapamerang").
            // The Torajan elder's "Ne’" ("Ne’ Sattu Kombong").
            Some("Indonesia") => &["H.", "Hj.", "Umbu", "Rambu", "Ne’", "Ne'"],
            Some("Malaysia" | "Brunei") => &["H.", "Hj."],
            // The Italian priest's "Don" ("Don Michele Arengi"); a given name elsewhere.
            Some("Italy") => &["Don"],
            // A merchant's honorific ("Seth Girdharilal Khandelwal"), a given name elsewhere; an
            // engineer's "Er" ("Er Dani Tana"); a Buddhist teacher's "Lama" before his names ("Lama
            // Thupten Jamyang"), a surname after them ("Pemba Lama").
            Some("India") => &["Seth", "Er", "Lama"],
            // "Shaikh Khalid bin Hamad Al Mannai"; a surname in South Asia ("Shaikh Rafiq Ahmed").
            Some("Bahrain" | "Qatar" | "Kuwait" | "Oman" | "Saudi Arabia" | "United Arab Emirates" | "Yemen") => {
                &["Shaikh", "Shaikha"]
            }
            // "Lalla Fatima Zohra Chraibi", and the men's "Si" (from "Sidi": "Si Mohammed Lahbabi").
            Some("Morocco" | "Algeria" | "Tunisia" | "Mauritania") => &["Lalla", "Si"],
            // The Lao "Mr", "Mrs" and "Miss" ("Thao Sivilay Keomanivong", "Nang Phouthasone
            // Inthalangsy"); given names elsewhere ("Thao Nguyen").
            Some("Laos") => &["Thao", "Nang", "Sao"],
            // The Tswana chief, "Mrs" and "Mr" ("Kgosi Thebe Motswagole"); abroad a surname
            // ("Isaac Kgosi") or a sport ("MMA Junkie").
            // "Rre" is the Setswana "Mr" as Botswana spells it ("Rre Gaolatlhe Moagi").
            Some("Botswana") => &["Kgosi", "Mma", "Rra", "Rre"],
            // The Oshiwambo "Mrs" and "Mr" ("Meme Ndapewa Amutenya", "Tate Kleopas Nghifikwa") and the
            // Nama chief's "Gaob" ("Gaob Abraham Klaas"); an English word and a surname elsewhere.
            // The Kwanyama of Angola's Cunene say "Meme" and "Tate" too.
            Some("Namibia") => &["Meme", "Tate", "Gaob"],
            Some("Angola") => &["Meme", "Tate"],
            // The Sotho "Mrs", "Mr" and chief ("'M'e 'Mampho Ramakoae"); "Morena" is Mexico's party.
            Some("Lesotho") => &["M'e", "Ntate", "Morena"],
            Some("South Africa") => &["Kgosi", "Mma", "Rra", "M'e", "Ntate", "Morena"],
            // The siSwati "Mrs" and "Mr" ("Make Thulisile Mamba"); English words elsewhere.
            Some("Eswatini") => &["Make", "Babe"],
            // The pilgrim's "Haja", the Krio "Ya" and the Wolof "Mam" ("Haja Isatu Bangura", "Ya
            // Mariama Turay", "Mam Fatou Ceesay"); given names elsewhere ("Haja Nirina
            // Razafinjatovo" of Madagascar, "Ya Ping Chen", "Mam Sreypov").
            Some("Sierra Leone") => &["Haja", "Ya"],
            Some("Guinea") => &["Haja"],
            // A Liberian mayor's "Her Honor" ("City Mayor Her Honor Josephine Nyumah Kollie"); a given
            // name elsewhere ("Honor Blackman").
            Some("Liberia") => &["Haja", "Honor"],
            Some("Gambia" | "Senegal") => &["Haja", "Mam"],
            // The Akan "Maame" of mothers, the elder's "Opanyin", the Ewe chief's "Togbe" ("Maame
            // Efua Quansah"); a given name elsewhere ("Togbe" is not, "Maame" is rare).
            // Not "Nana", which opens Akan given names too ("Nana Ama Serwaa Boateng-Quaye").
            // The Dagbani "Mma" of women ("Mma Fuseina Abukari").
            Some("Ghana") => &["Maame", "Togbe", "Opanyin", "Mma"],
            // The Mossi chief's "Naaba", before the one name a chief reigns under ("Naaba Tanga").
            Some("Burkina Faso") => &["Naaba", "Naba"],
            // The Thai monk's "Phra" ("Phra Athikan Somsak Kittipanyo"), and what follows it
            // ("Maha", "Athikan") by `second_honorific`; a Buddha image's name too ("Phra Phuttha
            // Chinnarat"), never a speaker.
            // The Isan "Mae" (mother) and the subdistrict head's "Kamnan" ("Mae Thongsai Phimphakdi",
            // "Kamnan Prasit Donsai"); "Mae" is an English given name elsewhere ("Mae Ellen Harper").
            Some("Thailand") => &["Phra", "Mae", "Kamnan"],
            // The Berom elder's "Da" ("Da Gyang Pam Choji"); "Da" opens Vietnamese and Portuguese names.
            // The Yoruba king's "Oba" ("Oba Abdulrasheed Adeyemi Ogunlana"); a surname elsewhere.
            // The Igbo chief's wife's "Lolo" ("Lolo Theresa Nwankwo-Agu").
            // Not the Igbo king's "Eze": a given name too ("Eze Emmanuel Adebayo", a coach).
            Some("Nigeria") => &["Da", "Oba", "Lolo"],
            // The Chichewa "Mrs", "Mr" and grandmother's "Agogo" ("Mai Esime Chikafa", "Abambo Banda");
            // "Mai" is a given name elsewhere ("Mai Nguyen").
            Some("Malawi") => &["Mai", "Abambo", "Bambo", "Agogo"],
            // The grandmother's and grandfather's "Lola" and "Lolo" ("Lola Remedios Bacsal"); Spanish
            // given names elsewhere ("Lola Herrera Gómez").
            // The Tagalog "Mang" ("Mang Lando Tubban"), a Chinese surname elsewhere.
            // The Ilocano and Ifugao elder's "Apo" ("Apo Manuel Dinumla").
            Some("Philippines") => &["Lola", "Lolo", "Mang", "Apo"],
            // The Cameroonian "Pa" of elders ("Pa Che Emmanuel Nforba"); a Gambian and Hmong given
            // name ("Pa Modou Secka", "Pa Houa Xiong").
            Some("Cameroon") => &["Pa"],
            // The respectful "Papa" and "Mama" of the two Congos and the Cook Islands ("Papa Jean-Marie
            // Lokuli Asani", "Papa Tua Ngatokorua"); a given name in Senegal ("Papa Bouba Diop"). The
            // Congos' "Ya" of an elder sister or brother ("Ya Jeanne Mampouya").
            Some("Democratic Republic of the Congo" | "Republic of the Congo") => &["Papa", "Mama", "Ya"],
            Some("Cook Islands") => &["Papa", "Mama"],
            // The Bhutanese lama's "Lam" and the elder's "Ap" ("Lam Kinley Gyeltshen", "Ap Gyeltshen");
            // a Chinese or Vietnamese surname and a word elsewhere.
            Some("Bhutan") => &["Lam", "Ap", "Lama"],
            // The Burmese "U", "Daw", "Ko" and "Ma" of men and women, the monk's "Sayadaw" and the
            // teacher's "Sayama" and "Saya", before names with no surname ("U Wimala", "Ma Ei");
            // initials and given names elsewhere. The Mon "Nai" and "Mi" of men and women and the
            // monk's "Ashin" ("Nai Htaw Lwin", "Mi Sandar Chan", "Ashin Kesara").
            Some("Myanmar") => &["U", "Daw", "Ko", "Ma", "Sayadaw", "Sayama", "Saya", "Nai", "Mi", "Ashin"],
            // The Armenian married priest's "Ter" ("Ter Vrtanes Abrahamyan"); a Dutch particle elsewhere.
            Some("Armenia") => &["Ter"],
            // Central America's "Don" and the Salvadoran "Niña" of an older woman ("Don Aurelio Chayax",
            // "Niña María Teresa Flores"); given names or the weather's "La Niña" elsewhere.
            Some("Guatemala" | "Honduras" | "El Salvador" | "Nicaragua" | "Costa Rica" | "Panama") => &["Don", "Niña"],
            // The Surinamese grandmother's, grandfather's, uncle's and aunt's "Oma", "Opa", "Oom" and
            // "Tante" before an elder's name ("Oma Soekdei Mahabier"); a given name or a word elsewhere.
            Some("Suriname") => &["Oma", "Opa", "Oom", "Tante"],
            // The Uruguayan departmental board member's "Edil" ("Edil Sebastián Cardozo"); a Kyrgyz
            // given name ("Edil Baisalov").
            Some("Uruguay") => &["Edil", "Edila"],
            // The Brazilian "Seu" of an older man ("Seu Benedito Lopes da Costa"), "Dona"'s pair.
            Some("Brazil") => &["Seu"],
            // The Tetum "Maun" and "Mana" (brother, sister), the elder's "Katuas" and the Portuguese
            // "Senhor" ("Maun Avelino", "Katuas Mateus Pinto"); a Burmese name and words elsewhere.
            Some("East Timor") => &["Maun", "Mana", "Katuas", "Senhor"],
            _ => &[],
        };
        // What the article's home makes honorifics, worked out again for each text learned.
        self.home_honorifics = by_country.to_vec();
        if self.home_country.as_deref() == Some("India") {
            for (places, honorifics) in PEOPLES {
                if places.iter().any(|p| body.contains(p)) {
                    self.home_honorifics.extend(honorifics);
                }
            }
        }
    }

    /// Whether `word` alone is a place the places list knows ("Multan", "Zulia").
    pub(super) fn is_place_word(&self, word: &str) -> bool {
        self.gaz.first_place(word) == Some((0, word.len()))
    }

    /// Whether `words` name a region a body serves, as after "Frontier Corps": a place,
    /// with or without a compass point ("Balochistan South", "North Waziristan").
    pub(super) fn is_region_qualifier(&self, words: &str) -> bool {
        const COMPASS: [&str; 9] =
            ["North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central"];
        let place: Vec<&str> = words.split_whitespace().filter(|w| !COMPASS.contains(w)).collect();
        !place.is_empty() && self.is_place_word(&place.join(" "))
    }

    /// "Prince Yarkpawolo", "Prince Y. Zuogbeh-Mantor": a title elsewhere, a common given name
    /// in Liberia. Not in Nigeria, whose kings' sons are princes ("the monarch's son, Prince
    /// Ikechukwu Okpani").
    pub(super) fn home_given_name(&self, word: &str) -> bool {
        word == "Prince" && self.home_country.as_deref() == Some("Liberia")
    }

    pub(super) fn home_honorific(&self, word: &str) -> bool {
        self.home_honorifics.contains(&word)
    }

    /// Whether `word` is a home honorific before the name `after`. Not "Don J. Harper", an
    /// American's given name before his initial, in an Italian story.
    pub(super) fn home_honorific_over(&self, word: &str, after: &str) -> bool {
        let initial = after.split_whitespace().next().is_some_and(|w| w.len() <= 2 && w.ends_with('.'));
        // Not "Mae Tao Clinic", "Mae Moh Power Plant", "Apo Reef Natural Park": a place's or a
        // body's name that opens on the word.
        let named_thing = || {
            after.split_whitespace().any(|w| {
                let lower = w.to_lowercase();
                ORG_WORDS.contains(lower.as_str())
                    || COMPANY_SUFFIXES.contains(lower.as_str())
                    || matches!(
                        lower.as_str(),
                        "clinic" | "plant" | "reef" | "park" | "island" | "river" | "dam" | "falls"
                    )
            })
        };
        self.home_honorific_before(word, after.split_whitespace().count())
            && !(word == "Don" && initial)
            && !named_thing()
    }

    /// Whether `word` is a home honorific before a name of `names` words: two
    /// or more, or one after the Mizo "Pu" and "Pi" ("Pi Lalrinpuii"), the Mossi "Naaba", the Bhutanese
    /// "Ap" ("Ap Gyeltshen"), the Burmese honorifics ("U Wimala", "Ma Ei"), the Tetum ones
    /// ("Maun Avelino") and the Brazilian "Seu" ("Seu Raimundo").
    pub(super) fn home_honorific_before(&self, word: &str, names: usize) -> bool {
        const ONE_NAME: [&str; 15] = [
            "Pu", "Pi", "Naaba", "Ap", "U", "Daw", "Ko", "Ma", "Sayadaw", "Sayama", "Maun", "Mana", "Katuas", "Senhor",
            "Seu",
        ];
        let one_name = ONE_NAME.contains(&word);
        (names >= 2 || names == 1 && one_name) && self.home_honorific(word)
    }

    /// A two- to four-word name, under its gazetteer name when it has one
    /// ("Jong Un"), and under the titles written before it.
    pub(super) fn learn_person(&mut self, run: &[&str], titles: &[String]) -> Option<Speaker> {
        // "Administrators Carrick Dunlop Advisory": the firm that acts, named after them.
        let run = match run {
            [lead, rest @ ..] if rest.len() >= 2 && ACTING_FOR_BODIES.contains(lead) => rest,
            _ => run,
        };
        // "Mayor Jane Smith Warns Of Cuts": the titled name before the verb.
        if let Some(verb) = run.iter().position(|w| HEADLINE_VERBS.contains(w)) {
            return (verb >= 2 && !titles.is_empty()).then(|| self.learn_person(&run[..verb], titles)).flatten();
        }
        let whole = run;
        // "Chaudhry Kamboh", after "Chaudhry Muhammad Ashraf Kamboh": the honorific and surname of a
        // person met in full with it, not a new person (not "Don Johnson" after "Sarah Johnson").
        if let [honorific, surname] = run {
            if let Some(p) = self.by_surname.get(*surname).filter(|p| self.honoured_as(honorific, p)).cloned() {
                // "president Chaudhry Kamboh": the titles are his still.
                for t in titles {
                    self.by_role.entry(t.clone()).or_insert_with(|| p.clone());
                }
                return Some(p);
            }
        }
        // "Council Member Bernadette Szczepaniak": a member's office, whatever took the body's noun.
        // "Tan Sri Rajendran a/l Subramaniam": a Malaysian honour of two words, one a surname alone.
        let run = match (after_office(run), run) {
            (Some(rest), _) => rest,
            (None, [honour, "Sri", rest @ ..]) if SRI_HONOURS.contains(honour) => rest,
            (None, [first, second, rest @ ..]) if honorific_of_two_words(first, second) && rest.len() >= 2 => rest,
            (None, [honorific, rest @ ..]) if honorific_before(honorific, rest.iter().copied()) => rest,
            (None, [honorific, rest @ ..]) if self.home_honorific_over(honorific, &rest.join(" ")) => rest,
            _ => run,
        };
        let honoured =
            whole.first().filter(|h| run.len() < whole.len() && (stays_before_surname(h) || self.home_honorific(h)));
        // "Haj Agha Nasrollah Rezvani": honorifics stacked.
        // "Phra Khru Palad Suwit Sirithammo": a Thai monk's rank of three words; "Phra Maha Anan", one name after it.
        let least = if whole.first() == Some(&"Phra") { 1 } else { 2 };
        let run = match run {
            [second, third, rest @ ..]
                if run.len() < whole.len()
                    && rest.len() >= least
                    && second_honorific(whole[0], second)
                    && second_honorific(whole[0], third) =>
            {
                rest
            }
            [second, rest @ ..]
                if run.len() < whole.len() && rest.len() >= least && second_honorific(whole[0], second) =>
            {
                rest
            }
            _ => run,
        };
        // "Kotapola Dhammaratana Thero": the monk's name without his honorific, which is
        // whom "the Thero" stands for later.
        let (run, after) = match run {
            [name @ .., last] if name.len() >= 2 && HONORIFICS_AFTER.contains(last) => (name, Some(last.to_string())),
            _ => (run, None),
        };
        let run = after_the_body(run);
        // "Gilgil MCA Samuel Kipngetich Langat": a Kenyan county member's seat before the name
        // (not a title everywhere: "The MCA said" is Malaysia's party).
        let run = match run.iter().rposition(|w| w.eq_ignore_ascii_case("MCA")) {
            Some(at) if run.len() - at > 2 => &run[at + 1..],
            _ => run,
        };
        // "MP for the Kurunegala District Chaminda Ekanayake": a place before the name.
        let run = match run.iter().rposition(|w| PLACE_KINDS.contains(w)) {
            Some(at) if run.len() - at > 2 => &run[at + 1..],
            _ => run,
        };
        // "Deputy Commissioner Multan Rizwan Qadeer Khan", "deputy for Zulia María Gabriela Rondón
        // Urdaneta": a city or region between the office and a name of three words or more.
        // "Deputy Commissioner Upper Chitral Shah Fahad Kakakhel": a place of two words likewise;
        // "Deputy Commissioner Kech Mir Hassan Ali Rind": an honorific after the place.
        let placed = match run {
            [place, rest @ ..] if !titles.is_empty() && rest.len() >= 3 && self.is_place_word(place) => rest,
            [a, b, rest @ ..] if !titles.is_empty() && rest.len() >= 3 && self.is_place_word(&format!("{a} {b}")) => {
                rest
            }
            // "Deputy Commissioner Kargil Bhavya Mittal", in a story that writes "in Kargil"; not
            // "the Busan Metropolitan City", a body.
            // Only after an office held over a district: not "Mayor Marion Ruth Hughes", "Sheriff
            // Tyler James Moss", whose given names are places too.
            [place, rest @ ..]
                if titles.first().is_some_and(|t| DISTRICT_OFFICES.contains(&t.as_str()))
                    && (2..=3).contains(&rest.len())
                    && self.text_places.iter().any(|p| p == place)
                    && !rest.iter().any(|w| {
                        let lower = w.to_lowercase();
                        ORG_WORDS.contains(lower.as_str()) || COMPANY_SUFFIXES.contains(lower.as_str())
                    }) =>
            {
                rest
            }
            _ => run,
        };
        let run = match placed {
            [honorific, rest @ ..] if placed.len() < run.len() && honorific_before(honorific, rest.iter().copied()) => {
                rest
            }
            _ => placed,
        };
        if run.is_empty() {
            return None;
        }
        if let ([name], Some(noun)) = (run, titles.iter().find(|t| BUSINESS_NOUNS.contains(t.as_str()))) {
            // "parcel-locker operator Parcelon": a company, found later as "the company".
            let org = Speaker::body(name.to_string());
            for n in [noun.as_str(), "company", "firm"] {
                self.org_by_noun.entry(n.to_string()).or_insert_with(|| org.clone());
            }
            return None;
        }
        let last = run.last().map(|w| w.to_lowercase()).unwrap_or_default();
        // "Economic Community", "Central African States", "Sewerage Administration": a body's name.
        let body = ORG_WORDS.contains(last.as_str())
            || matches!(last.as_str(), "community" | "states" | "nations" | "administration")
            // "Hellenic Coast Guard", "Border Guard": a service, not a person named Guard.
            || last == "guard" && run.len() >= 2
            || closes_on_unlisted_head(run);
        // "Serviço Geológico do Brasil", "Banco do Nordeste": a Romance body's head opens it.
        let company = COMPANY_SUFFIXES.contains(last.as_str())
            || body
            || super::orgs::romance_head(run[0])
            || EVENTS.contains(&last.as_str())
            || THOROUGHFARES.contains(&last.as_str())
            || LANDFORMS.contains(&last.as_str())
            || last == "park" && run.len() >= 2 && PARK_KINDS.contains(&run[run.len() - 2].to_lowercase().as_str());
        // "Ap Rhys: …", a headline's "Van Dijk": a surname opening on its particle, not a
        // given name and a surname ("Al Gore" is one).
        let surname_alone = run.len() == 2 && SURNAME_PARTICLES.contains(&run[0].to_lowercase().as_str());
        if surname_alone {
            return None;
        }
        // Particles do not count: "Gonzalo de la Fuente Arrieta" is four names long.
        // Nor do initials: "K. A. D. Chandrasiri Bandara" is two names and three initials.
        // Nor a generation: "José Carlos de Almeida Prado Neto" is four names long.
        let generation =
            |w: &str| matches!(w, "Neto" | "Filho" | "Júnior" | "Junior" | "Sobrinho" | "Jr." | "Jr" | "Sr." | "Sr");
        // Nor the Arabic article written large inside a name: "Saif Mohammed bin Hamad Al Ameri" is
        // four names long ("Al Gore" opens on a given name).
        let article = |at: usize, w: &str| at > 0 && at + 1 < run.len() && matches!(w, "Al" | "El");
        let names = run
            .iter()
            .enumerate()
            .filter(|&(at, w)| {
                !(PARTICLES.contains(w) || w.len() == 2 && w.ends_with('.') || generation(w) || article(at, w))
            })
            .count();
        // "R. Sathyanarayanan", "S. Anbuselvi": one name after initials is a whole name.
        let initialled =
            names == 1 && run.len() >= 2 && run[..run.len() - 1].iter().all(|w| w.len() <= 5 && w.ends_with('.'));
        // "Gisela M.", "Zbigniew K.": a court report's given name and initial, all it may print.
        let withheld = matches!(run, [given, initial] if given.len() > 2
            && given.chars().skip(1).all(char::is_lowercase)
            && initial.len() == 2 && initial.ends_with('.') && initial.starts_with(|c: char| c.is_ascii_uppercase()));
        if !((2..=4).contains(&names) || initialled || withheld) || PARTICLES.contains(run[run.len() - 1]) || company {
            return None;
        }
        let text = run.join(" ");
        let known = match self.gaz.mentions(&text).as_slice() {
            [m] if m.start == 0 && m.end == text.len() => Some(self.gaz.entity(m.entity).name.clone()),
            // "North Korea Vladimir Putin"; not the "de la Fuente" inside "Gonzalo de la Fuente Arrieta".
            ms if ms.iter().any(|m| {
                let found = &text[m.start..m.end];
                found.contains(' ') && !found.starts_with(|c: char| c.is_lowercase())
            }) =>
            {
                return None
            }
            _ => None, // "Laura Bennett": a local name sharing a known surname
        };
        let speaker = Speaker { name: known.unwrap_or(text), person: true, gender: None };
        for t in titles {
            self.by_role.entry(t.clone()).or_insert_with(|| speaker.clone());
            // "Cllr Gwenllian ap Rhys" is "the councillor".
            if let Some((_, office)) = TITLE_ABBREVIATIONS.iter().find(|(a, _)| a == t) {
                self.by_role.entry(office.to_string()).or_insert_with(|| speaker.clone());
            }
        }
        if let Some(honorific) = honoured.filter(|h| !self.honoured_as(h, &speaker)) {
            self.honoured.push((honorific.to_string(), speaker.name.clone()));
        }
        if let Some(honorific) = after.filter(|h| !self.honoured_as(h, &speaker)) {
            self.honoured.push((honorific, speaker.name.clone()));
        }
        self.register_surnames(&speaker);
        Some(speaker)
    }

    /// Whether `person` was met with `honorific` before the name ("Chaudhry Muhammad Ashraf Kamboh").
    pub(super) fn honoured_as(&self, honorific: &str, person: &Speaker) -> bool {
        person.person && self.honoured.iter().any(|(h, name)| h == honorific && *name == person.name)
    }

    /// "Kgosi", "the Kgosi", "Ya Mariama": the one person met with that home
    /// honorific before the name, alone or before the given name. Not "Coronel",
    /// an honorific of long names elsewhere and a surname too ("Pedro Coronel").
    pub(super) fn honoured_person(&self, words: &str) -> Option<Speaker> {
        let words = super::resolve::without_article(words);
        let (honorific, given) = words.split_once(' ').unwrap_or((words, ""));
        if !self.home_honorific(honorific) {
            return None;
        }
        let opens = |name: &str| given.is_empty() || name.strip_prefix(given).is_some_and(|r| r.starts_with(' '));
        let mut met = self.honoured.iter().filter(|(h, name)| h == honorific && opens(name));
        let (_, name) = met.next()?;
        met.all(|(_, other)| other == name).then(|| person(name, None))
    }

    /// "The Thera", "Uncle says …": the one person met with that honorific, written after the
    /// name ("Ven. Ibbagamuwe Sumangala Thera") or before it as kin ("Uncle Lester
    /// Rankin-Moodjie"); nobody when the story met two.
    pub(super) fn known_by_honorific(&self, words: &str) -> Option<Speaker> {
        let word = super::resolve::without_article(words);
        let after = HONORIFICS_AFTER.iter().any(|h| h.eq_ignore_ascii_case(word));
        // Not "Gran" of "Maren Gran", a surname.
        let kin = ["uncle", "gran"].iter().any(|k| k.eq_ignore_ascii_case(word)) && !self.by_surname.contains_key(word);
        if !after && !kin {
            return None;
        }
        let mut met = self.honoured.iter().filter(|(h, _)| h.eq_ignore_ascii_case(word));
        let (_, name) = met.next()?;
        met.all(|(_, other)| other == name).then(|| person(name, None))
    }

    /// "Morena Khotso Makhakhe", as a role's holder was read before the story's home
    /// was known: the name without the home honorific.
    pub(super) fn without_home_honorific(&self, speaker: &Speaker) -> Option<Speaker> {
        let (first, rest) = speaker.name.split_once(' ')?;
        let names = rest.split(' ').count();
        (speaker.person && names >= 1 && self.home_honorific_over(first, rest))
            .then(|| Speaker { name: rest.to_string(), ..speaker.clone() })
    }
}

/// `body` with its byline lines ("By Grace Nyambura Otieno") left empty, and those lines.
/// Only near the top, where a byline is.
fn bylines_apart(body: &str) -> (std::borrow::Cow<'_, str>, String) {
    // "By Lucía Tolaba Zerpa and Franco Guzmán, with photographs by …": names up to any comma;
    // not "By Tuesday evening, Mayor Julia Brandt had ordered …", a lede.
    let byline = |line: &str| {
        let line = line.trim();
        let Some(rest) = line.strip_prefix("By ") else { return false };
        // "By Dechen Ongmu Lepcha | Sikkim Drift", "By Moumita Chakraborty with Tripura Now web desk".
        let names = rest.split([',', '|', '/']).next().unwrap_or(rest);
        let names = [" with ", " for ", " in "].iter().fold(names, |n, w| n.split(w).next().unwrap_or(n));
        let names = names.split_whitespace();
        let named = names.clone().all(|w| w.starts_with(char::is_uppercase) || w == "and" || PARTICLES.contains(w));
        line.len() < 160 && !line.ends_with('.') && named && names.count() <= 8
    };
    // Among the first eight lines that hold text.
    if !body.split_inclusive('\n').filter(|l| !l.trim().is_empty()).take(8).any(byline) {
        return (std::borrow::Cow::Borrowed(body), String::new());
    }
    let (mut story, mut bylines) = (String::with_capacity(body.len()), String::new());
    let mut held = 0;
    for line in body.split_inclusive('\n') {
        held += usize::from(!line.trim().is_empty());
        if held <= 8 && byline(line) {
            story.push('\n');
            bylines.push_str(line.trim());
            bylines.push_str("\n\n");
        } else {
            story.push_str(line);
        }
    }
    (std::borrow::Cow::Owned(story), bylines)
}

/// "Dinara Abenova" of a deck, met as "Dinara Yerlanovna Abenova": the same
/// given name and surname with a patronymic or middle name between them.
fn middle_name_added(short: &str, parts: &[&str]) -> bool {
    let middle_is_a_name = |w: &&str| w.starts_with(char::is_uppercase) && !w.ends_with('.') && !is_title(w);
    match (short.split_once(' '), parts) {
        (Some((given, surname)), [first, middle @ .., last]) => {
            !middle.is_empty()
                && middle.len() <= 2
                && (given, surname) == (*first, *last)
                && middle.iter().all(middle_is_a_name)
        }
        _ => false,
    }
}

/// Offices written before the district they are held over ("Deputy Commissioner Kargil",
/// "Advocate General Gilgit-Baltistan").
const DISTRICT_OFFICES: [&str; 5] = ["commissioner", "collector", "magistrate", "superintendent", "general"];

/// One-word places `body` shows as places: its dateline's, and a capitalised word after "in" or
/// "near" inside a sentence that no other capitalised word follows ("in Kargil", not "in Bhavya
/// Mittal's office").
fn places_in_text(body: &str, filed_at: Option<&str>) -> Vec<String> {
    let mut places: Vec<String> = filed_at.filter(|p| !p.contains(' ')).map(str::to_string).into_iter().collect();
    // Inside sentences only, which two searches find quickly.
    for preposition in [" in ", " near "] {
        for (at, _) in body.match_indices(preposition) {
            let mut ahead = body[at + preposition.len()..].split(' ');
            let Some(written) = ahead.next() else { continue };
            let place = written.trim_end_matches([',', '.', ';', ':']);
            let capitalised = place.len() >= 3
                && place.starts_with(char::is_uppercase)
                && place.chars().skip(1).all(|c| c.is_lowercase() || c == '-');
            if !capitalised {
                continue;
            }
            let ended = place.len() < written.len() || !ahead.next().is_some_and(|n| n.starts_with(char::is_uppercase));
            // Not "in Upper and Lower Chitral": a qualifier, no place alone.
            let qualifier = matches!(place, "Upper" | "Lower" | "North" | "South" | "East" | "West" | "Central");
            if ended && !qualifier && !places.iter().any(|p| p == place) {
                places.push(place.to_string());
            }
        }
    }
    places
}

/// "Altyn Dala Grain LLP Sergei Viktorovich Lysenko", "the state enterprise
/// Apsnyenergoset Inal Rafaelovich Dzhopua": the officer's name after the
/// body's, which ends on a company's suffix or comes before a given name,
/// patronymic and surname.
/// "the Sharur District Executive Power": an Azerbaijani district's or city's administration,
/// not a person named Power after the title "Executive".
pub(super) fn executive_power(words: &[&str]) -> bool {
    words.ends_with(&["Executive", "Power"])
}

/// A capitalised name closed by a body's head that is no organisation word, so that names
/// and the names pass both read it as a body: "the Sharur District Executive Power", "the
/// Bong County Health Team" (though "the team" is no one body's).
fn closes_on_unlisted_head(words: &[&str]) -> bool {
    let team = words.len() >= 2 && words.last().is_some_and(|w| w.eq_ignore_ascii_case("team"));
    team || executive_power(words)
}

fn after_the_body<'r, 'w>(run: &'r [&'w str]) -> &'r [&'w str] {
    let patronymic =
        |w: &&str| ["ovich", "evich", "ovna", "evna"].iter().any(|end| w.len() > end.len() + 2 && w.ends_with(end));
    let legal_form = |w: &&str| {
        super::orgs::legal_form(w) || ["limited", "berhad", "gmbh"].iter().any(|f| f.eq_ignore_ascii_case(w))
    };
    if let Some(at) = run.iter().position(legal_form) {
        if at > 0 && run.len() - at > 2 {
            return &run[at + 1..];
        }
    }
    match run.iter().position(patronymic) {
        Some(at) if at >= 2 && run.len() - at == 2 => &run[at - 1..],
        _ => run,
    }
}

/// "KV Raghunathan": two capitals without a vowel are initials run together without stops.
pub(super) fn bare_initials(word: &str) -> bool {
    word.len() == 2 && word.chars().all(|c| c.is_ascii_uppercase() && !"AEIOU".contains(c))
}

/// Words that end the name of a place ("Kurunegala District", "Kigoma Region").
/// "of the Kyrgyz Republic Nurbolot Asanaliev": a country's long form too.
const PLACE_KINDS: [&str; 15] = [
    "District", "Province", "County", "Region", "Constituency", "Division", "Electorate", "Ward", "Municipality",
    "Republic", "Federation", "Kingdom", "Oblast", "Governorate", "Prefecture",
];

/// Particles that open a surname written alone: a headline's "Ap Rhys", "Van Dijk".
/// Not "al" or "el", which open given names too ("Al Gore").
const SURNAME_PARTICLES: [&str; 19] = [
    "ap", "de", "van", "von", "da", "di", "du", "del", "della", "dos", "das", "ter", "ten", "bin", "ibn", "dela",
    "der", "den", "ab",
];

/// "Istanbul-based": where a body is, written before its name.
pub(super) fn is_located(word: &str) -> bool {
    // "Dubai-registered Gulf Meridian Shipping Lines", "Oslo-listed", "Hamburg-headquartered".
    ["-based", "-registered", "-listed", "-headquartered"].iter().any(|suffix| {
        word.len() > suffix.len()
            && word.get(word.len() - suffix.len()..).is_some_and(|end| end.eq_ignore_ascii_case(suffix))
    })
}

/// A lower-case word that describes a body or a person rather than naming
/// them: "broadcaster", "bank", "ltd", "veteran", "lagos-based".
fn describes(lower: &str) -> bool {
    is_located(lower) || [&BUSINESS, &ORG_WORDS, &COMPANY_SUFFIXES, &EPITHETS].iter().any(|l| l.contains(lower))
}

/// Whether `name` holds `written` (lowercase, padded with spaces) after words of
/// a name only, each read through `word` first: particles and names, no title
/// or description ("Broadcaster Rete Aurora" does not hold "rete aurora").
fn holds_as_name(name: &str, written: &str, word: fn(&str) -> &str) -> bool {
    let lower = format!(" {} ", name.to_lowercase());
    lower.find(written).is_some_and(|at| {
        lower[..at].split_whitespace().map(word).all(|w| PARTICLES.contains(w) || !(describes(w) || TITLES.contains(w)))
    })
}

/// "the Observer's", "Quebec’s": a word that owns what follows it.
pub(crate) fn possessive(word: &str) -> bool {
    word.ends_with("'s") || word.ends_with("’s")
}

/// "WHITCOMBE" (a transcript label) → "Whitcombe".
pub(crate) fn title_case(word: &str) -> String {
    // "MacFADYEN", of a tabloid's "ALLY MacFADYEN", and "LaTOYA", "DeSHAWN": a
    // capital and one or two small letters stay as written.
    let mut chars = word.char_indices();
    let opens = chars.next().is_some_and(|(_, c)| c.is_uppercase());
    let prefix_end = chars.find(|(_, c)| !c.is_lowercase()).map_or(word.len(), |(i, _)| i);
    let rest = &word[prefix_end..];
    // In letters, not bytes: "ÅHLUND" opens on one letter of two bytes.
    let prefix = word[..prefix_end].chars().count();
    if opens && (2..=3).contains(&prefix) && rest.chars().count() >= 2 && rest.chars().all(char::is_uppercase) {
        return format!("{}{}", &word[..prefix_end], title_case(rest));
    }
    // "Brandt Okoye LLP", "Skarvik Seafood ASA": a company's legal form keeps its capitals.
    let legal_form = word.len() <= 4 && COMPANY_SUFFIXES.contains(word.to_lowercase().as_str()) || word == "DAC";
    // "Walter J. Pruitt III": a generation's numeral too.
    let numeral = matches!(word, "II" | "III" | "IV");
    // "D.B. Rai", "K.V. Raghunathan", "KV Raghunathan": initials keep their capitals.
    let initials = word.contains('.') && word.split('.').all(|p| p.chars().count() <= 1) || bare_initials(word);
    // "P&O Ferries", "AT&T": an ampersand joins initials.
    let initials = initials || word.contains('&');
    if word.chars().count() > 1 && word.chars().all(|c| !c.is_lowercase()) && !legal_form && !numeral && !initials {
        // "OKORO-HART" is "Okoro-Hart"; "D'AMBROSIO", "O’NEILL" are "D'Ambrosio", "O’Neill".
        let part = |p: &str| {
            let mut chars = p.chars();
            chars.next().map_or(String::new(), |first| first.to_string() + &chars.as_str().to_lowercase())
        };
        let elided = |p: &str| {
            let Some((at, mark)) = p.char_indices().find(|&(_, c)| matches!(c, '\'' | '’')) else { return part(p) };
            let (article, rest) = (&p[..at], &p[at + mark.len_utf8()..]);
            // An elided article or particle ("D'", "O'", "Dell'"), not "YA'ALON", "JA'AFAR".
            let particle = ["O", "D", "L", "N", "M", "DELL", "DALL", "NELL", "SANT", "DEGL"].contains(&article);
            if particle && rest.chars().count() >= 3 {
                format!("{}{mark}{}", part(article), part(rest))
            } else {
                part(p)
            }
        };
        word.split('-').map(elided).collect::<Vec<_>>().join("-")
    } else {
        word.to_string()
    }
}

pub(super) fn person(name: &str, gender: Option<char>) -> Speaker {
    Speaker { name: name.to_string(), person: true, gender }
}

pub(super) fn last_word_in(text: &str, words: &WordSet) -> bool {
    text.split_whitespace().last().is_some_and(|w| words.contains(w))
}

/// A word of an office before a name: a title, or the portfolio in "Minister of
/// Water and Energy", which reads "Energy Habtamu Gebremedhin Alemu" once cut at "and".
pub(super) fn is_office_word(token: &str) -> bool {
    is_title(token) || PORTFOLIOS.contains(token.to_lowercase())
}

/// The role and the office a portfolio and an office word name ("Tourism
/// Minister" → "tourism minister", "minister"; "Energy Deputy Minister" →
/// "energy deputy minister", "deputy minister"): capitalised portfolio words, then title words ending on an
/// office. Not an office of a named body ("President of the National
/// Council"), whose holder another body's president is not.
pub(super) fn role_phrase(words: &str) -> Option<(String, String)> {
    let words = super::resolve::without_article(words);
    let parts: Vec<&str> = words.split_whitespace().collect();
    let portfolio = parts.iter().take_while(|w| PORTFOLIOS.contains(w.to_lowercase())).count();
    let office = &parts[portfolio..];
    let capitalised = parts.iter().all(|w| w.starts_with(char::is_uppercase));
    let last = office.last().map(|w| w.to_lowercase())?;
    let titled = office.iter().all(|w| TITLES.contains(w.to_lowercase()));
    let holds = OFFICES.contains(last.as_str()) || last == "minister";
    let role = parts.join(" ").to_lowercase();
    (portfolio >= 1 && capitalised && titled && holds).then(|| (role, office.join(" ").to_lowercase()))
}

/// Parents as a tabloid counts them: "Mum-of-two", "Grandad-of-five".
pub(super) const PARENTS: [&str; 11] =
    ["mum", "mom", "dad", "mother", "father", "gran", "nan", "grandmother", "grandfather", "grandad", "granddad"];

pub(super) fn is_title(token: &str) -> bool {
    if token.chars().next().is_some_and(char::is_lowercase) {
        return true;
    }
    // "HE Al-Mannai", "H.E. Sheikh Nasser": His Excellency, in capitals only,
    // so that the surname He ("He Lifeng") stays a name.
    // "Maj." with its stop only: "Maj" is a Scandinavian given name.
    // "Arch.", "Mag." and "Dra." with their stops only: "Arch Manning", "Mag Ruffman", the surname Dra.
    // "Pr Lamine Bensaci": the French "Professeur" as written; "PR Sreejesh" is a name's initials. Not
    // "Cheikh" nor "Hadj", given and family names too ("Cheikh Tidiane Sène", "Mohamed Hadj Said").
    if matches!(token.trim_end_matches('.'), "HE" | "H.E" | "Pr") || matches!(token, "Maj." | "Arch." | "Mag." | "Dra.")
    {
        return true;
    }
    // "Dato' Lim Chee Keong": the Malaysian honour written with its apostrophe.
    let t = token.trim_end_matches(['.', '\'', '’']).to_lowercase();
    // "Raffaele Di Stefano": a surname's particle, not the Detective Inspector "DI".
    if PARTICLES.contains(t.as_str()) && token.chars().any(char::is_lowercase) {
        return false;
    }
    // "Secretary-General", "Vice-President": every part a title. "Nineteen-year-old",
    // "Tongan-born": an age or a birthplace, before a name and no part of it. "Qvevri-maker",
    // "Cheese-maker": a trade; not "Trouble-Maker Records", a name.
    // "Sub-Commissioner", "Co-Chair", "Pro-Rector": a rank's prefix before a title.
    let ranked = |(prefix, rest): (&str, &str)| matches!(prefix, "sub" | "co" | "pro") && TITLES.contains(rest);
    let hyphenated = t.contains('-')
        && (t.split('-').all(|p| TITLES.contains(p)) || t.split_once('-').is_some_and(ranked))
        || t.ends_with("-year-old")
        || t.ends_with("-born")
        || token.ends_with("-maker");
    // A tabloid's "Mum-of-two Sharon Jenkins", "dad-of-three"; not the label "Mother-of-Pearl".
    let parent = t.split_once("-of-").is_some_and(|(parent, count)| {
        PARENTS.contains(&parent) && (crate::extract::numbers::is_number_word(count) || count.parse::<u8>().is_ok())
    });
    hyphenated
        || parent
        || TITLES.contains(t.as_str())
        || EPITHETS.contains(t.as_str())
        || token.chars().next().is_some_and(char::is_lowercase)
}

pub(super) fn gender_from_titles(titles: &[&str]) -> Option<char> {
    titles.iter().find_map(|t| match t.trim_end_matches('.').to_lowercase().as_str() {
        "mr" | "sir" | "lord" | "king" | "prince" | "father" | "chairman" | "spokesman" => Some('m'),
        "mrs" | "ms" | "miss" | "dame" | "lady" | "queen" | "princess" | "chairwoman" | "spokeswoman" | "smt"
        | "shrimati" | "sau" | "tmt" | "thirumathi" => Some('f'),
        _ => None,
    })
}

/// "a filing FreshNorth made with securities regulators", "the report the
/// Authority published": who made the document, named after it.
pub(super) fn document_maker(words: &str) -> Option<String> {
    let tokens: Vec<&str> = words.split_whitespace().collect();
    let noun = tokens.iter().take(4).position(|t| DOCUMENTS.contains(&t.to_lowercase().as_str()))?;
    let capitalised = |t: &&str| t.starts_with(char::is_uppercase);
    let maker: Vec<&str> = tokens[noun + 1..].iter().copied().take_while(|t| capitalised(t) || *t == "of").collect();
    let verb = tokens.get(noun + 1 + maker.len())?;
    let made =
        matches!(*verb, "made" | "published" | "issued" | "filed" | "released" | "sent" | "submitted" | "posted");
    (made && !maker.is_empty() && maker.len() <= 6).then(|| maker.join(" "))
}

/// "Zubaidi" of "al-Zubaidi", "Sherbini" of "El-Sherbini": an Arabic surname
/// without its article, in any of the forms the article takes before it.
pub(super) fn without_arabic_article(surname: &str) -> Option<&str> {
    const ARTICLES: [&str; 14] =
        ["al-", "Al-", "el-", "El-", "ad-", "ash-", "as-", "at-", "az-", "an-", "ar-", "ath-", "adh-", "ul-"];
    let bare = ARTICLES.iter().find_map(|a| surname.strip_prefix(a))?;
    (bare.chars().count() >= 3 && bare.starts_with(char::is_uppercase)).then_some(bare)
}

//! The gazetteer: countries, capitals, demonyms, organisations, news agencies
//! and office holders with dated terms, compiled into the binary from YAML and
//! extended by the user's `entities.yaml` at the store root.
//!
//! It answers two questions for the extractor: which known entities a piece of
//! text mentions (one Aho-Corasick pass), and who held an office in a country
//! on a given day ("the South Korean president" in June 2024).

mod data;
mod format;
mod roles;

pub use format::{CountryEntry, GazetteerFile, OfficeEntry, OrganizationEntry, PersonEntry, PlaceGroup};
pub use roles::role_office;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use chrono::NaiveDate;
use rustc_hash::FxHashMap;
use std::path::Path;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntityKind {
    Person,
    Country,
    Organization,
}

#[derive(Debug, Clone)]
pub struct Entity {
    pub name: String,
    pub kind: EntityKind,
    pub country: Option<String>,
    pub gender: Option<char>,
    pub offices: Vec<OfficeEntry>,
    /// For organisations: international-body, court, news-agency, ...
    pub org_kind: Option<String>,
}

impl Entity {
    /// The country a national state body speaks for ("Kremlin" → Russia); news
    /// agencies, which also carry a country, speak for themselves.
    pub fn speaks_for_country(&self) -> Option<&str> {
        self.country.as_deref().filter(|_| self.org_kind.as_deref() == Some("agency"))
    }

    /// Who speaks when this organisation does: its country for a state body, else itself.
    pub fn speaker_name(&self) -> &str {
        self.speaks_for_country().unwrap_or(&self.name)
    }
}

/// How a mention refers to its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    Name,
    Capital,
    Demonym,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub entity: usize,
    pub via: Via,
}

pub struct Gazetteer {
    entities: Vec<Entity>,
    by_name: FxHashMap<String, usize>,
    surfaces: Vec<(usize, Via)>,
    matcher: AhoCorasick,
    /// Every surface the matcher knows: a place with one of these names is no place.
    surface_texts: FxHashMap<String, usize>,
    /// Places (name, country) from the files read; the built-in ones too when
    /// `builtin_places`. Parsed and indexed on first use, as few articles name no country.
    file_places: Vec<(String, String)>,
    builtin_places: bool,
    places: std::sync::OnceLock<Places>,
    /// Short forms that name an organisation only in its own country's stories.
    home_aliases: FxHashMap<String, Vec<usize>>,
}

/// Place names, the country entity each lies in, and an automaton over the names.
struct Places {
    countries: Vec<usize>,
    matcher: AhoCorasick,
}

impl Gazetteer {
    /// The built-in gazetteer, plus `entities.yaml` from `store_root` when present.
    pub fn load(store_root: Option<&Path>) -> crate::Result<Gazetteer> {
        let mut files = data::builtin();
        if let Some(root) = store_root {
            if let Some(user) = crate::store::load_user_entities(root)? {
                files.push(user);
            }
        }
        Ok(Gazetteer { builtin_places: true, ..Gazetteer::from_files(files) })
    }

    /// The built-in gazetteer only; parsed once per process.
    pub fn builtin() -> &'static Gazetteer {
        static BUILTIN: std::sync::LazyLock<Gazetteer> = std::sync::LazyLock::new(|| {
            let files = data::builtin();
            Gazetteer { builtin_places: true, ..Gazetteer::from_files(files) }
        });
        &BUILTIN
    }

    pub fn from_files(files: Vec<GazetteerFile>) -> Gazetteer {
        let mut builder = Builder::default();
        for file in files {
            builder.add_file(file);
        }
        builder.finish()
    }

    pub fn entity(&self, idx: usize) -> &Entity {
        &self.entities[idx]
    }

    pub fn lookup(&self, name: &str) -> Option<usize> {
        self.by_name.get(name).copied()
    }

    /// The organisation `short` names in a story whose country is `home`, when it
    /// is one of the short forms used only at home ("DFO" in a Canadian story).
    pub fn home_alias(&self, short: &str, home: &str) -> Option<&Entity> {
        let holders = self.home_aliases.get(short)?;
        holders.iter().map(|&idx| self.entity(idx)).find(|e| e.country.as_deref() == Some(home))
    }

    /// Known entity mentions in `text`, leftmost-longest, on word boundaries.
    /// The mentions that span the whole of `text`: "Sri Lanka Navy" is one,
    /// the "Sri Lanka" inside it is not.
    pub fn whole_mentions(&self, text: &str) -> impl Iterator<Item = Mention> {
        let len = text.len();
        self.mentions(text).into_iter().filter(move |m| m.start == 0 && m.end == len)
    }

    pub fn mentions(&self, text: &str) -> Vec<Mention> {
        // "Fairbanks and North Pole", "Car Hits Utility Pole", "Pole Position": a place or a
        // thing, not a person of Poland.
        let pole = |start: usize, end: usize| {
            if &text[start..end] != "Pole" {
                return false;
            }
            let before = text[..start].trim_end().rsplit(' ').next().unwrap_or_default().to_lowercase();
            let after = text[end..].trim_start().split(' ').next().unwrap_or_default().to_lowercase();
            matches!(before.as_str(), "north" | "south" | "utility" | "telegraph" | "magnetic" | "totem" | "flag")
                || matches!(after.as_str(), "position" | "vault" | "of")
        };
        self.matcher
            .find_iter(text)
            .filter(|m| on_word_boundary(text, m.start(), m.end()) && !pole(m.start(), m.end()))
            .map(|m| {
                let (entity, via) = self.surfaces[m.pattern().as_usize()];
                Mention { start: m.start(), end: m.end(), entity, via }
            })
            .filter(|m| m.via != Via::Demonym || !self.opens_longer_place(&text[m.start..], m.end - m.start))
            .collect()
    }

    /// "Lao Cai", a Vietnamese province: a place that opens on a demonym (`len` bytes
    /// of `text`) and goes on past it, which the demonym is no mention of.
    fn opens_longer_place(&self, text: &str, len: usize) -> bool {
        // Only before a capitalised word: "Lao farmers" and "Russian troops" open no place.
        if !text[len..].strip_prefix(' ').is_some_and(|rest| rest.starts_with(char::is_uppercase)) {
            return false;
        }
        // A place's name is short: search only the next few words, not the rest of the text.
        let window = (len + 48).min(text.len());
        let window = &text[..(0..=window).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(len)];
        let places = self.places.get_or_init(|| self.index_places());
        let mut at_start = places.matcher.find_iter(window).take_while(|m| m.start() == 0);
        at_start.any(|m| m.end() > len && on_word_boundary(text, 0, m.end()))
    }

    /// The countries of the places `text` names ("Mérida, Yucatán" → Mexico, twice),
    /// as country entities, in order.
    pub fn place_countries(&self, text: &str) -> Vec<usize> {
        let places = self.places.get_or_init(|| self.index_places());
        places
            .matcher
            .find_iter(text)
            .filter(|m| on_word_boundary(text, m.start(), m.end()))
            .map(|m| places.countries[m.pattern().as_usize()])
            .collect()
    }

    /// Where in `text` the first place the places list knows is named.
    pub fn first_place(&self, text: &str) -> Option<(usize, usize)> {
        let places = self.places.get_or_init(|| self.index_places());
        places
            .matcher
            .find_iter(text)
            .find(|m| on_word_boundary(text, m.start(), m.end()))
            .map(|m| (m.start(), m.end()))
    }

    /// Whether `text` opens with a place the places list knows ("Sarawak Land
    /// and Survey Department"): a region's or a city's body, not the state's.
    pub fn opens_with_place(&self, text: &str) -> bool {
        let places = self.places.get_or_init(|| self.index_places());
        places.matcher.find_iter(text).take_while(|m| m.start() == 0).any(|m| on_word_boundary(text, 0, m.end()))
    }

    /// The built-in places (when wanted) and the files', by name. A place whose
    /// country no file names is left out; so is a place that is also a known
    /// name ("Georgia", a country) or given to two countries.
    fn index_places(&self) -> Places {
        let builtin = if self.builtin_places { data::builtin_places() } else { Vec::new() };
        let mut pairs: Vec<(String, String)> = Vec::new();
        for group in builtin {
            add_places(&mut pairs, group);
        }
        pairs.extend(self.file_places.iter().cloned());
        let mut places: FxHashMap<&str, Option<usize>> = FxHashMap::default();
        for (name, country) in &pairs {
            let Some(&idx) = self.by_name.get(country).filter(|&&i| self.entities[i].kind == EntityKind::Country)
            else {
                continue;
            };
            if self.surface_texts.contains_key(name.as_str()) {
                continue;
            }
            let entry = places.entry(name.as_str()).or_insert(Some(idx));
            if *entry != Some(idx) {
                *entry = None;
            }
        }
        let mut places: Vec<(&str, usize)> = places.into_iter().filter_map(|(n, c)| Some((n, c?))).collect();
        places.sort_unstable();
        let matcher = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(places.iter().map(|(n, _)| n))
            .expect("place names build an automaton");
        Places { countries: places.iter().map(|(_, c)| *c).collect(), matcher }
    }

    /// The person holding `office` for `country` on `date` (today's holder if no date).
    pub fn office_holder(
        &self,
        country: &str,
        office: &str,
        title: Option<&str>,
        date: Option<NaiveDate>,
    ) -> Option<usize> {
        let mut best: Option<(usize, NaiveDate)> = None;
        for (idx, e) in self.entities.iter().enumerate() {
            if e.kind != EntityKind::Person || e.country.as_deref() != Some(country) {
                continue;
            }
            for o in &e.offices {
                let title_ok = title.is_none_or(|t| o.title.eq_ignore_ascii_case(t));
                if o.office == office && title_ok && o.held_on(date) && best.is_none_or(|(_, from)| o.from > from) {
                    best = Some((idx, o.from));
                }
            }
        }
        best.map(|(idx, _)| idx)
    }

    pub fn len(&self) -> usize {
        self.entities.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entities.is_empty()
    }
}

/// A group's places as (name, country) pairs, each also without its accents.
fn add_places(pairs: &mut Vec<(String, String)>, group: PlaceGroup) {
    for name in group.names {
        let plain = strip_accents(&name);
        if plain != name {
            pairs.push((plain, group.country.clone()));
        }
        pairs.push((name, group.country.clone()));
    }
}

fn on_word_boundary(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let is_word = |c: char| c.is_alphanumeric() || c == '-';
    !before.is_some_and(is_word) && !after.is_some_and(|c| is_word(c) && c != '’' && c != '\'')
}

pub fn strip_accents(text: &str) -> String {
    use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};
    text.nfd().filter(|c| !is_combining_mark(*c)).nfc().collect()
}

#[derive(Default)]
struct Builder {
    entities: Vec<Entity>,
    by_name: FxHashMap<String, usize>,
    patterns: Vec<String>,
    surfaces: Vec<(usize, Via)>,
    seen: FxHashMap<String, usize>,
    /// Place names and the canonical name of their country, resolved at the end.
    places: Vec<(String, String)>,
    home_aliases: FxHashMap<String, Vec<usize>>,
}

impl Builder {
    fn add_file(&mut self, file: GazetteerFile) {
        for c in file.countries {
            let idx = self.entity(Entity {
                name: c.name.clone(),
                kind: EntityKind::Country,
                country: Some(c.name.clone()),
                gender: None,
                offices: Vec::new(),
                org_kind: None,
            });
            self.surface(&c.name, idx, Via::Name);
            for a in &c.aliases {
                self.surface(a, idx, Via::Name);
            }
            if let Some(cap) = &c.capital {
                self.surface(cap, idx, Via::Capital);
            }
            for d in &c.demonyms {
                self.surface(d, idx, Via::Demonym);
            }
        }
        for o in file.organizations {
            let idx = self.entity(Entity {
                name: o.name.clone(),
                kind: EntityKind::Organization,
                country: o.country.clone(),
                gender: None,
                offices: Vec::new(),
                org_kind: Some(o.kind.clone()),
            });
            self.surface(&o.name, idx, Via::Name);
            for a in &o.aliases {
                self.surface(a, idx, Via::Name);
            }
            // "Permanent Contingency Commission (Honduras)": the name without its country is the
            // body's name at home, where nobody writes the country after it.
            let bare = o
                .name
                .strip_suffix(')')
                .and_then(|n| n.rsplit_once(" ("))
                .filter(|(_, c)| o.country.as_deref() == Some(*c));
            for a in o.home_aliases.into_iter().chain(bare.map(|(n, _)| n.to_string())) {
                self.home_aliases.entry(a).or_default().push(idx);
            }
        }
        for p in file.people {
            let idx = self.entity(Entity {
                name: p.name.clone(),
                kind: EntityKind::Person,
                country: Some(p.country.clone()),
                gender: p.gender.as_deref().and_then(|g| g.chars().next()),
                offices: p.offices.clone(),
                org_kind: None,
            });
            self.surface(&p.name, idx, Via::Name);
            for a in &p.aliases {
                self.surface(a, idx, Via::Name);
            }
        }
        for group in file.places {
            add_places(&mut self.places, group);
        }
    }

    /// Adds or, for a repeated name (a user entry), replaces an entity.
    fn entity(&mut self, e: Entity) -> usize {
        if let Some(&idx) = self.by_name.get(&e.name) {
            self.entities[idx] = e;
            return idx;
        }
        self.entities.push(e);
        let idx = self.entities.len() - 1;
        self.by_name.insert(self.entities[idx].name.clone(), idx);
        idx
    }

    fn surface(&mut self, text: &str, idx: usize, via: Via) {
        let text = text.trim();
        // "the South" would shadow "the South Korean president" under
        // leftmost-longest matching; such article-led aliases are left out.
        if text.is_empty() || text.starts_with("the ") {
            return;
        }
        // Later files (the user's) win over earlier ones for the same surface.
        if let Some(&p) = self.seen.get(text) {
            self.surfaces[p] = (idx, via);
            return;
        }
        self.seen.insert(text.to_string(), self.patterns.len());
        self.patterns.push(text.to_string());
        self.surfaces.push((idx, via));
        // Wire copy often drops accents: "Antonio Guterres", "Bogota".
        let plain = strip_accents(text);
        if plain != text {
            self.surface(&plain, idx, via);
        }
        // Curly and straight apostrophes are both common in names.
        if text.contains('\'') {
            self.surface(&text.replace('\'', "’"), idx, via);
        }
        // Romanian's comma-below letters are often typed with a cedilla: "Chişinău".
        if text.contains(['ș', 'ț']) {
            self.surface(&text.replace('ș', "ş").replace('ț', "ţ"), idx, via);
        }
    }

    fn finish(self) -> Gazetteer {
        let matcher = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&self.patterns)
            .expect("gazetteer patterns build an automaton");
        Gazetteer {
            entities: self.entities,
            by_name: self.by_name,
            surfaces: self.surfaces,
            matcher,
            surface_texts: self.seen,
            file_places: self.places,
            builtin_places: false,
            places: std::sync::OnceLock::new(),
            home_aliases: self.home_aliases,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_resolves_names_capitals_and_demonyms() {
        let g = Gazetteer::builtin();
        let text = "Washington and the South Korean president met Vladimir Putin of Russia.";
        let found: Vec<(&str, Via)> =
            g.mentions(text).iter().map(|m| (g.entity(m.entity).name.as_str(), m.via)).collect();
        assert!(found.contains(&("United States", Via::Capital)), "{found:?}");
        assert!(found.contains(&("South Korea", Via::Demonym)), "{found:?}");
        assert!(found.contains(&("Vladimir Putin", Via::Name)), "{found:?}");
        assert!(found.contains(&("Russia", Via::Name)), "{found:?}");
        // "Smoke over Fairbanks and North Pole": an Alaskan town, nothing Polish; "Polish officials" is.
        let names =
            |text: &str| -> Vec<String> { g.mentions(text).iter().map(|m| g.entity(m.entity).name.clone()).collect() };
        assert!(names("Smoke over Fairbanks and North Pole, and the South Pole").is_empty());
        assert_eq!(names("Polish officials said"), ["Poland"]);
        assert_eq!(names("The Pole said"), ["Poland"]);
        assert!(names("Man Dies After Car Hits Utility Pole; Pole Position for Verstappen").is_empty());
        // "Lao Cai", a Vietnamese province, is no Lao mention; "Lao farmers" are.
        assert!(names("the Lao Cai Department of Construction").is_empty());
        assert_eq!(names("Lao farmers in Lao Cai"), ["Laos"]);
    }

    #[test]
    fn places_tell_the_country_and_every_place_country_is_known() {
        let g = Gazetteer::builtin();
        let countries =
            |text: &str| -> Vec<String> { g.place_countries(text).iter().map(|&i| g.entity(i).name.clone()).collect() };
        assert_eq!(countries("MÉRIDA, Yucatán - heat in Chiapas"), ["Mexico", "Mexico"]);
        assert_eq!(countries("Ulan-Ude, Buryatia"), ["Russia", "Russia"]);
        assert_eq!(countries("Yucatan"), ["Mexico"], "accents may be dropped");
        // A country's own name is no place: the gazetteer knows it already.
        assert!(countries("Georgia and Victoria").is_empty());
        // Every group in the built-in file names a country the gazetteer knows.
        for group in data::builtin_places() {
            let known = g.lookup(&group.country).map(|i| g.entity(i).kind);
            assert_eq!(known, Some(EntityKind::Country), "{}", group.country);
        }
    }

    #[test]
    fn a_place_given_to_two_countries_tells_neither() {
        let file = |country: &str, names: &[&str]| GazetteerFile {
            countries: vec![CountryEntry {
                name: country.into(),
                aliases: vec![],
                demonyms: vec![],
                capital: None,
                code: None,
            }],
            places: vec![PlaceGroup { country: country.into(), names: names.iter().map(|n| n.to_string()).collect() }],
            ..Default::default()
        };
        let g = Gazetteer::from_files(vec![file("Chile", &["Patagonia", "Aysén"]), file("Argentina", &["Patagonia"])]);
        let found: Vec<&str> =
            g.place_countries("Patagonia, Aysén").iter().map(|&i| g.entity(i).name.as_str()).collect();
        assert_eq!(found, ["Chile"]);
    }

    #[test]
    fn office_holder_depends_on_date() {
        let g = Gazetteer::builtin();
        let june_2024 = NaiveDate::from_ymd_opt(2024, 6, 21);
        let yoon = g.office_holder("South Korea", "head-of-state", None, june_2024).unwrap();
        assert_eq!(g.entity(yoon).name, "Yoon Suk Yeol");
        let moon = g.office_holder("South Korea", "head-of-state", None, NaiveDate::from_ymd_opt(2019, 1, 1)).unwrap();
        assert_eq!(g.entity(moon).name, "Moon Jae-in");
    }

    #[test]
    fn mentions_respect_word_boundaries() {
        let g = Gazetteer::builtin();
        assert!(g.mentions("Kimberley and Putinism").is_empty());
    }
}

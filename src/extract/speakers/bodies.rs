//! Bodies that speak without a name of their own: a government department
//! standing for its country ("the Department for Transport"), a bare "a
//! spokesperson" standing for the body the story just named, and the
//! article's home country that both fall back on.

use super::lexicon::{ORG_WORDS, PORTFOLIOS, VOICES};
use super::{Context, Speaker};
use crate::gazetteer::{EntityKind, Via};
use crate::segment::wordset::WordSet;

/// Words that place a story in the United Kingdom without naming it, as
/// British copy does ("NHS England", "councils in Wales").
const UK_MARKERS: &[&str] = &["England", "Scotland", "Wales", "Northern Ireland", "NHS", "Whitehall", "Westminster"];

/// Departments named without a "Department of" form.
const NATIONAL_OFFICES: &[&str] = &[
    "home office", "foreign office", "cabinet office", "treasury", "justice department", "public prosecution",
    "public prosecution service", "public prosecution office",
];

/// Offices a possessive country ("Chile's ...") makes the government's.
const OWNED_OFFICES: &[&str] = &[
    "ministry", "department", "agency", "administration", "bureau", "office", "commission", "board", "authority",
    "directorate", "inspectorate", "secretariat",
    // "Ukraine's Air Force", "Poland's Operational Command": its armed forces.
    "force", "forces", "navy", "army", "command", "staff", "guard",
];

/// Offices a name opening with the country ("U.S. ... Agency") makes the government's.
const NAMED_OFFICES: &[&str] =
    &["ministry", "department", "agency", "administration", "bureau", "board", "embassy", "consulate", "navy", "army"];

/// The last word of a national government body's name.
const GOVERNMENT_HEADS: &[&str] = &[
    "Agency", "Authority", "Office", "Service", "Police", "Administration", "Directorate", "Inspectorate",
    "Commission", "Guard",
];

/// Countries whose state bodies go by French, Spanish, Portuguese or Italian
/// names ("Office national …", "Instituto Nacional …").
const ROMANCE_COUNTRIES: [&str; 60] = [
    "Spain", "Mexico", "Guatemala", "Honduras", "El Salvador", "Nicaragua", "Costa Rica", "Panama", "Cuba",
    "Dominican Republic", "Puerto Rico", "Colombia", "Venezuela", "Ecuador", "Peru", "Bolivia", "Chile", "Argentina",
    "Uruguay", "Paraguay", "Equatorial Guinea", "Portugal", "Brazil", "Angola", "Mozambique", "Cape Verde",
    "Guinea-Bissau", "Sao Tome and Principe", "East Timor", "France", "Belgium", "Switzerland", "Luxembourg", "Monaco",
    "Senegal", "Mali", "Burkina Faso", "Niger", "Guinea", "Ivory Coast", "Benin", "Togo", "Cameroon", "Chad",
    "Central African Republic", "Gabon", "Republic of the Congo", "Democratic Republic of the Congo", "Madagascar",
    "Comoros", "Djibouti", "Burundi", "Rwanda", "Haiti", "Mauritania", "Morocco", "Algeria", "Tunisia", "Lebanon",
    "Italy",
];

/// Countries whose states or provinces have ministries and directorates of
/// their own.
const FEDERATIONS: [&str; 20] = [
    "India", "United States", "Brazil", "Mexico", "Nigeria", "Pakistan", "Australia", "Canada", "Germany", "Malaysia",
    "Argentina", "Russia", "Ethiopia", "Austria", "Switzerland", "Venezuela", "Iraq", "Nepal", "Somalia",
    "South Sudan",
];

/// What a central government's body is called ("Central Pollution Control
/// Board"). Not an "Administration": the Central Tibetan Administration is a
/// people's in exile.
const CENTRAL_HEADS: &[&str] = &[
    "Agency", "Authority", "Office", "Service", "Directorate", "Inspectorate", "Commission", "Bureau", "Board",
    "Organisation", "Organization",
];

/// Words that make a "Central …" body no state's ("Central Organization of Trade
/// Unions", "Central Michigan University Board of Trustees").
const NOT_CENTRAL: &[&str] = &["Unions", "University", "Trustees", "Hospital", "Staffing", "Chess", "American"];

/// Countries whose "Central …" bodies are a region's, not the national government's.
const REGIONAL_CENTRAL: &[&str] = &["United States", "Canada", "Australia", "United Kingdom", "New Zealand"];

/// Words in an agency's name that make it a sport's or a cause's, not the state's.
const NOT_STATE_AGENCIES: &[&str] = &[
    "Cricket", "Football", "Rugby", "Olympic", "Sports", "Human", "Rights", "Red", "Union", "Association", "Company",
    "Volunteers", "Network",
];

/// Words that make a weather or civil-defence body a region's, not one state's.
const REGIONAL: &[&str] =
    &["Caribbean", "Regional", "European", "African", "Pacific", "Asian", "Arab", "International"];

/// "Ministry of Health of Sinaloa": the name before its last "of" (or "de",
/// "do" …) and what follows it.
fn last_complement<'n>(name: &'n str, links: &[&str]) -> Option<(&'n str, &'n str)> {
    links.iter().filter_map(|link| name.rsplit_once(link)).min_by_key(|(_, tail)| tail.len())
}

/// A ministry's name in the languages whose copy keeps it untranslated.
const MINISTRY_WORDS: &[&str] = &[
    "Ministerio", "Ministério", "Ministère", "Ministero", "Ministerium", "Bundesministerium", "Ministerie",
    "Ministeriet", "Ministerstvo", "Ministerstwo", "Secretaría", "Secretaria",
];

/// What a business is called by its trade ("the salmon farmer"); "-maker" words count too.
static TRADES: WordSet = WordSet::new(&[
    "farmer", "grower", "producer", "miner", "exporter", "importer", "processor", "supplier", "shipper", "brewer",
    "distiller", "refiner", "giant", "chain", "conglomerate", "utility", "telco", "startup", "start-up", "outfit",
]);

/// Capitals whose names are also places elsewhere or people's ("Victoria
/// Harbour", Santo Domingo de Heredia, "Kingston upon Hull").
const SHARED_CAPITALS: &[&str] =
    &["Victoria", "Kingston", "Georgetown", "Hamilton", "San José", "Santiago", "Wellington", "Santo Domingo"];

/// "RIO GRANDE CITY" as "Rio Grande City": a dateline's shouted words in title case.
fn title_cased(shouted: &str) -> String {
    shouted.split(' ').map(super::names::title_case).collect::<Vec<_>>().join(" ")
}

/// "Luis Fernando Madrid Erazo": a capital inside a person's name, after a given name on its
/// line. Not after an opening word ("In Madrid", "The Madrid government"), nor "the Castries
/// Central Market", whose capital opens a body's name.
fn in_a_name(body: &str, m: &crate::gazetteer::Mention) -> bool {
    let before = body[..m.start].strip_suffix(' ').map(|b| b.rsplit([' ', '\n']).next().unwrap_or(""));
    before.is_some_and(|b| b.starts_with(char::is_uppercase) && !super::names::STARTERS.contains(b))
}

/// "translated from Portuguese", "spoke in Spanish": a demonym that is a language, not where the
/// story is. Not "from Portuguese authorities", "in Spanish waters": a noun after it.
fn names_a_language(body: &str, m: &crate::gazetteer::Mention) -> bool {
    if m.via != Via::Demonym || ![" from", " in", " into"].iter().any(|p| body[..m.start].trim_end().ends_with(p)) {
        return false;
    }
    let next = body[m.end..].split_whitespace().next().unwrap_or("");
    next.starts_with(|c: char| !c.is_alphanumeric())
        || matches!(next, "by" | "and" | "or" | "to" | "for" | "with" | "on" | "at")
}

impl Context<'_> {
    /// The country the article is about: the one it names most often, the
    /// constituent nations counting for the United Kingdom.
    pub(super) fn learn_home_country(&mut self, body: &str, dateline: Option<String>) {
        let mut counts: Vec<(String, usize)> = Vec::new();
        fn bump(counts: &mut Vec<(String, usize)>, name: &str) {
            match counts.iter_mut().find(|(n, _)| n == name) {
                Some((_, c)) => *c += 1,
                None => counts.push((name.to_string(), 1)),
            }
        }
        let mentions = self.gaz.mentions(body);
        for m in &mentions {
            let e = self.gaz.entity(m.entity);
            // "US$3.7M", "US$1.2 million": the currency of a dollarised economy, not the country.
            let currency = body[m.end..].starts_with('$');
            if e.kind == EntityKind::Country && m.via != Via::Capital && !currency && !names_a_language(body, m) {
                bump(&mut counts, &e.name);
            }
        }
        // One pass for all markers; none can overlap itself, so this counts
        // what a search for each marker in turn would.
        static MARKERS: std::sync::LazyLock<aho_corasick::AhoCorasick> =
            std::sync::LazyLock::new(|| aho_corasick::AhoCorasick::new(UK_MARKERS).expect("static markers"));
        for _ in MARKERS.find_overlapping_iter(body) {
            bump(&mut counts, "United Kingdom");
        }
        // Capitals vote only when no country is named (the capital is often the
        // other side's: "talks with Tehran"); places always vote, below.
        // "the Castries Central Market" and no country named: the capital tells which, unless
        // it names places elsewhere too ("Victoria Harbour", Santo Domingo de Heredia).
        // The countries named as such, not by a capital or a place alone (see `countries_named`).
        self.countries_named = counts.iter().map(|(name, _)| name.clone()).collect();
        if counts.is_empty() {
            let unshared = |m: &crate::gazetteer::Mention| !SHARED_CAPITALS.contains(&&body[m.start..m.end]);
            for m in mentions.iter().filter(|m| m.via == Via::Capital && unshared(m) && !in_a_name(body, m)) {
                bump(&mut counts, &self.gaz.entity(m.entity).name);
            }
        }
        // "MÉRIDA, Yucatán — The National Meteorological Service said": the places vote too,
        // so a Basra story that names Iran more often than Iraq is still Iraq's.
        for idx in self.gaz.place_countries(body) {
            bump(&mut counts, &self.gaz.entity(idx).name);
        }
        // "SEOUL, April 23 (Hanbit) --": where the story was filed counts as much as
        // three mentions, so a state visit to Seoul stays South Korea's.
        if let Some(country) = &dateline {
            for _ in 0..3 {
                bump(&mut counts, country);
            }
        }
        // Where the outlet is based counts once: a tie between two neighbours named twice each
        // is the local radio's country's. Only for a country the story names: a state
        // department in a story naming no country speaks as itself (see `home_country`).
        let outlet_country = self.outlet_country.as_deref();
        if let Some(country) = outlet_country.filter(|c| counts.iter().any(|(n, _)| n == c)) {
            bump(&mut counts, country);
        }
        // The first counted wins a tie (countries in the order named, then places, then
        // the dateline): max_by_key keeps the last maximum, so search reversed.
        self.home_country = counts.iter().rev().max_by_key(|(_, c)| *c).map(|(n, _)| n.clone());
        self.home_alone = counts.len() == 1;
        let mut votes: Vec<usize> = counts.iter().map(|(_, c)| *c).collect();
        votes.sort_unstable_by(|a, b| b.cmp(a));
        self.home_margin = votes.first().copied().unwrap_or(0) - votes.get(1).copied().unwrap_or(0);
        // Named three times as often as any other, and ahead of it without the dateline's votes.
        let (top, second) = (votes.first().copied().unwrap_or(0), votes.get(1).copied().unwrap_or(0));
        let filed_home = dateline.is_some() && dateline == self.home_country;
        self.home_far_ahead = top >= 3 * second && top - if filed_home { 3 } else { 0 } > second;
    }

    /// The country of a dateline's place (see `dateline_place`), when the place is
    /// a capital or a listed place.
    pub(super) fn dateline_country(&self, place: &str) -> Option<String> {
        match self.gaz.whole_mentions(place).find(|m| m.via == Via::Capital) {
            Some(m) => Some(self.gaz.entity(m.entity).name.clone()),
            None if self.gaz.opens_with_place(place) => {
                self.gaz.place_countries(place).first().map(|&i| self.gaz.entity(i).name.clone())
            }
            None => None,
        }
    }

    /// The place of the story's dateline, title-cased: the words a line opens with,
    /// in capitals, before a comma or a dash ("RIO GRANDE CITY —", "SEOUL, April
    /// 23"). Read from the article as written, before tabloid capitals are set in
    /// title case.
    pub(super) fn dateline_place(&self, body: &str) -> Option<String> {
        let lines: Vec<&str> = body.lines().take(14).collect();
        let head_of = |at: usize| -> Option<String> {
            let l = lines[at];
            // "PORTALEGRE - The Câmara …": a hyphen between spaces sets a dateline off too.
            let head = l.split([',', '—', '–']).next()?;
            let head = head.split(" - ").next().unwrap_or(head).trim_end_matches([' ', '-']);
            let shouted = head.chars().all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '\'' | '-'));
            // "HARGEISA" alone on its line, over the story's first paragraph, is a dateline too.
            let story_below = lines
                .iter()
                .skip(at + 1)
                .find(|l| !l.trim().is_empty())
                .is_some_and(|l| l.len() >= 30 && l.chars().filter(|c| c.is_lowercase()).count() * 2 > l.len());
            // Not "VICTORIA" alone: a name, or a place in several countries.
            let alone = head.len() == l.trim_end().len()
                && head.split(' ').count() <= 3
                && story_below
                && !SHARED_CAPITALS.contains(&title_cased(head).as_str());
            (head.len() >= 3 && (head.len() < l.len() || alone) && shouted).then(|| title_cased(head))
        };
        (0..lines.len().min(12)).find_map(head_of)
    }

    /// "KÖTSCHACH-MAUTHEN, Austria, Aug 17 (SPA) -": the country a dateline names after its
    /// place, for a place the gazetteer does not know.
    pub(super) fn dateline_named_country(&self, body: &str, place: &str) -> Option<String> {
        let named = self.dateline_second_part(body, place)?;
        let country = self.gaz.whole_mentions(&named).find(|m| m.via == Via::Name)?;
        let entity = self.gaz.entity(country.entity);
        (entity.kind == EntityKind::Country).then(|| entity.name.clone())
    }

    /// "FLORIDA, COPÁN —": the country of the region a dateline names after its place, where
    /// the place alone would say another ("Florida", the US state).
    pub(super) fn dateline_region_country(&self, body: &str, place: &str, placed: &str) -> Option<String> {
        let region = self.dateline_second_part(body, place)?;
        if !self.is_place_word(&region) {
            return None;
        }
        let countries = self.gaz.place_countries(&region);
        let country = self.gaz.entity(*countries.first()?).name.clone();
        (country != placed).then_some(country)
    }

    /// What a dateline writes after its place and a comma, title-cased, up to the next comma or dash:
    /// "Austria" of "KÖTSCHACH-MAUTHEN, Austria, Aug 17", "Copán" of "FLORIDA, COPÁN — The".
    fn dateline_second_part(&self, body: &str, place: &str) -> Option<String> {
        let shouted = place.to_uppercase();
        let line = body.lines().take(14).find(|l| l.split(',').next().is_some_and(|h| h.trim() == shouted))?;
        let named = line.split(',').nth(1)?.split(['—', '–']).next()?;
        let named = named.split(" - ").next()?.trim();
        // Not "HAHIRA, Georgia": the US state as likely as the country.
        let shouting = named.chars().any(char::is_alphabetic) && !named.chars().any(char::is_lowercase);
        let named = if shouting { title_cased(named) } else { named.to_string() };
        Some(named).filter(|n| !n.is_empty() && n != "Georgia")
    }

    /// "the Department for Transport", "a Department of Health spokesperson",
    /// "the Home Office": the government, that is the country.
    pub(super) fn national_department(&self, words: &str) -> Option<Speaker> {
        let regional = |name: &str| self.regional_bodies.iter().any(|b| b == name);
        if regional_office(words).is_some() || regional(super::resolve::without_article(words)) {
            return None;
        }
        let parts: Vec<&str> = words
            .split_whitespace()
            .skip_while(|w| matches!(w.to_lowercase().as_str(), "the" | "a" | "an" | "federal" | "national"))
            .filter(|w| !VOICES.contains(&w.to_lowercase().as_str()))
            .collect();
        let lower = parts.join(" ").to_lowercase();
        if leaders_office(&lower) {
            return self.government();
        }
        // "the Secretariat of Health": a ministry where ministries are secretarías, not the
        // secretariat of a convention or a summit.
        let secretariats = matches!(self.home_country.as_deref(), Some("Honduras" | "Mexico"));
        let departmental = parts.len() >= 3
            && (matches!(parts[0], "Department" | "Ministry") || parts[0] == "Secretariat" && secretariats)
            && matches!(parts[1], "of" | "for")
            && parts[2..].iter().all(|w| w.chars().next().is_some_and(char::is_uppercase) || is_connector(w));
        // "the Interior Ministry", "the Finance and Economy Ministry".
        let portfolio = parts.len() >= 2
            && parts.last() == Some(&"Ministry")
            && parts.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase) || is_connector(w));
        if !departmental && !portfolio && !NATIONAL_OFFICES.contains(&lower.as_str()) {
            return None;
        }
        // "Department for ..." is how Whitehall alone names its departments.
        if parts.get(1) == Some(&"for") && parts[0] == "Department" {
            return Some(Speaker::body("United Kingdom"));
        }
        self.government()
    }

    /// "the National Disaster Recovery Agency", "the Department of Agriculture",
    /// "the Garda": a body of the national government speaks for its country, as
    /// a ministry does. Not a national union, party, board or electoral body, nor
    /// a regional police force ("Police Scotland"); see `police_force_country`.
    pub(super) fn government_agency(&self, speaker: &Speaker) -> Option<Speaker> {
        let name = speaker.name.as_str();
        if self.regional_bodies.iter().any(|b| b == name) {
            return None;
        }
        let words: Vec<&str> = name.split_whitespace().collect();
        let head = |w: &&str| GOVERNMENT_HEADS.contains(w);
        if let Some(country) = self.police_force_country(speaker, &words) {
            return Some(country);
        }
        if let Some(m) = self.gaz.mentions(name).into_iter().find(|m| m.start == 0) {
            // "the Comorian Maritime Safety Authority", "the Swiss Federal Office of Energy",
            // "the Seychelles Fishing Authority": a country's agency, named by its demonym or
            // its name, speaks for the country. Not "Sri Lanka Cricket Authority", a sport's,
            // nor "the Kenya Human Rights Commission", a campaign's.
            let country = self.gaz.entity(m.entity);
            // "Irish Coast Guard", however the speaker was reached ("a spokesperson" after it was
            // named): a state agency the gazetteer knows by the whole name is its state's.
            // "The Frontier Corps (FC) Balochistan South": the agency's command in a region is the agency.
            let whole = (m.end == name.len() || self.is_region_qualifier(&name[m.end..]))
                && country.kind != EntityKind::Country;
            if let Some(state) = country.speaks_for_country().filter(|_| whole && !speaker.person) {
                return Some(Speaker::body(state.to_string()));
            }
            let sport_or_cause = words.iter().any(|w| NOT_STATE_AGENCIES.contains(w));
            let by_name = m.via == Via::Demonym || m.via == Via::Name && !sport_or_cause;
            let agency = by_name
                && country.kind == EntityKind::Country
                && (words.iter().any(head) || state_force_or_institute(&words));
            return (agency && !speaker.person).then(|| Speaker::body(country.name.clone()));
        }
        if let Some(country) = self.service_of_country(speaker, &words) {
            return Some(country);
        }
        if name == "Coast Guard" {
            return self.coast_guard();
        }
        // "the State Forest Service", "the State Labour Inspectorate": "State" is the nation's
        // where the country has no states of its own.
        let unitary = || self.home_country.as_deref().is_some_and(|h| !FEDERATIONS.contains(&h));
        let national = !speaker.person
            && (matches!(words.first(), Some(&"National" | &"Federal"))
                || words.first() == Some(&"State") && unitary())
            && (words.iter().any(head)
                || words.last() == Some(&"Board")
                || words.last() == Some(&"Committee") && !party_or_sport(&words)
                || state_committee(&words))
            && !electoral_or_utility(&words);
        // "the Office national de l'eau et de l'assainissement", "the Instituto Nacional dos
        // Transportes Rodoviários": a state's office or institute, in its language.
        const ROMANCE_STATE_HEADS: [&str; 15] = [
            "Office", "Institut", "Instituto", "Agence", "Agência", "Agencia", "Servicio", "Serviço", "Direction",
            "Dirección", "Direção", "Autorité", "Autoridad", "Centre", "Centro",
        ];
        // Not an electoral, human-rights or teaching body ("Instituto Nacional Electoral",
        // "Institut National Polytechnique"), as in English, nor one another country's name
        // closes ("… de Estadística de Bolivia" in a Lima story).
        let not_state = |w: &&str| {
            NOT_STATE_AGENCIES.contains(w)
                || ["Elect", "Derechos", "Droits", "Direitos", "Polytechn", "Universi"].iter().any(|p| w.starts_with(p))
        };
        let foreign = || {
            self.gaz.mentions(name).iter().any(|m| {
                let e = self.gaz.entity(m.entity);
                e.kind == EntityKind::Country && self.home_country.as_deref() != Some(e.name.as_str())
            })
        };
        let romance_national = !speaker.person
            && words.first().is_some_and(|w| ROMANCE_STATE_HEADS.contains(w))
            && words.get(1).is_some_and(|w| matches!(w.to_lowercase().as_str(), "national" | "nationale" | "nacional"))
            && words.len() >= 3
            && !words.iter().any(not_state)
            && !foreign();
        // "In Argentina, the Instituto Nacional de Vitivinicultura said": the place named first;
        // else the story's country, if it names its bodies so (not Mexico's INEGI in a
        // Washington story).
        if romance_national {
            let home = self.home_country.clone().filter(|h| ROMANCE_COUNTRIES.contains(&h.as_str()));
            return self.placed_country.clone().or(home).map(Speaker::body);
        }
        // "the Central Anti-Corruption Bureau", "the Central Pollution Control Board": a
        // central government's body, named so against the regions' own.
        let central = !speaker.person
            && words.first() == Some(&"Central")
            && words.iter().any(|w| CENTRAL_HEADS.contains(w))
            && !words.iter().any(|w| NOT_STATE_AGENCIES.contains(w) || REGIONAL.contains(w) || NOT_CENTRAL.contains(w))
            // Not "the Central Water Commission of India" in a Dhaka story, nor "the
            // Central Ohio Transit Authority": a place named is whose it is.
            && self.gaz.mentions(name).is_empty()
            && self.gaz.place_countries(name).is_empty()
            // Where "Central" names a region rather than the state ("Central Coast Water Authority").
            && !self.home_country.as_deref().is_some_and(|home| REGIONAL_CENTRAL.contains(&home));
        // Not "the Sarawak Land and Survey Department", "the West Virginia Department of …": a region's.
        // "Secretaría de Agricultura y Desarrollo Rural", "Ministério da Saúde": a ministry in its language.
        // Not "the Ministerio Público Fiscal", the prosecution service.
        let prosecution = words.get(1).is_some_and(|w| matches!(*w, "Público" | "Publico" | "Pubblico" | "Public"));
        let ministry = words.first().is_some_and(|w| MINISTRY_WORDS.contains(w)) && words.len() >= 3 && !prosecution;
        let department = !speaker.person
            && (words.contains(&"Department") && !words.contains(&"Police") && !self.state_department(&words)
                || words.contains(&"Ministry")
                || ministry)
            && !self.gaz.opens_with_place(name)
            && !self.ends_with_region(name);
        let force = matches!(
            name,
            "Garda" | "Gardaí" | "Guardia Civil" | "National Police" | "Navy" | "Policía Nacional" | "Polícia Nacional"
        );
        // "the Directorate General of Customs and Excise": a ministry's directorate general.
        // "the Directorate of Fisheries" of a Norwegian story: a state's directorate. Not in a
        // federation, whose states have their own ("the Directorate of Education" of Delhi), nor
        // a directorate "at" a university.
        let federal = self.home_country.as_deref().is_some_and(|home| FEDERATIONS.contains(&home));
        // Not "the Directorate of Health of Cusco": a region's.
        let regional = || self.gaz.opens_with_place(name) || self.ends_with_region(name);
        let directorate = name.starts_with("Directorate General of ")
            || name.starts_with("General Directorate of ") && !regional()
            || name.starts_with("Directorate of ") && !federal && !name.contains(" at ") && !regional();
        let department = department || !speaker.person && directorate;
        // "the National Statistical Institute", "the Central Statistics Office", "the Agency for
        // Hydrometeorology", "the General Directorate of Civil Defense": a state's statistics,
        // weather or civil-defence service, whatever its head word, and "the Met Service", the
        // weather service's short name. Not Australia's "Bureau of Meteorology", which annotators
        // name.
        // "Civil Defence said" in a federation: a state's or a city's as often as the nation's.
        let bare_civil_in_federation = federal && words.len() == 2 && words[0] == "Civil";
        let state_service = !speaker.person
            && [
                "Statistic", "Hydrometeorolog", "Meteorolog", "Met Service", "Civil Defen", "Civil Protection",
                "Protection Civile",
            ]
            .iter()
            .any(|w| name.contains(w))
            && !name.starts_with("Bureau of")
            && !self.named_for_a_town(&words)
            && !bare_civil_in_federation
            && !words.iter().any(|w| {
                NOT_STATE_AGENCIES.contains(w)
                    || REGIONAL.contains(w)
                    || matches!(*w, "University" | "Society" | "Organization")
            });
        // Not in a federation, whose states and cities have their own ("the Public Transport
        // Authority" of Perth, "the State Highway Safety Office").
        let portfolio = !speaker.person && portfolio_agency(&words) && !federal && !self.gaz.opens_with_place(name);
        let state_service = state_service || portfolio || self.hispanic_state_office(name, &words);
        // "National …" without its country is the country's the story is about; a
        // ministry or department, the one just named ("Pakistan's Ministry of Water").
        let home = || self.home_country.clone().map(Speaker::body);
        match (national || central || state_service, department || force) {
            (true, _) => home().or_else(|| self.government()),
            (false, true) => self.government(),
            (false, false) => None,
        }
    }

    /// "The Ombudsman's Office said", "the Superintendency of Residential Public Services", "the
    /// Attorney General's Office": the Defensoría del Pueblo, a superintendencia and the
    /// Fiscalía of a Spanish-speaking country, named in English without their country, are its
    /// state's. Not a state's own ("the State Attorney General's Office" of Oaxaca), nor in
    /// English-speaking copy, where an attorney general's office is a state's as often.
    fn hispanic_state_office(&self, name: &str, words: &[&str]) -> bool {
        let hispanic = self.home_country.as_deref().is_some_and(|h| super::names::SPANISH_NAMED.contains(&h));
        let ombudsman = matches!(words, ["Ombudsman's" | "Ombudsman’s", "Office", ..]);
        let superintendency = matches!(words, ["Superintendency" | "Superintendencia", "of" | "de", _, ..]);
        let fiscal = matches!(name, "Attorney General's Office" | "Attorney General’s Office");
        hispanic && (ombudsman || superintendency || fiscal)
    }

    /// A department of a federation's state or town, not the country's: "the State Water
    /// Transport Department", "the Municipal Department of Water and Sewage"; in India, where the
    /// Union's are "Department of …" and the states' "… Department", "the Public Health
    /// Engineering Department", "the Tourism Department".
    fn state_department(&self, words: &[&str]) -> bool {
        let home = self.home_country.as_deref();
        let federal = home.is_some_and(|home| FEDERATIONS.contains(&home));
        let local = words.contains(&"State") || words.contains(&"Municipal");
        let indian_state = home == Some("India")
            && words.last() == Some(&"Department")
            && !words.iter().any(|w| matches!(*w, "Union" | "Central" | "National" | "Indian"));
        federal && local || indian_state
    }

    /// "the Dunhuang Meteorological Bureau", "the Gansu Provincial Meteorological Service": a
    /// service whose name opens on a town or a province, not on its country ("the Ghana
    /// Meteorological Agency", "the Turkish State Meteorological Service") nor on a word of
    /// its own ("the National …", "the Agency for …").
    fn named_for_a_town(&self, words: &[&str]) -> bool {
        const OWN: &[&str] = &[
            "National", "Central", "General", "State", "Federal", "Agency", "Institute", "Office", "Department",
            "Directorate", "Service", "Bureau", "Centre", "Center", "Hydrometeorological", "Meteorological",
            "Statistical", "Statistics", "Civil", "Main", "Royal", "Public", "Korea", "Met", "Fire", "Republic",
            "Direction", "Dirección", "Direção", "Directorate-General",
        ];
        let Some(first) = words.first().map(|w| w.trim_end_matches("'s").trim_end_matches("’s")) else {
            return false;
        };
        let national = self.gaz.mentions(first).iter().any(|m| {
            m.start == 0 && matches!(self.gaz.entity(m.entity).kind, EntityKind::Country | EntityKind::Organization)
        });
        first.starts_with(char::is_uppercase) && !OWN.contains(&first) && !national
    }

    /// "the Serviço Geológico do Brasil", "the Office of Utilities Regulation of
    /// Jamaica": a state service named for its country, in any of the languages
    /// whose copy keeps it, speaks for the country. Not "the Instituto de Estudios
    /// Hidricos del Valle de Mexico", named for a region.
    fn service_of_country(&self, speaker: &Speaker, words: &[&str]) -> Option<Speaker> {
        const OPENERS: &[&str] = &[
            "Serviço", "Servicio", "Service", "Agência", "Agencia", "Agency", "Agence", "Autoridad", "Authority",
            "Dirección", "Direção", "Directorate", "Office", "Oficina", "Comisión", "Comissão", "Commission",
            "Superintendencia", "Superintendência",
        ];
        let opens = words.first().is_some_and(|w| OPENERS.contains(w));
        if speaker.person || words.iter().any(|w| NOT_STATE_AGENCIES.contains(w)) {
            return None;
        }
        let (head, tail) = last_complement(&speaker.name, &[" of ", " do ", " da ", " de ", " del ", " du "])?;
        // "the Monetary Authority of Singapore", "the Cyber Security Agency of Singapore": an
        // agency's head word just before the country.
        // Not "the Election Commission of India", "the News Agency of Nigeria", a relief,
        // travel or broadcasting agency: bodies annotators name.
        let own_voice = |w: &&str| {
            w.starts_with("Elect")
                || matches!(*w, "News" | "Relief" | "Travel" | "Broadcasting" | "Reconciliation" | "Jewish")
        };
        let headed = head.rsplit(' ').next().is_some_and(|w| GOVERNMENT_HEADS.contains(&w) && w != "Police")
            && !words.iter().any(own_voice);
        if !opens && !headed && !central_bank(head, tail) {
            return None;
        }
        let regional = head.rsplit(' ').next().is_some_and(|w| matches!(w, "Valle" | "Valley" | "Región" | "Region"));
        let tail = tail.strip_prefix("the ").unwrap_or(tail);
        let m = self.gaz.mentions(tail).into_iter().find(|m| m.start == 0 && m.end == tail.len())?;
        let entity = self.gaz.entity(m.entity);
        (entity.kind == EntityKind::Country && !regional).then(|| Speaker::body(entity.name.clone()))
    }

    /// "Heraklion Police Directorate", "Plateau State Police Command", "Royal
    /// Oman Police", "Kosovo Police": a police force of a state speaks for
    /// it, as its army does, wherever in the country it serves. Not in the
    /// federations whose forces answer to a region or a province ("Police
    /// Scotland", "Peel Regional Police", "Bavarian Police"), nor a police
    /// association, union or watchdog, nor an international mission's police.
    fn police_force_country(&self, speaker: &Speaker, words: &[&str]) -> Option<Speaker> {
        const NOT_FORCES: [&str; 10] = [
            "Association", "Federation", "Union", "Commission", "Authority", "Council", "Board", "Complaints",
            "Ombudsman", "Independent",
        ];
        // "Makassar police", "the Polícia Militar", Rio Grande do Sul's "Brigada Militar": a
        // place's force written small, a force in its own language.
        // Not "Kunming traffic police", "Jujuy provincial police": a branch or a region's force,
        // which annotators name as itself.
        let place_police = words.len() >= 2
            && words.last() == Some(&"police")
            && words[..words.len() - 1].iter().all(|w| w.starts_with(char::is_uppercase));
        // Two capitalised words, which may have been taken for a person's name.
        let native = matches!(words.first(), Some(&"Polícia" | &"Policía")) || speaker.name == "Brigada Militar";
        let force = (!speaker.person
            && (words.iter().any(|w| matches!(*w, "Police" | "Gendarmerie" | "gendarmerie")) || place_police)
            || native)
            && !words.iter().any(|w| NOT_FORCES.contains(w));
        if !force {
            return None;
        }
        let mentions = self.gaz.mentions(&speaker.name);
        // "The United Nations Police", a mission's police: an international body's, not a state's.
        if mentions.iter().any(|m| self.gaz.entity(m.entity).kind == EntityKind::Organization) {
            return None;
        }
        let named = mentions.iter().find_map(|m| {
            let entity = self.gaz.entity(m.entity);
            (entity.kind == EntityKind::Country).then(|| entity.name.clone())
        });
        // "Police Scotland": the country of the place in its name before the story's.
        let placed = || self.gaz.place_countries(&speaker.name).first().map(|&c| self.gaz.entity(c).name.clone());
        let country = named.or_else(placed).or_else(|| self.home_country.clone())?;
        (!policed_by_regions(&country)).then(|| Speaker::body(country))
    }

    /// The story's country as a speaker, when the story surely is that country's: it names
    /// no other, or names it far more often than any other. Whose "forecasters" and "the
    /// coastguard" are, where no service is named; police too, unless policed by regions.
    pub(super) fn sure_home(&self) -> Option<Speaker> {
        self.sure_home_name().map(|name| Speaker::body(name.to_string()))
    }

    /// The name of `sure_home`'s country, for a test that needs no speaker.
    pub(super) fn sure_home_name(&self) -> Option<&str> {
        self.home_country.as_deref().filter(|_| self.home_alone || self.home_far_ahead)
    }

    /// "In Mae Taeng, police say …": police with no force named are the
    /// story's country's, where the police answer to the state. Only when the
    /// story names no other country: police near a border, or a citizen's
    /// arrest abroad, may be the other country's.
    pub(super) fn home_police(&self) -> Option<Speaker> {
        self.sure_home().filter(|country| !policed_by_regions(&country.name))
    }

    /// "Secretaría de Salud de Jalisco", "Ministry of Health of Sinaloa": an
    /// office named after a region or a city, which is theirs, not the state's.
    fn ends_with_region(&self, name: &str) -> bool {
        last_complement(name, &[" de ", " del ", " do ", " da ", " du ", " of "])
            .is_some_and(|(_, t)| self.gaz.opens_with_place(t) && !self.is_country(t))
    }

    /// "The Coast Guard": whose coast guard the story named (see `learn_coast_guard`).
    pub(super) fn coast_guard(&self) -> Option<Speaker> {
        self.named_coast_guard.clone()
    }

    /// The government an office the text does not place belongs to: the
    /// country the story just named, else the one it is about.
    fn government(&self) -> Option<Speaker> {
        // Not the deck's "New Delhi says …" for the lead's "The Ministry of Energy" of a
        // Trincomalee story: a deck, or a headline over a dated story, sums the story up. The
        // headline "Mexico says …" over an undated story's "The Ministry of Foreign Affairs
        // said" stays Mexico's.
        let summed_up = !self.in_headline
            && self.last_body_on_top.is_some_and(|paragraph| paragraph == 1 || self.filed_in.is_some());
        let country = self
            .placed_country
            .clone()
            .or_else(|| {
                let last = self.last_body.as_ref().filter(|b| self.is_country(&b.name) && !summed_up);
                last.map(|b| b.name.clone())
            })
            .or_else(|| self.home_country.clone())?;
        Some(Speaker::body(country))
    }

    /// "The Embassy of China in La Paz", "the High Commission of India in
    /// Dhaka": the country it represents, not the one it is in.
    pub(super) fn embassy_of(&self, words: &str) -> Option<Speaker> {
        let name = super::resolve::without_article(words);
        let rest = ["Embassy of ", "Consulate of ", "Consulate General of ", "High Commission of "]
            .iter()
            .find_map(|office| name.strip_prefix(office))?;
        let country = rest.split(" in ").next()?.trim_start_matches("the ");
        let m = self.gaz.whole_mentions(country).next()?;
        let e = self.gaz.entity(m.entity);
        (e.kind == EntityKind::Country).then(|| Speaker::body(e.name.clone()))
    }

    /// "The Kaduna State Government", "the Amazonas state government", "the
    /// Semey city akimat", "the Naryn regional administration": a region's or a
    /// city's government, a body by its name; not the country's.
    pub(super) fn regional_government(&self, words: &str) -> Option<Speaker> {
        // The Kazakh "akimat" and the Uzbek "khokimiyat" are a city's or a region's government.
        const SEATS: [&str; 9] = [
            " government", " council", " administration", " akimat", " khokimiyat", " hokimiyat", " city hall",
            " municipality", " governorate",
        ];
        // A place's own government by its word alone ("the Giurgiu municipality", "Gharbiya Governorate").
        const LOCAL: [&str; 5] = [" akimat", " khokimiyat", " hokimiyat", " municipality", " governorate"];
        let name = super::resolve::without_article(words);
        // Every resolution asks: the ending is compared in place, not on a lowercased copy.
        let ends_with = |s: &str| {
            let at = name.len().checked_sub(s.len());
            at.is_some_and(|at| name.is_char_boundary(at) && name[at..].eq_ignore_ascii_case(s))
        };
        let seat = SEATS.iter().find(|s| ends_with(s))?;
        let region = &name[..name.len() - seat.len()];
        // "Enugu state": the kind written small; "Kaduna State" is capitalised, a place's name as it stands.
        const KINDS: [&str; 8] =
            ["state", "county", "provincial", "regional", "prefectural", "city", "departmental", "district"];
        let kind = KINDS.iter().find_map(|k| region.strip_suffix(k)?.strip_suffix(' '));
        let region = kind.unwrap_or(region);
        let proper = region.split(' ').count() <= 4
            && region.split(' ').all(|w| w.starts_with(char::is_uppercase) && !names_no_place(w));
        // A place the gazetteer knows; or, with its kind written small, any place ("the Semey city
        // akimat", "the Chuquisaca departmental government"), but a government without its kind
        // only of a place known ("the Labour government").
        // Not "the Spanish regional government", "the BJP state government", "the Kremlin-installed
        // regional administration": a people, a party or a patron before the kind.
        let plain = || {
            !region.contains('-')
                && region.chars().any(char::is_lowercase)
                && self.gaz.mentions(region).iter().all(|m| m.via == Via::Capital)
        };
        // The places list is asked only of a proper name: this runs on every resolution.
        let placed = || self.gaz.opens_with_place(region) || (kind.is_some() || LOCAL.contains(seat)) && plain();
        (proper && placed()).then(|| Speaker::body(name))
    }

    /// "the County Government of Marsabit", "the Hanseatic City of Stralsund", "the Regional
    /// Government of the Azores": a place's government with the place after "of", under its
    /// name in full. Not a country's ("the Government of Kenya" is Kenya) nor a national one's.
    pub(super) fn government_of_place(&self, words: &str) -> Option<Speaker> {
        let name = super::resolve::without_article(words);
        const GOVERNS: [&str; 7] = ["government", "city", "province", "county", "district", "region", "municipality"];
        let (head, place) = name.split_once(" of ")?;
        let place = place.strip_prefix("the ").unwrap_or(place);
        let capitalised = |w: &str| w.starts_with(char::is_uppercase);
        let head_words: Vec<&str> = head.split(' ').collect();
        // Not "the Government of National Unity": a government alone is a country's.
        let governs = head_words.len() >= 2
            && head_words.last().is_some_and(|w| GOVERNS.contains(&w.to_lowercase().as_str()))
            || matches!(head, "City" | "Province" | "County" | "Municipality");
        let local = head_words.len() <= 3
            && head_words.iter().all(|w| capitalised(w) && !matches!(*w, "National" | "Federal" | "Central"));
        // Not "Melbourne City of the A-League", "the Transitional Government of National Unity".
        const NO_PLACE: [&str; 8] =
            ["League", "A-League", "Division", "Cup", "Conference", "Series", "National", "Unity"];
        let proper = (1..=3).contains(&place.split(' ').count())
            && place.split(' ').all(|w| capitalised(w) && !NO_PLACE.contains(&w));
        (governs && local && proper && !self.is_country(place) && !place.contains(" of ")).then(|| Speaker::body(name))
    }

    /// "The Oma tourism association", "the Maradi fire brigade", "the Korppoo islanders'
    /// association": a place's body named by what it does, written small, as annotators name it.
    /// Not a country's or a people's ("the Kenyan farmers' union"), nor a person's ("the Smith
    /// family association"), nor offices, departments or police, which speak for governments.
    pub(super) fn local_body(&self, words: &str) -> Option<Speaker> {
        const HEADS: [&str; 10] = [
            "association", "brigade", "cooperative", "co-operative", "union", "federation", "society", "committee",
            "chamber", "club",
        ];
        // With its article, as body copy writes it: a headline's "Tsumori shopkeepers' association
        // vows …" is left to the body's name in full.
        let name = super::resolve::without_article(words);
        if name.len() == words.len() {
            return None;
        }
        let parts: Vec<&str> = name.split(' ').collect();
        let (head, rest) = parts.split_last()?;
        if !HEADS.contains(head) || !(2..=4).contains(&rest.len()) {
            return None;
        }
        let places = rest.iter().take_while(|w| w.starts_with(char::is_uppercase)).count();
        let small = &rest[places..];
        let written_small = |w: &&str| w.chars().all(|c| c.is_lowercase() || matches!(c, '\'' | '’' | '-'));
        let place = &rest[..places];
        let placed = (1..=2).contains(&places)
            && !small.is_empty()
            && small.iter().all(written_small)
            && place.iter().all(|w| !names_no_place(w) && !self.by_surname.contains_key(*w))
            && !self.is_country(&place.join(" "))
            && self.gaz.mentions(&place.join(" ")).iter().all(|m| m.via != Via::Demonym);
        placed.then(|| Speaker::body(name))
    }

    /// "Thailand's Department of Livestock Development", "the U.S.
    /// Environmental Protection Agency", "the Bangladesh Water Development
    /// Board": a government office the country's name marks as its own.
    pub(super) fn country_agency(&self, words: &str) -> Option<Speaker> {
        let name = super::resolve::without_article(words);
        let mentions = self.gaz.mentions(name);
        let opening = mentions.iter().filter(|m| m.start == 0);
        // "Sri Lanka Navy", "Philippine Coast Guard": a state body the gazetteer knows by its whole name.
        // "the U.S. Geological Survey's Hawaiian Volcano Observatory": a unit it owns, named by an
        // organisation word. Not "The State Department's Matthew Miller", a person.
        let owns_unit = |m: &crate::gazetteer::Mention| {
            let after = &name[m.end..];
            let unit = after.strip_prefix("'s ").or_else(|| after.strip_prefix("’s "));
            unit.is_some_and(|u| {
                u.starts_with(char::is_uppercase)
                    && u.split(' ').any(|w| ORG_WORDS.contains(w.to_lowercase().as_str()) || UNITS.contains(&w))
            })
        };
        let state = opening
            .clone()
            .filter(|m| m.end == name.len() || owns_unit(m))
            .find_map(|m| self.gaz.entity(m.entity).speaks_for_country());
        if let Some(state) = state {
            return Some(Speaker::body(state.to_string()));
        }
        // "the Eastern Oklahoma VA Health Care System", "the Border Directorate of the FSB
        // for the Sakhalin Region": a unit of a state body the gazetteer knows by its letters.
        const UNITS: [&str; 15] = [
            "System", "Center", "Centre", "Office", "Hospital", "Clinic", "Division", "Directorate", "Command",
            "Bureau", "Unit", "Station", "Branch", "Headquarters", "Captaincy",
        ];
        let head = name.split(" of ").next().unwrap_or(name);
        let unit_word = |n: &str| n.rsplit(' ').next().is_some_and(|w| UNITS.contains(&w));
        let unit = unit_word(name) || unit_word(head);
        let lettered = |m: &&crate::gazetteer::Mention| {
            let found = &name[m.start..m.end];
            // A unit named before "of" is the agency's when the letters end the name, or
            // only where it is follows: not "the Ottawa Branch of the RCMP Veterans' Association".
            let tail = &name[m.end..];
            let whole =
                unit_word(name) || tail.is_empty() || [" for ", " in ", " at "].iter().any(|p| tail.starts_with(p));
            m.start > 0 && found.len() >= 2 && found.bytes().all(|b| b.is_ascii_uppercase()) && whole
        };
        // Only the story's own state's: not "the Ikoyi NIS Passport Office" of a Lagos story.
        let home = self.home_country.as_deref().filter(|_| unit);
        let lettered_state =
            || mentions.iter().filter(lettered).find_map(|m| self.gaz.entity(m.entity).speaks_for_country());
        if let Some(state) = home.filter(|home| lettered_state() == Some(*home)) {
            return Some(Speaker::body(state.to_string()));
        }
        let m = opening.copied().next()?;
        let country = self.gaz.entity(m.entity);
        if country.kind != EntityKind::Country || m.via == Via::Capital {
            return None;
        }
        let rest = &name[m.end..];
        // "Department of Livestock Development": the office is the word before "of".
        // "Indonesian Embassy in Kuala Lumpur": the office is before where it is.
        let office_words =
            [" of ", " for ", " in ", " at ", " to "].iter().fold(rest, |r, p| r.split(p).next().unwrap_or(r));
        let head = office_words.split_whitespace().last()?.to_lowercase();
        let owned = rest.starts_with("’s ") || rest.starts_with("'s ");
        // A possessive country owns any office; a name that merely starts with
        // one ("Kenya Wildlife Service", "Norwegian Seafood Council") only the
        // unmistakably governmental ones.
        let governmental = if owned { OWNED_OFFICES } else { NAMED_OFFICES };
        let office = rest.starts_with(' ') || owned;
        // Past the possessive: "Kenya's Presidential Office".
        let office_name = rest.strip_prefix("’s").or_else(|| rest.strip_prefix("'s")).unwrap_or(rest).trim_start();
        // "The Indian High Commission in Colombo": a Commonwealth country's embassy.
        let leaders = leaders_office(&office_name.to_lowercase()) || office_words.ends_with(" High Commission");
        if !office || !(governmental.contains(&head.as_str()) || leaders) {
            return None;
        }
        // "North Korea's official Korean Central News Agency" speaks for itself.
        let known = self.gaz.mentions(rest).iter().any(|m| self.gaz.entity(m.entity).kind == EntityKind::Organization);
        (!known).then(|| Speaker::body(country.name.clone()))
    }

    /// "the Norwegian salmon farmer", "the German carmaker" after "Havbris
    /// Seafood ASA" was named; "salmon farmer warns" in a headline: the
    /// company, described by its trade. A trade the article gave to a person
    /// ("Ann Lee, a dairy farmer") stays that person's.
    pub(super) fn company_by_trade(&self, lower: &str) -> Option<Speaker> {
        let rest = match lower.strip_prefix("the ") {
            Some(rest) => rest,
            None if self.paragraph == 0 && !lower.starts_with("a ") && !lower.starts_with("an ") => lower,
            None => return None,
        };
        let words: Vec<&str> = rest.split_whitespace().collect();
        let (head, modifiers) = words.split_last()?;
        let trade = TRADES.contains(head) || head.ends_with("maker") && head.len() > 5;
        // "the 58-year-old producer": a person, whatever the trade.
        let person_trade = self.introduced.contains_key(*head)
            || self.by_role.contains_key(*head)
            || modifiers.iter().any(|m| m.ends_with("-year-old"));
        if !trade || modifiers.is_empty() || modifiers.len() > 3 || person_trade {
            return None;
        }
        let recent = self.recent_body.as_ref().filter(|b| self.companies.contains(b));
        recent.or(self.companies.first()).cloned()
    }

    pub fn is_country(&self, name: &str) -> bool {
        // The whole name: "Nigerian Dock and Harbour Workers' Union" only mentions a country.
        self.gaz.whole_mentions(name).any(|m| self.gaz.entity(m.entity).kind == EntityKind::Country)
    }

    /// "A spokesperson said", with no body named: the body the story named last.
    pub(super) fn bare_spokesperson(&self, words: &str, lower: &str) -> Option<Speaker> {
        // "the spokesperson" is somebody already met: left to the definite descriptions.
        if let Some(rest) = lower.strip_prefix("a ").filter(|r| VOICES.contains(r)) {
            return self.recent_body.clone().filter(|_| !rest.is_empty());
        }
        let rest = lower.strip_prefix("a ").or_else(|| lower.strip_prefix("the "))?;
        if let Some(s) = self.voice_of_named_body(rest) {
            return Some(s);
        }
        // "a spokesperson for the International Olympic Committee": the body.
        let (voice, body) = rest.split_once(" for ")?;
        if !VOICES.contains(&voice) {
            return None;
        }
        // "A spokesperson for the federal fisheries minister": the minister's government.
        if body.starts_with("the ") && body.ends_with(" minister") {
            return self.government();
        }
        let at = words.len() - body.len();
        let body = &words[at..];
        // "a spokeswoman for Delta Zorg": a capitalised name the gazetteer does not know
        // as a person is a body's, whatever the name finder took it for.
        let named = body.split_whitespace().all(|w| w.chars().next().is_some_and(char::is_uppercase) || w == "&");
        match self.resolve_inner(body)? {
            s if !s.person => Some(s),
            s if named && self.gaz.mentions(body).is_empty() && s.name == body => Some(Speaker { person: false, ..s }),
            _ => None,
        }
    }

    /// "a health board spokesperson", after "the Bro Hafren University Health
    /// Board": the body the story named whose name ends on the words before the voice.
    fn voice_of_named_body(&self, rest: &str) -> Option<Speaker> {
        let (described, voice) = rest.rsplit_once(' ')?;
        let words = described.split(' ').count();
        if !VOICES.contains(&voice) || words > 3 || !described.chars().all(|c| c.is_lowercase() || c == ' ') {
            return None;
        }
        let body = self.resolve_inner(&format!("the {described}")).filter(|s| !s.person)?;
        body.name.to_lowercase().ends_with(&format!(" {described}")).then_some(body)
    }

    /// "A spokesman for the bank in Luxembourg": the body the story named that a
    /// described voice is for, wherever the voice sits ("the agency in Nairobi",
    /// after USAID, is the United States'). A state's voice the story did not
    /// name is the place's: "a spokesman for the ministry in Kyiv" is Ukraine's.
    pub(super) fn placed_voice(&self, words: &str) -> Option<Speaker> {
        let (voice, after) = words.split_once(" for the ")?;
        let voice = voice.to_lowercase();
        let voice = voice.strip_prefix("a ").or_else(|| voice.strip_prefix("the "))?;
        let (noun, separator, place) =
            [" in ", " at "].iter().find_map(|sep| after.split_once(sep).map(|(noun, place)| (noun, *sep, place)))?;
        let nouns: Vec<&str> = noun.split(' ').collect();
        let described = nouns.len() <= 2 && nouns.iter().all(|w| w.chars().all(char::is_lowercase));
        if !VOICES.contains(&voice) || !described || !place.starts_with(char::is_uppercase) {
            return None;
        }
        let head = nouns.last()?;
        let named = self.org_by_noun.contains_key(*head)
            || self.state_bodies.iter().any(|(name, _)| name.to_lowercase().ends_with(&format!(" {head}")));
        let unplaced = words.strip_suffix(place)?.strip_suffix(separator)?;
        self.resolve_inner(unplaced).filter(|s| !s.person && (named || !self.is_country(&s.name)))
    }

    /// "Severnvale denied", "Kestrel Vale said", once "Severnvale Water" and
    /// "Kestrel Vale Developments" are known: the company, by the first words of its name.
    pub(super) fn company_by_first_words(&self, words: &str) -> Option<Speaker> {
        let short = words.trim_end_matches("’s").trim_end_matches("'s");
        if !short.split_whitespace().all(|w| w.chars().next().is_some_and(char::is_uppercase) || w == "&") {
            return None;
        }
        let starts = |name: &str| name.strip_prefix(short).is_some_and(|rest| rest.starts_with(' '));
        self.companies.iter().find(|c| starts(&c.name)).cloned()
    }

    /// Notes the body `text` names last, gazetteer organisations and the
    /// article's own ("Network Rail", "Severnvale" for "Severnvale Water").
    pub(super) fn observe_bodies(&mut self, text: &str, mentions: &[crate::gazetteer::Mention]) {
        let mut latest: Option<(usize, Speaker)> = None;
        // Ties (two names found at one place) go to the longer name, then the
        // first in order: the maps below iterate in no fixed order.
        let mut consider = |at: usize, s: &Speaker| {
            let better = latest.as_ref().is_none_or(|(p, l)| {
                (at, s.name.len(), std::cmp::Reverse(&s.name)) > (*p, l.name.len(), std::cmp::Reverse(&l.name))
            });
            if better {
                latest = Some((at, s.clone()));
            }
        };
        for m in mentions {
            let e = self.gaz.entity(m.entity);
            if e.kind == EntityKind::Organization {
                consider(m.start, &Speaker::body(e.name.clone()));
            }
        }
        for body in self.org_by_noun.values().chain(&self.companies) {
            let first = body.name.split_whitespace().next().unwrap_or("");
            let distinctive = first.len() >= 4 && !ORG_WORDS.contains(first.to_lowercase().as_str());
            let at = text.rfind(&body.name).or_else(|| distinctive.then(|| word_at(text, first)).flatten());
            if let Some(at) = at {
                consider(at, body);
            }
        }
        if let Some((_, s)) = latest {
            self.recent_body = Some(s);
        }
    }

    /// "In Beijing, a foreign ministry spokesperson said": a sentence opening
    /// on a country's capital, or the country, names the government it and
    /// the sentences after it quote, until a country speaks. Only unplaced
    /// government offices follow it: "In London, its shares rose" leaves "the
    /// company" and "it" alone.
    pub fn observe_place_opener(&mut self, text: &str) {
        let place = text.strip_prefix("In ").and_then(|rest| rest.split_once(", ")).map(|(place, _)| place);
        let place = place.filter(|p| p.split_whitespace().count() <= 3 && p.starts_with(char::is_uppercase));
        let country = place.and_then(|place| {
            self.gaz.whole_mentions(place).find_map(|m| {
                let entity = self.gaz.entity(m.entity);
                let country = entity.kind == EntityKind::Country && matches!(m.via, Via::Capital | Via::Name);
                country.then(|| entity.name.clone())
            })
        });
        if country.is_some() {
            self.placed_country = country;
        }
    }
}

/// "the Honduran Naval Force", "Angola's National Institute for Biodiversity", "Colombia's
/// National Unit for Disaster Risk Management": a state's armed force, or its national or
/// portfolio institute or unit, once its country's name or demonym opens the name. Not "the
/// Syrian Democratic Forces" or "the Lebanese Forces", a militia's and a party's, nor "the
/// Kenyan Institute of Management", "the American Enterprise Institute" or "the Indian
/// Institute of Science", professional, private and academic bodies.
fn state_force_or_institute(words: &[&str]) -> bool {
    const ARMED: [&str; 12] = [
        "Armed", "Naval", "Air", "Defence", "Defense", "Security", "Border", "Ground", "Land", "Special", "Marine",
        "Rescue",
    ];
    const NOT_STATE: [&str; 10] = [
        "Science", "Sciences", "Technology", "Enterprise", "Petroleum", "Bankers", "Journalism", "Accountants",
        "Engineers", "Chartered",
    ];
    // A state's weather, statistics, survey or anti-doping institute ("the Kosovo
    // Hydrometeorological Institute", "the South African Institute for Drug-Free Sport").
    const SERVICES: [&str; 7] = ["Hydro", "Meteor", "Statist", "Geolog", "Seism", "Volcan", "Drug"];
    if words.iter().any(|w| NOT_STATE_AGENCIES.contains(w) || NOT_STATE.contains(w))
        || words.windows(2).any(|w| w == ["of", "Management"])
    {
        return false;
    }
    let national = words.contains(&"National");
    let portfolio = words
        .iter()
        .any(|w| PORTFOLIOS.contains(w.to_lowercase().as_str()) || SERVICES.iter().any(|s| w.starts_with(s)));
    words.iter().enumerate().any(|(i, w)| match *w {
        "Force" | "Forces" => i > 0 && ARMED.contains(&words[i - 1]),
        "Institute" => national || portfolio,
        "Unit" => national,
        _ => false,
    })
}

/// "the National Republican Congressional Committee", "the National Olympic Committee": a
/// party's or a sport's committee, not the state's.
fn party_or_sport(words: &[&str]) -> bool {
    words.iter().any(|w| {
        NOT_STATE_AGENCIES.contains(w)
            || matches!(*w, "Republican" | "Democratic" | "Congressional" | "Organising" | "Organizing" | "Party")
            || w.starts_with("Paralympic")
    })
}

/// An electoral commission's or a power utility's name ("the Federal Electricity
/// Commission", "the National Electricity Administration"): bodies annotators name. Not
/// the power regulator's ("the National Electric Energy Agency", "the National Electric
/// Power Regulatory Authority"), which is the state's.
fn electoral_or_utility(words: &[&str]) -> bool {
    let regulator = words.last() == Some(&"Agency") || words.iter().any(|w| w.starts_with("Regulat"));
    words.iter().any(|w| w.starts_with("Elect") && !(regulator && w.starts_with("Electric")))
}

/// "the Presidential Communications Office", "the Prime Minister's Office",
/// "State House": the head of government's office, which speaks for the country.
fn leaders_office(lower: &str) -> bool {
    let lower = lower.replace('’', "'");
    let office = ["office", "palace", "secretariat"].iter().any(|o| lower.ends_with(o));
    let leader = ["presidential ", "president's ", "prime minister's ", "premier's "].iter().any(|p| lower.contains(p));
    office && leader
        || ["office of the president", "office of the prime minister", "state house"].iter().any(|p| lower == *p)
}

fn is_connector(w: &str) -> bool {
    matches!(w, "of" | "for" | "and" | "the" | "&" | ",")
}

/// The last place `word` stands as a whole word in `text`.
fn word_at(text: &str, word: &str) -> Option<usize> {
    text.rmatch_indices(word).map(|(i, _)| i).find(|&i| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
    })
}

/// Federations whose police forces answer to a region or a province.
fn policed_by_regions(country: &str) -> bool {
    matches!(country, "United Kingdom" | "Canada" | "Australia" | "United States" | "Germany" | "Switzerland")
}

/// "the Public Security Directorate", "the Labour Inspection Office", "the
/// Committee for Food Security": a state body named by its portfolio alone, with
/// no place, speaks for the story's country. Not "the Finance Committee", a
/// council's or a parliament's, nor "the Water Authority", a town's: two
/// portfolio words at least. Not works, transport or local bodies, which cities
/// and provinces have too ("the Public Works Office" of Iloilo City), nor "the
/// Civil Aviation Authority", which annotators of British stories name.
fn portfolio_agency(words: &[&str]) -> bool {
    const HEADS: [&str; 8] =
        ["Agency", "Authority", "Office", "Service", "Administration", "Directorate", "Inspectorate", "Forces"];
    const MORE: [&str; 4] = ["inspection", "utilities", "state", "safety"];
    let rest = match words {
        ["Committee", "for", rest @ ..] => rest,
        [rest @ .., last] if HEADS.contains(last) => rest,
        _ => return false,
    };
    let portfolio = |w: &&str| {
        let lower = w.to_lowercase();
        PORTFOLIOS.contains(lower.as_str()) || MORE.contains(&lower.as_str())
    };
    let named = rest.iter().filter(|w| !matches!(**w, "and" | "of" | "for")).collect::<Vec<_>>();
    // "the Territorial Energy and Water Authority": a territory's, as a region's.
    let regional = |w: &&&str| {
        matches!(**w, "Territorial" | "Regional" | "Provincial" | "Municipal" | "Local" | "Works" | "Transport")
    };
    // "the Customs Administration", "the Labour Inspectorate": a portfolio only a state holds,
    // alone before the head. Not "the Water Authority", a utility's as often.
    const STATE_ONLY: [&str; 20] = [
        "Customs", "Labour", "Labor", "Mining", "Antimonopoly", "Fisheries", "Forest", "Forestry", "Border", "Audit",
        "Courts", "Reconstruction", "Weather", "Highways", "Tax", "Revenue", "Veterinary", "Immigration", "Migration",
        "Meteorological",
    ];
    if let [one] = named.as_slice() {
        return STATE_ONLY.contains(one);
    }
    named.len() >= 2
        && named.iter().all(|w| w.starts_with(char::is_uppercase) && portfolio(w))
        && !named.iter().any(regional)
}

/// "Another city council", "Local county council", "Labour-run city council",
/// "Tory county council": words at a sentence's start or before a council that
/// say which, or whose, not where.
fn names_no_place(word: &str) -> bool {
    // Not "New" ("New South Wales"), "One" or "Former", which open places' names too.
    const WHICH: [&str; 21] = [
        "another", "every", "each", "local", "neighbouring", "neighboring", "nearby", "some", "any", "no", "our",
        "their", "its", "this", "that", "the", "a", "an", "labour", "tory", "conservative",
    ];
    let lower = word.to_lowercase();
    WHICH.contains(&lower.as_str()) || ["-run", "-led", "-controlled", "-held"].iter().any(|s| lower.ends_with(s))
}

/// "the Bank of Ghana", "the Central Bank of Libya", "the Reserve Bank of Fiji": a
/// country's central bank, which speaks for it as a regulator does. A "Bank of …"
/// only where that is the central bank's name: "Bank of China", "Bank of India" or
/// "Bank of Georgia" are commercial, and so is many a "National Bank of …".
fn central_bank(head: &str, country: &str) -> bool {
    const BANK_OF: [&str; 30] = [
        "Ghana", "Portugal", "Mozambique", "Papua New Guinea", "Canada", "Japan", "Korea", "Thailand", "Russia",
        "Italy", "Spain", "France", "Greece", "Israel", "Uganda", "Tanzania", "Zambia", "Sierra Leone", "Botswana",
        "Namibia", "Jamaica", "Guyana", "Mauritius", "Lithuania", "Latvia", "Estonia", "Slovenia", "Finland",
        "Albania", "Algeria",
    ];
    match head {
        "Central Bank" | "Reserve Bank" => true,
        "Bank" => BANK_OF.contains(&country.trim_start_matches("the ")),
        _ => false,
    }
}

/// "The cantonal Department of Territory": a Swiss canton's office, by its name without
/// "cantonal"; not the Confederation's. Not "the provincial Department of Information" of a
/// unitary state, a ministry's office in the province that annotators give the country.
/// "A spokesperson for the cantonal Department of Territory": its voice too.
pub(super) fn regional_office(words: &str) -> Option<&str> {
    let at = words.find("cantonal ").filter(|&at| at == 0 || words[..at].ends_with(' '))?;
    let name = &words[at + "cantonal ".len()..];
    let office = name.split_once(' ').is_some_and(|(head, rest)| {
        matches!(head, "Department" | "Ministry" | "Office" | "Directorate") && rest.starts_with("of ")
    });
    office.then_some(name)
}

/// "the State Committee for Water Management", "the State Customs Committee": a committee of
/// the state in the post-Soviet manner, a national body where the country has no states.
fn state_committee(words: &[&str]) -> bool {
    words.first() == Some(&"State") && words.get(1..3).is_some_and(|w| w.contains(&"Committee"))
}

#[cfg(test)]
mod tests {
    use super::super::learnt as ctx;

    #[test]
    fn a_secretariat_is_a_ministry_where_ministries_are_secretarias() {
        let mut c = ctx("JUTICALPA, Honduras\n\nDengue cases rose across Honduras.");
        assert_eq!(c.resolve("The Secretariat of Health").unwrap().name, "Honduras");
        let mut c = ctx("Delegates met in Canada.");
        assert_ne!(c.resolve("The Secretariat of the Convention").unwrap().name, "Canada");
    }

    #[test]
    fn a_power_regulator_is_the_state_s_and_a_power_utility_itself() {
        let mut c = ctx("MACAPÁ, Brazil\n\nBlackouts hit Brazil's north.");
        assert_eq!(c.resolve("The National Electric Energy Agency").unwrap().name, "Brazil");
        let mut c = ctx("ASUNCIÓN, Paraguay\n\nDemand rose across Paraguay.");
        assert_eq!(
            c.resolve("the National Electricity Administration").unwrap().name,
            "National Electricity Administration"
        );
        assert_ne!(c.resolve("the National Electoral Agency").unwrap().name, "Paraguay");
    }

    #[test]
    fn civil_protection_and_a_national_committee_speak_for_the_country() {
        let mut c = ctx("LES CAYES, Haiti\n\nThe storm hit Haiti's south.");
        assert_eq!(c.resolve("Civil Protection").unwrap().name, "Haiti");
        assert_eq!(c.resolve("the Direction de la Protection Civile").unwrap().name, "Haiti");
        let mut c = ctx("CHOLUTECA, Honduras\n\nA crocodile swam in Honduras.");
        assert_eq!(c.resolve("The Honduran Naval Force").unwrap().name, "Honduras");
        assert_eq!(c.resolve("Honduras's National Institute of Tourism").unwrap().name, "Honduras");
        let mut c = ctx("BENGALURU, India\n\nTraffic slowed across India.");
        assert_eq!(c.resolve("the Indian Institute of Science").unwrap().name, "Indian Institute of Science");
        // Not a militia, a party, a professional body or a sport's committee.
        let mut c = ctx("BEIRUT, Lebanon\n\nClashes spread in Lebanon and Syria.");
        assert_eq!(c.resolve("The Lebanese Forces").unwrap().name, "Lebanese Forces");
        assert_eq!(c.resolve("the Syrian Democratic Forces").unwrap().name, "Syrian Democratic Forces");
        let mut c = ctx("NAIROBI, Kenya\n\nBanks in Kenya grew.");
        assert_eq!(c.resolve("The Kenyan Institute of Management").unwrap().name, "Kenyan Institute of Management");
        let mut c = ctx("ROME, Italy\n\nFloods hit Italy.");
        assert_eq!(c.resolve("The National Olympic Committee").unwrap().name, "National Olympic Committee");
        // A bare "Civil Defence" of a federation is no more the nation's than the state's.
        let mut c = ctx("RECIFE, Brazil\n\nRain fell across Brazil's northeast.");
        assert_ne!(c.resolve("Civil Defence").unwrap().name, "Brazil");
        let mut c = ctx("KAMPONG CHAM, Cambodia\n\nCrashes rose across Cambodia.");
        assert_eq!(c.resolve("The National Road Safety Committee").unwrap().name, "Cambodia");
        // A minister whose portfolio ends on it is the minister.
        let mut c = ctx("ATHENS, Greece\n\nFires burned in Greece.");
        let minister =
            c.resolve("Deputy Minister of Climate Crisis and Civil Protection Mr. Stavros Karamanolis-Dimou");
        assert_eq!(minister.unwrap().name, "Stavros Karamanolis-Dimou");
        // The town's service, named in Portuguese, is the town's.
        let mut c = ctx("CRATO, Brazil\n\nThe Defesa Civil de Crato opened shelters in Brazil's Ceará.");
        assert_eq!(c.resolve("Civil Defence").unwrap().name, "Defesa Civil de Crato");
    }

    #[test]
    fn a_hispanic_ombudsman_superintendency_or_fiscalia_is_the_state_s() {
        let mut c = ctx("QUIBDÓ, Colombia\n\nRivers rose across Colombia's Chocó.");
        assert_eq!(c.resolve("The Ombudsman's Office").unwrap().name, "Colombia");
        assert_eq!(c.resolve("the Superintendency of Residential Public Services").unwrap().name, "Colombia");
        assert_eq!(c.resolve("The Attorney General's Office").unwrap().name, "Colombia");
        let mut c = ctx("SPOKANE, Washington\n\nThe case went on in the United States.");
        assert_ne!(c.resolve("The Attorney General's Office").unwrap().name, "United States");
    }

    #[test]
    fn departments_speak_for_their_country() {
        let mut c = ctx("Rail strikes hit the north of England.");
        assert_eq!(c.resolve("The Department for Education").unwrap().name, "United Kingdom");
        assert_eq!(c.resolve("A Department for Transport spokesperson").unwrap().name, "United Kingdom");
        assert_eq!(c.resolve("the Department of Health and Social Care").unwrap().name, "United Kingdom");
        let mut c = ctx("Canada and Canada's partners met in Ottawa.");
        assert_eq!(c.resolve("the Department of Finance").unwrap().name, "Canada");
    }

    #[test]
    fn a_unit_a_state_body_owns_speaks_for_the_country() {
        let mut c = ctx("HILO — Vog drifted over Hawaii in the United States.");
        let observatory = c.resolve("the U.S. Geological Survey's Hawaiian Volcano Observatory").unwrap();
        assert_eq!(observatory.name, "United States");
        // A person after the possessive is the person.
        let mut c = ctx("WASHINGTON — Talks in the United States resumed.");
        assert_eq!(c.resolve("The State Department's Matthew Miller").unwrap().name, "Matthew Miller");
    }

    #[test]
    fn a_voice_for_a_body_somewhere_speaks_for_the_body() {
        let mut c = ctx("IASI — The hospital, financed by the European Investment Bank (EIB), stopped in Romania.");
        let placed = c.resolve("A spokesman for the bank in Luxembourg").unwrap();
        assert_eq!(placed.name, "European Investment Bank");
        // A state's voice somewhere is that state's, unless the story named the body.
        let mut c = ctx("WASHINGTON — Aid talks in the United States stalled.");
        assert_eq!(c.resolve("A spokesman for the ministry in Kyiv").unwrap().name, "Ukraine");
        let mut c = ctx("OTTAWA — Canada's wheat was held, the Canadian Food Inspection Agency said in Canada.");
        assert_eq!(c.resolve("A spokesman for the agency in Nairobi").unwrap().name, "Canada");
    }

    #[test]
    fn a_minister_s_spokesperson_speaks_for_the_government() {
        let mut c = ctx("HALIFAX, Nova Scotia — Boats in Canada were stuck at the wharf.");
        assert_eq!(c.resolve("A spokesperson for the federal fisheries minister").unwrap().name, "Canada");
    }

    #[test]
    fn a_body_named_by_its_portfolio_alone_speaks_for_the_country() {
        let mut c = ctx("IRBID — Students at Yarmouk University in Jordan staged a sit-in.");
        assert_eq!(c.resolve("the Public Security Directorate").unwrap().name, "Jordan");
        assert_eq!(c.resolve("the Committee for Food Security").unwrap().name, "Jordan");
        assert_eq!(c.resolve("The Labour Inspection Office").unwrap().name, "Jordan");
        assert_eq!(c.resolve("the Customs Administration").unwrap().name, "Jordan");
        assert_eq!(c.resolve("the Labour Inspectorate").unwrap().name, "Jordan");
        assert_eq!(c.resolve("the Republic Hydrometeorological Service").unwrap().name, "Jordan");
        assert_eq!(c.resolve("the Finance Committee").unwrap().name, "Finance Committee");
        assert_eq!(c.resolve("the Water Authority").unwrap().name, "Water Authority");
        let territory = c.resolve("the Territorial Energy and Water Authority").unwrap();
        assert_eq!(territory.name, "Territorial Energy and Water Authority");
    }

    #[test]
    fn a_state_committee_or_general_directorate_speaks_for_a_unitary_country() {
        let mut c = ctx("TURKMENABAT — Cotton fields in Lebap, Turkmenistan, were dry, Turkmenistan said.");
        assert_eq!(c.resolve("the State Committee for Water Management").unwrap().name, "Turkmenistan");
        assert_eq!(c.resolve("the State Customs Committee").unwrap().name, "Turkmenistan");
        let mut c = ctx("MUYINGA — The market in Muyinga, Burundi, burned; Burundi sent help.");
        assert_eq!(c.resolve("the General Directorate of Civil Protection").unwrap().name, "Burundi");
        // Brazil's states have committees of their own.
        let mut c = ctx("RECIFE — A surfer was bitten off Recife, Brazil, as Brazil's beaches filled.");
        let shark = c.resolve("The State Committee for Monitoring Shark Incidents").unwrap();
        assert_eq!(shark.name, "State Committee for Monitoring Shark Incidents");
    }

    #[test]
    fn the_leaders_office_speaks_for_the_country() {
        let mut c = ctx("Typhoon Dalisay hit the Philippines. Manila sent aid to the Philippines.");
        assert_eq!(c.resolve("The Presidential Communications Office").unwrap().name, "Philippines");
        assert_eq!(c.resolve("the Prime Minister’s Office").unwrap().name, "Philippines");
        assert_eq!(c.resolve("the Philippine Presidential Communications Office").unwrap().name, "Philippines");
        assert_ne!(c.resolve("the Presidential Debates Commission").map(|s| s.name), Some("Philippines".into()));
    }

    #[test]
    fn a_department_named_after_a_region_is_the_region_s() {
        let mut c = ctx("Loggers in Sarawak and Kuala Lumpur met Malaysia's ministers in Kuching.");
        let land = c.resolve("The Sarawak Land and Survey Department").unwrap();
        assert_eq!(land.name, "Sarawak Land and Survey Department");
        assert_eq!(c.resolve("the Department of Forestry").unwrap().name, "Malaysia");
    }

    #[test]
    fn offices_the_country_names_as_its_own_speak_for_it() {
        let mut c = ctx("Poultry exports stalled at the border between Thailand and Malaysia.");
        let thailand = c.resolve("Thailand's Department of Livestock Development").unwrap();
        assert_eq!(thailand.name, "Thailand");
        assert_eq!(c.resolve("Kenya’s Ministry of Agriculture and Livestock Development").unwrap().name, "Kenya");
        assert_eq!(c.resolve("The U.S. Environmental Protection Agency").unwrap().name, "United States");
        assert_eq!(c.resolve("the Bangladesh Water Development Board").unwrap().name, "Bangladesh");
        let embassy = c.resolve("the Indonesian Embassy in Kuala Lumpur").unwrap();
        assert_eq!(embassy.name, "Indonesia");
        let kcna = c.resolve("North Korea’s official Korean Central News Agency").unwrap();
        assert_eq!(kcna.name, "Korean Central News Agency");
        assert_ne!(c.resolve("the Norwegian Seafood Council").unwrap().name, "Norway");
        assert_eq!(c.resolve("the Kenya Wildlife Service").unwrap().name, "Kenya");
        assert_ne!(c.resolve("Kenya Rugby Union").unwrap().name, "Kenya");
        // A state's weather service and civil defence, whatever their head word.
        let mut c = ctx("JEDDAH — Saudi Arabia's rains flooded the city.");
        assert_eq!(c.resolve("the National Center of Meteorology").unwrap().name, "Saudi Arabia");
        assert_eq!(c.resolve("the General Directorate of Civil Defense").unwrap().name, "Saudi Arabia");
        assert_eq!(c.resolve("the Bureau of Meteorology").unwrap().name, "Bureau of Meteorology");
        // A town's or a province's weather office is its own; a country's named for it is the state's.
        let mut c = ctx("DUNHUANG, China — A sandstorm shut the caves.");
        assert_eq!(c.resolve("The Dunhuang Meteorological Bureau").unwrap().name, "Dunhuang Meteorological Bureau");
        let gansu = c.resolve("The Gansu Provincial Meteorological Service").unwrap();
        assert_eq!(gansu.name, "Gansu Provincial Meteorological Service");
        let mut c = ctx("ACCRA, Ghana — Rain fell.");
        assert_eq!(c.resolve("The Ghana Meteorological Agency").unwrap().name, "Ghana");
        assert_eq!(c.resolve("the Fire Service and Civil Defence").unwrap().name, "Ghana");
    }

    #[test]
    fn a_company_is_named_by_the_first_words_of_its_name() {
        let mut c = ctx("Kestrel Vale Developments won permission. Nordhafen Energie AG today announced a deal.");
        assert_eq!(c.resolve("Kestrel Vale").unwrap().name, "Kestrel Vale Developments");
        assert_eq!(c.resolve("Nordhafen Energie").unwrap().name, "Nordhafen Energie AG");
        assert_eq!(c.resolve("Nordhafen").unwrap().name, "Nordhafen Energie AG");
        assert_eq!(c.resolve("Winnipeg accounting firm Brandt Okoye LLP").unwrap().name, "Brandt Okoye LLP");
        assert_ne!(c.resolve("Kestrel Valley").unwrap().name, "Kestrel Vale Developments");
        let mut c = ctx("Nordhafen Energie takes decision\n\nNordhafen Energie AG today announced a deal.");
        assert_eq!(c.resolve("the company").unwrap().name, "Nordhafen Energie AG");
    }

    #[test]
    fn the_ministry_is_a_government_not_the_company_named_last() {
        let body = "Norway's fisheries ministry weighs rules. Skarvik Seafood ASA reported a loss.";
        let mut c = ctx(body);
        c.observe("Skarvik Seafood ASA reported a loss.");
        assert_eq!(c.resolve("The ministry").unwrap().name, "Norway");
    }

    #[test]
    fn a_spokeswoman_for_an_unknown_name_speaks_for_a_body() {
        let mut c = ctx("A spokeswoman for Delta Zorg said little.");
        assert_eq!(c.resolve("A spokeswoman for Delta Zorg").unwrap().name, "Delta Zorg");
        assert!(!c.resolve("A spokeswoman for Delta Zorg").unwrap().person);
    }

    #[test]
    fn a_company_is_described_by_its_trade() {
        let body = "Shares in Havbris Seafood ASA fell after the Norwegian salmon farmer warned on profit.";
        let mut c = ctx(body);
        c.observe("Shares in Havbris Seafood ASA fell.");
        assert_eq!(c.resolve("the Norwegian salmon farmer").unwrap().name, "Havbris Seafood ASA");
        assert_eq!(c.resolve("the German carmaker").unwrap().name, "Havbris Seafood ASA");
        assert_ne!(c.resolve("a salmon farmer").unwrap().name, "Havbris Seafood ASA");
        c.set_paragraph(3);
        assert_ne!(c.resolve("salmon farmer").map(|s| s.name), Some("Havbris Seafood ASA".into()));
        // A trade given to a person stays theirs.
        let mut c = ctx("Havbris Seafood ASA is listed. Ann Lee, a dairy farmer, sells milk.");
        c.resolve("Ann Lee, a dairy farmer");
        assert_ne!(c.resolve("the dairy farmer").unwrap().name, "Havbris Seafood ASA");
        // A ministry whose portfolio is a trade is no company.
        let mut c = ctx("Ridely spoke. Vietnam's Ministry of Construction, a construction firm regulator, spoke.");
        assert_ne!(c.resolve("the company").map(|s| s.name), Some("Vietnam's Ministry of Construction".into()));
        // A company whose name holds such a word is one.
        let mut c = ctx("Court Holdings Ltd, a property firm, spoke.");
        assert_eq!(c.resolve("the company").unwrap().name, "Court Holdings Ltd");
    }

    #[test]
    fn a_bare_spokesperson_speaks_for_the_body_just_named() {
        let body = "Network Rail closed the line. A spokesperson said trees fell.";
        let mut c = ctx(body);
        assert_eq!(c.resolve("A spokesperson").unwrap().name, "unnamed: spokesperson");
        c.observe("Network Rail closed the line.");
        assert_eq!(c.resolve("A spokesperson").unwrap().name, "Network Rail");
    }
}

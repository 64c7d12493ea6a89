//! Organisations the text names: capitalised runs holding an organisation
//! word ("Bank of Valmora", "the North Kivu Provincial Health Division"),
//! acronyms defined in brackets ("(TBN)"), companies by their legal form
//! ("Havbris Seafood ASA"), without where they are based ("Istanbul-based").

use super::lexicon::*;
use super::lists::listed_name_end;
use super::names::{is_located, is_title, STARTERS};
use super::{Context, Speaker};
use crate::gazetteer::{EntityKind, Mention, Via};
use unicode_normalization::UnicodeNormalization;

/// Runs of capitalised words, with "of", "for" and "and" inside.
static ORG_NAME: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"\p{Lu}[\p{L}’'\-]*(?:[ ]+(?:(?:of|for|and|&|on|da|de|del|do)[ ]+(?:(?:the|a)[ ]+)?|the[ ]+)?\p{Lu}[\p{L}’'\-]*)+",
    )
    .expect("valid regex")
});

/// Bodies named after what they sit on: "Committee on Foreign Affairs".
const BODIES_ON_A_TOPIC: [&str; 8] =
    ["committee", "commission", "council", "conference", "panel", "force", "board", "subcommittee"];

/// The first words of French, Spanish and Portuguese bodies' names, and what
/// English copy calls them.
const ROMANCE_HEADS: [(&str, &str); 84] = [
    ("Union", "union"),
    ("Syndicat", "syndicate"),
    ("Fédération", "federation"),
    ("Federation", "federation"),
    ("Association", "association"),
    ("Collectif", "collective"),
    ("Comité", "committee"),
    ("Conseil", "council"),
    ("Confédération", "confederation"),
    ("Caisse", "fund"),
    ("Chambre", "chamber"),
    ("Société", "company"),
    ("Compagnie", "company"),
    ("Agence", "agency"),
    ("Observatoire", "observatory"),
    ("Coopérative", "cooperative"),
    ("Unión", "union"),
    ("União", "union"),
    ("Sindicato", "union"),
    ("Federación", "federation"),
    ("Federação", "federation"),
    ("Confederación", "confederation"),
    ("Confederação", "confederation"),
    ("Asociación", "association"),
    ("Associação", "association"),
    ("Cámara", "chamber"),
    ("Câmara", "chamber"),
    ("Secretaría", "secretariat"),
    ("Fiscalía", "prosecutor's office"),
    ("Comisión", "commission"),
    ("Comissão", "commission"),
    ("Consejo", "council"),
    ("Conselho", "council"),
    ("Cooperativa", "cooperative"),
    ("Instituto", "institute"),
    ("Centro", "centre"),
    ("Fundación", "foundation"),
    ("Fundação", "foundation"),
    ("Plataforma", "platform"),
    ("Red", "network"),
    ("Observatorio", "observatory"),
    ("Observatório", "observatory"),
    ("Colectivo", "collective"),
    ("Coletivo", "collective"),
    ("Empresa", "company"),
    ("Movimiento", "movement"),
    ("Movimento", "movement"),
    ("Coordinadora", "coordinator"),
    ("Serviço", "service"),
    ("Servicio", "service"),
    ("Banco", "bank"),
    ("Prefeitura", "prefeitura"),
    ("Agência", "agency"),
    ("Agencia", "agency"),
    ("Contraloría", "comptroller's office"),
    ("Personería", "ombudsman's office"),
    ("Procuraduría", "attorney's office"),
    ("Defensoría", "ombudsman's office"),
    ("Superintendencia", "superintendency"),
    ("Gobernación", "governor's office"),
    ("Alcaldía", "mayor's office"),
    ("Defesa", "civil defence"),
    ("Cuerpo", "corps"),
    ("Corpo", "corps"),
    ("Dirección", "directorate"),
    ("Ministerio", "ministry"),
    ("Ministério", "ministry"),
    ("Ministère", "ministry"),
    ("Ministero", "ministry"),
    // French public utilities, hospitals and research centres ("Régie des Eaux du Centre", "Centre
    // Hospitalier Régional de Sokodé", "Centre d'Études des Pêches Côtières").
    ("Régie", "utility"),
    ("Centre", "centre"),
    ("Institut", "institute"),
    // "Ordre des Canardiers de Rouen", "Bureau Interprofessionnel des Vins de Bourgogne", "CHU de
    // Caen Normandie" (a teaching hospital).
    ("Ordre", "order"),
    ("Bureau", "bureau"),
    ("CHU", "hospital"),
    // "Office National de la Météorologie", "Office National des Forêts".
    ("Office", "office"),
    ("Direction", "directorate"),
    ("Groupement", "group"),
    // Italian public bodies ("Azienda Sanitaria Provinciale di Potenza", the province's health authority).
    ("Azienda", "authority"),
    ("Agenzia", "agency"),
    ("Consorzio", "consortium"),
    ("Istituto", "institute"),
    ("Associazione", "association"),
    ("Federazione", "federation"),
];

/// "Syndicat mixte des eaux de l'archipel", "Fédération mahoraise des parents
/// d'élèves": a head, perhaps an adjective, then phrases each opened by a link.
static ROMANCE_NAME: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    let heads = ROMANCE_HEADS.map(|(h, _)| h).join("|");
    // No `\b`: a Unicode boundary keeps the regex off its fast engines on accented text, and
    // the capitalised heads do not occur inside other words.
    const LINKS_RE: &str =
        "de|des|du|del|dos|do|da|das|no|na|nos|nas|et|e|y|pour|para|por|en|sobre|di|della|dei|degli|delle";
    regex::Regex::new(&format!(
        r"(?:{heads})(?: \p{{Ll}}[\p{{L}}\-]*)?(?: (?:{LINKS_RE}) (?:l'|d'|l’|d’|la |le |les |los |las |el |o |a |os |as )?[\p{{L}}\-]+| d['’][\p{{L}}\-]+| \p{{Lu}}[\p{{L}}\-]*)+"
    ))
    .expect("valid regex")
});

impl Context<'_> {
    /// French bodies named in English copy, for "the syndicate", "the federation" later.
    fn learn_romance_bodies(&mut self, body: &str) {
        if ![" de", " d'", " d’", " da", " do", " di"].iter().any(|l| body.contains(l)) {
            return;
        }
        for m in ROMANCE_NAME.find_iter(body) {
            let Some(org) = romance_body(m.as_str()) else { continue };
            let head = m.as_str().split(' ').next().unwrap_or_default();
            // "the Câmara Municipal de Portalegre" is "the council" and "the municipality" of English copy.
            if org.name.starts_with("Câmara Municipal") {
                for noun in ["council", "municipality"] {
                    self.org_by_noun.entry(noun.to_string()).or_insert_with(|| org.clone());
                }
            }
            if let Some((_, noun)) = ROMANCE_HEADS.iter().find(|(h, _)| *h == head) {
                self.org_by_noun.entry(noun.to_string()).or_insert(org);
            }
        }
    }

    /// "Turkey's main opposition Republican Renewal Party", "the ruling National
    /// Progress Party": the body's name, without what it is.
    pub(super) fn described_body(&self, words: &str) -> Option<Speaker> {
        let parts: Vec<&str> = words.split_whitespace().collect();
        let capital = |w: &str| w.starts_with(char::is_uppercase) && !super::names::possessive(w);
        let connector = |w: &str| matches!(w, "of" | "and" | "for" | "&" | "the");
        // The capitalised name at the end, "and" and "of" inside it included.
        let mut start = parts.len();
        while start > 0 {
            let w = parts[start - 1];
            let joins = connector(w) && start >= 2 && capital(parts[start - 2]);
            if !(capital(w) || joins) {
                break;
            }
            start -= 1;
        }
        let head = parts.last()?.to_lowercase();
        // "the Finance Ministry" is the government's; "main opposition" says what a body is.
        // Not "lawmaker D.B. Rai of the Janamukti Party", "a senior official at the …
        // Authority": a person of the body.
        let prefix = &parts[..start];
        let plain = |w: &&str| {
            w.chars().all(char::is_lowercase) && !matches!(*w, "at" | "of" | "from" | "with" | "by" | "in" | "for")
                || super::names::possessive(w)
                || *w == "The"
        };
        let personal =
            prefix.iter().any(|w| PERSON_NOUNS.contains(w) || UNNAMED_NOUNS.contains(w) || ROLE_WORDS.contains(w));
        let described = prefix.iter().all(plain)
            && !personal
            && prefix.iter().any(|w| w.chars().all(char::is_lowercase) && !connector(w) && *w != "a");
        let governmental = matches!(head.as_str(), "ministry" | "department" | "office");
        if parts.len() - start < 2 || !described || governmental || !ORG_WORDS.contains(head.as_str()) {
            return None;
        }
        org_name(&parts[start..].join(" "))
    }

    /// "PT Tanjung Baru Nikel Industri (TBN)": the acronym stands for the body.
    pub(super) fn learn_acronyms(&mut self, body: &str) {
        static NAMED_ACRONYM: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
            regex::Regex::new(r"((?:\p{Lu}[\p{L}’'&.-]*\s(?:(?:of|and|for|the|de|des|du)\s)?){1,8}\p{Lu}[\p{L}’'&.-]*)\s\((\p{Lu}{2,7})\)")
                .expect("valid regex")
        });
        // "Frente Guerrillero del Sur (FGS)", "Federation nationale de football (FNF)",
        // "Department of Telecommunications (DoT)": the words whose initials spell it exactly.
        // Found by hand: a pattern of Unicode letter classes cost every start-up its compilation.
        for (before, acronym) in acronym_sites(body) {
            if !acronym.starts_with(char::is_uppercase) || !acronym.chars().all(char::is_alphabetic) {
                continue;
            }
            let initials = (2..=10).contains(&acronym.chars().count()).then(|| spelt_out(before, acronym)).flatten();
            let Some(name) = initials.or_else(|| super::syllabic::syllabic_name(before, acronym)) else {
                continue;
            };
            let known = self.gaz.mentions(acronym);
            self.learn_spelt_out_agency(name, acronym, &known);
            if known.is_empty() && !names_an_office(name) {
                let org = self.country_agency(name).unwrap_or(Speaker::body(name));
                self.acronyms.entry(acronym.to_string()).or_insert(org);
            }
        }
        for c in NAMED_ACRONYM.captures_iter(body) {
            let name = c[1].trim_start_matches("The ");
            let name = name.split_once(' ').filter(|(first, _)| is_located(first)).map_or(name, |(_, rest)| rest);
            let name = name.to_string();
            let acronym = c[2].to_string();
            // The acronym's letters start the name's words, in order: "(TBN)" fits "PT Tanjung Baru
            // Nikel Industri"; "(UK)" after a person does not.
            let mut initials = name.split_whitespace().filter_map(|w| w.chars().next());
            let fits = acronym.chars().all(|a| initials.any(|i| i == a));
            // "Republican Renewal Party (CYP)", "Municipal Department of Water and Sewage (DMAE)": a body
            // keeps the acronym of its own language.
            // Not "Union General Secretary Mick Lynch (RMT)": a person after the body's name, with an office.
            let words: Vec<&str> = name.split(' ').collect();
            let org_word = |w: &&str| {
                let w = w.to_lowercase();
                ORG_WORDS.contains(w.as_str()) || w == "administration"
            };
            let body = words.iter().rposition(org_word).is_some_and(|at| {
                !words[at + 1..].iter().any(|w| {
                    let w = w.to_lowercase();
                    w.len() > 3 && TITLES.contains(w.as_str())
                        || matches!(
                            w.as_str(),
                            "secretary"
                                | "chairman"
                                | "chairwoman"
                                | "chair"
                                | "chairperson"
                                | "director"
                                | "president"
                                | "minister"
                                | "governor"
                                | "commissioner"
                        )
                })
            });
            let known = self.gaz.mentions(&acronym);
            if fits {
                self.learn_spelt_out_agency(&name, &acronym, &known);
            }
            if !(fits || body) || !known.is_empty() || names_an_office(&name) {
                continue;
            }
            // "the Danish Agency for Coastal and Marine Environment (DACME)": the government's.
            let org = self.country_agency(&name).unwrap_or(Speaker::body(name));
            self.acronyms.entry(acronym).or_insert(org);
        }
    }

    /// "Instituto Nicaragüense de Estudios Territoriales (INETER)": a name spelt out before a
    /// state body's acronym the gazetteer knows is that body, in whatever language.
    /// `known` holds the gazetteer's mentions in the acronym.
    fn learn_spelt_out_agency(&mut self, name: &str, acronym: &str, known: &[Mention]) {
        let mut whole = known.iter().filter(|m| m.start == 0 && m.end == acronym.len());
        let (Some(m), None) = (whole.next(), whole.next()) else { return };
        if self.gaz.entity(m.entity).speaks_for_country().is_some() && name.contains(' ') {
            self.spelt_out_agencies.entry(name.to_string()).or_insert(m.entity);
        }
    }

    /// The state body a name spelt out before its acronym is, in a story set in or naming its
    /// country: not Spain's "Instituto Nacional de Estadística (INE)" in a Chilean story.
    pub(super) fn spelt_out_agency(&self, body: &Speaker) -> Option<Speaker> {
        let entity = self.gaz.entity(*self.spelt_out_agencies.get(&body.name).filter(|_| !body.person)?);
        let country = entity.speaks_for_country()?;
        let at_home =
            self.home_country.as_deref() == Some(country) || self.countries_named.iter().any(|c| c == country);
        at_home.then(|| Speaker::body(country))
    }

    /// "Bank of Valmora", "North Kivu Provincial Health Division", "Westcombe
    /// Police": capitalised names holding an organisation word, found later
    /// as "the bank", "the division", "police".
    /// "The Norwegian Coast Guard", "the U.S. Coast Guard": whose coast guard "the Coast
    /// Guard" is later. The story's own country's when the story names it, else the first
    /// named, else, when the gazetteer knows none of those named ("the Hellenic Coast
    /// Guard"), the story's country. Named nowhere, it is nobody's. Not under the noun
    /// "guard": "the guard said" is a person.
    pub(super) fn learn_coast_guard(&mut self, body: &str) {
        let mut named: Vec<Option<String>> = Vec::new();
        for at in super::in_either_case(body, " Coast Guard") {
            let from = (0..=at.saturating_sub(60)).rev().find(|&i| body.is_char_boundary(i)).unwrap_or(0);
            // "Algeria's National Coast Guard": the country before its possessive and "National".
            let before = body[from..at].trim_end_matches(" National");
            let before = before.strip_suffix("'s").or_else(|| before.strip_suffix("’s")).unwrap_or(before);
            if !before.split_whitespace().next_back().is_some_and(|w| w.starts_with(char::is_uppercase)) {
                continue;
            }
            let country = self.gaz.mentions(before).into_iter().rev().find(|m| {
                let e = self.gaz.entity(m.entity);
                m.end == before.len() && e.kind == EntityKind::Country && m.via != Via::Capital
            });
            named.push(country.map(|m| self.gaz.entity(m.entity).name.clone()));
        }
        let home = self.home_country.clone().filter(|h| named.iter().any(|n| n.as_ref() == Some(h)));
        let first = named.first().cloned().flatten();
        // "The Hellenic Coast Guard", which the gazetteer does not know: the story's own.
        let unknown = || self.home_country.clone().filter(|_| !named.is_empty() && named.iter().all(Option::is_none));
        if let Some(country) = home.or(first).or_else(unknown) {
            self.named_coast_guard = Some(Speaker::body(country));
        }
    }

    /// "The Austrian Red Cross said …", then "the Red Cross said": the national society the
    /// story named, not the International Committee the gazetteer knows as "Red Cross". Not
    /// when the story names the International Committee or another society too.
    pub(super) fn learn_red_cross(&mut self, body: &str) {
        if body.contains("International Committee of the Red Cross") || body.contains("ICRC") {
            return;
        }
        let mut societies = body.match_indices("Red Cross").filter_map(|(at, society)| {
            let before = &body[..at];
            let clause = before.rsplit(['\n', '.', ',', ';', ':', '(', '"', '“']).next().unwrap_or(before);
            let words: Vec<&str> = clause.split_whitespace().collect();
            let named = words.iter().rev().take_while(|w| w.starts_with(char::is_uppercase)).count().min(3);
            let prefix = words[words.len() - named..].join(" ");
            // "Red Cross Villach": a branch named for its town after the society's words.
            let next = body[at + society.len()..].split_whitespace().next().unwrap_or_default();
            let place = format!("{prefix} {society} {}", next.trim_end_matches([',', '.', ';', ':']));
            red_cross_society(place.trim()).or_else(|| red_cross_society(format!("{prefix} {society}").trim()))
        });
        // Two societies named ("the Kenya Red Cross … the Uganda Red Cross"): either may be meant.
        let first = societies.next();
        self.named_red_cross = first.filter(|f| societies.all(|s| s == *f));
    }

    /// "the Red Cross", "a Red Cross spokesperson": the national society the story named.
    pub(super) fn named_red_cross(&self, words: &str) -> Option<Speaker> {
        // Every resolution asks: lowercased only in a story that named a society.
        let society = self.named_red_cross.as_ref()?;
        let lower = words.to_lowercase();
        let rest = lower.strip_prefix("the ").or_else(|| lower.strip_prefix("a ")).unwrap_or(&lower);
        let rest = rest.strip_suffix("'s").or_else(|| rest.strip_suffix("’s")).unwrap_or(rest);
        let voice = rest.strip_prefix("red cross").is_some_and(|v| v.is_empty() || VOICES.contains(&v.trim_start()));
        voice.then(|| society.clone())
    }

    /// How many words of `words` are a province's or region's possessive before an office of
    /// its own ("Quebec's Ministry of …", "Nova Scotia's Department of …"); a country's
    /// offices are the country's (see `bodies`).
    pub(super) fn owned_by_region(&self, words: &[&str]) -> Option<usize> {
        let at = words.iter().position(|w| super::names::possessive(w))?;
        // Not "Tabasco's Secretariat of Education", a Mexican state's, which annotators name so.
        let office = words.get(at + 1).is_some_and(|w| matches!(*w, "Ministry" | "Department"));
        // "… of Transportation and Sustainable Mobility", "… of Agriculture, Fisheries and Food":
        // a portfolio of its own. Not "Ontario's Ministry of Health", which the province names
        // better than "Ministry of Health" would.
        if !office || words.get(at + 2) != Some(&"of") || words.len() < at + 6 {
            return None;
        }
        // "Nova Scotia's": the place may take three words, all capitalised.
        let from =
            (at.saturating_sub(2)..=at).find(|&i| words[i..=at].iter().all(|w| w.starts_with(char::is_uppercase)))?;
        let place = |from: usize| {
            let owner = words[from..=at].join(" ");
            let owner = owner.strip_suffix("'s").or_else(|| owner.strip_suffix("’s")).unwrap_or(&owner).to_string();
            self.is_place_word(&owner)
        };
        (from..=at).any(place).then_some(at + 1)
    }

    /// The body `words` name after a province's possessive, without it (see `owned_by_region`).
    pub(super) fn regional_body(&self, words: &str) -> Option<String> {
        if !(words.contains("'s ") || words.contains("’s ")) {
            return None;
        }
        let parts: Vec<&str> = super::resolve::without_article(words).split_whitespace().collect();
        self.owned_by_region(&parts).map(|owned| parts[owned..].join(" "))
    }

    pub(super) fn learn_orgs(&mut self, body: &str) {
        // "Commission Suspends Collation in Three LGAs": a headline in title case names no body.
        let headline = body.lines().next().filter(|l| title_case_line(l)).map_or(0, str::len);
        let mut listed_until = 0;
        for m in ORG_NAME.find_iter(body) {
            if m.start() < headline.max(listed_until) {
                continue;
            }
            // "Department of Biodiversity, Conservation and Attractions": the list is the name's.
            let listed = listed_name_end(body, m.start(), m.end());
            let end = listed.unwrap_or(m.end());
            listed_until = end;
            let found = &body[m.start()..end];
            // "Istanbul-based Public Tender Monitoring Association": where it is, not its name.
            // "This Thursday the Guarantee Court of Concepción": past the day and its article.
            let opener = |w: &&str| STARTERS.contains(w) || is_located(w) || *w == "the";
            let mut words: Vec<&str> = found.split_whitespace().skip_while(opener).collect();
            // "Why do Labour Party members …": a question's opening, not the name; "Mato Grosso do
            // Sul" keeps its "do".
            if words.len() > 2
                && words[1] == "do"
                && matches!(words[0], "Why" | "How" | "What" | "Where" | "When" | "Who")
            {
                words.drain(..2);
            }
            // "incident commander Fredrik Lövgren of the Bergslagen Rescue Service": a person's name
            // before the body's, not part of it.
            if let Some(at) = person_before_of(&words) {
                words.drain(..at);
            }
            // "Senate Select Committee on Regional Banking Access"; not "the Ministry on Monday".
            if let Some(at) = words.iter().position(|w| *w == "on") {
                // Not "Perth and Kinross Council on Tuesday launched": a day is no topic.
                // "Select Committee on Sunday Trading" is a topic: the day must close the name.
                let dated = at + 2 == words.len()
                    && words.get(at + 1).is_some_and(|w| w.len() > 3 && w.parse::<chrono::Weekday>().is_ok());
                let topical = at > 0 && !dated && BODIES_ON_A_TOPIC.contains(&words[at - 1].to_lowercase().as_str());
                words.truncate(if topical { words.len() } else { at });
            }
            // "The Gibraltar Progressive Alliance's environment spokesman": the body's name.
            if let Some(last) = words.last_mut() {
                *last = last.strip_suffix("'s").or_else(|| last.strip_suffix("’s")).unwrap_or(last);
            }
            // "Quebec's Ministry of Transportation and Sustainable Mobility": a province's own
            // ministry, by its name.
            if let Some(owned) = self.owned_by_region(&words) {
                words.drain(..owned);
                self.regional_bodies.push(words.join(" "));
            }
            // "the cantonal Department of Territory": a canton's, later without "cantonal" too.
            if body[..m.start()].ends_with("cantonal ") {
                self.regional_bodies.push(words.join(" "));
            }
            // "Amalgamated Transit Union Local 85": a union's local goes by its number.
            if words.last() == Some(&"Local") && found.ends_with("Local") {
                let number = body[end..].strip_prefix(' ').and_then(|r| r.split(|c: char| !c.is_ascii_digit()).next());
                words.extend(number.filter(|n| !n.is_empty()));
            }
            let nouns: Vec<String> =
                words.iter().map(|w| w.to_lowercase()).filter(|w| ORG_WORDS.contains(w.as_str())).collect();
            // "Haldane Freight and Corrick Logistics": two companies.
            // Not "Minister of State for Chemicals": an office, whatever its portfolio ends on.
            let office = |w: &str| matches!(w, "Minister" | "Ministry" | "Secretary" | "Department");
            // "Upper Egypt Sugar and Refining Company": one company, whose first part is no company.
            let company = |part: &[&str]| {
                part.len() >= 2
                    && !office(part[0])
                    && part.last().is_some_and(|w| COMPANY_SUFFIXES.contains(w.to_lowercase().as_str()))
            };
            let parts: Vec<&[&str]> = words.split(|w| *w == "and").collect();
            if parts.len() > 1 && company(&words) && !parts.iter().all(|p| company(p)) {
                self.learn_company(words.join(" "));
            } else {
                // Not "Natural Resources" of "Department of Environment and Natural Resources"; but
                // "General Motors Co" of "Minister of Industry Anita Anand and General Motors Co".
                let opens_on_office = words.first().is_some_and(|w| office(w));
                let formed = |p: &&[&str]| p.last().is_some_and(|w| legal_form(w.trim_end_matches('.')));
                for part in parts.into_iter().filter(|p| company(p) && (!opens_on_office || formed(p))) {
                    self.learn_company(part.join(" "));
                }
            }
            if words.len() < 2 || nouns.is_empty() || words.last().is_some_and(|w| w.chars().all(char::is_lowercase)) {
                continue;
            }
            let name = words.join(" ");
            if listed.is_some() {
                self.listed_bodies.push(name.clone());
            }
            let org = match self.country_agency(&name) {
                Some(state) => {
                    if !self.state_bodies.iter().any(|(known, _)| *known == name) {
                        self.state_bodies.push((name, state.clone()));
                    }
                    state
                }
                None => Speaker::body(name),
            };
            // "Fenmarsh Constabulary", "Kent Police Service": what "police said" means.
            let force = nouns.iter().any(|n| matches!(n.as_str(), "constabulary" | "police"));
            let nouns = nouns.into_iter().chain(force.then(|| "police".to_string()));
            for n in nouns {
                self.org_by_noun.entry(n).or_insert_with(|| org.clone());
            }
        }
        self.learn_romance_bodies(body);
        self.learn_named_groups(&body[headline..]);
        self.learn_legal_names(&body[headline..]);
        self.learn_described_companies(&body[headline..]);
        self.learn_companies_the_cue_names(&body[headline..]);
        // "the Bayanihan Hope Foundation", and only at the foot of the release "Bayanihan Hope
        // Foundation Inc.": the body goes by its first name.
        let text = &body[headline..];
        let first_full = |c: &&Speaker| {
            let short = c.name.rsplit_once(' ').map_or(c.name.as_str(), |(short, _)| short);
            text.find(short) == text.find(c.name.as_str())
        };
        self.named_in_full = self.companies.iter().filter(first_full).cloned().collect();
    }
}

/// The capitalised words, Romance particles inside them ("Aceros del
/// Nervión"), that end the paragraph's text before byte `at`; at most five.
/// Not the "BILBAO" of a dateline above the paragraph.
fn name_before(text: &str, at: usize) -> Vec<&str> {
    let name_word =
        |w: &&str| w.starts_with(char::is_uppercase) && !w.ends_with(['.', ':', ';']) || PARTICLES.contains(*w);
    let before = &text[text[..at].rfind('\n').map_or(0, |n| n + 1)..at];
    let mut name: Vec<&str> = before.split_whitespace().rev().take_while(name_word).take(5).collect();
    while name.last().is_some_and(|w| PARTICLES.contains(*w)) {
        name.pop();
    }
    name.reverse();
    name
}

/// The words at the end of `before` whose initials, capitals or not, spell
/// the capitals of `acronym` one for one, connectives aside; the first of
/// them capitalised. Connectives are passed over when `skipping`.
/// Where an acronym follows the name it stands for: in brackets ("Bureau of
/// Customs (BOC)"), or in capitals between commas ("the Public and Commercial
/// Services union, PCS, warned"). Yields the text before it and the acronym.
fn acronym_sites(body: &str) -> impl Iterator<Item = (&str, &str)> {
    let bracketed = body.match_indices('(').filter_map(|(open, _)| {
        let space = body[..open].chars().next_back().filter(|c| c.is_whitespace())?;
        let acronym = body[open + 1..].split_once(')')?.0;
        Some((&body[..open - space.len_utf8()], acronym))
    });
    let apposed = body.match_indices(", ").filter_map(|(comma, sep)| {
        let acronym = body[comma + sep.len()..].split_once(',')?.0;
        // Not "Mark Pritchard, MP,", "Kevin Clarke, KC,": letters after a name.
        let capitals = acronym.len() <= 7
            && acronym.chars().all(|c| c.is_ascii_uppercase())
            && !super::lexicon::POST_NOMINALS.contains(acronym);
        capitals.then(|| (&body[..comma], acronym))
    });
    bracketed.chain(apposed)
}

fn spelt_out<'t>(before: &'t str, acronym: &str) -> Option<&'t str> {
    // "Bureau of Customs (BOC)": an acronym may spell the connectives too, and it
    // may spell a trailing word written small ("Federation nationale de football (FNF)").
    [(true, false), (false, false), (true, true), (false, true)]
        .into_iter()
        .find_map(|(skipping, past_last)| spelt_out_as(before, acronym, skipping, past_last))
}

fn spelt_out_as<'t>(before: &'t str, acronym: &str, skipping: bool, past_last: bool) -> Option<&'t str> {
    // "İzmir Water and Sewerage Administration (İZSU)": letters compared without their marks.
    let mut letters: Vec<char> = acronym.chars().filter(|c| c.is_uppercase()).filter_map(|c| c.nfd().next()).collect();
    // "Agência Pernambucana de Águas e Clima (Apac)": an acronym written as a word.
    if letters.len() == 1 && (3..=6).contains(&acronym.chars().count()) {
        letters = acronym.chars().filter_map(|c| c.to_uppercase().next()?.nfd().next()).collect();
    }
    if letters.len() < 2 {
        return None;
    }
    let mut wanted = letters.iter().rev().peekable();
    let mut start = before.len();
    let mut words =
        before.split_whitespace().rev().map(|w| (w.as_ptr() as usize - before.as_ptr() as usize, w)).peekable();
    // "Haut-Katanga Copper Processing SARL (HKCP)", "the Public and Commercial Services union,
    // PCS,": a legal form or a word written small after the name, which the acronym leaves out.
    if past_last && words.peek().is_some_and(|(_, w)| legal_form(w) || w.chars().all(char::is_lowercase)) {
        words.next();
    }
    for (at, word) in words {
        if word.ends_with([',', '.', ';', ':', ')']) && start != before.len() || word.starts_with('(') {
            return None; // the name would run into the sentence before it
        }
        if skipping && CONNECTIVES.contains(&word) {
            continue;
        }
        // "Groupement des commerçants d'Analamanga (GCA)": past the elided article.
        let word = ["d'", "d’", "l'", "l’"].iter().find_map(|e| word.strip_prefix(e)).unwrap_or(word);
        // "Haut-Katanga": each capitalised part of a hyphenated word gives a letter.
        let parts: Vec<&str> = word.split('-').filter(|p| !p.is_empty()).collect();
        let spelt =
            if parts.len() > 1 && parts.iter().all(|p| p.starts_with(char::is_uppercase)) { parts } else { vec![word] };
        for part in spelt.iter().rev() {
            // "Special EU Programmes Body (SEUPB)": an acronym inside the name gives all its letters.
            let inner = (2..=4).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_uppercase());
            if inner && part.chars().rev().zip(wanted.clone()).filter(|(a, b)| a == *b).count() == part.len() {
                wanted.nth(part.len() - 1);
                continue;
            }
            // "Énergie Boréale Québec (EBQ)": the letter without its accent.
            let initial = part.chars().next()?.to_uppercase().next()?.nfd().next()?;
            if wanted.next() != Some(&initial) {
                return None;
            }
        }
        start = at;
        if wanted.peek().is_none() {
            return before[start..].starts_with(char::is_uppercase).then(|| before[start..].trim_end());
        }
    }
    None
}

/// Words an acronym skips: "Department of Telecommunications (DoT)".
const CONNECTIVES: [&str; 34] = [
    "of", "and", "for", "the", "de", "des", "du", "del", "la", "las", "los", "el", "y", "et", "di", "da", "do", "dos",
    "das", "no", "na", "nos", "nas", "e", "und", "für", "der", "von", "van", "voor", "og", "och", "i", "&",
];

/// "Daeyang America Inc.", "the Rutli Privatbank AG": a name ending in a
/// company's legal form names that company.
pub(super) fn legal_entity(words: &str) -> Option<Speaker> {
    let parts: Vec<&str> = words.split_whitespace().skip_while(|w| matches!(*w, "the" | "The")).collect();
    // "Constructora Citlaltépetl S.A. de C.V.": a Mexican company's form of three words.
    let variable = variable_capital(&parts, parts.len().saturating_sub(1));
    let named_part = &parts[..parts.len() - if variable { 2 } else { 0 }];
    let [_, .., last] = named_part else { return None };
    // "S.A.C.", "S.p.A.", "N.V.": the letters of the form without their stops.
    let legal = legal_form(last);
    // The form itself may be lower-case: "Trygg-Norðri hf.".
    let named = named_part[..named_part.len() - 1].iter().all(|w| w.chars().next().is_some_and(char::is_uppercase));
    // "MAYOR TOMÁS XICARÁ SAC": a person's office before a name whose last word only looks like a
    // form. Not "PRIME CEMENT PRODUCTS LTD", "GENERAL ELECTRIC INTERNATIONAL INC".
    let titled = || {
        parts.len() >= 4
            && PERSONS_OFFICES.contains(&parts[0].trim_end_matches('.'))
            && !words.chars().any(char::is_lowercase)
    };
    (legal && named && !titled()).then(|| Speaker::body(parts.join(" ")))
}

/// Whether `words[at]` closes a Mexican form "S.A. de C.V." ("sociedad anónima
/// de capital variable"; "S. de R.L. de C.V.", "S.A.B. de C.V." likewise).
fn variable_capital(words: &[&str], at: usize) -> bool {
    let cv = |w: &str| matches!(w.trim_end_matches([',', ';', ':', ')']), "C.V." | "C.V" | "CV");
    at >= 2 && words.get(at).is_some_and(|w| cv(w)) && words[at - 1] == "de" && legal_form(words[at - 2])
}

/// Offices and forms of address that open only a person's name, in capitals.
const PERSONS_OFFICES: [&str; 27] = [
    "MAYOR", "ALCALDE", "ALCALDESA", "GOVERNOR", "MINISTER", "SENATOR", "SEN", "REP", "COUNCILLOR", "COUNCILOR",
    "CLLR", "JUDGE", "DR", "MR", "MRS", "MS", "DON", "DOÑA", "LIC", "ATTY", "PROF", "ENGR", "HON", "CAPT", "COL",
    "INSP", "SUPT",
];

/// A company's legal form, however written: "Ltd.", "LLP", "hf.", "S.A.".
pub(crate) fn legal_form(word: &str) -> bool {
    // "Shreenathji Lifecare Private Limited": the forms written out. "Atlantic Tide Energy
    // DAC": the Irish designated activity company, in capitals.
    if word.eq_ignore_ascii_case("limited") || word.eq_ignore_ascii_case("incorporated") || word == "DAC" {
        return true;
    }
    // "Alhousseini Ag Mohamed Ahmed": the Tuareg "son of", where the German form is "AG".
    if word == "Ag" {
        return false;
    }
    // At most four ASCII letters once the full stops are gone, lowercased without allocating:
    // this runs on every word of a name.
    let mut form = [0u8; 4];
    let mut len = 0;
    for b in word.bytes().filter(|&b| b != b'.') {
        if len == form.len() || !b.is_ascii() {
            return false;
        }
        form[len] = b.to_ascii_lowercase();
        len += 1;
    }
    let form = std::str::from_utf8(&form[..len]).unwrap_or_default();
    COMPANY_SUFFIXES.contains(form) && !LEGAL_LOOKALIKES.contains(&form)
}

/// Short company-name endings that are words of their own, not legal forms.
const LEGAL_LOOKALIKES: [&str; 6] = ["air", "tv", "line", "rail", "bank", "coal"];

impl Context<'_> {
    /// "the GPA", after "the Gibraltar Progressive Alliance's environment
    /// spokesman": an acronym of a body the article named in full without
    /// giving the acronym, when the initials of one such body, and one only,
    /// spell it.
    pub(super) fn body_by_initials(&self, words: &str) -> Option<Speaker> {
        let acronym = super::resolve::without_article(words);
        if !(2..=6).contains(&acronym.len()) || !acronym.chars().all(|c| c.is_ascii_uppercase()) {
            return None;
        }
        let initials = |name: &str| -> String {
            let small = |w: &&str| matches!(*w, "of" | "and" | "the" | "for" | "&");
            name.split_whitespace().filter(|w| !small(w)).filter_map(|w| w.chars().next()).collect()
        };
        // "The CFIA said", after "the Canadian Food Inspection Agency": a state body, as its country.
        let bodies = self.org_by_noun.values().map(|s| (&s.name, s));
        let states = self.state_bodies.iter().map(|(name, s)| (name, s));
        // "NRW denied …", after "Natural Resources Wales said …": a body that spoke, by its initials.
        let heard = self.bodies_heard.iter().map(|s| (&s.name, s));
        let mut spelt = bodies
            .chain(states)
            .chain(heard)
            .filter(|(name, s)| !s.person && initials(name) == acronym)
            .map(|(_, s)| s);
        let body = spelt.next()?;
        spelt.all(|s| s.name == body.name).then(|| body.clone())
    }

    /// "the ASP", spelt out as "Azienda Sanitaria Provinciale": the body as the story named it in
    /// full, with the place its name ends on ("… di Potenza").
    pub(super) fn placed_in_full(&self, body: &Speaker) -> Option<Speaker> {
        if body.person {
            return None;
        }
        let longer = |s: &&Speaker| {
            !s.person
                && s.name
                    .strip_prefix(body.name.as_str())
                    .is_some_and(|r| r.starts_with(' ') && placed_after_link(r.trim()))
        };
        self.org_by_noun.values().find(longer).cloned()
    }

    /// "Civil Defence warns …" over a story that names the "Defesa Civil de Crato": the
    /// body the story named in its own language, whose English head these words are.
    pub(super) fn named_in_its_language(&self, body: &Speaker) -> Option<Speaker> {
        if body.person || !body.name.contains(' ') {
            return None;
        }
        // Not "the High Court" of English copy, which the story's "Lagos State High Court" ends on
        // (see `heard_in_full`).
        let lower = body.name.to_lowercase();
        self.org_by_noun.get(&lower).filter(|b| !b.name.to_lowercase().ends_with(&lower)).cloned()
    }

    /// The body named in full whose name holds a comma list, of which `body` is a part:
    /// "According to the Luang Prabang Provincial Department of Information, Culture and
    /// Tourism, …": the subject ends at the first comma, the body's name does not; or the
    /// subject starts after the last. The list is learned without a place that opens the
    /// name ("Luang Prabang"), which the subject keeps.
    pub(super) fn listed_in_full(&self, body: &Speaker) -> Option<Speaker> {
        if body.person {
            return None;
        }
        let name = body.name.as_str();
        let rest_of = |listed: &String| {
            // "…, the Guilin Municipal Culture, Radio, Television and Tourism Bureau announced": an
            // inverted cue's subject starts after the last comma.
            if listed.strip_suffix(name).is_some_and(|head| head.ends_with(", ")) {
                return Some(listed.clone());
            }
            let (first, rest) = listed.split_once(", ")?;
            let opens = name == first || name.strip_suffix(first).is_some_and(|place| place.ends_with(' '));
            opens.then(|| format!("{name}, {rest}"))
        };
        self.listed_bodies.iter().find_map(rest_of).map(Speaker::body)
    }

    /// The company the article named in full, of which `body` is the first
    /// words: "Rutli Privatbank" for "Rutli Privatbank AG". Two capitalised
    /// words may have been taken for a person's name ("a filing by Vayu
    /// Telelink"): only the legal form itself then extends them. A founder
    /// quoted beside the company that bears his name ("Ralph Lauren Corp")
    /// is taken for it, as `company_by_first_words` already took him.
    pub(super) fn company_in_full(&self, body: &Speaker) -> Option<Speaker> {
        // "Kenya" is the country, not "Kenya Ferry Services".
        if !body.person && self.is_country(&body.name) {
            return None;
        }
        // "Agroexportadora Valle de Sébaco, S.A. (AVASA) said": a subject cut at the comma.
        if legal_form(&body.name) {
            let form = format!(", {}", body.name);
            let mut closed = self.named_in_full.iter().filter(|c| c.name.ends_with(&form));
            return closed.next().filter(|_| closed.next().is_none()).cloned();
        }
        let extends = |c: &&Speaker| {
            // "Kurzemes Koks" of "SIA Kurzemes Koks".
            let after_form = c.name.split_once(' ').is_some_and(|(form, rest)| {
                let written = body.name.strip_prefix(form).and_then(|r| r.strip_prefix(' '));
                LEADING_FORMS.contains(&form) && (rest == body.name || written == Some(rest))
            });
            if after_form {
                return true;
            }
            let rest = c.name.strip_prefix(body.name.as_str());
            // "Inle Sun Power Co., Ltd.", "Cooperativa … Santa Fe, R.L.": a form after a comma.
            let comma_form = rest.and_then(|r| r.strip_prefix(", ").or_else(|| r.strip_prefix("., ")));
            comma_form.is_some_and(|form| COMMA_FORMS.contains(&form))
                || rest.and_then(|r| r.strip_prefix(' ')).is_some_and(|rest| {
                    !body.person || !rest.contains(' ') && legal_form(rest) && !body.name.starts_with("unnamed:")
                })
        };
        self.named_in_full.iter().find(extends).cloned()
    }

    /// "the company Minera Cordillera Dorada S.A.C., a subsidiary", "Shares of
    /// Vayu Telelink Ltd jumped": the capitalised words before a legal form,
    /// which the article goes on to drop.
    fn learn_legal_names(&mut self, text: &str) {
        // Line by line: a form that ends a line ends the name ("… S.A.C.\n\nThe …").
        for line in text.lines() {
            let words: Vec<&str> = line.split_whitespace().collect();
            self.learn_names_after_forms(&words);
            for (at, word) in words.iter().enumerate().skip(1) {
                // "Karta Gold Corp's Falémé Hills mine": the form before a possessive.
                let form = word.strip_suffix("'s").or_else(|| word.strip_suffix("’s")).unwrap_or(word);
                let form = form.trim_end_matches([',', ';', ':', ')', '’', '\'', '"', '”']);
                // "S.A. de C.V.": the whole form, once, at its last word.
                if variable_capital(&words, at) {
                    let form = form.trim_end_matches([',', ';', ':', ')']);
                    if let Some(name) = name_before_form(&words[..at - 2]) {
                        self.learn_company(format!("{name} {} de {form}", words[at - 2]));
                    }
                    continue;
                }
                if !legal_form(form) || variable_capital(&words, at + 2) {
                    continue;
                }
                // "AS" and "SE" are forms, "As" and "Se" words; a form ends no sentence before it.
                let written = form.len() > 2 || form.chars().all(|c| c.is_uppercase() || c == '.');
                // "Byaruhanga & Co. Advocates": the form ends the name.
                let ends = form != *word || words.get(at + 1).is_none_or(|w| !w.starts_with(char::is_uppercase));
                if ends && COMMA_FORMS.contains(&form) {
                    if let Some(name) = name_before_comma_form(&words[..at]) {
                        self.learn_company(format!("{name}, {form}"));
                        continue;
                    }
                }
                if !written || !ends || words[at - 1].ends_with(['.', ',', ';', ':', ')']) {
                    continue;
                }
                if let Some(name) = name_before_form(&words[..at]) {
                    self.learn_company(format!("{name} {form}"));
                }
            }
        }
    }

    /// "a timber company, SIA Kurzemes Koks, which said", "PT Sumber Alam Lestari": the
    /// capitalised words after a legal form written first, as the Baltic states, Russia and
    /// Indonesia write it, up to a comma or a word written small.
    fn learn_names_after_forms(&mut self, words: &[&str]) {
        for (at, form) in words.iter().enumerate() {
            if !LEADING_FORMS.contains(form) {
                continue;
            }
            let mut name = vec![*form];
            for w in &words[at + 1..] {
                let bare = w.trim_end_matches([',', '.', ';', ':', ')']);
                if !bare.starts_with(char::is_uppercase) || !bare.chars().all(|c| c.is_alphanumeric() || c == '-') {
                    break;
                }
                // "UAB President Ray Watts": the university's initials before its officer's title.
                if name.len() == 1 && is_title(bare) {
                    name.clear();
                    break;
                }
                name.push(bare);
                if bare.len() != w.len() || name.len() > 4 {
                    break;
                }
            }
            // "PT Usha": a person's initials before one name; a company's name is longer.
            let least = if *form == "PT" { 3 } else { 2 };
            if (least..=5).contains(&name.len()) {
                self.learn_company(name.join(" "));
            }
        }
    }

    /// A company's name, in full: "Nordhafen Energie AG" replaces the
    /// "Nordhafen Energie" of the headline, and is not replaced by it.
    /// "Panonija Hem, a plant that makes fertilisers", "Kovar Steel, a family
    /// firm in Ostrava": a name the words after it call a business, found
    /// later as "the company".
    fn learn_described_companies(&mut self, text: &str) {
        // Not "lawmaker", "filmmaker", "winemaker": people.
        const MAKERS: [&str; 12] = [
            "steelmaker", "automaker", "chipmaker", "drugmaker", "planemaker", "shipmaker", "toymaker", "truckmaker",
            "phonemaker", "glassmaker", "tyremaker", "tiremaker",
        ];
        const PERSONAL_TRADES: [&str; 5] = ["producer", "supplier", "exporter", "lender", "insurer"];
        const WORKS: [&str; 20] = [
            "company", "firm", "plant", "factory", "manufacturer", "refinery", "mill", "smelter", "distillery",
            "brewery", "maker", "carmaker", "producer", "supplier", "exporter", "conglomerate", "shipyard", "lender",
            "insurer", "airline",
        ];
        for (at, _) in text.match_indices(", ").filter(|(at, _)| {
            let rest = &text[at + 2..];
            rest.starts_with("a ") || rest.starts_with("an ") || rest.starts_with("the ")
        }) {
            let after = text[at + 2..].split_whitespace().skip(1).take(4).map(|w| w.trim_end_matches([',', ';']));
            let words: Vec<&str> = after.take_while(|w| w.chars().all(|c| c.is_lowercase() || c == '-')).collect();
            // "the producer", "the biggest supplier": after "the", a trade a person may have too.
            let definite = text[at + 2..].starts_with("the ");
            // "the last steelmaker still operating"; not "a factory worker", a person.
            let described = words.iter().enumerate().any(|(i, w)| {
                let works = WORKS.contains(w) && !(definite && PERSONAL_TRADES.contains(w)) || MAKERS.contains(w);
                works && words.get(i + 1).is_none_or(|next| !TITLES.contains(next) && !PERSON_NOUNS.contains(next))
            });
            let name = name_before(text, at);
            // Not "In Ostrava, a family firm": a sentence's opening, not a name.
            let plain = |w: &&str| !STARTERS.contains(w) && !is_located(w) && !is_title(w) && *w != "The";
            let capitals_plain = name.iter().filter(|w| w.starts_with(char::is_uppercase)).all(plain);
            if described && (2..=4).contains(&name.len()) && capitals_plain {
                self.learn_company(name.join(" "));
            }
        }
    }

    /// "JONQUIÈRE — Aluminerie Boréalis will shut down …, the company confirmed": the name
    /// a sentence opens on, when the attribution at its end calls its speaker the company.
    fn learn_companies_the_cue_names(&mut self, text: &str) {
        for noun in [", the company ", ", the firm "] {
            for (at, _) in text.match_indices(noun) {
                let cue = text[at + noun.len()..].split_whitespace().next().unwrap_or_default();
                if crate::extract::cues::lookup(cue.trim_end_matches([',', '.', ';'])).is_none() {
                    continue;
                }
                let paragraph = text[..at].rfind('\n').map_or(0, |i| i + 1);
                let start = text[paragraph..at].rfind(". ").map_or(paragraph, |i| paragraph + i + 2);
                let sentence = &text[start..at];
                // Past a dateline in capitals ("JONQUIÈRE — ").
                let sentence = sentence
                    .split_once(" — ")
                    .filter(|(place, _)| !place.chars().any(char::is_lowercase))
                    .map_or(sentence, |(_, rest)| rest);
                let words: Vec<&str> = sentence.split_whitespace().collect();
                let named = words.iter().take_while(|w| w.starts_with(char::is_uppercase)).count();
                let verb_next = words.get(named).is_some_and(|w| w.starts_with(char::is_lowercase));
                let plain = words[..named]
                    .iter()
                    .all(|w| !STARTERS.contains(w) && !is_title(w) && w.chars().all(char::is_alphabetic));
                if (2..=4).contains(&named) && verb_next && plain {
                    self.learn_company(words[..named].join(" "));
                }
            }
        }
    }

    fn learn_company(&mut self, name: String) {
        // "Vietnam's Ministry of Construction": a state body, whatever trade its name ends on.
        const STATE: [&str; 10] = [
            "ministry", "department", "government", "council", "commission", "authority", "court", "embassy", "bureau",
            "agency",
        ];
        // Its word before "of" or last: not "Court Holdings Ltd".
        let words: Vec<&str> = name.split_whitespace().collect();
        let state = |i: usize| STATE.contains(&words[i].to_lowercase().as_str());
        if (0..words.len()).any(|i| state(i) && (i + 1 == words.len() || words[i + 1] == "of")) {
            return;
        }
        // "Aeroporti di Calabria SpA" extends "Calabria SpA", the words after its link, too.
        let extends = |long: &str, short: &str| {
            long.strip_prefix(short).is_some_and(|r| r.starts_with(' '))
                || long.strip_suffix(short).is_some_and(|r| r.ends_with(" di ") || r.ends_with(" de "))
        };
        if self.companies.iter().any(|c| c.name == name || extends(&c.name, &name)) {
            return;
        }
        // "Image: RSG TV/Reproduction" on a page of "RSG Serra": the outlet's own channel, by its letters.
        let brand =
            self.outlet.split_whitespace().next().filter(|b| b.len() >= 2 && b.chars().all(|c| c.is_ascii_uppercase()));
        if brand.is_some_and(|b| words.first() == Some(&b)) {
            return;
        }
        // "Ferrandi Componenti", which the name finder took for a person, is the company.
        for known in self.by_surname.values_mut().filter(|k| k.name == name) {
            known.person = false;
        }
        let company = Speaker::body(name);
        match self.companies.iter_mut().find(|c| extends(&company.name, &c.name)) {
            Some(shorter) => *shorter = company,
            None => self.companies.push(company),
        }
    }
}

/// The body of "Organisers Valjak Events", "Administrators Carrick Dunlop Advisory" and "Leaders of
/// the Koshi Industrial Workers' Union": the people who act for a body, capitalised as a sentence's
/// first word, speak as it. Only a name of two words or more that opens on no body's word of its own:
/// "Farmers Union of Ethiopia" and "Organisers Association" stay whole.
pub(super) fn acting_for_body(words: &str) -> Option<&str> {
    let (lead, rest) = words.split_once(' ')?;
    let rest = match lead {
        lead if super::lexicon::ACTING_FOR_BODIES.contains(&lead) => rest,
        // "of the": not "Leaders of Tomorrow Foundation", a body so named.
        "Leaders" | "Officials" | "Representatives" => rest.strip_prefix("of the ")?,
        _ => return None,
    };
    let first = rest.split(' ').next()?;
    let own_name = rest.contains(' ') && first.starts_with(char::is_uppercase);
    (own_name && !ORG_WORDS.contains(first.to_lowercase().as_str())).then_some(rest)
}

/// "The Bulgarian Red Cross", "Hellesund Red Cross", "the Italian Red Cross's
/// Lamezia committee", "the Cameroon Red Cross branch in the East", "the Austrian
/// Red Cross in Carinthia": a national
/// society or a local branch (for which its society speaks), not the
/// International Committee the gazetteer knows as "Red Cross". One to three
/// capitalised words before it.
pub(super) fn red_cross_society(words: &str) -> Option<Speaker> {
    let (at, society) = ["Red Cross", "Red Crescent"].iter().find_map(|s| words.find(s).map(|at| (at, *s)))?;
    let end = at + society.len();
    let end = if words[end..].starts_with(" Society") { end + " Society".len() } else { end };
    // "The Saudi Red Crescent Authority": a state's authority, not a society. "Kenya Red Cross
    // Secretary General Ahmed Idris": a person of it. Only the society, its branch or its committee.
    let rest = &words[end..];
    let part = ["", "'s", "’s", " branch", " committee", " chapter", " in "]
        .iter()
        .any(|p| rest.starts_with(p) && !p.is_empty())
        || rest.is_empty();
    let before: Vec<&str> = words[..at].split_whitespace().collect();
    let opener = matches!(before.first(), Some(&("The" | "the")));
    let prefix = &before[usize::from(opener)..];
    // "The Red Cross Villach": a local branch named for its town, after the society's words.
    if prefix.is_empty() && !part {
        return town_red_cross(rest).map(|town| Speaker::body(format!("{} {town}", &words[at..end])));
    }
    if !part {
        return None;
    }
    let capitalised = prefix.iter().all(|w| w.starts_with(char::is_uppercase));
    // Not "A Red Cross spokesperson", "Another Red Cross volunteer".
    let international = prefix.iter().any(|w| {
        matches!(*w, "International" | "Committee" | "Federation" | "ICRC" | "A" | "An" | "Another" | "Every")
            || matches!(*w, "Senior" | "Local" | "Two" | "Three" | "Several" | "Former" | "Veteran")
            || w.ends_with("-based")
    });
    ((1..=3).contains(&prefix.len()) && capitalised && !international)
        .then(|| Speaker::body(format!("{} {}", prefix.join(" "), &words[at..end])))
}

/// The town of a local Red Cross named after it ("Villach" of "Red Cross Villach"): one
/// capitalised word, not an office nor a body's word ("Red Cross President", "Red Cross Society").
fn town_red_cross(rest: &str) -> Option<&str> {
    let town = rest.strip_prefix(' ').filter(|t| !t.contains(' ') && t.starts_with(char::is_uppercase))?;
    let lower = town.to_lowercase();
    let office =
        TITLES.contains(lower.as_str()) || OFFICES.contains(lower.as_str()) || ORG_WORDS.contains(lower.as_str());
    let day = crate::extract::dates::names_a_day(town);
    (!office && !day && town.chars().all(char::is_alphabetic)).then_some(town)
}

/// The capitalised words that end `before`, a company's name before its
/// legal form. "Minera Cordillera del Sur S.A.A.": a Romance link inside the
/// name; not "Shares of". "The Rutli Privatbank AG": no article, and no link
/// opens the name.
fn name_before_form(before: &[&str]) -> Option<String> {
    let named = |w: &&str| {
        w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(|c| c.is_alphanumeric() || "-&'’".contains(c))
            // "Aeroporti di Calabria SpA", "Société des Eaux SA": Italian and French links too.
            || matches!(
                *w,
                "del" | "de" | "da" | "do" | "dos" | "das" | "y" | "&" | "di" | "della" | "dei" | "degli" | "du" | "des"
            )
    };
    let mut start = before.len() - before.iter().rev().take_while(|w| named(w)).count();
    while start < before.len() && (before[start] == "The" || !before[start].starts_with(char::is_uppercase)) {
        start += 1;
    }
    (start < before.len()).then(|| before[start..].join(" "))
}

/// Legal forms written before the name, in capitals: the Latvian "SIA", the Lithuanian "UAB",
/// the Russian and Kazakh "OOO", "AO", "PAO", "TOO", the Indonesian "PT".
const LEADING_FORMS: [&str; 8] = ["SIA", "UAB", "OOO", "AO", "PAO", "ZAO", "TOO", "PT"];

/// Legal forms written after a comma. Not "S.E.", which after a comma is an Indonesian degree
/// ("Endah Kusumawardani, S.E.").
const COMMA_FORMS: [&str; 10] = ["S.A.", "R.L.", "Ltd.", "Ltd", "Inc.", "Inc", "Ltda.", "S.R.L.", "S.A.S.", "S.A.C."];

/// "Agroexportadora Valle de Sébaco, S.A.", "Inle Sun Power Co., Ltd.": the name before the comma
/// ahead of one of `COMMA_FORMS`, with the "Co." it may end on. Of two words or more, so that "in
/// Managua, S.A. said" names nothing.
fn name_before_comma_form(before: &[&str]) -> Option<String> {
    let (last, rest) = before.split_last()?;
    let last = last.strip_suffix(',')?;
    let name = if last == "Co." {
        format!("{} Co.", name_before_form(rest)?)
    } else {
        name_before_form(&[rest, &[last]].concat())?
    };
    name.contains(' ').then_some(name)
}

/// A line with most of its words capitalised, as headlines are in title case.
fn title_case_line(line: &str) -> bool {
    let words: Vec<&str> =
        line.split_whitespace().filter(|w| w.chars().next().is_some_and(char::is_alphabetic)).collect();
    let capitalised = words.iter().filter(|w| w.starts_with(char::is_uppercase)).count();
    words.len() >= 4 && capitalised * 4 >= words.len() * 3
}

/// "Skyline TV", "Havbris Seafood ASA": a capitalised name ending in a company word.
pub(super) fn company_name(words: &str) -> Option<Speaker> {
    let parts: Vec<&str> = words.split_whitespace().collect();
    let capitalised = parts.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase));
    let company = parts.last().is_some_and(|w| COMPANY_SUFFIXES.contains(w.to_lowercase().as_str()));
    (parts.len() >= 2 && capitalised && company).then(|| Speaker::body(parts.join(" ")))
}

/// "the North Kivu Provincial Health Division": a capitalised name ending in
/// an organisation word, without its article.
pub(super) fn org_name(words: &str) -> Option<Speaker> {
    let parts: Vec<&str> =
        words.split_whitespace().skip_while(|w| matches!(*w, "The" | "the") || is_located(w)).collect();
    let capitalised = parts.iter().all(|w| {
        w.chars().next().is_some_and(char::is_uppercase)
            || matches!(*w, "of" | "and" | "for" | "the" | "a" | "on" | "&")
            // "the Rio de Janeiro State Civil Defence": a particle inside a place's name.
            || matches!(*w, "de" | "do" | "da" | "dos" | "das" | "del")
    }) && parts.last().is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
    let org_at = parts.iter().rposition(|w| ORG_WORDS.contains(w.to_lowercase().as_str()));
    // "Kentucky Cabinet for Health and Family Services": a name ending on an organisation word in
    // the plural. Not "Vice-minister of Health Services Dr. Óscar Lemus", a person after it.
    let plural_org =
        |w: &&&str| w.to_lowercase().strip_suffix('s').is_some_and(|one| one.len() > 3 && ORG_WORDS.contains(one));
    let org_at = org_at.or_else(|| parts.last().filter(plural_org).map(|_| parts.len() - 1));
    let org_at = org_at.or_else(|| super::names::executive_power(&parts).then(|| parts.len() - 1));
    // "Civil Protection said", "the Porto Velho Municipal Civil Defence": the emergency service.
    let civil = |w: &[&str]| w[0] == "Civil" && matches!(w[1], "Defence" | "Defense" | "Protection");
    let org_at = org_at.or_else(|| (parts.len() >= 2 && civil(&parts[parts.len() - 2..])).then(|| parts.len() - 1));
    // "Board Chairman Ray Sandoval", "Harrow Foundation Chief Executive
    // Michael Oduya": a person holding an office in the body.
    let office_holder = org_at.is_some_and(|at| {
        let rest = &parts[at + 1..];
        let office = rest.iter().rposition(|w| OFFICES.contains(w.to_lowercase().as_str()));
        office.is_some_and(|o| rest[o + 1..].iter().any(|w| !is_title(w)))
    });
    // "NHS West Highland and Islands": a health board, named after its area.
    let prefixed = parts.first().is_some_and(|w| ORG_PREFIXES.contains(w));
    (parts.len() >= 2 && capitalised && (org_at.is_some() || prefixed) && !office_holder)
        .then(|| Speaker::body(parts.join(" ")))
}

/// "di Potenza", "de Lisboa": a Romance link and a capitalised place after it, which a body's
/// name ends on though its acronym leaves it out.
fn placed_after_link(rest: &str) -> bool {
    let mut words = rest.split(' ');
    let link = words.next().is_some_and(|w| matches!(w, "di" | "de" | "del" | "della" | "do" | "da" | "du"));
    let place: Vec<&str> = words.collect();
    link && (1..=3).contains(&place.len()) && place.iter().all(|w| w.starts_with(char::is_uppercase))
}

/// "Chief Fire Officer (CFO)", "District Magistrate (DM)": the acronym of an
/// office, whose holder the names pass learns, not of a body.
fn names_an_office(name: &str) -> bool {
    name.rsplit(' ').next().is_some_and(|w| OFFICES.contains(w.to_lowercase()) || w == "Magistrate")
}

/// Whether `word` opens a Romance body's name ("Sindicato", "Serviço").
pub(super) fn romance_head(word: &str) -> bool {
    ROMANCE_HEADS.iter().any(|(h, _)| *h == word)
}

/// A Romance head spelled as in English ("Union", "Centre"), which opens English names too.
pub(super) fn spelled_as_in_english(head: &str) -> bool {
    matches!(head, "Centre" | "Direction" | "Union" | "Federation" | "Association" | "Bureau" | "Office")
}

/// "the Union des travailleurs de l'eau de Guadeloupe", "a survey by the
/// Syndicat des hôteliers de Polynésie": a French body's name, written small
/// after its first word, whole.
pub(super) fn romance_body(words: &str) -> Option<Speaker> {
    const LINKS: [&str; 37] = [
        "de", "des", "du", "d'", "l'", "la", "le", "les", "et", "pour", "en", "del", "dos", "do", "da", "das", "e",
        "y", "para", "por", "sobre", "los", "las", "el", "o", "a", "os", "as", "no", "na", "nos", "nas", "di", "della",
        "dei", "degli", "delle",
    ];
    let name = super::resolve::without_article(words);
    let head = name.split_whitespace().next().unwrap_or_default();
    // Every resolution passes here: the head is checked before anything is collected.
    if !romance_head(head) {
        return None;
    }
    let parts: Vec<&str> = name.split_whitespace().collect();
    if !(3..=12).contains(&parts.len()) {
        return None;
    }
    // "de l'eau": an elided article opens a word.
    let linked = |w: &str| LINKS.contains(&w) || ["d'", "l'", "d’", "l’"].iter().any(|a| w.starts_with(a));
    // "The Centre has no plans", "Union a step closer": a head spelled as in English opens a
    // French name only with a link, a capital, or a French adjective and "de"/"des"/"du" after
    // it ("Union régionale des producteurs"), not "Syndicat mixte des eaux".
    let english_head = spelled_as_in_english(head);
    let french_link = |w: &str| matches!(w, "de" | "des" | "du") || w.starts_with("d'") || w.starts_with("d’");
    let french = linked(parts[1]) || parts[1].starts_with(char::is_uppercase) || french_link(parts[2]);
    if english_head && !french {
        return None;
    }
    // "Cámara Fueguina de Operadores Turísticos": a capitalised adjective, when a link follows.
    let has_link = parts[1..].iter().any(|w| linked(w));
    // Not "Union president Marc-André Bouchard": a Romance name links its words.
    // Not "Banco de México Governor Victoria Rodríguez Ceja": an office in the body, then its holder.
    let office = |w: &&str| super::lexicon::OFFICES.contains(w.to_lowercase());
    // Not "the Ministério da Defesa in Brasília", "the Ministerio de Salud of Nicaragua":
    // where the body is, or whose, in English.
    let english = |w: &&str| matches!(*w, "in" | "of" | "at" | "for" | "from" | "on" | "and" | "the");
    let romance = has_link
        // "Côte-d'Or": an elided article inside a hyphenated place's name.
        && parts[1..].iter().all(|w| linked(w) || w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’')))
        && !parts[1..].iter().any(|w| office(w) || english(w));
    romance.then(|| Speaker::body(name))
}

/// Where a body's name starts after a person's name and "of (the)" ("Fredrik Lövgren of the
/// Bergslagen Rescue Service"): two or three capitalised words before "of", none a body's word
/// or a title ("Bank of England", "Friends of the Earth", "Duke of Edinburgh" keep theirs).
fn person_before_of(words: &[&str]) -> Option<usize> {
    let of = words.iter().position(|w| *w == "of")?;
    let person = &words[..of];
    let named = person.iter().all(|w| {
        let lower = w.to_lowercase();
        w.starts_with(char::is_uppercase)
            && w.chars().all(|c| c.is_alphabetic() || c == '-')
            && !ORG_WORDS.contains(lower.as_str())
            && !TITLES.contains(lower.as_str())
    });
    let start = if words.get(of + 1) == Some(&"the") { of + 2 } else { of + 1 };
    ((2..=3).contains(&person.len()) && named && words.len() > start).then_some(start)
}

#[cfg(test)]
mod tests {
    use super::legal_entity;

    #[test]
    fn a_legal_form_ends_a_company_but_not_a_titled_label() {
        assert_eq!(legal_entity("the Pesquera Andina SAC").map(|s| s.name), Some("Pesquera Andina SAC".into()));
        // A mayor labelled in capitals whose surname, Sac, reads as the Peruvian form.
        assert_eq!(legal_entity("MAYOR TOMÁS XICARÁ SAC"), None);
        assert_eq!(legal_entity("REP. ELIZALDY S. CO"), None);
        // Written small, a title-like first word is the company's: "Seri" of a Malaysian hotelier.
        let hotelier = legal_entity("Seri Tanjung Hospitality Sdn Bhd").map(|s| s.name);
        assert_eq!(hotelier, Some("Seri Tanjung Hospitality Sdn Bhd".into()));
        // In capitals too, where the word is no person's office.
        let cement = legal_entity("PRIME CEMENT PRODUCTS LTD").map(|s| s.name);
        assert_eq!(cement, Some("PRIME CEMENT PRODUCTS LTD".into()));
    }
}

//! Resolution: from the words of one attribution to a speaker, in a fixed order
//! of readings, from the most literal (a name with what the article set before
//! it) to the loosest (a proper name nobody introduced).

use super::lexicon::{self, BUSINESS, ORG_WORDS, SOLE_ROLES, UNNAMED_NOUNS};
use super::orgs::{self, org_name};
use super::sources::{self, unnamed};
use super::{names, nicknames, Context, Speaker, ONE_OF, SOME_OF};
use crate::gazetteer::{EntityKind, Via};
use crate::segment::TRANSLITERATED_INITIALS;

/// The words of an attribution without what is not the speaker's name: a live
/// blog's time, a dateline's end mark, a bracketed title, a nickname, an honour,
/// an honorific, a lede's capitals, post-nominal letters.
fn bare_name(words: &str) -> String {
    // "1:50 PM\nA DepEd supply officer": a live blog's time on the line before is not the speaker.
    let words = words.trim().rsplit('\n').next().unwrap_or(words);
    let words = words.trim().trim_end_matches([',', ':']).trim();
    // "GUAYAQUIL, Jan 21 (ACN).- The Corporation …": not the dateline's end mark.
    let words = words.strip_prefix(".-").map_or(words, str::trim_start);
    // "UPDATE 2-Radbuza says …": a wire headline's version, not the company's name.
    let words = wire_version(words).unwrap_or(words);
    // "Hon. (Dr.) Barasa-Simiyu", a Hansard's label: the name without its bracketed title.
    let untitled = words.split_once(" (").and_then(|(before, rest)| {
        let (title, after) = rest.split_once(") ")?;
        (title.len() <= 6 && title.ends_with('.')).then(|| format!("{before} {after}"))
    });
    let words = untitled.as_deref().unwrap_or(words);
    // "Gogo Sibongile Ndlovu (71) of Pumula South": the name without the age in brackets.
    let aged = words.split_once(" (").and_then(|(before, rest)| {
        let (age, after) = rest.split_once(')')?;
        lexicon::is_age(age).then(|| format!("{before}{after}"))
    });
    let words = aged.as_deref().unwrap_or(words);
    let words = without_police_service(words);
    // `Raymond "Ray" Kowalczyk`: the name without its nickname.
    let plain = nicknames::without_nickname(words);
    let words = plain.as_deref().unwrap_or(words);
    // "City Council Member Bernadette Szczepaniak": an office before the name, the body's words
    // perhaps before it.
    let member = lexicon::OFFICES_BEFORE_NAMES.iter().find_map(|office| {
        let (body, name) = without_article(words).split_once(&format!("{office} "))?;
        let body_named =
            body.split_whitespace().count() <= 5 && body.split_whitespace().all(|w| w.starts_with(char::is_uppercase));
        (body_named && name.contains(' ') && name.starts_with(char::is_uppercase)).then_some(name)
    });
    let words = member.unwrap_or(words);
    let words = lexicon::without_honorific_of_two_words(words);
    // "Róisín Delahunt-Kerr BL", "Brendan Kilbride-Nolan SC": the name without its letters.
    // "Tan Sri Vincent Ong Beng Huat": a Malaysian honour, not a name ("Tan" alone is one).
    // "Group chairman Tan Sri Abdul Hamid Osman": the honour after an office too.
    let honour = words
        .split_once(" Sri ")
        .filter(|(h, _)| h.rsplit(' ').next().is_some_and(|h| lexicon::SRI_HONOURS.contains(&h)));
    let words = honour.map_or(words, |(_, name)| name);
    let joined = without_inner_honorific(words);
    let words = joined.as_deref().unwrap_or(words);
    // "Daw Khin Sandar Win", "Adi Litia Tuilau": a name without its honorific;
    // "Haj Agha Nasrollah Rezvani": without all of them.
    // "The Ven Samuel Kipkemboi Keter": after an article too.
    // "ADI MEREONI NAIVALU", a transcript's label in capitals: the honorific as it is written in a
    // name. Not the Burmese "Ko" and "Ma": "MA FUNG KWOK", "KO HYUN WOO" are surnames.
    let honorific = without_article(words).split_once(' ').filter(|(h, name)| {
        let capitals = h.chars().count() > 1 && !h.chars().any(char::is_lowercase);
        if !capitals {
            return lexicon::honorific_before(h, name.split_whitespace());
        }
        let titled = names::title_case(h);
        !matches!(titled.as_str(), "Ko" | "Ma") && lexicon::honorific_before(&titled, name.split_whitespace())
    });
    let words = honorific.map_or(words, |(_, name)| name);
    let second = words.split_once(' ').filter(|(h, name)| {
        honorific.is_some_and(|(first, _)| name.contains(' ') && lexicon::second_honorific(first, h))
    });
    let words = second.map_or(words, |(_, name)| name);
    // "THE Copperbelt Chamber of Mining Investors has threatened": a lede's capitals.
    let lede = words.strip_prefix("THE ").filter(|r| r.chars().nth(1).is_some_and(char::is_lowercase));
    let lede = lede.map(|rest| format!("The {rest}"));
    let words = lede.as_deref().unwrap_or(words);
    // Not "the Fox Hill MP": a member described by the seat, which "the" shows is no name.
    let described = words.starts_with("the ") || words.starts_with("The ");
    match words.rsplit_once(' ') {
        // "Ramasamy-Pillai JA": a judge's surname and letters in capitals.
        Some((name, letters))
            if (name.contains(' ') || letters.len() >= 2 && !letters.chars().any(char::is_lowercase))
                && !described
                && lexicon::POST_NOMINALS.contains(letters.trim_start_matches(',').trim_end_matches('.')) =>
        {
            name.trim_end_matches(',').to_string()
        }
        _ => words.to_string(),
    }
}

/// Names of national bodies that many states give their own, without the
/// state's name: the story's country's when it is sure of it.
const GENERIC_STATE_BODIES: [&str; 13] = [
    "Geological Survey", "Fisheries Agency", "Meteorological Agency", "Meteorological Department",
    "National Meteorological Service", "Water Resources Commission", "Forestry Commission",
    "National Institute of Public Health", "Institute of Public Health", "National Statistics Office",
    "National Bureau of Statistics", "District Mining Office", "Mining Office",
];

/// Names of national bodies that every state gives its own and that stories name abroad as
/// often ("In Sudan, the Armed Forces said", filed from Nairobi): the story's country's only
/// when it names no other.
const GENERIC_STATE_BODIES_OF_ONE_COUNTRY: [&str; 1] = ["Armed Forces"];

/// Whose figures, data or records they are: "Figures from the Samoa Bureau of
/// Statistics", "Data released by the health board", "MPI figures", "Ofcom's
/// latest figures". Not "the figures" alone.
fn data_keeper(words: &str) -> Option<&str> {
    // Word by word without lowercasing the whole: this runs on every resolution.
    let data = |w: &str| lexicon::DATA_NOUNS.iter().any(|d| w.eq_ignore_ascii_case(d));
    let first = words.split_whitespace().position(data)?;
    let at = words.split_whitespace().take(first).map(|w| w.len() + 1).sum::<usize>();
    let data_word = words[at..].split_whitespace().next()?;
    // Not "The Office for National Statistics": a capitalised word inside a name.
    if first > 0 && data_word.starts_with(char::is_uppercase) {
        return None;
    }
    let after = words[at + data_word.len()..].trim_start();
    // "Figures from …", "Figures compiled by …": the body after the preposition.
    let mut rest = after.split_whitespace();
    let by = match (rest.next(), rest.next()) {
        (Some("from" | "by" | "of"), _) => after.split_once(' ').map(|(_, r)| r),
        (Some("released" | "compiled" | "published" | "collected"), Some("by" | "from")) => after.splitn(3, ' ').nth(2),
        _ => None,
    };
    // "an estimate from the town hall": a body written small after "the" too.
    let named = |b: &&str| b.starts_with("the ") || b.split_whitespace().any(|w| w.starts_with(char::is_uppercase));
    if let Some(body) = by.filter(named) {
        return Some(body);
    }
    // "MPI figures", "Ofcom's latest figures", "Bureau of Meteorology figures": the owner before.
    let before = words[..at].trim_end();
    let before = ["latest", "official", "new", "own", "annual", "provisional"]
        .iter()
        .fold(before, |b, adj| b.strip_suffix(adj).map_or(b, str::trim_end));
    let owner = before.strip_suffix("'s").or_else(|| before.strip_suffix("’s")).unwrap_or(before);
    let named = owner.split_whitespace().last().is_some_and(|w| w.starts_with(char::is_uppercase));
    (after.is_empty() && named && !matches!(owner, "The" | "the")).then_some(owner)
}

/// The words after a wire headline's marks of version, however many: "UPDATE 2-",
/// "Update 1-", "WRAPUP 1-", "CORRECTED-UPDATE 3-", "UPDATE 1-EXCLUSIVE-".
fn wire_version(words: &str) -> Option<&str> {
    let mut rest = words;
    loop {
        let numbered = ["UPDATE ", "Update ", "WRAPUP ", "Wrapup "].iter().find_map(|m| {
            let (number, after) = rest.strip_prefix(m)?.split_once('-')?;
            (number.len() <= 2 && number.chars().all(|c| c.is_ascii_digit())).then_some(after)
        });
        let plain = ["EXCLUSIVE-", "Exclusive-", "REFILE-", "Refile-", "CORRECTED-", "Corrected-"]
            .iter()
            .find_map(|m| rest.strip_prefix(m));
        match numbered.or(plain) {
            Some(after) if !after.is_empty() => rest = after,
            _ => break,
        }
    }
    (rest.len() < words.len()).then_some(rest)
}

/// "Ildar khazrat Mingazov", "Aigerim apai Seitkali": the name without an
/// honorific written small inside it.
fn without_inner_honorific(words: &str) -> Option<String> {
    let parts: Vec<&str> = words.split(' ').collect();
    let inner = (1..parts.len().saturating_sub(1)).find(|&i| {
        lexicon::INNER_HONORIFICS.contains(&parts[i])
            && parts[i - 1].starts_with(char::is_uppercase)
            && parts[i + 1].starts_with(char::is_uppercase)
    })?;
    Some([&parts[..inner], &parts[inner + 1..]].concat().join(" "))
}

/// "Police Maj. Ferdinand dela Cruz": the name without the service its rank
/// is in. (An age or birthplace before a name, "Nineteen-year-old", is a
/// title to `names::is_title`.)
/// "Plymouth Police Lt. Craig Vanderhoef", "Kent Police Sergeant Amy Cole": the force's place
/// before it too, when a name of two words follows the rank.
fn without_police_service(words: &str) -> &str {
    const RANKS: [&str; 8] =
        ["Lieutenant", "Sergeant", "Captain", "Detective", "Officer", "Corporal", "Commander", "Inspector"];
    let parts: Vec<&str> = words.split(' ').collect();
    let Some(at) = parts.iter().take(4).position(|w| w.eq_ignore_ascii_case("police")) else { return words };
    let placed = parts[..at].iter().all(|w| w.starts_with(char::is_uppercase));
    let Some(next) = parts.get(at + 1) else { return words };
    let rank = next.ends_with('.') && names::is_title(next) || at > 0 && RANKS.contains(next);
    let named = at == 0 || parts.len() >= at + 4 && parts[at + 2..].iter().all(|w| w.starts_with(char::is_uppercase));
    if placed && rank && named {
        let skip: usize = parts[..=at].iter().map(|w| w.len() + 1).sum();
        &words[skip..]
    } else {
        words
    }
}

pub(super) fn without_article(words: &str) -> &str {
    words.strip_prefix("the ").or_else(|| words.strip_prefix("The ")).unwrap_or(words)
}

fn named_rest(rest: &str) -> bool {
    rest.chars().next().is_some_and(char::is_uppercase)
}

impl Context<'_> {
    /// Resolves the words of an attribution, remembering the result for later references.
    pub fn resolve(&mut self, words: &str) -> Option<Speaker> {
        // "Cops fear …", "the cops warned": a tabloid's police.
        let words = match words {
            "Cops" | "cops" => "police",
            "The cops" | "the cops" => "the police",
            // "…, says coastguard", a headline's: the service, in one word.
            "Coastguard" | "coastguard" => "the coastguard",
            _ => words,
        };
        let bare = bare_name(words);
        // "Police in Maliq said": the force of the place, as "Maliq police" is.
        let placed_police = ["police in ", "Police in "].iter().find_map(|p| bare.strip_prefix(p)).filter(|place| {
            place.split_whitespace().all(|w| w.starts_with(char::is_uppercase)) && self.is_place_word(place)
        });
        let placed_police = placed_police.map(|place| format!("{place} police"));
        let bare = placed_police.unwrap_or(bare);
        let words = bare.as_str();
        let speaker = self.resolve_inner(words)?;
        // "the bank", "Rutli Privatbank": the company as the article first named it in full.
        let speaker = self.company_in_full(&speaker).unwrap_or(speaker);
        let speaker = self.listed_in_full(&speaker).unwrap_or(speaker);
        let speaker = self.placed_in_full(&speaker).unwrap_or(speaker);
        let speaker = self.spelt_out_agency(&speaker).unwrap_or(speaker);
        let speaker = self.named_in_its_language(&speaker).unwrap_or(speaker);
        // "Civil Protection said", after "Sinaloa State Civil Protection said": the state's, before
        // any reading of the short name as the country's service.
        let speaker = self.heard_in_full(words, &speaker).unwrap_or(speaker);
        // "Quebec's Ministry of …": a province's own, not the country's.
        let regional = self.regional_body(words).is_some() || super::bodies::regional_office(words).is_some();
        let speaker = if regional { speaker } else { self.government_agency(&speaker).unwrap_or(speaker) };
        // "Gerry Lapointe-Sinclair" of a headline, once the text introduced `Gerald "Gerry"
        // Lapointe-Sinclair`: the person the nickname belongs to.
        let speaker = self.nicknamed(&speaker).unwrap_or(speaker);
        let speaker = self.fuller_name(&speaker).unwrap_or(speaker);
        let speaker = self.without_home_honorific(&speaker).unwrap_or(speaker);
        let speaker = self.group_body(&speaker).unwrap_or(speaker);
        self.remember(words, &speaker);
        Some(speaker)
    }

    /// `words` resolved only when they name somebody other than themselves:
    /// "Governor" of a headline's "governor signals …" is the governor the
    /// story names, "Union" of "union says …" would be a name made up. Left
    /// unremembered then.
    pub fn resolve_known(&mut self, words: &str) -> Option<Speaker> {
        let made_up = self.resolve_inner(bare_name(words).as_str()).is_some_and(|s| s.name.eq_ignore_ascii_case(words));
        if made_up {
            return None;
        }
        self.resolve(words)
    }

    /// "Exporters warn new levy will drive trade away" over a story that names the
    /// Berbera Livestock Exporters' Union: a headline's or deck's group speaks through
    /// the one members' body (association, union, ...) the article names after it.
    /// Not "Workers at the docks", a group described, nor the Student Loans Company.
    fn group_body(&self, speaker: &Speaker) -> Option<Speaker> {
        const MEMBERS_BODIES: [&str; 16] = [
            "association", "union", "federation", "cooperative", "co-operative", "society", "collective", "alliance",
            "guild", "network", "forum", "organisation", "organization", "committee", "council", "congress",
        ];
        let group = speaker.name.strip_prefix("unnamed: ").filter(|_| self.paragraph <= 1)?;
        // "maize growers", "Księży Młyn tenants", not "workers at the docks".
        let words: Vec<&str> = group.split(' ').collect();
        let (noun, before) = words.split_last()?;
        let plain = before.len() <= 1 || before.iter().all(|w| w.starts_with(char::is_uppercase));
        let noun = Some(noun.to_lowercase()).filter(|_| plain)?;
        // "fishermen" and "Sidon Fishermen's Cooperative": one stem, "fisherman".
        let singular = |w: &str| -> String {
            let w = w.trim_end_matches("'s").trim_end_matches("’s").trim_end_matches(['\'', '’']);
            match w.strip_suffix("men") {
                Some(stem) => format!("{stem}man"),
                None => w.strip_suffix('s').unwrap_or(w).to_string(),
            }
        };
        let stem = Some(singular(&noun)).filter(|s| s.len() >= 4 && *s != noun)?;
        let members = |name: &str| {
            let last = name.rsplit(' ').next().unwrap_or("").to_lowercase();
            let head = name.split(" of ").next().unwrap_or(name).rsplit(' ').next().unwrap_or("").to_lowercase();
            !name.contains(" and the ")
                && (MEMBERS_BODIES.contains(&last.as_str()) || MEMBERS_BODIES.contains(&head.as_str()))
        };
        let holds = |body: &&Speaker| {
            !body.person && members(&body.name) && body.name.split(' ').any(|w| singular(&w.to_lowercase()) == stem)
        };
        let bodies = self.org_by_noun.values().chain(&self.companies).chain(self.acronyms.values()).filter(holds);
        super::only_one(bodies).cloned()
    }

    /// "Rev. Lagavalu Seumanu of the Ekalesia Fakatapu Niue": a person the article
    /// named in full, before any country or body the name of theirs holds. Not
    /// "Provincial Government of Luanda" nor "United Mine Workers of America",
    /// however learned.
    fn named_person_of_body(&self, words: &str) -> Option<Speaker> {
        let body_word = |w: &str| {
            let w = w.to_lowercase();
            lexicon::ORG_WORDS.contains(w.as_str()) || matches!(w.as_str(), "government" | "county" | "workers")
        };
        let s = self.person_of_body(words)?;
        let surname = s.name.rsplit(' ').next().unwrap_or_default();
        let met = self.by_surname.get(surname).is_some_and(|p| p.person && p.name == s.name);
        (met && !s.name.split(' ').any(body_word)).then_some(s)
    }

    /// "The Inkatha Freedom Party caucus in the eThekwini council": a party's or
    /// body's members in a chamber speak for it.
    fn caucus(&self, words: &str) -> Option<Speaker> {
        let whole = without_article(words);
        let named = [" caucus", " bloc", " faction"].iter().find_map(|c| {
            let at = whole.find(c)?;
            let rest = &whole[at + c.len()..];
            (rest.is_empty() || [" in ", " on ", " of "].iter().any(|p| rest.starts_with(p))).then(|| &whole[..at])
        })?;
        if !named.starts_with(char::is_uppercase) {
            return None;
        }
        self.resolve_inner(named).filter(|s| !s.person)
    }

    /// "The island's GP, Wytze Sikkema": a person the article named, after an
    /// office the lexicon does not know.
    fn person_after_office(&self, words: &str) -> Option<Speaker> {
        let (office, who) = words.rsplit_once(", ")?;
        let name = who.split(' ').count() >= 2 && who.split(' ').all(|w| w.starts_with(char::is_uppercase));
        let surname = who.rsplit(' ').next().unwrap_or(who);
        let named = self.by_surname.get(surname).filter(|p| p.person && p.name == who);
        named.filter(|_| name && office.split(' ').count() <= 4).cloned()
    }

    /// "Opposition leader in the Gilgit-Baltistan Assembly Muhammad Ayub Shah Advocate": a person
    /// met in full, after the body their office is of, and before the Pakistani lawyer's "Advocate".
    fn person_after_body(&self, words: &str) -> Option<Speaker> {
        let words = words.strip_suffix(" Advocate").unwrap_or(words);
        let person = self.by_surname.get(words.rsplit(' ').next()?).filter(|p| p.person && p.name.contains(' '))?;
        let before = words.strip_suffix(person.name.as_str())?.strip_suffix(' ')?;
        let (_, last) = before.rsplit_once(' ')?;
        let named = last.starts_with(char::is_uppercase) && lexicon::ORG_WORDS.contains(last.to_lowercase().as_str());
        // An office before the body ("leader", "member", "Lieutenant Colonel"): not "Asociación
        // Vecinal Pino Montano" or "the board of the Hospital Rio do Testo", bodies named after a
        // place the story took for a person. Not the "of" of "Minister of …", a title's word.
        let office = before.split(' ').any(|w| {
            let w = w.to_lowercase();
            lexicon::OFFICES.contains(w.as_str())
                || lexicon::TITLES.contains(w.as_str()) && w.len() > 3
                || matches!(w.as_str(), "member" | "members")
        });
        // Nor "Sgt. Amber Juntunen of the Michigan State Police Negaunee Post": somebody else's office.
        let someone_else = || {
            before.split(' ').any(|w| {
                self.by_surname.get(w).is_some_and(|p| p.person && before.contains(&format!("{} of ", p.name)))
            })
        };
        (named && office && !someone_else()).then(|| person.clone())
    }

    /// "T. al-Naggar", "M. Abenov", "Ye. Sadvakassov", "B.N. Kholiqov": initials and
    /// the surname of a person met in full ("Bahodur Nurulloevich Kholiqov"), each
    /// initial opening one of the names before the surname.
    fn initialled(&self, words: &str) -> Option<Speaker> {
        // "Dr M. Ramokgopa", "Hon. J. Viljoen": a transcript's label, after its title.
        let words = words.split_once(' ').filter(|(title, _)| super::names::is_title(title)).map_or(words, |(_, w)| w);
        // "V. S. Krasnov", "A. P. Grigorash": initials set apart, read as "V.S. Krasnov".
        let joined;
        let words = match words.rsplit_once(". ") {
            Some((initials, _)) if initials.contains(". ") && initials.split(". ").all(|i| i.chars().count() == 1) => {
                joined = words.replacen(". ", ".", initials.matches(". ").count());
                joined.as_str()
            }
            _ => words,
        };
        let (initials, surname) = words.split_once(". ").filter(|(_, s)| !s.contains(' '))?;
        let letters: Vec<&str> = initials.split('.').collect();
        // "Ye.", "Zh.": a Cyrillic initial takes two Latin letters, alone.
        let single = letters.len() == 1 && TRANSLITERATED_INITIALS.contains(&initials);
        if !single && !letters.iter().all(|l| l.chars().count() == 1) {
            return None;
        }
        let fits = |p: &Speaker| {
            let names: Vec<&str> = p.name.split_whitespace().collect();
            let opens = if letters.len() == 1 { p.name.starts_with(initials) } else { names.len() > letters.len() };
            p.person && opens && letters.iter().zip(&names).all(|(l, n)| n.starts_with(l))
        };
        let person = self.by_surname.get(surname).filter(|p| fits(p))?;
        // "Mr M. Ramokgopa", with both Mpho and Mandla Ramokgopa in the story: either.
        let surnamed = format!(" {surname}");
        // Not "Ye. Sadvakassov", learned as written: initials are no other given name.
        fn given(name: &str) -> Option<&str> {
            name.split(' ').next().filter(|g| !g.ends_with('.'))
        }
        let other = |p: &&Speaker| {
            given(&p.name).is_some_and(|g| Some(g) != given(&person.name)) && p.name.ends_with(&surnamed) && fits(p)
        };
        if self.by_surname.values().any(|p| other(&p)) {
            return None;
        }
        Some(person.clone())
    }

    /// The readings in order; the first that finds a speaker wins.
    /// "The union representing workers at Curtiembre Queguay": the union the
    /// story names, not the company its clause mentions.
    fn body_described_by_what_it_does(&self, words: &str) -> Option<Speaker> {
        let rest = words.strip_prefix("the ").or_else(|| words.strip_prefix("The "))?;
        let (noun, clause) = rest.split_once(' ')?;
        let doing = clause.split(' ').next().is_some_and(|w| w.len() > 5 && w.ends_with("ing"));
        if !doing || !ORG_WORDS.contains(noun) {
            return None;
        }
        self.org_by_noun.get(noun).cloned()
    }

    /// "Several traders interviewed by the Courier": the traders, unnamed, not
    /// the paper that found them.
    fn found_by_outlet(&self, words: &str) -> Option<Speaker> {
        let found_by = [" interviewed by ", " contacted by ", " questioned by ", " approached by ", " surveyed by "];
        let (people, _) = found_by.iter().find_map(|by| words.split_once(by))?;
        self.resolve_inner(people).filter(|s| s.name.starts_with("unnamed: "))
    }

    /// "The Gombe State wing of the Nigeria Union of Teachers": the body its
    /// branch speaks for. Not "An official at the regional branch of …" or "The
    /// spokesman for the Lagos chapter of …", a voice of the branch; nor "the
    /// youth wing of the party", a body not named. "The Veracruz office of the
    /// National Institute of Anthropology and History": an office likewise
    /// (not "the office of the President", a person). "The provincial delegation of the
    /// Ministry of Public Health and Prevention": a ministry's local arm.
    fn branch_of_body(&self, words: &str) -> Option<Speaker> {
        let (part, body) = [" wing of ", " branch of ", " chapter of ", " office of ", " delegation of "]
            .iter()
            .find_map(|of| words.split_once(of))?;
        let voiced = part.split_whitespace().any(|w| matches!(w, "at" | "for" | "from" | "with"));
        let opens = part.starts_with("The ") || part.starts_with("the ");
        let named = without_article(body).starts_with(char::is_uppercase);
        if !opens || voiced || part.split_whitespace().count() > 6 || !named {
            return None;
        }
        self.resolve_inner(body).filter(|s| !s.person)
    }

    /// "The National Weather Service office in Negaunee Township", "the labour ministry's office
    /// in San Pedro Sula": the body, not the place its office is in.
    fn local_office(&self, words: &str) -> Option<Speaker> {
        let (owner, place) =
            [" office in ", " office at ", " bureau in "].iter().find_map(|sep| words.split_once(sep))?;
        let body = owner.strip_suffix("'s").or_else(|| owner.strip_suffix("’s")).unwrap_or(owner);
        if !place.starts_with(char::is_uppercase) {
            return None;
        }
        // "Forecasters at the … office in …": whoever they are at the body, not a person "Tennant
        // Creek"; not "a senior officer at the department's regional", which names no body.
        let named = body.split(' ').skip(1).any(|w| w.starts_with(char::is_uppercase));
        // "The UN humanitarian office": the office the gazetteer knows by that name first.
        let office = &words[..owner.len() + " office".len()];
        let known = self.gazetteer(office, &office.to_lowercase()).filter(|s| !s.person);
        known.or_else(|| self.resolve_inner(body).filter(|s| !s.person || named && s.name.starts_with("unnamed: ")))
    }

    pub(super) fn resolve_inner(&self, words: &str) -> Option<Speaker> {
        if words.starts_with("unnamed: ") {
            return Some(Speaker { name: words.to_string(), person: true, gender: None });
            // already resolved
        }
        // Word by word before any substring search: this runs on every resolution.
        if words.split(' ').any(|w| matches!(w, "office" | "bureau" | "calling")) {
            if let Some(s) = self.local_office(words).or_else(|| self.calling_itself(words)) {
                return Some(s);
            }
        }
        // A headline's "Ferrymen's association says …": the members' body, as "the ferrymen's
        // association" would be, not a person whose name holds "Ferrymen".
        if let Some(s) = self.members_capitalised(words) {
            return Some(s);
        }
        // "On March 20: “Bank's having system issues …”": a date that labels a message, nobody.
        // "On Wednesday evening Pilar Bescós Lanuza": whoever the date is followed by.
        if let Some(rest) = after_opening_date(words) {
            return self.resolve_inner(rest?);
        }
        // "Portalegre council", of a story that named "the Câmara Municipal de Portalegre": the
        // câmara, before a place's council is made up of the words.
        if let Some(s) = self.city_body(words).filter(|s| s.name.starts_with("Câmara")) {
            return Some(s);
        }
        if let Some(s) = self
            .regional_government(words)
            .or_else(|| self.government_of_place(words))
            .or_else(|| self.local_body(words))
        {
            return Some(s);
        }
        // "The cantonal Department of Territory": the region's office, by its name.
        if let Some(name) = super::bodies::regional_office(words) {
            return Some(Speaker::body(name));
        }
        if let Some(s) = self.named_red_cross(words) {
            return Some(s);
        }
        if let Some(s) = orgs::red_cross_society(words) {
            return Some(s);
        }
        if let Some(s) = self.body_described_by_what_it_does(words).or_else(|| self.named_for_its_aim(words)) {
            return Some(s);
        }
        // "Figures from the Samoa Bureau of Statistics", "MPI figures", "Ofcom's latest figures": who keeps them.
        if let Some(keeper) = data_keeper(words) {
            return self.resolve_inner(keeper);
        }
        // "Members of the Savannah Smallholder Rice Farmers' Association have threatened": the body.
        if let Some(body) = words.strip_prefix("Members of ").or_else(|| words.strip_prefix("members of ")) {
            if let Some(s) = self.resolve_inner(body).filter(|s| !s.person) {
                return Some(s);
            }
        }
        if let Some(s) = orgs::acting_for_body(words).and_then(|body| self.resolve_inner(body)) {
            return Some(s);
        }
        if let Some(s) = self.found_by_outlet(words).or_else(|| self.branch_of_body(words)) {
            return Some(s);
        }
        if let Some(s) = self
            .caucus(words)
            .or_else(|| self.firm(words))
            .or_else(|| self.city_hall(words))
            .or_else(|| self.city_body(words))
            .or_else(|| self.port(words))
            .or_else(|| self.home_alias(words))
        {
            return Some(s);
        }
        if let Some(s) = self.placed_voice(words) {
            return Some(s);
        }
        if let Some(s) = self.as_introduced(words) {
            return Some(s);
        }
        let lower = words.to_lowercase();
        if let Some(referent) = self.reference_word(&lower) {
            return referent;
        }
        if let Some(s) = lexicon::style_of_address(&lower).and_then(|(rest, royal)| self.styled(&words[rest..], royal))
        {
            return Some(s);
        }
        // "Ir. H. Bambang Sutrisno": Haji, as `learn_person` reads it, after any title.
        if let Some(rest) = self.after_home_honorific(words) {
            if let Some(p) = self.resolve_inner(rest).filter(|p| p.person) {
                return Some(p);
            }
        }
        // "the Associação dos Exportadores do Polo Industrial de Manaus": the whole name,
        // not the name of a place or person inside it.
        // "la Confederación Hidrográfica del Ebro": a state's agency the gazetteer knows speaks for the state.
        if let Some(s) = orgs::romance_body(words) {
            return Some(self.country_agency(words).unwrap_or(s));
        }
        // "Gogo Ndlovu", after "Gogo Sibongile Ndlovu": an honorific before the surname of a person met in full.
        // "Chaudhry Kamboh", after "Chaudhry Muhammad Ashraf Kamboh": one that opens long names too,
        // before the surname of a person met with it.
        let honorific_and_surname = words.split_once(' ').filter(|(_, s)| !s.contains(' '));
        let met = honorific_and_surname
            .and_then(|(h, s)| self.by_surname.get(s).filter(|p| lexicon::is_honorific(h) || self.honoured_as(h, p)));
        if let Some(p) = met.filter(|p| p.person && p.name.contains(' ')) {
            return Some(p.clone());
        }
        if let Some(p) = self.honoured_person(words).or_else(|| self.known_by_honorific(words)) {
            return Some(p);
        }
        if let Some(p) = self.addressed_by_given_name(words) {
            return Some(p);
        }
        if let Some(s) = self.person_after_office(words).or_else(|| self.person_after_body(words)) {
            return Some(s);
        }
        if let Some(p) = self.family_name(words) {
            return Some(p);
        }
        self.by_name(words, &lower)
            .or_else(|| self.by_entity(words, &lower))
            .or_else(|| self.by_reference(words, &lower))
            .or_else(|| self.by_role_or_source(words, &lower))
            .or_else(|| self.company_by_first_words(words))
            .or_else(|| self.written_otherwise(words))
            .or_else(|| self.proper_name(words))
            .or_else(|| portfolio_body(words))
    }

    /// "DFO said" in a Canadian story: the body a short form names at home.
    /// Only on good evidence of the story's country: its dateline, or, with none, a
    /// lead of two votes over the next country. Not when the story spells the letters
    /// out otherwise ("the Health and Safety Executive for Northern Ireland (HSE)").
    pub(super) fn home_alias(&self, words: &str) -> Option<Speaker> {
        let short = without_article(words);
        let home = self.home_country.as_deref()?;
        let sure = match self.filed_in.as_deref() {
            Some(filed) => filed == home,
            None => self.home_margin >= 2,
        };
        if !sure || self.acronyms.contains_key(short) {
            return None;
        }
        // "The Geological Survey", "the District Mining Office" in a Czech story: a state's body
        // named as every state names its own. Not a regulator ("the Civil Aviation Authority"),
        // which annotators name as a body of its own.
        let one_country = self.home_alone && GENERIC_STATE_BODIES_OF_ONE_COUNTRY.contains(&short);
        if GENERIC_STATE_BODIES.contains(&short) || one_country {
            return Some(Speaker::body(home.to_string()));
        }
        let entity = self.gaz.home_alias(short, home)?;
        self.resolve_inner(&entity.name)
    }

    /// The words after a home honorific ("H.", "Seth") that only titles precede.
    fn after_home_honorific<'w>(&self, words: &'w str) -> Option<&'w str> {
        let mut rest = words;
        while let Some((word, after)) = rest.split_once(' ') {
            if self.home_honorific_over(word, after) {
                // "Phra Maha Anan Thitayano": an honorific of two words.
                let mut rest = after.trim_start();
                while let Some((second, more)) = rest.split_once(' ') {
                    if !lexicon::second_honorific(word, second) || more.trim().is_empty() {
                        break;
                    }
                    rest = more.trim_start();
                }
                return Some(rest);
            }
            if !names::is_title(word) {
                return None;
            }
            rest = after;
        }
        None
    }

    /// "Ferrandi said", after "Ferrandi Componenti" and its chief executive "Alberto
    /// Ferrandi": the family's company is "the company", the surname the person's.
    fn family_name(&self, words: &str) -> Option<Speaker> {
        if words.contains(' ') || !self.by_surname.contains_key(words) {
            return None;
        }
        let firm = |c: &Speaker| c.name.strip_prefix(words).is_some_and(|r| r.starts_with(' '));
        if !self.companies.iter().any(firm) {
            return None;
        }
        self.last_named_by_surname(words)
    }

    /// The person last named, when `word` is their surname alone: "Colombo" after
    /// "Marta Colombo" is not Sri Lanka's capital, "Ferrandi" after "Alberto
    /// Ferrandi" not the family's company. Only the person last named, whom the
    /// article is following ("Washington said", "Ford said" stay the capital's
    /// and the carmaker's). Not a surname after a particle ("Henrique Tavares de
    /// Lima" is Tavares), nor a "person" the name finder made of an opener or a
    /// place ("Official Minsk", "Yet Brightwell", "Oslo-listed Skarvik").
    pub(super) fn last_named_by_surname(&self, word: &str) -> Option<Speaker> {
        let last = self.last_person.as_ref().filter(|p| p.person)?;
        let (given, surname) = last.name.rsplit_once(' ')?;
        let particle = given.rsplit(' ').next().is_some_and(|w| lexicon::PARTICLES.contains(w));
        (surname == word && !made_of_an_opener(&last.name) && !particle).then(|| last.clone())
    }

    /// "Pak Bambang", after "Bambang Sutrisno": Indonesian address is by the
    /// given name, so the one person met in full whose name opens on it; so is
    /// the Spanish "Don Hermelindo", the Fijian "Adi Litia", the Polish and
    /// Ukrainian "Pani Daria", the Arabic "Hajja Samira" and "Ustaz Fawzy".
    /// Not "Don Smith", whose given name it is.
    fn addressed_by_given_name(&self, words: &str) -> Option<Speaker> {
        // Not "Am Ahmed", introduced as such: the person met under that name.
        if self.by_surname.get(words).is_some_and(|p| p.person && p.name == words) {
            return None;
        }
        // "Bhaveshbhai", "Minaben": Gujarati address by the given name, brother or sister after it.
        let gujarati = || words.strip_suffix("bhai").or_else(|| words.strip_suffix("ben")).filter(|g| g.len() >= 3);
        let (address, given) = match words.split_once(' ') {
            Some((address, given)) if ADDRESS_BY_GIVEN_NAME.contains(&address) && !given.contains(' ') => {
                (address, given)
            }
            None => ("", gujarati()?),
            _ => return None,
        };
        let mut people = self.by_surname.values().filter(|p| {
            p.person
                && (address != "Phra" || self.honoured_as(address, p))
                && p.name.split(' ').next() == Some(given)
                && p.name.contains(' ')
                && !p.name.starts_with("unnamed:")
        });
        let first = people.next()?;
        people.all(|p| p.name == first.name).then(|| first.clone())
    }

    /// "His Excellency Dr. Hilal al-Maskari" is the name after the style; a style
    /// alone ("His Excellency added") stands for the person last named, as "he"
    /// does. Not a royal one: "His Royal Highness" is seldom the last person named.
    fn styled(&self, rest: &str, royal: bool) -> Option<Speaker> {
        let named = Some(rest).filter(|r| !r.is_empty()).and_then(|r| self.resolve_inner(r));
        named.or_else(|| self.last_person.clone().filter(|_| !royal))
    }

    /// A name as the article introduced it, with or without what it set before it:
    /// a peer, a place or trade, an office from an attendance list, a nationality,
    /// a body's description, an age, an acronym.
    fn as_introduced(&self, words: &str) -> Option<Speaker> {
        if let Some(s) = self.peer(words) {
            return Some(s);
        }
        // "Lagos-based Harbourline Research", "broadcaster Rete Aurora": the name,
        // without where it is based or what it is.
        // "the Virginia-based consultancy Harlow & Pike Advisory": both.
        // "72-year-old Ilona Kovács": her age, then her name (not "23-year-old Ivorian").
        // Not "the 41-year-old South African": a nationality, the person just named.
        let demonym = |rest: &str| self.gaz.whole_mentions(rest).any(|m| m.via == Via::Demonym);
        let aged = |f: &str| {
            let rest = without_article(words).split_once(' ').map_or("", |(_, r)| r);
            f.ends_with("-year-old") && rest.split_whitespace().count() >= 2 && !demonym(rest)
        };
        let described = |f: &str| names::is_located(f) || BUSINESS.contains(f.to_lowercase().as_str()) || aged(f);
        let mut rest = without_article(words);
        // "Sinn Féin's Nóirín Ní Bhriain TD": a person the article named, by their party or employer.
        // Not "Poland's Operational Command": a country's office.
        let owned = words.split_once("'s ").or_else(|| words.split_once("’s ")).map(|(_, person)| person);
        if let Some(person) = owned.filter(|p| named_rest(p) && self.country_agency(words).is_none()) {
            let met = |s: &Speaker| s.person && self.by_surname.values().any(|p| p.name == s.name);
            if let Some(s) = self.resolve_inner(person).filter(met) {
                return Some(s);
            }
        }
        // "Hong Kong-based Lianhai Bulk Shipping": a place of more than one word.
        let placed = rest
            .split(' ')
            .take(3)
            .position(names::is_located)
            .filter(|&at| at > 0 && rest.split(' ').take(at).all(|w| w.starts_with(char::is_uppercase)));
        if let Some(at) = placed {
            rest = rest.splitn(at + 2, ' ').nth(at + 1).unwrap_or(rest);
        }
        while let Some((_, after)) = rest.split_once(' ').filter(|(f, _)| !f.is_empty() && described(f)) {
            rest = after;
        }
        if rest.len() < without_article(words).len() && named_rest(rest) {
            if let Some(s) = self.resolve_inner(rest) {
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
        if let Some((s, _)) = self.named_before_noun(words) {
            return Some(s);
        }
        if let Some(s) = business_then_name(words) {
            return Some(s);
        }
        // "The 52-year-old Van Dongen": the name, without the age.
        let aged = words.strip_prefix("The ").or_else(|| words.strip_prefix("the ")).and_then(|r| r.split_once(' '));
        if let Some((_, rest)) = aged.filter(|(age, rest)| age.ends_with("-year-old") && named_rest(rest)) {
            if let Some(s) = self.resolve_inner(rest) {
                return Some(s);
            }
        }
        let bare = without_article(words);
        let acronym = self.acronyms.get(bare.trim_end_matches("’s").trim_end_matches("'s"));
        if acronym.is_none() {
            if let Some(s) = self.person_by_initials(bare) {
                return Some(s);
            }
        }
        let acronym = acronym?;
        // "TBN said", once "PT Tanjung Baru Nikel Industri (TBN)" was named; "the DSWR", a
        // government department, speaks for the country.
        self.national_department(&acronym.name).or_else(|| Some(acronym.clone()))
    }

    /// "A.M.K.:" labelling an interview's answers: the one person the article
    /// names whose capitalised names begin so ("Albert Mutombo wa Kalenga").
    /// Tried only for initials no acronym and no gazetteer entry claims
    /// ("U.N." stays the UN whoever is called Usman Nasir).
    fn person_by_initials(&self, words: &str) -> Option<Speaker> {
        if self.gaz.whole_mentions(words).next().is_some() {
            return None;
        }
        let letters: Option<String> = words
            .strip_suffix('.')?
            .split('.')
            .map(|l| {
                let mut chars = l.chars();
                match (chars.next(), chars.next()) {
                    (Some(letter), None) if letter.is_uppercase() => Some(letter),
                    _ => None,
                }
            })
            .collect();
        let letters = letters.filter(|l| (2..=4).contains(&l.chars().count()))?;
        self.person_spelt(&letters)
    }

    /// "KBD:", a label without stops: as "A.M.K.", where no acronym the article
    /// or the gazetteer knows claims the letters. Only for labels, where a body's
    /// letters in prose ("NRZ said") are too common.
    pub fn labelled_by_initials(&self, label: &str) -> Option<Speaker> {
        let letters = (2..=4).contains(&label.len()) && label.bytes().all(|b| b.is_ascii_uppercase());
        if !letters || self.acronyms.contains_key(label) || self.gaz.whole_mentions(label).next().is_some() {
            return None;
        }
        self.person_spelt(label)
    }

    /// The one person named in full whose capitalised names begin with `letters`.
    fn person_spelt(&self, letters: &str) -> Option<Speaker> {
        let initials = |name: &str| -> String {
            name.split_whitespace().filter_map(|w| w.chars().next()).filter(|c| c.is_uppercase()).collect()
        };
        let mut people = self.by_surname.values().filter(|s| s.person && initials(&s.name) == letters);
        let first = people.next()?;
        people.all(|s| s.name == first.name).then(|| first.clone())
    }

    /// A word that is never a name of its own: a pronoun, or "several" of a group.
    /// The outer option says whether the word is one; the inner, whom it stands for.
    fn reference_word(&self, lower: &str) -> Option<Option<Speaker>> {
        // "Cabinet approved", "Government will table": the article's government, as "the government".
        if matches!(lower, "government" | "cabinet") {
            if let Some(s) = self.definite("the government") {
                return Some(Some(s));
            }
        }
        if SOME_OF.contains(&lower) || ONE_OF.contains(&lower) {
            return Some(self.one_of_the_group(lower));
        }
        // "According to him": the object forms too.
        let subject_form = match lower {
            "him" => "he",
            "her" => "she",
            "them" => "they",
            other => other,
        };
        matches!(subject_form, "he" | "she" | "they" | "it" | "we")
            .then(|| self.pronoun(subject_form).or_else(|| self.last.clone()))
    }

    fn pronoun(&self, lower: &str) -> Option<Speaker> {
        match lower {
            // The last person, whatever the gazetteer thinks of their gender:
            // a pronoun is never a name of its own.
            // "Kalolo denied … Some riders have claimed … She insisted …": not the group, but who
            // spoke alone just before it (further back, "she" is more likely one of the group).
            "he" | "she" => {
                let alone = self.last_individual.as_ref().filter(|(_, at)| at + 1 >= self.paragraph);
                match (&self.last_person, alone) {
                    (Some(p), Some((one, _))) if plural_group(&p.name) => Some(one.clone()),
                    (last, _) => last.clone(),
                }
            }
            "it" => self.last_body.clone().or_else(|| self.last.clone()),
            "they" | "we" => self.last.clone(),
            _ => None,
        }
    }

    /// A person or body by name: a capital's government, a company by its trade,
    /// a voice or caller and where they are, a surname met in full, initials, a
    /// titled person, a legal entity.
    fn by_name(&self, words: &str, lower: &str) -> Option<Speaker> {
        // "A report prepared for the Public Utilities Commission by the consultancy Harlow &
        // Pike Advisory": whoever the document is by, not whom it is for.
        if let Some(at) = lower.rfind(" by ").filter(|_| lexicon::names_a_study(lower.split_whitespace())) {
            if let Some(s) = self.resolve_inner(&words[at + 4..]) {
                return Some(s);
            }
        }
        // "Official Minsk has repeatedly denied": the government its capital stands for.
        if let Some(capital) = words.strip_prefix("Official ").filter(|c| !c.contains(' ')) {
            if let Some(s) = self.gazetteer(capital, &capital.to_lowercase()).filter(|s| !s.person) {
                return Some(s);
            }
        }
        if let Some(s) = self.company_by_trade(lower) {
            return Some(s);
        }
        if let Some(s) = self.placed(words, lower) {
            return Some(s);
        }
        // "Ferreira Lima", met earlier as "João Batista Ferreira Lima": the person, not Lima.
        // "al-Ansari", of "Lehbib Ould Mohamed Fadel al-Ansari": a surname opening on its particle.
        let particled = |w: &str| w.starts_with(char::is_lowercase) && w.contains('-');
        if let Some(s) =
            self.by_surname.get(words.trim()).filter(|s| s.person && (words.trim().contains(' ') || particled(words)))
        {
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
        orgs::legal_entity(words) // "Daeyang America Inc.": a company, whatever place its name holds
    }

    /// "Siobhán in Cloonfad says", "Gerry from Moycullen": the caller, not the place;
    /// "A European Commission spokesperson in Brussels": whom the voice speaks for.
    fn placed(&self, words: &str, lower: &str) -> Option<Speaker> {
        // "A KEPCO spokesperson at the company's headquarters in Naju": the voice, wherever it is.
        if let Some((voice, _)) = words.split_once(" at ").filter(|(v, _)| sources::ends_in_voice(&v.to_lowercase())) {
            if let Some(s) = self.resolve_inner(voice) {
                return Some(s);
            }
        }
        let (who, _) = words.split_once(" in ").or_else(|| words.split_once(" from "))?;
        if sources::ends_in_voice(&who.to_lowercase()) {
            if let Some(s) = self.resolve_inner(who) {
                return Some(s);
            }
        }
        let short_proper = !who.is_empty()
            && who.split_whitespace().count() <= 3
            && who.split_whitespace().all(|w| w.chars().next().is_some_and(char::is_uppercase))
            && !who.split_whitespace().any(|w| ORG_WORDS.contains(w.to_lowercase().as_str()));
        if !short_proper {
            return None;
        }
        // "Analysts in Seoul say": unnamed sources keep where they are.
        match self.resolve_inner(who).filter(|s| s.person) {
            Some(s) if s.name.starts_with("unnamed:") => unnamed(words, lower).or(Some(s)),
            found => found,
        }
    }

    /// "The U.N. Verification Mission in Colombia", "the Commercial Court in
    /// Rijeka": a body named with where it sits, not the country or town.
    fn body_in_place(&self, words: &str) -> Option<Speaker> {
        let (who, place) = words.rsplit_once(" in ")?;
        let who = without_article(who);
        // "The UN Human Rights Office in Geneva": the gazetteer's name for a body it knows.
        if self.gaz.whole_mentions(who).next().is_some() {
            return None;
        }
        let parts: Vec<&str> = who.split_whitespace().collect();
        let capital = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
        let named = parts.len() >= 2
            && capital(&parts[0])
            && parts.iter().all(|w| capital(w) || matches!(*w, "of" | "and" | "for" | "the" | "on"));
        let head = parts.last().map(|w| w.to_lowercase()).unwrap_or_default();
        // "the Association of Banks in Bulgaria", "the Council of Churches in Namibia": a trade,
        // civic or church body named with its country.
        let first = parts.first().map(|w| w.to_lowercase()).unwrap_or_default();
        let association = matches!(
            first.as_str(),
            "association"
                | "chamber"
                | "federation"
                | "union"
                | "confederation"
                | "council"
                | "fellowship"
                | "alliance"
        ) && parts.get(1) == Some(&"of");
        let sits = matches!(head.as_str(), "mission" | "office" | "court" | "tribunal" | "bureau") || association;
        // "the German Foreign Office", "the Prime Minister's Office in Putrajaya", "the
        // Federal Foreign Office in Berlin": a government's.
        let governmental = who.contains("Minister")
            || who.contains("President")
            || who.contains("Council of State")
            || self.gaz.mentions(who).iter().any(|m| self.gaz.entity(m.entity).kind == EntityKind::Country)
            || self.gaz.mentions(place).iter().any(|m| m.via == Via::Capital);
        let placed =
            (1..=3).contains(&place.split_whitespace().count()) && place.split_whitespace().all(|w| capital(&w));
        (named && sits && placed && !governmental).then(|| Speaker::body(format!("{who} in {place}")))
    }

    /// "Ferrymen's association", "Growers' union": a group's body opening a headline, its first
    /// word capitalised. Read as written small.
    fn members_capitalised(&self, words: &str) -> Option<Speaker> {
        // Every resolution passes here: the capital is checked before any search.
        if !words.starts_with(char::is_uppercase) {
            return None;
        }
        let (owner, rest) =
            words.split_once("'s ").or_else(|| words.split_once("’s ")).or_else(|| words.split_once("' "))?;
        let group = !owner.contains(' ') && ["men", "ers", "ors"].iter().any(|s| owner.ends_with(s));
        let noun = rest.split(' ').next().unwrap_or("");
        if !group || !owner.starts_with(char::is_uppercase) || !ORG_WORDS.contains(noun) {
            return None;
        }
        // The body of that group: "Association of Pirogue Ferrymen of Bongor", not any association.
        let stem = owner.to_lowercase();
        let stem = stem.strip_suffix('s').unwrap_or(&stem);
        self.resolve_inner(&format!("the {}", words.to_lowercase()))
            .filter(|s| !s.person && s.name.to_lowercase().contains(stem))
    }

    /// "The main cocoa growers' federation in Gabon's northern Woleu-Ntem province": a members'
    /// body written small, wherever it is, is the one the article names ("the Federation of
    /// Cocoa and Coffee Cooperatives of Woleu-Ntem"), not the country its place names.
    fn members_body_placed(&self, words: &str) -> Option<Speaker> {
        let (who, _) = words.split_once(" in ")?;
        let head = who.rsplit(' ').next()?;
        const MEMBERS: [&str; 6] = ["federation", "union", "association", "cooperative", "co-operative", "guild"];
        if !MEMBERS.contains(&head) {
            return None;
        }
        let country = |s: &Speaker| {
            self.gaz.whole_mentions(&s.name).any(|m| self.gaz.entity(m.entity).kind == EntityKind::Country)
        };
        self.resolve_inner(who).filter(|s| !s.person && !country(s))
    }

    /// An entity of the gazetteer or of the article: an indefinite source, an embassy
    /// or agency, a body by its initials or by what it owns, a department, a body's
    /// person, an organisation's name.
    fn by_entity(&self, words: &str, lower: &str) -> Option<Speaker> {
        // "A spokesperson for Jordan's Ministry of Energy and Mineral Resources": the whole
        // body after "for", before any reading of a name inside it.
        if lower.contains(" for ") {
            if let Some(s) = self.bare_spokesperson(words, lower) {
                return Some(s);
            }
        }
        if let Some(s) = self.members_body_placed(words) {
            return Some(s);
        }
        let romance = || orgs::romance_body(words).map(|s| self.country_agency(words).unwrap_or(s));
        if let Some(s) = sources::indefinite_source(words, lower).or_else(romance) {
            return Some(s);
        }
        if let Some(s) = self
            .named_person_of_body(words)
            .or_else(|| self.embassy_of(words))
            .or_else(|| self.country_agency(words))
            .or_else(|| self.body_in_place(words))
            .or_else(|| self.gazetteer(words, lower))
        {
            return Some(s);
        }
        if let Some(s) = self.body_by_initials(words) {
            return Some(s);
        }
        if let Some(s) = self.possessor(words) {
            return Some(s);
        }
        if let Some(s) = self.national_department(words).or_else(|| self.bare_spokesperson(words, lower)) {
            return Some(s);
        }
        if let Some(s) = self.person_of_body(words) {
            return Some(s);
        }
        // "Tourism Minister", "the President of the National Council": the holder the
        // article names, whatever outlet style wrote the office.
        if let Some(s) = names::role_phrase(words).and_then(|(role, office)| self.holder(&role, &office)) {
            return Some(s);
        }
        // "the North Kivu Provincial Health Division": a name, not a reference;
        // "the Ministry of Defense" is the government's, resolved later.
        let national =
            ["the ministry", "the government", "the department", "the presidency"].iter().any(|p| lower.starts_with(p));
        org_name(words).filter(|_| !national)
    }

    /// An earlier speaker by description: the lead's, a definite one, a body by its
    /// noun, a document's maker, "a survey by …", a body's spokesperson.
    fn by_reference(&self, words: &str, lower: &str) -> Option<Speaker> {
        if let Some(s) = self.lead_described(lower) {
            return Some(s);
        }
        // A headline's "Miner says …", "Utility warns …": the one company the story names.
        if self.in_headline && BUSINESS.contains(lower) {
            if let Some(s) = super::only_one(self.companies.iter()) {
                return Some(s.clone());
            }
        }
        // A headline's "Defence lawyer says", after "Her lawyer, Graham Ostrander,": the role's holder.
        let bare = !["a ", "an ", "the "].iter().any(|a| lower.starts_with(a));
        if let Some(s) = lower.rsplit(' ').next().and_then(|head| self.introduced.get(head)).filter(|_| bare) {
            if self.paragraph <= 1 {
                return Some(s.clone());
            }
        }
        if let Some(s) = self.the_police(words, lower) {
            return Some(s);
        }
        if let Some(s) = self.definite(lower) {
            return Some(s);
        }
        if let Some(s) = self.org_by_noun.get(lower) {
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
        self.body_spokesperson(words, lower)
    }

    /// "The police said", as "police said": the force the story named, else the country's, else
    /// police unnamed; not the person named last. "The Jujuy provincial police": the force of a
    /// named place, as without "The".
    fn the_police(&self, words: &str, lower: &str) -> Option<Speaker> {
        // "The gendarmerie said": the force of Francophone countries, as the police.
        if lower == "the gendarmerie" {
            let named = self.org_by_noun.get("gendarmerie").cloned();
            return named.or_else(|| self.home_police());
        }
        if lower == "the police" {
            // "Hungary's police said …", then "The police said …": the force that spoke.
            let spoke = || self.last_body.clone().filter(|b| b.name.to_lowercase().ends_with(" police"));
            let named = self.org_by_noun.get("police").cloned().or_else(spoke);
            return named.or_else(|| self.home_police()).or_else(|| unnamed("police", "police"));
        }
        let force = words.strip_prefix("The ").or_else(|| words.strip_prefix("the "))?;
        let placed = lower.ends_with(" police") && force.starts_with(char::is_uppercase);
        placed.then(|| unnamed(force, &lower[4..])).flatten().filter(|s| !s.person)
    }

    /// A surname that is also a source noun, an unnamed source, a role the article
    /// named, or a person introduced only later.
    fn by_role_or_source(&self, words: &str, lower: &str) -> Option<Speaker> {
        // "Holder conceded", after "Minister of Water Resources Kemar Holder": his surname, not "a holder".
        let surname = self.by_surname.get(words).filter(|s| s.person && s.name.ends_with(&format!(" {words}")));
        if let Some(s) = surname.filter(|_| words.starts_with(char::is_uppercase) && UNNAMED_NOUNS.contains(lower)) {
            return Some(s.clone());
        }
        if lower == "police" || lower == "gendarmerie" {
            if let Some(s) = self.home_police() {
                return Some(s);
            }
        }
        // "Forecasters warn of more rain": the state's weather service, a federation's too.
        // "The national weather service, the Direction Générale de la Météorologie, has warned",
        // "Weather service warns …": the state's weather service, unnamed by the gazetteer.
        let service = lower.strip_prefix("the ").unwrap_or(lower);
        let weather = matches!(
            service,
            "weather service"
                | "national weather service"
                | "meteorological service"
                | "national meteorological service"
        );
        if lower == "forecasters" || weather {
            if let Some(s) = self.sure_home() {
                return Some(s);
            }
        }
        if let Some(s) = unnamed(words, lower) {
            return Some(s);
        }
        if let Some(s) = self.by_role.get(lower) {
            return Some(s.clone()); // "Prosecutor says ...": the prosecutor the article names
        }
        // "a prosecutor told the court", before the article names "state advocate Riaan van Wyk".
        let role = lower.strip_prefix("a ").or_else(|| lower.strip_prefix("an ")).unwrap_or(lower);
        if let Some(s) = Some(role).filter(|r| SOLE_ROLES.contains(r)).and_then(|r| self.named_role(r)) {
            return Some(s);
        }
        self.introduced_later(words)
    }
}

/// The words after a date that opens a mention ("On Wednesday evening", "On March 20"):
/// `None` when the mention opens on no date, `Some(None)` when nothing named follows it.
fn after_opening_date(words: &str) -> Option<Option<&str>> {
    let (first, rest) = words.split_once(' ')?;
    let opens = matches!(first, "On" | "In" | "By" | "Since" | "Until" | "From" | "Last" | "Next" | "Early" | "Late");
    if !opens || !crate::extract::dates::names_a_day(rest.split(' ').next().unwrap_or("")) {
        return None;
    }
    let dated = |w: &str| {
        crate::extract::dates::names_a_day(w) || !w.starts_with(char::is_uppercase) || w.starts_with(char::is_numeric)
    };
    let skipped: usize = rest.split(' ').take_while(|w| dated(w)).map(|w| w.len() + 1).sum();
    Some(rest.get(skipped..).map(str::trim).filter(|r| r.starts_with(char::is_uppercase)))
}

/// "Interior Health", "Northern Health": a body named by portfolio words
/// alone, which no office or person is ("Foreign Minister" holds an office).
fn portfolio_body(words: &str) -> Option<Speaker> {
    let parts: Vec<&str> = without_article(words).split_whitespace().collect();
    let portfolio = |w: &&str| {
        let lower = w.to_lowercase();
        lexicon::PORTFOLIOS.contains(lower.as_str())
            || matches!(lower.as_str(), "northern" | "southern" | "eastern" | "western" | "central")
    };
    let capitalised = parts.iter().all(|w| w.starts_with(char::is_uppercase));
    ((2..=3).contains(&parts.len()) && capitalised && parts.iter().all(portfolio))
        .then(|| Speaker::body(parts.join(" ")))
}

/// Forms of address that go before a given name alone ("Pak Bambang", "Hajja Samira").
/// The Thai monk too ("Phra Somsak", of "Phra Athikan Somsak Kittipanyo"), of a person met with it only.
const ADDRESS_BY_GIVEN_NAME: [&str; 16] = [
    "Don", "Pak", "Bapak", "Bu", "Ibu", "Adi", "Ratu", "Pani", "Haj", "Hajj", "Hajja", "Hadj", "Hadja", "Ustaz", "Am",
    "Phra",
];

/// "the engineering firm Ponce & Salvat Ingenieros", "the audit firm Chokshi
/// Associates": what the business is, written small, then its name.
fn business_then_name(words: &str) -> Option<Speaker> {
    let parts: Vec<&str> = without_article(words).split(' ').collect();
    let noun = parts.iter().rposition(|w| w.starts_with(char::is_lowercase) && *w != "and")?;
    let name = &parts[noun + 1..];
    let described = parts[..noun].iter().all(|w| w.starts_with(char::is_lowercase));
    let capital = |w: &&str| w.starts_with(char::is_uppercase) || matches!(*w, "&" | "and");
    let named =
        name.len() >= 2 && name.iter().all(capital) && name.last().is_some_and(|w| w.starts_with(char::is_uppercase));
    // Not "his rival Ana López", "consultant Mary Jones": a person's trade.
    const FIRMS: [&str; 10] = [
        "company", "firm", "carrier", "airline", "retailer", "lender", "insurer", "manufacturer", "broadcaster",
        "consultancy",
    ];
    (described && FIRMS.contains(&parts[noun]) && named).then(|| Speaker::body(name.join(" ")))
}

/// Whether the name finder made a "person" of an opener or a place and a name after it
/// ("Official Minsk", "Yet Brightwell", "Oslo-listed Skarvik").
pub(super) fn made_of_an_opener(name: &str) -> bool {
    let first = name.split(' ').next().unwrap_or(name);
    first == "Official" || names::STARTERS.contains(first) || names::is_located(first)
}

/// "unnamed: riders", "unnamed: residents of Kizwite": a group of people left
/// unnamed, whom "he" or "she" cannot be.
pub(super) fn plural_group(name: &str) -> bool {
    let Some(described) = name.strip_prefix("unnamed: ") else { return false };
    let head = [" in ", " at ", " of ", " from ", " who ", " near "]
        .iter()
        .fold(described, |d, p| d.split(p).next().unwrap_or(d));
    let noun = head.rsplit(' ').next().unwrap_or("").to_lowercase();
    let plural = noun.len() > 3 && noun.ends_with('s') && !noun.ends_with("ss");
    plural && lexicon::UNNAMED_NOUNS.contains(noun.as_str()) || super::runs::is_plural(&noun) || noun == "men"
}

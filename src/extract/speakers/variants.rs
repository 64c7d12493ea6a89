//! Names written another way than the article first gave them: after an
//! office and the body it is in ("Progressive Future Party MP Sirilak
//! Kaewmanee"), by a nickname and the surname, by a short first name
//! ("Magda"), or by a surname that opens on its particle ("AP RHYS"); and
//! Mongolian names, written with the father's initial joined on ("Ts.Gantulga")
//! and then by the given name alone.

use super::lexicon::{self, OFFICES, ORG_WORDS, PARTICLES, TITLES};
use super::{names, orgs, Context, Speaker};

impl Context<'_> {
    /// "herder Ts.Gantulga, 58, … Gantulga said": a Mongolian name, the
    /// patronymic's initial (one or two letters) and a full stop joined to the
    /// given name, which the article goes on to use alone.
    pub(super) fn learn_joined_initials(&mut self, body: &str) {
        // A scan of full stops rather than a regex: a Unicode regex without a
        // literal to look for cost 7% of all extraction.
        for (dot, _) in body.match_indices('.') {
            let Some(name) = joined_initial_name(body, dot) else { continue };
            let person = Speaker { name: name.to_string(), person: true, gender: None };
            let given = &name[name.find('.').map_or(0, |d| d + 1)..];
            self.by_surname.entry(given.to_string()).or_insert_with(|| person.clone());
            self.by_surname.entry(name.to_string()).or_insert(person);
        }
    }

    /// "President Joseph KABILA", "Martin FAYULU": French and Central African copy
    /// writes the surname in capitals after the given name; the person is the name
    /// title-cased, found by the surname in either case ("FAYULU said").
    pub(super) fn learn_capitalised_surnames(&mut self, body: &str) {
        // Words one space apart on one line: not a byline over a dateline ("Staff Reporter\nTHE").
        for line in body.lines() {
            let words: Vec<&str> = line.split(' ').collect();
            for (at, word) in words.iter().enumerate().skip(1) {
                let Some(surname) = capitalised_surname(word) else { continue };
                let given = words[at - 1];
                // "Wales TUC general secretary Shavanah Taj": a place, then a body's letters before an office.
                let office = words.get(at + 1).is_some_and(|next| {
                    let next = next.to_lowercase();
                    TITLES.contains(next.as_str())
                        || OFFICES.contains(next.as_str())
                        || ORG_WORDS.contains(next.as_str())
                        || next == "branch"
                });
                if office
                    || !given_name(given)
                    || self.acronyms.contains_key(surname)
                    || !self.gaz.mentions(given).is_empty()
                {
                    continue;
                }
                // "Zhdanova IRKUTSK": a place or body the gazetteer knows, in a dateline's capitals.
                let titled = names::title_case(surname);
                if !self.gaz.mentions(surname).is_empty() || !self.gaz.mentions(&titled).is_empty() {
                    continue;
                }
                let person = Speaker { name: format!("{given} {titled}"), person: true, gender: None };
                self.by_surname.entry(surname.to_string()).or_insert_with(|| person.clone());
                self.by_surname.entry(titled).or_insert(person);
            }
        }
    }

    /// The person whose nickname opens `speaker`'s name, with the same surname; or whose
    /// nickname of two words or more `speaker` is.
    pub(super) fn nicknamed(&self, speaker: &Speaker) -> Option<Speaker> {
        // "a tearful La Mona", after `doña Rosalba "La Mona" Anacona Chicangana`: a nickname of
        // two words or more, learned as a name of its own too.
        let of_another = self.by_surname.get(&speaker.name).filter(|p| {
            let longer = p.name.split(' ').count() > speaker.name.split(' ').count();
            p.person && speaker.person && speaker.name.contains(' ') && longer && !p.name.contains(&speaker.name)
        });
        if let Some(full) = of_another {
            return Some(full.clone());
        }
        let (first, surname) = speaker.name.split_once(' ').filter(|_| speaker.person)?;
        let formal = self.by_surname.get(first).filter(|f| f.person && f.name != speaker.name)?;
        // `Rafael "Paeng" Salcedo Jr.`: the surname before the generation.
        let formal_surname =
            formal.name.split_whitespace().rev().find(|w| !lexicon::is_generation(w.trim_end_matches(',')))?;
        let formal_surname = formal_surname.trim_end_matches(',');
        (formal.name.contains(' ') && formal_surname == surname.rsplit(' ').next()?).then(|| formal.clone())
    }

    /// The one person met in full whom `words` name another way: "AP RHYS" (a
    /// transcript's label) for "Dafydd ap Rhys", whose surname opens on a
    /// particle; "Gerry Lapointe-Sinclair" for "Gerald Lapointe-Sinclair", a
    /// short form of the first name with the same surname.
    pub(super) fn written_otherwise(&self, words: &str) -> Option<Speaker> {
        let parts: Vec<String> = words.split_whitespace().map(str::to_lowercase).collect();
        let [first, .., surname] = &parts[..] else { return None };
        let lower = parts.join(" ");
        let short_form = |given: &str| {
            let shared = given.chars().zip(first.chars()).take_while(|(a, b)| a == b).count();
            given != first && shared >= 3 && first.chars().all(char::is_alphabetic)
        };
        let mut found: Vec<&Speaker> = Vec::new();
        for p in self.by_surname.values().filter(|p| p.person && !p.name.starts_with("unnamed:")) {
            let name = p.name.to_lowercase();
            let held: Vec<&str> = name.split_whitespace().collect();
            let particled = PARTICLES.contains(first.as_str()) && name.ends_with(&format!(" {lower}"));
            let shortened =
                parts.len() == 2 && held.len() >= 2 && held.last() == Some(&surname.as_str()) && short_form(held[0]);
            if name == lower {
                return None; // somebody of that very name
            }
            if (particled || shortened) && !found.iter().any(|f| f.name == p.name) {
                found.push(p);
            }
        }
        match found[..] {
            [one] => Some(one.clone()),
            _ => None,
        }
    }

    /// "Prof. Henrique Tavares de Lima", "Energy Habtamu Gebremedhin Alemu",
    /// "Progressive Future Party MP Sirilak Kaewmanee": a person met in full,
    /// after the titles or the office (and the body it is in) written before them.
    pub(super) fn titled_person(&self, words: &str) -> Option<Speaker> {
        let last = words.rsplit(' ').next()?;
        // "Minister of Heavy Industry G.Batsukh": a Mongolian name is one word.
        let person = self.by_surname.get(last).filter(|p| p.person && (p.name.contains(' ') || p.name == last))?;
        let titles = words.strip_suffix(person.name.as_str())?;
        let titles: Vec<&str> = titles.split_whitespace().collect();
        // "Chairman of the Management Board of QazAstyq Logistics JSC Marat Zhomartuly Abenov",
        // "Progressive Future Party MP Sirilak Kaewmanee": the office and the body it is in.
        // "of the People's Assembly": a collective's possessive inside a body's name.
        let collective = |t: &str| {
            let owner = t.trim_end_matches("’s").trim_end_matches("'s");
            owner != t && matches!(owner, "People" | "Workers" | "Farmers" | "Women" | "Citizens")
        };
        let named_office = |t: &&str| {
            t.starts_with(char::is_uppercase)
                && (!t.ends_with(['’', '\'', ',']) && !super::names::possessive(t) || collective(t))
                || matches!(*t, "of" | "the" | "and" | "for" | "member")
                // "deputy of the Jogorku Kenesh Kanybek Omurzakov": an office written small.
                || small_office(t)
        };
        let ends_named = titles.last().is_some_and(|t| !matches!(*t, "of" | "the" | "and" | "for"));
        // Not "Chief Darlene Cardinal-Moosomin of Red Pine Lake First Nation": another person first.
        let before_of = titles.split(|t| *t == "of").next().filter(|_| titles.contains(&"of")).unwrap_or(&[]);
        let names_other = before_of.iter().any(|t| self.by_surname.get(*t).is_some_and(|p| p.person));
        // "Employment Begum Rokeya Sultana": an honorific after the office's last word.
        let honorific = |t: &&str| lexicon::HONORIFICS_OF_LONG_NAMES.contains(t);
        let office = titles.iter().all(|t| names::is_office_word(t) || honorific(t))
            || titles.iter().all(named_office) && ends_named && holds_office(&titles) && !names_other;
        (!titles.is_empty() && office).then(|| person.clone())
    }
}

/// An office or a company's legal form among capitalised words before a name:
/// not "Instituto" before a body whose last words were taken for a person
/// ("Raízes da Floresta").
fn holds_office(titles: &[&str]) -> bool {
    // "Opposition member of Parliament Bwalya Nkandu", "Greens Member for Franklin Rosalie
    // Chen-Mawby": a seat in a parliament, or the constituency it is for.
    let member = titles.windows(3).any(|w| w[0].eq_ignore_ascii_case("member") && w[1..] == ["of", "Parliament"])
        || titles.windows(2).any(|w| w[0].eq_ignore_ascii_case("member") && w[1] == "for");
    member
        || titles.iter().any(|t| small_office(t))
        // "Welsh Conservative MS for North Wales Aled Pennant": a member of the Senedd.
        || titles.contains(&"MS")
        || titles.iter().filter(|t| t.starts_with(char::is_uppercase)).any(|t| {
            let t = t.trim_end_matches('.').to_lowercase();
            lexicon::OFFICES.contains(t.as_str())
                || matches!(t.as_str(), "mp" | "mep" | "mla" | "msp" | "td" | "mca" | "senator" | "sen" | "rep" | "deputy")
                || orgs::legal_entity(&format!("X {t}")).is_some()
        })
}

/// An office written small: "deputy of the Jogorku Kenesh Kanybek Omurzakov".
fn small_office(t: &str) -> bool {
    let connector = matches!(t, "of" | "the" | "and" | "for");
    t.starts_with(char::is_lowercase) && !connector && (lexicon::OFFICES.contains(t) || lexicon::TITLES.contains(t))
}

/// Offices written after "Lord" ("the Lord Provost"), which no peer holds as a name.
const LORD_OFFICES: [&str; 10] = [
    "Mayor", "Provost", "Chancellor", "Speaker", "Lieutenant", "Advocate", "President", "Chamberlain", "Steward",
    "Marshal",
];

/// Ranks of the peerage, written before the one name a peer is known by.
const PEERAGES: &[&str] = &["Lord", "Baroness", "Viscount", "Viscountess", "Earl", "Countess", "Marquess"];

impl Context<'_> {
    /// "Lord Thistlewood", "Baroness MacAskill of Tain", "the Lord Bishop of
    /// Wexcombe": a peer is named by rank and title, not by a given name and a
    /// surname; the rank stays in the name unless the article gave the peer's
    /// full name.
    pub(super) fn peer(&self, words: &str) -> Option<Speaker> {
        let words = words.strip_prefix("The ").or_else(|| words.strip_prefix("the ")).unwrap_or(words);
        let (rank, title) = words.split_once(' ')?;
        let bishop = rank == "Lord" && (title.starts_with("Bishop of ") || title.starts_with("Archbishop of "));
        let name = title.split(" of ").next().unwrap_or(title);
        // Not "the Lord Mayor", "the Lord Provost": an office, whoever holds it. But "Lord
        // Judge", "Lord King" and "Baroness Sergeant" are peers.
        let office = LORD_OFFICES.contains(&name);
        if office && rank == "Lord" && name == title {
            let holder =
                self.by_role.get(&words.to_lowercase()).or_else(|| self.by_role.get(&name.to_lowercase())).cloned();
            return holder.or_else(|| Some(Speaker { name: words.to_string(), person: true, gender: None }));
        }
        let one_name = !name.contains(' ') && name.starts_with(char::is_uppercase) && name.chars().count() > 1;
        if !PEERAGES.contains(&rank) || !(one_name || bishop) || title.split_whitespace().count() > 4 {
            return None;
        }
        if let Some(full) = self.by_surname.get(name).filter(|p| p.person && p.name.contains(' ') && !bishop) {
            return Some(full.clone());
        }
        Some(Speaker { name: words.to_string(), person: true, gender: None })
    }
}

/// "Ts.Gantulga", "Ch.Nomin-Erdene" around the full stop at `dot`: one or two
/// letters opening on a capital after a space or a bracket, then a given name
/// of three letters or more, hyphenated or not.
fn joined_initial_name(body: &str, dot: usize) -> Option<&str> {
    let before = &body[..dot];
    let initial_len: usize = before.chars().rev().take_while(|c| c.is_alphabetic()).take(3).map(char::len_utf8).sum();
    let initial_start = dot - initial_len;
    let initial = &before[initial_start..];
    let opens = initial_start == 0 || before[..initial_start].ends_with([' ', '\n', '(']);
    let mut letters = initial.chars();
    let initial_ok = matches!(initial.chars().count(), 1 | 2)
        && letters.next().is_some_and(char::is_uppercase)
        && letters.all(char::is_lowercase);
    if !opens || !initial_ok {
        return None;
    }
    let after = &body[dot + 1..];
    let len = after.find(|c: char| !(c.is_alphabetic() || c == '-')).unwrap_or(after.len());
    let given = after[..len].trim_end_matches('-');
    let given_ok = given.starts_with(char::is_uppercase)
        && given.split('-').all(|p| p.chars().count() >= 2 && p.chars().skip(1).all(char::is_lowercase))
        && given.chars().count() >= 3;
    given_ok.then(|| &body[initial_start..dot + 1 + given.len()])
}

/// "FAYULU", "KABILA," "NGATA-BROWN": a surname written in capitals, without its stop.
fn capitalised_surname(word: &str) -> Option<&str> {
    let surname = word.trim_end_matches([',', '.', ';', ':']).trim_end_matches("'S").trim_end_matches("’S");
    let capitals = surname.chars().all(|c| c.is_uppercase() || c == '-')
        && surname.chars().filter(|c| c.is_uppercase()).count() >= 3;
    capitals.then_some(surname)
}

/// "Martin", "Jean-Pierre": a given name before a surname in capitals; not
/// "Genoa-based", a title, a day, nor a sentence's opening word ("The", "According").
fn given_name(word: &str) -> bool {
    let part = |p: &str| {
        let mut letters = p.chars();
        letters.next().is_some_and(char::is_uppercase) && letters.all(char::is_lowercase)
    };
    word.chars().count() >= 3
        && word.split('-').all(part)
        && !names::is_title(word)
        && !crate::extract::dates::names_a_day(word)
        && !matches!(word, "The" | "And" | "But" | "For" | "From" | "With" | "According" | "When" | "After")
}

//! Roles the article gives named people in ways a title before the name does
//! not show: "The surveyor, Graham Tulloch, said", "Opening the case for the
//! Crown, Sophie Adeyemi said", "Jane Roe, prosecuting, told". They let a
//! description met before the name ("a prosecutor told the court", "a
//! chartered building surveyor told the jury") and court headlines ("…, jury
//! told") find the person.

use super::{Context, Speaker};
use crate::segment::wordre::WordRegex;
use regex::Regex;
use std::sync::LazyLock;

/// Up to two particles before a name's word, each a whole word ("Pires
/// alleged" has no "al").
macro_rules! particles {
    () => {
        "(?:(?:van|von|de|der|da|di|le|la|bin|al) ){0,2}"
    };
}

/// Two to four capitalised words, particles allowed before them: a person's
/// name. The last may be an initial, as a Polish defendant's surname is
/// ("Janusz W.").
const NAME: &str = concat!(
    r"(\p{Lu}[\p{L}’'-]+(?: ",
    particles!(),
    r"\p{Lu}[\p{L}’'-]+){0,2}(?: ",
    particles!(),
    r"\p{Lu}[\p{L}’'-]+| \p{Lu}\.))"
);

/// "The surveyor, Graham Tulloch,", "Her lawyer, Graham Ostrander,", "The
/// regional governor of Zinder, Colonel Ibrahim Saley Garba,", "the khokim of
/// Surkhandarya region, Zafar Ergashevich Khudoyberdiyev,": a role, with the
/// place (and its kind, written small) or body it is held in, in apposition to
/// a name.
static APPOSED: LazyLock<WordRegex> = LazyLock::new(|| {
    WordRegex::new(&format!(
        r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir) ([a-z]+(?:[ -][a-z]+)?)(?: of ((?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){{0,2}}){PLACE_KIND})?, {NAME}[,.]"
    ))
});

/// The kind of place written small after its name: "Surkhandarya region", "Kandy district".
const PLACE_KIND: &str =
    r"(?: (?:region|province|district|county|state|oblast|governorate|prefecture|municipality|city|department))?";

/// "Gustavo Pereyra Olmos, the prosecutor in charge of the case, told": a name
/// with its role after it.
static ROLE_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"{NAME}, the ((?:[a-z]+[ -]){{0,2}}[a-z]+)[ ,.]")).expect("valid regex"));

/// Public roles a headline names its speaker by ("prosecutor says …").
const PUBLIC_ROLES: [&str; 12] = [
    "prosecutor", "judge", "magistrate", "coroner", "sheriff", "ombudsman", "auditor", "comptroller", "regulator",
    "mp", "senator", "councillor",
];

/// "Opening the case for the Crown, Sophie Adeyemi said": who opens a case prosecutes it.
static OPENS_CASE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"Opening the (?:case|prosecution|Crown’s case|Crown's case|state’s case|state's case)[^,.]*, (?:[a-z]+ )*{NAME}"
    ))
    .expect("valid regex")
});

/// "Jane Roe, prosecuting, said", "Tom Hale, defending,".
static COUNSEL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"{NAME}, (prosecuting|defending)[,.]")).expect("valid regex"));

/// A paragraph that opens by introducing a person: "Stavros Kalogeropoulos, 58, who …".
static INTRODUCES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^{TABLOID_PARENT}{NAME}, (?:\d{{2}},|who |whose |a |an |the )")).expect("valid regex")
});

/// A tabloid's parent before the name that introduces her: "Proud mum Rosa Isela Pech Canul, 42,".
/// "Dad-of-two Moon Seung-woo, 41,": the parent opening the paragraph.
const TABLOID_PARENT: &str = r"(?:(?:\p{Lu}\p{Ll}+ (?:mum|mom|mother|dad|father|gran|grandad)|Mum|Mom|Mother|Dad|Father|Gran|Grandad)(?:-of-\p{Ll}+)? )?";

/// "Raymond Kowalchuk, 58, pleaded": a person's age, for "the 58-year-old" later.
static AGED: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!(r"{NAME}, (\d{{1,3}}),")).expect("valid regex"));

/// Headlines of court reports: "Roofer 'preyed on lonely pensioners', jury told".
static COURT_HEARS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i),\s*(?:the\s+)?(?:jury|court|inquest|tribunal|trial|hearing)\s+(?:told|hears|heard|is told)\s*$")
        .expect("valid regex")
});

/// "Also attending: Mr Jawad Iqbal Cheema, Secretary, Ministry of Water
/// Resources; …": a record's list of who attended, each with an office and
/// the body they hold it in.
static ATTENDING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"{NAME}, ((?:\p{{Lu}}[\p{{L}}-]+ ){{0,2}}\p{{Lu}}[\p{{L}}-]+), ([^;.\n]{{3,80}}?)(?:[;.\n]|$)"
    ))
    .expect("valid regex")
});
/// "… at Parliament House with Senator Shahnaz Akhtar Rind in the chair.": who chairs.
static IN_THE_CHAIR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"with (?:[A-Z][a-z]+ )?{NAME} in the chair")).expect("valid regex"));

/// "Welshman", "Frenchwoman": nationalities said as "-man" or "-woman".
const NATIONAL_STEMS: &[&str] = &["Welsh", "French", "Dutch", "English", "Irish", "Scots", "Cornish", "Manx"];

impl Context<'_> {
    /// "…," Dr. Gustavo Pereyra Olmos, the prosecutor in charge of the case,
    /// told reporters": a public role right after a person the article named, for
    /// a headline's "prosecutor says". Not "Addis Ababa, the prime minister", a
    /// place; nor "Jim Walsh, the former governor", who no longer holds it.
    pub(super) fn learn_roles_after_names(&mut self, body: &str) {
        if !body.contains(", the ") {
            return;
        }
        for c in ROLE_AFTER.captures_iter(body) {
            let Some(noun) = c[2].split([' ', '-']).next().filter(|w| PUBLIC_ROLES.contains(w)) else { continue };
            let surname = c[1].rsplit(' ').next().unwrap_or(&c[1]);
            let Some(person) = self.by_surname.get(surname).filter(|p| p.person && p.name == c[1]).cloned() else {
                continue;
            };
            self.by_role.entry(noun.to_string()).or_insert(person);
        }
    }

    /// Who holds which office in a record's list of attendance: "SECRETARY WATER RESOURCES:",
    /// "CHAIRMAN NHDA:", "PROJECT DIRECTOR:", "CHAIRPERSON:" are the people listed so.
    fn learn_attendance(&mut self, body: &str) {
        let person = |name: &str| {
            let words: Vec<&str> = name.split(' ').filter(|w| !super::names::is_title(w)).collect();
            Speaker { name: words.join(" "), person: true, gender: None }
        };
        if !(body.contains("ttending") || body.contains("Present:") || body.contains("in the chair")) {
            return;
        }
        for c in ATTENDING.captures_iter(body) {
            let office = c[2].to_lowercase();
            if !office.split(' ').any(|w| super::lexicon::OFFICES.contains(w)) {
                continue;
            }
            let held = c[3].trim();
            let acronym = held.rsplit_once(" (").and_then(|(_, a)| a.strip_suffix(')'));
            let name = held.rsplit_once(" (").map_or(held, |(n, _)| n).to_lowercase();
            let bare = ["ministry of ", "department of ", "division of "].iter().find_map(|p| name.strip_prefix(p));
            let who = person(&c[1]);
            for body_key in [Some(name.as_str()), bare, acronym.map(str::to_lowercase).as_deref()].into_iter().flatten()
            {
                self.offices_held.entry(format!("{office} {body_key}")).or_insert_with(|| who.clone());
            }
            self.offices_held.entry(office).or_insert(who);
        }
        if let Some(c) = IN_THE_CHAIR.captures(body) {
            for office in ["chair", "chairperson", "chairman", "chairwoman"] {
                self.offices_held.entry(office.into()).or_insert_with(|| person(&c[1]));
            }
        }
    }

    /// Whether "the <noun> of <place>, Name," makes Name what "the <noun>" means
    /// in the story: not "the president of France" in a story from Washington,
    /// nor a governor when the story names another place's ("Zinder's governor,
    /// General Abdou Kane,", "its mayor, Jane Doe,").
    fn holds_here(&self, body: &str, noun: &str, place: &str) -> bool {
        let place = place.strip_prefix("the ").unwrap_or(place);
        // The roles are learnt before the story's country is counted: where it was filed tells.
        let abroad = |country: &str| self.filed_in.as_deref().is_some_and(|home| home != country);
        let foreign = self.gaz.whole_mentions(place).any(|m| {
            let e = self.gaz.entity(m.entity);
            e.kind == crate::gazetteer::EntityKind::Country && abroad(&e.name)
        });
        // "The mayor of Lyon" in a London story.
        let foreign = foreign || self.gaz.place_countries(place).iter().any(|&c| abroad(&self.gaz.entity(c).name));
        let another = body.match_indices(&format!(" {noun}, ")).any(|(at, _)| {
            let before: Vec<&str> = body[..at].split_whitespace().rev().take(2).collect();
            before.iter().any(|w| super::names::possessive(w) || w.eq_ignore_ascii_case("its"))
        });
        !foreign && !another
    }

    /// Registers the roles `body` gives its named people in apposition.
    pub(super) fn learn_roles(&mut self, body: &str) {
        // "Dr Ingrid Halvorsen-Reid, the Norwegian-born engineer who founded Norland": the
        // name without the courtesy title the regexes take in.
        let person = |name: &str| {
            let courtesy =
                |t: &str| matches!(t.trim_end_matches('.'), "Dr" | "Prof" | "Professor" | "Mr" | "Mrs" | "Ms" | "Mx");
            // "Hajj Abdeslam Kerrouri, the 63-year-old president of …": an honorific too.
            // "Dasho Pema Lhendup, the secretary of …": any title, before two names or more.
            let mut name = name;
            while let Some((_, rest)) = name.split_once(' ').filter(|(t, rest)| {
                // Not "van" of "Dr van der Merwe": a capitalised title only.
                (courtesy(t) || super::names::is_title(t) && t.starts_with(char::is_uppercase)) && rest.contains(' ')
                    || super::lexicon::honorific_before(t, rest.split(' '))
            }) {
                name = rest;
            }
            Speaker { name: name.to_string(), person: true, gender: None }
        };
        // "The former chief engineer of the ferry told a court …" then "Stavros
        // Kalogeropoulos, 58, who …": the lead describes whom the next paragraphs name.
        let paragraphs = body.split("\n\n").map(str::trim).filter(|p| !p.is_empty());
        // Not "Hunter Koala Guardians Inc, a community group": a body, not a person.
        let body_name = |name: &str| {
            let last = name.rsplit(' ').next().unwrap_or(name).to_lowercase();
            super::lexicon::COMPANY_SUFFIXES.contains(&last) || super::lexicon::ORG_WORDS.contains(&last)
        };
        // Not "For Máire Uí Bhriain, the numbers have a face", "Unlike Tom Reed, who sold his
        // farm, …" or "For Greenpeace, a group that …": whom the sentence is about or sets
        // against its subject, and perhaps no person.
        let prepositional = |name: &str| {
            let first = name.split(' ').next().unwrap_or_default();
            matches!(first, "For" | "To" | "With" | "Like" | "Unlike" | "From" | "Despite" | "Without" | "Among")
        };
        // "Terrified dad: ‘…’", a deck above the byline, and the lede: the person a tabloid's
        // deck describes is named within two paragraphs below it.
        self.lede = crate::segment::paragraphs(body)
            .iter()
            .position(|p| {
                let text = &body[p.clone()];
                !crate::extract::headlines::in_headlinese(text) && text.split_whitespace().count() >= 8
            })
            .unwrap_or(0);
        let introduced = paragraphs.clone().skip(1).take(4.max(self.lede + 2)).enumerate().find_map(|(i, p)| {
            INTRODUCES.captures(p).filter(|c| !body_name(&c[1]) && !prepositional(&c[1])).map(|c| (i, person(&c[1])))
        });
        // Down to the paragraph after the lede, however many byline lines come before it.
        let lede = self.lede;
        self.lead_person = introduced.clone().filter(|(i, _)| *i < 4 || *i <= lede).map(|(_, p)| p);
        self.lede_person = introduced.map(|(_, p)| p);
        // "Her lawyer, Karen Walsh," and "His lawyer, Daniel Ruiz,": a role two people hold
        // is nobody's in particular.
        let apposed: Vec<(String, String, Option<String>, String)> = APPOSED
            .on(body)
            .captures_iter(body)
            .map(|c| {
                let noun = c[1].rsplit(' ').next().unwrap_or(&c[1]).to_string();
                (noun, c[3].to_string(), c.get(2).map(|m| m.as_str().to_string()), c[1].to_string())
            })
            .collect();
        for (noun, name, held_in, role) in &apposed {
            if apposed.iter().any(|(n, other, _, _)| n == noun && other != name) {
                continue;
            }
            if held_in.as_deref().is_some_and(|place| !self.holds_here(body, noun, place)) {
                continue;
            }
            self.full_roles.entry(role.clone()).or_insert_with(|| person(name));
            self.introduced.entry(noun.clone()).or_insert_with(|| person(name));
            self.by_role.entry(noun.clone()).or_insert_with(|| person(name));
        }
        if body.contains("-year-old") {
            for c in AGED.captures_iter(body) {
                let name: Vec<&str> = c[1].split(' ').filter(|w| !super::names::is_title(w)).collect();
                if name.len() >= 2 {
                    self.introduced.entry(format!("{}-year-old", &c[2])).or_insert_with(|| person(&name.join(" ")));
                }
            }
        }
        self.learn_attendance(body);
        for c in OPENS_CASE.captures_iter(body) {
            self.by_role.entry("prosecutor".into()).or_insert_with(|| person(&c[1]));
        }
        for c in COUNSEL.captures_iter(body) {
            let role = if &c[2] == "prosecuting" { "prosecutor" } else { "defence" };
            self.by_role.entry(role.into()).or_insert_with(|| person(&c[1]));
        }
    }

    /// "Ferry engineer tells court …", "The former chief engineer of the ferry
    /// told …": a described person in the headline, a deck or the lead, when the
    /// article goes on to introduce one by name.
    pub(super) fn lead_described(&self, lower: &str) -> Option<Speaker> {
        let rest = lower.strip_prefix("the ").unwrap_or(lower);
        // "Terrified dad:", "Stranded climber fumes:" in a deck below the headline, down to the
        // lede: a tabloid's epithet or parent. Anything else only in the first paragraphs.
        let tabloid = rest.split(' ').next().is_some_and(|w| super::lexicon::EPITHETS.contains(w))
            || super::names::PARENTS.contains(&rest);
        if self.paragraph > 2 && !(tabloid && self.paragraph <= self.lede) {
            return None;
        }
        let head = super::sources::head_of(rest).split_whitespace().last()?;
        let person_noun = super::lexicon::PERSON_NOUNS.contains(head)
            || super::lexicon::TITLES.contains(head) && !head.ends_with('s');
        let source = matches!(head, "official" | "source" | "spokesperson" | "spokesman" | "spokeswoman" | "analyst")
            || self.by_role.contains_key(head);
        // "A terrified Isa mum says …": a tabloid's parent, whom the story names next.
        let parent = super::names::PARENTS.contains(&head);
        let person = if tabloid { &self.lede_person } else { &self.lead_person };
        ((person_noun || parent) && !source && (parent || !lower.starts_with("a ") && !lower.starts_with("an ")))
            .then(|| person.clone())
            .flatten()
    }

    /// "The Welshman", "the South African", "the 23-year-old Fijian": a person
    /// described by nationality is the person just named, not the country.
    pub(super) fn by_nationality(&self, words: &str) -> Option<Speaker> {
        let rest = words.strip_prefix("the ").or_else(|| words.strip_prefix("The "))?;
        let rest = rest.split_once(' ').filter(|(age, _)| age.ends_with("-year-old")).map_or(rest, |(_, r)| r);
        let stem = rest.strip_suffix("man").or_else(|| rest.strip_suffix("woman"));
        let national = stem.is_some_and(|s| NATIONAL_STEMS.contains(&s))
            || matches!(self.gaz.mentions(rest).as_slice(),
                [m] if m.via == crate::gazetteer::Via::Demonym && m.start == 0 && m.end == rest.len());
        national.then(|| self.last_person.clone().filter(|p| !p.name.starts_with("unnamed:"))).flatten()
    }

    /// The prosecutor a court report's "…, jury told" headline stands for.
    pub fn court_headline_speaker(&self, headline: &str) -> Option<Speaker> {
        COURT_HEARS.is_match(headline.trim_end_matches(['.', ' '])).then(|| self.named_role("prosecutor")).flatten()
    }

    /// "A chartered building surveyor who inspected the houses": the person
    /// the article later introduces as "The surveyor, Graham Tulloch".
    pub(super) fn introduced_later(&self, description: &str) -> Option<Speaker> {
        let lower = description.to_lowercase();
        let rest = lower.strip_prefix("a ").or_else(|| lower.strip_prefix("an "))?;
        let head = super::sources::head_of(rest);
        self.introduced.get(head.split_whitespace().last()?).cloned()
    }
}

#[cfg(test)]
mod tests {
    use crate::gazetteer::Gazetteer;

    fn ctx(body: &str) -> super::Context<'static> {
        let mut c = super::Context::new(Gazetteer::builtin(), None);
        c.learn_names(body);
        c
    }

    #[test]
    fn an_age_given_beside_a_name_finds_the_person_again() {
        let mut c = ctx(
            "Raymond Kowalchuk, 58, pleaded guilty. Doreen McIvor, 74, a retired driver, spoke. The 58-year-old wept.",
        );
        assert_eq!(c.resolve("the 58-year-old").unwrap().name, "Raymond Kowalchuk");
        assert_eq!(c.resolve("The 74-year-old grandmother").unwrap().name, "Doreen McIvor");
        assert_ne!(c.resolve("the 31-year-old").map(|s| s.name), Some("Raymond Kowalchuk".into()));
        c.learn_names("Professor Marieke van Dongen led the study.");
        assert_eq!(c.resolve("The 52-year-old Van Dongen").unwrap().name, "Marieke van Dongen");
    }

    #[test]
    fn roles_in_apposition_and_in_court() {
        let c = ctx("Opening the case for the Crown, Sophie Adeyemi said so. The surveyor, Graham Tulloch, said more.");
        assert_eq!(c.named_role("prosecutor").unwrap().name, "Sophie Adeyemi");
        assert_eq!(c.introduced_later("A chartered building surveyor who inspected").unwrap().name, "Graham Tulloch");
        assert_eq!(c.introduced_later("A roofer"), None);
        let speaker = c.court_headline_speaker("Roofer 'preyed on lonely pensioners', jury told");
        assert_eq!(speaker.unwrap().name, "Sophie Adeyemi");
        assert_eq!(c.court_headline_speaker("Roofer 'preyed on pensioners', says judge"), None);
        // The place's kind written small after its name.
        let mut c = ctx("TERMEZ\n\nThe khokim of Surkhandarya region, Zafar Ergashevich Khudoyberdiyev, spoke.");
        assert_eq!(c.resolve("the khokim").unwrap().name, "Zafar Ergashevich Khudoyberdiyev");
        let mut c = ctx(
            "Ferry engineer tells court\n\nThe former chief engineer told a court.\n\nStavros Kalogeropoulos, 58, who was on watch, said more.",
        );
        c.set_paragraph(0);
        assert_eq!(c.lead_described("ferry engineer").unwrap().name, "Stavros Kalogeropoulos");
        c.set_paragraph(1);
        assert_eq!(c.lead_described("the former chief engineer").unwrap().name, "Stavros Kalogeropoulos");
        assert_eq!(c.lead_described("a senior official"), None);
        c.set_paragraph(5);
        assert_eq!(c.lead_described("the former chief engineer"), None);
        // Byline lines above the lede do not push the person it introduces out of reach.
        let mut c = ctx(
            "Washerwoman says beast looked at her\n\nOfficials warn: touch it and you go to jail\n\nBy RUBÉN CÁLIX\n\n\
             EXTRA SUR\n\nCHOLUTECA. – Panic on the river! A crocodile has the washerwomen of the barrio scared.\n\n\
             Doña Petrona Maradiaga, 58, who has washed clothes there for forty years, saw it first.",
        );
        c.set_paragraph(0);
        assert_eq!(c.lead_described("washerwoman").unwrap().name, "Petrona Maradiaga");
        // The person a lead is about is not who the headline's minister is, nor its farmer.
        let mut c = ctx("Minister insists hub will turn the corner\n\nFor Máire Uí Bhriain, the numbers have a face.");
        c.set_paragraph(0);
        assert_eq!(c.lead_described("minister"), None);
        assert_eq!(c.resolve("Uí Bhriain").unwrap().name, "Máire Uí Bhriain");
        let mut c =
            ctx("Farmer says drought is worst\n\nFor Tom Reed, a third-generation wheat farmer, it is personal.");
        c.set_paragraph(0);
        assert_eq!(c.lead_described("farmer"), None);
        // "Her lawyer, Graham Ostrander," is the headline's "Defence lawyer".
        let mut c = ctx("Her lawyer, Graham Ostrander, told reporters she would appeal.");
        c.set_paragraph(1);
        assert_eq!(c.resolve("Defence lawyer").unwrap().name, "Graham Ostrander");
        c.set_paragraph(4);
        assert_eq!(c.resolve("Defence lawyer"), None);
        let mut c = ctx("Her lawyer, Karen Walsh, spoke. His lawyer, Daniel Ruiz, spoke too.");
        c.set_paragraph(1);
        assert_eq!(c.resolve("Defence lawyer"), None);
        let c = ctx("Mark Bell, prosecuting, said the van was stolen.");
        assert_eq!(c.named_role("prosecutor").unwrap().name, "Mark Bell");
        // A Polish defendant named by an initial: "Janusz W., 63, a cardiologist".
        let mut c =
            ctx("Head\n\nA former director told the court it was revenge.\n\nJanusz W., 63, a cardiologist, ran it.");
        c.set_paragraph(1);
        assert_eq!(c.lead_described("the former director").unwrap().name, "Janusz W.");
        // A particle is a whole word: "Pires alleged" ends the name.
        let c = ctx("Opening the case for the state, procuradora Helena Macedo Pires alleged fraud.");
        assert_eq!(c.named_role("prosecutor").unwrap().name, "Helena Macedo Pires");
        let c = ctx("Opening the case for the Crown, Koen de la Rosa said so.");
        assert_eq!(c.named_role("prosecutor").unwrap().name, "Koen de la Rosa");
        // A public role after the name, but not a witness's, nor a phrase opening the sentence.
        let c = ctx(
            "\"It was set,\" Gustavo Pereyra Olmos, the prosecutor in charge of the case, told reporters. In Tokyo, \
             the minister left. Siti Ismail, the ninth prosecution witness, spoke.",
        );
        assert_eq!(c.named_role("prosecutor").unwrap().name, "Gustavo Pereyra Olmos");
        assert_eq!(c.named_role("minister"), None);
        assert_eq!(c.named_role("witness"), None);
        let c = ctx(
            "President says economy will grow\n\nAfter arriving in Addis Ababa, the prosecutor spoke. Jim Walsh, the \
             former judge, criticised it.",
        );
        assert_eq!(c.named_role("prosecutor"), None);
        assert_eq!(c.named_role("judge"), None);
    }
}

//! References to speakers by description: "a league spokesperson", "the agency’s
//! report", "the official", "the Secretary-General", a role another outlet names
//! otherwise.

use super::lexicon::{
    BUSINESS, DOCUMENTS, ORG_WORDS, PERSON_NOUNS, ROLE_ALIASES, SOLE_ROLES, TITLES, TITLE_ABBREVIATIONS, TRADE_NOUNS,
};
use super::orgs::{company_name, org_name};
use super::sources::unnamed;
use super::{names, Context, Speaker};

impl Context<'_> {
    /// "Civil defence says 40 homes destroyed": in a headline, the one body the
    /// story names whose name ends on these words ("Taiz Civil Defence"), of two
    /// words or more.
    pub fn body_by_tail(&self, words: &str) -> Option<Speaker> {
        if !self.in_headline || words.split_whitespace().count() < 2 {
            return None;
        }
        let tail = format!(" {}", words.to_lowercase());
        let known = self.org_by_noun.values().chain(&self.companies).chain(self.acronyms.values());
        super::only_one(known.filter(|o| !o.person && o.name.to_lowercase().ends_with(&tail))).cloned()
    }

    /// "The Bong County Health Team said …", then "the Health Team said": the body that
    /// spoke, or that the story named, under the name whose last words these are. Only a
    /// capitalised name the gazetteer does not know, and only where one body so ends; not
    /// initials ("EPA" is not the Navajo Nation's agency for being spelt out as its end).
    pub(super) fn heard_in_full(&self, words: &str, body: &Speaker) -> Option<Speaker> {
        let name = body.name.as_str();
        let initials = words.chars().filter(|c| c.is_alphabetic()).all(|c| c.is_uppercase());
        // Not a court: "the Supreme Court" of a Texas story may be the U.S. Supreme Court, "the
        // High Court" of a Lagos story the Federal High Court.
        if body.person || initials || !name.starts_with(char::is_uppercase) || name.ends_with(" Court") {
            return None;
        }
        // What the full name adds is a place or qualifier in name case ("Bong County", "Porto
        // Velho Municipal"), not a sentence's "BUT the", a member's "Members of the" nor a
        // possessive.
        let name_case = |w: &str| {
            let mut chars = w.chars();
            chars.next().is_some_and(char::is_uppercase)
                && chars.any(char::is_lowercase)
                && !w.ends_with("'s")
                && !w.ends_with("’s")
        };
        // "Rio de Janeiro State": a particle inside a place's name.
        let particle = |w: &str| matches!(w, "de" | "do" | "da" | "dos" | "das" | "del" | "di" | "du");
        let fuller = |o: &&Speaker| {
            let Some(added) = o.name.strip_suffix(name).and_then(|a| a.strip_suffix(' ')) else { return false };
            let words: Vec<&str> = added.split(' ').collect();
            let inner = words.len().saturating_sub(1);
            !o.person
                && words.iter().enumerate().all(|(i, w)| name_case(w) || i > 0 && i < inner && particle(w))
                && !super::names::STARTERS.contains(words[0])
        };
        let known = self.bodies_heard.iter().chain(self.org_by_noun.values());
        let full = super::only_one(known.filter(fuller))?;
        // Not a country, a body the gazetteer knows, or words a known body's name holds; looked
        // up only once a fuller name is found, as most bodies have none.
        let known_elsewhere = self.is_country(name)
            || self.gaz.whole_mentions(name).next().is_some()
            || self.observed_orgs.iter().any(|o| o.contains(name));
        (!known_elsewhere).then(|| full.clone())
    }

    /// "a league spokesperson", "a council spokesman": the body they speak for,
    /// when the article has named it.
    pub(super) fn body_spokesperson(&self, words: &str, lower: &str) -> Option<Speaker> {
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
        // "a coastguard spokesperson told Omroep Scheldemond": the coast guard's voice.
        if matches!(b_lower.as_str(), "coastguard" | "coast guard") {
            if let Some(s) = self.definite("the coastguard") {
                return Some(s);
            }
        }
        // "A Government spokesperson", "a Cabinet spokesman": the article's government.
        if matches!(b_lower.as_str(), "government" | "cabinet") {
            if let Some(s) = self.definite("the government") {
                return Some(s);
            }
        }
        // "a foreign ministry spokeswoman told a briefing in Hanoi": a ministry's
        // unnamed voice speaks for the government, as "the foreign ministry" does.
        if b_lower == "ministry" || b_lower.ends_with(" ministry") || b_lower.starts_with("ministry of ") {
            if let Some(s) =
                self.definite(&format!("the {b_lower}")).or_else(|| self.resolve_inner(&format!("the {b}")))
            {
                return Some(s);
            }
        }
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
        // "A KEPCO spokesperson", after "Korea Electric Power Corporation (KEPCO)".
        self.org_by_noun
            .get(b_lower.as_str())
            .or_else(|| self.acronyms.get(b.as_str()))
            .or(known)
            .cloned()
            .or_else(|| self.home_alias(&b))
            .or_else(|| self.gazetteer(&b, &b_lower).filter(|s| !s.person))
            // "a Welsh Water spokesperson", after "Dŵr Cymru Welsh Water confirmed": the name in full.
            .or_else(|| {
                let full = self.resolve_inner(&b).filter(|s| s.name.len() > b.len() && s.name.ends_with(&b))?;
                Some(Speaker::body(full.name))
            })
            .or_else(|| org_name(&b)) // "A Wealdmoor District Council spokesman"
            .or_else(|| company_name(&b)) // "A Skyline TV spokesperson"
            .or_else(|| {
                // "A Dunmore Athletic spokesman", "A Channel Nova spokesperson": whatever body that names.
                let proper = body.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase));
                proper.then(|| Speaker::body(b.clone()))
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
    pub(super) fn possessor(&self, words: &str) -> Option<Speaker> {
        let at = words.find("’s ").or_else(|| words.find("'s "))?;
        // "St Ciaran's University Hospital", "the Provincial People's Committee": a name that holds 's.
        let owner = words[..at].rsplit(' ').next().unwrap_or("");
        let saint = ["St ", "St. ", "Saint "].iter().any(|p| words.trim_start_matches("the ").starts_with(p));
        // "the Kismayo Artisanal Fishermen's Cooperative": so do plurals in "-men".
        let collective = matches!(owner, "People" | "Workers" | "Farmers" | "Women" | "Children" | "Citizens")
            || owner.len() > 6 && owner.ends_with("men");
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
        // "The Minas Gerais State Public Prosecutor's Office", "the Attorney General's Office": the
        // office-holder's office by that name, a body of its own. A head of government's, a
        // minister's or a governor's is left to the office-holder's readings.
        let head = matches!(owner, "Minister" | "Governor" | "President" | "Premier" | "Chancellor" | "Taoiseach");
        if words[at + 3..].trim() == "Office"
            && owner.starts_with(char::is_uppercase)
            && names::is_title(owner)
            && !head
        {
            return Some(Speaker::body(super::resolve::without_article(words)));
        }
        // "Quebec's Ministry of Transportation and Sustainable Mobility": a province's or region's
        // own body, by its name. A country's is the country's (see `bodies`).
        if let Some(name) = self.regional_body(words) {
            return Some(Speaker::body(name));
        }
        // "Walsh's agent Barry Tennant": the named person, not the possessor. Not "Camwater's Far
        // North regional agency", a place inside the possessor's office, which ends on its noun.
        let office = words[at + 3..].split_whitespace().next_back().is_some_and(|w| ORG_WORDS.contains(w));
        let named = !office
            && words[at + 3..].split_whitespace().any(|w| {
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
    /// "A spokesperson for the trade body", "the industry group said": the one trade
    /// association, federation or chamber the story names, the last spoken first.
    fn trade_body(&self, rest: &str) -> Option<Speaker> {
        const DESCRIPTIONS: [&str; 8] = [
            "trade body", "industry body", "industry group", "trade group", "lobby group", "umbrella body",
            "trade association", "industry association",
        ];
        const HEADS: [&str; 5] = ["Association", "Federation", "Chamber", "Confederation", "Council"];
        if !DESCRIPTIONS.contains(&rest) {
            return None;
        }
        let trade = |b: &&Speaker| !b.person && b.name.split(' ').any(|w| HEADS.contains(&w));
        if let Some(last) = self.last_body.as_ref().filter(trade) {
            return Some(last.clone());
        }
        super::only_one(self.org_by_noun.values().chain(self.acronyms.values()).filter(trade)).cloned()
    }

    pub(super) fn definite(&self, lower: &str) -> Option<Speaker> {
        let rest = lower.strip_prefix("the ")?;
        // "the coast guard said", in lower case: a state's service, the story's own unless it
        // named another's.
        if rest == "coast guard" {
            return self.coast_guard().or_else(|| self.home_country.clone().map(Speaker::body));
        }
        // "the coastguard", in one word, as British copy and migration reports from abroad write
        // it: the story's own only when it names no other country's ("The Libyan coastguard
        // fired shots …", filed from Rome).
        if rest == "coastguard" {
            return self.coast_guard().or_else(|| self.sure_home());
        }
        if let Some(s) = self.trade_body(rest) {
            return Some(s);
        }
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
        let cabinet = rest == "cabinet";
        if rest.starts_with("ministry")
            || rest.starts_with("government")
            || rest.ends_with(" ministry")
            || presidency
            || cabinet
        {
            // "According to SFA data, … The ministry further said": not an agency named since.
            let governmental = |b: &Speaker| {
                self.is_country(&b.name) || ["Ministry", "Government", "Department"].iter().any(|w| b.name.contains(w))
            };
            let placed = self.placed_country.clone().map(Speaker::body);
            let government =
                placed.or_else(|| self.last_body.clone().filter(|b| !self.companies.contains(b) && governmental(b)));
            let home = || self.home_country.clone().map(Speaker::body);
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
        // "the group", after "a group calling itself …" or "the Right to Defence group": that
        // group, not a company that calls itself a group too. Not "the mining group", "the luxury
        // group": a trade's, a company; nor once a company or another body than a government has
        // spoken ("Tata Sons said …").
        let group = self.self_named_group.as_ref().or_else(|| self.org_by_noun.get("group"));
        let spoke_since = |g: &Speaker| self.last_body.as_ref().is_some_and(|b| b != g && !self.is_country(&b.name));
        let named_group = rest == "group" && self.company_spoke.is_none();
        if let Some(s) = group.filter(|g| named_group && !spoke_since(g)) {
            return Some(s.clone());
        }
        // "the Copenhagen-based carrier": the company that spoke last, else the first named.
        let company = self.company_spoke.as_ref().or(self.companies.first());
        if let Some(s) = company.filter(|_| BUSINESS.contains(noun)) {
            return Some(s.clone());
        }
        // "the city council" is no person, even after "the Conservatives' leader on the
        // council, Cllr Anwen Probert": a body's word finds the body the story named by it.
        // With none, the person stays ("U.S. bank Wells Fargo", learned as a name).
        let bodily = |s: &&Speaker| !s.person || !ORG_WORDS.contains(noun) || !self.org_by_noun.contains_key(noun);
        // "the school's deputy principal", before "said the deputy principal, Simone Fakatava.".
        if let Some(s) = self.introduced.get(noun).filter(bodily) {
            return Some(s.clone());
        }
        // "the prosecutor" is "state advocate Riaan van Wyk"; "the Prime Minister" is not the Transport Secretary.
        // "the GM explained", after "FAIC's General Manager, Dr Franklin Tabi Egbe".
        // "the vice governor": the office named in its two words, before "governor" alone.
        if let Some(s) = self.by_role.get(head).filter(|_| head.starts_with("vice ")) {
            return Some(s.clone());
        }
        let spelt = TITLE_ABBREVIATIONS.iter().find(|(short, _)| *short == noun).map_or(noun, |(_, office)| *office);
        let named = if SOLE_ROLES.contains(&noun) { self.named_role(noun) } else { self.by_role.get(spelt).cloned() };
        if let Some(s) = named.as_ref().filter(bodily) {
            return Some(s.clone());
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
            // Not "the system", "the school system": a body's word, but no body's name.
            "system" => self.last_body.clone(),
            // "The municipality said", none named: a body still, not the person who spoke last.
            "municipality" => self.last_body.clone(),
            _ if ORG_WORDS.contains(noun) => self.last_body.clone().or_else(|| self.last.clone()),
            "president" | "leader" | "minister" | "official" | "spokesperson" | "spokesman" | "spokeswoman"
            | "mayor" | "chancellor" | "premier" | "secretary" | "ambassador" | "judge" | "chief" | "dictator"
            | "envoy" | "general" | "landrat" => self.last_person.clone(),
            // "the Fox Hill MP", "the lawmaker from Warrap": a member described by the seat.
            "mp" | "lawmaker" | "legislator" | "senator" | "councillor" | "congressman" | "congresswoman" => {
                self.last_person.clone()
            }
            // "the 34-year-old dinner lady": a description of somebody already named.
            _ if PERSON_NOUNS.contains(noun) || rest.contains("-year-old") => self.last_person.clone(),
            // "the shop assistant", "the mum-of-two": the person named last, if the story gave them no
            // office (not "Education Minister Lee Ju-ho said … the student said"), and not a relative
            // of theirs ("The farmer's wife said").
            _ if TRADE_NOUNS.contains(noun) || parent_of(noun) => {
                let office = |k: &String| k.split(' ').next_back().is_some_and(|w| TITLES.contains(w));
                let holds_office = |p: &Speaker| {
                    let mut roles = self.by_role.iter().chain(&self.introduced).chain(&self.full_roles);
                    roles.any(|(k, r)| r.name == p.name && office(k))
                };
                self.last_person.clone().filter(|p| !holds_office(p) && !rest.contains("'s"))
            }
            _ => None,
        }
    }

    /// "Tourism Minister": the person the article names so, else the one it names
    /// with the office alone ("minister") when no other portfolio's holder is named.
    pub(super) fn holder(&self, role: &str, office: &str) -> Option<Speaker> {
        if let Some(s) = self.by_role.get(role) {
            return Some(s.clone());
        }
        let suffix = format!(" {office}");
        let other = self.by_role.keys().any(|k| k.ends_with(&suffix) && k != role);
        if other {
            return None;
        }
        self.named_role(office)
    }

    /// The person the article names with this office, or with the office
    /// another outlet's style calls it ("trade minister" is "Trade Cabinet Secretary").
    /// The person the story introduced in the whole of `role` ("the defence lawyer, Ama
    /// Owusu,"): not the finance minister for "Health minister".
    pub fn introduced_as(&self, role: &str) -> Option<Speaker> {
        self.full_roles.get(role).filter(|s| s.person).cloned()
    }

    pub(super) fn named_role(&self, noun: &str) -> Option<Speaker> {
        let aliases = ROLE_ALIASES.iter().filter(|(r, _)| *r == noun).flat_map(|(_, a)| a.iter());
        std::iter::once(&noun).chain(aliases).find_map(|r| self.by_role.get(*r)).cloned()
    }
}

/// "mum-of-two", "father-of-three": a tabloid's parent, by how many children.
fn parent_of(noun: &str) -> bool {
    noun.split_once("-of-").is_some_and(|(parent, _)| {
        matches!(parent, "mum" | "mother" | "dad" | "father" | "mom" | "grandmother" | "grandfather" | "grandad")
    })
}

//! Groups named by what they call themselves: "the Right to Defence group",
//! "the Campaign to Protect Rural England", "a group calling itself Pike Creek
//! Parents", whom "the group" means later in the story.

use super::lexicon::ORG_WORDS;
use super::{Context, Speaker};

/// Words that say what a group is, not what it is called: "the Shia group", "the Labour group".
const DESCRIBING_GROUPS: [&str; 16] = [
    "Shia", "Sunni", "Muslim", "Hindu", "Sikh", "Labour", "Green", "Greens", "Liberal", "Conservative", "Opposition",
    "Independent", "Rebel", "Militant", "Armed", "Tory",
];

/// Kinds of body written small after the body's own name: "the Right to Defence group".
pub(super) const NAMED_GROUP_NOUNS: [&str; 7] =
    ["group", "association", "campaign", "coalition", "movement", "collective", "initiative"];

impl Context<'_> {
    /// "the Right to Defence group", "the Zokniai Community association": a
    /// body's own name before what kind of body it is, written small. Not "the
    /// Spanish group", "the Fermanagh group", "the Lega group": a nationality,
    /// a place or a party says whose the group is, not what it is called.
    pub(super) fn named_before_noun(&self, words: &str) -> Option<(Speaker, &'static str)> {
        let rest = words.strip_prefix("the ").or_else(|| words.strip_prefix("The "))?;
        let (name, noun) = rest.rsplit_once(' ')?;
        let noun = *NAMED_GROUP_NOUNS.iter().find(|n| **n == noun)?;
        let parts: Vec<&str> = name.split(' ').collect();
        let capital = |w: &str| w.starts_with(char::is_uppercase) && !w.contains(['\'', '’', '-']);
        let joiner = |w: &str| matches!(w, "to" | "of" | "for" | "and" | "the");
        let shaped = parts.iter().all(|w| capital(w) || joiner(w))
            && parts.first().is_some_and(|w| capital(w))
            && parts.last().is_some_and(|w| capital(w));
        // One word may be a place, a party, a faith or a people; two or more make a name of its own.
        let described = |w: &str| {
            ["ist", "ish", "ic", "ian", "ese", "ite"].iter().any(|end| w.ends_with(end))
                || DESCRIBING_GROUPS.contains(&w)
        };
        let named = parts.len() >= 2 || self.gaz.mentions(name).is_empty() && !described(name);
        (shaped && named && !self.gaz.opens_with_place(name) && !self.is_country(name))
            .then(|| (Speaker::body(name.to_string()), noun))
    }

    /// "the Campaign to Protect Rural England", "the Coalition to Stop Gun Violence": a
    /// body named for its aim, whose "to" is part of the name.
    pub(super) fn named_for_its_aim(&self, words: &str) -> Option<Speaker> {
        let name = super::resolve::without_article(words);
        let (head, aim) = name.split_once(" to ")?;
        let capital = |w: &str| w.starts_with(char::is_uppercase);
        let small = |w: &str| matches!(w, "and" | "of" | "the" | "for" | "in");
        let lower = head.to_lowercase();
        let headed = !head.contains(' ')
            && capital(head)
            && (ORG_WORDS.contains(lower.as_str()) || NAMED_GROUP_NOUNS.contains(&lower.as_str()));
        let aimed = aim.split(' ').all(|w| capital(w) || small(w)) && aim.split(' ').next().is_some_and(capital);
        (headed && aimed).then(|| Speaker::body(name.to_string()))
    }

    /// "who chairs the Zokniai Community association": what "the association" means later.
    pub(super) fn learn_named_groups(&mut self, body: &str) {
        static NAMED_GROUP: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
            let nouns = NAMED_GROUP_NOUNS.join("|");
            let word = r"\p{Lu}[\p{L}'’-]*";
            // ASCII boundaries: a Unicode `\b` keeps the regex off its fast engines.
            regex::Regex::new(&format!(r"(?-u:\b)[Tt]he {word}(?: (?:{word}|to|of|for|and))* (?:{nouns})(?-u:\b)"))
                .expect("valid regex")
        });
        for m in NAMED_GROUP.find_iter(body) {
            if let Some((org, noun)) = self.named_before_noun(m.as_str()) {
                self.org_by_noun.entry(noun.to_string()).or_insert(org);
            }
        }
        self.learn_self_named_groups(body);
    }

    /// "A group of parents calling itself Northeast Families United": the group it named.
    pub(super) fn calling_itself(&self, words: &str) -> Option<Speaker> {
        let (_, name) = words.split_once(" calling itself ").or_else(|| words.split_once(" calling themselves "))?;
        let name = name.strip_prefix("the ").unwrap_or(name);
        self.self_named_group.clone().filter(|g| g.name == name)
    }

    /// "A group calling itself Pike Creek Parents for Five Days", "an open letter delivered
    /// under the name Cordova Reef Watch, the group …", "youths under the banner of the Humla
    /// Sangharsha Samiti": the name a group gives itself, which "the group" means from then on.
    /// "Under the name" only in a sentence about a group: not a ticker, a ship's old name or a pen
    /// name.
    fn learn_self_named_groups(&mut self, body: &str) {
        static SELF_NAMED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
            let word = r"\p{Lu}[\p{L}'’-]*";
            let links = "to|of|for|and|the|de|del|des|du|la|da|do";
            regex::Regex::new(&format!(
                r"(calling (?:itself|themselves)|under the name|under the banner of)(?: the)? ({word}(?: (?:{word}|{links}))*)"
            ))
            .expect("valid regex")
        });
        for caps in SELF_NAMED.captures_iter(body) {
            let name = caps[2].trim_end_matches(|c: char| !c.is_alphanumeric());
            let name = ["and", "the", "of", "de", "la"]
                .iter()
                .fold(name, |n, link| n.strip_suffix(&format!(" {link}") as &str).unwrap_or(n));
            let (Some(found), Some(cue)) = (caps.get(0), caps.get(1)) else { continue };
            let start = body[..found.start()].rfind(['.', '\n']).map_or(0, |i| i + 1);
            let end = body[found.end()..].find(['.', '\n']).map_or(body.len(), |i| found.end() + i);
            let about_a_group = cue.as_str() != "under the name" || body[start..end].contains("group");
            // "the Army of the righteous": one word that names what a body is, not what it is called.
            let one_org_word = !name.contains(' ') && ORG_WORDS.contains(name.to_lowercase().as_str());
            let named = name.contains(' ') || self.gaz.mentions(name).is_empty();
            if about_a_group && named && !one_org_word {
                self.self_named_group.get_or_insert_with(|| Speaker::body(name.to_string()));
            }
        }
    }
}

//! Initialisms a headline uses that the body never spells out in brackets:
//! "DM promises …" over "District Magistrate Jitendra Pratap Singh told …",
//! "SRC says …" over "Special Relief Commissioner Hemanta Kumar Panda", "HC
//! stays …" over "The Jharkhand High Court on Wednesday stayed …".

use super::lexicon::{OFFICES, ORG_WORDS, TITLES};
use super::{Context, Speaker};

/// How many paragraphs from the top are read for initialisms: the headline,
/// and the deck or byline and the lede below it.
const TOP_PARAGRAPHS: usize = 3;

const WEEKDAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

impl Context<'_> {
    /// Learns what each unknown initialism of the top paragraphs stands for:
    /// the one person whose office's words it spells, written just before
    /// their name, or the one body whose name ends on the words it spells.
    /// Nothing when the words spell it for two holders ("CM": a County
    /// Manager and a Chief Minister).
    pub(super) fn learn_initialisms(&mut self, body: &str) {
        let top: Vec<&str> = body.split("\n\n").take(TOP_PARAGRAPHS).collect();
        // Each paragraph's words, split once and only when a headline has an initialism to look up.
        let mut paragraphs: Option<Vec<Vec<&str>>> = None;
        for token in top.iter().flat_map(|p| p.split_whitespace()) {
            let acronym = token.trim_matches(|c: char| !c.is_alphanumeric());
            if !is_initialism(acronym) || self.acronyms.contains_key(acronym) || !self.gaz.mentions(acronym).is_empty()
            {
                continue;
            }
            let words =
                paragraphs.get_or_insert_with(|| body.split("\n\n").map(|p| p.split_whitespace().collect()).collect());
            let mut holders = words.iter().flat_map(|words| self.written_out(words, acronym));
            let Some(first) = holders.next() else { continue };
            if holders.all(|h| h.name == first.name) {
                self.acronyms.insert(acronym.to_string(), first);
            }
        }
    }

    /// Learns what each unknown acronym of the body stands for when the story never
    /// brackets it: the one body whose name's capitalised words spell it, small words
    /// between them skipped ("MTOP" for "the Ministerio de Transporte y Obras Públicas",
    /// "KRG" for "the Kurdistan Regional Government"). Nothing for a person's name, a
    /// name written in full nowhere, or two names that spell it.
    pub(super) fn learn_spelt_bodies(&mut self, body: &str) {
        let words: Vec<&str> = body.split_whitespace().collect();
        let mut done: Vec<&str> = Vec::new();
        for token in &words {
            let acronym = token.trim_matches(|c: char| !c.is_alphanumeric());
            let acronym = acronym.strip_suffix("s").filter(|a| is_spelt(a)).unwrap_or(acronym);
            if !is_spelt(acronym) || done.contains(&acronym) || self.acronyms.contains_key(acronym) {
                continue;
            }
            done.push(acronym);
            if !self.gaz.mentions(acronym).is_empty() {
                continue;
            }
            let mut names: Vec<String> = (0..words.len()).filter_map(|i| spelt_from(&words[i..], acronym)).collect();
            names.sort();
            names.dedup();
            let [name] = names.as_slice() else { continue };
            // "the CCPO": an office ("Capital City Police Officer"), whose holder speaks.
            let last = name.rsplit(' ').next().unwrap_or_default().to_lowercase();
            if OFFICES.contains(last.as_str()) || TITLES.contains(last.as_str()) {
                continue;
            }
            // "DNR" spelt by "the Wisconsin Department of Natural Resources": the state's body, with its place.
            let placed = self.placed_name(body, name);
            let name = placed.as_ref().unwrap_or(name);
            let resolved = self.resolve_inner(name);
            let body = resolved.filter(|s| !s.person).or_else(|| {
                let head = name.split(' ').next().unwrap_or_default().to_lowercase();
                let org = ORG_WORDS.contains(head.as_str()) || name.split(' ').any(super::orgs::romance_head);
                org.then(|| Speaker::body(name.as_str()))
            });
            if let Some(b) = body {
                self.acronyms.insert(acronym.to_string(), b);
            }
        }
    }

    /// `name` with the place written before it wherever the body names it so.
    fn placed_name(&self, body: &str, name: &str) -> Option<String> {
        let at = body.find(name)?;
        let place = body[..at].strip_suffix(' ')?.rsplit([' ', '\n']).next()?;
        let placed = place.starts_with(char::is_uppercase) && self.gaz.opens_with_place(place);
        placed.then(|| format!("{place} {name}"))
    }

    /// Every holder in `words` whose office or name capitalised words spell `acronym`.
    fn written_out(&self, words: &[&str], acronym: &str) -> Vec<Speaker> {
        let n = acronym.chars().count();
        let spells = |window: &[&str]| {
            window.iter().zip(acronym.chars()).enumerate().all(|(k, (w, letter))| {
                // Only the last word may carry punctuation after it.
                let clean = k + 1 == n || w.chars().all(|c| c.is_alphabetic() || c == '-');
                let article = matches!(*w, "The" | "A" | "An"); // "TD" is no "The Department"
                clean && !article && w.starts_with(letter) && w.chars().nth(1).is_some_and(char::is_lowercase)
            })
        };
        let holder = |i: usize| {
            let last = words[i + n - 1];
            let bare = last.trim_end_matches(|c: char| !c.is_alphabetic()).to_lowercase();
            // "District Magistrate Jitendra Pratap Singh": an office, then its holder.
            let office = OFFICES.contains(bare.as_str()) || TITLES.contains(bare.as_str());
            let person = (office && last.ends_with(char::is_alphabetic)).then(|| self.person_after(&words[i + n..]));
            person
                .flatten()
                .or_else(|| ORG_WORDS.contains(bare.as_str()).then(|| self.body_ending(&words[..i + n], n)).flatten())
        };
        words.windows(n).enumerate().filter(|(_, window)| spells(window)).filter_map(|(i, _)| holder(i)).collect()
    }

    /// The person named in full by the capitalised words that open `after`.
    fn person_after(&self, after: &[&str]) -> Option<Speaker> {
        let run: Vec<&str> = after
            .iter()
            .take(4)
            .take_while(|w| w.starts_with(char::is_uppercase))
            .map(|w| w.trim_end_matches([',', '.', ';', ':']))
            .collect();
        (1..=run.len()).rev().find_map(|k| self.person_in_full(&run[..k].join(" ")))
    }

    /// The body whose name the capitalised words ending `before` write, the last
    /// `spelt` of them the initialism's: "Jharkhand High Court", with at most
    /// one word (its place) before the spelt ones. Not "Navajo Nation
    /// Environmental Protection Agency" for "EPA", "Authenticity and Modernity
    /// Party" for "MP", nor "Tuesday's High Court order" for "HC".
    fn body_ending(&self, before: &[&str], spelt: usize) -> Option<Speaker> {
        let opening = before.len() - spelt;
        let start = before[..opening]
            .iter()
            .rposition(|w| !w.starts_with(char::is_uppercase) || w.ends_with([',', '.', ';', ':']) || *w == "The")
            .map_or(0, |at| at + 1);
        let continued = start > 0 && matches!(before[start - 1], "and" | "of" | "for" | "&" | "de");
        let place = before[start..opening].first();
        let no_place = place.is_some_and(|w| super::names::possessive(w) || WEEKDAYS.contains(w));
        if opening - start > 1 || continued || no_place {
            return None;
        }
        let name = before[start..].join(" ");
        let name = name.trim_end_matches(|c: char| !c.is_alphabetic());
        Some(self.resolve_inner(name).filter(|s| !s.person).unwrap_or_else(|| Speaker::body(name)))
    }
}

/// Three to six capital letters, as a body's name is abbreviated.
fn is_spelt(word: &str) -> bool {
    (3..=6).contains(&word.len()) && word.chars().all(|c| c.is_ascii_uppercase())
}

/// The name that opens `words` and whose capitalised words spell `acronym`, the
/// small words of a name between them ("de", "y", "of", "and"), ending on a word
/// that spells its last letter: "Ministerio de Transporte y Obras Públicas".
fn spelt_from(words: &[&str], acronym: &str) -> Option<String> {
    const SMALL: [&str; 16] =
        ["de", "del", "la", "las", "los", "y", "e", "of", "and", "for", "the", "des", "du", "di", "da", "für"];
    let mut letters = acronym.chars();
    let mut next = letters.next();
    let mut taken = Vec::new();
    for (k, w) in words.iter().enumerate() {
        let clean = w.trim_end_matches(|c: char| !c.is_alphabetic());
        let capital = clean.chars().next().is_some_and(char::is_uppercase)
            && clean.chars().nth(1).is_some_and(char::is_lowercase)
            && !matches!(clean, "The" | "A" | "An");
        match next {
            Some(letter) if capital && clean.starts_with(letter) => {
                taken.push(clean);
                next = letters.next();
                if next.is_none() {
                    return Some(taken.join(" "));
                }
            }
            Some(_) if k > 0 && SMALL.contains(&clean) && clean.len() == w.len() => taken.push(clean),
            _ => return None,
        }
        // Only the last word may end on punctuation.
        if clean.len() != w.len() {
            return None;
        }
    }
    None
}

/// Two to four capital letters, as a headline abbreviates an office or a court.
fn is_initialism(word: &str) -> bool {
    (2..=4).contains(&word.len()) && word.chars().all(|c| c.is_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use crate::extract::speakers::Context;
    use crate::gazetteer::Gazetteer;

    fn resolved(body: &str, words: &str) -> Option<String> {
        let mut c = Context::new(Gazetteer::builtin(), None);
        c.learn_names(body);
        c.resolve(words).map(|s| s.name)
    }

    #[test]
    fn a_headline_s_initials_are_the_office_or_the_court_the_body_names() {
        let body = "DM promises report\n\nBy Staff\n\nKANPUR — District Magistrate Jitendra Pratap Singh told \
                    reporters the units would be inspected.";
        assert_eq!(resolved(body, "DM").as_deref(), Some("Jitendra Pratap Singh"));
        let body = "HC stays tree felling\n\nRANCHI — The Jharkhand High Court on Wednesday stayed the felling.";
        assert_eq!(resolved(body, "HC").as_deref(), Some("Jharkhand High Court"));
        // Not a party's name after "and", nor a body with more than its place before the words.
        let body = "MP alleges negligence\n\nAsilah from the Authenticity and Modernity Party (PAM) spoke.";
        assert_ne!(resolved(body, "MP").as_deref(), Some("Modernity Party"));
        let body = "EPA to decide\n\nThe Navajo Nation Environmental Protection Agency will decide.";
        assert_ne!(resolved(body, "EPA").as_deref(), Some("Navajo Nation Environmental Protection Agency"));
        let body = "TD accuses Department\n\nThe TD accused The Department of sleepwalking.";
        assert_ne!(resolved(body, "TD").as_deref(), Some("Department"));
        // At a paragraph's end too, and after "the" written small.
        let body = "HC warns state\n\nFelling was stayed on Wednesday by the Jharkhand High Court";
        assert_eq!(resolved(body, "HC").as_deref(), Some("Jharkhand High Court"));
        // Not a weekday's order, nor a body's name before somebody else's office, nor two holders.
        let body = "HC warns state\n\nActivists welcomed Tuesday's High Court order.";
        assert_ne!(resolved(body, "HC").as_deref(), Some("Tuesday's High Court"));
        let body = "MP says raids went too far\n\nGreater Manchester Police Chief Constable Stephen Watson spoke.";
        assert_ne!(resolved(body, "MP").as_deref(), Some("Stephen Watson"));
        let body = "CM says floods under control\n\nCounty Manager Peter Obi and Chief Minister Hemant Soren met.";
        assert_eq!(resolved(body, "CM").as_deref(), Some("CM"));
        // Initials the body never spells out stay as they are.
        let body = "PM says no\n\nThe minister Jitendra Pratap Singh spoke.";
        assert_ne!(resolved(body, "PM").as_deref(), Some("Jitendra Pratap Singh"));
    }

    #[test]
    fn an_acronym_the_body_never_brackets_is_the_one_body_whose_name_spells_it() {
        let body = "Road closed\n\nHe said the Ministerio de Transporte y Obras Públicas had left the road \
                    unguarded. The MTOP said the road was safe.";
        assert_eq!(resolved(body, "MTOP").as_deref(), Some("Ministerio de Transporte y Obras Públicas"));
        // An office spelt out is its holder's, not a body.
        let body = "Raids\n\nPESHAWAR — The Capital City Police Officer spoke. The CCPO said raids would go on.";
        assert_ne!(resolved(body, "CCPO").as_deref(), Some("Capital City Police Officer"));
        // Two names that spell it: neither.
        let body = "Talks\n\nThe Farmers Union of Kent met the Federation of Urban Kilns. The FUK said no.";
        assert_eq!(resolved(body, "FUK").as_deref(), Some("FUK"));
    }
}

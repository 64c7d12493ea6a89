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

/// Two to four capitalised words, particles allowed: a person's name.
const NAME: &str = r"(\p{Lu}[\p{L}’'-]+(?: (?:van|von|de|der|da|di|le|la|bin|al|\p{Lu}[\p{L}’'-]+)){1,3})";

/// "The surveyor, Graham Tulloch,": a role in apposition to a name.
static APPOSED: LazyLock<WordRegex> =
    LazyLock::new(|| WordRegex::new(&format!(r"\b[Tt]he ([a-z]+(?:[ -][a-z]+)?), {NAME}[,.]")));

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

/// Headlines of court reports: "Roofer 'preyed on lonely pensioners', jury told".
static COURT_HEARS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i),\s*(?:the\s+)?(?:jury|court|inquest|tribunal|trial|hearing)\s+(?:told|hears|heard|is told)\s*$")
        .expect("valid regex")
});

impl Context<'_> {
    /// Registers the roles `body` gives its named people in apposition.
    pub(super) fn learn_roles(&mut self, body: &str) {
        let person = |name: &str| Speaker { name: name.to_string(), person: true, gender: None };
        for c in APPOSED.on(body).captures_iter(body) {
            let noun = c[1].rsplit(' ').next().unwrap_or(&c[1]).to_string();
            self.introduced.entry(noun.clone()).or_insert_with(|| person(&c[2]));
            self.by_role.entry(noun).or_insert_with(|| person(&c[2]));
        }
        for c in OPENS_CASE.captures_iter(body) {
            self.by_role.entry("prosecutor".into()).or_insert_with(|| person(&c[1]));
        }
        for c in COUNSEL.captures_iter(body) {
            let role = if &c[2] == "prosecuting" { "prosecutor" } else { "defence" };
            self.by_role.entry(role.into()).or_insert_with(|| person(&c[1]));
        }
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
        let head = super::names::head_of(rest);
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
    fn roles_in_apposition_and_in_court() {
        let c = ctx("Opening the case for the Crown, Sophie Adeyemi said so. The surveyor, Graham Tulloch, said more.");
        assert_eq!(c.named_role("prosecutor").unwrap().name, "Sophie Adeyemi");
        assert_eq!(c.introduced_later("A chartered building surveyor who inspected").unwrap().name, "Graham Tulloch");
        assert_eq!(c.introduced_later("A roofer"), None);
        let speaker = c.court_headline_speaker("Roofer 'preyed on lonely pensioners', jury told");
        assert_eq!(speaker.unwrap().name, "Sophie Adeyemi");
        assert_eq!(c.court_headline_speaker("Roofer 'preyed on pensioners', says judge"), None);
        let c = ctx("Mark Bell, prosecuting, said the van was stolen.");
        assert_eq!(c.named_role("prosecutor").unwrap().name, "Mark Bell");
    }
}

//! Firms and bodies named through their people or their partners: "Analysts
//! at Meridian Capital Research", "observers from the Council of Europe",
//! "Procter & Gamble".

use super::resolve::without_article;
use super::{names, Context, Speaker};

impl Context<'_> {
    /// The firm or body `words` name through its analysts or its partners' names.
    pub(super) fn firm(&self, words: &str) -> Option<Speaker> {
        if let Some(s) = firm_of_analysts(words).and_then(|firm| self.resolve_inner(firm)) {
            return Some(s);
        }
        // "HM Revenue & Customs": the gazetteer's, before any firm of that shape.
        firm_of_partners(words).filter(|_| self.gaz.whole_mentions(without_article(words)).next().is_none())
    }
}

/// "Analysts at Meridian Capital Research", "observers from the Council of
/// Europe": the named firm or body speaks through its analysts. Not "researchers
/// at a local university", a source described.
fn firm_of_analysts(words: &str) -> Option<&str> {
    let (group, rest) = words.split_once(' ')?;
    let analysts = matches!(
        group.to_lowercase().as_str(),
        "analysts" | "economists" | "strategists" | "researchers" | "observers"
    );
    // "from" only for observers: "researchers from Delhi" are from a place, not a firm.
    let observers = group.eq_ignore_ascii_case("observers");
    let firm = ["at ", "with "].iter().chain(observers.then_some(&"from ")).find_map(|p| rest.strip_prefix(p))?;
    let firm = firm.strip_prefix("the ").unwrap_or(firm);
    (analysts && firm.starts_with(char::is_uppercase)).then_some(firm)
}

/// "Procter & Gamble", "Fenwick & Hale": names joined by an ampersand are a
/// firm's, not the person of the first name ("Johnson & Johnson").
fn firm_of_partners(words: &str) -> Option<Speaker> {
    // "Seoul-based Hanseo Marine & Construction": where the firm is based is no part of its name.
    let name = without_article(words);
    let name = name.split_once(' ').filter(|(first, _)| first.ends_with("-based")).map_or(name, |(_, rest)| rest);
    let (first, second) = name.split_once(" & ")?;
    let capitalised = |part: &str| {
        !part.is_empty() && part.split_whitespace().all(|w| w.starts_with(|c: char| c.is_uppercase() || c == '&'))
    };
    // Not "Iron Range Resources & Rehabilitation Commissioner Teresa Maki Lundgren" nor "Health &
    // Social Care Secretary Streeting": an office and its holder. "Buckeye Home & Hardware" is a firm.
    let after_second: Vec<&str> = second.split_whitespace().collect();
    let office_then_name =
        after_second.iter().position(|w| names::is_title(w)).is_some_and(|t| t + 1 < after_second.len());
    // Not "Mr & Mrs Patel": a couple.
    let couple = matches!(first.trim_end_matches('.'), "Mr" | "Mrs" | "Ms" | "Dr");
    (capitalised(first) && capitalised(second) && !office_then_name && !couple).then(|| Speaker::body(name.to_string()))
}

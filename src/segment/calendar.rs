//! The names of days and months, which the segmenter reads after a time of day ("at 5 p.m.
//! Monday") and the extractor in dates and in words that are never a speaker.

pub const WEEKDAYS: &str = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
pub const FULL_MONTHS: &str = "January|February|March|April|May|June|July|August|September|October|November|December";

/// A weekday or month written out ("Wednesday", "march"), or "yesterday",
/// "today", "tomorrow": a time, never a speaker. "May" is left out, being
/// also a verb and a name.
pub fn names_a_day(word: &str) -> bool {
    let lower = word.to_lowercase();
    let named = |list: &str| list.split('|').any(|w| w.eq_ignore_ascii_case(&lower));
    (named(WEEKDAYS) || named(FULL_MONTHS) && lower != "may")
        || matches!(lower.as_str(), "yesterday" | "today" | "tomorrow")
}

//! Finds the dates an article refers to and resolves them to calendar days, so
//! that claims about the same event can be lined up across outlets; also parses
//! the datelines and front-matter timestamps that scrapers produce.
//!
//! Relative references follow news convention and are resolved against the
//! publication date (without one they are not returned, and neither are
//! explicit dates lacking a year):
//! - a bare weekday ("on Thursday", "said Thursday") is the most recent such
//!   day on or before publication; "last Thursday" is strictly before it,
//!   "next Thursday" strictly after it, "this Thursday" on or after it;
//! - "yesterday" and "last night" are the day before, "today", "tonight" and
//!   "this morning" the day itself, "tomorrow" the day after;
//! - "last week" / "next week" are the Monday of that week, "last month" /
//!   "next month" its first day and "last year" / "next year" 1 January;
//!   vague spans ("earlier this month", "in the last week") are skipped.
//!
//! A missing year is taken from the publication date: the latest candidate at
//! most 60 days after publication, so "Dec 30" in a January article is the
//! previous December and "Jan 2" in a late-December article the next January.
//! Slashed dates are day-first unless the month slot is over 12. Month names
//! must be capitalised, so the modal verb "may" never matches, and a month
//! only counts next to a day number. A leading "on" or "early/late (on)" is
//! kept in `text`.

use std::sync::LazyLock;

use chrono::{Datelike, Days, Months, NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use regex::{Captures, Regex};
use serde::{Deserialize, Serialize};

/// A date referred to in the text, resolved to a calendar day.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DateMention {
    pub text: String,
    pub date: NaiveDate,
    pub start: usize,
    pub end: usize,
}

const QUAL: &str = r"(?:\b(?i:(?:early|late|earlier|later)(?:\s+on)?|on)\s+)?";
const WEEKDAYS: &str = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
const MONTHS: &str = r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?)";
const MONTH_NAMES: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
/// How far past publication an explicit month/day may lie before it is read as last year.
const FUTURE_DAYS: u64 = 60;

static MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"{QUAL}(?:\b(?:{WEEKDAYS}),?\s+)?\b(?P<mm>{MONTHS})\s+(?P<md>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<my>\d{{4}})\b)?"
    ))
});
static DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"{QUAL}(?:\b(?:{WEEKDAYS}),?\s+)?(?:the\s+)?\b(?P<dd>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<dm>{MONTHS})(?:,?\s+(?P<dy>\d{{4}}|\d{{2}})\b)?"
    ))
});
static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"{QUAL}\b(?:(?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}})|(?P<sa>\d{{1,2}})/(?P<sb>\d{{1,2}})/(?P<sy>\d{{4}}|\d{{2}})\b)"
    ))
});
static WEEKDAY: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"{QUAL}(?:\b(?P<rel>(?i:last|next|this))\s+)?\b(?P<wd>{WEEKDAYS})\b"
    ))
});
static RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"{QUAL}\b(?P<rel>(?i:yesterday|today|tonight|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening)|(?:last|next)\s+(?:week|month|year)))\b"
    ))
});
// Weekdays that are part of a holiday's name, and spans like "the last week" or "the past year".
static HOLIDAY_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(?:Black|Good|Cyber|Super|Ash|Maundy|Holy|Bloody|Easter)\s+$"));
static SPAN_BEFORE: LazyLock<Regex> = LazyLock::new(|| re(r"\b(?i:the|this|past)\s+$"));
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    re(concat!(
        r"^(?:(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:",
        r"(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})",
        r"|(?P<dd>\d{1,2})(?i:st|nd|rd|th)?\s+(?:of\s+)?(?P<dm>[A-Za-z]{3,9})\.?,?\s+(?P<dy>\d{4}|\d{2})\b",
        r"|(?P<mm>[A-Za-z]{3,9})\.?\s+(?P<md>\d{1,2})(?i:st|nd|rd|th)?,?\s+(?P<my>\d{4})\b",
        r"|(?P<sa>\d{1,2})/(?P<sb>\d{1,2})/(?P<sy>\d{4}|\d{2})\b)",
    ))
});
static TIME: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^(?:\s|,|T|at|-|\|)*(?P<h>\d{1,2})(?:[:.](?P<mi>\d{2})(?::(?P<s>\d{2}))?)?\s*(?P<ap>(?i:[ap]\.?m\b\.?))?")
});

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).expect("static regex")
}

/// Returns the non-overlapping date mentions in `text`, in order of appearance.
pub fn find_dates(text: &str, published: Option<NaiveDate>) -> Vec<DateMention> {
    let named = |c: &Captures| named_month(text, c, published);
    let numeric = |c: &Captures| Some((dateline_date(c)?, c.get(0)?.end()));
    let weekday = |c: &Captures| weekday_mention(text, c, published?);
    let relative = |c: &Captures| relative_mention(text, c, published?);
    let mut found: Vec<DateMention> = scan(text, &MONTH_DAY, &named)
        .chain(scan(text, &DAY_MONTH, &named))
        .chain(scan(text, &NUMERIC, &numeric))
        .chain(scan(text, &WEEKDAY, &weekday))
        .chain(scan(text, &RELATIVE, &relative))
        .collect();
    // The longest mention wins where patterns overlap ("Thursday, June 20" over "Thursday").
    found.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    let mut kept: Vec<DateMention> = Vec::with_capacity(found.len());
    for mention in found {
        if kept.last().is_none_or(|k| mention.start >= k.end) {
            kept.push(mention);
        }
    }
    kept
}

type Resolver<'a> = &'a dyn Fn(&Captures) -> Option<(NaiveDate, usize)>;

fn scan<'a>(text: &'a str, re: &'a Regex, resolve: Resolver<'a>) -> impl Iterator<Item = DateMention> + 'a {
    re.captures_iter(text).filter_map(move |c| {
        let start = c.get(0)?.start();
        let (date, end) = resolve(&c)?;
        Some(DateMention {
            text: text[start..end].to_string(),
            date,
            start,
            end,
        })
    })
}

/// "June 19", "19 June 2024", "21st Jun 24": a two-digit year is only trusted when no word
/// follows it, since "On 19 June 24 people died" is more likely than a two-digit year in prose.
fn named_month(text: &str, c: &Captures, published: Option<NaiveDate>) -> Option<(NaiveDate, usize)> {
    let end = c.get(0)?.end();
    let year = c.name("dy").or_else(|| c.name("my"));
    let short_ok = || {
        text[end..]
            .trim_start()
            .chars()
            .next()
            .is_none_or(|ch| !ch.is_alphabetic())
    };
    if year.is_some_and(|y| y.len() == 4 || short_ok()) {
        return Some((dateline_date(c)?, end));
    }
    let month = month_number(c.name("dm").or_else(|| c.name("mm"))?.as_str())?;
    let day = c.name("dd").or_else(|| c.name("md"))?.as_str().parse().ok()?;
    let end = if year.is_some() { c.name("dm")?.end() } else { end };
    Some((infer_year(published?, month, day)?, end))
}

fn infer_year(published: NaiveDate, month: u32, day: u32) -> Option<NaiveDate> {
    let limit = published + Days::new(FUTURE_DAYS);
    (published.year() - 1..=published.year() + 1)
        .rev()
        .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
        .find(|d| *d <= limit)
}

fn weekday_mention(text: &str, c: &Captures, published: NaiveDate) -> Option<(NaiveDate, usize)> {
    let whole = c.get(0)?;
    if HOLIDAY_BEFORE.is_match(tail(text, c.name("wd")?.start())) {
        return None;
    }
    let weekday: Weekday = c["wd"].parse().ok()?;
    let rel = c.name("rel").map(|m| m.as_str().to_lowercase());
    let back = (7 + published.weekday().num_days_from_monday() - weekday.num_days_from_monday()) % 7;
    let ahead = (7 - back) % 7;
    let date = match rel.as_deref() {
        Some("last") => published - Days::new(if back == 0 { 7 } else { back.into() }),
        Some("next") => published + Days::new(if ahead == 0 { 7 } else { ahead.into() }),
        Some(_) => published + Days::new(ahead.into()),
        None => published - Days::new(back.into()),
    };
    Some((date, whole.end()))
}

fn relative_mention(text: &str, c: &Captures, published: NaiveDate) -> Option<(NaiveDate, usize)> {
    let whole = c.get(0)?;
    if SPAN_BEFORE.is_match(tail(text, whole.start())) {
        return None;
    }
    let phrase = c["rel"].to_lowercase();
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let monday = published - Days::new(published.weekday().num_days_from_monday().into());
    let first = published.with_day(1)?;
    let date = match words.as_slice() {
        ["today" | "tonight"] | ["this", _] => Some(published),
        ["yesterday"] | ["last", "night"] => published.checked_sub_days(Days::new(1)),
        ["tomorrow"] => published.checked_add_days(Days::new(1)),
        ["last", "week"] => monday.checked_sub_days(Days::new(7)),
        ["next", "week"] => monday.checked_add_days(Days::new(7)),
        ["last", "month"] => first.checked_sub_months(Months::new(1)),
        ["next", "month"] => first.checked_add_months(Months::new(1)),
        ["last", "year"] => NaiveDate::from_ymd_opt(published.year() - 1, 1, 1),
        ["next", "year"] => NaiveDate::from_ymd_opt(published.year() + 1, 1, 1),
        _ => None,
    };
    Some((date?, whole.end()))
}

/// Up to 24 bytes before `pos`, enough to see the previous word.
fn tail(text: &str, pos: usize) -> &str {
    let mut from = pos.saturating_sub(24);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    &text[from..pos]
}

/// Accepts a month name or any abbreviation of at least three letters ("Jun", "Sept", "JUNE").
fn month_number(name: &str) -> Option<u32> {
    let name = name.trim_end_matches('.').to_lowercase();
    let index = MONTH_NAMES
        .iter()
        .position(|m| name.len() >= 3 && m.starts_with(&name))?;
    u32::try_from(index + 1).ok()
}

/// Builds a date from the named groups shared by `DATELINE` and the prose patterns.
fn dateline_date(c: &Captures) -> Option<NaiveDate> {
    let n = |name: &str| c.name(name)?.as_str().parse::<u32>().ok();
    let (year, month, day) = if c.name("iy").is_some() {
        (n("iy")?, n("im")?, n("id")?)
    } else if c.name("dd").is_some() {
        (n("dy")?, month_number(&c["dm"])?, n("dd")?)
    } else if c.name("mm").is_some() {
        (n("my")?, month_number(&c["mm"])?, n("md")?)
    } else {
        let (a, b) = (n("sa")?, n("sb")?);
        let (day, month) = if b > 12 { (b, a) } else { (a, b) };
        (n("sy")?, month, day)
    };
    let year = match year {
        0..=69 => year + 2000,
        70..=99 => year + 1900,
        _ => year,
    };
    NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)
}

/// Parses a scraped dateline or front-matter style date/time: "21st Jun 24 8:39 am",
/// "June 21, 2024 08:39", "2024-06-21T08:39:00", "2024-06-21 08:39", "2024-06-21",
/// "21 June 2024", "Fri 21 Jun 2024 09.15 BST" (drop the zone), returning the naive local
/// date-time (midnight if no time).
pub fn parse_datetime(text: &str) -> Option<NaiveDateTime> {
    let text = text.trim();
    let caps = DATELINE.captures(text)?;
    let date = dateline_date(&caps)?;
    let rest = &text[caps.get(0)?.end()..];
    Some(date.and_time(leading_time(rest).unwrap_or(NaiveTime::MIN)))
}

/// Reads "08:39", "8:39 am", "09.15", "8pm" or "T08:39:00"; anything after (zones, offsets,
/// fractional seconds) is ignored because callers want the local wall-clock time.
fn leading_time(rest: &str) -> Option<NaiveTime> {
    let c = TIME.captures(rest)?;
    let n = |name: &str| c.name(name).map_or(Some(0), |m| m.as_str().parse::<u32>().ok());
    if c.name("mi").is_none() && c.name("ap").is_none() {
        return None;
    }
    let mut hour = n("h")?;
    if let Some(ap) = c.name("ap") {
        if hour == 0 || hour > 12 {
            return None;
        }
        let pm = ap.as_str().to_lowercase().starts_with('p');
        hour = hour % 12 + if pm { 12 } else { 0 };
    }
    NaiveTime::from_hms_opt(hour, n("mi")?, n("s")?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    /// The single mention in `text`, as (text, date).
    fn one(text: &str, published: Option<NaiveDate>) -> (String, NaiveDate) {
        let found = find_dates(text, published);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        let m = &found[0];
        assert_eq!(&text[m.start..m.end], m.text);
        (m.text.clone(), m.date)
    }

    const FRI: Option<NaiveDate> = NaiveDate::from_ymd_opt(2024, 6, 21);

    #[test]
    fn weekday_before_publication() {
        let (text, date) = one("On Thursday, Putin signed the pact.", FRI);
        assert_eq!((text.as_str(), date), ("On Thursday", ymd(2024, 6, 20)));
        let (text, date) = one("Thursday's meeting ran late.", FRI);
        assert_eq!((text.as_str(), date), ("Thursday", ymd(2024, 6, 20)));
    }

    #[test]
    fn weekday_on_publication_day() {
        let (text, date) = one("the minister said Thursday.", Some(ymd(2024, 6, 20)));
        assert_eq!((text.as_str(), date), ("Thursday", ymd(2024, 6, 20)));
    }

    #[test]
    fn last_next_and_this_weekday() {
        assert_eq!(one("last Friday", FRI).1, ymd(2024, 6, 14));
        assert_eq!(one("next Monday", FRI).1, ymd(2024, 6, 24));
        assert_eq!(one("next Friday", FRI).1, ymd(2024, 6, 28));
        assert_eq!(one("this Saturday", FRI).1, ymd(2024, 6, 22));
        assert_eq!(
            one("late on Wednesday", FRI),
            ("late on Wednesday".into(), ymd(2024, 6, 19))
        );
    }

    #[test]
    fn early_on_explicit_date() {
        let (text, date) = one("It landed early on June 19 in Pyongyang.", FRI);
        assert_eq!((text.as_str(), date), ("early on June 19", ymd(2024, 6, 19)));
    }

    #[test]
    fn relative_words() {
        let cases = [
            ("yesterday", ymd(2024, 6, 20)),
            ("Today", ymd(2024, 6, 21)),
            ("tomorrow", ymd(2024, 6, 22)),
            ("last night", ymd(2024, 6, 20)),
            ("this morning", ymd(2024, 6, 21)),
            ("last week", ymd(2024, 6, 10)),
            ("next week", ymd(2024, 6, 24)),
            ("last month", ymd(2024, 5, 1)),
            ("last year", ymd(2023, 1, 1)),
        ];
        for (text, date) in cases {
            assert_eq!(one(&format!("It happened {text}."), FRI), (text.to_string(), date));
        }
    }

    #[test]
    fn last_month_across_year_boundary() {
        assert_eq!(one("last month", Some(ymd(2025, 1, 15))).1, ymd(2024, 12, 1));
    }

    #[test]
    fn vague_spans_are_skipped() {
        for text in [
            "in the last week",
            "over the past year",
            "earlier this month",
            "on Good Friday",
        ] {
            assert!(find_dates(text, FRI).is_empty(), "{text}");
        }
    }

    #[test]
    fn explicit_forms() {
        let cases = [
            ("June 19", "June 19"),
            ("19 June", "19 June"),
            ("June 19, 2024", "June 19, 2024"),
            ("19 June 2024", "19 June 2024"),
            ("Jun. 19", "Jun. 19"),
            ("19th of June", "19th of June"),
            ("19/06/2024", "19/06/2024"),
            ("2024-06-19", "2024-06-19"),
            ("on Wednesday, June 19", "on Wednesday, June 19"),
        ];
        for (input, text) in cases {
            let sentence = format!("They met {input}.");
            let (found, date) = one(&sentence, FRI);
            assert_eq!(found, text, "{input}");
            assert_eq!(date, ymd(2024, 6, 19), "{input}");
        }
    }

    #[test]
    fn dateline_with_two_digit_year() {
        let (text, date) = one("21st Jun 24 8:39 am", None);
        assert_eq!((text.as_str(), date), ("21st Jun 24", ymd(2024, 6, 21)));
    }

    #[test]
    fn number_after_month_is_not_a_year() {
        let (text, date) = one("On 19 June 24 people died.", FRI);
        assert_eq!((text.as_str(), date), ("On 19 June", ymd(2024, 6, 19)));
    }

    #[test]
    fn slashed_dates_are_day_first_unless_impossible() {
        assert_eq!(one("03/04/2024", None).1, ymd(2024, 4, 3));
        assert_eq!(one("04/23/2024", None).1, ymd(2024, 4, 23));
    }

    #[test]
    fn year_inferred_around_publication() {
        let jan2 = Some(ymd(2025, 1, 2));
        assert_eq!(one("Dec 30", jan2).1, ymd(2024, 12, 30));
        assert_eq!(one("Jan 2", Some(ymd(2024, 12, 30))).1, ymd(2025, 1, 2));
        assert_eq!(one("August 1", FRI).1, ymd(2024, 8, 1));
        assert_eq!(one("September 1", FRI).1, ymd(2023, 9, 1));
    }

    #[test]
    fn may_needs_a_day_and_a_capital() {
        assert!(find_dates("Officials may 5 times", FRI).is_empty());
        assert!(find_dates("May said the plan works.", FRI).is_empty());
        assert_eq!(one("on May 5", FRI).1, ymd(2024, 5, 5));
        assert_eq!(one("the 5th of May", FRI).1, ymd(2024, 5, 5));
    }

    #[test]
    fn without_publication_date_only_full_dates() {
        let text = "Yesterday, on Thursday, June 19 and 19 June 2024.";
        let found = find_dates(text, None);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].date, ymd(2024, 6, 19));
    }

    #[test]
    fn several_mentions_in_order() {
        let text = "HANOI, June 20 (NWS) - Putin arrived on Wednesday and left yesterday.";
        let found = find_dates(text, FRI);
        let dates: Vec<_> = found.iter().map(|m| m.date).collect();
        assert_eq!(dates, [ymd(2024, 6, 20), ymd(2024, 6, 19), ymd(2024, 6, 20)]);
    }

    #[test]
    fn invalid_dates_are_skipped() {
        assert!(find_dates("February 30 and 31/31/2024 and 2024-13-01", FRI).is_empty());
    }

    #[test]
    fn parse_datetime_forms() {
        let at = |y, mo, d, h, mi| ymd(y, mo, d).and_hms_opt(h, mi, 0).unwrap();
        let cases = [
            ("21st Jun 24 8:39 am", at(2024, 6, 21, 8, 39)),
            ("June 21, 2024 08:39", at(2024, 6, 21, 8, 39)),
            ("2024-06-21T08:39:00", at(2024, 6, 21, 8, 39)),
            ("2024-06-21T21:40:00+01:00", at(2024, 6, 21, 21, 40)),
            ("2024-06-21 08:39", at(2024, 6, 21, 8, 39)),
            ("2024-06-21", at(2024, 6, 21, 0, 0)),
            ("21 June 2024", at(2024, 6, 21, 0, 0)),
            ("Fri 21 Jun 2024 09.15 BST", at(2024, 6, 21, 9, 15)),
            ("Friday, June 21st, 2024 at 3:05 p.m.", at(2024, 6, 21, 15, 5)),
            ("21/06/2024 12am", at(2024, 6, 21, 0, 0)),
        ];
        for (input, expected) in cases {
            assert_eq!(parse_datetime(input), Some(expected), "{input}");
        }
    }

    #[test]
    fn parse_datetime_rejects_garbage() {
        for input in ["", "yesterday", "Thursday", "June 2024", "2024-02-30", "Foo 21 2024"] {
            assert_eq!(parse_datetime(input), None, "{input}");
        }
    }
}

//! Finds the dates an article refers to, resolved to calendar days so that claims about one
//! event line up across outlets, and parses scraped datelines.
//!
//! Relative references follow news convention against the publication date; without one
//! they are not returned, nor are explicit dates lacking a year. A bare weekday ("on
//! Thursday", "said Thursday") is the latest such day on or before publication; "last
//! Thursday" is strictly before it, "next Thursday" strictly after, "this Thursday" on or
//! after. "yesterday"/"last night" are the day before, "today"/"tonight"/"this morning" the
//! day itself, "tomorrow" the day after. "last/next week" is that week's Monday, "last/next
//! month" its first day, "last/next year" 1 January, "last August" 1 August of the nearest
//! August before the publication month. Vague spans ("earlier this month", "in the last
//! week") are skipped.
//!
//! A missing year is the latest one putting the date at most 60 days after publication, so
//! "Dec 30" in a January article is last December. Slashed dates are day-first unless the
//! month slot is over 12. Month names must be capitalised and next to a day number, so the
//! verb "may" never matches. A leading "on" or "early/late (on)" is kept in `text`.

pub use crate::segment::calendar::names_a_day;
pub(crate) use crate::segment::calendar::FULL_MONTHS;
use crate::segment::calendar::WEEKDAYS;
use std::cmp::Ordering;
use std::sync::LazyLock;

use crate::segment::wordre::WordRegex;
use chrono::{Datelike, Days, Months, NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use regex::{Captures, Regex};
use serde::{Deserialize, Serialize};

/// A date referred to in the text, resolved to a calendar day.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DateMention {
    /// As written, with a leading "on" or "early/late (on)": "early on June 19".
    pub text: String,
    pub date: NaiveDate,
    /// Byte offsets of `text` in the input.
    pub start: usize,
    pub end: usize,
}

// Pieces shared by the prose patterns below; `re` expands `{qual}`, `{weekday}`, `{month}`.
const QUAL: &str = r"(?:\b(?i:(?:early|late|earlier|later)(?:\s+on)?|on)\s+)?";
const SHORT_MONTHS: &str = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec";

const MONTH_DAY_RE: &str =
    r"{qual}(?:\b(?:{weekday}),?\s+)?\b(?P<mm>{month})\s+(?P<md>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<my>\d{4})\b)?";
const DAY_MONTH_RE: &str = r"{qual}(?:\b(?:{weekday}),?\s+)?(?:the\s+)?\b(?P<dd>\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<dm>{month})(?:,?\s+(?P<dy>\d{4}|\d{2})\b)?";
const NUMERIC_RE: &str =
    r"{qual}\b(?:(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})|(?P<sa>\d{1,2})/(?P<sb>\d{1,2})/(?P<sy>\d{4}|\d{2})\b)";
const WEEKDAY_RE: &str = r"{qual}(?:\b(?P<rel>(?i:last|next|this))\s+)?\b(?P<wd>{weekday})\b";
const RELATIVE_RE: &str = r"{qual}\b(?P<rel>(?i:yesterday|today|tonight|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening)|(?:last|next)\s+(?:week|month|year))|(?i:last|next)\s+(?:{full_month}))\b";
const DATELINE_RE: &str = concat!(
    r"^(?i:(?:first\s+|last\s+)?(?:published|updated|posted)(?:\s+on)?:?\s+)?",
    r"(?:(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:",
    r"(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})",
    r"|(?P<dd>\d{1,2})(?i:st|nd|rd|th)?\s+(?:of\s+)?(?P<dm>[A-Za-z]{3,9})\.?,?\s+(?P<dy>\d{4}|\d{2})\b",
    r"|(?P<mm>[A-Za-z]{3,9})\.?\s+(?P<md>\d{1,2})(?i:st|nd|rd|th)?,?\s+(?P<my>\d{4})\b",
    r"|(?P<sa>\d{1,2})/(?P<sb>\d{1,2})/(?P<sy>\d{4}|\d{2})\b)",
);
const TIME_RE: &str =
    r"^(?:\s|,|T|at|-|\|)*(?P<h>\d{1,2})(?:[:.](?P<mi>\d{2})(?::(?P<s>\d{2}))?)?\s*(?P<ap>(?i:[ap]\.?m\b\.?))?";

// The prose patterns run on every claim's sentence, so they use word boundaries
// that stay on the fast engines (see `segment::wordre`).
static MONTH_DAY: LazyLock<WordRegex> = LazyLock::new(|| WordRegex::new(&expand(MONTH_DAY_RE)));
static DAY_MONTH: LazyLock<WordRegex> = LazyLock::new(|| WordRegex::new(&expand(DAY_MONTH_RE)));
static NUMERIC: LazyLock<WordRegex> = LazyLock::new(|| WordRegex::new(&expand(NUMERIC_RE)));
static WEEKDAY: LazyLock<WordRegex> = LazyLock::new(|| WordRegex::new(&expand(WEEKDAY_RE)));
static RELATIVE: LazyLock<WordRegex> = LazyLock::new(|| WordRegex::new(&expand(RELATIVE_RE)));
static DATELINE: LazyLock<Regex> = LazyLock::new(|| re(DATELINE_RE));
static TIME: LazyLock<Regex> = LazyLock::new(|| re(TIME_RE));

/// Words making a weekday part of a holiday's name ("Good Friday").
const HOLIDAYS: &str = "Black Good Cyber Super Ash Maundy Holy Bloody Easter";
/// How far past publication an explicit month/day may lie before it is read as last year.
const FUTURE_DAYS: u64 = 60;

fn re(pattern: &str) -> Regex {
    Regex::new(&expand(pattern)).expect("static regex")
}

/// Expands the shared `{qual}`, `{weekday}`, `{month}` and `{full_month}` pieces.
fn expand(pattern: &str) -> String {
    let month = format!(r"(?:(?:{FULL_MONTHS})\b|(?:{SHORT_MONTHS})\b\.?)");
    pattern
        .replace("{qual}", QUAL)
        .replace("{weekday}", WEEKDAYS)
        .replace("{month}", &month)
        .replace("{full_month}", FULL_MONTHS)
}

/// Returns the non-overlapping date mentions in `text`, in order of appearance.
pub fn find_dates(text: &str, published: Option<NaiveDate>) -> Vec<DateMention> {
    if !may_hold_date(text) {
        return Vec::new();
    }
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
    found.dedup_by(|next, kept| next.start < kept.end);
    found
}

/// Every pattern needs a digit or one of these words (weekdays and "yesterday"
/// end in "day"; "last"/"next" come before "week", "month", "year" and month
/// names). Most claim sentences have neither, and one look for them is far
/// cheaper than five searches. The long s and the Kelvin sign fold to "s" and
/// "k" in the patterns' case-insensitive parts, so they let the search run.
static DATE_WORDS: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
    let words = ["day", "night", "tomorrow", "morning", "afternoon", "evening", "last", "next", "\u{17F}", "\u{212A}"];
    aho_corasick::AhoCorasick::builder().ascii_case_insensitive(true).build(words).expect("static words")
});

fn may_hold_date(text: &str) -> bool {
    text.bytes().any(|b| b.is_ascii_digit()) || DATE_WORDS.is_match(text)
}

/// A resolved date and the byte offset where its mention ends.
type Found = Option<(NaiveDate, usize)>;
type Resolver<'a> = &'a dyn Fn(&Captures) -> Found;

fn scan<'a>(text: &'a str, re: &'a WordRegex, resolve: Resolver<'a>) -> impl Iterator<Item = DateMention> + 'a {
    re.on(text).captures_iter(text).filter_map(move |c| {
        let start = c.get(0)?.start();
        let (date, end) = resolve(&c)?;
        Some(DateMention { text: text[start..end].to_string(), date, start, end })
    })
}

/// "June 19", "19 June 2024", "21st Jun 24": a two-digit year is only trusted when no word
/// follows it, since "On 19 June 24 people died" is more likely than a two-digit year in prose.
fn named_month(text: &str, c: &Captures, published: Option<NaiveDate>) -> Found {
    let end = c.get(0)?.end();
    let year = c.name("dy").or_else(|| c.name("my"));
    let word_follows = text[end..].trim_start().starts_with(char::is_alphabetic);
    if year.is_some_and(|y| y.len() == 4 || !word_follows) {
        return Some((dateline_date(c)?, end));
    }
    let month = month_number(c.name("dm").or_else(|| c.name("mm"))?.as_str())?;
    let day = number(c, "dd").or_else(|| number(c, "md"))?;
    let end = c.name("dm").filter(|_| year.is_some()).map_or(end, |m| m.end());
    Some((infer_year(published?, month, day)?, end))
}

fn infer_year(published: NaiveDate, month: u32, day: u32) -> Option<NaiveDate> {
    let limit = published + Days::new(FUTURE_DAYS);
    (published.year() - 1..=published.year() + 1)
        .rev()
        .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
        .find(|d| *d <= limit)
}

fn weekday_mention(text: &str, c: &Captures, published: NaiveDate) -> Found {
    let prev = prev_word(text, c.name("wd")?.start());
    if HOLIDAYS.split(' ').any(|h| h == prev) {
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
    Some((date, c.get(0)?.end()))
}

fn relative_mention(text: &str, c: &Captures, published: NaiveDate) -> Found {
    let whole = c.get(0)?;
    // "in the last week", "over the past year" mean a span, not a calendar week or year;
    // "last May 5" is left to the explicit-date patterns.
    let prev = prev_word(text, whole.start()).to_lowercase();
    let rest = text[whole.end()..].trim_start();
    let day_follows = rest.starts_with(|c: char| c.is_ascii_digit());
    if day_follows || ["the", "this", "past"].contains(&prev.as_str()) {
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
        [dir, name] => nearby_month(published, *dir == "next", month_number(name)?),
        _ => None,
    };
    Some((date?, whole.end()))
}

/// "last August": 1 August of the nearest August strictly before (or after) publication.
fn nearby_month(published: NaiveDate, forward: bool, month: u32) -> Option<NaiveDate> {
    let year = match (forward, month.cmp(&published.month())) {
        (false, Ordering::Less) | (true, Ordering::Greater) => published.year(),
        (false, _) => published.year() - 1,
        (true, _) => published.year() + 1,
    };
    NaiveDate::from_ymd_opt(year, month, 1)
}

/// The word ending just before `pos`, or "" if punctuation intervenes.
fn prev_word(text: &str, pos: usize) -> &str {
    let before = text[..pos].trim_end();
    before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("")
}

/// Accepts a month name or any abbreviation of at least three letters ("Jun", "Sept", "JUNE").
fn month_number(name: &str) -> Option<u32> {
    let name = name.trim_end_matches('.').to_lowercase();
    let mut names = FULL_MONTHS.split('|').map(str::to_lowercase);
    let index = names.position(|m| name.len() >= 3 && m.starts_with(&name))?;
    u32::try_from(index + 1).ok()
}

fn number(c: &Captures, name: &str) -> Option<u32> {
    c.name(name)?.as_str().parse().ok()
}

/// Builds a date from the named groups shared by `DATELINE` and the prose patterns.
fn dateline_date(c: &Captures) -> Option<NaiveDate> {
    let n = |name: &str| number(c, name);
    // "0024" is the year 24, written out; only "24" is short for 2024.
    let short_year = ["iy", "dy", "my", "sy"].iter().find_map(|g| c.name(g)).is_some_and(|m| m.as_str().len() <= 2);
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
        0..=69 if short_year => year + 2000,
        70..=99 if short_year => year + 1900,
        _ => year,
    };
    NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)
}

/// Parses a scraped dateline or front-matter style date/time: "21st Jun 24 8:39 am",
/// "June 21, 2024 08:39", "2024-06-21T08:39:00", "2024-06-21 08:39", "2024-06-21",
/// "21 June 2024", "Fri 21 Jun 2024 09.15 BST" (drop the zone), returning the naive local
/// date-time (midnight if no time). A leading "Published"/"Updated (on):" label is skipped.
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
    let n = |name: &str| c.name(name).map_or(Some(0), |_| number(&c, name));
    c.name("mi").or(c.name("ap"))?; // a bare number is not a time
    let mut hour = n("h")?;
    if let Some(ap) = c.name("ap").filter(|_| (1..=12).contains(&hour)) {
        let pm = ap.as_str().to_lowercase().starts_with('p');
        hour = hour % 12 + if pm { 12 } else { 0 };
    }
    NaiveTime::from_hms_opt(hour, n("mi")?, n("s")?)
}

#[cfg(test)]
mod tests {
    use super::*;

    const FRI: &str = "2024-06-21";

    #[test]
    fn the_word_prefilter_lets_every_kind_of_mention_through() {
        let published = NaiveDate::from_ymd_opt(2024, 6, 21);
        for text in [
            "said on Thursday", "said YESTERDAY", "tonight", "LAST NIGHT", "this evening", "next month", "last August",
            "on June 19", "19/06/2024", "tomorrow",
        ] {
            assert!(may_hold_date(text), "{text}");
            assert_eq!(find_dates(text, published).len(), 1, "{text}");
        }
        assert!(!may_hold_date("The minister said the talks would go on"));
    }

    /// Checks one `published | text | mention | date` case: exactly one mention is found.
    /// `published` is "-" for an article without a publication date.
    fn at(case: &str) {
        let parts: Vec<&str> = case.trim().split(" | ").collect();
        let [published, text, mention, date] = parts[..] else { panic!("malformed case {case:?}") };
        let found = find_dates(text, published.parse().ok());
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        let m = &found[0];
        assert_eq!((m.text.as_str(), m.date.to_string()), (mention, date.into()));
        assert_eq!(&text[m.start..m.end], m.text);
    }

    /// Checks `text | mention | date` lines for an article published on Friday 2024-06-21.
    fn friday(cases: &str) {
        cases.lines().for_each(|case| at(&format!("{FRI} | {}", case.trim())));
    }

    /// Asserts that none of the `|`-separated snippets yields a date (published on Friday).
    fn none(snippets: &str) {
        for text in snippets.split('|') {
            let found = find_dates(text, FRI.parse().ok());
            assert!(found.is_empty(), "{text}: {found:?}");
        }
    }

    #[test]
    fn weekday_on_or_before_publication() {
        friday(
            "On Thursday, Putin signed the pact. | On Thursday | 2024-06-20
            Thursday's meeting ran late. | Thursday | 2024-06-20
            in the early hours of Thursday | Thursday | 2024-06-20",
        );
        at("2024-06-20 | the minister said Thursday. | Thursday | 2024-06-20");
    }

    #[test]
    fn last_next_this_and_late_on_weekday() {
        friday(
            "since last Friday | last Friday | 2024-06-14
            by next Monday | next Monday | 2024-06-24
            next Friday | next Friday | 2024-06-28
            this Saturday | this Saturday | 2024-06-22
            They met late on Wednesday. | late on Wednesday | 2024-06-19",
        );
    }

    #[test]
    fn early_on_explicit_date() {
        friday("It landed early on June 19 in Pyongyang. | early on June 19 | 2024-06-19");
    }

    #[test]
    fn relative_words() {
        friday(
            "He spoke yesterday. | yesterday | 2024-06-20
            Today, he said | Today | 2024-06-21
            due tomorrow | tomorrow | 2024-06-22
            Late last night, shots | Late last night | 2024-06-20
            this morning | this morning | 2024-06-21
            It happened last week. | last week | 2024-06-10
            next week | next week | 2024-06-24
            last month | last month | 2024-05-01
            last year | last year | 2023-01-01",
        );
        at("2025-01-15 | last month | last month | 2024-12-01");
    }

    #[test]
    fn last_and_next_month_names() {
        friday(
            "since last August. | last August | 2023-08-01
            last May | last May | 2024-05-01
            until next January | next January | 2025-01-01
            since last May 5 | May 5 | 2024-05-05",
        );
    }

    #[test]
    fn vague_spans_are_skipped() {
        none("in the last week|over the past year|earlier this month|on Good Friday");
        none("this week|in June|June 2024|last summer|We may 5 times");
    }

    #[test]
    fn explicit_forms() {
        friday(
            "They met June 19. | June 19 | 2024-06-19
            They met 19 June. | 19 June | 2024-06-19
            They met June 19, 2024. | June 19, 2024 | 2024-06-19
            They met 19 June 2024. | 19 June 2024 | 2024-06-19
            They met Jun. 19. | Jun. 19 | 2024-06-19
            the 19th of June | the 19th of June | 2024-06-19
            They met 19/06/2024. | 19/06/2024 | 2024-06-19
            They met 2024-06-19. | 2024-06-19 | 2024-06-19
            on Wednesday, June 19 | on Wednesday, June 19 | 2024-06-19",
        );
    }

    #[test]
    fn two_digit_year_only_when_no_word_follows() {
        at("- | 21st Jun 24 8:39 am | 21st Jun 24 | 2024-06-21");
        friday("On 19 June 24 people died. | On 19 June | 2024-06-19");
    }

    #[test]
    fn slashed_dates_are_day_first_unless_impossible() {
        at("- | 03/04/2024 | 03/04/2024 | 2024-04-03");
        at("- | 04/23/2024 | 04/23/2024 | 2024-04-23");
    }

    #[test]
    fn year_inferred_around_publication() {
        at("2025-01-02 | Dec 30 | Dec 30 | 2024-12-30");
        at("2024-12-30 | Jan 2 | Jan 2 | 2025-01-02");
        friday("August 1 | August 1 | 2024-08-01\nSeptember 1 | September 1 | 2023-09-01");
    }

    #[test]
    fn may_needs_a_day_and_a_capital() {
        none("Officials may 5 times|May said the plan works.|in May");
        friday("on May 5 | on May 5 | 2024-05-05\nthe 5th of May | the 5th of May | 2024-05-05");
    }

    #[test]
    fn without_publication_date_only_full_dates() {
        at("- | Yesterday, on Thursday, June 19 and 19 June 2024. | 19 June 2024 | 2024-06-19");
    }

    #[test]
    fn several_mentions_in_order() {
        let text = "HANOI, June 20 (NWS) - Putin arrived on Wednesday and left yesterday.";
        let found = find_dates(text, FRI.parse().ok());
        let dates: Vec<String> = found.iter().map(|m| m.date.to_string()).collect();
        assert_eq!(dates, ["2024-06-20", "2024-06-19", "2024-06-20"]);
    }

    #[test]
    fn invalid_dates_are_skipped() {
        none("February 30|31/31/2024|2024-13-01|June 32");
    }

    #[test]
    fn parse_datetime_forms() {
        let cases = "21st Jun 24 8:39 am | 2024-06-21T08:39:00
            June 21, 2024 08:39 | 2024-06-21T08:39:00
            2024-06-21T08:39:00 | 2024-06-21T08:39:00
            2024-06-21T21:40:00+01:00 | 2024-06-21T21:40:00
            2024-06-21 08:39 | 2024-06-21T08:39:00
            2024-06-21 | 2024-06-21T00:00:00
            21 June 2024 | 2024-06-21T00:00:00
            Fri 21 Jun 2024 09.15 BST | 2024-06-21T09:15:00
            Friday, June 21st, 2024 at 3:05 p.m. | 2024-06-21T15:05:00
            21/06/2024 12am | 2024-06-21T00:00:00
            Updated: 20 JUN 2024 10:00 GMT | 2024-06-20T10:00:00";
        for (input, expected) in cases.lines().filter_map(|l| l.trim().split_once(" | ")) {
            assert_eq!(parse_datetime(input), expected.parse().ok(), "{input}");
        }
    }

    #[test]
    fn four_digit_years_are_taken_as_written() {
        assert_eq!(parse_datetime("0024-06-21").unwrap().date().to_string(), "0024-06-21");
        assert_eq!(parse_datetime("21 Jun 24").unwrap().date().to_string(), "2024-06-21");
    }

    #[test]
    fn parse_datetime_rejects_garbage() {
        for input in ["", "yesterday", "Thursday", "June 2024", "2024-02-30", "Foo 21 2024"] {
            assert_eq!(parse_datetime(input), None, "{input}");
        }
    }
}

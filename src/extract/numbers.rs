//! Finds the quantities a news article asserts (counts, money, percentages, votes, ranges),
//! normalised so that claims can be compared across outlets.
//!
//! One regex recognises the numeric core; the rest are context checks, because the common
//! false positives (dates, times, years, ordinals, labels such as "Article 4", names such as
//! "F-16") can only be told apart from quantities by their neighbours. Vague quantifiers
//! ("dozens", "hundreds of", "several million") are skipped.
//!
//! Unit heuristic: a percent sign or currency wins; then a currency word or vote noun right
//! after the number; then letters glued to it ("10km", "10-year"); then up to two words after
//! it. The first word may be capitalised only if it looks plural ("Palestinians"); a second
//! word is read only when the first looks like a modifier (three letters or more, not ending
//! in "s"), so "artillery shells" is kept but "people killed" stops at "people". Prepositions,
//! auxiliaries and words ending in "-ed" or "-ly" end the unit. A unit read from the text is
//! part of `text`.

use rustc_hash::FxHashSet;
use std::sync::LazyLock;

use crate::segment::wordre::WordRegex;
use regex::{Captures, Regex};
use serde::{Deserialize, Serialize};

/// A quantity mentioned in the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Number {
    /// As written, from any approximation word through the unit: "more than a million people".
    pub text: String,
    /// Normalised value; for a vote, score or range the first figure.
    pub value: f64,
    /// Counted noun (lowercased), "percent", "vote" or an ISO currency code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// Lowercased approximation word before the number: "more than", "about", "nearly".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approx: Option<String>,
    /// Second figure of a vote, score or range: 2 in "13-2 vote", 12 in "10-12%".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub second: Option<f64>,
    /// Byte offsets of `text` in the input.
    pub start: usize,
    pub end: usize,
}

const APPROX: &str = "more than|fewer than|less than|at least|at most|up to|as many as|\
    close to|just over|just under|an estimated|approximately|roughly|nearly|almost|around|\
    about|over|under|some";
const ONES: &str = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|\
    fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
const TENS: &str = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
const DIGITS: &str = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?";
const MONTHS: &str = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?|January|\
    February|March|April|June|July|August|September|October|November|December";
/// Words that turn the following number into a label rather than a quantity.
const LABELS: &str = "article section chapter clause paragraph resolution rule amendment page \
    figure table room no number flight route highway game round stage phase level category \
    part annex appendix title volume vol episode season platform gate terminal ward item step \
    version district channel division floor apartment flat unit line";
/// Words before a bare four-digit number that mark it as a year.
const YEAR_CUES: &str = "in since by from until till before after during of to and early late \
    mid spring summer autumn fall winter year the";
const STOP_WORDS: &str = "a an the of in on at to from by for with as than per since after \
    before over under into across during and or but nor is are was were be been being have has \
    had will would could should may might can must do did does said say says who which that \
    this these those it its their they he she we you more less each ago earlier later \
    respectively last next away apiece so far out up down";
const VOTE_NOUNS: &str = "vote votes decision majority verdict ruling";

// "twenty-eleven" is accepted too; it never occurs, and a shorter pattern reads better.
const NUMBER_RE_SRC: &str = concat!(
    r"(?i:\b(?P<approx>{approx})\s+)?(?P<cur>US\$|[$£€¥])?",
    r"(?:(?P<num>{digits})(?:(?P<sep>\s*[-–]\s*|\s+to\s+)(?P<num2>{digits}))?",
    r"|\b(?P<word>(?i:half\s+a|a|(?:{tens})(?:-(?:{ones}))?|{ones}))\b)",
    r"(?:\s+(?P<scale>(?i:hundred|thousand|million|billion|trillion|dozen))\b",
    r"|(?P<abbr>(?i:bn|mn|tn|m|k))\b)?",
    r"(?P<pct>\s?%|(?i:\s+per\s?cent)\b)?",
);
// Run over every claim: word boundaries that stay on the fast engines (`segment::wordre`).
static NUMBER_RE: LazyLock<WordRegex> = LazyLock::new(|| WordRegex::new(&expand(NUMBER_RE_SRC)));
static MONTH: LazyLock<Regex> = LazyLock::new(|| re(r"^(?:{month})$"));
static MONTH_AFTER: LazyLock<Regex> = LazyLock::new(|| re(r"^\s+(?:of\s+)?(?:{month})\b"));
// Times ("8:39", "8am", "9.15 BST"), dates ("19/06"), versions and ordinals.
const REJECT_AFTER_RE: &str =
    r"^(?:[:/.,-]\d|(?i:st|nd|rd|th|s)\b|\s*(?i:[ap]\.m\.|(?:am|pm|gmt|bst|utc|cet|cest|est|edt|pst|pdt|o'clock)\b))";
const CURRENCY_AFTER_RE: &str =
    r"^\s+(?i:US\s+dollars?|dollars?|euros?|pounds?(?:\s+sterling)?|sterling|won|yen|yuan|roubles?|rubles?)\b";
static REJECT_AFTER: LazyLock<Regex> = LazyLock::new(|| re(REJECT_AFTER_RE));
static CURRENCY_AFTER: LazyLock<Regex> = LazyLock::new(|| re(CURRENCY_AFTER_RE));
static ATTACHED: LazyLock<Regex> = LazyLock::new(|| re(r"^-?[A-Za-z]+(?:-[A-Za-z]+)*"));
static WORD_AFTER: LazyLock<Regex> = LazyLock::new(|| re(r"^\s+([A-Za-z][A-Za-z']*(?:-[A-Za-z]+)*)\b"));

/// Compiles a pattern after expanding the shared pieces (see [`expand`]).
fn re(pattern: &str) -> Regex {
    Regex::new(&expand(pattern)).expect("static regex")
}

/// Expands the shared `{approx}`, `{digits}`, `{ones}`, `{tens}` and `{month}` pieces.
fn expand(pattern: &str) -> String {
    pattern
        .replace("{approx}", APPROX)
        .replace("{digits}", DIGITS)
        .replace("{ones}", ONES)
        .replace("{tens}", TENS)
        .replace("{month}", MONTHS)
}

/// The word lists as sets, split once: every candidate number checks two or three of them.
static LABEL_WORDS: LazyLock<FxHashSet<&str>> = LazyLock::new(|| words_of(LABELS));
static YEAR_CUE_WORDS: LazyLock<FxHashSet<&str>> = LazyLock::new(|| words_of(YEAR_CUES));
static STOP_WORD_SET: LazyLock<FxHashSet<&str>> = LazyLock::new(|| words_of(STOP_WORDS));
static VOTE_NOUN_WORDS: LazyLock<FxHashSet<&str>> = LazyLock::new(|| words_of(VOTE_NOUNS));

fn words_of(list: &'static str) -> FxHashSet<&'static str> {
    list.split_whitespace().collect()
}

/// Returns every quantity in `text`, in order of appearance.
/// Whether `word`, in lower case, is a number written as one word: "seven", "forty".
pub fn is_number_word(word: &str) -> bool {
    ONES.split('|').chain(TENS.split('|')).any(|n| n.trim() == word)
}

pub fn find_numbers(text: &str) -> Vec<Number> {
    let re = NUMBER_RE.on(text);
    // Every article "a" matches the pattern, and is a quantity only with a scale word
    // after it ("a million"), which would end the match: a match ending in "a" ("a",
    // "about a", "half a") is never one. Skipping those before asking for capture
    // groups, the slow part of a search, halves the time numbers take.
    re.find_iter(text)
        .filter(|m| !m.as_str().ends_with(['a', 'A']))
        .filter_map(|m| re.captures_at(text, m.start()))
        .filter_map(|caps| build(text, &caps))
        .collect()
}

fn build(text: &str, caps: &Captures) -> Option<Number> {
    let whole = caps.get(0)?;
    let core = ["cur", "num", "word"].iter().find_map(|g| caps.name(g))?;
    let before = prev_word(text, whole.start());
    let month_before = MONTH.is_match(before);
    let before = before.to_lowercase();
    if month_before || LABEL_WORDS.contains(before.as_str()) || glued_before(text, core.start()) {
        return None;
    }
    let factor = scale_factor(caps)?;
    let value = match caps.name("num") {
        Some(n) => parse_digits(n.as_str())?,
        None => word_value(caps.name("word")?.as_str()),
    };
    let second = caps.name("num2").and_then(|n| parse_digits(n.as_str()));
    let (unit, end) = read_unit(text, caps, whole.end(), &before)?;
    if looks_like_year(caps, unit.as_deref(), &before) || lone_one(caps, unit.as_deref()) {
        return None;
    }
    Some(Number {
        text: text[whole.start()..end].to_string(),
        value: value * factor,
        unit,
        approx: caps.name("approx").map(|m| m.as_str().to_lowercase()),
        second: second.map(|v| v * factor),
        start: whole.start(),
        end,
    })
}

/// The word before `pos`, allowing an abbreviation dot ("No. 10"); "" after other punctuation.
fn prev_word(text: &str, pos: usize) -> &str {
    let before = text[..pos].trim_end();
    let before = before.strip_suffix('.').unwrap_or(before);
    before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("")
}

/// A number glued to letters or digits ("G7", "F-16", "2024-06-19") is a name or a date part.
fn glued_before(text: &str, pos: usize) -> bool {
    let mut chars = text[..pos].chars().rev();
    match chars.next() {
        Some(c) if c.is_alphanumeric() || "/:#_=".contains(c) => true,
        Some('-' | '.' | ',') => chars.next().is_some_and(char::is_alphanumeric),
        _ => false,
    }
}

/// "a" and "half a" only count when a scale follows ("a million"), never alone ("a 13-2 vote").
fn scale_factor(caps: &Captures) -> Option<f64> {
    let scale = caps.name("scale").or(caps.name("abbr"));
    let factor = match scale.map(|m| m.as_str().to_lowercase()).as_deref() {
        None => 1.0,
        Some("hundred") => 100.0,
        Some("dozen") => 12.0,
        Some("thousand" | "k") => 1e3,
        Some("million" | "m" | "mn") => 1e6,
        Some("billion" | "bn") => 1e9,
        Some(_) => 1e12,
    };
    let word = caps.name("word").map(|w| w.as_str().to_lowercase());
    let needs_scale = word.is_some_and(|w| w == "a" || w.starts_with("half"));
    (!needs_scale || scale.is_some()).then_some(factor)
}

fn parse_digits(digits: &str) -> Option<f64> {
    digits.replace(',', "").parse().ok()
}

fn word_value(word: &str) -> f64 {
    let word = word.to_lowercase();
    let position = |list: &str, w: &str| list.split('|').position(|x| x == w);
    let ones = |w: &str| position(ONES, w).map(|i| i as f64 + 1.0);
    let tens = |w: &str| position(TENS, w).map(|i| i as f64 * 10.0 + 20.0);
    match word.split_once('-') {
        _ if word == "a" => 1.0,
        _ if word.starts_with("half") => 0.5,
        Some((t, o)) => tens(t).unwrap_or(0.0) + ones(o).unwrap_or(0.0),
        None => ones(&word).or_else(|| tens(&word)).unwrap_or(0.0),
    }
}

/// A unit, if any, and where the mention ends.
type Unit = (Option<String>, usize);

/// Returns `None` when the context shows this is not a quantity, else the unit and new end.
fn read_unit(text: &str, caps: &Captures, end: usize, before: &str) -> Option<Unit> {
    let rest = &text[end..];
    if REJECT_AFTER.is_match(rest) || MONTH_AFTER.is_match(rest) {
        return None;
    }
    if caps.name("pct").is_some() {
        return Some((Some("percent".into()), end));
    }
    if let Some(cur) = caps.name("cur") {
        return Some((Some(currency_code(cur.as_str()).into()), end));
    }
    if let Some(m) = CURRENCY_AFTER.find(rest) {
        return Some((Some(currency_code(m.as_str()).into()), end + m.end()));
    }
    if let Some(len) = caps.name("sep").and_then(|_| vote_len(rest, before)) {
        return Some((Some("vote".into()), end + len));
    }
    let scaled = caps.name("scale").is_some() || caps.name("abbr").is_some();
    let (noun, len) = match ATTACHED.find(rest).filter(|_| !scaled) {
        Some(m) => (m.as_str().trim_start_matches('-').to_lowercase(), m.end()),
        None => read_noun(rest).unwrap_or_default(),
    };
    Some(((len > 0).then_some(noun), end + len))
}

const CURRENCIES: &str = "£=GBP pound=GBP sterling=GBP €=EUR euro=EUR ¥=JPY yen=JPY won=KRW \
    yuan=CNY roubl=RUB rubl=RUB";

/// Anything not listed is a dollar sign or the word "dollars".
fn currency_code(written: &str) -> &'static str {
    let written = written.to_lowercase();
    let mut pairs = CURRENCIES.split(' ').filter_map(|p| p.split_once('='));
    let code = pairs.find(|(key, _)| written.contains(key));
    code.map_or("USD", |(_, code)| code)
}

/// For a pair of figures, the bytes to consume when it is a vote: recognised by a following
/// vote noun ("13-2 vote") or a preceding "voted" ("voted 13 to 2"). Otherwise a range or score.
fn vote_len(rest: &str, before: &str) -> Option<usize> {
    if let Some(next) = WORD_AFTER.captures(rest) {
        if VOTE_NOUN_WORDS.contains(next[1].to_lowercase().as_str()) {
            return Some(next[0].len());
        }
    }
    matches!(before, "voted" | "vote").then_some(0)
}

/// A leading "-ed" word is kept only as a modifier ("armoured vehicles"), not alone ("5 killed").
fn read_noun(rest: &str) -> Option<(String, usize)> {
    let (first, len) = word_after(rest, true)?;
    let modifier = first.len() > 2 && !first.ends_with('s');
    match word_after(&rest[len..], false).filter(|_| modifier) {
        Some((second, more)) => Some((format!("{first} {second}"), len + more)),
        None => (!first.ends_with("ed")).then_some((first, len)),
    }
}

/// The next word, lowercased, if it can be part of a counted noun.
fn word_after(rest: &str, first: bool) -> Option<(String, usize)> {
    let caps = WORD_AFTER.captures(rest)?;
    let word = &caps[1];
    let lower = word.to_lowercase();
    let case_ok = word.starts_with(char::is_lowercase) || (first && word.ends_with('s'));
    let verbish = lower.ends_with("ly") || (!first && (lower.ends_with("ed") || lower.ends_with("ing")));
    let ok = case_ok && !verbish && !STOP_WORD_SET.contains(lower.as_str());
    ok.then(|| (lower, caps[0].len()))
}

/// A bare four-digit number is a year unless it counts something ("1500 soldiers").
fn looks_like_year(caps: &Captures, unit: Option<&str>, before: &str) -> bool {
    let Some(num) = caps.name("num").map(|m| m.as_str()) else {
        return false;
    };
    let plain = ["cur", "scale", "abbr", "pct"].map(|g| caps.name(g)) == [None; 4];
    let yearish = num.len() == 4
        && num.bytes().all(|b| b.is_ascii_digit())
        && (1000..=2100).contains(&num.parse::<u32>().unwrap_or(0));
    let cued = unit.is_none() || caps.name("sep").is_some() || YEAR_CUE_WORDS.contains(before);
    plain && yearish && cued
}

/// "one" without a unit or scale is usually a pronoun ("no one", "one of the").
fn lone_one(caps: &Captures, unit: Option<&str>) -> bool {
    let word = caps.name("word").map(|w| w.as_str().to_lowercase());
    word.as_deref() == Some("one") && unit.is_none() && caps.name("scale").is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Asserts a single number with this value and unit ("" for none), and consistent offsets.
    fn check(text: &str, value: f64, unit: &str) -> Number {
        let found = find_numbers(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        let n = found.into_iter().next().unwrap();
        let unit = Some(unit).filter(|u| !u.is_empty());
        assert_eq!((n.value, n.unit.as_deref()), (value, unit), "{text}");
        assert_eq!(&text[n.start..n.end], n.text, "offsets in {text}");
        n
    }

    /// Asserts that none of the `|`-separated snippets yields a number.
    fn none(snippets: &str) {
        for text in snippets.split('|') {
            let found = find_numbers(text);
            assert!(found.is_empty(), "{text}: {found:?}");
        }
    }

    #[test]
    fn thousands_separator_and_unit() {
        let n = check("It received 1,159 items last year.", 1159.0, "items");
        assert_eq!((n.text.as_str(), n.start, n.end), ("1,159 items", 12, 23));
    }

    #[test]
    fn approximate_word_million() {
        let n = check("More than a million people fled.", 1e6, "people");
        assert_eq!(n.approx.as_deref(), Some("more than"));
        assert_eq!(n.text, "More than a million people");
    }

    #[test]
    fn votes() {
        let n = check("approved in a 13-2 vote.", 13.0, "vote");
        assert_eq!((n.second, n.text.as_str()), (Some(2.0), "13-2 vote"));
        let n = check("Members voted 13 to 2 on Monday.", 13.0, "vote");
        assert_eq!((n.second, n.text.as_str()), (Some(2.0), "13 to 2"));
    }

    #[test]
    fn currency_symbols_and_scales() {
        assert_eq!(check("£4.5m", 4.5e6, "GBP").text, "£4.5m");
        check("a $10bn package", 1e10, "USD");
        check("worth €3 million", 3e6, "EUR");
        check("cost ¥500", 500.0, "JPY");
        check("paid US$20", 20.0, "USD");
        check("1.2 billion people", 1.2e9, "people");
        check("500k followers", 5e5, "followers");
        check("4.5m viewers", 4.5e6, "viewers");
    }

    #[test]
    fn currency_words() {
        assert_eq!(check("5 million euros", 5e6, "EUR").text, "5 million euros");
        check("3 trillion won", 3e12, "KRW");
        check("200 roubles", 200.0, "RUB");
        check("40 rubles", 40.0, "RUB");
        check("12 billion yuan", 12e9, "CNY");
        check("ten dollars", 10.0, "USD");
        check("500 pounds sterling", 500.0, "GBP");
    }

    #[test]
    fn percentages() {
        for text in ["12%", "12 percent", "12 per cent", "12 %"] {
            check(text, 12.0, "percent");
        }
    }

    #[test]
    fn capitalised_plural_noun() {
        let n = check("Some 800,000 Palestinians fled", 8e5, "palestinians");
        assert_eq!(n.approx.as_deref(), Some("some"));
    }

    #[test]
    fn unit_heuristic() {
        check("1,159 artillery shells", 1159.0, "artillery shells");
        check("5 people killed in", 5.0, "people");
        check("3,000 armoured vehicles", 3000.0, "armoured vehicles");
        check("with 5 killed", 5.0, "");
        check("5 people were hurt", 5.0, "people");
        check("27 member states agreed", 27.0, "member states");
        check("a 10km stretch", 10.0, "km");
        check("a 10-year sentence", 10.0, "year");
        check("up 7 since", 7.0, "");
    }

    #[test]
    fn number_words() {
        check("three soldiers", 3.0, "soldiers");
        check("twelve hostages", 12.0, "hostages");
        check("twenty-five votes", 25.0, "votes");
        check("two million people", 2e6, "people");
        check("half a million people", 5e5, "people");
        check("a dozen eggs", 12.0, "eggs");
        check("Seventeen cases", 17.0, "cases");
        check("one person died", 1.0, "person");
        assert!(is_number_word("seventeen") && is_number_word("forty") && !is_number_word("party"));
    }

    #[test]
    fn vague_quantities_are_skipped() {
        none("dozens of people|hundreds of homes|tens of thousands marched|several million");
        none("a few hundred|no one was hurt|one of the largest|a lot");
    }

    #[test]
    fn ranges_and_scores() {
        assert_eq!(check("10 to 12 hours", 10.0, "hours").second, Some(12.0));
        assert_eq!(check("a 10-12% rise", 10.0, "percent").second, Some(12.0));
        assert_eq!(check("10-12 million men", 1e7, "men").second, Some(1.2e7));
        assert_eq!(check("won 3-1 at home", 3.0, "").second, Some(1.0));
    }

    #[test]
    fn approximation_words() {
        let approx = |text: &str| find_numbers(text)[0].approx.clone().unwrap_or_default();
        assert_eq!(approx("nearly 300 homes"), "nearly");
        assert_eq!(approx("at least 40 people"), "at least");
        assert_eq!(approx("up to 5,000 troops"), "up to");
        assert_eq!(approx("almost 20%"), "almost");
        assert_eq!(approx("fewer than 10 cases"), "fewer than");
        assert_eq!(approx("Around 70 flights"), "around");
        assert_eq!(approx("over 2,000 arrests"), "over");
    }

    #[test]
    fn datelines_times_and_dates_are_not_numbers() {
        none("21st Jun 24 8:39 am|June 19|19 June|Jun. 19, 2024|19/06/2024|2024-06-19T08:39:00");
        none("at 8am|at 9.15 BST|at 10 p.m.|the 3rd of May|May 5|id=1");
    }

    #[test]
    fn years_are_not_numbers() {
        none("in 2024|since 1950,|2024 was hot|from 2020 to 2024|the 2023-24 season");
        none("in the 1990s|the 1961 treaty|June 19, 2024");
        check("1500 soldiers", 1500.0, "soldiers");
    }

    #[test]
    fn labels_ordinals_and_names_are_not_numbers() {
        none("Article 4|under Section 230|the first|the 21st century|COVID-19|an F-16|the G7");
        none("No. 10|version 1.2.3|Airbus A320");
    }

    #[test]
    fn several_numbers_with_valid_offsets() {
        let text = "Police said 3 men and 2 women, aged 20 to 25, were held; £1,200 was seized.";
        let found = find_numbers(text);
        let values: Vec<f64> = found.iter().map(|n| n.value).collect();
        assert_eq!(values, [3.0, 2.0, 20.0, 1200.0]);
        assert!(found.iter().all(|n| text[n.start..n.end] == n.text));
        let text = "Über 40 Menschen — «some 12 people» ☂ 7 % 日本 3 cats";
        let found = find_numbers(text);
        assert_eq!(found.len(), 4);
        assert!(found.iter().all(|n| text[n.start..n.end] == n.text));
    }
}

//! How one article is made: a template's paragraphs dropped, reordered and
//! padded with another outlet's, then its words rewritten for the story's
//! cast and the outlet's habits, and front matter put on top.

use super::lists::{self, Template, TEMPLATES, TRANSCRIPT};
use super::Rng;
use chrono::{Duration, NaiveDateTime};
use std::collections::HashMap;

/// Chances of each variation, per block or per word.
const DROP: f64 = 0.08;
const SWAP: f64 = 0.08;
const SYNONYM: f64 = 0.12;
const CUE: f64 = 0.12;
const WEEKDAY: f64 = 0.04;
const NUMBER: f64 = 0.25;
const YEAR: f64 = 0.05;
/// Body sizes aimed at (bytes): with ~330 bytes of front matter, ~4 KB a file.
const BODY_MIN: i64 = 2800;
const BODY_MAX: i64 = 4200;

/// Placeholders that no rewrite touches: control characters around capitals.
const HEADLINE: &str = "\u{2}HEADLINE\u{2}";
const DATE_LONG: &str = "\u{2}DATELONG\u{2}";
const DATE_SHORT: &str = "\u{2}DATESHORT\u{2}";
const DATELINE: &str = "\u{2}DATELINE\u{2}";

/// What stays the same across a story's articles: who speaks, where, when.
pub struct Cast {
    /// Whole-text replacements (multi-word names), applied first.
    phrases: Vec<(&'static str, String)>,
    /// Word replacements (surnames, places), applied in the word pass.
    words: HashMap<&'static str, String>,
    /// Whole weeks, so weekday names in the text stay true.
    shift: Duration,
}

impl Cast {
    pub fn for_story(seed: u64, story: usize) -> Cast {
        let mut rng = Rng::stream(seed ^ 0x5354_4F52_5953, story as u64);
        let (given, surname) = *rng.pick(lists::LEADERS);
        let (full, short, first) = *rng.pick(lists::COUNTERPARTS);
        let (adviser, adviser_short) = *rng.pick(lists::ADVISERS);
        let ambassador = *rng.pick(lists::AMBASSADORS);
        let (city, country, country_alt, adjective) = *rng.pick(lists::HOSTS);
        let phrases = vec![
            ("Vladimir Putin", format!("{given} {surname}")),
            ("VLADIMIR Putin", format!("{} {surname}", given.to_uppercase())),
            ("Kim Jong Un", full.to_string()),
            ("Jong Un", first.to_string()),
            ("Chang Ho-jin", adviser.to_string()),
            ("Georgy Zinoviev", ambassador.to_string()),
            ("Viet Nam", country_alt.to_string()),
            ("HANOI", city.to_uppercase()),
        ];
        let words = HashMap::from([
            ("Putin", surname.to_string()),
            ("Kim", short.to_string()),
            ("Chang", adviser_short.to_string()),
            ("Hanoi", city.to_string()),
            ("Vietnam", country.to_string()),
            ("Vietnamese", adjective.to_string()),
        ]);
        Cast { phrases, words, shift: Duration::weeks(rng.range(0, 100)) }
    }
}

/// The whole file of one article: front matter and body.
pub fn article(cast: &Cast, rng: &mut Rng, outlet: &str, primary: bool, story: String, i: usize) -> String {
    let t = if primary { TRANSCRIPT } else { 1 + rng.below(TEMPLATES.len() - 1) };
    let template = &TEMPLATES[t];
    let published = NaiveDateTime::parse_from_str(template.published, "%Y-%m-%dT%H:%M:%S").expect("sample date")
        + cast.shift
        + Duration::minutes(rng.range(-90, 90));
    let mut blocks = blocks_of(template);
    let (head, tail) = (template.head, template.tail);
    let mut middle: Vec<String> = blocks.drain(head..blocks.len() - tail).collect();
    let kept = middle.len();
    middle.retain(|_| !rng.chance(DROP));
    for k in 1..middle.len() {
        if rng.chance(SWAP) {
            middle.swap(k - 1, k);
        }
    }
    // Pad with paragraphs from other outlets' versions, as agencies' copy is reused.
    let target = rng.range(BODY_MIN, BODY_MAX) as usize;
    let size = |m: &[String], b: &[String]| m.iter().chain(b).map(|p| p.len() + 2).sum::<usize>();
    let mut tries = 0;
    while t != TRANSCRIPT && size(&middle, &blocks) < target && tries < 12 && middle.len() < 2 * kept {
        tries += 1;
        let o = 1 + rng.below(TEMPLATES.len() - 1);
        if o == t {
            continue;
        }
        let from = blocks_of(&TEMPLATES[o]);
        let block = rng.pick(&from[TEMPLATES[o].head..from.len() - TEMPLATES[o].tail]).clone();
        if !middle.contains(&block) {
            let at = rng.below(middle.len() + 1);
            middle.insert(at, block);
        }
    }
    let tail_blocks = blocks.split_off(head);
    let body: Vec<String> = blocks.into_iter().chain(middle).chain(tail_blocks).collect();
    let body = body.join("\n\n").replace(template.headline, HEADLINE);
    let body =
        body.replace("20 June 2024", DATE_LONG).replace("June 20", DATE_SHORT).replace("21st Jun 24 8:39 am", DATELINE);
    let headline = rewrite(cast, rng, outlet, template.headline);
    let event = chrono::NaiveDate::from_ymd_opt(2024, 6, 20).expect("date") + cast.shift;
    let body = rewrite(cast, rng, outlet, &body)
        .replace(HEADLINE, &headline)
        .replace(DATE_LONG, &event.format("%-d %B %Y").to_string())
        .replace(DATE_SHORT, &event.format("%B %-d").to_string())
        .replace(DATELINE, &dateline(published));
    let title = format!("{headline} | {outlet}");
    let tld = ["com", "org", "net"][i % 3];
    let url =
        format!("https://example.{tld}/{}/{}/{}-{i}", slug(outlet), published.format("%Y/%m/%d"), slug(&headline));
    let mut out = String::with_capacity(body.len() + 400);
    out.push_str("---\n");
    for (key, value) in [
        ("outlet", outlet.to_string()),
        ("url", url),
        ("published", published.format("%Y-%m-%dT%H:%M:%S").to_string()),
        ("story", story),
        ("title", title),
        ("kind", if primary { "primary" } else { "report" }.to_string()),
        ("sample", "illustrative sample generated for benchmarking".to_string()),
    ] {
        out.push_str(&format!("{key}: {}\n", yaml_scalar(&value)));
    }
    out.push_str("---\n");
    out.push_str(&body);
    out.push('\n');
    out
}

/// The template's body (front matter cut) as movable blocks: paragraphs grouped so that moving one never splits what belongs together:
/// a question with its answer, a quote-only paragraph with the one before it.
fn blocks_of(template: &Template) -> Vec<String> {
    let body = template.text.split_once("\n---\n").expect("sample has front matter").1;
    let mut out: Vec<String> = Vec::new();
    let mut previous_question = false;
    for p in body.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
        let continues = p.starts_with(['“', '‘', '"']) || previous_question;
        let joins = continues && out.len() > template.head;
        match out.last_mut() {
            Some(last) if joins => {
                last.push_str("\n\n");
                last.push_str(p);
            }
            _ => out.push(p.to_string()),
        }
        previous_question = p.starts_with("Question:");
    }
    out
}

/// One pass over the words: cast names, synonyms, cue verbs, weekdays and the
/// outlet's own name; then the numbers.
fn rewrite(cast: &Cast, rng: &mut Rng, outlet: &str, text: &str) -> String {
    let mut text = text.to_string();
    for (from, to) in &cast.phrases {
        text = text.replace(from, to);
    }
    let paper = outlet.split(' ').find(|w| lists::PAPERS.contains(w)).unwrap_or("Courier").to_string();
    let initials: String = outlet.split(' ').skip(1).filter_map(|w| w.chars().next()).collect();
    let mut out = String::with_capacity(text.len() + 64);
    let mut word = String::new();
    for c in text.chars().chain(std::iter::once('\0')) {
        if c.is_alphanumeric() || (c == '-' && !word.is_empty()) {
            word.push(c);
            continue;
        }
        if !word.is_empty() {
            out.push_str(&replace_word(cast, rng, &word, &paper, &initials));
            word.clear();
        }
        if c != '\0' {
            out.push(c);
        }
    }
    numbers(rng, &out)
}

fn replace_word(cast: &Cast, rng: &mut Rng, word: &str, paper: &str, initials: &str) -> String {
    if let Some(to) = cast.words.get(word) {
        return to.clone();
    }
    match word {
        "Clarion" => return paper.to_string(),
        "NWS" => return initials.to_string(),
        _ => {}
    }
    if let Some(k) = lists::WEEKDAYS.iter().position(|d| *d == word) {
        if rng.chance(WEEKDAY) {
            let next = (k + if rng.chance(0.5) { 1 } else { 6 }) % 7;
            return lists::WEEKDAYS[next].to_string();
        }
        return word.to_string();
    }
    let lower = word.to_lowercase();
    let mut chars = word.chars();
    let capital = chars.next().is_some_and(char::is_uppercase) && chars.as_str().chars().all(char::is_lowercase);
    if !(capital || word == lower) {
        return word.to_string();
    }
    let swapped = if let Some(row) = lists::SYNONYMS.iter().find(|r| r.contains(&lower.as_str())) {
        rng.chance(SYNONYM).then(|| rng.pick(row).to_string())
    } else if let Some((_, to)) = lists::CUES.iter().find(|(from, _)| *from == lower) {
        rng.chance(CUE).then(|| rng.pick(to).to_string())
    } else {
        None
    };
    match swapped {
        Some(s) if capital => s[..1].to_uppercase() + &s[1..],
        Some(s) => s,
        None => word.to_string(),
    }
}

/// Numbers nudged as outlets misreport them: counts by up to a fifth, small
/// numbers by one or two, years rarely.
fn numbers(rng: &mut Rng, text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() || (i > 0 && bytes[i - 1].is_ascii_alphanumeric()) {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len()
            && (bytes[i].is_ascii_digit()
                || bytes[i] == b',' && bytes.get(i + 1..i + 4).is_some_and(|d| d.iter().all(u8::is_ascii_digit)))
        {
            i += 1;
        }
        if i < bytes.len() && bytes[i].is_ascii_alphabetic() {
            continue; // "21st", "2000s": left alone
        }
        let digits = &text[start..i];
        let value: i64 = digits.replace(',', "").parse().unwrap_or(0);
        let year = digits.len() == 4 && (1900..2100).contains(&value);
        let new = if year {
            rng.chance(YEAR).then(|| (value + rng.range(-2, 2)).to_string())
        } else if !rng.chance(NUMBER) || value == 0 {
            None
        } else if value >= 1000 {
            let scaled = value * rng.range(80, 120) / 100;
            Some(thousands((scaled / 500).max(1) * 500))
        } else {
            Some((value + rng.range(-2, 2)).max(1).to_string())
        };
        if let Some(n) = new {
            out.push_str(&text[last..start]);
            out.push_str(&n);
            last = i;
        }
    }
    out.push_str(&text[last..]);
    out
}

fn thousands(n: i64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (k, c) in s.chars().enumerate() {
        if k > 0 && (s.len() - k).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The seed's scraped dateline form: "21st Jun 24 8:39 am".
fn dateline(t: NaiveDateTime) -> String {
    let day = t.format("%-d").to_string();
    let suffix = match (day.as_str(), day.chars().last()) {
        ("11" | "12" | "13", _) => "th",
        (_, Some('1')) => "st",
        (_, Some('2')) => "nd",
        (_, Some('3')) => "rd",
        _ => "th",
    };
    format!("{day}{suffix} {} {}", t.format("%b %y"), t.format("%-I:%M %P"))
}

fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches('-').chars().take(80).collect()
}

/// A YAML scalar as the sample files write them: plain where that is safe,
/// double-quoted otherwise.
fn yaml_scalar(value: &str) -> String {
    let risky = value.contains(": ")
        || value.contains(" #")
        || value.ends_with(':')
        || value.starts_with(|c: char| "-?:,[]{}#&*!|>'\"%@`".contains(c));
    if risky {
        format!("\"{}\"", value.replace('\\', "\\\\").replace('"', "\\\""))
    } else {
        value.to_string()
    }
}

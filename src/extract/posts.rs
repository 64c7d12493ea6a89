//! A live page's time-stamped posts ("2:05pm" on a line of its own above each one): what a
//! post reports was said the day it was posted, so an undated statement in it takes that day.

use super::dates;
use chrono::{Days, NaiveDate, NaiveDateTime, NaiveTime};

/// Where each post of a live page begins, and the day it was posted.
pub struct Posts {
    starts: Vec<(usize, NaiveDate)>,
}

/// A post's time stamp: where the post begins, its minutes past midnight, and the day
/// heading above it, if any.
struct Stamp {
    at: usize,
    minutes: u32,
    heading: Option<NaiveDate>,
}

impl Posts {
    /// The posts of `body`, an article published on `published`; `live` says whether the
    /// page calls itself live ("LIVE:", "live updates", "as it happened"), for an inquiry's
    /// timeline or a timetable has times on lines of their own too. A page needs two time
    /// stamps to be read as live: one time on a line of its own may be a caption's.
    /// `live` is asked, and day headings read, only on a page with two stamps: most pages
    /// have none, and this runs for every article.
    pub fn new(body: &str, published: Option<NaiveDateTime>, live: impl FnOnce() -> bool) -> Posts {
        let none = || Posts { starts: Vec::new() };
        let Some(published) = published else { return none() };
        let lines = || {
            body.split_inclusive('\n').scan(0, |offset, line| {
                let at = *offset;
                *offset += line.len();
                Some((at, line.trim()))
            })
        };
        let mut stamps: Vec<Stamp> =
            lines().filter_map(|(at, text)| Some(Stamp { at, minutes: stamp_minutes(text)?, heading: None })).collect();
        if stamps.len() < 2 || !live() {
            return none();
        }
        // "Tuesday 14 October": a page running over days says which day the posts below are from.
        let mut heading = None;
        let mut next = stamps.iter_mut().peekable();
        for (at, text) in lines() {
            match next.peek_mut() {
                Some(stamp) if stamp.at == at => {
                    stamp.heading = heading;
                    next.next();
                }
                _ => heading = day_heading(text, published.date()).or(heading),
            }
        }
        let days = days_without_headings(&stamps, published);
        let starts = stamps.iter().zip(days).map(|(s, day)| (s.at, s.heading.unwrap_or(day))).collect();
        Posts { starts }
    }

    /// The day of the post holding the byte `at`; none before the first post.
    pub fn day_of(&self, at: usize) -> Option<NaiveDate> {
        let n = self.starts.partition_point(|&(start, _)| start <= at);
        n.checked_sub(1).map(|i| self.starts[i].1)
    }
}

/// Whether a page calls itself live, in its title, its address or its opening lines.
pub fn calls_itself_live(title: &str, url: &str, body: &str) -> bool {
    let mut opening = body.len().min(1200);
    while !body.is_char_boundary(opening) {
        opening -= 1;
    }
    let text = format!("{title} {url} {}", &body[..opening]).to_lowercase();
    let word = |w: &str| matches!(w, "live" | "liveblog" | "updates" | "update" | "rolling" | "blog");
    text.split(|c: char| !c.is_alphanumeric()).any(word)
        || ["as it happened", "minute by minute", "minute-by-minute"].iter().any(|p| text.contains(p))
}

/// The day of each post as the times tell it. Going from a post to the next, a time that
/// runs the wrong way is midnight passed; pages put their newest post first or last, and
/// most steps between posts say which. The days are placed so that a post is nearest the
/// publication time: a page published at 20:00 whose posts run from 21:30 to 2:15 began
/// that evening. A publication with no time of day has its newest post on its day.
fn days_without_headings(stamps: &[Stamp], published: NaiveDateTime) -> Vec<NaiveDate> {
    let steps: Vec<(u32, u32)> = stamps.windows(2).map(|w| (w[0].minutes, w[1].minutes)).collect();
    let newest_first = steps.iter().filter(|(a, b)| b < a).count() > steps.iter().filter(|(a, b)| b > a).count();
    let wrapped = |(a, b): &(u32, u32)| if newest_first { b > a } else { b < a };
    let wraps = steps.iter().filter(|s| wrapped(s)).count() as u64;
    // Each post's day counted from the oldest post's.
    let mut day = if newest_first { wraps } else { 0 };
    let mut after_oldest = vec![day];
    for step in &steps {
        if wrapped(step) {
            day = if newest_first { day.saturating_sub(1) } else { day + 1 };
        }
        after_oldest.push(day);
    }
    let at = |first: NaiveDate, i: usize| first + Days::new(after_oldest[i]);
    let distance = |first: NaiveDate| {
        let posted =
            |i: usize| at(first, i).and_time(NaiveTime::MIN) + chrono::Duration::minutes(stamps[i].minutes.into());
        (0..stamps.len()).map(|i| (posted(i) - published).num_minutes().abs()).min().unwrap_or(i64::MAX)
    };
    let newest_on_the_day = published.date() - Days::new(wraps);
    let first = if published.time() == NaiveTime::MIN {
        newest_on_the_day
    } else {
        (0..=wraps + 1)
            .map(|back| published.date() - Days::new(back))
            .min_by_key(|&d| distance(d))
            .unwrap_or(newest_on_the_day)
    };
    (0..stamps.len()).map(|i| at(first, i)).collect()
}

/// "2:05pm", "14:05 BST", or a post's time before its heading: "9:40pm — Relief trucks
/// leave". The minutes past midnight.
fn stamp_minutes(line: &str) -> Option<u32> {
    // Every line of every article passes here: a time opens on its hour's digit.
    if !line.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let head = ["—", "–", " - ", "|"].iter().find_map(|d| line.split_once(d)).map_or(line, |(head, _)| head).trim();
    if !crate::segment::is_clock_time(head) {
        return None;
    }
    let digits = head.find(|c: char| !c.is_ascii_digit() && c != ':' && c != '.').map_or(head, |end| &head[..end]);
    let (hours, minutes) = digits.split_once([':', '.'])?;
    let (hours, minutes): (u32, u32) = (hours.parse().ok()?, minutes.get(..2)?.parse().ok()?);
    let rest = head[digits.len()..].trim_start().to_lowercase();
    let hours = match (rest.starts_with('p'), rest.starts_with('a')) {
        (true, _) if hours < 12 => hours + 12,
        (_, true) if hours == 12 => 0,
        _ => hours,
    };
    Some(hours * 60 + minutes)
}

/// A short line that is a date and nothing else: "Tuesday 14 October", "Monday, June 9".
fn day_heading(line: &str, published: NaiveDate) -> Option<NaiveDate> {
    if line.len() > 40 || line.ends_with(['.', '?', '!', '"', '”']) {
        return None;
    }
    // "SUNDAY 28 SEPTEMBER": the patterns know the names as they are written in a sentence.
    let line = if line.chars().any(char::is_lowercase) { line.to_string() } else { title_case(line) };
    let found = dates::find_dates(&line, Some(published));
    let only = found.first().filter(|m| found.len() == 1 && m.text.len() + 12 >= line.len())?;
    Some(only.date)
}

fn title_case(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut opens_word = true;
    for c in line.chars() {
        if opens_word {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        opens_word = !c.is_alphabetic();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDateTime {
        let s = if s.contains('T') { s.to_string() } else { format!("{s}T00:00:00") };
        s.parse().unwrap()
    }

    fn days_of(body: &str, published: &str, words: &[&str]) -> Vec<Option<String>> {
        let posts = Posts::new(body, Some(day(published)), || true);
        words.iter().map(|w| posts.day_of(body.find(w).unwrap()).map(|d| d.to_string())).collect()
    }

    #[test]
    fn a_post_under_a_time_stamp_is_dated_by_the_day_it_was_posted() {
        let body = "Floods hit the city.\n\n2:05pm\nThe mayor said the bridge was safe.\n\n\
                    1:40pm — Relief trucks leave\nThe army said trucks had left.\n";
        assert_eq!(
            days_of(body, "2025-09-06", &["Floods", "mayor", "army"]),
            [None, Some("2025-09-06".into()), Some("2025-09-06".into())]
        );
    }

    #[test]
    fn a_day_heading_dates_the_posts_below_it() {
        let body = "Friday 5 September\n\n10:05\nThe mayor said it rained.\n\nSATURDAY 6 SEPTEMBER\n\n\
                    09:15\nThe army said it had stopped.\n";
        assert_eq!(
            days_of(body, "2025-09-06", &["mayor", "army"]),
            [Some("2025-09-05".into()), Some("2025-09-06".into())]
        );
    }

    #[test]
    fn a_page_running_past_midnight_dates_the_posts_before_it_a_day_earlier() {
        let newest_first = "2:15am\nThe mayor said it stopped.\n\n12:40am\nThe army said it rained.\n\n\
                            11:50pm\nPolice said roads shut.\n\n10:05 PM\nThe council said it was ready.\n";
        let days = days_of(newest_first, "2025-02-11", &["mayor", "army", "Police", "council"]);
        assert_eq!(
            days,
            [
                Some("2025-02-11".into()),
                Some("2025-02-11".into()),
                Some("2025-02-10".into()),
                Some("2025-02-10".into())
            ]
        );
        let oldest_first = "22:05\nThe council said it was ready.\n\n23:50\nPolice said roads shut.\n\n\
                            00:40\nThe army said it rained.\n";
        let days = days_of(oldest_first, "2025-02-11", &["council", "Police", "army"]);
        assert_eq!(days, [Some("2025-02-10".into()), Some("2025-02-10".into()), Some("2025-02-11".into())]);
        // Published when the page began, at 20:00: the posts run on into the next day.
        let days = days_of(oldest_first, "2025-02-10T20:00:00", &["council", "Police", "army"]);
        assert_eq!(days, [Some("2025-02-10".into()), Some("2025-02-10".into()), Some("2025-02-11".into())]);
        // Published at the last post, just after midnight.
        let days = days_of(oldest_first, "2025-02-11T00:55:00", &["council", "Police", "army"]);
        assert_eq!(days, [Some("2025-02-10".into()), Some("2025-02-10".into()), Some("2025-02-11".into())]);
        // Published at 00:30, posts of the evening before and no midnight passed.
        let days = days_of("21:00\nThe mayor said so.\n\n22:00\nThe army said so.\n", "2025-02-11T00:30:00", &["army"]);
        assert_eq!(days, [Some("2025-02-10".into())]);
    }

    #[test]
    fn a_page_is_live_by_what_it_calls_itself() {
        assert!(calls_itself_live("LIVE: Floods hit Guddu", "", ""));
        assert!(calls_itself_live("Floods", "https://example.org/floods-live-updates", ""));
        assert!(calls_itself_live("Floods", "", "Follow our rolling coverage below."));
        assert!(!calls_itself_live("How the night of the fire unfolded", "", "A timeline drawn from the testimony."));
        assert!(!calls_itself_live("Olive growers deliver", "", "The delivery lives on."));
    }

    #[test]
    fn one_time_on_its_own_line_is_no_live_page() {
        let body = "Pictured at\n10:05\nThe mayor said it rained.\n";
        assert_eq!(days_of(body, "2025-09-06", &["mayor"]), [None]);
        let body = "10:05\nThe mayor said it rained.\n10:15\nThe mayor said it stopped.\n";
        assert_eq!(Posts::new(body, None, || true).day_of(20), None);
        assert_eq!(Posts::new(body, Some(day("2025-09-06")), || false).day_of(20), None);
    }
}

//! A live page's time-stamped posts ("2:05pm" on a line of its own above each one): what a
//! post reports was said the day it was posted, so an undated statement in it takes that day.

use super::dates;
use chrono::NaiveDate;

/// Where each post of a live page begins, and the day it was posted.
pub struct Posts {
    starts: Vec<(usize, NaiveDate)>,
}

impl Posts {
    /// The posts of `body`, an article published on `published`. A page needs two time
    /// stamps to be read as live: one time on a line of its own may be a caption's.
    pub fn new(body: &str, published: Option<NaiveDate>) -> Posts {
        let Some(published) = published else { return Posts { starts: Vec::new() } };
        let mut day = published;
        let mut starts = Vec::new();
        let mut offset = 0;
        for line in body.split_inclusive('\n') {
            let text = line.trim();
            if stamped(text) {
                starts.push((offset, day));
            } else if let Some(heading) = day_heading(text, published) {
                // "Tuesday 14 October": a page running over days says which day the posts below are from.
                day = heading;
            }
            offset += line.len();
        }
        if starts.len() < 2 {
            starts.clear();
        }
        Posts { starts }
    }

    /// The day of the post holding the byte `at`; none before the first post.
    pub fn day_of(&self, at: usize) -> Option<NaiveDate> {
        let n = self.starts.partition_point(|&(start, _)| start <= at);
        n.checked_sub(1).map(|i| self.starts[i].1)
    }
}

/// "2:05pm", "14:05 BST", or a post's time before its heading: "9:40pm — Relief trucks leave".
fn stamped(line: &str) -> bool {
    let head = ["—", "–", " - ", "|"].iter().find_map(|d| line.split_once(d)).map_or(line, |(head, _)| head);
    crate::segment::is_clock_time(head.trim())
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

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn days_of(body: &str, published: &str, words: &[&str]) -> Vec<Option<String>> {
        let posts = Posts::new(body, Some(day(published)));
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
    fn one_time_on_its_own_line_is_no_live_page() {
        let body = "Pictured at\n10:05\nThe mayor said it rained.\n";
        assert_eq!(days_of(body, "2025-09-06", &["mayor"]), [None]);
        let body = "10:05\nThe mayor said it rained.\n10:15\nThe mayor said it stopped.\n";
        assert_eq!(Posts::new(body, None).day_of(20), None);
    }
}

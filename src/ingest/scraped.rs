//! Cleaning of scraped article text: drop site chrome, find headline and dateline.
//!
//! A scraper hands us a news page as plain text, paragraphs separated by blank
//! lines. Besides the story it carries navigation crumbs glued to the headline,
//! share buttons, newsletter prompts, photo credits, CMS shortcodes and "You may
//! also like" lists of unrelated stories. [`clean`] removes that chrome and pulls
//! out the headline and the dateline, so claim extraction only sees body
//! paragraphs, each tagged with the line it came from for provenance.
//!
//! The heuristics are deliberately conservative: a paragraph that quotes someone
//! or runs past 25 words is kept even when it starts with a chrome word, because
//! losing a claim costs more than keeping a stray "Share" button.

use regex::{Regex, RegexSet};
use std::sync::LazyLock;

/// The parts of a scraped article that claim extraction cares about.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Scraped {
    /// The headline, crumbs removed.
    pub headline: Option<String>,
    /// The dateline text as written ("21st Jun 24 8:39 am"); the caller parses it.
    pub dateline: Option<String>,
    /// Body paragraphs in order, without headline, dateline and chrome.
    pub paragraphs: Vec<Paragraph>,
}

/// One body paragraph and where it starts in the input.
#[derive(Debug, Clone, PartialEq)]
pub struct Paragraph {
    /// The paragraph text as in the input (internal single newlines kept).
    pub text: String,
    /// 1-based line number where the paragraph starts (for provenance).
    pub line: usize,
}

/// Past this many words a paragraph is prose, whatever word it starts with.
const MAX_CHROME_WORDS: usize = 25;
/// Headlines are short; anything longer is a standfirst or body text.
const MAX_HEADLINE_CHARS: usize = 200;
/// A dateline is a date, a time and maybe a label; anything longer is prose.
const MAX_DATELINE_CHARS: usize = 80;
/// Sites rarely nest sections deeper than this in their breadcrumbs.
const MAX_CRUMBS: usize = 4;
/// How many paragraphs after the first may repeat the headline without crumbs.
const HEADLINE_LOOKAHEAD: usize = 3;
/// Section names sites put in breadcrumbs ahead of the headline; "Home" only
/// counts at the very start, because "Home Office" is a headline.
const NAV_WORDS: &str = "Home,News,Business,World,Politics,UK,US,Asia,Europe,Africa,Americas,\
    Middle East,Sport,Opinion,Markets,Technology,Tech,Science,Health,Entertainment,Culture,\
    Lifestyle,Economy,Finance";
const HOME: &str = "Home";
/// Characters sites print between crumbs; dashes are left out because headlines use them.
const CRUMB_SEPARATORS: &[char] = &['›', '»', '>', '/', '|', '•', '·'];
/// Quote marks that signal reported speech, i.e. body text. The right single
/// quote is left out because it is mostly used as an apostrophe, guillemets
/// because English sites use '»' between crumbs.
const QUOTE_MARKS: &[char] = &['"', '“', '”', '„', '‘'];

/// CMS shortcodes: a hyphenated or well-known name, or a name with attributes,
/// so that editorial brackets like "[sic]" or "[missiles to Ukraine]" survive.
const SHORTCODE: &str = r"\[/?(?:[a-z][a-z0-9]*[-_][\w-]*|gallery|caption|embed|video|audio|playlist|ad|tweet|youtube|instagram)(?:\s[^\[\]]*)?\]|\[/?[a-z][\w-]*\s+[\w-]+=[^\[\]]*\]";

/// Paragraphs that start a list of unrelated stories: everything after is chrome.
/// "More from <section>" is [`is_more_from`], see there.
static CUT_MARKER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:you (?:may|might) (?:also )?like|related(?: articles| stories| posts| content| news| coverage)?|read more|read next|most read|most popular|more stories|recommended(?: for you)?|trending(?: now)?)[\s:.!…»›]*$").unwrap()
});

/// Whole lines that are site chrome; matched against a trimmed line.
static CHROME_LINE: LazyLock<RegexSet> = LazyLock::new(|| {
    RegexSet::new([
        r"(?i)^(?:leave a (?:comment|reply)|\d* ?comments?|share(?: this(?: article| story| page)?)?|advertising|advertisement|sponsored(?: content)?|(?:story )?continues below(?: advertisement)?|all rights reserved|facebook|twitter|x|whatsapp|linkedin|e-?mail|reddit|pinterest|telegram|copy link|print)[\s:.!…]*$",
        r"(?i)^share (?:on|via|to|with) (?:facebook|twitter|x|whatsapp|linkedin|e-?mail|reddit|pinterest|telegram|messenger)\b",
        r"(?i)^sign[- ]?up (?:to|for)\b.*\b(?:newsletters?|news alerts|alerts|daily|weekly|briefing|bulletin|updates)\b",
        r"(?i)^subscribe\b",
        r"(?i)^(?:get|receive|join|try|don['’]t miss)\b.*\bnewsletters?\b|\bnewsletter sign[- ]?up\b|^enter your e-?mail",
        r"(?i)^click here\b",
        r"(?i)^(?:we|this (?:site|website)) uses? cookies\b|\bcookie (?:policy|settings|notice|preferences|consent)\b|^(?:accept|reject|manage)(?: all)? cookies\b",
        r"(?i)^(?:©|\(c\)\s|copyright\s*(?:©|\(c\)|\d{4}))|\ball rights reserved\b",
        r"(?i)^(?:tags|tagged(?: with| in)?|topics|filed under|categories)\s*:|^posted in\b",
        r"(?i)^(?:read more|(?:read|see) also|related)\s*:",
        // "Most read: … | … | …": a list of headlines, set apart by bars; not "More news: The minister said …".
        r"(?i)^(?:most (?:read|popular|viewed)|more (?:stories|news)|trending(?: now)?|you (?:may|might) (?:also )?like)\s*:.*\|",
        r"^(?i:by)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:\s*(?:,|and|&|in)\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){0,3})*$",
    ])
    .unwrap()
});

/// Photo captions and credits; also recognised as the last line of a caption.
static CREDIT_LINE: LazyLock<RegexSet> = LazyLock::new(|| {
    RegexSet::new([
        r"(?i)^(?:photo(?:graph)?s?|images?|pictures?|pic|credit|video|illustration)\s*(?:credit)?\s*:",
        r"(?i)^\(?(?:photo(?:graph)?|image|picture|pic)s?\s+(?:by|credit|courtesy)\b",
        r"(?i)\((?:photo|image|picture|pic|credit)s?\b[^()]*\)$",
        r"(?i)\bvia getty images\)?$|^getty images\b|^file (?:photo|picture|image)\b",
    ])
    .unwrap()
});

static SHORTCODE_BLOCK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?is)^(?:\s*(?:{SHORTCODE}))+\s*$|^\[caption\b.*\[/caption\]$")).unwrap());

static TRAILING_SHORTCODES: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)(?:\s*(?:{SHORTCODE}))+\s*$")).unwrap());

/// A paragraph that is only a date and/or time, maybe behind a "Published:" label.
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    let weekday =
        r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?,?\s+";
    let month = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";
    let day = r"\d{1,2}(?:st|nd|rd|th)?";
    let year = r"(?:\d{4}|'?\d{2})";
    let zone = r"(?:\s+\(?(?:utc|gmt)[+-]\d{1,2}\)?|\s+\(?[a-z]{2,4}\)?)?";
    let time = format!(r"(?:\d{{1,2}}[:.]\d{{2}}(?:\s*[ap]\.?m\.?)?|\d{{1,2}}\s*[ap]\.?m\.?){zone}");
    let date = format!(
        r"(?:{weekday})?(?:{day}\s+(?:of\s+)?{month},?\s+{year}|{month}\s+{day},?\s+{year}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})"
    );
    let label = r"(?:(?:first\s+|last\s+)?(?:published|updated|posted|modified)(?:\s+on)?\s*:?\s*)?";
    let joiner = r"\s*(?:,|at|on|-|–|—|\||·)?\s*";
    Regex::new(&format!(r"(?i)^{label}(?P<date>{date}(?:{joiner}{time})?|{time}{joiner}{date})\s*$")).unwrap()
});

/// Clean scraped article `text` (no front matter); `line_offset` is added to
/// reported line numbers to account for lines taken by front matter.
pub fn clean(text: &str, line_offset: usize) -> Scraped {
    clean_titled(text, line_offset, None)
}

/// [`clean`], knowing the article's `title` (from its front matter or page
/// metadata): what a page prints above its headline is chrome, whatever it
/// looks like ("BREAKING: Traffic restricted on DN2", a kicker, a masthead).
pub fn clean_titled(text: &str, line_offset: usize, title: Option<&str>) -> Scraped {
    let mut paragraphs = body_paragraphs(text, line_offset);
    // Datelines go first so a short date is never mistaken for the headline.
    let dateline = take_dateline(&mut paragraphs);
    if let Some(at) = title.and_then(|t| titled_headline(&paragraphs, t)) {
        paragraphs.drain(..at);
    }
    let headline = take_headline(&mut paragraphs);
    Scraped { headline, dateline, paragraphs }
}

/// Where the headline the title gives stands, below a few short paragraphs of chrome (a
/// masthead, a menu, a ticker, crumbs); none when it opens the page or stands lower, below
/// anything of a story's length.
fn titled_headline(paragraphs: &[Paragraph], title: &str) -> Option<usize> {
    const MAX_ABOVE: usize = 12;
    // "Bridge to reopen in May | The Example Herald": a page's title may carry the site's name.
    let title = loosely(title.split(" | ").next().unwrap_or(title));
    if title.split_whitespace().count() < 3 {
        return None;
    }
    // Only a paragraph of about the title's length may be it, behind crumbs at most: not worth a
    // lower-case copy of every paragraph.
    let near = |p: &Paragraph| p.text.len() + 8 >= title.len() && p.text.len() <= title.len() + 160;
    let at = paragraphs.iter().take(MAX_ABOVE).position(|p| {
        near(p) && {
            let text = loosely(&p.text);
            text == title || is_repeat_of(&text, &title)
        }
    })?;
    (at > 0 && paragraphs[..at].iter().all(|p| chrome_above_headline(&p.text))).then_some(at)
}

/// Whether a paragraph above the headline may be chrome: not a live blog's newest entry, a
/// standfirst or a lede, sentences closed by a stop; a tabloid's kicker ("GOURD WAR!") is too
/// short for one.
fn chrome_above_headline(paragraph: &str) -> bool {
    let text = paragraph.trim().trim_end_matches(['"', '”', '’', '\'', ')']);
    let words = paragraph.split_whitespace().count();
    // "Search...": a field's prompt, no sentence's stop.
    let stopped = text.ends_with(['.', '!', '?']) && !text.ends_with("..") && !text.ends_with('…');
    words <= 2 * MAX_CHROME_WORDS && (words <= 5 || !stopped)
}

/// `text` for comparing a title with the headline a page prints: case, curly quotes, dashes and
/// a closing stop aside ("Bridge to reopen in May." is the title "Bridge To Reopen In May").
fn loosely(text: &str) -> String {
    let text: String = text
        .chars()
        .map(|c| match c {
            '‘' | '’' | '‛' => '\'',
            '“' | '”' | '„' => '"',
            '–' | '—' | '‒' => '-',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect();
    normalise(text.trim_end_matches(['.', ' ']))
}

/// True when a single paragraph is site chrome (used by tests and by the HTML path too).
pub fn is_chrome(paragraph: &str) -> bool {
    let text = paragraph.trim();
    // Shortcodes first: their attributes may contain quote marks.
    if text.is_empty() || SHORTCODE_BLOCK.is_match(text) {
        return true;
    }
    if cookie_banner(text) {
        return true;
    }
    if looks_like_prose(text) {
        return false;
    }
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    // A caption is whatever text sits on top of a credit line.
    let ends_with_credit = lines.clone().next_back().is_some_and(|l| CREDIT_LINE.is_match(l));
    ends_with_credit || lines.all(is_chrome_line)
}

/// "We use cookies to … By clicking "Accept all" you consent to the use of all cookies.
/// [Accept all] [Reject]": a consent banner, whose quoted button does not make it speech.
fn cookie_banner(text: &str) -> bool {
    // Every paragraph of a page passes here: the word count before a lower-case copy.
    if text.split_whitespace().count() > 2 * MAX_CHROME_WORDS {
        return false;
    }
    let lower = text.to_lowercase();
    let site =
        ["use cookies", "uses cookies", "use of cookies", "use of all cookies", "cookie settings", "cookie policy"]
            .iter()
            .any(|p| lower.contains(p));
    let asks = ["accept", "consent", "reject", "agree"].iter().any(|w| lower.contains(w));
    site && asks
}

/// Reported speech or a long paragraph is body text even if it opens like chrome.
fn looks_like_prose(text: &str) -> bool {
    text.contains(QUOTE_MARKS) || text.split_whitespace().count() > MAX_CHROME_WORDS
}

fn is_chrome_line(line: &str) -> bool {
    CHROME_LINE.is_match(line) || CREDIT_LINE.is_match(line) || is_cut_marker(line) || is_nav_only(line)
}

/// A paragraph that starts a list of unrelated stories.
fn is_cut_marker(text: &str) -> bool {
    CUT_MARKER.is_match(text) || is_more_from(text)
}

/// "More from Business:", "MORE FROM THE NORTH »": a section of up to 40
/// word characters and spaces. Written as `more from [\w ]{1,40}` in
/// [`CUT_MARKER`] this one branch cost more to compile than the rest of the
/// page cleaner together (a counted Unicode class unrolls 40 times), which
/// weighed on every short run; the scan below accepts exactly the same lines.
fn is_more_from(text: &str) -> bool {
    const PREFIX: &str = "more from ";
    let Some(rest) = text.get(PREFIX.len()..).filter(|_| text[..PREFIX.len()].eq_ignore_ascii_case(PREFIX)) else {
        return false;
    };
    let section = rest.trim_end_matches(|c: char| c.is_whitespace() || ":.!…»›".contains(c));
    !section.is_empty()
        && section.chars().count() <= 40
        && section.chars().all(|c| c == ' ' || regex_syntax::is_word_character(c))
}

/// Split into paragraphs, stop at the first "related stories" marker, drop chrome.
fn body_paragraphs(text: &str, line_offset: usize) -> Vec<Paragraph> {
    split_paragraphs(text, line_offset)
        .into_iter()
        .take_while(|p| !is_cut_marker(p.text.trim()))
        .filter(|p| !is_chrome(&p.text) && !is_link_box(&p.text))
        .map(|p| Paragraph { text: TRAILING_SHORTCODES.replace(&p.text, "").into_owned(), ..p })
        .filter(|p| !p.text.trim().is_empty())
        .collect()
}

/// "RELATED" over a list of headlines, in the middle of the article: the box
/// goes, the article after it stays.
fn is_link_box(paragraph: &str) -> bool {
    let mut lines = paragraph.lines();
    let heading = lines.next().is_some_and(|l| is_cut_marker(l.trim()));
    heading && lines.next().is_some()
}

/// Paragraphs are runs of non-blank lines; `lines()` also drops the '\r' of "\r\n".
fn split_paragraphs(text: &str, line_offset: usize) -> Vec<Paragraph> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut paragraphs: Vec<Paragraph> = Vec::new();
    let mut previous_blank = true;
    for (index, line) in text.lines().enumerate() {
        let blank = line.trim().is_empty();
        match paragraphs.last_mut() {
            Some(last) if !blank && !previous_blank => last.text.extend(["\n", line]),
            _ if !blank => paragraphs.push(Paragraph { text: line.to_string(), line: index + 1 + line_offset }),
            _ => {}
        }
        previous_blank = blank;
    }
    paragraphs
}

/// The date/time text of a dateline paragraph, without its label.
fn dateline_of(paragraph: &str) -> Option<&str> {
    let text = Some(paragraph.trim()).filter(|t| t.chars().count() <= MAX_DATELINE_CHARS)?;
    Some(DATELINE.captures(text)?.name("date")?.as_str().trim())
}

/// Remove every date-only paragraph; the first one is the article's dateline.
fn take_dateline(paragraphs: &mut Vec<Paragraph>) -> Option<String> {
    let mut found = None;
    paragraphs.retain(|p| match dateline_of(&p.text) {
        Some(date) => {
            found.get_or_insert_with(|| date.to_string());
            false
        }
        None => true,
    });
    found
}

/// Take the headline from the front: either a later paragraph repeating the
/// tail of the first (crumbs + headline), or the first with its crumbs stripped.
fn take_headline(paragraphs: &mut Vec<Paragraph>) -> Option<String> {
    let first = paragraphs.first().filter(|p| is_headline_like(&p.text))?;
    let first = normalise(&first.text);
    let repeated = paragraphs
        .iter()
        .skip(1)
        .take(HEADLINE_LOOKAHEAD)
        .map(|p| normalise(&p.text))
        .find(|later| is_headline_like(later) && is_repeat_of(&first, later));
    let headline = repeated.unwrap_or_else(|| strip_crumbs(&first).to_string());
    paragraphs.remove(0);
    paragraphs.retain(|p| normalise(&p.text) != headline);
    Some(headline)
}

/// Short, with letters, and not ending like a sentence or a lead-in.
fn is_headline_like(paragraph: &str) -> bool {
    let text = paragraph.trim();
    let bare = text.trim_end_matches(['’', '”', '"', '\'', ')']);
    text.chars().count() <= MAX_HEADLINE_CHARS
        && text.split_whitespace().count() >= 2
        && !bare.ends_with(['.', ':', ';', ','])
}

/// `later` is the headline that `first` ends with; three words at least, so a
/// short section label is never taken for the headline.
fn is_repeat_of(first: &str, later: &str) -> bool {
    later.split_whitespace().count() >= 3
        && first.strip_suffix(later).is_some_and(|front| {
            front.is_empty() || front.ends_with(|c: char| c.is_whitespace() || CRUMB_SEPARATORS.contains(&c))
        })
}

fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every way of reading the front of `line` as crumbs, fewest crumbs first:
/// the text after the crumbs, and whether the reading is convincing. One or two
/// capitalised words are too often the headline itself ("UK inflation", "World
/// Health Organization"), so that needs three crumbs, two starting with "Home" or
/// ending with "News", or separators between them.
fn crumb_readings(line: &str) -> Vec<(&str, bool)> {
    let (mut rest, _) = skip_separators(line);
    let home = starts_with_word(rest, HOME);
    let mut separated = false;
    let mut readings = Vec::new();
    while readings.len() < MAX_CRUMBS {
        let Some(word) =
            NAV_WORDS.split(',').find(|w| (readings.is_empty() || *w != HOME) && starts_with_word(rest, w))
        else {
            break;
        };
        let (after, sep) = skip_separators(&rest[word.len()..]);
        separated |= sep;
        rest = after;
        let count = readings.len() + 1;
        let labelled = home || word == "News";
        readings.push((rest, count >= 3 || (count >= 2 && labelled) || separated));
    }
    readings
}

fn skip_separators(text: &str) -> (&str, bool) {
    let rest = text.trim_start_matches(|c: char| c.is_whitespace() || CRUMB_SEPARATORS.contains(&c));
    let skipped = &text[..text.len() - rest.len()];
    (rest, skipped.contains(CRUMB_SEPARATORS))
}

fn starts_with_word(text: &str, word: &str) -> bool {
    text.strip_prefix(word).is_some_and(|after| after.chars().next().is_none_or(|c| !c.is_alphanumeric()))
}

/// Drop leading crumbs, keeping as many words as needed for the rest to start like a headline.
fn strip_crumbs(line: &str) -> &str {
    crumb_readings(line)
        .into_iter()
        .rev()
        .find(|&(rest, convincing)| convincing && starts_like_headline(rest))
        .map_or(line, |(rest, _)| rest)
}

fn starts_like_headline(text: &str) -> bool {
    text.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || QUOTE_MARKS.contains(&c) || c == '\'')
}

/// A line made only of section names ("Home › World › Asia") is navigation.
fn is_nav_only(line: &str) -> bool {
    crumb_readings(line).last().is_some_and(|(rest, _)| rest.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cookie_banner_is_chrome_though_it_quotes_a_button() {
        let banner = "We use cookies to improve your experience. By clicking \"Accept all\" you consent to the use \
                      of all cookies. [Accept all] [Reject]";
        assert!(is_chrome(banner));
        let story = "\"We accept the ruling,\" the bakery's owner said of the fine over cookies sold past their date.";
        assert!(!is_chrome(story));
    }

    #[test]
    fn more_from_scan_accepts_what_the_pattern_did() {
        let pattern = Regex::new(r"(?i)^more from [\w ]{1,40}[\s:.!…»›]*$").unwrap();
        let forty = "x".repeat(40);
        let forty_one = "x".repeat(41);
        let lines = [
            "More from Business",
            "MORE FROM THE NORTH »",
            "more from Québec:",
            "More from São Tomé  ›  ",
            "More from Seoul.!…",
            "More from ",
            "More from",
            "More from Business: Markets",
            "More from the_desk",
            "More from 東京",
            "More from Business\tdesk",
            "Μore from Business",
            "More fromBusiness",
            "More from x\u{0301}",
            &format!("More from {forty}"),
            &format!("More from {forty}  :"),
            &format!("More from {forty_one}"),
            "More from the minister, who said the plan would fail",
        ];
        for line in lines {
            assert_eq!(is_more_from(line), pattern.is_match(line), "{line:?}");
        }
    }

    const SEED: &str = r#"Home Business News Putin will ‘not rule out’ sending weapons to North Korea

Putin will ‘not rule out’ sending weapons to North Korea

21st Jun 24 8:39 am

Vladimir Putin has said that he will “not rule out” sending weapons to North Korea which threatens to “destabilise the Korean peninsula.”

South Korea has said that they are reconsidering to send to Ukraine and Putin warned Seoul “this would be a very big mistake.”

Washington has said this is “incredibly concerning” and warned that Putin’s actions faces dividing the Korean peninsula.

The Russian leader said that sending weapons to North Korea is a retaliatory move for the West sending weapons to Ukraine.

The Russian dictator said, “Those who send these [missiles to Ukraine], think that they are not fighting us, but I said, including in Pyongyang, that we then reserve the right to supply weapons to other regions of the world, with regard to our agreements with the DPRK.

“I do not rule this one out.”

On Thursday South Korea said the new security agreement between Russia and North Korea is of a “grave concern.”

A senior South Korean official said that they will now “reconsider” sending weapons to Ukraine.

The Russia leader said that South Korea “has nothing to worry about,” he then warned Seoul, that sending weapons to Ukraine “would be a very big mistake.”

On Thursday North’s official Korean Central News Agency said that the security agreement reached by Putin and Jong Un means that if one of the countries is attacked then a state of war is instantly declared.

If South Korea was deemed by North Korea to being attacked then Russia would be forced to deploy “all means at its disposal without delay” to send immediate “military assistance,” this is quite similar to NATO.

Equally should Moscow claim that they are being attacked by NATO then North Korea would then come to Russia’s aid.

This has been seen as the strongest alliance that Russia and North Korea has had since the Cold War.

Putin signed a nuclear and technology agreement which could see Moscow helping Pyongyang with their nuclear missile programme.

The North Korean dictator said that both Pyongyang and Moscow have had a very “fiery friendship” and the new alliance deal is their “strongest ever treaty.”

Leave a Comment

You may also like


Sign up to our daily news alerts

[ms-form id=1]"#;

    fn texts(paragraphs: &[Paragraph]) -> Vec<&str> {
        paragraphs.iter().map(|p| p.text.as_str()).collect()
    }

    #[test]
    fn seed_article_headline_dateline_and_body() {
        let s = clean(SEED, 0);
        let headline = "Putin will ‘not rule out’ sending weapons to North Korea";
        assert_eq!(s.headline.as_deref(), Some(headline));
        assert_eq!(s.dateline.unwrap(), "21st Jun 24 8:39 am");
        assert_eq!(s.paragraphs.len(), 15);
        let (first, last) = (&s.paragraphs[0], &s.paragraphs[14]);
        assert!(first.text.starts_with("Vladimir Putin has said") && first.line == 7);
        assert!(last.text.starts_with("The North Korean dictator said") && last.line == 35);
        for p in &s.paragraphs {
            assert!(!is_chrome(&p.text) && !p.text.contains(headline), "{}", p.text);
        }
    }

    #[test]
    fn line_offset_is_added() {
        assert_eq!(clean(SEED, 4).paragraphs[0].line, 11);
    }

    #[test]
    fn a_related_box_mid_article_goes_and_the_article_stays() {
        let text = "Headline\n\nFirst paragraph of the story.\n\nRELATED\nCoach insists side can win\nDerby preview: team news\n\n\"No player is bigger than the club,\" the president said.\n";
        let cleaned = clean(text, 0);
        let body: Vec<&str> = cleaned.paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert!(body.iter().all(|p| !p.contains("Derby preview")), "{body:?}");
        assert!(body.iter().any(|p| p.contains("No player is bigger")), "{body:?}");
    }

    #[test]
    fn page_with_crumbs_captions_and_related_stories() {
        let page = "Home World Asia Vietnam says it will buy Russian jets\n\n\
            By Jane Smith, Asia Correspondent\n\nJune 21, 2024 8:39 AM\n\n\
            HANOI, June 20 (NWS) - Vietnam said on Thursday it would buy jets.\n\n\
            Photo: Reuters\n\nShare this article\n\nAdvertising\n\n\
            Officials said the deal was worth \"about $1bn\".\n\n\
            You may also like\n\nMarkets rally as oil slides\n\nTen best beaches in Europe";
        let s = clean(page, 0);
        assert_eq!(s.headline.unwrap(), "Vietnam says it will buy Russian jets");
        assert_eq!(s.dateline.unwrap(), "June 21, 2024 8:39 AM");
        let body = [
            "HANOI, June 20 (NWS) - Vietnam said on Thursday it would buy jets.",
            "Officials said the deal was worth \"about $1bn\".",
        ];
        assert_eq!(texts(&s.paragraphs), body);
        assert_eq!(s.paragraphs[0].line, 7);
    }

    #[test]
    fn chrome_paragraphs_are_recognised() {
        let samples = "Leave a Comment;Leave a reply;You may also like;Related articles;Read more;\
            Read next;Most read;Share;Share this article;Share on Facebook\nShare on WhatsApp;\
            Advertisement;Advertising;Sponsored;Sign up to our daily news alerts;\
            Subscribe now for £1 a month;Get our free politics newsletter;Click here to register;\
            We use cookies to improve your experience;Copyright 2024 Example Ltd;© Example News;\
            All rights reserved.;[ms-form id=1];[gallery ids=\"1,2,3\"];Photo: Reuters;\
            Image: PA Media;(Photo by Jane Doe/AFP via Getty Images);Credit: Shutterstock;\
            Getty Images;File photo;By Jane Smith;By Jane Smith, Political Editor;\
            Tags: Russia, North Korea;Posted in World;Home › World › Asia;   ;\
            Most read: Airport passenger numbers hit record | New ferry link to Dénia announced;\
            Putin in Pyongyang on Wednesday\nPhoto: Reuters";
        for chrome in samples.split(';') {
            assert!(is_chrome(chrome), "not chrome: {chrome}");
        }
    }

    #[test]
    fn body_text_starting_with_chrome_words_is_kept() {
        for body in [
            "Share prices fell after the central bank raised rates.",
            "More news: the health minister said hospitals would get 500 extra beds.",
            "Copyright lawsuits against AI firms multiplied last year.",
            "Subscribe \"now or never\", the minister told MPs.",
            "Click here to read the report, the ministry wrote in an email to journalists on \
             Monday, adding that the figures had been checked by independent auditors twice.",
            "By Thursday the death toll had risen to 40.",
            "“I do not rule this one out.”",
        ] {
            assert!(!is_chrome(body), "dropped body: {body}");
        }
    }

    #[test]
    fn trailing_shortcodes_are_stripped_but_editorial_brackets_kept() {
        let text = "Headline goes here now\n\nHe said [missiles to Ukraine] were sent. [sic]\n\n\
            Prices rose 3%. [ms-form id=1] [related-posts]";
        let body = ["He said [missiles to Ukraine] were sent. [sic]", "Prices rose 3%."];
        assert_eq!(texts(&clean(text, 0).paragraphs), body);
    }

    #[test]
    fn dateline_forms() {
        for (input, expected) in [
            ("21st Jun 24 8:39 am", "21st Jun 24 8:39 am"),
            ("June 21, 2024 8:39 AM", "June 21, 2024 8:39 AM"),
            ("21 June 2024", "21 June 2024"),
            ("Fri 21 Jun 2024 09.15 BST", "Fri 21 Jun 2024 09.15 BST"),
            ("Published: 21 June 2024", "21 June 2024"),
            ("Updated 10:12 GMT, 14 March 2025", "10:12 GMT, 14 March 2025"),
            ("14th Mar 25 10:12 am", "14th Mar 25 10:12 am"),
        ] {
            assert_eq!(dateline_of(input), Some(expected), "{input}");
        }
        assert_eq!(dateline_of("June 21, 2024 was a Friday."), None);
        assert_eq!(dateline_of("HANOI, June 20 (NWS) - Vietnam said so."), None);
    }

    #[test]
    fn wire_dateline_stays_in_body() {
        let text = "Vietnam buys jets from Russia\n\n21 June 2024\n\n\
            HANOI, June 20 (NWS) - Vietnam said on Thursday it would buy jets.";
        let s = clean(text, 0);
        assert_eq!(s.dateline.unwrap(), "21 June 2024");
        assert!(s.paragraphs[0].text.starts_with("HANOI, June 20 (NWS) - "));
    }

    #[test]
    fn crlf_input_and_internal_newlines() {
        let text = "Headline of the story\r\n\r\nFirst line,\r\nsecond line.\r\n \r\nLast.\r\n";
        let s = clean(text, 0);
        assert_eq!(s.headline.as_deref(), Some("Headline of the story"));
        assert_eq!(texts(&s.paragraphs), ["First line,\nsecond line.", "Last."]);
        assert_eq!(s.paragraphs[1].line, 6);
    }

    #[test]
    fn no_headline_when_text_starts_with_body() {
        let s = clean("The minister said rates would fall.\n\nShort line without stop", 0);
        assert_eq!((s.headline, s.paragraphs.len()), (None, 2));
    }

    #[test]
    fn crumbs_are_stripped_only_when_convincing() {
        for headline in [
            "Home Office rejects asylum claims",
            "World Health Organization warns of outbreak",
            "UK inflation falls to 2%",
        ] {
            assert_eq!(strip_crumbs(headline), headline);
        }
        for (crumbed, headline) in [
            ("Home News UK economy shrinks", "UK economy shrinks"),
            ("World › Asia Vietnam buys jets", "Vietnam buys jets"),
            ("Business News Putin speaks", "Putin speaks"),
            ("Home Middle East Sport Gaza talks", "Gaza talks"),
        ] {
            assert_eq!(strip_crumbs(crumbed), headline);
        }
    }

    #[test]
    fn repeated_headline_appears_once() {
        let text = "Putin visits Pyongyang today\n\nPutin visits Pyongyang today\n\nBody text.";
        let s = clean(text, 0);
        assert_eq!(s.headline.unwrap(), "Putin visits Pyongyang today");
        assert_eq!(texts(&s.paragraphs), ["Body text."]);
    }

    #[test]
    fn nav_only_crumb_line_before_headline() {
        let s = clean("Home › World › Asia\n\nVietnam buys jets\n\nHanoi confirmed it.", 0);
        assert_eq!(s.headline.unwrap(), "Vietnam buys jets");
        assert_eq!(s.paragraphs[0].line, 5);
    }

    #[test]
    fn what_stands_above_the_titled_headline_is_chrome() {
        let page = "CETATEA NEWS — News from Bukovina\n\nBREAKING: Traffic restricted on DN2\n\n\
                    Home › Suceava › Economy\n\nHeating bills to rise by 28%, operator says\n\nThe operator said so.";
        let s = clean_titled(page, 0, Some("Heating bills to rise by 28%, operator says"));
        assert_eq!(s.headline.as_deref(), Some("Heating bills to rise by 28%, operator says"));
        assert_eq!(texts(&s.paragraphs), ["The operator said so."]);
        // With the site's name, as a page's title carries it.
        let s = clean_titled(page, 0, Some("Heating bills to rise by 28%, operator says | Cetatea News"));
        assert_eq!(s.headline.as_deref(), Some("Heating bills to rise by 28%, operator says"));
        // Written otherwise: case, curly quotes, a closing stop.
        let s = clean_titled(page, 0, Some("Heating Bills To Rise By 28%, Operator Says."));
        assert_eq!(s.headline.as_deref(), Some("Heating bills to rise by 28%, operator says"));
        // Not below a sentence (a live blog's entry, a standfirst above the headline).
        let blog = "22:20 – The prime minister said he would accept the result.\n\nElection night live\n\nWelcome.";
        assert_eq!(clean_titled(blog, 0, Some("Election night live")).paragraphs.len(), 3);
        // Not below a story's length of text, nor for a title the page does not print.
        let long = format!("{}\n\nHeating bills to rise\n\nThe operator said so.", "word ".repeat(60));
        assert_eq!(clean_titled(&long, 0, Some("Heating bills to rise")).paragraphs.len(), 3);
        let s = clean_titled(page, 0, Some("Something else entirely"));
        assert_eq!(s.headline.as_deref(), Some("CETATEA NEWS — News from Bukovina"));
    }

    #[test]
    fn empty_and_chrome_only_input() {
        assert_eq!(clean("", 0), Scraped::default());
        let chrome = "\n\nShare\n\nAdvertisement\n\n[ms-form id=1]\n";
        assert_eq!(clean(chrome, 0), Scraped::default());
    }
}

//! From drafts (a speaker, a cue and content ranges) to finished claims:
//! text, quote, polarity, modality, numbers, dates, entities, treaty terms,
//! and a stable id.

use super::cues::{self, Cue};
use super::quotes::{self, Quote};
use super::speakers::Speaker;
use super::{dates, modality, numbers, posts, treaty};
use crate::gazetteer::{EntityKind, Gazetteer};
use crate::model::{Article, Claim, ClaimKind, Span};
use crate::segment::wordre::WordRegex;
use sha2::{Digest, Sha256};
use std::ops::Range;
use std::sync::LazyLock;

pub struct Draft {
    pub kind: ClaimKind,
    pub speaker: Option<Speaker>,
    pub mention: String,
    pub cue: Option<Cue>,
    pub cue_word: Option<String>,
    pub target: Option<String>,
    pub content: Vec<Range<usize>>,
    pub unit: Range<usize>,
    pub attribution: Option<Range<usize>>,
    /// The content is the speaker's own words (a transcript answer), quoted or not.
    pub verbatim: bool,
}

impl Draft {
    pub fn new(
        kind: ClaimKind,
        speaker: Speaker,
        mention: &str,
        cue: Option<Cue>,
        content: Vec<Range<usize>>,
        unit: Range<usize>,
    ) -> Draft {
        Draft {
            kind,
            speaker: Some(speaker),
            mention: mention.trim().to_string(),
            cue,
            cue_word: None,
            target: None,
            content,
            unit,
            attribution: None,
            verbatim: false,
        }
    }

    /// A quote of `speaker`'s own words, quoted or not: a transcript answer, a
    /// letter's paragraph, a credited quotation.
    pub fn verbatim(speaker: Speaker, mention: &str, content: Range<usize>, unit: Range<usize>) -> Draft {
        Draft { verbatim: true, ..Draft::new(ClaimKind::Quote, speaker, mention, None, vec![content], unit) }
    }

    /// Whether the draft was read from inside `range` of the body.
    pub fn within(&self, range: &Range<usize>) -> bool {
        self.unit.start >= range.start && self.unit.end <= range.end
    }
}

/// Makes `paragraph` a verbatim claim of `speaker` (a letter's writer, a printed speech's
/// speaker) in place of what was read from it without a speaker or as the speaker's own
/// "I" or "we"; what the paragraph reports of others stays theirs.
pub fn credit_paragraph(drafts: &mut Vec<Draft>, speaker: &Speaker, mention: &str, paragraph: Range<usize>) {
    let own = |d: &Draft| {
        d.speaker.as_ref().is_none_or(|s| s.name == speaker.name || s.name == "I")
            || matches!(d.mention.to_lowercase().as_str(), "i" | "we")
    };
    drafts.retain(|d| !(d.within(&paragraph) && own(d)));
    insert_in_order(drafts, Draft::verbatim(speaker.clone(), mention, paragraph.clone(), paragraph));
}

/// Puts `draft` among `drafts` in the order of the body, before the first read after it.
pub fn insert_in_order(drafts: &mut Vec<Draft>, draft: Draft) {
    let at = drafts.iter().position(|d| d.unit.start > draft.unit.start).unwrap_or(drafts.len());
    drafts.insert(at, draft);
}

static EVENT: LazyLock<WordRegex> = LazyLock::new(|| {
    WordRegex::new(
        r"\b(?:signed|met|visited|launched|fired|attacked|struck|deployed|sent|supplied|shipped|agreed|voted|approved|summoned|imposed|killed|arrived|held|reached|seized|captured|invaded|raised|cut|lowered|ruled|sentenced|passed|rejected)\b",
    )
});

/// A unit without a speaker that still states something checkable.
pub fn unattributed(body: &str, unit: Range<usize>, gaz: &Gazetteer) -> Option<Draft> {
    let text = &body[unit.clone()];
    let kind = if treaty::term(text, &[]).is_some() {
        ClaimKind::TreatyTerm
    } else if numbers::find_numbers(text).iter().any(|n| n.unit.is_some()) {
        ClaimKind::Statistic
    } else if let (Some(m), Some(v)) = (gaz.mentions(text).first(), EVENT.find(text)) {
        if m.start > 40 || v.start() < m.end || v.start() - m.end > 60 {
            return None;
        }
        ClaimKind::Event
    } else {
        return None;
    };
    Some(Draft {
        kind,
        speaker: None,
        mention: String::new(),
        cue: None,
        cue_word: None,
        target: None,
        content: vec![unit.clone()],
        unit,
        attribution: None,
        verbatim: false,
    })
}

/// Finished claims with ids unique within the article.
pub fn finish(article: &Article, gaz: &Gazetteer, top: &[&Quote], drafts: Vec<Draft>) -> Vec<Claim> {
    let key = article_key(article);
    let meta = &article.meta;
    let live = || posts::calls_itself_live(&meta.title, meta.url.as_deref().unwrap_or(""), &article.body);
    let posts = posts::Posts::new(&article.body, meta.published, live);
    let mut seen = rustc_hash::FxHashMap::default();
    drafts
        .into_iter()
        .map(|d| {
            let mut claim = build(article, gaz, top, &posts, d);
            let base = claim_id(&key, &claim);
            let n = seen.entry(base.clone()).or_insert(0);
            *n += 1;
            claim.id = if *n == 1 { base } else { format!("{base}-{n}") };
            claim
        })
        .collect()
}

fn build(article: &Article, gaz: &Gazetteer, top: &[&Quote], posts: &posts::Posts, d: Draft) -> Claim {
    let body = article.body.as_str();
    let text = content_text(body, &d.content);
    let quote = if d.verbatim { Some(text.clone()) } else { quotes_in(body, top, &d.content) };
    let kind = match d.kind {
        ClaimKind::Reported => {
            d.cue.and_then(|c| c.kind).unwrap_or(if quote.is_some() { ClaimKind::Quote } else { ClaimKind::Reported })
        }
        k => k,
    };
    let entities = entities(gaz, &body[d.unit.clone()]);
    let parties: Vec<String> =
        entities.iter().filter(|(_, k)| *k == EntityKind::Country).map(|(n, _)| n.clone()).collect();
    let start = d.content.iter().map(|r| r.start).min().unwrap_or(d.unit.start);
    let end = d.content.iter().map(|r| r.end).max().unwrap_or(d.unit.end);
    Claim {
        id: String::new(),
        kind,
        speaker: d.speaker.as_ref().map(|s| s.name.clone()),
        speaker_mention: Some(one_line(d.mention.trim_start_matches(|c: char| !c.is_alphanumeric())))
            .filter(|m| !m.is_empty()),
        cue: d.cue_word.clone().map(|w| w.to_lowercase()).or_else(|| d.cue.map(|c| c.lemma.to_string())),
        cameo: d.cue.and_then(|c| cues::refine_cameo(&c, &text)).map(String::from),
        target: d.target.clone(),
        polarity: modality::polarity(&text),
        modality: modality::modality(&text),
        // A statement or transcript is dated by its own publication.
        said_on: said_on(body, top, &d, article)
            .or_else(|| {
                (article.meta.kind == crate::model::ArticleKind::Primary && d.speaker.is_some())
                    .then(|| article.meta.published_date())
                    .flatten()
            })
            .or_else(|| d.speaker.is_some().then(|| posts.day_of(d.unit.start)).flatten())
            // "wrote on 4 July 1776": a date the store's check cannot tell from a misread
            // one is left out, so the claim is kept and `add` never refuses the article.
            .filter(|on| crate::clock::plausible(*on, article.meta.published_date().unwrap_or(*on))),
        numbers: numbers::find_numbers(&text),
        treaty: treaty::term(&text, &parties),
        entities: entities.into_iter().map(|(n, _)| n).collect(),
        sentence: one_line(&body[d.unit.clone()]),
        span: Span { start, end },
        quote,
        text,
        review: Default::default(),
    }
}

/// The date the statement was made: one stated outside quotation marks and
/// outside what was said ("since last August" dates an event, not the
/// statement), or one opening the content ("on Thursday that ...").
fn said_on(body: &str, top: &[&Quote], d: &Draft, article: &Article) -> Option<chrono::NaiveDate> {
    let unit = &body[d.unit.clone()];
    let at = |m: &dates::DateMention| d.unit.start + m.start..d.unit.start + m.end;
    let found = dates::find_dates(unit, article.meta.published_date());
    let near = quotes::overlapping(top, d.unit.clone());
    let quoted = |m: &dates::DateMention| near.iter().any(|q| q.outer.start <= at(m).start && at(m).end <= q.outer.end);
    let in_content = |m: &dates::DateMention| d.content.iter().any(|r| r.start <= at(m).start && at(m).end <= r.end);
    let opens_content = |m: &dates::DateMention| {
        d.content.iter().any(|r| r.start <= at(m).start && body[r.start..at(m).start].trim().is_empty())
    };
    let frames_content = |m: &dates::DateMention| d.content.iter().any(|r| framing(body, r, at(m)));
    // "said last year", "last month", "in August": a span, not the day the words were said.
    let a_day = |m: &&dates::DateMention| {
        let words = m.text.to_lowercase();
        !["week", "month", "year"].iter().any(|w| words.ends_with(w))
            && (words.bytes().any(|b| b.is_ascii_digit()) || !names_a_month_alone(&words))
    };
    found
        .iter()
        .filter(|m| !quoted(m))
        .filter(a_day)
        .find(|m| !in_content(m) || opens_content(m) || frames_content(m))
        .map(|m| m.date)
}

/// "last August", "next March": a month with no day.
fn names_a_month_alone(words: &str) -> bool {
    let last = words.rsplit(' ').next().unwrap_or("");
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december",
    ]
    .contains(&last)
}

/// "said on Facebook on Sunday: “…”", "in a post on Wednesday: …": a date inside the
/// content's opening phrase of where the words were said, before the colon that opens them.
fn framing(body: &str, content: &Range<usize>, date: Range<usize>) -> bool {
    const STOPS: [char; 9] = ['"', '“', '”', '«', '‘', '.', '?', '!', ':'];
    if !(content.start <= date.start && date.end <= content.end) {
        return false;
    }
    let (before, after) = (&body[content.start..date.start], &body[date.end..content.end]);
    let opener = before.split_whitespace().next().is_some_and(|w| {
        matches!(w, "on" | "in" | "at" | "to" | "via" | "during" | "a" | "an" | "after" | "before" | "while" | "with")
    });
    // Not a date of what the words are about: "about Tuesday's vote", "on the events of 1 March".
    let about = after.starts_with("'s")
        || after.starts_with("’s")
        || before.split_whitespace().next_back().is_some_and(|w| {
            matches!(w, "of" | "about" | "since" | "until" | "for" | "from" | "to" | "before" | "after" | "over")
        });
    opener && !about && !before.contains(STOPS) && after.find(':').is_some_and(|c| !after[..c].contains(STOPS))
}

fn entities(gaz: &Gazetteer, text: &str) -> Vec<(String, EntityKind)> {
    let mut out: Vec<(String, EntityKind)> = Vec::new();
    for m in gaz.mentions(text) {
        let e = gaz.entity(m.entity);
        if !out.iter().any(|(n, _)| n == &e.name) {
            out.push((e.name.clone(), e.kind));
        }
    }
    out
}

/// The claim's content as one line, with framing punctuation trimmed and a
/// content that is one whole quotation given without its marks.
pub(super) fn content_text(body: &str, content: &[Range<usize>]) -> String {
    let parts: Vec<String> =
        content.iter().map(|r| clean_piece(&one_line(&body[r.clone()]))).filter(|p| !p.is_empty()).collect();
    parts.join(" … ")
}

fn clean_piece(piece: &str) -> String {
    let mut s = piece.trim().trim_start_matches([',', ':', ';', '—', '–', '-', ' ']).trim();
    for lead in ["that ", "and "] {
        if let Some(rest) = s.strip_prefix(lead) {
            s = rest;
        }
    }
    let mut s = s.trim_end_matches([',', ';', ' ', '—']).to_string();
    for tail in [" and", " but", " as", " while", " whereas", ","] {
        if s.ends_with(tail) {
            s.truncate(s.len() - tail.len());
        }
    }
    strip_whole_quote(s.trim())
}

fn strip_whole_quote(s: &str) -> String {
    let opens = ['“', '"', '„', '«', '»', '‘', '\''];
    let Some(first) = s.chars().next() else {
        return String::new();
    };
    // „Wir kommen“, »Wir kommen«: German closes with another language's opening mark.
    let closes: &[char] = match first {
        '„' => &['”', '“'],
        // Swedish and Finnish copy closes »…» with the mark it opened with.
        '»' => &['«', '»'],
        _ => &['”', '"', '»', '’', '\''],
    };
    if !opens.contains(&first) {
        return s.to_string();
    }
    let inner = &s[first.len_utf8()..];
    // "“So our rule is the opposite. …": a paragraph of a quote that runs on
    // opens with a mark and never closes.
    if !inner.contains(closes) {
        return inner.trim().to_string();
    }
    let trimmed = inner.trim_end_matches(['.', ',', '!', '?']);
    let Some(last) = trimmed.chars().next_back() else {
        return s.to_string();
    };
    let body = trimmed.trim_end_matches(closes);
    if closes.contains(&last) && !body.contains(['“', '”', '"', '„', '«', '»']) {
        let inner = inner.trim_end_matches(['.', ',']).trim_end_matches(closes).trim_end_matches([',', '.']);
        return inner.trim().to_string();
    }
    s.to_string()
}

fn quotes_in(body: &str, top: &[&Quote], content: &[Range<usize>]) -> Option<String> {
    let (Some(from), Some(to)) = (content.iter().map(|r| r.start).min(), content.iter().map(|r| r.end).max()) else {
        return None;
    };
    let found: Vec<String> = quotes::overlapping(top, from..to)
        .iter()
        .filter(|q| content.iter().any(|r| r.start <= q.outer.start && q.outer.start < r.end))
        .map(|q| q.text(body).trim_end_matches(',').to_string())
        .filter(|t| !t.is_empty())
        .collect();
    (!found.is_empty()).then(|| found.join(" … "))
}

pub fn one_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, para) in text.split("\n\n").enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let para = para.trim();
        let para = if i > 0 { para.trim_start_matches(['“', '"', '‘']) } else { para };
        for (j, w) in para.split_whitespace().enumerate() {
            if j > 0 {
                out.push(' ');
            }
            out.push_str(w);
        }
    }
    out
}

fn article_key(article: &Article) -> String {
    let m = &article.meta;
    let date = m.published.map(|p| p.format("%Y-%m-%d").to_string()).unwrap_or_default();
    format!(
        "{}/{date}/{}/{}",
        crate::store::slug::slug(&m.story),
        crate::store::slug::slug(&m.outlet),
        crate::store::slug::slug(&m.title)
    )
}

/// Derived from the article and the claim's normalised content, so the same
/// claim keeps its id when the article is extracted again.
fn claim_id(article_key: &str, claim: &Claim) -> String {
    let mut h = Sha256::new();
    h.update(article_key.as_bytes());
    h.update([0]);
    h.update(claim.kind.as_str().as_bytes());
    h.update([0]);
    h.update(claim.speaker.as_deref().unwrap_or("").as_bytes());
    h.update([0]);
    h.update(crate::align::normalize(&claim.text).as_bytes());
    let digest = h.finalize();
    let hex: String = digest.iter().take(5).map(|b| format!("{b:02x}")).collect();
    format!("c-{hex}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trims_framing_and_whole_quotes() {
        assert_eq!(clean_piece(", that they are reconsidering and"), "they are reconsidering");
        assert_eq!(clean_piece("“We are ready,”"), "We are ready");
        assert_eq!(clean_piece("“this would be a very big mistake.”"), "this would be a very big mistake");
        assert_eq!(clean_piece("this is “incredibly concerning”"), "this is “incredibly concerning”");
        assert_eq!(clean_piece("»Wir bleiben hier,«"), "Wir bleiben hier");
        assert_eq!(clean_piece("»We are back and we will stay here,»"), "We are back and we will stay here");
    }

    /// The day the claim holding `words` was said, in `body` published on `published`.
    fn said_on_of(published: &str, body: &str, words: &str) -> Option<String> {
        let text = format!("---\noutlet: T\npublished: {published}T08:00:00\nstory: t\ntitle: T\n---\n{body}");
        let article = crate::ingest::ingest_text(&text, "t.txt", &Default::default()).expect("article");
        let claims = crate::extract::extract(&article, Gazetteer::builtin());
        claims.into_iter().find(|c| c.text.contains(words)).and_then(|c| c.said_on).map(|d| d.to_string())
    }

    #[test]
    fn a_date_in_the_words_opening_phrase_dates_the_statement() {
        let dated = |body: &str, words: &str| said_on_of("2024-11-14", body, words);
        let post = "Cholera\n\nThe Ministry of Information said in a post on Wednesday: \"There is no outbreak here.\"";
        assert_eq!(dated(post, "no outbreak"), Some("2024-11-13".into()));
        // A date of what was said is no date of saying it.
        let event = "Cholera\n\nThe Ministry of Information said cases rose on Wednesday: \"We are ready.\"";
        assert_eq!(dated(event, "cases rose"), None);
        let about = "Vote\n\nThe mayor said in an interview about Tuesday's vote: \"We lost fairly.\"";
        assert_eq!(dated(about, "lost fairly"), None);
        let events = "Crush\n\nThe club said in a statement on the events of 1 November: \"We are sorry.\"";
        assert_eq!(dated(events, "are sorry"), None);
    }

    #[test]
    fn a_week_month_or_year_is_no_day_the_words_were_said() {
        let dated = |body: &str| said_on_of("2025-04-02", body, "patchwork");
        assert_eq!(dated("Rail\n\nMark Ellison said last year the old timetable was a patchwork."), None);
        assert_eq!(dated("Rail\n\nMark Ellison said last month the old timetable was a patchwork."), None);
        assert_eq!(dated("Rail\n\nMark Ellison said in March the old timetable was a patchwork."), None);
        assert_eq!(
            dated("Rail\n\nMark Ellison said on Tuesday the old timetable was a patchwork."),
            Some("2025-04-01".into())
        );
        assert_eq!(
            dated("Rail\n\nMark Ellison said on 12 March the old timetable was a patchwork."),
            Some("2025-03-12".into())
        );
    }

    #[test]
    fn one_line_drops_continuation_marks() {
        assert_eq!(one_line("“First.\n\n“Second.”"), "“First. Second.”");
    }
}

//! Direct quotations: where quoted text starts and ends in an article body.
//!
//! Handles curly and straight double quotes, the low and angle marks of
//! continental copy („…”, „…“, «…»), British single quotes told apart
//! from apostrophes (Putin’s, don’t, ’90s), quotes nested in quotes, and
//! quotes running over several paragraphs, where each continuing paragraph
//! opens with a quote mark and only the last one closes. An unclosed quote
//! ends at its paragraph rather than swallowing the rest of the article.

use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// From the opening mark to just after the closing mark.
    pub outer: Range<usize>,
    /// The quoted words, without the marks (continuation marks stay inside).
    pub inner: Range<usize>,
    /// Inside another quotation ("NATO is already ‘moving’ there").
    pub nested: bool,
}

impl Quote {
    /// `Raymond "Ray" Kowalczyk`, `Darragh “The Hurricane” Foley`: a nickname
    /// inside a name, not a quotation.
    pub fn is_nickname(&self, body: &str) -> bool {
        // `Ghjuvan Battista « Battì » Mariani`: French marks stand apart from what they hold.
        let inner = body[self.inner.clone()].trim_matches([' ', '\u{a0}', '\u{202f}']);
        // `whom regulars call "Tako-nii," said`: the comma American style puts inside the marks.
        let inner = inner.strip_suffix(',').unwrap_or(inner);
        let words = inner.split(' ');
        let capitalised =
            |w: &str| w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-');
        // `Terrence "T.J." Boyd`: initials; `Héctor "el Turco" Saade`: an article before the nickname.
        let initials = |w: &str| w.len() <= 6 && w.ends_with('.') && w.split_terminator('.').all(|p| p.len() == 1);
        let article = |w: &str| matches!(w, "el" | "la" | "le" | "il" | "lo" | "the" | "al");
        let nick_word = |(i, w): (usize, &str)| capitalised(w) || initials(w) || i == 0 && article(w);
        let before = body[..self.outer.start].strip_suffix(' ').and_then(|b| b.rsplit([' ', '\n']).next());
        let rest = &body[self.outer.end..];
        let after = rest.strip_prefix(' ');
        // `Abdikarim Yusuf Hirsi "Dhagaweyne", on Monday`: after a name, closed by a comma or a
        // dash; `known locally as "Muse Gaab",`, `nicknamed "Oury Mine" by`: after its cue.
        let closed = rest.starts_with(',') || rest.starts_with(" -") || rest.starts_with(" –");
        // `Hendrika "Riek" van der Meulen`: a surname opening on its particles.
        let surname_after = after.is_some_and(|a| {
            let mut words = a.split(' ').skip_while(|w| crate::extract::speakers::lexicon::PARTICLES.contains(w));
            a.starts_with(char::is_lowercase) && words.next().is_some_and(|w| w.starts_with(char::is_uppercase))
        });
        let named_before = before.is_some_and(|w| capitalised(w.trim_end_matches('.')));
        let cued = before.is_some_and(|w| matches!(w, "as" | "nicknamed" | "dubbed"));
        // `Kang, whom islanders call "the crab boss," warned`: what people call a person
        // they were just told about, in any case.
        let prior: Vec<&str> = body[..self.outer.start].split_whitespace().rev().take(4).collect();
        let called = before.is_some_and(|w| matches!(w, "call" | "calls")) && prior.contains(&"whom");
        let small = |w: &str| w.chars().all(|c| c.is_alphabetic() || c == '-');
        if called && inner.len() <= 25 && words.clone().count() <= 4 && words.clone().all(small) {
            return true;
        }
        inner.len() <= 25
            && words.clone().count() <= 3
            && words.clone().enumerate().all(nick_word)
            && words.clone().any(|w| !article(w))
            && (named_before && (after.is_some_and(|a| a.starts_with(char::is_uppercase)) || surname_after || closed)
                || cued)
    }

    /// A nickname or a title: quote marks that name something rather than quote anybody.
    pub fn names_something(&self, body: &str) -> bool {
        self.is_nickname(body) || self.is_title(body)
    }

    /// `a panel titled “Capital with Purpose”`, `a report entitled “…”`: the
    /// name of a work or an event, whoever is quoted around it.
    fn is_title(&self, body: &str) -> bool {
        let before = body[..self.outer.start].trim_end();
        ["titled", "entitled", "headlined", "headed"].iter().any(|w| {
            before.strip_suffix(w).is_some_and(|b| b.is_empty() || b.ends_with(|c: char| !c.is_alphanumeric()))
        })
    }

    /// The quoted words as one line: paragraph breaks and continuation marks removed.
    pub fn text(&self, body: &str) -> String {
        let raw = &body[self.inner.clone()];
        let mut out = String::with_capacity(raw.len());
        for (i, para) in raw.split("\n\n").enumerate() {
            let para = para.trim();
            let para = if i > 0 { para.trim_start_matches(['“', '"', '„', '«', '»', '‘', '\'']) } else { para };
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&para.split_whitespace().collect::<Vec<_>>().join(" "));
        }
        out
    }

    pub fn word_count(&self, body: &str) -> usize {
        body[self.inner.clone()].split_whitespace().count()
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    Double,
    Single,
}

struct Open {
    start: usize,
    /// Byte length of the opening mark.
    len: usize,
    mark: Mark,
    /// The mark that opened it: German copy closes „ with “ and » with «.
    opener: char,
}

/// All quotations in `body`, in order of their opening mark.
pub fn find(body: &str) -> Vec<Quote> {
    let chars: Vec<(usize, char)> = body.char_indices().collect();
    let mut stack: Vec<Open> = Vec::new();
    let mut out: Vec<Quote> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        let prev = if i > 0 { Some(chars[i - 1].1) } else { None };
        let next = chars.get(i + 1).map(|&(_, c)| c);
        if c == '\n' && next == Some('\n') {
            i = paragraph_break(body, &chars, i, &mut stack, &mut out);
            continue;
        }
        let next2 = chars.get(i + 2).map(|&(_, c)| c);
        match classify(c, prev, (next, next2), &stack) {
            Role::Open(mark) => stack.push(Open { start: pos, len: c.len_utf8(), mark, opener: c }),
            Role::Close(mark) => close(&mut stack, &mut out, mark, pos, pos + c.len_utf8()),
            Role::Neither => {}
        }
        i += 1;
    }
    let end = body.len();
    while let Some(open) = stack.pop() {
        push(&mut out, &stack, &open, end, end);
    }
    dash_quotes(body, &mut out);
    out.sort_by_key(|q| q.outer.start);
    out
}

/// "- This is the worst start to a season I have seen, says Hjelle.": the
/// Scandinavian (and French, Spanish, Russian) paragraph that opens with a dash
/// is a quotation, up to the comma before its cue or to the paragraph's end.
/// The comma, or the final stop, stands as the closing mark.
fn dash_quotes(body: &str, out: &mut Vec<Quote>) {
    let paragraphs = crate::segment::paragraphs(body);
    for (at, para) in paragraphs.iter().enumerate() {
        let open = para.start;
        let text = &body[para.clone()];
        if spanish_dash_quote(text, open, out) {
            continue;
        }
        let Some(rest) = dashed(text) else { continue };
        // "— Where will the traders work during construction?" over "— A temporary pavilion
        // …": an interview set in dashes, whose questions are the interviewer's. Only where
        // questions and answers alternate: not a speaker's own question among their words.
        let dash_at = |i: usize| paragraphs.get(i).and_then(|p| dashed(&body[p.clone()]));
        let asks = |i: usize| dash_at(i).is_some_and(|t| t.trim_end().ends_with('?'));
        let answers = |i: usize| dash_at(i).is_some_and(|t| !t.trim_end().ends_with('?'));
        let alternates = at.checked_sub(1).is_some_and(answers) || asks(at + 2);
        if text.ends_with('?') && answers(at + 1) && alternates {
            continue;
        }
        if !rest.starts_with(char::is_uppercase)
            || rest.split_whitespace().count() < 6
            || !text.ends_with(['.', '!', '?'])
        {
            continue;
        }
        let inner_start = open + (text.len() - rest.len());
        let cue_comma = rest.match_indices(", ").map(|(i, _)| i).find(|&i| cue_follows(&rest[i + 2..]));
        // The comma, a dash before the cue, or the last character closes the quotation.
        let (inner_end, outer_end) = match (cue_comma, cue_dash(rest)) {
            (Some(i), _) => (inner_start + i, inner_start + i + 1),
            (None, Some((i, dash))) => (inner_start + i, inner_start + i + dash.trim_end().len()),
            // "- The Kenya Meteorological Department said in August that …": a bulleted report, not a quotation.
            (None, None) if reports_itself(rest) && listed(body, &paragraphs, at) => continue,
            (None, None) => (open + text.len() - 1, open + text.len()),
        };
        let outer = open..outer_end;
        for q in out.iter_mut().filter(|q| outer.start <= q.outer.start && q.outer.end <= outer.end) {
            q.nested = true;
        }
        out.push(Quote { outer, inner: inner_start..inner_end, nested: false });
    }
}

/// Whether the paragraph at `start` opens with a dash and the one before it is
/// a question set in a dash: an answer in an interview so set.
pub fn after_dashed_question(body: &str, start: usize) -> bool {
    let before = body[..start].trim_end();
    let question = &before[before.rfind('\n').map_or(0, |i| i + 1)..];
    dashed(&body[start..]).is_some() && dashed(question).is_some() && question.ends_with('?')
}

/// Whether a dashed paragraph opens on a named subject and its cue ("The Kenya
/// Meteorological Department said …", "Nakuru County says …"): a list's item that
/// reports, where a quotation would be someone's own words. Not "I said to him", "Yes. We wrote …".
fn reports_itself(rest: &str) -> bool {
    let words: Vec<&str> = rest.split_whitespace().take(8).collect();
    let Some(cue) = words.iter().position(|w| is_cue_word(w)) else { return false };
    let subject = &words[..cue];
    let named = |w: &&str| {
        (w.starts_with(char::is_uppercase) || matches!(*w, "of" | "and" | "for" | "the"))
            && !w.ends_with([',', '.', '?', '!', ':'])
            && !matches!(*w, "I" | "We" | "You" | "He" | "She" | "They" | "It")
    };
    !subject.is_empty() && subject.iter().all(named)
}

/// Whether the dashed paragraph at `at` is an item of a list: one sentence, in a run of
/// dashed paragraphs under a heading ("BACKGROUND", "Key facts:"). Not a run of dash
/// quotations in Scandinavian or Polish copy, which a speaker's introduction precedes.
fn listed(body: &str, paragraphs: &[std::ops::Range<usize>], at: usize) -> bool {
    let text = body[paragraphs[at].clone()].trim_end();
    let one_sentence = !text[..text.len().saturating_sub(1)].contains(". ");
    let first = (0..=at).rev().take_while(|&i| dashed(&body[paragraphs[i].clone()]).is_some()).last().unwrap_or(at);
    let heading = first
        .checked_sub(1)
        .map(|i| body[paragraphs[i].clone()].trim_end())
        .is_some_and(|h| h.ends_with(':') || h.chars().any(char::is_alphabetic) && !h.chars().any(char::is_lowercase));
    one_sentence && heading
}

/// The range inside the marks of a text that is one quotation in double marks and
/// nothing else: no closing mark or line break inside, so no narration between two quotes.
pub(super) fn sole_quotation(text: &str) -> Option<Range<usize>> {
    let open = text.chars().next().filter(|c| matches!(c, '"' | '“'))?;
    let close = text.chars().last().filter(|c| matches!(c, '"' | '”'))?;
    let inner = open.len_utf8()..text.len().checked_sub(close.len_utf8())?;
    let words = text.get(inner.clone())?;
    (!words.contains(['"', '”', '\n']) && !words.trim().is_empty()).then_some(inner)
}

/// The text after the dash a paragraph opens with, if it does.
fn dashed(text: &str) -> Option<&str> {
    ["- ", "– ", "— "].iter().find_map(|d| text.strip_prefix(d))
}

/// A cue verb, whatever stop or comma ends it.
fn is_cue_word(w: &str) -> bool {
    crate::extract::cues::lookup(w.trim_end_matches(['.', ',', '!', '?'])).is_some()
}

/// What follows the comma that closes a dash quotation: the cue and who
/// ("says Karen Sonne", "says skipper Mogens Ipsen, 49", "he says"), or who and
/// the cue at the sentence's end ("Westh says.", "Karen Margrethe Sonne says.").
fn cue_follows(after: &str) -> bool {
    let who = |w: &str| w.starts_with(char::is_uppercase) || matches!(w, "he" | "she" | "they");
    let words: Vec<&str> = after.split_whitespace().take(5).collect();
    match words.as_slice() {
        // "says communications director Pernille Kjær Thomsen": up to two words written small.
        [cue, next, rest @ ..] if is_cue_word(cue) => {
            let small = |w: &str| w.chars().all(char::is_lowercase);
            let named = rest.iter().take(2).find(|w| !small(w)).is_some_and(|w| who(w));
            who(next) || small(next) && named
        }
        _ => {
            let name = words.iter().take_while(|w| who(w) && !is_cue_word(w)).count();
            (1..=4).contains(&name) && words.get(name).is_some_and(|w| is_cue_word(w) && w.ends_with(['.', '!', '?']))
        }
    }
}

/// "- We are saving it - argues the starost.", "- … it was all over - the
/// 41-year-old recounts.": Polish (and Czech, Russian) copy closes a dash
/// quotation with another dash before the cue. The last such dash whose
/// short tail holds a cue word near its start or at its end, and the dash.
fn cue_dash(rest: &str) -> Option<(usize, &'static str)> {
    [" - ", " – ", " — "]
        .iter()
        .flat_map(|d| rest.match_indices(d).map(move |(i, _)| (i, *d)))
        .filter(|&(i, d)| {
            let tail: Vec<&str> = rest[i + d.len()..].split_whitespace().collect();
            let opens_on_cue = tail.iter().take(2).any(|w| is_cue_word(w));
            let closes_on_cue = tail.len() <= 4 && tail.last().is_some_and(|w| is_cue_word(w));
            tail.len() <= 30 && (opens_on_cue || closes_on_cue)
        })
        .max_by_key(|&(i, _)| i)
}

/// "—We have nothing to hide —Quispe Mamani stated—, but a dialogue cannot
/// take place with the road blocked.": Spanish copy opens a quotation with a
/// dash against its first word and sets the cue off between dashes, the
/// quotation going on after it. Returns whether `text` was one.
fn spanish_dash_quote(text: &str, open: usize, out: &mut Vec<Quote>) -> bool {
    let Some(rest) = text.strip_prefix('—').filter(|r| r.starts_with(char::is_uppercase)) else { return false };
    if rest.split_whitespace().count() < 4 {
        return false;
    }
    let inner_start = open + '—'.len_utf8();
    // " —said Wilber Huamaní Ccori", " —the officer specified.": the cue after a dash and a space.
    let Some(cue) = rest.find(" —").filter(|&i| rest[i + 4..].starts_with(char::is_alphabetic)) else {
        if text.ends_with(['.', '!', '?']) {
            out.push(Quote {
                outer: open..open + text.len(),
                inner: inner_start..open + text.len() - 1,
                nested: false,
            });
        }
        return true;
    };
    let cue_at = inner_start + cue;
    out.push(Quote { outer: open..cue_at + 4, inner: inner_start..cue_at, nested: false });
    // "—, but …": the quotation goes on after the dash that closes the cue.
    let after = &rest[cue + 4..];
    if let Some(close) = after.find("—, ").filter(|_| text.ends_with(['.', '!', '?'])) {
        let start = cue_at + 4 + close + "—, ".len();
        if open + text.len() > start + 1 {
            out.push(Quote { outer: start - 2..open + text.len(), inner: start..open + text.len() - 1, nested: false });
        }
    }
    true
}

enum Role {
    Open(Mark),
    Close(Mark),
    Neither,
}

/// `next` is the character after `c` and the one after that.
fn classify(c: char, prev: Option<char>, (next, next2): (Option<char>, Option<char>), stack: &[Open]) -> Role {
    let open_double = stack.iter().any(|o| o.mark == Mark::Double);
    let top_single = stack.last().is_some_and(|o| o.mark == Mark::Single);
    let after_space = prev.is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '[' | '—' | '–' | '-' | '“' | '"'));
    let letter_next = next.is_some_and(|n| n.is_alphanumeric() || matches!(n, '…' | '.' | '[' | '$' | '£' | '€'));
    // „Wir kommen“, »Wir kommen«: German copy closes with another language's opening mark.
    let opener = stack.iter().rev().find(|o| o.mark == Mark::Double).map(|o| o.opener);
    match c {
        '“' if opener == Some('„') => Role::Close(Mark::Double),
        '«' if opener == Some('»') => Role::Close(Mark::Double),
        '“' | '„' | '«' => Role::Open(Mark::Double),
        '”' | '»' if open_double => Role::Close(Mark::Double),
        '»' if letter_next => Role::Open(Mark::Double),
        // ”Nobody is naive,” she said: Swedish and Finnish copy opens with the closing mark.
        '”' if after_space && letter_next => Role::Open(Mark::Double),
        '"' if open_double && !(after_space && letter_next && !stack.is_empty() && top_single) => {
            Role::Close(Mark::Double)
        }
        '"' => Role::Open(Mark::Double),
        // Not "O‘Neill", "Hawai‘i": a mark inside a word.
        '‘' if (letter_next || next == Some('“')) && !prev.is_some_and(char::is_alphanumeric) => {
            Role::Open(Mark::Single)
        }
        '’' | '\''
            if top_single && !next.is_some_and(char::is_alphanumeric) && !prev.is_some_and(char::is_whitespace) =>
        {
            Role::Close(Mark::Single)
        }
        // A lone " 's " is a clitic; "'signed off'" opens a quote.
        '\'' if after_space
            && letter_next
            && !next.is_some_and(|n| n.is_ascii_digit())
            && (next != Some('s') || next2.is_some_and(char::is_alphabetic)) =>
        {
            Role::Open(Mark::Single)
        }
        _ => Role::Neither,
    }
}

fn close(stack: &mut Vec<Open>, out: &mut Vec<Quote>, mark: Mark, at: usize, after: usize) {
    // Close the innermost quote of this kind; anything opened inside it and
    // left open was not a quote after all (an apostrophe, a typo).
    if let Some(idx) = stack.iter().rposition(|o| o.mark == mark) {
        stack.truncate(idx + 1);
        let open = stack.pop().expect("index is in range");
        push(out, stack, &open, at, after);
    }
}

fn push(out: &mut Vec<Quote>, stack: &[Open], open: &Open, inner_end: usize, outer_end: usize) {
    let inner_start = open.start + open.len;
    if inner_start <= inner_end {
        out.push(Quote { outer: open.start..outer_end, inner: inner_start..inner_end, nested: !stack.is_empty() });
    }
}

/// At a blank line: a quote left open continues if the next paragraph opens
/// with a quote mark of the same kind; otherwise it ends with its paragraph.
fn paragraph_break(
    body: &str,
    chars: &[(usize, char)],
    mut i: usize,
    stack: &mut Vec<Open>,
    out: &mut Vec<Quote>,
) -> usize {
    let para_end = trim_end_pos(body, chars[i].0);
    while i < chars.len() && chars[i].1.is_whitespace() {
        i += 1;
    }
    let continues = match (stack.last(), chars.get(i)) {
        (Some(open), Some(&(_, c))) => match open.mark {
            Mark::Double => matches!(c, '“' | '"' | '„' | '«' | '»'),
            Mark::Single => matches!(c, '‘' | '\''),
        },
        _ => false,
    };
    // A quote that runs on into the next paragraph ends with this one: each
    // paragraph is a statement of its own, and the next reopens the quote.
    let reopen = stack.first().filter(|_| continues).map(|o| o.mark);
    while let Some(open) = stack.pop() {
        push(out, stack, &open, para_end, para_end);
    }
    match reopen {
        Some(mark) => {
            stack.push(Open { start: chars[i].0, len: chars[i].1.len_utf8(), mark, opener: chars[i].1 });
            i + 1
        }
        None => i,
    }
}

fn trim_end_pos(body: &str, pos: usize) -> usize {
    body[..pos].trim_end().len()
}

/// Quotes that are not inside another quote.
pub fn top_level(quotes: &[Quote]) -> impl Iterator<Item = &Quote> {
    quotes.iter().filter(|q| !q.nested)
}

/// The quotes of `top` (top-level, so disjoint, and sorted by start) that
/// overlap `range`, found by binary search: a long article has thousands
/// of quotes, and looking through all of them for every sentence and claim
/// made extraction quadratic.
pub fn overlapping<'a, 'q>(top: &'a [&'q Quote], range: std::ops::Range<usize>) -> &'a [&'q Quote] {
    let from = top.partition_point(|q| q.outer.end <= range.start);
    let to = top.partition_point(|q| q.outer.start < range.end).max(from);
    &top[from..to]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn continental_marks_open_and_close_quotations() {
        let texts = |body: &str| find(body).iter().map(|q| q.text(body)).collect::<Vec<_>>();
        assert_eq!(texts("„The law sets a minimum,” said Fülöp."), ["The law sets a minimum,"]);
        assert_eq!(texts("„Wir kommen“, sagte er. „Heute.“"), ["Wir kommen", "Heute."]);
        assert_eq!(texts("»We restock it,« said von Schönberg. »Gone.«"), ["We restock it,", "Gone."]);
        assert_eq!(texts("«Oui», dit-il. «Non.»"), ["Oui", "Non."]);
        assert_eq!(
            texts("« Peace is not only the absence of gunfire », he said."),
            ["Peace is not only the absence of gunfire"]
        );
        assert_eq!(texts("«We met them. „Never“, they said», he said."), ["We met them. „Never“, they said", "Never"]);
        // A quotation over two paragraphs, each opened by an angle mark.
        assert_eq!(texts("«First part.\n\n«Second part», he said."), ["First part.", "Second part"]);
        assert_eq!(texts("”Nobody is naive,” she said. ”But no.”"), ["Nobody is naive,", "But no."]);
        assert_eq!(texts("He said: ”Yes”, and left ” a stray."), ["Yes"]);
    }

    #[test]
    fn titles_name_something() {
        let names = |body: &str| find(body).iter().map(|q| q.names_something(body)).collect::<Vec<_>>();
        assert_eq!(names("A panel titled \"Capital with Purpose\" met. She said \"we grew\"."), [true, false]);
        assert_eq!(names("The report, entitled “Dry Years”, was out."), [true]);
        assert_eq!(names("He untitled \"this\" here."), [false]);
    }

    fn texts(body: &str) -> Vec<String> {
        find(body).iter().map(|q| q.text(body)).collect()
    }

    #[test]
    fn a_nickname_inside_a_name_is_no_quotation() {
        let nick = |body: &str| find(body).iter().map(|q| q.is_nickname(body)).collect::<Vec<_>>();
        assert_eq!(nick("Its president, Raymond \"Ray\" Kowalczyk, warned."), [true]);
        assert_eq!(nick("Her ex Darragh “The Hurricane” Foley spoke."), [true]);
        assert_eq!(nick("Trump called it “Fake News” Monday."), [false]);
        assert_eq!(nick("The party said “No” to the plan."), [false]);
        assert_eq!(nick("The minister, Abdikarim Yusuf Hirsi \"Dhagaweyne\", on Monday rejected it."), [true]);
        assert_eq!(nick("Muse Ali Jibril, known locally as \"Muse Gaab\", said prices fell."), [true]);
        assert_eq!(nick("Bah, nicknamed “Oury Mine” by his comrades, spoke."), [true]);
        assert_eq!(nick("Hendrika \"Riek\" van der Meulen spoke."), [true]);
        assert_eq!(nick("Hendrika \"Riek\" is what they call her."), [false]);
        assert_eq!(nick("The minister called it \"Nonsense\", then left."), [false]);
        assert_eq!(nick("Athletic director Terrence \"T.J.\" Boyd denied it."), [true]);
        assert_eq!(nick("Héctor \"el Turco\" Saade, its leader, replied."), [true]);
        assert_eq!(nick("They chanted \"the End\" Monday."), [false]);
        assert_eq!(nick("Ghjuvan Battista « Battì » Mariani, its president, argued."), [true]);
        // What people call somebody, the comma inside the marks; not a minister's phrase.
        assert_eq!(nick("Kang, whom islanders call \"the crab boss,\" warned."), [true]);
        assert_eq!(nick("Matsuda, whom regulars call \"Tako-nii,\" said so."), [true]);
        assert_eq!(nick("The minister would call \"a disaster for the island\" any delay."), [false]);
    }

    #[test]
    fn spanish_copy_sets_the_cue_between_dashes() {
        let body = "Intro.\n\n—We have nothing to hide. We invite the leaders to look —Quispe Mamani stated—, but a \
                    dialogue cannot take place with the road blocked.\n\n—The lagoon is our mother, and it is dry.\n\n\
                    —Nobody wins with a death —said the bishop.\n\n—Sí.";
        let top: Vec<String> = find(body).iter().filter(|q| !q.nested).map(|q| q.text(body)).collect();
        assert_eq!(
            top,
            [
                "We have nothing to hide. We invite the leaders to look",
                "but a dialogue cannot take place with the road blocked",
                "The lagoon is our mother, and it is dry",
                "Nobody wins with a death"
            ]
        );
    }

    #[test]
    fn polish_copy_closes_a_dash_quotation_with_a_dash_before_the_cue() {
        let body = "Intro.\n\n- We are not closing the hospital, we are saving it - argues the starost.\n\n\
                    - Nobody told us anything. By 3 pm it was all over - the 41-year-old recounts.\n\n\
                    - The ward - which opened in 1974 - will shut on Monday and move to Gubin.";
        let top: Vec<String> = find(body).iter().filter(|q| !q.nested).map(|q| q.text(body)).collect();
        assert_eq!(
            top,
            [
                "We are not closing the hospital, we are saving it",
                "Nobody told us anything. By 3 pm it was all over",
                "The ward - which opened in 1974 - will shut on Monday and move to Gubin"
            ]
        );
    }

    #[test]
    fn an_interview_s_question_set_in_a_dash_is_no_quotation() {
        let body = "The mayor answered our questions.\n\n— Where will the traders work during construction?\n\n\
                    — A temporary pavilion will be built on the old bus station.\n\n\
                    — Is that all you will say to them?";
        let top: Vec<String> = find(body).iter().filter(|q| !q.nested).map(|q| q.text(body)).collect();
        assert_eq!(
            top,
            ["A temporary pavilion will be built on the old bus station", "Is that all you will say to them"]
        );
        // A speaker's own question among their words, with no answers around it, stays.
        let own = "Hjelle asks:\n\n- How can a child learn anything at eight degrees?\n\n\
                   - Nobody in the ministry has an answer to that, says skipper Mogens Ipsen.";
        assert_eq!(find(own).iter().filter(|q| !q.nested).count(), 2);
        let answer = body.find("— A temporary").unwrap();
        assert!(after_dashed_question(body, answer));
        assert!(!after_dashed_question(body, body.find("— Where").unwrap()));
    }

    #[test]
    fn a_paragraph_opening_on_a_dash_is_a_quotation() {
        let body = "Intro.\n\n- This is the worst start to a season I have seen, says Hjelle, who leads them.\n\n\
                    - When the minister talks about a \"robust\" fleet, she means fewer boats.\n\n- Home\n\n\
                    - A list item of no more than five words";
        let top: Vec<String> = find(body).iter().filter(|q| !q.nested).map(|q| q.text(body)).collect();
        assert_eq!(
            top,
            [
                "This is the worst start to a season I have seen",
                "When the minister talks about a \"robust\" fleet, she means fewer boats"
            ]
        );
        // Who, then the cue, or the cue and a trade written small before the name.
        let body = "Intro.\n\n– The pilots are trained for exactly this, Westh says.\n\n\
                    – One second we were there, the next we were gone, says skipper Mogens Ipsen, 49.";
        let top: Vec<String> = find(body).iter().filter(|q| !q.nested).map(|q| q.text(body)).collect();
        assert_eq!(top, ["The pilots are trained for exactly this", "One second we were there, the next we were gone"]);
    }

    #[test]
    fn curly_and_straight() {
        assert_eq!(texts("He said “yes” and \"no\"."), ["yes", "no"]);
    }

    #[test]
    fn british_singles_and_apostrophes() {
        let body = "Putin’s aide said he will ‘not rule out’ it, don’t you think? It was the ’90s.";
        assert_eq!(texts(body), ["not rule out"]);
        // An opening mark inside a word is an apostrophe or an ʻokina, not a quotation.
        let body = "Michelle O‘Neill said the plan was ‘good’. Hawai‘i Gov. Josh Green agreed.";
        assert_eq!(texts(body), ["good"]);
    }

    #[test]
    fn overlapping_finds_what_a_full_scan_finds() {
        let body = "He said “one” and “two ‘inner’ three”.\n\n“Four.”\n\nShe said “five”, then “six”.";
        let qs = find(body);
        let top: Vec<&Quote> = top_level(&qs).collect();
        for start in 0..body.len() {
            for end in start..=body.len().min(start + 30) {
                let fast: Vec<_> = overlapping(&top, start..end).iter().map(|q| q.outer.clone()).collect();
                let slow: Vec<_> = top
                    .iter()
                    .filter(|q| q.outer.start < end && q.outer.end > start)
                    .map(|q| q.outer.clone())
                    .collect();
                // An empty range overlaps nothing in the scan; the search may return a neighbour.
                if start < end {
                    assert_eq!(fast, slow, "{start}..{end}");
                }
            }
        }
    }

    #[test]
    fn nested_quotes_are_marked() {
        let body = "He said: “NATO is already ‘moving’ there.”";
        let q = find(body);
        assert_eq!(q.len(), 2);
        assert!(!q[0].nested && q[1].nested);
        assert_eq!(q[1].text(body), "moving");
    }

    #[test]
    fn a_quote_over_paragraphs_is_one_per_paragraph() {
        let body = "He said, “First part.\n\n“Second part.\n\n“Third part.”\n\nNext paragraph.";
        assert_eq!(texts(body), ["First part.", "Second part.", "Third part."]);
    }

    #[test]
    fn unclosed_quote_ends_with_paragraph() {
        let body = "He said “open and never closed.\n\nPlain paragraph with “a quote”.";
        assert_eq!(texts(body), ["open and never closed.", "a quote"]);
    }

    #[test]
    fn straight_single_quotes() {
        assert_eq!(texts("It's a 'big deal' for the crowd's sake, in the '90s."), ["big deal"]);
        assert_eq!(texts("Boss 'signed off on tender', court hears"), ["signed off on tender"]);
    }
}

//! Segmentation: paragraphs and sentences of an article body, as byte spans.
//!
//! Spans, not copies, so every later stage can point back into the body.
//! Abbreviations ("U.S.", "Mr.", "Gen.", "Jan.") and initials do not end a
//! sentence; a full stop inside an open quote is left to the extractor, which
//! merges sentences that a quotation holds together.

pub mod calendar;
pub mod wordre;
pub mod wordset;

use crate::segment::wordset::WordSet;
use std::ops::Range;

/// A paragraph of the body: a run of lines between blank lines.
pub fn paragraphs(body: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut offset = 0;
    for line in body.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        if content.trim().is_empty() {
            if let Some(s) = start.take() {
                out.push(s..end);
            }
        } else {
            if start.is_none() {
                start = Some(offset + (content.len() - content.trim_start().len()));
            }
            end = offset + content.trim_end().len();
        }
        offset += line.len();
    }
    if let Some(s) = start {
        out.push(s..end);
    }
    out
}

static ABBREVIATIONS: WordSet = WordSet::new(&[
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "gov", "sen", "rep", "st",
    "rev", "hon", "jr", "sr", "inc", "ltd", "co", "corp", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "approx", "dept", "est", "fig", "maj", "pres", "u.s", "u.k",
    "u.n", "e.u", "a.m", "p.m", "insp", "supt", "cllr", "det", "cpl", "pte", "brig", "cdr", "ma", "ch", "md", "mohd",
    "rs", "ir", "msgr", "engr", "hab", "med", "eng", "adv", "barr", "asst", "pst", "mgr", "judr", "mudr", "phdr",
    "dott", "avv", "ul", "vul", "mec", "cde", "clr", "arq", "mtro", "mtra", "ing", "fr", "hj", "lic", "iur", "mag",
    "dipl", "arch", "smt", "sau", "atty", "dra", "sra", "srta", "licda", "lcda", "lcdo", "profa", "pharm", "dcn",
    "surv",
]);

/// "Ye. Sadvakassov", "Zh. Abenov", "Ts. Ganzul": initials of Cyrillic names take two Latin letters;
/// "Quincy Th. Girigorie": a Dutch one too.
/// Words that open a sentence and are never a surname after an initial.
/// Only a person's pronoun: "Vitamin D. They said", "Group C. They" and "said Thomas R. It was"
/// stay as they are.
const SENTENCE_OPENERS_AFTER_INITIAL: [&str; 2] = ["She", "He"];

pub const TRANSLITERATED_INITIALS: [&str; 8] = ["Ye", "Yu", "Ya", "Zh", "Sh", "Kh", "Th", "Ts"];

/// Sentences inside `range` of `text`, trimmed of surrounding whitespace.
pub fn sentences(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let slice = &text[range.clone()];
    let mut out = Vec::new();
    let mut start = past_clock_line(&mut out, slice, 0, range.start);
    let chars: Vec<(usize, char)> = slice.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        // "Key points:\n- Four arrested after guardhouse set alight, police say\n- …": each item
        // of a bulleted list, which no stop ends, is a sentence of its own.
        let listed = || bullet_item(slice, pos + 1).filter(|_| starts_list_item(slice, pos));
        if let Some(item) = (c == '\n').then(listed).flatten() {
            push_trimmed(&mut out, slice, start, pos, range.start);
            start = item;
            while i < chars.len() && chars[i].0 < start {
                i += 1;
            }
            continue;
        }
        if matches!(c, '.' | '!' | '?') {
            let mut j = i + 1;
            while j < chars.len() && is_closer(chars[j].1) {
                j += 1;
            }
            let at_space = j < chars.len() && chars[j].1.is_whitespace();
            if at_space && starts_sentence(&chars, j) && !(c == '.' && is_abbreviation(slice, pos)) {
                let end = if j < chars.len() { chars[j].0 } else { slice.len() };
                push_trimmed(&mut out, slice, start, end, range.start);
                start = past_clock_line(&mut out, slice, end, range.start);
            }
            i = j;
            while i < chars.len() && chars[i].0 < start {
                i += 1;
            }
            continue;
        }
        i += 1;
    }
    push_trimmed(&mut out, slice, start, slice.len(), range.start);
    out
}

/// Whether the bulleted line after the line break at `newline` is an item of a list, a
/// sentence of its own: after another item, a heading ("Key points", "In brief:") or a
/// sentence's end, and in a run of two items at least. Not a dash starting a wrapped line
/// ("said the plan\n– which was approved last year – would"), nor the items of a statement
/// that introduces them ("The agency said:\n- winds of up to 130km/h …").
fn starts_list_item(slice: &str, newline: usize) -> bool {
    let before = slice[..newline].trim_end_matches('\r');
    let line = &before[before.rfind('\n').map_or(0, |i| i + 1)..];
    let after = &slice[newline + 1..];
    let next_line = after.split_once('\n').map(|(_, rest)| rest);
    let item_before = bullet_item(line, 0).is_some();
    let item_after = next_line.is_some_and(|next| bullet_item(next, 0).is_some());
    if !(item_before || item_after) {
        return false;
    }
    // The intro of the run of items this one belongs to: the first line above that is no item.
    let intro = before.lines().rev().find(|l| bullet_item(l, 0).is_none()).unwrap_or("").trim();
    let introduces_statement = intro.strip_suffix(':').is_some_and(|head| {
        let last = head.rsplit(' ').next().unwrap_or("");
        matches!(last, "said" | "says" | "that" | "to" | "warned" | "added" | "announced" | "urged" | "stated")
    });
    let heading = intro.split_whitespace().count() <= 5 || intro.ends_with([':', '.', '!', '?']);
    !introduces_statement && (item_before || heading)
}

/// Where the item starts when a bulleted line ("- ", "• ", "* ") starts at `from`.
/// Not a dash of dialogue ("— Vamos", an em dash).
pub fn bullet_item(slice: &str, from: usize) -> Option<usize> {
    let rest = &slice[from..];
    let line = rest.trim_start_matches([' ', '\t']);
    let marker = line.chars().next().filter(|c| matches!(c, '-' | '–' | '•' | '*' | '·' | '▪' | '►' | '▸'))?;
    let after = &line[marker.len_utf8()..];
    after.starts_with(' ').then(|| from + (rest.len() - line.len()) + marker.len_utf8() + 1)
}

fn is_closer(c: char) -> bool {
    // '“' closes German „…“ copy and '«' German »…«; '»' French and Italian «…».
    matches!(c, '"' | '\'' | '”' | '“' | '»' | '«' | '’' | ')' | ']' | '.' | '!' | '?')
}

fn starts_sentence(chars: &[(usize, char)], mut j: usize) -> bool {
    while j < chars.len() && chars[j].1.is_whitespace() {
        j += 1;
    }
    match chars.get(j) {
        // ”Nobody is naive,” she said: Swedish and Finnish copy opens a quote with the closing mark.
        Some(&(_, '”')) => chars.get(j + 1).is_some_and(|&(_, c)| c.is_uppercase()),
        Some(&(_, c)) => {
            c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '„' | '«' | '»' | '‘' | '\'' | '(' | '[')
        }
        None => false,
    }
}

fn is_abbreviation(slice: &str, dot: usize) -> bool {
    let before = &slice[..dot];
    let word_start = before
        .rfind(|c: char| c.is_whitespace() || matches!(c, '(' | '"' | '“' | '„' | '«' | '»' | '‘'))
        .map(|p| p + before[p..].chars().next().map_or(1, char::len_utf8))
        .unwrap_or(0);
    let word = &before[word_start..];
    if word.chars().count() == 1 && word.chars().all(char::is_uppercase) {
        // "identified in court as Gisela M. She told …": a German court's initial ends the sentence
        // when a person's pronoun, which no name has, comes next.
        let next = slice[dot + 1..].split_whitespace().next().unwrap_or("");
        return !SENTENCE_OPENERS_AFTER_INITIAL.contains(&next);
    }
    // "J.T. Harrelson": initials run together.
    let initials = word.split('.').all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase));
    if initials && word.contains('.') {
        return true;
    }
    // The Tamil "Mrs" as written ("Tmt. M. Thenmozhi"); not "TMT." of a telescope or a sector.
    if TRANSLITERATED_INITIALS.contains(&word) || word == "Tmt" {
        return true;
    }
    // "Prim. Dr. Amra Hadžiahmetović": the senior doctor's title, only before the doctor's
    // ("… was prim. Mayor Khan said …" ends a sentence).
    let after = slice[dot + 1..].trim_start();
    if word == "Prim" && (after.starts_with("Dr.") || after.starts_with("Dr ")) {
        return true;
    }
    let lower = word.to_lowercase();
    // "No. 5", "Question No. 215", "302 No. Renikhyong mouza": a number's; "She said no. The
    // vote …", "No. That is not what happened.": a sentence's end.
    if lower == "no" {
        let numbered = before[..word_start].trim_end().ends_with(|c: char| c.is_ascii_digit());
        return numbered || after.starts_with(|c: char| c.is_ascii_digit());
    }
    // "shortly after 1 p.m. The Ministry said", "… before 6 a.m. Residents should": a time ends
    // the sentence; not "at 5 p.m. Monday", "10 a.m. GMT", "9 p.m. Eastern".
    if matches!(lower.as_str(), "a.m" | "p.m") {
        // "the 7 p.m. The Project slot": a time before the programme it names.
        let time_of =
            before[..word_start].split_whitespace().rev().nth(1).is_some_and(|w| w.eq_ignore_ascii_case("the"));
        let next = after.split_whitespace().next().unwrap_or("").trim_end_matches([',', '.', ';', ')']);
        let zone = (2..=4).contains(&next.len()) && next.bytes().all(|b| b.is_ascii_uppercase());
        let zoned = zone || matches!(next, "Eastern" | "Pacific" | "Central" | "Mountain" | "Atlantic" | "Local");
        return time_of || zoned || calendar::names_a_day(next);
    }
    ABBREVIATIONS.contains(lower.as_str())
}

/// "12:20\nSRC president Tshepo Mokgotho has addressed students", "5:02 p.m.\nSgt. Amber Juntunen
/// says": a live blog's time, on the line above its post where a sentence would start, is a
/// sentence of its own. Where the next sentence starts.
fn past_clock_line(out: &mut Vec<Range<usize>>, slice: &str, from: usize, base: usize) -> usize {
    let rest = &slice[from..];
    let lead = rest.len() - rest.trim_start().len();
    match rest.trim_start().split_once('\n').filter(|(line, _)| is_clock_time(line.trim())) {
        Some((line, _)) => {
            push_trimmed(out, slice, from, from + lead + line.len(), base);
            from + lead + line.len()
        }
        None => from,
    }
}

/// "12:20", "5:02 p.m.", "09.45 GMT", "1:50 PM", "2:05pm": a time of day and nothing else.
pub fn is_clock_time(line: &str) -> bool {
    let (time, zone) = line.split_once(' ').unwrap_or((line, ""));
    let time = ["am", "pm", "a.m.", "p.m.", "AM", "PM"]
        .iter()
        .find_map(|s| time.strip_suffix(s).filter(|_| zone.is_empty() || zone.len() <= 4))
        .unwrap_or(time);
    let zoned = zone.is_empty()
        || matches!(zone, "a.m." | "p.m." | "am" | "pm" | "AM" | "PM")
        || (2..=4).contains(&zone.len()) && zone.bytes().all(|b| b.is_ascii_uppercase());
    zoned && hours_and_minutes(time) && !time.ends_with([':', '.'])
}

/// Whether `time` is an hour and minutes: "5:02", "10.05".
fn hours_and_minutes(time: &str) -> bool {
    let (hours, minutes) = time.split_once([':', '.']).unwrap_or(("", ""));
    let digits =
        |s: &str, n: std::ops::RangeInclusive<usize>| n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    digits(hours, 1..=2) && digits(minutes, 2..=2)
}

fn push_trimmed(out: &mut Vec<Range<usize>>, slice: &str, start: usize, end: usize, base: usize) {
    let piece = &slice[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        out.push(base + start + lead..base + start + lead + trimmed.len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<'a>(body: &'a str, spans: &[Range<usize>]) -> Vec<&'a str> {
        spans.iter().map(|r| &body[r.clone()]).collect()
    }

    #[test]
    fn each_item_of_a_bulleted_list_is_a_sentence() {
        let body =
            "Key points\n- Four arrested after guardhouse set alight, police say\n• 4,312 evacuees, NADMA says\n\
                    — Vamos a ganar, dijo.\nIt was a well-\nknown case - and a long one.";
        let s = sentences(body, 0..body.len());
        assert_eq!(
            texts(body, &s),
            [
                "Key points",
                "Four arrested after guardhouse set alight, police say",
                "4,312 evacuees, NADMA says\n— Vamos a ganar, dijo.",
                "It was a well-\nknown case - and a long one."
            ]
        );
        // A dash opening a wrapped line, and the items a statement introduces, stay in their sentence.
        for body in [
            "Health Minister Stephen Donnelly said the plan\n– which was approved last year – would improve care.",
            "The agency said:\n- winds of up to 130km/h are expected\n- schools will close",
        ] {
            assert_eq!(sentences(body, 0..body.len()).len(), 1, "{body}");
        }
    }

    #[test]
    fn a_live_blogs_time_on_its_own_line_ends_a_sentence() {
        let body = "5:02 p.m.\nSgt. Amber Juntunen says troopers responded. At 5 p.m.\nMonday it closed.";
        let s = sentences(body, 0..body.len());
        assert_eq!(
            texts(body, &s),
            ["5:02 p.m.", "Sgt. Amber Juntunen says troopers responded.", "At 5 p.m.\nMonday it closed."]
        );
        // A time before a capitalised word ends a sentence; before a day or a zone it does not.
        let body = "They cleared the road after 1 p.m. The Ministry said so. It shut at 5 p.m. Monday. At 9 a.m. GMT \
                    it rose before 6 a.m. Residents left. He said the 7 p.m. The Project slot lost.";
        let s = sentences(body, 0..body.len());
        let expected = [
            "They cleared the road after 1 p.m.",
            "The Ministry said so.",
            "It shut at 5 p.m. Monday.",
            "At 9 a.m. GMT it rose before 6 a.m.",
            "Residents left.",
            "He said the 7 p.m. The Project slot lost.",
        ];
        assert_eq!(texts(body, &s), expected);
        let body = "12:20\nSRC president Tshepo Mokgotho has addressed students.";
        let s = sentences(body, 0..body.len());
        assert_eq!(texts(body, &s), ["12:20", "SRC president Tshepo Mokgotho has addressed students."]);
        let body = "1:50 PM\nA supply officer said so. 2024\nwas a year. 12:20:\nno.";
        let s = sentences(body, 0..body.len());
        assert_eq!(texts(body, &s), ["1:50 PM", "A supply officer said so.", "2024\nwas a year.", "12:20:\nno."]);
        let body = "2:05pm\nThe control room said so. 10.32am IST\nIt fell. 5pm\nNo.";
        let s = sentences(body, 0..body.len());
        assert_eq!(texts(body, &s), ["2:05pm", "The control room said so.", "10.32am IST", "It fell.", "5pm\nNo."]);
    }

    #[test]
    fn continental_quotations_end_and_open_sentences() {
        let body = "He denied it. «We met them four times», he said. „Nie.“ Sie ging.";
        let s = sentences(body, 0..body.len());
        assert_eq!(texts(body, &s), ["He denied it.", "«We met them four times», he said.", "„Nie.“", "Sie ging."]);
    }

    #[test]
    fn paragraphs_split_on_blank_lines() {
        let body = "Headline\n\nFirst para\nline two.\n  \nSecond.\n";
        assert_eq!(texts(body, &paragraphs(body)), ["Headline", "First para\nline two.", "Second."]);
    }

    #[test]
    fn abbreviations_do_not_split() {
        let body = "Mr. Smith met Gen. Lee in the U.S. on Jan. 5. They talked.";
        let s = sentences(body, 0..body.len());
        assert_eq!(texts(body, &s), ["Mr. Smith met Gen. Lee in the U.S. on Jan. 5.", "They talked."]);
        let body = "It is so, says Dr. Ma. Luisa de los Reyes. President J.T. Harrelson and Insp. Kaur voted.";
        let s = sentences(body, 0..body.len());
        let expected = ["It is so, says Dr. Ma. Luisa de los Reyes.", "President J.T. Harrelson and Insp. Kaur voted."];
        assert_eq!(texts(body, &s), expected);
        // The Spanish doctor's "Dra." and "Licda.".
        let body = "The unit opened, said Dra. Karla Recinos and Licda. Ana Paz. It was late.";
        let s = sentences(body, 0..body.len());
        assert_eq!(texts(body, &s), ["The unit opened, said Dra. Karla Recinos and Licda. Ana Paz.", "It was late."]);
        // "No." before or after a number; otherwise the word "no" ends a sentence.
        let body = "Question No. 215 went to 302 No. Renikhyong mouza. He will vote no. She said so.";
        let s = sentences(body, 0..body.len());
        let expected = ["Question No. 215 went to 302 No. Renikhyong mouza.", "He will vote no.", "She said so."];
        assert_eq!(texts(body, &s), expected);
        // An engineer's "Ir." (Burundi, Indonesia), "Engr." and "Msgr.".
        let body = "The director, Ir. Déogratias Nshimirimana, agreed with Msgr. Zamora. Engr. Bello did not.";
        let s = sentences(body, 0..body.len());
        assert_eq!(s.len(), 2);
        // An engineer's "Ing." (Latin America, Central Europe) and a priest's "Fr.".
        let body = "The parish priest, Rev. Fr. Kenneth Onu, agreed. He left.";
        assert_eq!(sentences(body, 0..body.len()).len(), 2);
        // The Tamil "Mrs", "Tmt."; not "TMT." of a telescope.
        let body = "The dam opens, District Collector Tmt. M. Thenmozhi said. She left.";
        assert_eq!(sentences(body, 0..body.len()).len(), 2);
        let body = "They opposed the TMT. Opponents shouted.";
        assert_eq!(sentences(body, 0..body.len()).len(), 2);
        let body = "The manager, Ing. Lorena Cevallos Andrade, agreed. She left.";
        assert_eq!(sentences(body, 0..body.len()).len(), 2);
        // Swiss and Austrian degrees: "lic. iur.", "Mag.", "Dipl.-Ing.", "Arch.".
        let body = "The lawyer, lic. iur. Nadia Frischknecht, alleged it. Mag. Eva Gruber and Arch. Rossi left.";
        assert_eq!(sentences(body, 0..body.len()).len(), 2);
        // A Malay or Indonesian Hajjah's "Hj.".
        let body = "\"We cannot go on,\" said Hj. Siti Rahmah Nasution, a trader. She left.";
        assert_eq!(sentences(body, 0..body.len()).len(), 2);
        // A Polish or Ukrainian street ("ul.", "vul.") and a Polish lawyer's "mec.".
        let body = "Ewa Nowak, who lives on ul. Wosia Budzysza, called mec. Jan Kos. He came.";
        let s = sentences(body, 0..body.len());
        assert_eq!(texts(body, &s), ["Ewa Nowak, who lives on ul. Wosia Budzysza, called mec. Jan Kos.", "He came."]);
        // The senior doctor's "Prim." before "Dr.", not a name or the word "prim".
        let body =
            "\"It hurts,\" said Prim. Dr. Amra Hadžiahmetović. Said Alice Prim. Mayor Khan said it was prim. He left.";
        assert_eq!(sentences(body, 0..body.len()).len(), 4);
        let body = "It is closed, said engineer Jane Prim. Drivers should wait.";
        assert_eq!(sentences(body, 0..body.len()).len(), 2);
    }

    #[test]
    fn a_swedish_quote_opening_on_the_closing_mark_starts_a_sentence() {
        let body = "She rejected the claim. ”This is about staffing,” she said.";
        let s = sentences(body, 0..body.len());
        assert_eq!(texts(body, &s), ["She rejected the claim.", "”This is about staffing,” she said."]);
    }

    #[test]
    fn quotes_close_sentences() {
        let body = "He said: “It is over.” Then he left. “Why?” she asked.";
        let s = sentences(body, 0..body.len());
        assert_eq!(texts(body, &s), ["He said: “It is over.”", "Then he left.", "“Why?” she asked."]);
    }

    #[test]
    fn initials_and_lowercase_continuations_stay() {
        let body = "J. K. Rowling wrote it. it was 3.5 percent.";
        let s = sentences(body, 0..body.len());
        assert_eq!(s.len(), 1);
    }

    #[test]
    fn an_initial_ends_a_sentence_before_a_pronoun() {
        let body = "The witness was identified as Gisela M. She told the court she paid. Vitamin D. They agreed.";
        let s = sentences(body, 0..body.len());
        assert_eq!(
            texts(body, &s),
            ["The witness was identified as Gisela M.", "She told the court she paid.", "Vitamin D. They agreed."]
        );
        let body = "Ka Y. Her said so. J. R. Heto agreed.";
        assert_eq!(sentences(body, 0..body.len()).len(), 2);
    }

    #[test]
    fn two_letter_initials_do_not_end_a_sentence() {
        let body = "\"Prices are fair,\" Ye. Sadvakassov stressed. Zh. Abenov agreed.";
        assert_eq!(sentences(body, 0..body.len()).len(), 2);
        // The Mongolian "Ts." (Ц) of a patronymic: "Ts. Ganzul, director of the utility, said".
        let body = "Ts. Ganzul, director of the utility, said so. Kh. Narangerel agreed.";
        assert_eq!(sentences(body, 0..body.len()).len(), 2);
        let body = "He said Rs. 2.4 billion had been allocated. Fares rose.";
        assert_eq!(sentences(body, 0..body.len()).len(), 2);
    }
}

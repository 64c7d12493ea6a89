//! Reading a paragraph's speaker label: "NAME:", "NAME, OUTLET:", "ROLE
//! (Name):", a witness and their body in brackets, an office whose portfolio
//! runs long, and the speech headings of the Westminster record and of
//! earnings calls on a line of their own.

use crate::extract::speakers::lexicon::{COMPANY_SUFFIXES, ORG_WORDS, PARTICLES, PERSON_NOUNS, TITLES, UNNAMED_NOUNS};
use std::ops::Range;

/// Where a paragraph's speaker label is: "NAME:", "NAME, OUTLET:", "ROLE (Name):".
pub(super) struct LabelAt {
    pub name: Range<usize>,
    /// Whether an outlet or affiliation followed the name after a comma.
    pub affiliated: bool,
    /// The name in brackets after a role.
    pub bracketed: Option<Range<usize>>,
    /// Byte offset of the label's colon, or of its dash.
    pub colon: usize,
    /// Byte offset just past the colon or dash, where the words may start.
    pub after: usize,
}

impl LabelAt {
    /// A name alone, then its colon.
    fn plain(name: Range<usize>, colon: usize) -> LabelAt {
        LabelAt { name, affiliated: false, bracketed: None, colon, after: colon + 1 }
    }
}

/// Party tags of the Westminster record's speech headings.
const PARTIES: &[&str] = &[
    "Lab", "Con", "LD", "CB", "Bishop", "Non-Afl", "SNP", "DUP", "PC", "Green", "Ind", "Lab Co-op", "UUP", "SDLP",
    "Alliance", "Reform", "Lab/Co-op", "Non-affiliated", "Crossbench",
];

/// "Baroness Adeyemi-Clarke (Lab)", "Jane Smith (Bristol West) (Lab)", "The
/// Lord Bishop of Wexcombe": the Westminster record names a speaker, with their
/// party, on a line of their own; where the name is. "The Parliamentary
/// Under-Secretary of State, Ministry of Justice (Lord Okonedo) (Lab)": an
/// office and, in brackets, the name.
pub(super) fn speech_heading(text: &str) -> Option<Range<usize>> {
    let text = text.trim_end();
    if text.starts_with("The Lord Bishop of ") || text.starts_with("The Lord Archbishop of ") {
        return (text.split_whitespace().count() <= 6 && !text.ends_with('.')).then_some(4..text.len());
    }
    let (rest, party) = text.strip_suffix(')')?.rsplit_once(" (")?;
    if !PARTIES.contains(&party) {
        return None;
    }
    let (name, bracket) = match rest.strip_suffix(')').and_then(|r| r.rsplit_once(" (")) {
        Some((name, bracket)) => (name, Some(bracket)),
        None => (rest, None),
    };
    let words: Vec<&str> = name.split_whitespace().collect();
    let named = words.iter().all(|w| w.starts_with(char::is_uppercase) || matches!(*w, "of" | "and"));
    if (1..=6).contains(&words.len()) && named && !name.contains([':', ',']) {
        return Some(0..name.len());
    }
    // The office runs longer than a name, or has commas: the name is in the brackets.
    let office = bracket.filter(|b| b.split_whitespace().count() <= 5 && words.len() <= 14)?;
    let start = name.len() + 2;
    Some(start..start + office.len())
}

/// "Anand K. Venkataraman -- Chief Financial Officer", "Mikkel Sondergaard --
/// Nordhavn Securities -- Analyst", "Operator": an earnings call's speakers on
/// lines of their own; where the name is, and whether the line is one of those
/// who ask or run the call.
pub(super) fn call_heading(text: &str) -> Option<(Range<usize>, bool)> {
    let text = text.trim_end();
    if text == "Operator" {
        return Some((0..text.len(), true));
    }
    let (name, role) = text.split_once(" -- ").or_else(|| text.split_once(" — "))?;
    let words: Vec<&str> = name.split_whitespace().collect();
    // "Tariq bin Hamad al-Suwaidi": particles, alone or joined on.
    let particle = |w: &str| PARTICLES.contains(w) || w.split_once('-').is_some_and(|(p, _)| PARTICLES.contains(p));
    let named = words.iter().all(|w| w.starts_with(char::is_uppercase) || particle(w));
    let role_words = role.split_whitespace().count();
    let fits =
        (2..=6).contains(&words.len()) && (1..=10).contains(&role_words) && !text.ends_with(['.', '?', '!', ':']);
    (named && fits && !name.contains([',', ':'])).then(|| (0..name.len(), role.ends_with("Analyst")))
}

/// "Minister for Housing, Local Government and Heritage (Deputy Darragh
/// Kinsella):", "The Cabinet Secretary for Transport and North Wales (Dyfrig
/// Ellis-Owen):": an office whose portfolio runs on past a name's length or
/// with commas, and the name in brackets.
fn long_office(text: &str) -> Option<LabelAt> {
    let open = text.find(" (").filter(|&open| open <= MAX_OFFICE)?;
    let office = &text[..open];
    let close = text[open + 2..].find(')')? + open + 2;
    let rest = text[close + 1..].strip_prefix(':')?;
    let office_words = office.split([' ', ',']).filter(|w| !w.is_empty());
    let worded = office_words
        .clone()
        .all(|w| w.starts_with(char::is_uppercase) || matches!(w, "of" | "for" | "and" | "at" | "the" | "in"));
    let fits = office_words.count() <= 12 && close - open <= 42;
    (worded && fits && rest.starts_with(char::is_whitespace) && !rest.trim_start().is_empty()).then_some(LabelAt {
        name: 0..open,
        affiliated: false,
        bracketed: Some(open + 2..close),
        colon: close + 1,
        after: close + 2,
    })
}

/// How long a bracket after a name in mixed case may run: a body's full name.
const MAX_BRACKET: usize = 60;

/// How long an office in a label may run, portfolios and all.
const MAX_OFFICE: usize = 100;

/// A label that is a person's name rather than an office: two or more words, in
/// mixed case, none of them a title ("The Convener", "SES DIRECTOR" are offices).
pub(super) fn person_named(label: &str) -> bool {
    let words: Vec<&str> = label.split_whitespace().filter(|w| !PARTICLES.contains(*w)).collect();
    words.len() >= 2
        && label.chars().any(char::is_lowercase)
        && words[0] != "The"
        && words.iter().all(|w| !title_word(w))
}

/// "COLLECTOR:" after "COLLECTOR M. THENMOZHI:", "COMMISSIONER:" after "CORPORATION
/// COMMISSIONER A. PONNUSAMY:": titles alone, of the one person an earlier label gave them
/// before a name; where that label is.
pub(super) fn titled_before(label: &str, earlier: &[(String, Range<usize>)]) -> Option<Range<usize>> {
    let titles: Vec<String> = label.split_whitespace().map(str::to_lowercase).collect();
    if !(1..=3).contains(&titles.len()) || !titles.iter().all(|w| title_word(w)) {
        return None;
    }
    // Not "ADDITIONAL COLLECTOR R. VENKATESH" nor "DEPUTY CHIEF MINISTER D. K. RAO": another office.
    let lesser = |w: &String| {
        matches!(w.as_str(), "deputy" | "additional" | "assistant" | "vice" | "joint" | "associate" | "acting" | "sub")
    };
    let holds = |name: &str| {
        let words: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
        (0..words.len()).any(|at| {
            words[at..].starts_with(&titles)
                && words[at + titles.len()..].iter().any(|w| !title_word(w))
                && (at == 0 || !lesser(&words[at - 1]))
        })
    };
    let mut holders = earlier.iter().filter(|(name, _)| holds(name));
    let (first, at) = holders.next()?;
    holders.all(|(name, _)| name == first).then(|| at.clone())
}

/// A title, written with or without its stop: "Dr.", "TOGBUI", "Chief".
pub(super) fn title_word(word: &str) -> bool {
    TITLES.contains(word.trim_end_matches([',', '.']).to_lowercase())
}

/// "MAARTEN VAN DER KOLK": a name in capitals, two to five words, none a title
/// or a body's.
pub(super) fn capitals_name(label: &str) -> bool {
    let words: Vec<&str> = label.split_whitespace().collect();
    let plain = |w: &&str| {
        let lower = w.to_lowercase();
        !TITLES.contains(lower.as_str()) && !ORG_WORDS.contains(lower.as_str()) && lower != "the"
    };
    let name = &words[rank_words(&words)..];
    (2..=5).contains(&name.len()) && !label.chars().any(char::is_lowercase) && name.iter().all(plain)
}

/// How many of `words` are a rank before a name: "KOMBES I MADE WIRYAWAN ADNYANA",
/// and a service's rank, "MARITIME CAPTAIN ROSLI ABDUL HAMID", "FIRE CHIEF …".
pub(super) fn rank_words(words: &[&str]) -> usize {
    let service = words.len() > 2 && !title_word(words[0]) && title_word(words[1]);
    let from = usize::from(service);
    from + words[from..].iter().take_while(|w| title_word(w)).count()
}

/// "Chief Executive, Galway City Council", "Volta regional director, Ghana
/// Hydrological Authority": an office, held by the name before the brackets.
/// Not a titled person's name: "Dr Nurul Huda", "Senator Maria Lopez".
pub(super) fn office(bracketed: &str) -> bool {
    // The office is the first part: "Jane Doe, Chief Executive" is a name and then an office.
    let first_part = bracketed.split(',').next().unwrap_or("");
    let words: Vec<&str> = first_part.split_whitespace().collect();
    let name = words.iter().skip_while(|w| title_word(w)).collect::<Vec<_>>();
    // "Dr Ahmad bin Ibrahim", "Mr Gerald van der Berg": particles inside a titled name.
    let named = |w: &&&str| w.starts_with(char::is_uppercase) && !title_word(w) || PARTICLES.contains(**w);
    let titled_name = name.len() >= 2 && name.len() < words.len() && !bracketed.contains(',') && name.iter().all(named);
    // "Head of Hajj and Umrah Affairs, …": the head of a section.
    let head_of = words.len() > 2 && words[0] == "Head" && words[1] == "of";
    // "Navy, Port Captain of Porto Velho": the body first, then the office in it.
    let second_part = bracketed.split(',').nth(1).unwrap_or("");
    let body_then_office = company(first_part) && second_part.split_whitespace().take(3).any(title_word);
    (head_of || words.iter().take(3).any(|w| title_word(w))) && !titled_name || body_then_office
}

/// "Keizersgracht Capital", "Caledonian Vessel Assets Ltd": a company's name.
/// "Bela Vista Residents' Association": a body's, which a person speaks for too.
pub(super) fn company(name: &str) -> bool {
    name.split_whitespace().last().is_some_and(|w| {
        let w = w.trim_end_matches('.').to_lowercase();
        COMPANY_SUFFIXES.contains(w.as_str()) || ORG_WORDS.contains(w.as_str())
    })
}

/// Reads a label by hand rather than with one regex: the Unicode classes a
/// pattern needs here took a tenth of a short run to compile. A label is a
/// capitalised run of at most 49 letters, spaces, full stops, apostrophes and
/// hyphens; then, optionally, a comma and up to 41 capitals, digits, commas and
/// those marks ("ÖSTRA KURIREN", "TOURIST POLICE, COX'S BAZAR REGION"); then,
/// optionally, up to 40 characters in brackets (more after a name or before an
/// office, see `short_label`); then a colon, white space and more text. Failing
/// that, a long office and the name in brackets.
pub(super) fn label_at(text: &str) -> Option<LabelAt> {
    clip_label(text).or_else(|| short_label(text)).or_else(|| long_office(text))
}

/// "CALLUM RETI, REPORTER, LIVE AT NO. 1 ROAD:", "SOUNDBITE — GRANT OLLERENSHAW, CHIEF
/// EXECUTIVE:": a label in capitals on a line of its own, over the words it labels.
pub(super) fn heading_label(text: &str) -> Option<LabelAt> {
    let line = text.trim_end().strip_suffix(':')?;
    if line.contains(['\n', ':']) || line.chars().any(char::is_lowercase) || line.chars().count() > 100 {
        return None;
    }
    // Not a heading of the piece ("WHAT WE KNOW:", "KEY POINTS:", "BY THE NUMBERS:").
    let clip = CLIP_MARKS.iter().any(|m| line.starts_with(m));
    let name = line.split(',').next().unwrap_or(line);
    if !clip && name.split_whitespace().any(|w| HEADING_WORDS.contains(&w.to_lowercase().as_str())) {
        return None;
    }
    // Read as if the words followed on the line, where a label is looked for.
    let found = label_at(&format!("{line}: …"))?;
    (found.colon == line.len()).then_some(found)
}

/// Words of a piece's headings, which no name on a line of its own holds.
const HEADING_WORDS: [&str; 38] = [
    "what", "we", "know", "key", "points", "by", "the", "numbers", "bottom", "line", "next", "facts", "fact", "how",
    "why", "who", "when", "where", "timeline", "background", "more", "read", "also", "update", "summary", "analysis",
    "at", "a", "glance", "need", "to", "happens", "box", "editor's", "live", "updates", "latest", "breaking",
];

/// The words a broadcast's web copy marks a recorded clip with.
const CLIP_MARKS: [&str; 5] = ["CLIP", "SOUNDBITE", "SOT", "ACTUALITY", "INSERT"];

/// "CLIP, Josef Bednář, chairman of the union branch, speaking at the gate
/// this morning: “…”": a broadcast's web copy introduces a recorded clip by
/// the word, then the speaker's name, what they are and where they spoke.
fn clip_label(text: &str) -> Option<LabelAt> {
    // "(CLIP) SAINT-FLEUR: “…”": the clip marked in brackets before an ordinary label.
    let bracketed = CLIP_MARKS.iter().find_map(|w| text.strip_prefix('(')?.strip_prefix(w)?.strip_prefix(") "));
    if let Some(rest) = bracketed {
        let shift = text.len() - rest.len();
        let moved = |r: Range<usize>| r.start + shift..r.end + shift;
        let found = short_label(rest)?;
        return Some(LabelAt {
            name: moved(found.name),
            bracketed: found.bracketed.map(moved),
            colon: found.colon + shift,
            after: found.after + shift,
            ..found
        });
    }
    // "SOUNDBITE – Anthony Jesuthasan (in Tamil, translated): “…”": or set off by a dash.
    let mark = CLIP_MARKS.iter().find_map(|w| text.strip_prefix(w))?;
    let rest = [", ", " – ", " — ", " - "].iter().find_map(|sep| mark.strip_prefix(sep))?;
    let start = text.len() - rest.len();
    let colon = rest.find(": ").filter(|&c| c <= 160)?;
    let name_len = rest[..colon].find([',', '(']).map_or(colon, |at| rest[..at].trim_end().len());
    let name = &rest[..name_len];
    let words = name.split_whitespace().count();
    let named = name.split_whitespace().all(|w| w.starts_with(char::is_uppercase) || PARTICLES.contains(w));
    let said = !rest[..colon].contains(['"', '“', '.', '?', '!']) && !rest[colon + 2..].trim().is_empty();
    ((1..=6).contains(&words) && named && said).then_some(LabelAt {
        name: start..start + name_len,
        affiliated: false,
        bracketed: None,
        colon: start + colon,
        after: start + colon + 1,
    })
}

/// "WALBER QUEIROZ DANTAS (DNIT superintendent) — Thank you, …", "DEPUTY JOELMA BRITO
/// ASSIS — …": a hearing's transcript that sets its labels off by a dash. A name in
/// capitals, a rank before it allowed, then the role in brackets. A dateline reads the
/// same ("MEDICINE HAT — A city councillor …"), so only a transcript that labels two
/// speakers twice each this way reads them (see `dash_labelled`).
pub(super) fn dash_label(text: &str) -> Option<LabelAt> {
    // A label runs at most 120 bytes: look no further for its dash.
    let head_end = (0..=text.len().min(124)).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
    let (dash, mark) = [" — ", " – "].iter().find_map(|m| text[..head_end].find(m).map(|at| (at, m.len())))?;
    let head = &text[..dash];
    let (name, bracketed) = match head.strip_suffix(')').and_then(|h| h.rsplit_once(" (")) {
        Some((name, inner)) => (name, Some(name.len() + 2..name.len() + 2 + inner.len())),
        None => (head, None),
    };
    let name_char = |c: char| c.is_uppercase() || matches!(c, ' ' | '.' | '\'' | '’' | '-');
    let bracket_fits =
        bracketed.as_ref().is_none_or(|b| b.len() <= MAX_BRACKET && !head[b.clone()].contains(['(', ')']));
    let said = text[dash + mark..].starts_with(char::is_uppercase);
    (name.chars().all(name_char) && capitals_name(name) && bracket_fits && said).then_some(LabelAt {
        name: 0..name.len(),
        affiliated: false,
        bracketed,
        colon: dash + 1,
        after: dash + mark,
    })
}

fn short_label(text: &str) -> Option<LabelAt> {
    // "Ms Priyadarshini d/o Ramasamy": "d/o" and "s/o" inside a name.
    // "TERESITA "TESS" DELA CRUZ": a nickname in quotes inside a name.
    let name_char = |c: char| c.is_alphabetic() || matches!(c, '.' | '’' | '\'' | '-' | ' ' | '/' | '"' | '“' | '”');
    let affiliation_char =
        |c: char| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '.' | '’' | '\'' | '&' | '-' | ' ');
    // The end of a run of `ok` characters from `at`, with trailing spaces left out.
    let run = |at: usize, ok: &dyn Fn(char) -> bool| {
        let len: usize = text[at..].chars().take_while(|&c| ok(c)).map(char::len_utf8).sum();
        (at + text[at..at + len].trim_end_matches(' ').len(), at + len)
    };
    let skip_space = |at: usize| at + (text[at..].len() - text[at..].trim_start().len());
    if !text.chars().next()?.is_uppercase() {
        return None;
    }
    let (mut name_end, mut at) = run(0, &name_char);
    // "SC1:", "RTS2:": a channel's letters and number, the interviewer's label. Not "A1:", "G20:"
    // or "Q3:", a road, a summit or a quarter, nor "COVID19:".
    let letters = &text[..name_end];
    let channel = (2..=4).contains(&letters.len()) && letters.chars().all(|c| c.is_ascii_uppercase());
    let digits = text[name_end..].chars().take_while(char::is_ascii_digit).count();
    if at == name_end && channel && (1..=2).contains(&digits) && text[name_end + digits..].starts_with(':') {
        (name_end, at) = (name_end + digits, name_end + digits);
    }
    // "Hon. (Dr.) Wekesa Barasa-Simiyu (Township Ward):": a title in brackets inside the name.
    let titled = text[at..]
        .strip_prefix('(')
        .and_then(|r| r.split_once(") "))
        .filter(|(title, rest)| title.len() <= 6 && title.ends_with('.') && rest.starts_with(char::is_uppercase));
    if let Some((title, _)) = titled {
        (name_end, at) = run(at + title.len() + 3, &name_char);
    }
    if text[..name_end].chars().count() > 49 {
        return None;
    }
    let mut affiliated = false;
    if text[at..].starts_with(',') {
        let start = skip_space(at + 1);
        if !text[start..].chars().next()?.is_uppercase() {
            // A source and what they are, not a reporter and the outlet: not affiliated.
            let role_end = start + role_written_small(&text[..name_end], &text[start..])?;
            return Some(LabelAt::plain(0..name_end, role_end));
        }
        // "SUPERINTENDENT NAZNIN SULTANA, TOURIST POLICE, COX'S BAZAR REGION:": a body and its place.
        let (end, after) = run(start, &|c| affiliation_char(c) || c == ',');
        let count = text[start..end].chars().count();
        // Not "ANNA BELL, TOM REED, AMY LO:", names in a row.
        let listed = text[start..end].contains(',') && !text[start..end].split_whitespace().any(what_one_is);
        if !(2..=41).contains(&count) || listed {
            // "RADU OLTEAN, Mayor of Sibiu: …": an office in title case after a name in capitals.
            let role_end = start + role_written_small(&text[..name_end], &text[start..])?;
            return Some(LabelAt::plain(0..name_end, role_end));
        }
        (affiliated, at) = (true, after);
    }
    at = skip_space(at);
    let mut bracketed = None;
    // "Dr Nadia Qureshi (Glasgow Kelvin) (Ind):": a member's seat, then their party.
    for _ in 0..2 {
        if !text[at..].starts_with('(') {
            break;
        }
        let close = text[at + 1..].find(')')? + at + 1;
        // "Dr Niamh Ferguson-Quinn (Lagan and Mourne Health and Social Care Trust):": a
        // witness and the body's full name; brackets after a name in capitals are shorter, unless
        // they hold the full name or an office.
        let name = &text[..name_end];
        // "MATYAKUBOVA (Feruza Matyakubova, director, Itchan Kala museum-reserve):": a surname in
        // capitals, then the full name and the role.
        let inner = &text[at + 1..close];
        let full_name = inner.split(',').next().unwrap_or("");
        // "VAN DER BERG (Pieter van der Berg, …)": a surname of more than one word too.
        let surname_first = full_name.to_uppercase().ends_with(&format!(" {}", name.trim()));
        // "ELIKEM FIADZOMOR (Volta regional director, Ghana Hydrological Authority):": a name in
        // capitals and the office held, at a mixed-case name's length.
        let mixed = name.chars().any(char::is_lowercase) && !name.starts_with("The ");
        let held = office(inner);
        let named = mixed || capitals_name(name) && held;
        let limit = if surname_first {
            2 * MAX_BRACKET
        } else if named && held && (name.contains(' ') || !inner.contains(',')) && !inner.contains(':') {
            // Not "Turnout (Chief Electoral Officer, provisional figures for …):" nor "FACT BOX
            // (Source: …):", a factbox's lines; but "Suharyanto (Head of the National Disaster
            // Management Agency of the Republic of Indonesia):", a name of one word.
            MAX_OFFICE
        } else if named {
            MAX_BRACKET
        } else {
            40
        };
        if inner.chars().count() > limit {
            return None;
        }
        bracketed = bracketed.or(Some(at + 1..close));
        at = skip_space(close + 1);
    }
    let rest = text[at..].strip_prefix(':')?;
    let spaced = rest.starts_with(char::is_whitespace) && !rest.trim_start().is_empty();
    spaced.then_some(LabelAt { name: 0..name_end, affiliated, bracketed, colon: at, after: at + 1 })
}

/// A word of what a labelled person is, after the name's comma: a body's or an
/// office's ("TOURIST POLICE"), a party ("PETA MURPHY, LABOR, DUNKLEY") or a
/// trade ("KWAME MENSAH, TRADER, KEJETIA MARKET").
fn what_one_is(word: &str) -> bool {
    let w = word.trim_end_matches([',', '.']).to_lowercase();
    ORG_WORDS.contains(w.as_str())
        || TITLES.contains(w.as_str())
        || PERSON_NOUNS.contains(w.as_str())
        || UNNAMED_NOUNS.contains(w.as_str())
        || UNNAMED_NOUNS.contains(format!("{w}s").as_str())
        || matches!(w.as_str(), "labor" | "liberal" | "independent" | "green" | "greens")
        // "CALLUM RETI, REPORTER, LIVE AT NO. 1 ROAD": a journalist filing.
        || super::JOURNALISTS.contains(&w.as_str())
}

/// "WICHAI THONGPRASERT, deputy governor of Chiang Mai: I want …", "POL COL
/// ANUCHA SAENKHAM, superintendent, Mae Taeng police station: …": a name in
/// capitals, then its holder's role opening small, then the colon; where the
/// colon is in `rest`. After a name in capitals the role may open on a title
/// in title case ("RADU OLTEAN, Mayor of Sibiu: …"). A name in mixed case
/// only when every word of it is capitalised and the role opens on an office
/// ("Lidia Fernández Carbajal, regional minister for the presidency: …"), so
/// that "Yesterday, the minister said: …" and "Tom Reed, meanwhile, pointed
/// to …:" stay sentences.
fn role_written_small(name: &str, rest: &str) -> Option<usize> {
    // Not "A TERRIFIED MUM, 34, has revealed …:", "NEW DELHI, 14 May:": a tabloid's opening, a dateline.
    let article = matches!(name.split_whitespace().next(), Some("A" | "AN" | "THE" | "The"));
    let words = name.split_whitespace().count();
    let capitals = words >= 2 && !name.chars().any(char::is_lowercase);
    // "Lidia Fernández Carbajal, regional minister for the presidency: Let me …": a live blog's
    // or a transcript's label in mixed case, every word of the name capitalised.
    // Not "Mr Speaker, let me say clearly: …", an address.
    let mixed = (2..=4).contains(&words)
        && name.split_whitespace().all(|w| w.starts_with(char::is_uppercase) && !title_word(w));
    let named = (capitals || mixed) && !article;
    // "RADU OLTEAN, Mayor of Sibiu: …": in title case, an office that opens on a title.
    // Not "LIVE UPDATES, Minister of Defence: …", "WHAT WE KNOW, President …": a heading.
    let heading = name.split_whitespace().any(|w| HEADING_WORDS.contains(&w.to_lowercase().as_str()));
    // "JOHN SWINNEY, First Minister of Scotland: …": a title among the office's first two words.
    let titled = capitals && !heading && rest.split_whitespace().take(2).any(title_word);
    if !rest.starts_with(char::is_lowercase) && !titled {
        return None;
    }
    let colon = rest.find(':').filter(|&c| named && c <= if capitals { 70 } else { 90 })?;
    // "director of the Emergency Service of the Principality of Asturias (SEPA)": the body's letters.
    let role = rest[..colon].trim_end();
    let role = role.rsplit_once(" (").filter(|(_, a)| a.ends_with(')') && a.len() <= 10).map_or(role, |(r, _)| r);
    // "FOOTBALL LEGEND GARY HOLT, now 61, is blunt about his regrets:": a sentence, not a role.
    let said = role.split_whitespace().any(|w| {
        matches!(
            w.trim_end_matches(','),
            "said" | "says" | "told" | "added" | "is" | "was" | "are" | "were" | "has" | "had" | "have"
        )
    });
    // In mixed case, an office among the role's first words ("regional minister for …"), not
    // "Tom Reed, meanwhile, pointed to the data: …".
    let office = capitals || role.split_whitespace().take(3).any(title_word);
    let plain = !role.contains(['.', '?', '!', '"', '“', '”', ';', '('])
        && role.split_whitespace().count() <= 10
        && !said
        && office;
    let spaced = rest[colon + 1..].starts_with(char::is_whitespace) && !rest[colon + 1..].trim().is_empty();
    (plain && spaced).then_some(colon)
}

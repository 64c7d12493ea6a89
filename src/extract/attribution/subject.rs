//! The speaker side of an attribution: the words before the cue ("X said"),
//! after it ("said X"), behind a descriptive clause ("X, who ..., said"), or
//! in "cited X as saying".

use super::*;
use crate::extract::speakers::lexicon::{
    is_generation, names_a_study, OFFICES, ORG_PREFIXES, ORG_WORDS, PARTICLES, POST_NOMINALS, RULERS, TITLES,
    UNNAMED_NOUNS,
};
use crate::segment::wordset::WordSet;

static AUX: WordSet = WordSet::new(&[
    "has", "have", "had", "also", "then", "later", "again", "previously", "reportedly", "repeatedly", "once",
    "further", "publicly", "earlier", "separately", "privately", "recently", "just", "already", "still", "too",
    "himself", "herself", "itself", "angrily", "flatly", "bluntly", "firmly", "today", "yesterday", "tonight",
    "openly", "explicitly", "quickly", "immediately", "subsequently", "simply", "did", "does", "do", "nevertheless",
    "nonetheless",
]);

/// The words of an aside between a subject and its cue: "The chief, for her
/// part, warned", "Mohd Faizal Abdul Rahman, however, denied".
static ASIDE_WORDS: WordSet = WordSet::new(&[
    "for", "his", "her", "its", "their", "our", "part", "however", "meanwhile", "though", "in", "turn", "response",
    "nevertheless", "nonetheless", "too", "also", "instead", "likewise", "moreover", "similarly",
]);

pub(super) const WEEKDAYS: &[&str] = &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

pub(super) fn is_weekday(t: &Tok) -> bool {
    WEEKDAYS.contains(&t.lower().as_str())
}

pub(super) static BOUNDARY_WORDS: WordSet = WordSet::new(&[
    "and", "but", "while", "as", "because", "after", "before", "when", "although", "though", "so", "that", "which",
    "where", "whereas", "since", "if", "unless", "than", "nor", "or",
]);

const APPOSITIVE_OPENERS: &[&str] = &[
    "who", "which", "whose", "a", "an", "the", "one", "himself", "herself", "speaking", "writing", "whom", "never",
    "once", "long", "still", "now",
    // "a spokesperson for the Commission, contacted by Le Quotidien, said": how the words were had.
    "contacted", "reached", "interviewed", "quoted", "asked", "approached",
    // "a report by the Department of Environment, seen by CRO, found": how the document was had.
    "seen", "sighted", "obtained", "consulted", "made", "published", "released", "leaked", "dated",
    // "Jhonny Mamani Ticona, known in the region as "El Condor", accused": a nickname's clause.
    "known", "better", "nicknamed",
    // "A senior customs official at Torkham, requesting anonymity, said": why they are unnamed.
    "requesting", "preferring", "declining",
];

/// Token range of the words before cue `k` that name the speaker.
pub(super) fn speaker_window(toks: &[Tok], k: usize) -> Option<Range<usize>> {
    let mut end = k;
    // "The fire department is warning residents": the progressive's "is" (only "warning" and
    // "threatening" are cues in the progressive, see `cue_at`).
    if k > 1 && toks[k].lower().ends_with("ing") && matches!(toks[k - 1].lower().as_str(), "is" | "are") {
        end = k - 1;
    }
    loop {
        if end > 0 && skippable_before_cue(toks, end - 1) {
            end -= 1;
        } else if end > 1 && time_phrase(&toks[end - 2], &toks[end - 1]) {
            end -= 2; // "Gemma Pryce last night accused"
        } else if end > 2 && quoted_adverb(&toks[end - 3..end]) {
            end -= 3; // "Ahmed Abdou Soilihi “categorically” rejected"
        } else {
            break;
        }
    }
    // "Timur Ospanov in a commentary to QazEnergy Wire expressed": the subject before
    // where the words appeared.
    // Not "Hours later, in a statement issued through his lawyer, Castellano denied", nor
    // "in a message posted", where the message is the subject of the cue.
    let medium = (end.saturating_sub(10)..end).find(|&i| in_a_medium(toks, i));
    let addressed = |i: usize| i + 3 < end && matches!(toks[i + 3].lower().as_str(), "with" | "to" | "for" | "on");
    if let Some(at) = medium.filter(|&i| addressed(i) && toks[i..end].iter().all(|t| t.text != ",")) {
        end = at;
    }
    // "The chief, for her part, warned": the subject before the aside.
    if end >= 3 && toks[end - 1].text == "," {
        // "The initiative, in a statement made available to The Eastern Clarion on Monday, said": a
        // medium's aside runs long.
        let open = (end.saturating_sub(16)..end - 1).rev().find(|&i| toks[i].text == ",");
        // "The department, in a written reply to the Tribune, said": where the words appeared.
        // "The federation's president, Apostolos Gkoumas, speaking to Thessalia Live, said".
        let speaking = |o: usize| {
            let verb = toks[o + 1].lower();
            matches!(verb.as_str(), "speaking" | "talking" | "writing" | "responding" | "replying")
                && end - o <= 9
                && toks[o + 2..end - 1].iter().all(|t| t.is_word() && !t.quoted)
        };
        // "Fine Gael councillor Máire Lenihan, while sympathetic to the traders, warned": a concession.
        let conceding = |o: usize| {
            matches!(toks[o + 1].lower().as_str(), "while" | "though" | "although" | "albeit")
                && end - o <= 10
                && toks[o + 2..end - 1].iter().all(|t| t.is_word() && !t.quoted)
        };
        let aside = open.filter(|&o| {
            o + 1 < end - 1 && toks[o + 1..end - 1].iter().all(|t| ASIDE_WORDS.contains(t.lower())) && end - o <= 6
                || in_a_medium(toks, o + 1)
                || o + 2 < end && (speaking(o) || conceding(o))
        });
        if let Some(o) = aside {
            end = o;
        }
    }
    // "Dobbs - nicknamed “The Sergeant Major” by his players - hit back": the name before the aside.
    if end >= 2 && is_spaced_dash(toks, end - 1) {
        if let Some(open) = (1..end - 1).rev().find(|&i| is_spaced_dash(toks, i)) {
            end = open;
            // "Samvel Petrosyan, 71 - a beekeeper for 50 years - told": the age before the aside too.
            if end >= 3 && toks[end - 2].text == "," && is_age(&toks[end - 1..end]) {
                end -= 2;
            }
        }
    }
    // `Shingo Matsuda, …, whom regulars call "Tako-nii," said`: the comma inside a nickname's
    // marks closes the aside.
    let nickname_closes = end >= 3
        && toks[end - 1].kind == TokKind::Punct
        && matches!(toks[end - 1].text, "\"" | "”" | "’" | "'")
        && toks[end - 2].text == ",";
    if nickname_closes {
        return appositive(toks, end - 2);
    }
    // "Prof. Ifeoma Okonkwo-Bakare, SAN, said": honours and degrees after a name are not the speaker.
    if end >= 4 && toks[end - 1].text == "," && POST_NOMINALS.contains(toks[end - 2].text) && toks[end - 3].text == ","
    {
        end -= 3;
    }
    // "Ing. Tomáš Kovařík, Ph.D., said", "prof. Ing. Vladimír Holub, CSc., noted": a degree written with stops.
    // "… Vladimír Holub, CSc., from the Faculty of Mining, noted": the window may end on the degree.
    // "H. Muh. Syukri Lanto, S.E., M.M., said": degrees one after another.
    loop {
        let last = if end >= 1 && toks[end - 1].text == "," { end - 1 } else { end };
        let open = (last.saturating_sub(7)..last).rev().find(|&i| toks[i].text == ",");
        // After a name or another degree: not "who gave only her initials, S.R., said".
        let after_name = |o: usize| o >= 1 && (toks[o - 1].is_capitalized() || toks[o - 1].text == ".");
        let degree = |o: usize| {
            let ts = &toks[o + 1..last];
            is_degree(ts) || after_name(o) && is_indonesian_degree(ts)
        };
        match open.filter(|&o| last >= 3 && o + 1 < last && degree(o)) {
            Some(o) => end = o,
            None => break,
        }
    }
    // "The International Council for the Exploration of the Sea (ICES)": the name before its acronym.
    if end > 0 && toks[end - 1].text == ")" {
        if let Some(open) = toks[..end - 1].iter().rposition(|t| t.text == "(") {
            end = open;
        }
    }
    let mut start = end;
    while start > 0 {
        let t = &toks[start - 1];
        if t.quoted || t.kind == TokKind::QuoteMark {
            break;
        }
        if t.kind == TokKind::Punct {
            if t.text == "," && start == end {
                return appositive(toks, start - 1);
            }
            // "PIRAEUS - The former chief engineer": a dash with spaces ends a dateline, not a name part.
            if is_spaced_dash(toks, start - 1) {
                break;
            }
            // A quotation mark that is no quote's (`known as "El Condor"`) names somebody.
            // "Himmerland Blade Works A/S": a Danish legal form's slash.
            // "XVII/Cenderawasih Military Command" too; not "Director/CEO Jane Smith", an office's.
            let named = |t: &Tok| t.is_capitalized() && !TITLES.contains(t.lower().as_str());
            let legal_slash = t.text == "/" && start >= 2 && named(&toks[start - 2]) && named(&toks[start]);
            if matches!(t.text, "’" | "'" | "." | "-" | "+" | "&" | "\"" | "“" | "”" | "„" | "«" | "»")
                || legal_slash
                || t.text == "," && joins_name(toks, start - 1, end)
                || t.text == "," && generation_after_comma(toks, start, end)
                || nickname_mark(toks, start - 1)
            {
                start -= 1;
                continue;
            }
            break;
        }
        let inside_name = t.is("and")
            && (joins_name(toks, start - 1, end)
                || joins_office(toks, start - 1, end)
                || joins_places(toks, start - 1, end));
        // "Dr Nor Azlina": a capitalised "Nor" after a capitalised word is a name.
        let named = t.is_capitalized() && start >= 2 && toks[start - 2].is_word() && toks[start - 2].is_capitalized();
        let boundary = BOUNDARY_WORDS.contains(t.lower().as_str()) && !named;
        if boundary && start < end && !inside_name {
            break;
        }
        if boundary && start == end {
            return Some(start..start);
        }
        start -= 1;
    }
    let start = strip_leading_adjuncts(toks, start, end);
    // "At the briefing he also promised": a pronoun after an opening phrase with no comma.
    let pronoun = end > start + 2 && matches!(toks[end - 1].lower().as_str(), "he" | "she" | "they" | "we");
    let opening = toks[start].is_capitalized() && ADJUNCT_PREPOSITIONS.contains(&toks[start].lower().as_str());
    if pronoun && opening && toks[start..end].iter().all(Tok::is_word) {
        return Some(end - 1..end);
    }
    // "Sibongile Ndlovu, 71, of Pumula South said": the person, then her age, then where she is from.
    let placed = start >= 4 && toks[start].is("of") && toks[start - 1].text == ",";
    if let Some(person) = placed.then(|| appositive(toks, start - 1)).flatten().filter(|w| !w.is_empty()) {
        if person.end + 1 < start && is_age(&toks[person.end + 1..start - 1]) {
            return Some(person);
        }
    }
    if let Some(described) = restrictive_subject(toks, end) {
        return Some(described);
    }
    // "A nutrition survey carried out in September by the Office of the United Nations
    // High Commissioner for Refugees found": a document's subject runs long.
    let lower: Vec<String> = toks[start..end].iter().take(4).map(Tok::lower).collect();
    // "The Ministry of Internally Displaced Persons from the Occupied Territories, Labour, Health
    // and Social Affairs said": so does a ministry's name.
    // "A spokeswoman for the Ministry of …": its voice too.
    let ministry = toks[start..end].windows(2).take(6).any(|w| w[0].is("Ministry") && w[1].is("of"));
    let longest = if names_a_study(lower.iter().map(String::as_str)) || ministry { 25 } else { 12 };
    (end - start <= longest).then_some(start..end)
}

/// "Marvin T. Seeboe, Jr. said": the generation after the comma at `at - 1` is the name's.
fn generation_after_comma(toks: &[Tok], at: usize, end: usize) -> bool {
    at >= 2
        && toks[at - 2].is_capitalized()
        && is_generation(toks[at].text)
        && toks[at + 1..end].iter().all(|t| t.text == ".")
}

/// "in an interview with Reuters", "in a commentary to QazEnergy Wire": where
/// the words appeared, between a speaker and the cue.
fn in_a_medium(toks: &[Tok], i: usize) -> bool {
    const MEDIA: &[&str] = &[
        "interview", "commentary", "comment", "comments", "conversation", "statement", "letter", "speech", "briefing",
        "message", "post", "video", "podcast", "reply", "response", "note", "email", "e-mail", "submission", "report",
        "bulletin", "outlook", "update",
    ];
    let medium = |j: usize| toks.get(j).is_some_and(|t| MEDIA.contains(&t.lower().as_str()));
    // "in a written reply": one word may describe the medium; "in its September Monetary Policy
    // Report": a title of up to four capitalised words.
    let described = toks.get(i + 2).is_some_and(|t| t.is_word() && !t.is_capitalized()) && medium(i + 3)
        || (i + 3..i + 7).find(|&j| medium(j)).is_some_and(|j| {
            toks[i + 2..j].iter().all(|t| t.is_word() && t.is_capitalized()) && toks[j].is_capitalized()
        });
    i > 0
        && toks[i].is("in")
        && toks.get(i + 1).is_some_and(|t| matches!(t.lower().as_str(), "a" | "an" | "the" | "his" | "her" | "its"))
        && (medium(i + 2) || described)
}

/// A title or an office, as "head coach" or "Speaker" before a name.
pub(super) fn office_word(t: &Tok) -> bool {
    let lower = t.lower();
    TITLES.contains(lower.as_str()) || OFFICES.contains(lower.as_str())
}

/// " - " or " – " with spaces on both sides: an aside or a dateline's end, not a hyphen in a name.
pub(super) fn is_spaced_dash(toks: &[Tok], i: usize) -> bool {
    let t = &toks[i];
    matches!(t.text, "-" | "–" | "—")
        && i > 0
        && toks[i - 1].end < t.start
        && toks.get(i + 1).is_some_and(|n| n.start > t.end)
}

/// "An instructor who led a group across a stream in Fiordland has told":
/// the noun the sentence opens with, not the last name in its relative clause.
fn restrictive_subject(toks: &[Tok], end: usize) -> Option<Range<usize>> {
    // "However, a senior official … who asked not to be named told": past an opening conjunction or adverb.
    let opening = toks.first().is_some_and(|t| {
        let lower = t.lower();
        matches!(lower.as_str(), "but" | "and" | "yet") || SENTENCE_ADVERBS.contains(&lower.as_str())
    });
    let start = if opening { 1 + usize::from(toks.get(1).is_some_and(|t| t.text == ",")) } else { 0 };
    let who = toks.get(start..end)?.iter().position(|t| t.is("who"))? + start;
    let opens_described = toks.get(start).is_some_and(|t| matches!(t.lower().as_str(), "a" | "an" | "the" | "one"));
    let clause_plain = toks[who..end].iter().all(|t| t.is_word() && !t.quoted);
    (opens_described && (2..=10).contains(&(who - start)) && clause_plain).then_some(start..who)
}

/// "Competition and Markets Authority", "Department for Culture, Media and
/// Sport": the conjunction or comma at `i` joins the parts of one
/// organisation's name, not two subjects ("Britain and France said").
pub(super) fn joins_name(toks: &[Tok], i: usize, end: usize) -> bool {
    let capital = |j: usize| toks.get(j).is_some_and(|t| t.is_word() && t.is_capitalized() && !t.quoted);
    if i == 0 || !capital(i - 1) || !capital(i + 1) || i + 1 >= end {
        return false;
    }
    // "the Court of Appeal, Justice Anne Whitford wrote": a titled person after the name.
    let after = &toks[i + 1..end];
    let titled_person = after.len() >= 3
        && TITLES.contains(after[0].lower().trim_end_matches('.'))
        && after[1..].iter().all(|t| t.is_word() && t.is_capitalized() || matches!(t.text, "-" | "."))
        && !ORG_WORDS.contains(after[after.len() - 1].lower().as_str());
    if titled_person {
        return false;
    }
    // "NHS West Highland and Islands": a health board is named after its area.
    let run_start = (0..i).rev().take_while(|&j| toks[j].is_word() && toks[j].is_capitalized()).last();
    // "In Havana, Cuba's Ministry of Foreign Affairs said": a place, then the speaker.
    // "In a statement issued on Wednesday, UL Hospitals Group said": a day, then the speaker.
    // Not "On Tuesday Competition and Markets Authority said": without the comma the day joins nothing.
    let preposition =
        |j: usize| matches!(toks[j].lower().as_str(), "in" | "at" | "from") || toks[i].text == "," && toks[j].is("on");
    let placed = run_start.is_some_and(|j| preposition(j) || j > 0 && preposition(j - 1));
    if placed {
        return false;
    }
    let prefixed = run_start.is_some_and(|j| ORG_PREFIXES.contains(&toks[j].text));
    if prefixed && toks[i + 1..end].iter().all(|t| t.is_capitalized()) {
        return true;
    }
    // "Customs and Border Protection", "Citizenship and Immigration Services": what an agency does,
    // closing its name as a head word would.
    let head = |t: &Tok| {
        let lower = t.lower();
        ORG_WORDS.contains(lower.as_str())
            || matches!(lower.as_str(), "bureau" | "protection" | "services" | "administration" | "enforcement")
    };
    // "Forest and Rural Workers' Union": the apostrophe of a plural is part of the name.
    // "the Foreign, Commonwealth and Development Office": a list inside the name.
    let in_name = |t: &Tok| {
        t.is_capitalized() || t.is("of") || t.is("for") || t.is("and") || t.is("in") || matches!(t.text, "'" | "’")
    };
    // "the Nurses and Midwives Union of Ireland": the head before what it is of.
    let head_then_of = (i + 1..end.saturating_sub(2))
        .any(|j| head(&toks[j]) && (toks[j + 1].is("of") || toks[j + 1].is("in")) && toks[j + 2].is_capitalized());
    if (head(&toks[end - 1]) || head_then_of) && toks[i + 1..end].iter().all(in_name) {
        return true;
    }
    // "Department of Health and Social Care": a head with "of"/"for" earlier in the name.
    // "Ministry of Internally Displaced Persons from the Occupied Territories, Labour, Health and
    // Social Affairs": a portfolio may run long, and take "the" and "from".
    let mut j = i;
    while j > 0 && i - j < 14 {
        j -= 1;
        let t = &toks[j];
        // "Directorate General of Customs and Excise": the head, then "General".
        let general = j > 1 && toks[j - 1].is("General") && head(&toks[j - 2]);
        // "Kentucky Cabinet for Health and Family Services", "Centers for Disease Control and Prevention".
        let heads_for = |t: &Tok| matches!(t.text, "Cabinet" | "Centers" | "Centres");
        let head_of = j > 0 && (head(&toks[j - 1]) || heads_for(&toks[j - 1]) || general);
        if (t.is("of") || t.is("for")) && head_of && toks[j - 1].is_capitalized() {
            return true;
        }
        if !(t.is_capitalized() || t.is("and") || t.is("the") || t.is("from") || t.text == "," || t.text == "&") {
            return false;
        }
    }
    false
}

/// "Indonesia's energy and mineral resources ministry": the "and" at `i`
/// joins the portfolio of one lowercase office after a possessive.
fn joins_office(toks: &[Tok], i: usize, end: usize) -> bool {
    let head = toks[end - 1].lower();
    let office = matches!(head.as_str(), "ministry" | "department" | "agency" | "office" | "commission");
    let lowercase = |r: std::ops::Range<usize>| toks[r].iter().all(|t| t.is_word() && !t.is_capitalized());
    let possessive = (i.saturating_sub(3)..i).any(|j| {
        let t = toks[j].text;
        crate::extract::speakers::possessive(t) || matches!(t, "’" | "'") && toks[j + 1].is("s")
    });
    office && end - i <= 5 && i >= 2 && lowercase(i + 1..end) && possessive
}

/// "Residents of Marash and Tusus": the "and" at `i` joins the places a group
/// of unnamed sources comes from, which runs on to the cue at `end`.
fn joins_places(toks: &[Tok], i: usize, end: usize) -> bool {
    let capital = |t: &Tok| t.is_word() && t.is_capitalized() && !t.quoted;
    // "… and Adana provinces": the kind of the places, written small after them.
    let kind = |t: &Tok| {
        matches!(t.lower().as_str(), "provinces" | "districts" | "regions" | "counties" | "villages" | "states")
    };
    let end = if end > i + 2 && kind(&toks[end - 1]) { end - 1 } else { end };
    // A place is a word or two: not "Prime Minister Keir Starmer", "NATO", "Russia's Gazprom".
    let place = |t: &Tok| {
        capital(t)
            && !TITLES.contains(t.lower().as_str())
            && !ORG_WORDS.contains(t.lower().as_str())
            && t.text.chars().any(char::is_lowercase)
            && !t.text.contains(['\'', '’'])
    };
    if i + 1 >= end || end - i > 3 || !toks[i + 1..end].iter().all(place) {
        return false;
    }
    let Some(run) = (0..i).rev().take_while(|&j| capital(&toks[j])).last() else {
        return false;
    };
    let from = |t: &Tok| matches!(t.lower().as_str(), "of" | "in" | "on" | "from");
    run >= 2 && from(&toks[run - 1]) && UNNAMED_NOUNS.contains(toks[run - 2].lower().as_str())
}

/// Where the capitalised run after `i` ends: "and Rescue Service" → after "Service".
pub(super) fn name_end(toks: &[Tok], i: usize) -> usize {
    let mut j = i + 1;
    while j < toks.len() && toks[j].is_word() && toks[j].is_capitalized() && !toks[j].quoted {
        j += 1;
    }
    j
}

fn time_phrase(a: &Tok, b: &Tok) -> bool {
    matches!(a.lower().as_str(), "last" | "this" | "yesterday" | "late" | "earlier")
        && matches!(b.lower().as_str(), "night" | "week" | "morning" | "evening" | "afternoon" | "month" | "year")
}

fn skippable_before_cue(toks: &[Tok], i: usize) -> bool {
    let t = &toks[i];
    if !t.is_word() || t.quoted {
        return false;
    }
    let lower = t.lower();
    if AUX.contains(lower.as_str()) || lower.ends_with("n't") || lower.ends_with("n’t") || lower == "not" {
        return true;
    }
    // "Police have since confirmed": "since" after a perfect's auxiliary, not a clause's opening.
    let perfect = i > 0 && matches!(toks[i - 1].lower().as_str(), "has" | "have" | "had");
    if lower == "since" && perfect {
        return true;
    }
    // "X on Thursday said", "X categorically rejected"; not "Ciarán Fennelly said".
    // "An official, who spoke on condition of anonymity, however said": not the sentence's opening "However,".
    t.text.starts_with(char::is_lowercase) && (manner_adverb(&lower) || lower == "however")
        || WEEKDAYS.contains(&lower.as_str()) && i > 0 && toks[i - 1].is("on")
        || lower == "on" && toks.get(i + 1).is_some_and(|n| WEEKDAYS.contains(&n.lower().as_str()))
        || for_ones_part(toks, i)
}

/// An adverb of manner in "-ly" ("categorically", "vehemently"); not the nouns
/// and adjectives that end so ("a rally", "the daily", "an ally").
pub(super) fn manner_adverb(lower: &str) -> bool {
    const NOT_ADVERBS: &[&str] = &[
        "family", "rally", "ally", "supply", "reply", "assembly", "daily", "weekly", "monthly", "quarterly", "july",
        "italy", "anomaly", "monopoly", "elderly", "assembly", "fly", "holy", "only", "early", "bully",
    ];
    lower.len() > 5 && lower.ends_with("ly") && lower.chars().all(char::is_alphabetic) && !NOT_ADVERBS.contains(&lower)
}

/// A one-word quote of manner: the “categorically” of "“categorically” rejected".
fn quoted_adverb(ts: &[Tok]) -> bool {
    let mark = |t: &Tok| matches!(t.text, "\"" | "“" | "”");
    let word = &ts[1];
    mark(&ts[0])
        && mark(&ts[2])
        && word.is_word()
        && word.text.starts_with(char::is_lowercase)
        && manner_adverb(&word.lower())
}

/// Whether token `i` is in "for her part" without the commas of an aside:
/// "Insp. Marie-Lourdes Fils-Aimé, for her part promised".
fn for_ones_part(toks: &[Tok], i: usize) -> bool {
    let possessive = |t: &Tok| matches!(t.lower().as_str(), "his" | "her" | "its" | "their" | "our" | "my");
    (i.saturating_sub(2)..=i)
        .any(|s| toks.get(s..s + 3).is_some_and(|w| w[0].is("for") && possessive(&w[1]) && w[2].is("part")))
}

/// "X, who ..., said", "Gareth Lowther, 52, of Mill Lane, Eastbridge,
/// denied", "The commander, Rear Admiral Kofi Asante, told": the speaker is
/// the subject before a chain of descriptive clauses, or the clause that is a
/// name when the subject is only a description.
fn appositive(toks: &[Tok], comma: usize) -> Option<Range<usize>> {
    let mut segments: Vec<Range<usize>> = Vec::new();
    let mut end = comma;
    // "OSLO, Aug 7 - Skarvik Seafood ASA, the world's …, reported": the dateline is no clause.
    let floor = (1..comma).rev().find(|&i| is_spaced_dash(toks, i)).map_or(0, |d| d + 1);
    while segments.len() < 5 {
        let Some(open) = toks[floor..end].iter().rposition(|t| t.text == "," && !t.quoted).map(|i| floor + i) else {
            break;
        };
        // "Jean-Luc Armengaud (Divers gauche),": the name without its party in brackets.
        let bracket = (toks[end - 1].text == ")")
            .then(|| (open + 1..end - 1).rev().find(|&i| toks[i].text == "("))
            .flatten()
            .filter(|&b| b > open + 1);
        let seg = open + 1..bracket.unwrap_or(end);
        // "Jean-Robert Délice, alias "Ti Malice", the leader of the gang, threatened": a nickname.
        // "Mr Siraje Kawooya Ssebunya, popularly known as 'Sebbe', said": a nickname in an aside too.
        let alias = toks[seg.clone()].first().is_some_and(|t| t.is("alias") || t.is("aka"))
            || gives_nickname(&toks[seg.clone()]);
        // "Neimar Gradnja, the Zemun-based firm that replaced the roof … in 2019 under a city
        // contract worth 18.4 million dinars, denied": a description on an article runs longer.
        // Not "the federal economy ministry said Germany remained committed …, adding": a clause.
        let cued = || toks[seg.clone()].iter().any(|t| crate::extract::cues::lookup(&t.lower()).is_some());
        let described = toks.get(open + 1).is_some_and(|t| matches!(t.lower().as_str(), "the" | "a" | "an")) && !cued();
        // "…, the company said, adding that …": an attribution before the participle, not a description;
        // not after a bare subject ("The suspect, the police said, adding that he was armed, fled").
        let clause_before = toks[floor..open].iter().filter(|t| t.is_word()).count() >= 4;
        let attribution = clause_before
            && toks[seg.clone()].last().is_some_and(|t| {
                matches!(
                    t.text,
                    "said" | "says" | "told" | "added" | "wrote" | "explained" | "noted" | "warned" | "insisted"
                )
            })
            && !toks[seg.clone()].iter().any(|t| matches!(t.lower().as_str(), "who" | "whose" | "which" | "that"));
        // "Lisa Vonbank, spokeswoman for the citizens' initiative "Boden für Morgen", said": a body's
        // name in quotation marks closing the description.
        let named_in_marks = || {
            let ts = &toks[seg.clone()];
            let first_mark = ts.iter().position(|t| t.kind == TokKind::QuoteMark);
            first_mark.is_some_and(|m| {
                m >= 2
                    && ts[m + 1..].iter().filter(|t| t.is_word()).count() <= 6
                    && ts.get(m + 1).is_some_and(|t| t.is_capitalized())
                    && ts.last().is_some_and(|t| t.kind == TokKind::QuoteMark)
            })
        };
        if seg.is_empty()
            || attribution
            || seg.len() > if described { 32 } else { 20 }
            || !alias && toks[seg.clone()].iter().any(|t| t.quoted || t.kind == TokKind::QuoteMark) && !named_in_marks()
        {
            break;
        }
        segments.push(seg);
        end = open;
    }
    let nearest = segments.first()?;
    if let Some(name) = segments.iter().find_map(|s| name_given_as(toks, s)) {
        return Some(name);
    }
    // "A woman who arrived on Sunday, and who asked that her name not be used, told": a second relative clause.
    let second_clause = toks[nearest.start].is("and") && toks.get(nearest.start + 1).is_some_and(|t| t.is("who"));
    let opener = if second_clause { "who".to_string() } else { toks[nearest.start].lower() };
    let subject = speaker_window(toks, end).filter(|w| !w.is_empty() && w.end <= end);
    // "Sione Fifita, Tonga’s climate envoy, said": any short description after a name.
    // "Consumer advocate Darnell Okafor, policy director at …, warned": a title opening the sentence.
    let named_subject = subject.as_ref().is_some_and(|w| {
        is_name(&toks[w.clone()]) || w.start == 0 && w.len() >= 4 && titled_name(&toks[w.start + 1..w.end])
    });
    // "A spokesman for Marri Crescent Holdings, al-Marri's investment firm, denied": a possessive description.
    let seg = &toks[nearest.clone()];
    let possessive = seg.iter().any(|t| matches!(t.text, "'" | "’") || crate::extract::speakers::possessive(t.text))
        && seg.last().is_some_and(|t| t.is_word() && !t.is_capitalized());
    let descriptive = named_subject
        || possessive
        || APPOSITIVE_OPENERS.contains(&opener.as_str())
        // "A submission from Leinster Water, opened to the court by Ms Kerr, stated": a passive clause.
        || opener.ends_with("ed") && seg.iter().any(|t| t.is("by"))
        // "The institute's report, published this morning, found": when a document came out.
        || matches!(opener.as_str(), "published" | "released" | "issued" | "presented" | "tabled" | "leaked" | "dated")
        // "Mona El-Sherbiny, professor of finance at the Cairo Institute, told": her office.
        || TITLES.contains(opener.as_str()) && toks[nearest.start].is_word() && !toks[nearest.start].is_capitalized()
        // "On Monday, Maryam Al-Sabbagh, Chief Executive of the Board, said": an office after a name.
        // "On Thursday, Rachel Trebilcock, chief executive of the Federation, warned": an office too.
        || (TITLES.contains(opener.as_str()) || OFFICES.contains(opener.as_str()))
            && segments.get(1).is_some_and(|s| is_name(&toks[s.clone()]))
        || matches!(opener.as_str(), "of" | "from" | "aged")
        // "Residents of Jahra and Farwaniya, two of the most densely populated governorates, told".
        || matches!(opener.as_str(), "both" | "two" | "three" | "four") && toks.get(nearest.start + 1).is_some_and(|t| t.is("of"))
        || is_age(&toks[nearest.clone()])
        || gives_nickname(seg)
        || is_name(&toks[nearest.clone()])
        || titled_name(&toks[nearest.clone()]);
    let apposed = segments.len() == 1 && subject.as_ref().is_some_and(|w| w.end + 1 == nearest.start);
    if apposed && body_named_small(toks, subject.as_ref(), seg) {
        return Some(nearest.clone());
    }
    if !descriptive {
        return None;
    }
    // "However, the minister, a former banker, said": the opening word is no subject.
    let adjunct = subject.as_ref().is_some_and(|w| {
        let first = toks[w.start].lower();
        // "In Kumasi, Kwabena Asare-Mensah, a historian, told": the place opens the sentence.
        let after_preposition = w.start > 0 && ADJUNCT_PREPOSITIONS.contains(&toks[w.start - 1].lower().as_str());
        // "Presenting the report on Thursday, Morag Lindsay-Kerr, convener of …, told": a participle's clause.
        // Not "Managing director Pieter van der Berg" nor "Fuming cabbie Dave Turner": a verb and its object.
        let participle = w.start == 0
            && first.len() > 5
            && first.ends_with("ing")
            && w.len() >= 2
            && matches!(toks[w.start + 1].lower().as_str(), "the" | "a" | "an" | "his" | "her" | "its" | "their");
        // "In a letter to the council on Thursday, Jane Doe, abbot of the pagoda, wrote": the phrase
        // the sentence opens on, whatever its own prepositions.
        // Not "Speaking on Gbewaa FM's morning show, Dagbon Today, on Monday, …": a participle's
        // clause may name a programme after a comma of its own.
        let opening_phrase = toks[0].is_capitalized()
            && matches!(
                toks[0].lower().as_str(),
                "in" | "on" | "at" | "after" | "before" | "during" | "under" | "amid"
            )
            && !toks[..w.start].iter().any(|t| t.text == "," || t.kind == TokKind::QuoteMark);
        after_preposition
            || participle
            || opening_phrase
            || w.len() <= 3
                && (SENTENCE_ADVERBS.contains(&first.as_str()) || ADJUNCT_PREPOSITIONS.contains(&first.as_str()))
    });
    let subject = if adjunct { segments.last().cloned() } else { subject };
    // "The state's first witness, former chief financial officer Patience Sithole, testified".
    // Not "of the Alianza Civica Nacional": where the speaker is from, never who they are.
    let affiliation = |s: &Range<usize>| toks[s.start].is("of") || toks[s.start].is("from");
    let named = |s: &Range<usize>| {
        let ts = &toks[s.clone()];
        // Not "whose two sons attend Dalmore Primary", "who chairs the Serikat Buruh Migran
        // Nusantara", "who is married to Kevin Otieno": a relative clause ends on a name of its
        // own. But "who introduced herself as Grace Achieng" and "who is also her brother Kevin
        // Otieno" give the speaker's.
        let tail = ts.iter().rev().take_while(|t| t.is_word() && t.is_capitalized()).count();
        let names_speaker = tail > 0 && ts.len() > tail && ts[ts.len() - tail - 1].is("as")
            || ts.get(1).is_some_and(|t| t.is("is") || t.is("was")) && ts.get(2).is_some_and(|t| t.is("also"));
        let relative = matches!(ts[0].lower().as_str(), "whose" | "which" | "where")
            || matches!(ts[0].lower().as_str(), "who" | "whom") && !names_speaker;
        (is_name(ts) || titled_name(ts)) && !affiliation(s) && !is_degree(ts) && !gives_nickname(ts) && !relative
    };
    // "Marlford’s MP, Sir Anthony Wrexley-Hume, said": an office before the name is not the name.
    // "The Minister for Lands and Natural Resources, Hon. Kwabena Asamoah-Boadu,": the end of an office's name.
    // "The Vice Minister of Territorial Governance, Luis Alberto Céspedes Ramos,": an office by its name.
    let office = |w: &Range<usize>| {
        TITLES.contains(toks[w.end - 1].lower().as_str())
            || w.start > 0 && matches!(toks[w.start - 1].lower().as_str(), "and" | "for" | "of" | "&")
            || toks[w.clone()]
                .iter()
                .position(|t| {
                    t.is_word() && (OFFICES.contains(t.lower().as_str()) || RULERS.contains(t.lower().as_str()))
                })
                .is_some_and(|at| toks[w.start + at..w.end].iter().any(|t| t.is("of")))
    };
    // "the vice-minister of Hydrocarbon Marketing, Freddy Mamani Gutiérrez,": an office of a body.
    let linked = |w: &Range<usize>| toks[w.clone()].iter().any(|t| matches!(t.lower().as_str(), "of" | "de" | "to"));
    // "The Ulu-o-Tokelau, Aliki Faipule Tealofi Kirifi, said": a description on "the", then the name.
    let described =
        |w: &Range<usize>| toks[w.start].is("the") && toks[w.clone()].iter().filter(|t| t.is_word()).count() == 2;
    match subject {
        // "School board chairwoman Anna McCorkindale, who farms with her husband, Craig, on the … Rd,
        // said": a titled name keeps the verb too.
        Some(w)
            if (is_name(&toks[w.clone()]) || titled_name(&toks[w.clone()]) && !linked(&w))
                && !office(&w)
                && !described(&w)
                || !segments.iter().any(named) =>
        {
            Some(w)
        }
        // "Rachel Trebilcock, chief executive of the … Federation, which …": the bare name
        // before an office of a body that merely looks titled.
        _ => {
            let first = segments.iter().find(|s| named(s))?;
            let office_of_body = toks[first.clone()].iter().any(|t| t.is("of"));
            let bare = || segments.iter().find(|s| named(s) && is_name(&toks[s.start..s.end]));
            if office_of_body { bare().or(Some(first)) } else { Some(first) }.cloned()
        }
    }
}

/// "Bednář's union, Odborový svaz KOVO, warned", "the city, Mestna občina
/// Ljubljana, said": a body's name in its own language, with words written
/// small inside, after the noun it names.
fn body_named_small(toks: &[Tok], subject: Option<&Range<usize>>, seg: &[Tok]) -> bool {
    let noun = subject.filter(|w| !w.is_empty()).is_some_and(|w| ORG_WORDS.contains(toks[w.end - 1].lower().as_str()));
    let capital = |t: Option<&Tok>| t.is_some_and(|t| t.is_word() && t.is_capitalized());
    let joined = seg.iter().any(|t| t.is("and") || t.is("or"));
    let worded = seg.iter().all(Tok::is_word) && !joined;
    noun && (2..=6).contains(&seg.len()) && capital(seg.first()) && capital(seg.last()) && worded
}

/// "who gave her name only as Iya Basira", "identified only as Kerry": a
/// source who gave a name of their own; the name, as given. Not "known to his
/// men as "Spider"", a nickname of somebody the article has named.
fn name_given_as(toks: &[Tok], seg: &Range<usize>) -> Option<Range<usize>> {
    let ts = &toks[seg.clone()];
    let given = ts.iter().any(|t| t.is("name")) || ts.first().is_some_and(|t| t.is("identified"));
    let as_at = ts.iter().rposition(|t| t.is("as"))?;
    let name = &ts[as_at + 1..];
    let named = !name.is_empty() && name.len() <= 4 && name.iter().all(|t| t.is_word() && t.is_capitalized());
    (given && named).then(|| seg.start + as_at + 1..seg.end)
}

/// "former chief financial officer Patience Sithole": lowercase title words,
/// then a name of two or more capitalised words.
pub(super) fn titled_name(ts: &[Tok]) -> bool {
    let tail = ts.iter().rev().take_while(|t| t.is_word() && name_word(t)).count();
    let head = &ts[..ts.len() - tail];
    // Not "professor of finance at the Cairo Institute": a place, not a name, after "at the".
    // Nor "contacted by Le Quotidien": who had the words, not who said them.
    // Nor "head of operations for the St Catherine South Division": the body served.
    let placed = head.iter().any(|t| matches!(t.lower().as_str(), "at" | "in" | "on" | "with" | "from" | "by" | "for"));
    // "Queenstown property investor Bradley Kingsford", "Argentinian ski instructor Lucía Benítez": a
    // place or nationality before the description.
    // Not "Representative to the Lao PDR", "The consejero de Medio Rural": an office of a place.
    let article = matches!(head.first().map(|t| t.lower()).as_deref(), Some("the" | "a" | "an"));
    let linked = article || head.iter().any(|t| matches!(t.lower().as_str(), "to" | "de" | "del"));
    let placed_before = usize::from(head.len() >= 3 && head[0].is_capitalized() && !linked);
    tail >= 2
        && !head.is_empty()
        && head.len() <= 5
        && !placed
        // "mec. Krzysztof Bielawski", "dott. Marco Rossi": a title's full stop.
        && head.first().is_some_and(Tok::is_word)
        && head[placed_before..].iter().all(|t| t.is_word() && !t.is_capitalized() || t.text == ".")
}

pub(super) const ADJUNCT_PREPOSITIONS: &[&str] = &[
    "in", "on", "at", "after", "before", "for", "with", "under", "outside", "inside", "near", "during", "from",
    "following", "despite", "amid", "speaking", "asked", "writing", "reacting", "responding", "commenting", "replying",
    "testifying", "reached", "contacted", "interviewed", "approached",
];

pub(super) const SENTENCE_ADVERBS: &[&str] = &[
    "however", "meanwhile", "earlier", "later", "separately", "yesterday", "instead", "still", "indeed", "today",
    "previously", "also", "nonetheless", "moreover", "again", "then", "now", "nearby", "elsewhere", "inside",
    "outside", "abroad", "overseas", "downstream", "upstream", "late", "early",
];

/// "popularly known as 'Sebbe'", "known as Skelly": an aside giving a nickname.
fn gives_nickname(ts: &[Tok]) -> bool {
    let calls = || ts.iter().any(|t| matches!(t.lower().as_str(), "call" | "calls" | "called"));
    // "whom fishermen along this coast call "Jesu Annai"", "as her neighbours call her".
    let called = ts.first().is_some_and(|t| t.is("whom"))
        || ts.first().is_some_and(|t| t.is("as")) && ts.last().is_some_and(|t| t.is("him") || t.is("her"));
    ts.iter().take(2).any(|t| t.is("known")) && ts.iter().any(|t| t.is("as")) || called && calls()
}

/// "Ph.D.", "CSc.", "DrSc.", "M.Sc.": a degree after a name, written with full stops.
fn is_degree(ts: &[Tok]) -> bool {
    let written: String = ts.iter().map(|t| t.text).collect();
    matches!(
        written.as_str(),
        "Ph.D." | "Ph.D" | "CSc." | "DrSc." | "DSc." | "M.Sc." | "MSc." | "Th.D." | "Dr.h.c." | "PhDr."
    )
}

/// Indonesia's "S.E.", "M.T.", "M.Si.", "S.Pd.": a bachelor's (S.) or master's
/// (M.) letter and the field's. Initials look the same ("her initials, S.R."):
/// only after a name.
fn is_indonesian_degree(ts: &[Tok]) -> bool {
    let written: String = ts.iter().map(|t| t.text).collect();
    written.strip_prefix("S.").or_else(|| written.strip_prefix("M.")).is_some_and(|field| {
        let field = field.strip_suffix('.').unwrap_or("");
        (1..=4).contains(&field.len())
            && field.starts_with(|c: char| c.is_ascii_uppercase())
            && field.chars().all(|c| c.is_ascii_alphabetic())
    })
}

fn is_age(ts: &[Tok]) -> bool {
    !ts.is_empty() && ts.iter().all(|t| t.text.chars().all(|c| c.is_ascii_digit()))
}

/// A quotation mark around a nickname inside a name (`Raymond "Ray" Kowalczyk`),
/// which the quote finder left out: capitalised words on both sides.
pub(super) fn nickname_mark(toks: &[Tok], i: usize) -> bool {
    let word = |j: usize| toks.get(j).is_some_and(|t| t.is_word() && t.is_capitalized() && !t.quoted);
    // `Gustavo "el Colo" Ferrari`: an article opens the nickname; `Hendrika "Riek" van der
    // Meulen`: particles open the surname after it.
    let small = |j: usize| {
        toks.get(j).is_some_and(|t| matches!(t.text, "il" | "lo") || PARTICLES.contains(t.text) && !t.is_capitalized())
    };
    let opens_name = |j: usize| word(j) || small(j) && (word(j + 1) || small(j + 1) && word(j + 2));
    // `Ricardo 'Scoops' Tulloch`: single marks too.
    matches!(toks[i].text, "\"" | "“" | "”" | "„" | "«" | "»" | "'" | "‘" | "’")
        && i > 0
        && word(i - 1)
        && opens_name(i + 1)
}

/// A capitalised word of a name, or one with its particle joined on: "al-Hashmi", "el-Sisi".
pub(super) fn name_word(t: &Tok) -> bool {
    t.is_capitalized()
        || t.text.split_once('-').is_some_and(|(p, rest)| PARTICLES.contains(p) && rest.starts_with(char::is_uppercase))
}

/// Capitalised words (with "of"), short enough to be a name or title and name.
pub(super) fn is_name(ts: &[Tok]) -> bool {
    // "Datuk Seri Azlan bin Hamzah": particles inside a name.
    // "Iain Mac a' Phearsain", "Alasdair Mac an Tàilleir": the article of a Gaelic surname.
    let gaelic = |i: usize| matches!(ts[i].text, "a" | "an" | "na") && matches!(ts[i - 1].text, "Mac" | "Nic");
    let particle = |i: usize| i > 0 && (PARTICLES.contains(ts[i].text) || gaelic(i));
    // Not "Its Secretary-General": an office of a body named before. "His Excellency Dr. Saeed …" is a style.
    let styled = ts.get(1).is_some_and(|t| {
        matches!(
            t.text,
            "Excellency" | "Majesty" | "Highness" | "Royal" | "Holiness" | "Eminence" | "Honour" | "Worship"
        )
    });
    let possessive =
        !styled && ts.first().is_some_and(|t| ["its", "his", "her", "their", "our"].iter().any(|w| t.is(w)));
    !ts.is_empty()
        && !possessive
        && ts.len() <= 10
        && ts.iter().enumerate().all(|(i, t)| {
            t.is_word() && (name_word(t) || t.is("of") || particle(i))
                || matches!(t.text, "." | "-" | "’" | "'" | "\"" | "“" | "”" | "„" | "«" | "»")
        })
        && ts.iter().any(|t| t.is_word() && t.is_capitalized())
}

fn strip_leading_adjuncts(toks: &[Tok], mut start: usize, end: usize) -> usize {
    while start < end {
        let lower = toks[start].lower();
        let lead = matches!(
            lower.as_str(),
            "on" | "in"
                | "earlier"
                | "later"
                | "meanwhile"
                | "however"
                | "separately"
                | "also"
                | "last"
                | "this"
                | "late"
                | "early"
                | "then"
        ) || WEEKDAYS.contains(&lower.as_str())
            // "Now the Northeast Tenants Union is threatening": not "Now" of a name.
            || toks[start].text == "Now" && toks.get(start + 1).is_some_and(|t| t.is("the"))
            || matches!(
                lower.as_str(),
                "week" | "night" | "morning" | "evening" | "afternoon" | "month" | "today" | "yesterday"
            );
        if !lead || end - start == 1 {
            break;
        }
        start += 1;
    }
    start
}

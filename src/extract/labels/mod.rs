//! Transcripts: paragraphs opened by a speaker label ("Vladimir Putin:",
//! "Q:"). Each paragraph of an answer, and of the unlabelled paragraphs that
//! follow it, is a statement of its speaker; questions are not claims.

mod read;

use crate::extract::speakers::lexicon::{ORG_WORDS, PARTICLES, TITLES};
use crate::segment;
use crate::segment::wordset::WordSet;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

use read::{call_heading, dash_label, label_at, person_named, speech_heading};

/// Header lines that look like labels but name nobody.
static NOT_LABELS: WordSet = WordSet::new(&[
    "speakers", "speaker", "notes", "note", "present", "participants", "source", "sources", "location", "venue",
    "date", "time", "attendees", "update", "updated", "correction", "photo", "caption", "transcript", "embargo",
    "contact", "media contact", "editor's note", "editor’s note", "subject", "re", "topic", "last updated",
    "written by", "disclaimer", "published", "first published", "posted", "read more", "also read", "reported by",
    "edited by", "verdict", "our verdict", "rating", "our rating", "ruling", "our ruling", "claim", "the claim",
    // A page's chrome: "Share: WhatsApp | X | Facebook | Copy link".
    "share", "share this", "share this article", "follow", "follow us", "tags", "topics", "related", "see also",
    "listen", "watch", "subscribe", "advertisement", "sponsored", "print", "email", "comments",
    // Who sat where, before a press conference's turns: "ON THE PANEL: YB Lim Wei Seng, …".
    "on the panel", "panel", "panellists", "panelists", "in attendance", "also present",
]);
/// A live blog's or an explainer's section headings, "Context: How much solar is Jaisalmer
/// hosting?", "Recap: what the High Court said", "FULL TEXT: Collector promises …": no
/// speaker's, and whatever turn was open ends there.
static SECTION_LABELS: WordSet = WordSet::new(&[
    "context", "recap", "full text", "background", "analysis", "explainer", "what we know", "key points", "timeline",
    "fact check", "factbox", "fact box", "live", "breaking", "latest", "catch up", "in brief",
]);
/// How a member of a parliament is labelled in its record: "Mr Gerald Koh (Kranji Hills):".
const HONORIFICS: &[&str] =
    &["Mr", "Ms", "Mrs", "Miss", "Mdm", "Madam", "Dr", "Prof", "Sir", "Dame", "Hon.", "HON.", "Hon", "HON"];

/// What a bracket after a name calls a journalist filing rather than a source speaking.
const JOURNALISTS: &[&str] = &["reporter", "correspondent", "journalist", "presenter", "anchor", "host"];

/// Labels of those who ask, or who only run the room ("PRESS OFFICER: The coach will take questions").
const QUESTION_LABELS: &[&str] = &[
    "q", "question", "reporter", "journalist", "moderator", "host", "interviewer", "audience", "presenter", "anchor",
    "press officer", "media officer", "interlocutor", "periodista", "reporters", "journalists", "mr speaker",
    "madam speaker", "mr deputy speaker", "madam deputy speaker", "the speaker", "the deputy speaker", "the convener",
    "convener", "the deputy convener", "the presiding officer", "the deputy presiding officer", "the llywydd",
    "llywydd", "an ceann comhairle", "the ceann comhairle", "an leas-cheann comhairle", "the leas-cheann comhairle",
    "acting chairperson", "an cathaoirleach", "the cathaoirleach", "noble lords", "hon. members", "the moderator",
    "the host", "the chairperson", "the deputy chairperson",
];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Turn {
    pub label: Range<usize>,
    pub content: Range<usize>,
    pub span: Range<usize>,
    pub question: bool,
    /// The content of each paragraph of the turn, the label's one first.
    pub paragraphs: Vec<Range<usize>>,
    /// Labelled as a parliament's record labels a member, with their seat:
    /// "Mr Gerald Koh (Kranji Hills):".
    pub seated: bool,
}

impl Turn {
    /// The turn a labelled paragraph opens, its words from `content_start` on.
    fn opening(label: Range<usize>, para: &Range<usize>, content_start: usize, question: bool) -> Turn {
        let content = content_start..para.end;
        Turn { label, paragraphs: vec![content.clone()], content, span: para.clone(), question, seated: false }
    }

    pub fn covers(&self, unit: &Range<usize>) -> bool {
        self.span.start <= unit.start && unit.end <= self.span.end
    }

    /// Whether `unit` is where the turn starts.
    pub fn first_unit(&self, unit: &Range<usize>) -> bool {
        unit.start == self.span.start
    }

    /// The paragraph of the answer that `unit` opens, if it opens one.
    pub fn paragraph_opened_by(&self, unit: &Range<usize>) -> Option<Range<usize>> {
        if self.question {
            return None;
        }
        let first = self.first_unit(unit).then(|| self.paragraphs[0].clone());
        first.or_else(|| self.paragraphs.iter().skip(1).find(|p| p.start == unit.start).cloned())
    }
}

/// Whether a paragraph of a turn states anything: a chair's question, a
/// greeting or thanks, a member called by name ("Ms Natarajan.") and a
/// stage direction ("The committee adjourned at 11:14 a.m.") do not.
pub fn says_something(text: &str, opens_turn: bool) -> bool {
    static STAGE: LazyLock<Regex> = LazyLock::new(|| {
        // "[The briefing ended shortly after 11 am.]", "The press conference lasted about 35
        // minutes.": the writer's note after the last answer. Not "The conference failed to
        // agree", "The briefing showed …": what happened there.
        let ended = "ended|lasted|closed|concluded|finished|adjourned|wrapped";
        Regex::new(&format!(
            r"^[(\[]?(?:The (?:committee|hearing|meeting|session|sitting|house|chamber|court) \w+ed\b|The (?:press |news )?(?:briefing|conference) (?:(?:was|has|had) )?(?:{ended}|adjourned)\b)"
        ))
        .expect("valid")
    });
    // "(Hon. (Dr.) Barasa-Simiyu laid the document on the Table)": a direction in brackets.
    let text = text.trim();
    let bracketed = text.starts_with('(') && text.ends_with(')');
    // "[The committee adjourned at 12:47 p.m.]": a note in square brackets only when it is one.
    let noted = text.starts_with('[') && STAGE.is_match(text);
    if !opens_turn && (STAGE.is_match(text) || bracketed) || noted {
        return false;
    }
    let greeting = |s: &str| {
        let s = s.to_lowercase();
        // A chair's "So noted.", "Order, order!": the whole sentence.
        let chairing = ["so noted", "please do", "all right", "order", "order, order", "noted", "hear, hear"];
        ["good morning", "good afternoon", "good evening", "thank you", "thanks", "welcome", "on a point of order"]
            .iter()
            .any(|g| s.starts_with(g) && s.split_whitespace().count() <= 6)
            || chairing.contains(&s.trim_end_matches(['.', '!']))
            || s.starts_with("proceedings suspended")
            // A briefing's "With that, Josh.", "… and then I'll take your questions.", "Go ahead.".
            || ["with that", "go ahead", "next question"].iter().any(|g| s.starts_with(g) && s.split_whitespace().count() <= 4)
            // "…, and then we will take questions.", "We will take the remaining questions separately."
            || ["take your questions", "take a few questions", "take questions", "take the remaining questions"]
                .iter()
                .any(|g| s.contains(g))
            || moderating(&s)
    };
    let name_call = |s: &str| {
        let words: Vec<&str> = s.split_whitespace().collect();
        // "Senator van der Walt."
        let named = |w: &&str| w.chars().next().is_some_and(char::is_uppercase) || PARTICLES.contains(*w);
        // "Engineer Jussara, for Chesf.", "Francisco, on behalf of the growers.": whom the name speaks for.
        let (name, behalf) = s.split_once(", ").unwrap_or((s, ""));
        let name_words: Vec<&str> = name.split_whitespace().collect();
        let for_body = ["for ", "on behalf of ", "from ", "representing "].iter().any(|p| behalf.starts_with(p))
            && behalf.split_whitespace().count() <= 6;
        words.len() <= 4 && words.iter().all(named) || for_body && name_words.len() <= 4 && name_words.iter().all(named)
    };
    text.split_inclusive(['.', '?', '!'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .any(|s| !s.ends_with('?') && !greeting(s) && !name_call(s))
}

/// "The Ledger spoke with Castellano-Hughes on Wednesday.", "Verhoeven spoke to
/// Eindhovens Kompas after the briefing.": the names on either side of where the
/// piece last says it interviewed somebody in `text`, whom a bare "A:" is: the
/// one interviewed, else the one who spoke.
pub fn interviewee_named(text: &str) -> [Option<&str>; 2] {
    static INTERVIEWED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?:\b((?:[A-Z][\w’'.-]* )*[A-Z][\w’'-]+) )?\b(?:(?:spoke|talked) (?:with|to)|interviewed) ((?:[A-Z][\w’'.-]* )*[A-Z][\w’'-]+)",
        )
        .expect("valid regex")
    });
    let Some(found) = INTERVIEWED.captures_iter(text).last() else { return [None, None] };
    [found.get(2).map(|m| m.as_str()), found.get(1).map(|m| m.as_str())]
}

/// "Presiding judge:", "Defence lawyer:": a role alone, as a court extract
/// labels who speaks; not "Her message to the minister:", a sentence's start,
/// nor "Political editor:", a broadcaster's correspondent over their report.
pub fn role_label(label: &str) -> bool {
    use crate::extract::speakers::lexicon::OFFICES;
    let words: Vec<&str> = label.split_whitespace().collect();
    let Some((last, rest)) = words.split_last() else { return false };
    let plain = |w: &&str| w.chars().all(|c| c.is_lowercase() || c == '-');
    let opened = words[0].chars().next().is_some_and(char::is_uppercase)
        && words[0].chars().skip(1).all(char::is_lowercase)
        && !matches!(words[0], "And" | "But" | "Her" | "His" | "Their" | "Our" | "My" | "Your" | "Its");
    let journalist = JOURNALISTS.contains(last) || matches!(*last, "editor" | "columnist" | "commentator");
    let role = (TITLES.contains(*last) || OFFICES.contains(*last)) && !journalist;
    (2..=3).contains(&words.len()) && opened && rest[1..].iter().all(plain) && plain(last) && role
}

/// Whether a label is too long for a name: more than five words, not counting
/// the titles before a name ("DEPUTY COMMISSIONER MD TANVIR HOSSAIN MAJUMDER:")
/// unless it reads as a heading ("DEPUTY PRIME MINISTER ON THE COST OF LIVING:")
/// or a body's ("NATIONAL SECURITY COUNCIL STATEMENT ISSUED LATER:").
fn too_long_a_name(name: &str) -> bool {
    let titles = read::rank_words(&name.split_whitespace().collect::<Vec<_>>());
    let rest = name.split_whitespace().skip(titles).filter(|w| !PARTICLES.contains(*w)).count();
    // A service's word in the rank ("POLICE COMMISSIONER …") is no heading's.
    let heading = name.split_whitespace().skip(titles).any(|w| {
        let w = w.to_lowercase();
        HEADING_WORDS.contains(&w.as_str()) || ORG_WORDS.contains(w.as_str())
    });
    rest > 5 || heading && titles + rest > 5
}

/// Words of a heading's phrase, which no office or name holds: "… ON THE COST OF LIVING".
const HEADING_WORDS: [&str; 6] = ["on", "speaks", "says", "about", "statement", "issued"];

/// A moderator's running order, close or greeting, in a sentence in lower case: "We will
/// begin with a short statement from …", "Please give your name and outlet.", "OK, that's all
/// the time we have.", "Bula vinaka and good morning, everyone.", "Vinaka vakalevu, everyone.";
/// not "We will begin with a short statement on the outbreak: cases doubled in a week.".
fn moderating(lower: &str) -> bool {
    let s = lower.replace('’', "'");
    let words = s.split_whitespace().count();
    let running = (s.contains("short statement from") || s.contains("make a short statement")) && !s.contains(':');
    let close = ["all the time we have", "all we have time for", "please give your name", "please say your name"]
        .iter()
        .any(|g| s.contains(g));
    let greeting = ["good morning", "good afternoon", "good evening"].iter().any(|g| s.contains(g));
    let to_everyone = s.trim_end_matches(['.', '!']).ends_with(", everyone");
    let answer = s.starts_with("yes") || s.starts_with("no");
    running && words <= 14
        || close && words <= 10
        || closing(&s)
        || greeting && (words <= 5 || to_everyone && words <= 8)
        || to_everyone && words <= 3 && !answer
}

/// A whole sentence that closes questions or the event: "We have time for one more
/// question.", "That concludes today's press conference.", "We will leave it there.", an
/// earnings call's "Our next question comes from …" and "You may now disconnect.". Not "One
/// more question, and yes, the plant will close.", "That concludes the restructuring: …".
fn closing(lower: &str) -> bool {
    static CLOSE: LazyLock<Regex> = LazyLock::new(|| {
        let question = r"(?:one|a) (?:more|last|final) question";
        let event = r"(?:press conference|news conference|conference call|conference|briefing|call|session)";
        Regex::new(&format!(
            r"^(?:(?:ok|okay|all right|right|operator|ladies and gentlemen),? )?(?:(?:we have |we've got |there's |there is )?time for (?:just )?{question}|(?:we'll |we will |let's |let us )?take (?:just )?{question}(?: from .*)?|{question}(?:,? please)?|(?:that|this) concludes (?:today's |this |the |our )?{event}(?: for today)?|(?:we'll|we will|let's|let us) (?:leave it|stop|end) (?:there|here)(?: for (?:today|now))?|you may now disconnect|(?:thank you(?: very much| all)?,? (?:and )?)?see you (?:tomorrow|next week|next time|soon)|(?:our )?next question(?:,? please|,? (?:comes |is )?from .*)?)$"
        ))
        .expect("valid")
    });
    let sentence = lower.trim().trim_end_matches(['.', '!', '?']).trim();
    CLOSE.is_match(sentence)
}

/// Turns of a transcript; empty unless at least three paragraphs carry labels.
#[cfg(test)]
pub fn transcript_turns(body: &str) -> Vec<Turn> {
    transcript_turns_placing(body, &|_| false)
}

/// Turns of a transcript, where `place` says which names in capitals before a
/// dash are places (a dateline's) rather than speakers.
pub fn transcript_turns_placing(body: &str, place: &dyn Fn(&str) -> bool) -> Vec<Turn> {
    let paras = segment::paragraphs(body);
    let mut turns: Vec<Turn> = Vec::new();
    // Whether unlabelled paragraphs still go on with the last turn.
    let mut open = false;
    // "THE DEPUTY MINISTER FOR AGRICULTURE (Hon. Neema Lyimo Mwakasege):", then the office
    // alone: whom each office named in brackets, by the office's words.
    let mut holders: Vec<(String, Range<usize>)> = Vec::new();
    // "COLLECTOR M. THENMOZHI:", then "COLLECTOR:": every label that names somebody, as written.
    let mut labelled: Vec<(String, Range<usize>)> = Vec::new();
    // Surnames of the reporters who have asked, in lower case.
    let mut reporters: Vec<String> = Vec::new();
    // Every word of a correspondent's name, for a later label of one word.
    let mut reporter_words: Vec<String> = Vec::new();
    // Section headings labelled like turns ("Context: …").
    let mut sections = 0;
    let dashed = dash_labelled(body, &paras, place);
    for para in paras.iter().skip(1) {
        let text = &body[para.clone()];
        // "One pal told The Blaze:" introduces a quote, and "And I want to say this to
        // the residents:" goes on with an answer; a label is a name or a role.
        let named = |label: &str| {
            role_label(label)
                || label.split_whitespace().all(|w| {
                    // "TERESITA "TESS" DELA CRUZ": a nickname in quotes too.
                    w.trim_start_matches(['"', '“']).chars().next().is_some_and(char::is_uppercase)
                    || matches!(w, "of" | "for" | "and" | "the" | "at")
                    || PARTICLES.contains(w)
                    // "Alasdair Mac an Tàilleir": the article of a Gaelic surname.
                    || matches!(w, "an" | "na" | "nan")
                    || w.starts_with('(') && w.ends_with(".)")
                })
        };
        // "Imatra: “We are being forgotten”": a crosshead over the article's own prose.
        if crosshead(text) {
            open = false;
            continue;
        }
        // "SOUNDBITE — MEREANA TŪHOE-BROWN, INCIDENT CONTROLLER, FIRE AND EMERGENCY:" on a line of
        // its own, the words in the paragraphs below: a broadcast transcript's heading.
        let dashed_label = || dash_label(text).filter(|l| !place(&text[l.name.clone()]));
        let on_line = label_at(text).or_else(|| dashed.then(dashed_label).flatten());
        let heading = on_line.is_none().then(|| read::heading_label(text)).flatten();
        let is_heading = heading.is_some();
        if let Some(found) = on_line.or(heading).filter(|l| named(&text[l.name.clone()])) {
            let name = &text[found.name.clone()];
            // "SES DIRECTOR (Rohan Avery):", "The Senior Minister of State for Manpower (Dr
            // Nurul Huda binte Abdul Karim):": the name in brackets says who speaks; not
            // "Mr Gerald Koh Jun Wei (Kranji Hills):", a member and the seat they hold.
            let member = HONORIFICS.contains(&name.split_whitespace().next().unwrap_or(""));
            // "Duncan Baird (Caledonian Vessel Assets Ltd):": a person and whom they speak for.
            // "MAARTEN VAN DER KOLK (Keizersgracht Capital):": a name in capitals and a company.
            // "SIOBHÁN NÍ FHLATHARTA (Chief Executive, Galway City Council):": a name in capitals and the office held.
            // "TOGBUI NYAXO DZAKPATA III (Chief of Fuvemeh):" too, a name after a chief's title.
            let untitled =
                name.split_once(' ').filter(|(title, _)| read::title_word(title)).map_or("", |(_, rest)| rest);
            let capitals = read::capitals_name(name);
            let shareholder = |n: &Range<usize>| {
                let held = &text[n.clone()];
                capitals && read::company(held) || (capitals || read::capitals_name(untitled)) && read::office(held)
            };
            let bracketed = found.bracketed.clone().filter(|_| !person_named(name)).filter(|n| {
                let words: Vec<&str> = text[n.clone()].split_whitespace().collect();
                !member && (2..=6).contains(&words.len()) && words.iter().all(|w| named(w)) && !shareholder(n)
            });
            // "Notes:", "Photo:": the transcript's apparatus, neither a turn nor part of one.
            let too_long = bracketed.is_none() && too_long_a_name(name);
            let lower = name.trim().to_lowercase();
            if SECTION_LABELS.contains(&lower) {
                open = false;
                sections += 1;
                continue;
            }
            if too_long || NOT_LABELS.contains(&lower) {
                continue;
            }
            let colon = found.after;
            let content_start = para.start + colon + (text[colon..].len() - text[colon..].trim_start().len());
            // "ERIK DAHL, ÖSTRA KURIREN: … does the man know?", "HAMID AL-RASHIDI (Gulf Dispatch):
            // … Can you confirm that?": a reporter and the outlet; then "AL-RASHIDI:" asks again.
            let surname = name.split_whitespace().last().unwrap_or("").to_lowercase();
            let outlet = found.bracketed.clone().is_some_and(|b| names_an_outlet(&text[b]));
            let affiliated = found.affiliated || outlet;
            // "THANAWAT:" after "THANAWAT INTHACHAI (reporter):"; not "DYLAN THOMAS:" after "THOMAS REID".
            let one_word = !name.trim().contains(' ');
            let reporter = affiliated && text.trim_end().ends_with('?')
                || reporters.contains(&surname)
                || one_word && reporter_words.contains(&surname);
            // "THANAWAT INTHACHAI (reporter): … deputy governor Wichai Thongprasert vowed …", then
            // "THANAWAT:": a correspondent's package passes on what others said, by either name.
            // "CALLUM RETI, REPORTER, LIVE AT NO. 1 ROAD:": or after the name's comma.
            let affiliation = text[found.name.end..found.colon].to_lowercase();
            let journalist =
                found.bracketed.clone().is_some_and(|b| JOURNALISTS.contains(&text[b].trim().to_lowercase().as_str()))
                    || found.affiliated
                        && affiliation
                            .split([',', ' '])
                            .any(|w| JOURNALISTS.contains(&w.trim_end_matches('.')) || w == "editor");
            if journalist {
                reporter_words.extend(name.split_whitespace().map(str::to_lowercase));
            }
            let reporter = reporter || journalist;
            if reporter && !reporters.contains(&surname) {
                reporters.push(surname);
            }
            let question = reporter || QUESTION_LABELS.contains(&name.trim().to_lowercase().as_str());
            let office = name.trim().to_lowercase();
            let label = bracketed.clone().unwrap_or(found.name);
            let label = para.start + label.start..para.start + label.end;
            let label = match holders.iter().find(|(o, _)| *o == office) {
                Some((_, held)) if bracketed.is_none() => held.clone(),
                _ if bracketed.is_none() && !question => read::titled_before(name, &labelled).unwrap_or(label),
                _ => label,
            };
            if !question {
                labelled.push((body[label.clone()].to_string(), label.clone()));
            }
            if bracketed.is_some() {
                holders.push((office, label.clone()));
            }
            open = true;
            let seated = member && found.bracketed.is_some();
            let turn = Turn { seated, ..Turn::opening(label, para, content_start, question) };
            let turn = if is_heading { Turn { paragraphs: Vec::new(), ..turn } } else { turn };
            turns.push(turn);
        } else if let Some(asked) = asked_question(text).filter(|_| !turns.is_empty()) {
            // "Q. LaToya, when did you make the final call?": a sports transcript's question.
            let content_start = para.end - asked.len();
            open = true;
            turns.push(Turn::opening(para.start..para.start + 1, para, content_start, true));
        } else if let Some(name) = speech_heading(text) {
            // "Baroness Adeyemi-Clarke (Lab)" on a line of its own, the speech below it.
            open = true;
            let label = para.start + name.start..para.start + name.end;
            turns.push(Turn { paragraphs: Vec::new(), ..Turn::opening(label, para, para.end, false) });
        } else if let Some((name, question)) = call_heading(text) {
            open = true;
            let label = para.start + name.start..para.start + name.end;
            turns.push(Turn { paragraphs: Vec::new(), ..Turn::opening(label, para, para.end, question) });
        } else if let Some(last) = turns.last_mut().filter(|_| open) {
            // "“That's a start,” Al-Khatib said.": the article's own prose after an excerpt;
            // "Question No. 215": a heading of the record.
            let heading = text.split_whitespace().count() <= 5 && !text.trim_end().ends_with(['.', '?', '!', '"', '”']);
            if is_narration(text) || heading {
                open = false;
                continue;
            }
            if last.span.end + 4 >= para.start.saturating_sub(2) || body[last.span.end..para.start].trim().is_empty() {
                last.span.end = para.end;
                last.content.end = para.end;
                // "[ENDS]", "-30-": the transcript's end marks, nobody's words.
                if text.chars().any(char::is_lowercase) {
                    last.paragraphs.push(para.clone());
                }
            }
        }
    }
    turns.retain(|t| !t.paragraphs.is_empty());
    // A live blog's headings count towards its labelled lines, though they speak no turn.
    if turns.len() + sections < 3 {
        return Vec::new();
    }
    if turns.iter().any(|t| t.seated) {
        turns = turns.into_iter().flat_map(|t| split_question(body, t)).collect();
    }
    mark_askers(body, &mut turns);
    turns
}

/// Whether a transcript sets its labels off by dashes: at least three paragraphs
/// open on a name in capitals and a dash, and two of the names come twice or more,
/// speakers taking turns. A dateline is a place; a list of candidates ("MARGARET
/// OYELARAN — Labour candidate, …") names each once, or one twice.
fn dash_labelled(body: &str, paras: &[Range<usize>], place: &dyn Fn(&str) -> bool) -> bool {
    let names: Vec<&str> = paras
        .iter()
        .filter_map(|p| {
            let text = &body[p.clone()];
            dash_label(text).map(|l| &text[l.name])
        })
        .filter(|name| !place(name))
        .collect();
    let repeated: std::collections::BTreeSet<&str> =
        names.iter().filter(|n| names.iter().filter(|m| m == n).count() >= 2).copied().collect();
    names.len() >= 3 && repeated.len() >= 2
}

/// "HON. SALUM KHAMIS ALLY (Tandahimba): … I have here a list of 3,870
/// farmers …" and a paragraph below "… will the Government pay interest?": in
/// a parliament's record, what a member states and what they then ask are
/// two turns.
fn split_question(body: &str, turn: Turn) -> Vec<Turn> {
    let asks = |r: &Range<usize>| body[r.clone()].trim_end().ends_with('?');
    let [stated @ .., last] = &turn.paragraphs[..] else { return vec![turn] };
    if !asks(last) || stated.last().is_some_and(asks) {
        return vec![turn];
    }
    let (stated, asked) = if stated.is_empty() {
        // "… have disappeared with it. Is the Government prepared to take these leaders to court?"
        let trimmed = body[last.clone()].trim_end().trim_end_matches('?');
        let asked_from = trimmed.rfind(['.', '!']).map(|i| last.start + i + 1);
        let Some(at) = asked_from.filter(|at| own_statement(&body[last.start..*at])) else { return vec![turn] };
        (std::iter::once(last.start..at).collect(), at..last.end)
    } else {
        (stated.to_vec(), last.clone())
    };
    let end = stated.last().map_or(asked.start, |r| r.end);
    let statement =
        Turn { content: turn.content.start..end, span: turn.span.start..end, paragraphs: stated, ..turn.clone() };
    let question = Turn { content: asked.clone(), span: asked.clone(), paragraphs: [asked].into(), ..turn };
    vec![statement, question]
}

/// Whether what a member says before their question is their own statement,
/// long enough to be one: not "The Migrant Workers' Welfare Network says …",
/// which the question passes on to its source.
fn own_statement(stated: &str) -> bool {
    let words: Vec<&str> = stated.split_whitespace().collect();
    // Not "women farmers were told that …": what the member reports happened to them.
    let passes_on = words.windows(2).any(|w| {
        matches!(w[1], "says" | "said" | "argued" | "claims" | "claimed" | "mentioned")
            || w[1] == "told" && !matches!(w[0], "were" | "was")
    });
    words.len() > 8 && !passes_on
}

/// A paragraph that reports someone in the third person: a cue verb and, outside
/// its quotation marks, no "I", "we" or "you" of somebody talking.
fn is_narration(text: &str) -> bool {
    // "This article was translated from the Finnish original.": the outlet's note.
    let lower = text.trim_start().to_lowercase();
    if ["this article was", "this story was", "with files from", "additional reporting by", "editing by"]
        .iter()
        .any(|note| lower.starts_with(note))
    {
        return true;
    }
    let mut outside = String::new();
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '“' => quoted = true,
            '”' => quoted = false,
            _ if !quoted => outside.push(c),
            _ => {}
        }
    }
    let words: Vec<String> = outside
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let talking = words.iter().any(|w| {
        matches!(
            w.as_str(),
            "i" | "i'm" | "i’m" | "me" | "my" | "we" | "we're" | "we’re" | "our" | "us" | "you" | "your"
        )
    });
    // "In a communiqué released on Saturday, Nicaraguan customs indicated that …": the
    // article again after an interview it printed.
    let cue = words.iter().any(|w| {
        matches!(
            w.as_str(),
            "said"
                | "says"
                | "asked"
                | "told"
                | "added"
                | "wrote"
                | "indicated"
                | "stated"
                | "explained"
                | "accused"
                | "warned"
                | "announced"
                | "insisted"
                | "confirmed"
        )
    });
    // "The director general at the time … could not be reached for comment": the reporter's.
    let unreached = ["could not be reached", "did not respond to", "declined to comment", "not available for comment"]
        .iter()
        .any(|phrase| lower.contains(phrase));
    (cue || unreached) && !talking
}

/// "Lawyers: “no longer temporary”": a label of one or two words over a short
/// quotation and nothing else heads a section of an article; no one speaks.
fn crosshead(text: &str) -> bool {
    let Some((label, rest)) = text.trim().split_once(": ") else { return false };
    let quoted = rest.starts_with(['"', '“', '\'', '‘']) && rest.ends_with(['"', '”', '\'', '’']);
    let short = rest.split_whitespace().count() <= 8 && label.split_whitespace().count() <= 2;
    quoted && short && label.chars().any(char::is_lowercase)
}

/// "OKORO-HART: … Are you getting rich?": the one label that ends most of
/// at least two turns with a question, and opens the conversation, asks the
/// questions, whatever it is called. In a hearing the chair opened, what a
/// member asserts in a question is theirs.
fn mark_askers(body: &str, turns: &mut [Turn]) {
    // The interviewer opens the conversation; a member who asks most in a hearing the chair opened does not.
    let Some(opener) = turns.first().map(|t| &body[t.label.clone()]) else { return };
    // "WANJIRU KAMAU-OTIENO:" first, then "WANJIRU:": one label.
    let opener_words: Vec<&str> = opener.split_whitespace().collect();
    let is_opener = |label: &str| {
        label == opener
            || !label.contains(' ')
                && [opener_words.first(), opener_words.last()].into_iter().flatten().any(|w| *w == label)
    };
    let mut tally: rustc_hash::FxHashMap<&str, (usize, usize)> = rustc_hash::FxHashMap::default();
    for t in turns.iter() {
        let asks = body[t.content.clone()].trim_end().ends_with('?');
        let label = &body[t.label.clone()];
        let entry = tally.entry(if is_opener(label) { opener } else { label }).or_default();
        *entry = (entry.0 + 1, entry.1 + usize::from(asks));
    }
    let (count, asks) = tally[opener];
    // A phone-in's presenter takes twice as many turns as any caller and asks some of
    // the questions; at a press conference the reporters ("Q:") ask them all.
    let most = tally.iter().filter(|(label, _)| **label != opener).map(|(_, n)| n.0).max().unwrap_or(0);
    let others_ask = turns.iter().any(|t| t.question);
    let hosts = count >= 4 && count >= 2 * most && asks > 0 && !others_ask;
    if count >= 2 && asks * 2 > count || hosts {
        for t in turns.iter_mut() {
            t.question |= is_opener(&body[t.label.clone()]);
        }
    }
    // "Mr Gerald Koh (Kranji Hills): I thank the Minister. … Will the Ministry act?": in
    // a parliament's record, a turn that ends on a question asks it.
    if turns.iter().any(|t| t.seated) {
        for t in turns.iter_mut() {
            t.question |= body[t.content.clone()].trim_end().ends_with('?');
        }
    }
    // A news bulletin: the anchor and reporters narrate, and only whom they quote makes claims.
    let lower = body.to_lowercase();
    let journalists: Vec<String> =
        tally.keys().filter(|label| introduced_as_journalist(&lower, label)).map(|l| l.to_string()).collect();
    for t in turns.iter_mut() {
        t.question |= journalists.iter().any(|j| *j == body[t.label.clone()]);
    }
}

/// "I'm Nomvula Dlamini-Hadebe and this is Umoya FM News", "Annelie van der
/// Westhuizen reports.": the label names a journalist of the programme.
fn introduced_as_journalist(lower: &str, label: &str) -> bool {
    let name = label.trim().to_lowercase();
    if name.split_whitespace().count() < 2 {
        return false;
    }
    ["i'm ", "i’m ", "i am "].iter().any(|i| lower.contains(&format!("{i}{name}")))
        || [" reports", " reporting"].iter().any(|r| lower.contains(&format!("{name}{r}")))
}

/// "(Gulf Dispatch)", "(Rádio Atlântico Sul)": a news outlet in a reporter's
/// label, not a seat in a parliament nor the body a witness speaks for.
fn names_an_outlet(bracketed: &str) -> bool {
    const MEDIA: [&str; 24] = [
        "Radio", "Rádio", "Radiodiffusion", "TV", "Television", "News", "Wire", "Dispatch", "Post", "Times", "Herald",
        "Desk", "Press", "Daily", "Journal", "Gazette", "Tribune", "Chronicle", "Courier", "Observer", "Telegraph",
        "Broadcasting", "FM", "Agency",
    ];
    bracketed.split(|c: char| !c.is_alphanumeric()).any(|w| MEDIA.contains(&w))
}

/// The question after an unlabelled "Q": a sports transcript's "Q. LaToya,
/// when …?", a White House transcript's "Q    Thanks, Danielle."
fn asked_question(text: &str) -> Option<&str> {
    let spaced = text.strip_prefix('Q').filter(|r| r.starts_with([' ', '\t'])).map(str::trim_start);
    text.strip_prefix("Q. ").or(spaced.filter(|r| r.starts_with(char::is_uppercase)))
}

#[cfg(test)]
mod tests;

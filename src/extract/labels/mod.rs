//! Transcripts: paragraphs opened by a speaker label ("Vladimir Putin:",
//! "Q:"). Each paragraph of an answer, and of the unlabelled paragraphs that
//! follow it, is a statement of its speaker; questions are not claims.

mod read;

use crate::extract::speakers::lexicon::PARTICLES;
use crate::segment;
use crate::segment::wordset::WordSet;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

use read::{label_at, person_named, speech_heading};

/// Header lines that look like labels but name nobody.
static NOT_LABELS: WordSet = WordSet::new(&[
    "speakers", "speaker", "notes", "note", "present", "participants", "source", "sources", "location", "venue",
    "date", "time", "attendees", "update", "updated", "correction", "photo", "caption", "transcript", "embargo",
    "contact", "media contact", "editor's note", "editor’s note", "subject", "re", "topic", "last updated",
    "written by", "disclaimer", "published", "first published", "posted", "read more", "also read", "reported by",
    "edited by",
]);
/// How a member of a parliament is labelled in its record: "Mr Gerald Koh (Kranji Hills):".
const HONORIFICS: &[&str] =
    &["Mr", "Ms", "Mrs", "Miss", "Mdm", "Madam", "Dr", "Prof", "Sir", "Dame", "Hon.", "HON.", "Hon", "HON"];

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
        Regex::new(r"^\(?The (?:committee|hearing|meeting|session|sitting|house|chamber|court) \w+ed\b").expect("valid")
    });
    // "(Hon. (Dr.) Barasa-Simiyu laid the document on the Table)": a direction in brackets.
    let bracketed = text.trim().starts_with('(') && text.trim().ends_with(')');
    if !opens_turn && (STAGE.is_match(text.trim()) || bracketed) {
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
            || s.contains("take your questions")
    };
    let name_call = |s: &str| {
        let words: Vec<&str> = s.split_whitespace().collect();
        // "Senator van der Walt."
        let named = |w: &&str| w.chars().next().is_some_and(char::is_uppercase) || PARTICLES.contains(*w);
        words.len() <= 4 && words.iter().all(named)
    };
    text.split_inclusive(['.', '?', '!'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .any(|s| !s.ends_with('?') && !greeting(s) && !name_call(s))
}

/// Turns of a transcript; empty unless at least three paragraphs carry labels.
pub fn transcript_turns(body: &str) -> Vec<Turn> {
    let paras = segment::paragraphs(body);
    let mut turns: Vec<Turn> = Vec::new();
    // Whether unlabelled paragraphs still go on with the last turn.
    let mut open = false;
    // "THE DEPUTY MINISTER FOR AGRICULTURE (Hon. Neema Lyimo Mwakasege):", then the office
    // alone: whom each office named in brackets, by the office's words.
    let mut holders: Vec<(String, Range<usize>)> = Vec::new();
    // Surnames of the reporters who have asked, in lower case.
    let mut reporters: Vec<String> = Vec::new();
    for para in paras.iter().skip(1) {
        let text = &body[para.clone()];
        // "One pal told The Blaze:" introduces a quote, and "And I want to say this to
        // the residents:" goes on with an answer; a label is a name or a role.
        let named = |label: &str| {
            label.split_whitespace().all(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
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
        if let Some(found) = label_at(text).filter(|l| named(&text[l.name.clone()])) {
            let name = &text[found.name.clone()];
            // "SES DIRECTOR (Rohan Avery):", "The Senior Minister of State for Manpower (Dr
            // Nurul Huda binte Abdul Karim):": the name in brackets says who speaks; not
            // "Mr Gerald Koh Jun Wei (Kranji Hills):", a member and the seat they hold.
            let member = HONORIFICS.contains(&name.split_whitespace().next().unwrap_or(""));
            // "Duncan Baird (Caledonian Vessel Assets Ltd):": a person and whom they speak for.
            let bracketed = found.bracketed.clone().filter(|_| !person_named(name)).filter(|n| {
                let words: Vec<&str> = text[n.clone()].split_whitespace().collect();
                !member && (2..=6).contains(&words.len()) && words.iter().all(|w| named(w))
            });
            // "Notes:", "Photo:": the transcript's apparatus, neither a turn nor part of one.
            let particle = |w: &&str| PARTICLES.contains(*w);
            let too_long = bracketed.is_none() && name.split_whitespace().filter(|w| !particle(w)).count() > 5;
            if too_long || NOT_LABELS.contains(name.trim().to_lowercase()) {
                continue;
            }
            let colon = found.colon + 1;
            let content_start = para.start + colon + (text[colon..].len() - text[colon..].trim_start().len());
            // "ERIK DAHL, ÖSTRA KURIREN: … does the man know?", "HAMID AL-RASHIDI (Gulf Dispatch):
            // … Can you confirm that?": a reporter and the outlet; then "AL-RASHIDI:" asks again.
            let surname = name.split_whitespace().last().unwrap_or("").to_lowercase();
            let outlet = found.bracketed.clone().is_some_and(|b| names_an_outlet(&text[b]));
            let affiliated = found.affiliated || outlet;
            let reporter = affiliated && text.trim_end().ends_with('?') || reporters.contains(&surname);
            if reporter && !reporters.contains(&surname) {
                reporters.push(surname);
            }
            let question = reporter || QUESTION_LABELS.contains(&name.trim().to_lowercase().as_str());
            let office = name.trim().to_lowercase();
            let label = bracketed.clone().unwrap_or(found.name);
            let label = para.start + label.start..para.start + label.end;
            let label = match holders.iter().find(|(o, _)| *o == office) {
                Some((_, held)) if bracketed.is_none() => held.clone(),
                _ => label,
            };
            if bracketed.is_some() {
                holders.push((office, label.clone()));
            }
            open = true;
            let seated = member && found.bracketed.is_some();
            turns.push(Turn { seated, ..Turn::opening(label, para, content_start, question) });
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
    if turns.len() < 3 {
        return Vec::new();
    }
    if turns.iter().any(|t| t.seated) {
        turns = turns.into_iter().flat_map(|t| split_question(body, t)).collect();
    }
    mark_askers(body, &mut turns);
    turns
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
    cue && !talking
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
    let mut tally: rustc_hash::FxHashMap<&str, (usize, usize)> = rustc_hash::FxHashMap::default();
    for t in turns.iter() {
        let asks = body[t.content.clone()].trim_end().ends_with('?');
        let entry = tally.entry(&body[t.label.clone()]).or_default();
        *entry = (entry.0 + 1, entry.1 + usize::from(asks));
    }
    // The interviewer opens the conversation; a member who asks most in a hearing the chair opened does not.
    let Some(opener) = turns.first().map(|t| body[t.label.clone()].to_string()) else { return };
    let (count, asks) = tally[opener.as_str()];
    // A phone-in's presenter takes twice as many turns as any caller and asks some of
    // the questions; at a press conference the reporters ("Q:") ask them all.
    let most = tally.iter().filter(|(label, _)| **label != opener).map(|(_, n)| n.0).max().unwrap_or(0);
    let others_ask = turns.iter().any(|t| t.question);
    let hosts = count >= 4 && count >= 2 * most && asks > 0 && !others_ask;
    if count >= 2 && asks * 2 > count || hosts {
        for t in turns.iter_mut() {
            t.question |= body[t.label.clone()] == opener;
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
mod tests {
    #[test]
    fn questions_greetings_calls_and_stage_directions_say_nothing() {
        assert!(!super::says_something("Good morning, everyone. Ms Okafor, would you begin by summarising?", true));
        assert!(!super::says_something("Good afternoon. A few things, and then I'll take your questions.", true));
        assert!(!super::says_something("With that, Josh.", true));
        assert!(super::says_something("With that in mind, we will fund the shelters.", true));
        assert!(!super::says_something("Ms Natarajan.", true));
        assert!(!super::says_something("Thank you. Ms Moreau, does the corporation accept those findings?", true));
        assert!(!super::says_something("The committee adjourned at 11:14 a.m.", false));
        assert!(super::says_something("Thank you, Chair. We accept all nine recommendations.", true));
        assert!(super::says_something("The committee will write to the corporation requesting the memo.", true));
    }

    use super::*;

    /// The text of each paragraph of `turn`.
    fn paragraphs_of<'b>(body: &'b str, turn: &Turn) -> Vec<&'b str> {
        turn.paragraphs.iter().map(|p| &body[p.clone()]).collect()
    }

    #[test]
    fn whoever_mostly_asks_is_the_interviewer() {
        let body = "Head\n\nOKORO-HART: Prices doubled. Is that normal?\n\nISHIKAWA: It is.\n\nOKORO-HART: Are you rich?\n\nHOSHINO: No. Are you?\n\nOKORO-HART: Thanks.\n\nHOSHINO: We will sue.";
        let asks: Vec<bool> = transcript_turns(body).iter().map(|t| t.question).collect();
        assert_eq!(asks, [true, false, true, false, true, false]);
        let phone_in = "Head\n\nMORIARTY: Morning. The council says traffic fell. Is it true?\n\nNÍ BHRIAIN: It did.\n\nMORIARTY: Maureen is on the line.\n\nMAUREEN: It nearly finished us.\n\nMORIARTY: Thanks, Maureen. Gerry now.\n\nGERRY: Best six weeks.\n\nMORIARTY: We'll leave it there.";
        let asks: Vec<bool> = transcript_turns(phone_in).iter().map(|t| t.question).collect();
        assert_eq!(asks, [true, false, true, false, true, false, true]);
        let hearing = "Head\n\nCHAIR: Welcome.\n\nMS MOREAU: Thank you.\n\nCHAIR: Ms Natarajan.\n\nMS NATARAJAN: It was wrong. Who decided?\n\nMS MOREAU: I did.\n\nMS NATARAJAN: Why not?\n\nCHAIR: We will write.";
        assert!(transcript_turns(hearing).iter().all(|t| !t.question));
    }

    #[test]
    fn answers_with_continuations() {
        let body = "Head\n\nQ: Will you?\n\nVladimir Putin: I do not rule it out.\n\nAnd more.\n\nQuestion: Why?\n\nVladimir Putin: Because.";
        let t = transcript_turns(body);
        assert_eq!(t.len(), 4);
        assert!(t[0].question);
        assert_eq!(&body[t[1].label.clone()], "Vladimir Putin");
        assert_eq!(&body[t[1].content.clone()], "I do not rule it out.\n\nAnd more.");
        let paras = paragraphs_of(body, &t[1]);
        assert_eq!(paras, ["I do not rule it out.", "And more."]);
    }

    #[test]
    fn a_sentence_ending_in_a_colon_goes_on_with_the_answer() {
        let body = "Head\n\nHOST: Why?\n\nANA COSTA: It was moved.\n\nAnd I want to say this to the residents: it will be back.\n\nHOST: And if not?\n\nANA COSTA: I resign.";
        let t = transcript_turns(body);
        let paras = paragraphs_of(body, &t[1]);
        assert_eq!(paras, ["It was moved.", "And I want to say this to the residents: it will be back."]);
    }

    #[test]
    fn the_article_s_prose_after_an_excerpt_ends_it() {
        let body = "Head\n\nQUINTANILLA: When did the FDA find out?\n\nNAKAMURA-BOYD: In September.\n\nQUINTANILLA: That's three months.\n\nNAKAMURA-BOYD: It was too slow.\n\nAnd we have changed the rule.\n\n\"It is not enough,\" Pruitt said.\n\nThe panel adjourned.";
        let t = transcript_turns(body);
        let paras = paragraphs_of(body, &t[3]);
        assert_eq!(paras, ["It was too slow.", "And we have changed the rule."]);
        assert!(t[3].span.end < body.find("\"It is").unwrap());
        assert!(!is_narration("And I said to them, we will fix it."));
        assert!(is_narration("In a communiqué released on Saturday, Nicaraguan customs indicated that it acts."));
    }

    #[test]
    fn press_conference_labels_with_outlets_and_accents() {
        let body = "Head\n\nFORS: Welcome.\n\nÅHLUND: We arrested a boy.\n\nERIK DAHL, ÖSTRA KURIREN: Does he know?\n\nÅHLUND: He does.";
        let turns = transcript_turns(body);
        let labels: Vec<&str> = turns.iter().map(|t| &body[t.label.clone()]).collect();
        assert_eq!(labels, ["FORS", "ÅHLUND", "ERIK DAHL", "ÅHLUND"]);
        assert!(turns[2].question && !turns[1].question && !turns[3].question);
        assert_eq!(&body[turns[2].content.clone()], "Does he know?");
        let body = "Head\n\nRAMOS: Good morning.\n\nINTERLOCUTOR: Will you sign?\n\nRAMOS: We will.";
        let turns = transcript_turns(body);
        assert!(turns[1].question && !turns[2].question, "{turns:?}");
        // The outlet in brackets, and the same reporter asking again under the surname.
        let body = "Head\n\nLINDQVIST: Good afternoon.\n\nHAMID AL-RASHIDI (Gulf Dispatch): Convoys were stopped. \
                    Can you confirm that?\n\nLINDQVIST: I cannot.\n\nAL-RASHIDI: And on funding. Will there be an \
                    appeal?\n\nLINDQVIST: Next week.";
        let asks: Vec<bool> = transcript_turns(body).iter().map(|t| t.question).collect();
        assert_eq!(asks, [false, true, false, true, false]);
        let body = "Head\n\nThe Senior Minister of State for Manpower (Dr Nurul Huda binte Abdul Karim): We act.\n\n\
                    Mr Speaker: Mr Gerald Koh.\n\nMr Gerald Koh Jun Wei (Kranji Hills): The Network says 57%. Will she act?\n\n\
                    Dr Nurul Huda binte Abdul Karim: We have seen the survey.\n\nMs Priya d/o Ramasamy: Thank you.";
        let turns = transcript_turns(body);
        let labels: Vec<&str> = turns.iter().map(|t| &body[t.label.clone()]).collect();
        let asks: Vec<bool> = turns.iter().map(|t| t.question).collect();
        assert_eq!(
            labels,
            [
                "Dr Nurul Huda binte Abdul Karim", "Mr Speaker", "Mr Gerald Koh Jun Wei",
                "Dr Nurul Huda binte Abdul Karim", "Ms Priya d/o Ramasamy"
            ]
        );
        assert_eq!(asks, [false, true, true, false, false]);
    }

    #[test]
    fn a_page_s_dateline_and_disclaimer_are_no_turns() {
        let body = "Head\n\nLast Updated: June 17, 2025, 14:05 IST | Written By: PMTV Digital Desk\n\nShares rose.\n\n\
                    Q: Will tariffs rise?\n\nKV RAGHUNATHAN: Not in the next 12 months.\n\nQ: And jobs?\n\n\
                    KV RAGHUNATHAN: No layoffs.\n\nDisclaimer: Investors are advised to consult experts.";
        let turns = transcript_turns(body);
        let labels: Vec<&str> = turns.iter().map(|t| &body[t.label.clone()]).collect();
        assert_eq!(labels, ["Q", "KV RAGHUNATHAN", "Q", "KV RAGHUNATHAN"]);
    }

    #[test]
    fn a_hansard_s_offices_members_questions_and_headings() {
        let body = "Head\n\nQuestion No. 214\n\n\
                    THE DEPUTY MINISTER FOR AGRICULTURE (Hon. Neema Lyimo Mwakasege): Mr Speaker, farmers were paid.\n\n\
                    Question No. 215\n\n\
                    THE SPEAKER: Hon. Rehema Ng'wandu.\n\n\
                    HON. REHEMA NG'WANDU (Newala Mjini): Mr Speaker, at the auction in Newala on Saturday, the highest \
                    price was TSh 1,850. Does the Government have a plan?\n\n\
                    THE DEPUTY MINISTER FOR AGRICULTURE: Mr Speaker, the Government does not set prices.\n\n\
                    HON. MEMBER (Kilwa): Mr Speaker, the Authority says prices are fair. Is that so?";
        let turns = transcript_turns(body);
        let said: Vec<(&str, &str, bool)> =
            turns.iter().map(|t| (&body[t.label.clone()], body[t.content.clone()].trim(), t.question)).collect();
        assert_eq!(said[0], ("Hon. Neema Lyimo Mwakasege", "Mr Speaker, farmers were paid.", false));
        assert!(said[1].2, "the Speaker runs the room: {said:?}");
        // A member's statement and the question after it are two turns.
        assert_eq!(said[2].1, "Mr Speaker, at the auction in Newala on Saturday, the highest price was TSh 1,850.");
        assert_eq!((said[2].0, said[2].2), ("HON. REHEMA NG'WANDU", false));
        assert_eq!((said[3].1, said[3].2), ("Does the Government have a plan?", true));
        // The office alone is whoever held it in brackets.
        assert_eq!(said[4].0, "Hon. Neema Lyimo Mwakasege");
        // What a member passes on stays in the question.
        assert_eq!((said[5].1, said[5].2), ("Mr Speaker, the Authority says prices are fair. Is that so?", true));
        assert_eq!(said.len(), 6);
    }

    #[test]
    fn labels_are_read_by_hand_as_the_pattern_read_them() {
        let name = |t: &str| label_at(t).map(|l| t[l.name].to_string());
        assert_eq!(name("Q: Why?").as_deref(), Some("Q"));
        assert_eq!(name("VLADIMIR PUTIN : We will see.").as_deref(), Some("VLADIMIR PUTIN"));
        assert_eq!(name("SES DIRECTOR (Rohan Avery): Crews are out.").as_deref(), Some("SES DIRECTOR"));
        assert!(label_at("ERIK DAHL, ÖSTRA KURIREN: Why?").is_some_and(|l| l.affiliated));
        assert_eq!(name("In Stockholm, the minister said: no."), None);
        assert_eq!(name("lower case: no"), None);
        assert_eq!(name("NAME:no space"), None);
        assert_eq!(name("NAME: "), None);
        assert_eq!(name(&format!("{}: long", "A".repeat(50))), None);
        let hansard = "Hon. (Dr.) Wekesa Barasa-Simiyu (Township Ward): On a point of order.";
        assert_eq!(name(hansard).as_deref(), Some("Hon. (Dr.) Wekesa Barasa-Simiyu"));
    }

    #[test]
    fn directions_in_brackets_and_points_of_order_state_nothing() {
        assert!(!says_something("(Hon. (Dr.) Barasa-Simiyu laid the document on the Table)", false));
        assert!(!says_something("On a point of order, Mr. Speaker.", true));
        assert!(says_something("Mr. Speaker, the Chairperson is misleading this House.", true));
    }

    #[test]
    fn a_bulletin_s_anchor_and_reporters_narrate() {
        let body = "Head\n\nNOMVULA DLAMINI: Good morning, I'm Nomvula Dlamini. Taps are dry. Sipho Mthembu reports.\n\nSIPHO MTHEMBU: The queue is long.\n\nANA GQIRANA: We have nothing.\n\nSIPHO MTHEMBU: The metro says tankers are out. In Kwazakhele, I'm Sipho Mthembu.\n\nNOMVULA DLAMINI: Now the weather.";
        let asks: Vec<bool> = transcript_turns(body).iter().map(|t| t.question).collect();
        assert_eq!(asks, [true, true, false, true, true]);
    }

    #[test]
    fn a_name_in_brackets_is_the_speaker() {
        let body = "Head\n\nCHAIR: Welcome.\n\nSES DIRECTOR (Rohan Avery): Crews are out.\n\nMINISTER (Ana Costa): Thanks.\n\nQ (ABC): Why?\n\nPRESENTER: And?\n\nPRESS OFFICER: Last question.";
        let turns = super::transcript_turns(body);
        let labels: Vec<&str> = turns.iter().map(|t| &body[t.label.clone()]).collect();
        assert_eq!(labels, ["CHAIR", "Rohan Avery", "Ana Costa", "Q", "PRESENTER", "PRESS OFFICER"]);
        let questions: Vec<bool> = turns.iter().map(|t| t.question).collect();
        assert_eq!(questions, [false, false, false, true, true, true]);
    }

    #[test]
    fn a_committee_record_s_witnesses_members_and_convener() {
        let body = "Head\n\nThe Convener (Morag Cattanach): Good morning.\n\nDuncan Baird (Caledonian Vessel Assets Ltd): Hull 812 is now 94 per cent complete.\n\nAlasdair Mac an Tàilleir (Highlands and Islands) (IP): So ministers overrode their own procurement body.\n\nDuncan Baird: I reject that.";
        let turns = super::transcript_turns(body);
        let labels: Vec<&str> = turns.iter().map(|t| &body[t.label.clone()]).collect();
        assert_eq!(labels, ["Morag Cattanach", "Duncan Baird", "Alasdair Mac an Tàilleir", "Duncan Baird"]);
        let questions: Vec<bool> = turns.iter().map(|t| t.question).collect();
        assert_eq!(questions, [true, false, false, false]);
    }

    #[test]
    fn a_dail_record_s_offices_with_portfolios_and_the_ceann_comhairle() {
        let body = "Head\n\nAn Ceann Comhairle: I call the Minister.\n\nMinister for Housing, Local Government and Heritage (Deputy Darragh Kinsella): Homes were completed.\n\nDeputy Aoife Nic Giolla Phádraig: That is a record.\n\nMinister of State at the Department of Housing, Local Government and Heritage (Deputy Niamh Uí Bhriain): The figures are falling.";
        let turns = super::transcript_turns(body);
        let labels: Vec<&str> = turns.iter().map(|t| &body[t.label.clone()]).collect();
        assert_eq!(
            labels,
            [
                "An Ceann Comhairle", "Deputy Darragh Kinsella", "Deputy Aoife Nic Giolla Phádraig",
                "Deputy Niamh Uí Bhriain"
            ]
        );
        assert_eq!(turns.iter().map(|t| t.question).collect::<Vec<_>>(), [true, false, false, false]);
        let senedd = "Head\n\nThe Llywydd: I call the Cabinet Secretary.\n\nThe Cabinet Secretary for Transport and North Wales (Dyfrig Ellis-Owen): Diolch, Llywydd. Casualties fell.\n\nThe Llywydd: Natasha Bevan-Morgan.\n\nNatasha Bevan-Morgan: It was a climbdown.";
        let labels: Vec<&str> = transcript_turns(senedd).iter().map(|t| &senedd[t.label.clone()]).collect();
        assert_eq!(labels, ["The Llywydd", "Dyfrig Ellis-Owen", "The Llywydd", "Natasha Bevan-Morgan"]);
    }

    #[test]
    fn a_sports_transcript_s_questions_open_on_q_and_a_full_stop() {
        let body = "Head\n\nDR. LaTOYA BRENNAN-OKAFOR: Coach Marchetti will not return.\n\nQ. When did you decide?\n\nDR. LaTOYA BRENNAN-OKAFOR: Saturday night.\n\nQ. And the buyout?\n\nPRESIDENT HAROLD J. WHITCOMBE III: We will honour it.";
        let turns = transcript_turns(body);
        let asks: Vec<bool> = turns.iter().map(|t| t.question).collect();
        assert_eq!(asks, [false, true, false, true, false]);
        assert!(!says_something("Thank you. Senator van der Walt.", false));
        assert!(!says_something("So noted.", false));
        assert!(says_something("Orders fell by half.", false));
    }

    #[test]
    fn westminster_speech_headings_name_the_speaker_above_the_speech() {
        let body = "Head\n\nBaroness Adeyemi-Clarke (Lab)\n\nMy Lords, I beg to move.\n\nThe Bill is narrow.\n\nLord Thistlewood (Con)\n\nIt is not.\n\nNoble Lords: Hear, hear!\n\n10.31 am\n\nThe Lord Bishop of Wexcombe\n\nMy Lords, the law teaches.\n\nThe Parliamentary Under-Secretary of State, Ministry of Justice (Lord Okonedo) (Lab)\n\nThe Government are neutral.";
        let turns = transcript_turns(body);
        let labels: Vec<&str> = turns.iter().map(|t| &body[t.label.clone()]).collect();
        assert_eq!(
            labels,
            ["Baroness Adeyemi-Clarke", "Lord Thistlewood", "Noble Lords", "Lord Bishop of Wexcombe", "Lord Okonedo"]
        );
        assert_eq!(turns[0].paragraphs.len(), 2);
        assert!(turns[2].question);
        assert_eq!(speech_heading("Photo (AFP)"), None);
    }

    #[test]
    fn crossheads_and_the_outlet_s_notes_end_a_turn() {
        let body = "Head\n\nQ: Is it temporary?\n\nLEHTIMÄKI: It is.\n\nQ: And next year?\n\nLEHTIMÄKI: We will see.\n\nThis article was translated from the Finnish original.\n\nImatra: \"We are being forgotten\"\n\nIn Imatra, the news was received with resignation.";
        let turns = transcript_turns(body);
        assert_eq!(turns.len(), 4);
        assert!(turns
            .iter()
            .all(|t| !body[t.span.clone()].contains("translated") && !body[t.span.clone()].contains("Imatra")));
        assert!(crosshead("Lawyers: \u{201c}no longer temporary\u{201d}"));
        assert!(!crosshead("MALIK: \"We warned them.\""));
    }

    #[test]
    fn a_witness_s_body_in_full_and_the_chairperson_of_a_committee() {
        let body = "Head\n\nThe Chairperson (Ms Ní Bhriain): I welcome the witnesses.\n\nDr Niamh Ferguson-Quinn (Lagan and Mourne Health and Social Care Trust): Waiting lists are unacceptable.\n\nMr Gareth Lyttle: Why?\n\nDr Niamh Ferguson-Quinn: Workforce.\n\nThe Moderator: Questions, please.";
        let turns = transcript_turns(body);
        let labels: Vec<&str> = turns.iter().map(|t| &body[t.label.clone()]).collect();
        assert_eq!(
            labels,
            [
                "Ms Ní Bhriain", "Dr Niamh Ferguson-Quinn", "Mr Gareth Lyttle", "Dr Niamh Ferguson-Quinn",
                "The Moderator"
            ]
        );
        assert!(turns[0].question && turns[4].question && !turns[1].question);
    }

    #[test]
    fn sentences_ending_in_a_colon_are_not_labels() {
        let body = "Head\n\nOne pal told The Blaze: “She cried.”\n\nA Skyline TV spokesperson said: “Fiction.”\n\nOne wrote on X: “Team Aoife!”";
        assert!(super::transcript_turns(body).is_empty());
    }

    #[test]
    fn ordinary_articles_have_no_turns() {
        assert!(transcript_turns("Head\n\nPhoto: Reuters\n\nBody text.").is_empty());
        let notes = "Head\n\nSpeakers: A, B.\n\nQ: Why?\n\nANN: So.\n\nQ: And?\n\nNotes: none.";
        assert!(transcript_turns(notes).iter().all(|t| !matches!(&notes[t.label.clone()], "Speakers" | "Notes")));
    }
}

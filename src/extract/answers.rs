//! Interviews written without "Q:" and "A:" labels: each question a paragraph
//! of its own, the answers below it unquoted. Every answer paragraph is a
//! verbatim claim of the person the piece interviews.

use super::claim::Draft;
use super::speakers::{Context, Speaker};
use std::ops::Range;

/// Where an unlabelled interview stands: whom it is with, whose answers follow which question.
#[derive(Default)]
pub(super) struct Answers {
    /// The person the set-up paragraph says the piece spoke to.
    interviewee: Option<Speaker>,
    /// The interviewee and the paragraph of the question just asked.
    open: Option<(Speaker, usize)>,
    /// The last paragraph credited, so that a paragraph of several sentences is one claim.
    credited: Option<usize>,
    /// The set-up carries the outlet's note ("The interview has been edited for length"),
    /// so a question-and-answer text follows for certain.
    formal: bool,
}

/// One unit of the body, as the interview reader sees it.
pub(super) struct Step<'b> {
    pub body: &'b str,
    pub unit: Range<usize>,
    pub paragraph: usize,
    pub para: Range<usize>,
    /// Whether the unit yielded a claim with a speaker.
    pub attributed: bool,
    /// Whether that speaker was named, not only a pronoun's ("They say it in Bamako").
    pub named: bool,
}

impl Answers {
    /// "The Lanna Post spoke to Dr Siriporn Inthawong": whom the questions below are for.
    /// The sentence that says so may carry the outlet's note too ("This interview took place
    /// on Saturday … and has been edited for length"), read before the person was known.
    pub(super) fn interview_with(&mut self, person: Option<Speaker>, text: &str) {
        if person.is_some() {
            self.interviewee = person;
            self.formal |= self.open.is_none() && outlet_note(text);
        }
    }

    /// Reads one unit: a question set alone opens the answers below it, each
    /// answer paragraph is the interviewee's. The first answer must speak in
    /// the first person ("I won't pretend …"), so that a question the writer
    /// asks in narration ("So why were the wards closed?") credits nobody; a
    /// paragraph that quotes or reports somebody, names a weekday or the
    /// interviewee, or is the outlet's note ends the answers.
    /// After the outlet's note in the set-up, the answers need not open in the
    /// first person and may quote others ("someone stood up and said, \"I'm not
    /// giving up my car.\""); the interviewee's name, the note, a refusal or a
    /// paragraph opening on somebody's statement ends them.
    pub(super) fn step(&mut self, s: &Step) -> Option<Draft> {
        let text = &s.body[s.para.clone()];
        if self.open.is_none() && self.interviewee.is_some() && outlet_note(text) {
            self.formal = true;
        }
        // A prompt only once the question before it has its answer: "You can't wait forever
        // on transit." right below "Why now?" is the answer.
        let answered = self.open.as_ref().is_some_and(|(_, asked)| self.credited.is_some_and(|c| c > *asked));
        let prompt = self.formal && answered && prompts(text);
        // A paragraph that opens on somebody's statement is the writer's, even after the note.
        if s.attributed && (!self.formal || s.named && s.unit.start == s.para.start && !prompt) {
            self.open = None;
        }
        let ends_paragraph = s.body[s.unit.end..s.para.end.max(s.unit.end)].trim().is_empty();
        if is_question(text) || prompt {
            if let Some(person) = self.interviewee.as_ref().filter(|_| ends_paragraph) {
                self.open = Some((person.clone(), s.paragraph));
            }
            return None;
        }
        // No words: "* * *", a break that sets the writer's own text apart, ends the answers;
        // "[…]" or "...", an elision inside one, is nobody's words.
        if !text.contains(char::is_alphanumeric) {
            if text.contains(['*', '#', '~']) && text.chars().all(|c| c.is_whitespace() || matches!(c, '*' | '#' | '~'))
            {
                self.open = None;
            }
            return None;
        }
        let (person, asked) = self.open.clone()?;
        if s.paragraph <= asked || self.credited == Some(s.paragraph) || s.unit.start != s.para.start {
            return None;
        }
        let writer_s = if self.formal {
            names_the_person(text, &person.name) || outlet_note(text) || refused(text)
        } else {
            narrates(text, &person.name) || s.paragraph == asked + 1 && !first_person(text)
        };
        if writer_s {
            self.open = None;
            return None;
        }
        self.credited = Some(s.paragraph);
        Some(Draft::verbatim(person.clone(), &person.name, s.para.clone(), s.para.clone()))
    }

    /// Whether a question to the interviewee is open: its answers are being read.
    pub(super) fn asking(&self) -> bool {
        self.open.is_some()
    }

    /// Whether the paragraph at `p` was credited as an answer.
    pub(super) fn credits(&self, p: usize) -> bool {
        self.credited == Some(p)
    }
}

/// Whom the set-up sentence `text` says the piece interviewed: the person it
/// spoke to, else the person the sentence quotes (`said`, its claims) ("In a
/// short interview with Nišavski Kurir, Đorđević answered two questions"), else
/// the person the piece is about. Not the outlet ("Imphal Mayor Yumnam Tomba
/// Meitei spoke to Loktak Dispatch"); nobody when the interview was declined.
pub(super) fn interviewee(text: &str, outlet: &str, said: &[Draft], ctx: &Context) -> Option<Speaker> {
    if refused(text) {
        return None;
    }
    // A person met under other words first ("Ormsby spoke to Valley Ledger": Janet Ormsby,
    // not the paper), then one written in full ("spoke to Peter Lim").
    let candidates = super::labels::interviewee_named(text).into_iter().flatten();
    let met = candidates.clone().find_map(|n| ctx.met_person(n)).filter(|s| !outlet.contains(s.name.as_str()));
    // "Dr hab. Małgorzata Wiśniewska-Kaszuba, a sociologist who chaired …, spoke to The
    // Baltic Review": the outlet was spoken to, so the person the sentence names.
    // Only the sentence's subject, before any comma or relative clause: not "A sociologist who
    // once advised Governor Kathy Hochul spoke to Test Daily".
    let to_outlet = candidates.clone().any(|n| outlet.contains(n.trim_start_matches("The ")));
    let subject = text.split([',', ';']).next().and_then(|s| s.split(" who ").next()).unwrap_or_default();
    let named = || ctx.people_named_in(subject, outlet).next().cloned().filter(|_| to_outlet);
    let in_full = || candidates.filter_map(|n| ctx.person_in_full(n)).find(|s| !outlet.contains(s.name.as_str()));
    let surname = |p: &Speaker| p.name.rsplit(' ').next().unwrap_or_default().to_string();
    let spoke = || said.iter().filter_map(|d| d.speaker.clone()).find(|s| s.person && text.contains(&surname(s)));
    // "In an interview with Diario La Campiña, the general defended the strategy": the
    // person the piece is about, when the sentence names nobody else. Not "interviews
    // with 40 witnesses", "interviewed dozens of voters"; nor "Whitaker's former campaign
    // manager", somebody of theirs.
    // "This interview took place on Saturday": the piece's own, with the person just introduced.
    let one = ["interview with", "an interview", "This interview", "this interview"].iter().any(|w| text.contains(w));
    let theirs =
        |p: &Speaker| [format!("{}'s", surname(p)), format!("{}’s", surname(p))].iter().any(|s| text.contains(s));
    let about =
        || ctx.last_person().filter(|p| p.person && one && !theirs(p) && !ctx.names_a_person(text, outlet, p)).cloned();
    // "We spoke to her at the museum on Tuesday": the person the sentences before were about.
    let pronoun = spoken_to_as_pronoun(text);
    let referred = || ctx.last_person().filter(|p| pronoun && p.person && !p.name.starts_with("unnamed:")).cloned();
    met.or_else(in_full).or_else(spoke).or_else(named).or_else(referred).or_else(about)
}

/// Whether the set-up says the piece spoke to "her" or "him" standing alone,
/// before punctuation or a word of place or time; not "spoke to heritage
/// officials", "spoke with her daughter".
fn spoken_to_as_pronoun(text: &str) -> bool {
    let alone = |next: &str| {
        next.is_empty()
            || next.starts_with(|c: char| !c.is_alphanumeric())
            || matches!(next, "at" | "on" | "in" | "last" | "by" | "this" | "after" | "before" | "for")
    };
    ["spoke to", "spoke with", "talked to", "interviewed"].iter().any(|verb| {
        [" her", " him"].iter().any(|pronoun| {
            let said = format!("{verb}{pronoun}");
            text.match_indices(&said)
                .any(|(at, _)| alone(text[at + said.len()..].split_whitespace().next().unwrap_or("")))
        })
    })
}

/// Whether a set-up paragraph says the interview did not happen ("declined our
/// requests for an interview"); not "demand had declined".
fn refused(text: &str) -> bool {
    const REFUSALS: [&str; 9] = [
        "declined our", "declined an", "declined a request", "declined requests", "declined to be", "refused to be",
        "did not respond to", "could not be reached", "did not return",
    ];
    REFUSALS.iter().any(|w| text.contains(w))
}

/// An interviewer's question: a short paragraph ending on a question mark.
fn is_question(text: &str) -> bool {
    let text = without_emphasis(text);
    text.ends_with('?') && text.split_whitespace().count() <= 40 && !text.contains(['"', '“', '”'])
}

/// "**How did this return come about?**": a paragraph without the marks that set it in bold
/// or italics.
pub(super) fn without_emphasis(text: &str) -> &str {
    text.trim().trim_matches(['*', '_']).trim()
}

/// Whether a paragraph is the writer's: it quotes or reports somebody, names a
/// weekday or any of the interviewee's names, or is the outlet's note
/// ("This interview has been edited for length").
fn narrates(text: &str, name: &str) -> bool {
    const CUES: [&str; 6] = [" said", " says", " told", " according to", " added", " asked"];
    const DAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    let mut words = text.split(|c: char| !c.is_alphanumeric() && c != '-');
    text.contains(['"', '“', '”', '«'])
        || CUES.iter().any(|c| text.contains(c))
        || words.any(|w| DAYS.contains(&w))
        || names_the_person(text, name)
        || outlet_note(text)
}

/// An interviewer's prompt that is no question: "You mean fertiliser.", "The
/// company says deliveries are on schedule." One short sentence, put to the
/// interviewee or reporting somebody else, not in the first person.
fn prompts(text: &str) -> bool {
    let text = text.trim();
    let words: Vec<&str> = text.split_whitespace().collect();
    let one_sentence = !text.trim_end_matches(['.', '!']).contains(". ");
    let put_to = words.iter().any(|w| matches!(w.trim_matches(|c: char| !c.is_alphabetic()), "You" | "you" | "your"));
    let reports = [" says ", " said ", " say "].iter().any(|c| text.contains(c));
    words.len() <= 15 && one_sentence && (put_to || reports) && !first_person(text)
}

/// Whether `text` holds any of the interviewee's names: whole capitalised
/// words, not "der" in "under", nor "Tom" in "Tomorrow".
fn names_the_person(text: &str, name: &str) -> bool {
    let names: Vec<&str> =
        name.split(' ').filter(|n| n.chars().count() > 2 && n.starts_with(char::is_uppercase)).collect();
    text.split(|c: char| !c.is_alphanumeric() && c != '-').map(|w| w.trim_end_matches("'s")).any(|w| names.contains(&w))
}

/// "This interview has been edited for length and clarity", "condensed";
/// "Reporting by Ann Lee; editing by Sam Ko."
fn outlet_note(text: &str) -> bool {
    const NOTES: [&str; 6] =
        ["edited for", "been condensed", "lightly edited", "Reporting by", "reporting by", "Editing by"];
    NOTES.iter().any(|n| text.contains(n))
}

/// Whether a paragraph speaks in the first person. Not "our" or "us", which
/// an outlet writes of itself ("Our analysis shows") and "US" the country.
fn first_person(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’').any(|w| {
        let w = w.split(['\'', '’']).next().unwrap_or("");
        matches!(w, "I" | "we" | "We" | "my" | "My" | "me" | "Me")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(body: &str) -> Vec<String> {
        let paras = crate::segment::paragraphs(body);
        let mut a = Answers::default();
        a.interview_with(Some(Speaker { person: true, ..Speaker::body("Siriporn Inthawong") }), "");
        let mut out = Vec::new();
        for (paragraph, para) in paras.iter().enumerate() {
            for unit in crate::segment::sentences(body, para.clone()) {
                let step = Step { body, unit, paragraph, para: para.clone(), attributed: false, named: false };
                if let Some(d) = a.step(&step) {
                    out.push(body[d.content[0].clone()].to_string());
                }
            }
        }
        out
    }

    #[test]
    fn an_elision_is_nobody_s_and_a_break_ends_the_answers() {
        let body = "Head\n\nWhy now?\n\nI think it was time.\n\n[…]\n\nWe waited too long.\n\n* * *\n\nIt rained.";
        assert_eq!(answers(body), ["I think it was time.", "We waited too long."]);
    }

    #[test]
    fn answer_paragraphs_below_a_question_are_the_interviewee_s() {
        let body = "Head\n\nIs closing schools right?\n\nI won't pretend it is perfect. It is the least bad one.\n\nWhat closure does is cut out the commute.\n\nWhat happens in the lungs?";
        let got = answers(body);
        assert_eq!(
            got,
            ["I won't pretend it is perfect. It is the least bad one.", "What closure does is cut out the commute."]
        );
    }

    #[test]
    fn narration_below_a_question_credits_nobody() {
        let body = "Head\n\nSo what went wrong?\n\nThe pump failed in March. Engineers found a crack.";
        assert!(answers(body).is_empty());
        let body = "Head\n\nWhy now?\n\nI think it was time.\n\nThe mayor said the plan was final.\n\nThe pump failed.";
        assert_eq!(answers(body), ["I think it was time."]);
        let body = "Head\n\nWhy now?\n\nWe think it was time.\n\nThe offer found few takers on Wednesday.";
        assert_eq!(answers(body), ["We think it was time."]);
        let body = "Head\n\nSo why were the wards closed?\n\nOur analysis shows 40 per cent of beds were empty.";
        assert!(answers(body).is_empty());
        let body = "Head\n\nWhy now?\n\nI think it was time.\n\nThis interview has been edited for length.";
        assert_eq!(answers(body), ["I think it was time."]);
    }

    #[test]
    fn after_the_outlet_s_note_answers_need_no_first_person_and_may_quote() {
        let body =
            "Head\n\nThe interview has been edited for length.\n\nWhat surprised you?\n\nHow fast people changed. \
                    A man said, \"I'm keeping my car.\" He later drafted the charge.\n\nThat shift is the point.\n\n\
                    You mean the congestion charge.\n\nYes. It passed.\n\n\
                    The council did not respond to questions sent on Friday.";
        let got = answers(body);
        assert_eq!(
            got,
            [
                "How fast people changed. A man said, \"I'm keeping my car.\" He later drafted the charge.",
                "That shift is the point.",
                "Yes. It passed."
            ]
        );
        // A line of credits ends them; an answer that speaks to the reader is no prompt.
        let body = "Head\n\nThe interview has been edited for length.\n\nWhy now?\n\n\
                    You can't wait forever on transit.\n\nReporting by Ann Lee; editing by Sam Ko.";
        assert_eq!(answers(body), ["You can't wait forever on transit."]);
        // Without the note, the same answers credit nobody: no first person.
        assert!(answers(&body.replace("The interview has been edited for length.", "Intro.")).is_empty());
    }

    #[test]
    fn her_or_him_spoken_to_alone() {
        assert!(spoken_to_as_pronoun("We spoke to her at the museum on Tuesday."));
        assert!(spoken_to_as_pronoun("The Herald interviewed him."));
        assert!(!spoken_to_as_pronoun("We spoke with her daughter on Tuesday."));
        assert!(!spoken_to_as_pronoun("We spoke to heritage officials."));
    }

    #[test]
    fn a_question_in_bold_is_a_question() {
        assert!(is_question("**How did this return come about?**"));
        assert!(is_question("__Will they?__"));
        assert!(!is_question("**Kumasi museum**"));
    }

    #[test]
    fn an_interviewer_s_prompt_is_no_answer() {
        assert!(prompts("You mean fertiliser."));
        assert!(prompts("The company says deliveries are on schedule."));
        assert!(!prompts("They say it in Bamako. Come and count the bags."));
        assert!(!prompts("I say it is enough."));
        assert!(!prompts("Tomorrow."));
    }

    #[test]
    fn a_refusal_and_the_writer_s_words() {
        assert!(refused("Health Minister Anna Berg declined our requests for an interview."));
        assert!(!refused("In an interview, Gonzalez said demand had declined since the pandemic."));
        assert!(!narrates("I had no choice under the circumstances.", "Hendrika van der Meulen"));
        assert!(!narrates("Tomorrow we plant maize.", "Tom Okafor"));
        assert!(narrates("Okafor's farm lies east of Jos.", "Tom Okafor"));
        assert!(narrates("This interview has been edited for length.", "Tom Okafor"));
    }
}

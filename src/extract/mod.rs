//! Extraction: from an article body to its checkable claims.
//!
//! The body is cut into units (sentences, merged where a quotation holds
//! several together, across paragraphs if need be); each unit yields its
//! attribution frames ([`attribution`]), whose speakers resolve through the
//! article's running [`speakers::Context`]. Units without a frame may still be
//! claims: a quote continuing the previous speaker, an attributed headline, a
//! treaty term, a statistic or an event. Each rule family lives in its own file.

mod across;
mod answers;
pub mod attribution;
mod captions;
mod claim;
mod credits;
pub mod cues;
pub mod dates;
mod described;
mod echoes;
mod factbox;
mod headlines;
mod labels;
mod letters;
pub mod modality;
pub mod numbers;
mod posts;
pub mod quotes;
pub mod speakers;
mod speeches;
pub mod tokens;
pub mod treaty;
mod units;

use crate::gazetteer::Gazetteer;
use crate::model::{Article, Claim, ClaimKind};
use attribution::SpeakerRef;
use claim::Draft;
use quotes::Quote;
use speakers::{Context, Speaker};
use std::ops::Range;

/// Every claim of `article`, in reading order, with stable ids.
pub fn extract(article: &Article, gaz: &Gazetteer) -> Vec<Claim> {
    let body = article.body.as_str();
    let all_quotes = quotes::find(body);
    let mut top: Vec<&Quote> = quotes::top_level(&all_quotes).filter(|q| !q.names_something(body)).collect();
    top.sort_by_key(|q| q.outer.start);
    let date = article.meta.published_date();
    let mut ctx = Context::new(gaz, date);
    // The outlet first: its own brands ("RSG TV" of "RSG Serra") are no companies of the story.
    ctx.set_outlet(&article.meta.outlet);
    ctx.learn_names(body);
    if article.meta.kind == crate::model::ArticleKind::Primary {
        ctx.set_issuer(&article.meta.outlet);
    }
    let mut drafts: Vec<Draft> = Vec::new();
    // Headline statements whose speaker is a description the body explains later.
    let mut described: Vec<Draft> = Vec::new();
    // "SANTA CRUZ — …" twice in a roundup: a place before a dash is a dateline, no speaker.
    let place = |name: &str| !gaz.place_countries(&speakers::title_case(name)).is_empty();
    let labelled = labels::transcript_turns_placing(body, &place);
    let mut last_attributed: Option<(Speaker, usize)> = None;
    let mut lead_in: Option<(Speaker, usize)> = None;
    // "The Herald spoke to her on Monday": from here on a question set alone is the interview's.
    let mut interviewing = false;
    let mut turn_speaker: Option<Speaker> = None;
    let mut turn_asks = false;
    let mut previous_unit: Option<units::Unit> = None;
    let mut answers = answers::Answers::default();
    let paragraphs = crate::segment::paragraphs(body);
    let all_units = units::units(body, &top);
    for (k, unit) in all_units.iter().cloned().enumerate() {
        if let Some(turn) = labelled.iter().find(|t| t.covers(&unit.range)) {
            ctx.set_paragraph(unit.paragraph);
            let interviewee = ctx.last_person().cloned();
            if turn.first_unit(&unit.range) {
                turn_asks = turn.question;
            }
            if turn.first_unit(&unit.range) && !turn.question {
                // "A:" in a Q&A is the person the piece introduced.
                let answer = matches!(&body[turn.label.clone()], "A" | "Answer");
                let label = &body[turn.label.clone()];
                // "Defence lawyer:": the person the story introduced in that role, else the role
                // unnamed; not whoever was named last.
                let speaker = if answer {
                    // Only where the piece sets the interview up, the paragraph before its first
                    // turn; only a person met in full: not "Tauiliili", a title the name was
                    // learned without, nor "Eindhovens Kompas", the paper spoken to.
                    let opening = labelled.first().map_or(turn.label.start, |t| t.label.start);
                    let setup = body[..opening].trim_end();
                    let setup = &setup[setup.rfind("\n\n").map_or(0, |i| i + 2)..];
                    let named = labels::interviewee_named(setup).into_iter().flatten().find_map(|n| ctx.met_person(n));
                    named.or_else(|| ctx.last_person().cloned())
                } else if labels::role_label(label) {
                    let role = label.to_lowercase();
                    ctx.introduced_as(&role).or_else(|| ctx.resolve(&format!("unnamed: {role}")))
                } else if let Some(person) = ctx
                    .labelled_by_initials(label)
                    .filter(|_| ctx.met_person(&speakers::title_case(label)).is_none())
                    // Not "FH:", the interviewer from Fouta Horizon, who asks elsewhere, after a
                    // "Fatou Hann" in the story.
                    .filter(|_| !asker(body, &labelled, label))
                {
                    Some(person)
                } else if label.chars().all(|c| c.is_uppercase() || c == '-')
                    && label.contains(['A', 'E', 'I', 'O', 'U', 'Y'])
                {
                    // "PATEL:", a transcript's label in capitals, is a surname, not a body's letters;
                    // "RMT:", with no vowel, is letters.
                    ctx.resolve(&speakers::title_case(label))
                } else {
                    ctx.resolve(&surname_written_small(label))
                };
                if let Some(host) = speaker.as_ref().filter(|s| unpresented_opener(body, &labelled, turn, s)) {
                    ctx.assume_interviewer(host);
                }
                // "SIDDIQUI:", the presenter the introduction named, asks the questions.
                turn_asks = speaker.is_some() && speaker == ctx.interviewer();
                if turn_asks {
                    if let Some(person) = interviewee.clone() {
                        ctx.keep_person(person);
                    }
                } else {
                    turn_speaker = speaker;
                }
            }
            let paragraph = turn.paragraph_opened_by(&unit.range).filter(|p| {
                // "Vos conducts Mahler on April 12.": the piece's own words after the last answer.
                let first = body[p.clone()].split_whitespace().next().unwrap_or("");
                (p.start == turn.paragraphs[0].start
                    || !turn_speaker.as_ref().is_some_and(|s| s.name.split_whitespace().any(|n| n == first)))
                    && labels::says_something(&body[p.clone()], p.start == turn.paragraphs[0].start)
            });
            if let (Some(paragraph), Some(speaker), false) = (paragraph, &turn_speaker, turn_asks) {
                drafts.push(Draft::verbatim(speaker.clone(), &body[turn.label.clone()], paragraph.clone(), paragraph));
            }
            // "Councillor Seddon told the chamber that ...": reports inside an answer,
            // and in a question ("Q: The coalition said this morning that ...").
            // The label ("Q:", "MALIK:") is nobody's words.
            // A unit inside the label ("INSP. KAUR:" split after "INSP.") has no words.
            let start = unit.range.start.max(turn.content.start).min(unit.range.end);
            let words = units::Unit { range: start..unit.range.end, ..unit.clone() };
            let toks = tokens::tokenize(body, words.range.clone(), &top);
            let mut reports = Vec::new();
            frames_to_drafts(body, &toks, &words, &mut ctx, &mut reports, &mut described);
            if let Some(person) = interviewee.filter(|_| turn_asks) {
                ctx.keep_person(person); // "Q: Some critics say …" — the next "A:" is still the interviewee
            }
            // A question passes on what others said ("Farmers say they were given three
            // weeks' notice"); inside an answer only a report with "that" is another's statement.
            // A primary source's own transcript is the record of its speakers: what a
            // journalist's question passes on there would be taken for the source's word.
            let primary = article.meta.kind == crate::model::ArticleKind::Primary;
            drafts.extend(
                reports
                    .into_iter()
                    .filter(|_| !(turn_asks && primary))
                    .filter(|d| !is_first_person(&d.mention) && (turn_asks || reports_another(body, d)))
                    // "Would Russia respond by supplying weapons?": a question reports nothing.
                    .filter(|d| !d.content.last().is_some_and(|r| body[r.clone()].trim_end().ends_with('?'))),
            );
            if let Some(speaker) = turn_speaker.as_ref().filter(|_| !turn_asks) {
                ctx.resolve(&speaker.name); // the answer's "he" and "we" stay the speaker's
            }
            continue;
        }
        let toks = tokens::tokenize(body, unit.range.clone(), &top);
        let stated_before = previous_unit.replace(unit.clone()).filter(|p| p.paragraph == unit.paragraph);
        if stated_before.is_some_and(|p| across::attribute_back(body, &toks, &p, &mut ctx, &mut drafts)) {
            continue;
        }
        let before = drafts.len();
        // "The Regional Government of Cusco has signed a contract …, it said on Monday": the
        // body the sentence opens on is its own "it" (or "the government").
        let text = &body[unit.range.clone()];
        ctx.observe_own_cue(text);
        let subject = ctx.observe_subject(text);
        ctx.observe_place_opener(text);
        ctx.set_paragraph(unit.paragraph);
        if let Some(speaker) = frames_to_drafts(body, &toks, &unit, &mut ctx, &mut drafts, &mut described) {
            last_attributed = Some((speaker, unit.paragraph)); // "X told APB News:" and the quote below
        }
        if drafts.len() == before {
            // "Captain Rhys ap Gwilym was blunt about the first half." and a
            // paragraph opening on a quote below it: the person the sentence is about.
            let opens_quoted = toks.first().is_some_and(|t| t.quoted);
            // "Aurelien Vasseur … has come with his two daughters. “My eldest …,” he is
            // indignant.": in the same paragraph too.
            let led = lead_in.take().filter(|(_, p)| opens_quoted && p + 1 == unit.paragraph || *p == unit.paragraph);
            let last = if led.is_some() { &led } else { &last_attributed };
            unframed(body, &toks, &unit, &top, last, &mut ctx, &mut drafts);
        }
        let quoted = toks.iter().any(|t| t.quoted);
        let unattributed = drafts[before..].iter().all(|d| d.speaker.is_none());
        // "GeoSphere Austria … has raised its warning. It warns of …": the body is the next "it".
        let next_it = all_units
            .get(k + 1)
            .is_some_and(|n| n.paragraph == unit.paragraph && body[n.range.clone()].starts_with("It "));
        if unattributed && !quoted && next_it {
            ctx.observe_body_subject(&body[unit.range.clone()]);
        }
        let introduced = if !drafts[before..].iter().any(|d| d.speaker.is_some()) && unit.paragraph > 0 {
            ctx.observe_people(&body[unit.range.clone()])
        } else {
            None
        };
        // "Next to her, her colleague Karim Benhamou, who teaches in Vaulx-en-Velin, nods.":
        // whom the sentence introduces leads in as well as whom it opens with.
        lead_in = subject
            .or(introduced)
            .filter(|_| unattributed && !quoted && unit.paragraph > 0)
            .map(|s| (s, unit.paragraph));
        if let Some(d) = drafts[before..].iter().rev().find(|d| d.speaker.is_some()) {
            last_attributed = Some((d.speaker.clone().expect("checked"), unit.paragraph));
        } else if !quoted && asks_alone(body, &unit) && (interviewing || opens_on_dash(body, &unit)) {
            // "Is the project still worth it?" set alone above a quoted answer: the
            // interview's question, answered by the person it is with.
            if let Some(person) = ctx.last_person().filter(|p| p.person && !p.name.starts_with("unnamed:")) {
                last_attributed = Some((person.clone(), unit.paragraph));
            }
        }
        if let Some(para) = paragraphs.get(unit.paragraph).filter(|_| labelled.is_empty()) {
            // "I think …" opening an answer is the interviewee speaking, not somebody else.
            let attributed = drafts[before..].iter().filter(|d| d.speaker.as_ref().is_some_and(|s| s.name != "I"));
            let pronoun = |m: &str| matches!(m.to_lowercase().as_str(), "he" | "she" | "they" | "it" | "we");
            let step = answers::Step {
                body,
                unit: unit.range.clone(),
                paragraph: unit.paragraph,
                para: para.clone(),
                attributed: attributed.clone().next().is_some(),
                named: attributed.clone().any(|d| !pronoun(&d.mention)),
            };
            if let Some(d) = answers.step(&step) {
                drafts.push(d);
            }
            // An answer's sentences are the interviewee's, not statistics or events of nobody's,
            // and "I think …" in it is the interviewee's too, in the answer credited.
            if answers.credits(unit.paragraph) {
                let others = |d: &Draft| d.speaker.as_ref().is_some_and(|s| s.name != "I");
                let attributed: Vec<Draft> = drafts.drain(before..).filter(others).collect();
                drafts.extend(attributed);
            }
            // "**The company says nobody will be dismissed.**": the interviewer's prompt in bold
            // puts a claim to the interviewee; it is no statement the piece reports. A question
            // that reports one ("**Critics say … What is your answer?**") keeps it.
            if answers.asking() && in_bold(&body[para.clone()]) && !body[para.clone()].contains('?') {
                drafts.truncate(before);
            }
        }
        let text = &body[unit.range.clone()];
        if !interviewing && introduces_interview(text) {
            interviewing = true;
            answers.interview_with(answers::interviewee(text, &article.meta.outlet, &drafts[before..], &ctx), text);
        }
        ctx.observe(&body[unit.range.clone()]);
    }
    letters::credit_letters(body, &paragraphs, &mut drafts, &mut ctx);
    credits::credit_quotes(body, &paragraphs, &mut drafts, &mut ctx);
    factbox::credit_reactions(body, &paragraphs, &mut drafts, &mut ctx);
    speeches::credit_speech(body, &paragraphs, &mut drafts, &mut ctx);
    credits::drop_crossheads(body, &paragraphs, &mut drafts);
    across::credit_quote_paragraphs(body, &top, &mut drafts);
    headlines::credit_labelled_headline(body, &mut drafts, &mut ctx);
    let topics = echoes::credit_headline_echoes(body, &mut drafts);
    described::credit_topic_words(body, &topics, &mut drafts, &ctx);
    described::credit_described(body, described, &mut drafts, &ctx);
    claim::finish(article, gaz, &top, drafts)
}

/// "Pirkanmaan Päivälehti spoke to her on Monday evening", "in an interview
/// with this outlet": the article goes on as an interview.
fn introduces_interview(text: &str) -> bool {
    const MARKERS: [&str; 8] = [
        "spoke with ", "sat down with ", "talked to ", "interview", "asked him", "asked her", "QUESTIONS FOR",
        "questions for",
    ];
    // "spoke on Tuesday to Ing. Peter Balog"
    let spoke_to = text.match_indices("spoke ").any(|(at, _)| {
        let after = &text[at + 6..];
        after.get(..after.len().min(30)).is_some_and(|near| near.starts_with("to ") || near.contains(" to "))
    });
    spoke_to || MARKERS.iter().any(|m| text.contains(m))
}

/// A paragraph set in bold from end to end, as interviews set their questions.
fn in_bold(paragraph: &str) -> bool {
    let text = paragraph.trim();
    text.len() > 4 && ["**", "__"].iter().any(|m| text.starts_with(m) && text.ends_with(m))
}

/// "— Why October 12?" and "– Geography. …": a question or its answer opened
/// by a dash, as interviews are set out in much of Europe and Latin America.
fn opens_on_dash(body: &str, unit: &units::Unit) -> bool {
    let next = body[unit.range.end..].trim_start();
    [body[unit.range.clone()].trim_start(), next].iter().any(|t| t.starts_with(['—', '–']))
}

/// A question that is a paragraph of its own, as an interview's written
/// without "Q:" labels.
fn asks_alone(body: &str, unit: &units::Unit) -> bool {
    let text = answers::without_emphasis(&body[unit.range.clone()]);
    if !text.ends_with('?') || text.split_whitespace().count() > 30 {
        return false;
    }
    let before = body[..unit.range.start].trim_end_matches([' ', '\t', '*', '_']);
    let after = body[unit.range.end..].trim_start_matches([' ', '\t', '*', '_']);
    // Not above a section's heading in capitals ("“NOBODY WAKES UP WANTING TO KILL”").
    let next = after.trim_start().lines().next().unwrap_or("");
    let heading = !next.chars().any(char::is_lowercase);
    (before.is_empty() || before.ends_with("\n\n")) && after.starts_with("\n\n") && !heading
}

/// "CLAUDIA REBOLLEDO: Good morning. With us … Are you any closer to a deal?":
/// the voice that opens a transcript with a question, and that the
/// introduction does not present (as it does a committee's chair), is its host.
fn unpresented_opener(body: &str, labelled: &[labels::Turn], turn: &labels::Turn, speaker: &Speaker) -> bool {
    let surname = speaker.name.rsplit(' ').next().unwrap_or("");
    labelled.first().is_some_and(|t| t.span == turn.span)
        && !body[..turn.span.start].contains(surname)
        && body[turn.content.clone()].trim_end().ends_with('?')
}

/// Drafts of the unit's frames; returns the speaker of a frame that ends the
/// unit with a colon and no content ("X told APB News:"), whose words follow.
fn frames_to_drafts(
    body: &str,
    toks: &[tokens::Tok],
    unit: &units::Unit,
    ctx: &mut Context,
    drafts: &mut Vec<Draft>,
    described: &mut Vec<Draft>,
) -> Option<Speaker> {
    let mut previous: Option<(Speaker, String)> = None;
    let mut introduces: Option<Speaker> = None;
    // A headline or deck in headlinese: among the first two paragraphs, with no stop at its end,
    // past any closing quote ("New Delhi says project 'on schedule'").
    let headline = unit.paragraph <= 1 && headlines::in_headlinese(&body[unit.range.clone()]);
    ctx.set_headline(headline);
    for frame in attribution::frames(toks, headline) {
        let resolved = match &frame.speaker {
            SpeakerRef::Words(r) => {
                let words = &body[r.clone()];
                // After a headline's semicolon ("…; city hall vows …"), not at its start ("eBay says").
                let clause_opening =
                    r.start == unit.range.start && headline && body[..unit.range.start].trim_end().ends_with(';');
                let pronoun = matches!(words, "he" | "she" | "He" | "She");
                // "…, says finance chief": a description after the cue is whoever the body says
                // the same thing, not whoever the words resolve to before the body is read.
                let after_cue = r.start > frame.attribution.start && words.contains(' ');
                let head = words.rsplit(' ').next().unwrap_or("");
                let described_after = headline && after_cue && head.starts_with(char::is_lowercase);
                ctx.aged_description_after(&body[unit.range.start..r.start], words);
                let speaker = match ctx.replier().filter(|_| pronoun && frame.cue.lemma == "reply") {
                    Some(s) => ctx.resolve(&s.name),
                    None if described_after => None,
                    None => ctx
                        .resolve(words)
                        .or_else(|| clause_opening.then(|| known_capitalised(ctx, words))?)
                        .or_else(|| ctx.body_by_tail(words)),
                };
                // "Parents vow to …": unnamed parents unless the body's group says the same.
                let group = speaker.as_ref().is_some_and(|s| s.name.starts_with("unnamed:") && words.ends_with('s'));
                if (speaker.is_none() || group) && headline {
                    described.extend(described_draft(body, &frame, words, unit));
                }
                speaker.map(|s| (s, words.to_string()))
            }
            SpeakerRef::Previous => previous.clone().or_else(|| ctx.last().map(|s| (s.clone(), String::new()))),
        };
        let Some((speaker, mention)) = resolved else { continue };
        ctx.address(frame.target.clone().map(|t| &body[t]));
        if frame.content.iter().all(|r| body[r.clone()].trim().is_empty()) {
            if body[unit.range.clone()].trim_end().ends_with(':') {
                introduces = Some(speaker);
            }
            continue;
        }
        // "did not say what those measures might be": an indirect question, not a claim.
        let opening =
            frame.content.first().map(|r| body[r.clone()].split_whitespace().next().unwrap_or("").to_lowercase());
        if opening.is_some_and(|w| matches!(w.as_str(), "what" | "whether" | "how" | "why" | "when" | "which" | "who"))
        {
            continue;
        }
        let mention_text =
            if mention.is_empty() { previous.as_ref().map_or(String::new(), |p| p.1.clone()) } else { mention.clone() };
        let mut d = Draft::new(
            ClaimKind::Reported,
            speaker.clone(),
            &mention_text,
            Some(frame.cue),
            frame.content.clone(),
            unit.range.clone(),
        );
        d.cue_word = Some(frame.cue_word.clone());
        d.target = frame.target.clone().map(|t| resolve_target(body, t, ctx));
        d.attribution = Some(frame.attribution.clone());
        drafts.push(d);
        previous = Some((speaker, mention_text));
    }
    introduces
}

/// A headline's statement whose speaker, `words`, is nobody known yet: kept
/// aside, to be credited once the body is read (see [`described`]).
fn described_draft(body: &str, frame: &attribution::Frame, words: &str, unit: &units::Unit) -> Option<Draft> {
    if frame.content.iter().all(|r| body[r.clone()].trim().is_empty()) {
        return None;
    }
    Some(Draft {
        kind: ClaimKind::Reported,
        speaker: None,
        mention: words.trim().to_string(),
        cue: Some(frame.cue),
        cue_word: Some(frame.cue_word.clone()),
        target: None,
        content: frame.content.clone(),
        unit: unit.range.clone(),
        attribution: Some(frame.attribution.clone()),
        verbatim: false,
    })
}

/// "governor signals …" after a headline's semicolon: the speaker the words
/// name as they would open the headline; not a name they would make up
/// ("Union", "Company").
fn known_capitalised(ctx: &mut Context, words: &str) -> Option<Speaker> {
    let mut chars = words.chars();
    let capitalised: String = chars.next().map_or(String::new(), |c| c.to_uppercase().chain(chars).collect());
    ctx.resolve_known(&capitalised)
}

/// "I told them", "we said": the answer's own speaker, already its claim;
/// "you said" in a question is the answer's speaker, not a claim of the question.
fn is_first_person(mention: &str) -> bool {
    let first = mention.split_whitespace().next().unwrap_or("").to_lowercase();
    let first = first.split(['’', '\'']).next().unwrap_or("");
    // "At 7:30 this morning I informed …": a subject after a time that opened the sentence.
    let last = mention.split_whitespace().last().unwrap_or("");
    matches!(first, "i" | "we" | "us" | "me" | "you" | "") || matches!(last, "I" | "we")
}

/// "X told the chamber that ...", "X confirmed that ...": inside an answer
/// only a report with its "that", or an accusation, is somebody else's statement.
fn reports_another(body: &str, d: &Draft) -> bool {
    let (Some(attribution), Some(content)) = (&d.attribution, d.content.first()) else { return false };
    // "The Outer Isles Council has accused CVA of treating islanders as an afterthought."
    if d.cue.and_then(|c| c.kind) == Some(ClaimKind::Accusation) {
        return true;
    }
    let between = body.get(attribution.end..content.start).unwrap_or("");
    // "The institute warned that, at current rates of supply, rents will …": a clause may open the report.
    between.split_whitespace().any(|w| w.trim_end_matches(',') == "that") || body[content.clone()].starts_with("that ")
}

fn resolve_target(body: &str, range: Range<usize>, ctx: &Context) -> String {
    let words = &body[range];
    let gaz = ctx.gazetteer_in_use();
    match gaz.mentions(words).last() {
        Some(m) => gaz.entity(m.entity).name.clone(),
        None => words.to_string(),
    }
}

/// A unit without an attribution frame: headline, quote continuing a speaker,
/// or an unattributed treaty term, statistic or event.
fn unframed(
    body: &str,
    toks: &[tokens::Tok],
    unit: &units::Unit,
    top: &[&Quote],
    last: &Option<(Speaker, usize)>,
    ctx: &mut Context,
    drafts: &mut Vec<Draft>,
) {
    let first = top.partition_point(|q| q.outer.start < unit.range.start); // top is in body order
    let quoted: Vec<&&Quote> = top[first..]
        .iter()
        .take_while(|q| q.outer.start < unit.range.end)
        .filter(|q| q.outer.end <= unit.range.end)
        .collect();
    let quote_words: usize = quoted.iter().map(|q| q.word_count(body)).sum();
    let unit_words = toks.iter().filter(|t| t.is_word()).count().max(1);
    // A live blog's post heading ("Expert: “It is the last corridor”") is a headline too.
    let heading = quoted.first().is_some_and(|q| {
        let label = body[unit.range.start..q.outer.start].trim_end();
        let opens_paragraph = body[..unit.range.start].trim_end_matches([' ', '\t']).ends_with('\n');
        opens_paragraph && label.ends_with(':') && label.split_whitespace().count() <= 4
    });
    if unit.paragraph > 0 {
        if let Some(d) = captions::caption_claim(body, unit.range.clone(), &quoted, ctx) {
            drafts.push(d);
            return;
        }
    }
    if (unit.paragraph == 0 || heading) && !quoted.is_empty() {
        if let Some(d) = headline_claim(body, toks, unit.range.clone(), quoted[0].outer.start, ctx) {
            drafts.push(d);
            return;
        }
    }
    if let Some((speaker, paragraph)) = last {
        // "— Where will the traders work?" between two answers: the interviewer's question.
        let asked = *paragraph + 2 == unit.paragraph && quotes::after_dashed_question(body, unit.range.start);
        let continues =
            (*paragraph + 1 >= unit.paragraph || asked) && quote_words * 2 >= unit_words && quote_words >= 3;
        if continues {
            let content: Vec<Range<usize>> = quoted.iter().map(|q| q.outer.clone()).collect();
            // "“A,” he said. “B.”": one statement when it stays in one paragraph.
            let same =
                drafts.last_mut().filter(|d| *paragraph == unit.paragraph && d.speaker.as_ref() == Some(speaker));
            if let Some(prev) = same {
                prev.content.extend(content);
                prev.unit.end = unit.range.end;
                return;
            }
            drafts.push(Draft::new(ClaimKind::Quote, speaker.clone(), "", None, content, unit.range.clone()));
            return;
        }
    }
    if unit.paragraph > 0 {
        if let Some(d) = claim::unattributed(body, unit.range.clone(), ctx.gazetteer_in_use()) {
            drafts.push(d);
        }
    }
}

/// An attributed headline: "Minister: “We will not back down”", "Kinosew Lake
/// chief: “...”", or a court report's "..., jury told".
fn headline_claim(
    body: &str,
    toks: &[tokens::Tok],
    headline: Range<usize>,
    first_mark: usize,
    ctx: &mut Context,
) -> Option<Draft> {
    let claim = |speaker, mention: &str| {
        Draft::new(ClaimKind::Quote, speaker, mention, None, vec![headline.clone()], headline.clone())
    };
    if let Some(speaker) = ctx.court_headline_speaker(&body[headline.clone()]) {
        return Some(claim(speaker, ""));
    }
    if let Some(credit) = dash_credit(&body[headline.clone()]) {
        if let Some(speaker) = ctx.resolve(credit) {
            return Some(claim(speaker, credit));
        }
    }
    // "PM: Son Hai port must become “a model”": the label ends at its colon.
    let start = after_kicker(body, headline.start, first_mark);
    let colon = body[start..first_mark].find(": ").map(|i| start + i);
    let stop = colon.unwrap_or(first_mark);
    let words: Vec<&tokens::Tok> = toks.iter().filter(|t| t.start >= start && t.end <= stop && t.is_word()).collect();
    let named = words.iter().take_while(|t| t.is_capitalized() || t.text.contains('’')).count();
    let name = &body[words.first()?.start..words[named.checked_sub(1)?].end];
    // "Kinosew Lake chief: “...”": a role word or two between the name and the
    // colon, headlinese for "the Kinosew Lake chief".
    let label_end = colon.map(|c| body[..c].trim_end().len());
    let roles: Vec<&&tokens::Tok> = words[named..].iter().take(2).take_while(|t| !t.is_capitalized()).collect();
    // "Stranded climber fumes:": the cue after the noun is no part of it.
    let role = match roles.as_slice() {
        [noun, cue] if Some(cue.end) == label_end && cues::lookup(cue.text).is_some() => Some(noun),
        [.., last] if Some(last.end) == label_end => Some(last),
        _ => None,
    };
    let described = role.map(|t| {
        let label = &body[words[0].start..t.end];
        // "Terrified dad:": a tabloid's epithet, capitalised only because it opens the label.
        let epithet = named == 1 && speakers::lexicon::EPITHETS.contains(words[0].lower().as_str());
        if epithet {
            label.to_lowercase()
        } else {
            label.to_string()
        }
    });
    if let Some((speaker, mention)) = described.and_then(|d| Some((ctx.resolve(&format!("the {d}"))?, d))) {
        return Some(claim(speaker, &mention));
    }
    // "Board chief Durrani: “...”": an office and a name.
    let label = label_end.map(|end| &body[words[0].start..end]).filter(|l| {
        let parts: Vec<&str> = l.split_whitespace().collect();
        let titled = |w: &&str| speakers::lexicon::TITLES.contains(w.to_lowercase());
        parts.len() <= 4 && parts.iter().any(titled) && parts.last().is_some_and(|w| w.starts_with(char::is_uppercase))
    });
    if let Some((speaker, mention)) = label.and_then(|l| Some((ctx.resolve(l).filter(|s| s.person)?, l))) {
        return Some(claim(speaker, mention));
    }
    // "PM:", "Expert:": an office alone, headlinese for "the prime minister".
    let office = match name {
        "PM" => Some("prime minister".to_string()),
        _ if named == 1 && Some(words[0].end) == label_end => Some(name.to_lowercase()),
        _ => None,
    };
    let holder = office.as_ref().and_then(|o| ctx.resolve(&format!("the {o}")).filter(|s| s.person));
    if let Some(speaker) = holder {
        return Some(claim(speaker, name));
    }
    // "Elder:", when the article names no elder: somebody it describes so.
    let described = office.filter(|o| speakers::lexicon::TITLES.contains(o.as_str()));
    let speaker = ctx.resolve(name).or_else(|| described.and_then(|o| ctx.resolve(&format!("unnamed: {o}"))))?;
    Some(claim(speaker, name))
}

/// Where a headline's label may open: after a kicker ("Transcript: Vantrix chief
/// says plant 'will not close'"), unless the quote follows it straight away and
/// the credit comes after the quote.
fn after_kicker(body: &str, start: usize, first_mark: usize) -> usize {
    let colon = body[start..first_mark].find(": ").map(|i| start + i);
    let kicker = colon.filter(|&c| KICKERS.contains(&body[start..c].trim().to_lowercase().as_str()));
    kicker.filter(|&c| body[c + 2..first_mark].chars().any(char::is_alphabetic)).map_or(start, |c| c + 2)
}

/// Words that open a headline before a colon as a kind of piece, not a speaker.
const KICKERS: [&str; 14] = [
    "transcript", "full transcript", "watch", "live", "explainer", "analysis", "exclusive", "breaking", "update",
    "video", "opinion", "revealed", "q&a", "interview",
];

/// "Senate Probes US$3.7M Road Fund: “Somebody Must Account …” - Sen. Tokpah":
/// the name a dash credits after the quote, which outranks any label before it.
fn dash_credit(headline: &str) -> Option<&str> {
    let close = headline.rfind(['"', '”'])?;
    let after = headline[close + headline[close..].chars().next()?.len_utf8()..].trim();
    let credit = after.strip_prefix(['-', '–', '—'])?.trim();
    let words = credit.split_whitespace().count();
    ((1..=5).contains(&words) && credit.starts_with(char::is_uppercase)).then_some(credit)
}

/// "Dr M. RAMOKGOPA", "Hon. J. VILJOEN": a transcript's label whose surname alone is in
/// capitals, with it written as the story writes names, so that it finds the person met in full.
fn surname_written_small(label: &str) -> std::borrow::Cow<'_, str> {
    let Some((before, surname)) = label.rsplit_once(' ') else { return label.into() };
    let shouted = surname.chars().count() >= 3 && surname.chars().all(|c| c.is_uppercase() || c == '-');
    if shouted && before.chars().any(char::is_lowercase) {
        format!("{before} {}", speakers::title_case(surname)).into()
    } else {
        label.into()
    }
}

/// Whether the turns under `label` are an interviewer's: marked so, or half of them or more ending on a
/// question.
fn asker(body: &str, turns: &[labels::Turn], label: &str) -> bool {
    let own = turns.iter().filter(|t| body[t.label.clone()] == *label);
    let (count, asking, marked) = own.fold((0, 0, false), |(n, q, m), t| {
        (n + 1, q + usize::from(body[t.content.clone()].trim_end().ends_with('?')), m || t.question)
    });
    marked || 2 * asking >= count
}

#[cfg(test)]
mod tests {
    use crate::gazetteer::Gazetteer;

    /// The speaker of the first claim whose text holds `words`.
    fn speaker_of<'f>(found: &'f [(String, String)], words: &str) -> Option<&'f str> {
        found.iter().find(|(_, t)| t.contains(words)).map(|(s, _)| s.as_str())
    }

    /// Every claim of an article's body, under a short front matter, as (speaker, text).
    pub(super) fn claims_of_body(body: &str) -> Vec<(String, String)> {
        claims(&format!("---\noutlet: T\npublished: 2025-06-03T08:00:00\nstory: t\ntitle: T\n---\n{body}"))
    }

    /// Every claim of an article's text (front matter and body) as (speaker, text).
    pub(super) fn claims(text: &str) -> Vec<(String, String)> {
        let article = crate::ingest::ingest_text(text, "t.txt", &Default::default()).expect("article");
        super::extract(&article, Gazetteer::builtin())
            .into_iter()
            .map(|c| (c.speaker.unwrap_or_default(), c.text))
            .collect()
    }

    #[test]
    fn he_or_she_after_a_group_is_who_spoke_alone_just_before() {
        let found = claims_of_body(
            "Levy\n\nDirector Mwanaisha Kalolo said the levy stays. Some riders have claimed the levy funds \
             allowances.\n\nShe insisted every shilling would be paid through the payment system.",
        );
        assert_eq!(speaker_of(&found, "every shilling"), Some("Mwanaisha Kalolo"));
    }

    #[test]
    fn an_age_describes_the_one_person_its_sentence_named_before_it() {
        let found = claims_of_body(
            "Rings\n\nA taxi driver said he paid N$650 for a ring. \"Nothing happened,\" he said.\n\n\
             When we reached Tobias \"Holy Fire\" Amakali on Sunday, the 38-year-old prophet denied that he had \
             sold the rings.\n\n\"I never sold anything,\" he said.",
        );
        assert_eq!(speaker_of(&found, "sold the rings"), Some("Tobias Amakali"));
        assert_eq!(speaker_of(&found, "never sold anything"), Some("Tobias Amakali"));
        // A name inside the words quoted before the cue is nobody the age describes.
        let found = claims_of_body(
            "Drought\n\nPetru Filippi farms near Calvi. \"It is dry,\" he said. \"Then there was snow on the \
             Monte Padru until June,\" the 71-year-old shepherd recalled.",
        );
        assert_eq!(speaker_of(&found, "snow on the"), Some("Petru Filippi"));
        // Nor a person of another office, nor one named in another clause.
        let found = claims_of_body(
            "Yams\n\nAfter meeting Minister John Obi in Makurdi, the 52-year-old farmer said he had lost his harvest.\n\n\
             Police said Samuel Terver was arrested; the 34-year-old officer said a tip-off led to it.",
        );
        assert_ne!(speaker_of(&found, "lost his harvest"), Some("John Obi"));
        assert_ne!(speaker_of(&found, "tip-off"), Some("Samuel Terver"));
    }

    #[test]
    fn a_court_report_s_given_name_and_initial_is_a_person() {
        let found = claims_of_body(
            "Trial opens\n\nThe presiding judge, Dr Ulrike Hammerschmidt, was unmoved. \"We will see,\" she told him.\n\n\
             The first witness, a pensioner, was identified in court as Gisela M. She told the court that she had paid \
             a deposit.\n\nThomas R. then spoke briefly. \"I am sorry,\" he said.",
        );
        assert_eq!(speaker_of(&found, "paid a deposit"), Some("Gisela M."));
        assert_eq!(speaker_of(&found, "I am sorry"), Some("Thomas R."));
    }

    #[test]
    fn the_review_s_probes_of_this_stop_s_rules_keep_their_speakers() {
        // A dead man's name closing a sentence is not the next "he": the officer still speaks.
        let found = claims_of_body(
            "Fire\n\nDUBLIN - Inspector Tom Hale said officers were called at 2am. The man who died was \
             later identified as Daniel Roe. He said the family had been informed.",
        );
        assert_eq!(speaker_of(&found, "family had been informed"), Some("Tom Hale"));
        // The English "I Made …" is no Balinese name; a chief known by his title alone still speaks.
        let found = claims_of_body(
            "Talks\n\nTAMALE, Ghana - John Mensah spoke. \"I Made mistakes,\" he conceded. The Yagbonwura said \
             peace had returned to Gonja.",
        );
        assert_eq!(speaker_of(&found, "mistakes"), Some("John Mensah"));
        assert_eq!(speaker_of(&found, "peace had returned"), Some("Yagbonwura"));
        // A body's name heading a release stays as the story writes it.
        let found = claims_of_body(
            "Buses\n\nCOMUNE DI NAPOLI\n\nNAPLES - The Comune di Napoli said 40 new buses would enter service.",
        );
        assert_eq!(speaker_of(&found, "40 new buses"), Some("Comune di Napoli"));
    }

    #[test]
    fn the_body_a_sentence_opens_on_is_its_own_it_or_noun_and_the_next_it() {
        let found = claims_of_body(
            "Flood\n\nKREMS, Austria - Wachau Ferries says services are running normally.\n\nVienna, the capital, \
             was flooded. It said the river was high.\n\nGeoSphere Austria, the national weather service, has \
             raised its warning to red. It warns of 60 litres of rain per square metre.",
        );
        assert_eq!(speaker_of(&found, "running normally"), Some("Wachau Ferries"));
        assert_eq!(speaker_of(&found, "60 litres"), Some("Austria"));
        // Not a place: "it" stays the body that spoke last.
        assert_eq!(speaker_of(&found, "river was high"), Some("Wachau Ferries"));
        // "…, it said": the body the sentence opens on, not the one that spoke before.
        let found = claims_of_body(
            "Hospital\n\nCUSCO, Peru - Kallisto Bulk said the ship was fine.\n\nThe Regional Government of Cusco \
             has signed a contract for a block at the hospital in Urubamba, the provincial capital, it said on Monday.",
        );
        assert_eq!(speaker_of(&found, "signed a contract"), Some("Regional Government of Cusco"));
        let found = claims_of_body(
            "Ward\n\nMOSHI, Tanzania - The Kilimanjaro Christian Medical Centre (KCMC) has opened a 32-bed unit, \
             the hospital said in a statement.\n\nIn Buenos Aires, the ministry said talks would go on.",
        );
        assert_eq!(speaker_of(&found, "32-bed unit"), Some("Kilimanjaro Christian Medical Centre"));
        assert_ne!(speaker_of(&found, "talks would go on"), Some("In Buenos Aires"));
    }

    #[test]
    fn a_body_s_board_speaks_for_it_and_a_country_s_name_is_no_body() {
        let found = claims_of_body(
            "Births\n\nTALLINN - Kuressaare Hospital will stop delivering babies from 1 July, its management \
             board announced on Wednesday.\n\nSwedbank Estonia will cut card fees from April, its management \
             board said.",
        );
        assert_eq!(speaker_of(&found, "delivering babies"), Some("Kuressaare Hospital"));
        assert!(speaker_of(&found, "card fees").is_none_or(|s| s != "Estonia" && s != "Kuressaare Hospital"));
    }

    #[test]
    fn a_headline_s_police_promise() {
        let found = claims_of_body(
            "Police promise 240 officers for the festival\n\nPISAC, Peru - Police chief Wálter Anco said 240 \
             officers would be deployed. The police promise was kept.",
        );
        assert!(speaker_of(&found, "for the festival").is_some_and(|s| !s.is_empty()), "{found:?}");
        assert!(!found.iter().any(|(_, t)| t.contains("was kept")), "{found:?}");
    }

    #[test]
    fn figures_that_show_are_the_statement_of_whoever_keeps_them() {
        let found = claims_of_body(
            "Remittances\n\nAPIA, Samoa - Figures from the Samoa Bureau of Statistics show that remittances \
             were 30 per cent of GDP. MPI figures show 11 escapes were reported in 2024. Ofcom's latest figures \
             show 27 per cent of premises lack coverage. \"Our data shows 540 doctors left,\" the minister said. \
             The video shows a man running.",
        );
        assert_eq!(speaker_of(&found, "remittances"), Some("Samoa"));
        assert_eq!(speaker_of(&found, "11 escapes"), Some("MPI"));
        assert_eq!(speaker_of(&found, "27 per cent"), Some("Ofcom"));
        // A body written small after "from the", and estimates as figures.
        let found = claims_of_body(
            "Heritage\n\nVIENTIANE, Laos - The Luang Prabang World Heritage Management Office said the rules were \
             clear. Figures from the heritage office show that the number rose from 112 to 276. According to \
             estimates from the World Bank, the tax will bring in 1.1 million.",
        );
        assert_eq!(speaker_of(&found, "112 to 276"), Some("Luang Prabang World Heritage Management Office"));
        assert_eq!(speaker_of(&found, "1.1 million"), Some("World Bank"));
        assert!(found.iter().all(|(s, _)| s != "Our"), "{found:?}");
        assert!(!found.iter().any(|(_, t)| t.contains("man running")), "{found:?}");
    }

    #[test]
    fn an_italian_particle_in_capitals_stays_in_the_name() {
        let found = claims_of_body(
            "Briefing\n\nPOTENZA - Officials met the press. What follows is a transcript.\n\nOn the platform:\n\
             ROCCO DI LORENZO, regional councillor, Region of Basilicata\n\n\
             DI LORENZO: Thank you. The reservoir is at its lowest level ever.\n\n\
             Q: When will it end?\n\nDI LORENZO: Until it rains properly, and I mean weeks of rain.",
        );
        assert_eq!(speaker_of(&found, "lowest level"), Some("Rocco Di Lorenzo"));
        assert_eq!(speaker_of(&found, "weeks of rain"), Some("Rocco Di Lorenzo"));
    }

    #[test]
    fn indonesian_degrees_balinese_names_and_northern_ghana_s_honorifics() {
        let found = claims_of_body(
            "Floods\n\nKENDARI, Indonesia - The agency's head, Ir. Hendra Saputra Mokoginta, M.T., told a hearing \
             that dredging had removed sediment. The director, H. Muhammad Syukri Lanto, S.E., M.M., said the plant \
             was ready. A mother who gave only her initials, S.R., said she was afraid. Police spokesman Senior \
             Commissioner I Made Wirawan told reporters the weir was intact.",
        );
        assert_eq!(speaker_of(&found, "dredging"), Some("Hendra Saputra Mokoginta"));
        assert_eq!(speaker_of(&found, "plant was ready"), Some("Muhammad Syukri Lanto"));
        assert_eq!(speaker_of(&found, "afraid"), Some("S.R."));
        assert_eq!(speaker_of(&found, "weir"), Some("I Made Wirawan"));
        let found = claims_of_body(
            "Floods\n\nSALAGA, Ghana - The paramount chief, Kpembewura Abdulai Jakpa Kasuri, has appealed to \
             families to move. Prices have climbed, according to Mma Fuseina Abukari, a food vendor.",
        );
        assert_eq!(speaker_of(&found, "families"), Some("Abdulai Jakpa Kasuri"));
        assert_eq!(speaker_of(&found, "Prices"), Some("Fuseina Abukari"));
    }

    #[test]
    fn a_factbox_credits_each_source_s_uncued_quotation_and_pronoun() {
        let found = claims_of_body(
            "FACTBOX-Kenya: What leaders said\n\nBy A Writer\n\nNAKURU, Kenya - A judge halted the evictions.\n\n\
             * NAKURU GOVERNOR WAMBUI KAMAU-NDUNG'U, speaking to reporters on Monday:\n\n\
             \"We respect the court, but the lake does not read court orders.\"\n\n\
             She said the county would file an appeal within the week.\n\n\
             * PETER MWANGI KARIUKI, CHAIRMAN OF THE LAKESIDE TRADERS ASSOCIATION:\n\n\
             \"Nobody ever came to speak to us. They came with a bulldozer.\"\n\n\
             BACKGROUND\n\n\
             - The Kenya Meteorological Department said in August that rains were above average.",
        );
        let by = |words: &str| speaker_of(&found, words);
        assert_eq!(by("does not read court orders"), Some("Wambui Kamau-Ndung'u"), "{found:?}");
        assert_eq!(by("file an appeal"), Some("Wambui Kamau-Ndung'u"), "{found:?}");
        assert_eq!(by("came with a bulldozer"), Some("Peter Mwangi Kariuki"), "{found:?}");
        // A bulleted report is no dash quotation.
        assert_eq!(by("rains were above average"), Some("Kenya"), "{found:?}");
    }

    #[test]
    fn a_dash_quotation_that_opens_on_what_someone_said_stays_a_quotation() {
        let found = claims_of_body(
            "Dam fears\n\nBy A Writer\n\nGÄVLE, Sweden - Erik Holm, 61, has lived by the river all his life.\n\n\
             - Nobody from the municipality came for three days, says Erik Holm.\n\n\
             - Swedish Radio said on the news that the dam was safe. We believed them.",
        );
        assert_eq!(speaker_of(&found, "the dam was safe"), Some("Erik Holm"), "{found:?}");
    }

    #[test]
    fn a_country_in_the_deck_does_not_own_the_lead_s_ministry() {
        let text = "---\noutlet: Trinco Echo\npublished: 2025-04-23T08:00:00\nstory: t\ntitle: T\n---\n\
                    Energy ministry vows no family will be evicted\n\n\
                    Residents unconvinced; New Delhi says tank farm project \"on schedule\"\n\n\
                    By A Writer\n\n\
                    TRINCOMALEE — The Ministry of Energy on Tuesday pledged that no family in Kappalthurai would be \
                    moved from its land without consent.";
        let found = claims(text);
        let by = |words: &str| speaker_of(&found, words);
        assert_eq!(by("no family in Kappalthurai"), Some("Sri Lanka"), "{found:?}");
        assert_eq!(by("on schedule"), Some("India"), "{found:?}");
    }

    #[test]
    fn a_headline_statement_after_a_semicolon_is_read_as_a_headline() {
        let text = "---\noutlet: Lakeside Courier\npublished: 2025-04-23T08:00:00\nstory: t\ntitle: T\n---\n\
                    Residents vow to fight eviction ruling in court; county says no one will be left homeless\n\n\
                    KISUMU — The County Government of Kisumu said it would set up a help desk. Residents said \
                    they would appeal.";
        let found = claims(text);
        let by = |words: &str| speaker_of(&found, words);
        assert_eq!(by("to fight eviction ruling"), Some("unnamed: residents"), "{found:?}");
        assert!(!found.iter().any(|(_, t)| t.contains("court; county")), "{found:?}");
        assert!(by("no one will be left homeless").is_some_and(|s| s.starts_with("County Government")), "{found:?}");
        // No name made up of a noun ("union says" is not "Union"), in the headline or after it.
        let text = "---\noutlet: T\npublished: 2025-04-23T08:00:00\nstory: t\ntitle: T\n---\n\
                    Strike enters third week; union says talks will resume\n\n\
                    LONDON — The Unite union said on Monday that talks would resume.";
        assert!(!claims(text).iter().any(|(s, _)| s == "Union"), "{:?}", claims(text));
        // A label of the whole headline credits it whole.
        let text = "---\noutlet: T\npublished: 2025-04-23T08:00:00\nstory: t\ntitle: T\n---\n\
                    WHO: five dead; 20 sick in cholera outbreak\n\n\
                    GENEVA — The World Health Organization (WHO) said cases rose.";
        let found = claims(text);
        assert_eq!(speaker_of(&found, "five dead; 20 sick"), Some("World Health Organization"), "{found:?}");
        // A label opening the headline is its first statement's only.
        let text = "---\noutlet: T\npublished: 2025-04-23T08:00:00\nstory: t\ntitle: T\n---\n\
                    Fed's Powell: rates to stay high; markets slide\n\n\
                    WASHINGTON — Federal Reserve chair Jerome Powell said rates would stay high for longer.";
        let found = claims(text);
        assert!(found.iter().any(|(s, t)| s == "Jerome Powell" && t == "rates to stay high"), "{found:?}");
    }

    #[test]
    fn a_role_label_is_the_person_introduced_so_else_the_role_unnamed() {
        let text = "---\noutlet: Kaloum Echo\npublished: 2025-02-07T08:00:00\nstory: t\ntitle: T\n---\n\
                    Court hears of port deal\n\n\
                    The new Royal Berkshire hospital opened. The defence lawyer, Ama Owusu, spoke first.\n\n\
                    Presiding judge: Who chose these companies?\n\n\
                    Defence lawyer: My client did not choose anybody.\n\n\
                    Health minister: Those accounts were not available.\n\n\
                    Presiding judge: Did he receive money?\n\n\
                    Defence lawyer: Not one franc.";
        let found = claims(text);
        let by = |words: &str| speaker_of(&found, words);
        assert_eq!(by("did not choose"), Some("Ama Owusu"), "{found:?}");
        assert_eq!(by("Not one franc"), Some("Ama Owusu"), "{found:?}");
        assert_eq!(by("accounts were not"), Some("unnamed: health minister"), "{found:?}");
        assert_eq!(by("Who chose"), None, "{found:?}");
    }

    #[test]
    fn a_transcript_s_label_in_capitals_is_a_surname_not_letters() {
        let text = "---\noutlet: The Ledger\npublished: 2025-01-21T08:00:00\nstory: t\ntitle: T\n---\nInterview\n\n\
                    Kristen Welker interviewed the president.\n\n\
                    WELKER: Are the tariffs working?\n\nTRUMP: The tariffs are working.\n\n\
                    WELKER: Will prices rise?\n\nPATEL: I will not resign over this.";
        let found = claims(text);
        let by = |words: &str| speaker_of(&found, words);
        assert_eq!(by("tariffs are working"), Some("Donald Trump"), "{found:?}");
        assert_eq!(by("will not resign"), Some("Patel"), "{found:?}");
    }

    #[test]
    fn a_bare_answer_is_the_person_the_piece_says_it_interviewed() {
        let head = "---\noutlet: The Ledger\npublished: 2025-01-21T08:00:00\nstory: t\ntitle: T\n---\nCuts loom\n\n";
        let text = format!(
            "{head}Renée Castellano-Hughes, who leads the agency, said cuts were coming.\n\n\
             Council member Bethany Zaragoza-Kline said the county could not pay.\n\n\
             The Ledger spoke with Castellano-Hughes on Wednesday.\n\n\
             Q: Can the cuts be avoided?\n\nA: Yes, if the legislature passes a budget.\n\n\
             Q: Critics say you cry wolf.\n\nA: I understand why people feel that way."
        );
        let found = claims(&text);
        let by = |words: &str| speaker_of(&found, words);
        assert_eq!(by("legislature passes"), Some("Renée Castellano-Hughes"), "{found:?}");
        assert_eq!(by("people feel that way"), Some("Renée Castellano-Hughes"), "{found:?}");
        // Whoever spoke to the paper, when the paper is the one spoken to.
        let text = text.replace("The Ledger spoke with Castellano-Hughes", "Castellano-Hughes spoke to The Ledger");
        let found = claims(&text);
        let by = |words: &str| speaker_of(&found, words);
        assert_eq!(by("legislature passes"), Some("Renée Castellano-Hughes"), "{found:?}");
    }

    #[test]
    fn the_person_who_spoke_to_the_outlet_answers_its_unlabelled_questions() {
        let head = "---\noutlet: The Baltic Review (weekly)\npublished: 2025-05-20T09:00:00\nstory: t\ntitle: T\n---\n\
                    Assembly ends\n\n";
        let text = format!(
            "{head}Dr hab. Małgorzata Wiśniewska-Kaszuba, a sociologist who chaired the sessions, spoke to The \
             Baltic Review the day after the vote. The interview has been edited for length.\n\n\
             Will the council act?\n\nI think the political cost of ignoring them would be very high.\n\n\
             What if they are disappointed?\n\nThen the city will have taught 60 people that participation fails."
        );
        let found = claims(&text);
        let by = |words: &str| speaker_of(&found, words);
        assert_eq!(by("political cost"), Some("Małgorzata Wiśniewska-Kaszuba"), "{found:?}");
        assert_eq!(by("participation fails"), Some("Małgorzata Wiśniewska-Kaszuba"), "{found:?}");
        assert!(found.iter().all(|(speaker, _)| speaker != "I" && speaker != "Baltic Review"), "{found:?}");
        // Only the sentence's subject, not a person named in a clause about them.
        let text = text.replace(
            "Dr hab. Małgorzata Wiśniewska-Kaszuba, a sociologist who chaired the sessions,",
            "A sociologist who once advised Governor Kathy Hochul on climate",
        );
        let found = claims(&text);
        assert_ne!(speaker_of(&found, "political cost"), Some("Kathy Hochul"), "{found:?}");
    }

    #[test]
    fn questions_in_bold_to_the_person_spoken_to_as_her() {
        let head = "---\noutlet: Garden City Review\npublished: 2025-05-20T09:00:00\nstory: t\ntitle: T\n---\n\
                    Regalia returns\n\n";
        let text = format!(
            "{head}The pieces will go to the museum, whose director, Dr Abena Serwaa Mensah-Bonsu, led the talks. \
             We spoke to her at the museum on Tuesday. The interview has been edited for length.\n\n\
             **How did this return come about?**\n\nIt started with an email, honestly.\n\n\
             **Will they go to Accra?**\n\nNo. That was never on the table."
        );
        let found = claims(&text);
        let by = |words: &str| speaker_of(&found, words);
        assert_eq!(by("started with an email"), Some("Abena Serwaa Mensah-Bonsu"), "{found:?}");
        assert_eq!(by("never on the table"), Some("Abena Serwaa Mensah-Bonsu"), "{found:?}");
        // Not "her daughter", nor "heritage officials".
        for other in ["We spoke with her daughter on Tuesday.", "We spoke to heritage officials on Tuesday."] {
            let found = claims(&text.replace("We spoke to her at the museum on Tuesday.", other));
            assert_ne!(speaker_of(&found, "started with an email"), Some("Abena Serwaa Mensah-Bonsu"), "{found:?}");
        }
    }

    #[test]
    fn an_interview_s_questions_set_alone_are_answered_by_the_person_it_is_with() {
        let text =
            "---\noutlet: Lakeside Daily (regional daily)\npublished: 2025-01-21T08:00:00\nstory: t\ntitle: T\n---\n\
                    Tram still worth it\n\n\
                    Sanna Kivelä, the deputy mayor, has championed the line. Lakeside Daily spoke to her on Monday.\n\n\
                    Is the project still worth it?\n\n\
                    \"Yes. The first two phases have carried more passengers than anyone forecast.\n\n\
                    \"I understand that the number sounds enormous to people.\"\n\n\
                    Who, then, pays for it?\n\n\
                    \"THE STATE MUST PAY\"\n\n\
                    Jari Heinonen, a councillor, disagreed.";
        let found = claims(text);
        let by = |words: &str| speaker_of(&found, words);
        assert_eq!(by("first two phases"), Some("Sanna Kivelä"), "{found:?}");
        assert_eq!(by("sounds enormous"), Some("Sanna Kivelä"), "{found:?}");
        // A heading in capitals below a question is nobody's answer.
        assert_ne!(by("THE STATE MUST PAY"), Some("Sanna Kivelä"), "{found:?}");
        assert!(found.iter().all(|(s, _)| s != "Lakeside Daily"), "{found:?}");
        // Without an interview, a question alone is the writer's own: the quote below is
        // not the person last named's.
        let feature = "---\noutlet: Lakeside Daily\npublished: 2025-01-21T08:00:00\nstory: t\ntitle: T\n---\n\
                       Farms wait\n\n\
                       Environment Minister Julie Baines has promised compensation.\n\n\
                       Will it come in time?\n\n\
                       \"I will believe it when I see it with my own eyes.\"\n\n\
                       Owen Griffiths, a farmer, has waited two years.";
        let found = claims(feature);
        let believes = found.iter().find(|(_, t)| t.contains("believe it")).map(|(s, _)| s.as_str());
        assert_ne!(believes, Some("Julie Baines"), "{found:?}");
    }

    #[test]
    fn the_presenter_asks_and_passes_on_what_others_said() {
        let text = "---\noutlet: Radio Test\npublished: 2025-06-12T08:00:00\nstory: t\ntitle: T\n---\nTranscript\n\n\
                    Presenter Ayesha Siddiqui spoke to Kamran Malik.\n\n\
                    SIDDIQUI: Good morning. Farmers say they were given three weeks' notice. Why?\n\n\
                    MALIK: We warned them in March.\n\n\
                    SIDDIQUI: And the hotels? Would Russia respond by supplying weapons?\n\n\
                    MALIK: They are being cut too.";
        let found = claims(text);
        assert!(found.iter().all(|(s, _)| s != "Ayesha Siddiqui"), "{found:?}");
        assert!(
            found.contains(&("unnamed: farmers".into(), "they were given three weeks' notice.".into())),
            "{found:?}"
        );
        assert!(found.iter().any(|(s, t)| s == "Kamran Malik" && t.contains("warned them in March")), "{found:?}");
    }

    #[test]
    fn an_accusation_inside_a_member_s_turn_is_the_accuser_s() {
        let text = "---\noutlet: Record\npublished: 2025-01-14T17:00:00\nstory: t\ntitle: T\n---\nCommittee\n\n\
                    The Convener (Morag Cattanach): Good morning. Mr Baird has the first questions.\n\n\
                    Duncan Baird (Caledonian Vessel Assets Ltd): Hull 812 is now 94 per cent complete.\n\n\
                    Alasdair Mac an Tàilleir (Highlands and Islands) (IP): The Outer Isles Council has accused CVA of treating islanders as an afterthought.\n\n\
                    Duncan Baird: I reject that.";
        let found = claims(text);
        assert!(found.iter().all(|(s, _)| s != "Morag Cattanach"), "{found:?}");
        assert!(found.iter().any(|(s, t)| s == "Duncan Baird" && t.contains("94 per cent")), "{found:?}");
        assert!(found.iter().any(|(s, t)| s == "Outer Isles Council" && t.contains("afterthought")), "{found:?}");
        assert!(found.iter().any(|(s, _)| s == "Alasdair Mac an Tàilleir"), "{found:?}");
    }

    #[test]
    fn a_report_inside_an_answer_may_open_on_a_clause() {
        let text = "---\noutlet: Record\npublished: 2025-10-15T17:00:00\nstory: t\ntitle: T\n---\nDebate\n\n\
                    An Ceann Comhairle: I call Deputy Ó Conchubhair.\n\n\
                    Deputy Séamus Ó Conchubhair: The Housing Observatory Institute published its report. The institute warned that, at current rates of supply, rents will not stabilise before 2030.\n\n\
                    Deputy Darragh Kinsella: They will.\n\n\
                    Deputy Séamus Ó Conchubhair: They will not.";
        let found = claims(text);
        let warned = found.iter().find(|(_, t)| t.starts_with("at current rates"));
        assert_eq!(warned.map(|(s, _)| s.as_str()), Some("Housing Observatory Institute"), "{found:?}");
    }

    #[test]
    fn a_label_with_an_abbreviated_title_is_read_whole() {
        // "INSP." ends a unit inside the label; it once made an inverted range and a panic.
        let text = "---\noutlet: Test\npublished: 2025-06-12T08:00:00\nstory: t\ntitle: T\n---\nTranscript\n\n\
                    Chief Ann Roy was joined by Insp. Harpreet Sandhu.\n\n\
                    CHIEF ROY: Good morning. We made nine arrests.\n\n\
                    INSP. SANDHU: Thank you. The ring shipped 212 cars.\n\n\
                    Q: How many?\n\n\
                    INSP. SANDHU: Almost all electronic.";
        let found = claims(text);
        assert!(found.iter().any(|(s, t)| s == "Harpreet Sandhu" && t.contains("212 cars")), "{found:?}");
    }

    #[test]
    fn a_label_with_its_surname_in_capitals_is_the_person_met_in_full() {
        let text = "---\noutlet: Test\npublished: 2025-06-12T08:00:00\nstory: t\ntitle: T\n---\nHearing\n\n\
                    Appearing were Dr Mpho Ramokgopa and Mr Sifiso Zwane.\n\n\
                    Dr M. RAMOKGOPA: There are fourteen properties under quarantine.\n\n\
                    Hon. J. VILJOEN: And the vaccine?\n\n\
                    Mr S. ZWANE: We requested 40 000 doses on 2 May.";
        let found = claims(text);
        assert!(found.iter().any(|(s, t)| s == "Mpho Ramokgopa" && t.contains("fourteen")), "{found:?}");
        assert!(found.iter().any(|(s, t)| s == "Sifiso Zwane" && t.contains("40 000 doses")), "{found:?}");
    }

    #[test]
    fn an_interview_labelled_by_initials_is_the_person_they_spell() {
        let text = "---\noutlet: Test\npublished: 2025-06-12T08:00:00\nstory: t\ntitle: T\n---\nInterview\n\n\
                    Few have felt the ban as Hadja Kadiatou Bobo Diallo has. She spoke to Fouta Horizon on Sunday.\n\n\
                    FH: What changed for you?\n\n\
                    KBD: We had two trucks loaded for Senegal. The customs post sent them back.\n\n\
                    FH: And the GKS?\n\n\
                    GKS: We will review the ban in June.";
        let found = claims(text);
        assert!(found.iter().any(|(s, t)| s == "Kadiatou Bobo Diallo" && t.contains("two trucks")), "{found:?}");
        // Letters nobody named spells stay a body's.
        assert!(found.iter().any(|(s, t)| s == "GKS" && t.contains("review the ban")), "{found:?}");
        // The outlet's letters are its interviewer's, whoever in the story they spell.
        let text = "---\noutlet: Fouta Horizon\npublished: 2025-06-12T08:00:00\nstory: t\ntitle: T\n---\nInterview\n\n\
                    Hadja Kadiatou Bobo Diallo spoke to us. Her lawyer, Fatou Hann, was there.\n\n\
                    FH: The company says its trucks are watered every hour.\n\n\
                    KBD: That is not true. The dust is everywhere.\n\n\
                    FH: Will you sue?\n\n\
                    KBD: We will go to court in June.";
        let found = claims(text);
        assert!(found.iter().all(|(s, _)| s != "Fatou Hann"), "{found:?}");
        assert!(found.iter().any(|(s, t)| s == "Kadiatou Bobo Diallo" && t.contains("court in June")), "{found:?}");
    }

    #[test]
    fn a_headline_label_may_end_in_a_role_word() {
        let text = "---\noutlet: Test\npublished: 2025-06-12T08:00:00\nstory: t\ntitle: T\n---\n\
                    Kinosew Lake chief: \"We were told to wait\"\n\n\
                    Residents of Kinosew Lake Cree Nation left. We spoke with Chief Delores Bighetty-Spence.";
        let found = claims(text);
        assert_eq!(found[0].0, "Delores Bighetty-Spence", "{found:?}");
        let text = "---\noutlet: Test\npublished: 2025-06-12T08:00:00\nstory: t\ntitle: T\n---\n\
                    Board chief Durrani: \"They want my head\"\n\n\
                    The Cricket Control Board met. Chairman Iftikhar Ahmed Durrani left.";
        let found = claims(text);
        assert_eq!(found[0].0, "Iftikhar Ahmed Durrani", "{found:?}");
        // A tabloid's deck below the headline: its epithet, its noun and its cue, for the
        // person named just below the lede.
        let text = "---\noutlet: Test\npublished: 2025-06-12T08:00:00\nstory: t\ntitle: T\n---\nEXCLUSIVE\n\n\
                    BRIT DAD HIT WITH BILL\n\nStranded climber fumes: \"I'd have crawled down\"\n\nBy Dean Hollis\n\n\
                    A BRITISH dad-of-two plucked off a mountain has been slapped with a whopping bill.\n\n\
                    Gary Whitlock, 41, from Stockport, was left clinging to a ledge.";
        let found = claims(text);
        assert_eq!(found[0], ("Gary Whitlock".to_string(), "I'd have crawled down".to_string()));
        let text = text
            .replace("Stranded climber fumes", "Terrified dad")
            .replace("Gary Whitlock", "Dad-of-two Moon Seung-woo");
        assert_eq!(claims(&text)[0].0, "Moon Seung-woo");
        // "Transcript:" says what the piece is, not who speaks.
        let text = "---\noutlet: Test\npublished: 2025-06-12T08:00:00\nstory: t\ntitle: T\n---\n\
                    Transcript: Vantrix chief says plant 'will not close' as 1,150 jobs go\n\n\
                    Vantrix Semiconductor cut jobs. Chief executive Ravindran Subramaniam spoke in Penang.";
        let found = claims(text);
        assert!(found.iter().all(|(s, _)| s != "Transcript"), "{found:?}");
        let text = "---\noutlet: Test\npublished: 2025-06-12T08:00:00\nstory: t\ntitle: T\n---\nLive\n\n\
                    Prof Zhang Weiming took the stand. Prof Zhang said the corridor mattered.\n\n10.31am\n\n\
                    Expert: \"It is the last corridor\"";
        let found = claims(text);
        assert!(found.iter().any(|(s, t)| s == "Zhang Weiming" && t.contains("last corridor")), "{found:?}");
        let text = "---\noutlet: Test\npublished: 2025-06-12T08:00:00\nstory: t\ntitle: T\n---\nLive\n\n\
                    The hearing resumed.\n\n2.03pm\n\nElder: \"The koala is in our stories\"";
        let found = claims(text);
        assert!(found.iter().any(|(s, t)| s == "unnamed: elder" && t.contains("koala")), "{found:?}");
    }

    #[test]
    fn each_statement_of_a_deck_is_credited_by_name() {
        let text = "---\noutlet: Test\npublished: 2025-10-23T08:00:00\nstory: t\ntitle: T\n---\n\
                    Paddy lifting crisis: farmers threaten blockade\n\n\
                    Arhtiyas' strike enters fourth day; 18 LMT lying unlifted in mandis: Aulakh\n\n\
                    Minister Tarsem Singh Aulakh admitted that stocks were piling up.";
        let found = claims(text);
        let by = |words: &str| speaker_of(&found, words);
        assert_eq!(by("unlifted in mandis"), Some("Tarsem Singh Aulakh"), "{found:?}");
        // A description is not credited in a deck: the lead's person is often somebody else.
        let text = "---\noutlet: Test\npublished: 2025-10-23T08:00:00\nstory: t\ntitle: T\n---\n\
                    Fund defends lease terminations\n\n\
                    City will examine buying the estate, says finance chief; tenants vow to fight\n\n\
                    Walter Bosshard, who chairs the fund, said the leases had to end.";
        let found = claims(text);
        let by = |words: &str| speaker_of(&found, words);
        assert_ne!(by("examine buying"), Some("Walter Bosshard"), "{found:?}");
    }

    #[test]
    fn a_dash_after_a_headline_quote_credits_the_speaker() {
        let text = "---\noutlet: Test\npublished: 2025-06-12T08:00:00\nstory: t\ntitle: T\n---\n\
                    Senate Probes US$3.7M Road Fund: \"Somebody Must Account For Every Cent\" - Sen. Tokpah\n\n\
                    Grand Gedeh County Senator J. Gbarlue Tokpah opened the hearing.";
        let found = claims(text);
        assert_eq!(found[0].0, "J. Gbarlue Tokpah", "{found:?}");
        assert_eq!(super::dash_credit("Minister: \"We stay\""), None);
        assert_eq!(super::dash_credit("\"No pay, no cane\" – growers' chief Pech"), None);
        assert_eq!(super::dash_credit("Plea: “Half a step away” — Coach De Santis"), Some("Coach De Santis"));
    }

    #[test]
    fn a_sentence_about_a_person_leads_into_the_quote_below() {
        let text = "---\noutlet: Test\npublished: 2025-06-12T08:00:00\nstory: t\ntitle: T\n---\nHead\n\n\
                    Captain Rhys ap Gwilym, who played all 80 minutes, was blunt about the first half.\n\n\
                    \"That was the worst forty minutes we have played all season.\"\n\n\
                    Coach Ann Lee was in a better mood after the 27-24 win.\n\n\
                    \"We rode our luck.\"";
        let found = claims(text);
        assert!(found.iter().any(|(s, t)| s == "Rhys ap Gwilym" && t.contains("forty minutes")), "{found:?}");
        assert!(found.iter().any(|(s, t)| s == "Ann Lee" && t.contains("luck")), "{found:?}");
        // In the same paragraph, and whether or not the quote opens the sentence.
        let text = "---\noutlet: Test\npublished: 2025-06-12T08:00:00\nstory: t\ntitle: T\n---\nHead\n\n\
                    \"We hold the school up with our hands,\" confides Sandrine Morel-Aubry, 44.\n\n\
                    Next to her, her colleague Karim Benhamou, who teaches in Vaulx, nods. For him, the problem \
                    \"is not new, but this time we have reached the bone\".";
        let found = claims(text);
        assert!(found.iter().any(|(s, t)| s == "Sandrine Morel-Aubry" && t.contains("our hands")), "{found:?}");
        assert!(found.iter().any(|(s, t)| s == "Karim Benhamou" && t.contains("the bone")), "{found:?}");
    }

    #[test]
    fn the_unpresented_voice_that_opens_with_a_question_is_the_host() {
        let text = "---\noutlet: Radio\npublished: 2025-11-05T08:00:00\nstory: t\ntitle: T\n---\nTranscript\n\n\
                    The strike by the Copper Workers' Union entered its 12th day.\n\n\
                    CLAUDIA REBOLLEDO: Good morning. With us is Hector Aranguiz Tapia of the union. Hector, are you closer?\n\n\
                    HECTOR ARANGUIZ: Honestly, no. The company has not moved one peso since October.\n\n\
                    REBOLLEDO: Thank you both. After the break, the weather.";
        let found = claims(text);
        assert!(found.iter().any(|(s, t)| s == "Hector Aranguiz Tapia" && t.contains("one peso")), "{found:?}");
        assert!(!found.iter().any(|(s, _)| s == "Claudia Rebolledo"), "{found:?}");
    }

    #[test]
    fn the_ps_is_the_principal_secretary_named_before() {
        let text = "---\noutlet: Wire\npublished: 2025-06-12T08:00:00\nstory: t\ntitle: T\n---\nBan\n\n\
                    The ministry's Permanent Secretary, Dr Elibariki Joseph Massawe, said the ban would stay.\n\n\
                    The PS, however, promised that the ministry would issue temporary permits.";
        let found = claims(text);
        assert!(found.iter().any(|(s, t)| s == "Elibariki Joseph Massawe" && t.contains("temporary")), "{found:?}");
    }

    #[test]
    fn a_name_described_as_a_business_is_the_company() {
        let text = "---\noutlet: Radio\npublished: 2025-06-12T08:00:00\nstory: t\ntitle: T\n---\nFish\n\n\
                    The anglers point upstream, to Panonija Hem, a plant that makes fertilisers.\n\n\
                    Đorđe Bošnjak said he was angry.\n\n\
                    In a statement, the company denied releasing any wastewater into the Danube.";
        let found = claims(text);
        assert!(found.iter().any(|(s, t)| s == "Panonija Hem" && t.contains("wastewater")), "{found:?}");
    }

    #[test]
    fn an_interview_whose_note_follows_the_person_answers_below_bold_questions() {
        let text = "---\noutlet: Puerto Abierto\npublished: 2025-05-12T08:00:00\nstory: t\ntitle: T\n---\n\
                    Dockworkers' leader speaks\n\nBy Javiera Contreras\n\n\
                    Rodrigo Alarcón Pizarro, 52, is president of the union. This interview took place on \
                    Saturday at the union's hall on Avenida Errázuriz and has been edited for length.\n\n\
                    **How many of your members will be affected?**\n\n\
                    By our own count, 340 compañeros would lose most of their shifts.\n\n\
                    **The company says nobody will be dismissed.**\n\n\
                    Technically, that is true. They simply stop calling you.\n\n* * *\n\n\
                    The port authority did not reply.";
        let found = claims(text);
        let his: Vec<&str> =
            found.iter().filter(|(s, _)| s == "Rodrigo Alarcón Pizarro").map(|(_, t)| t.as_str()).collect();
        assert_eq!(
            his,
            [
                "By our own count, 340 compañeros would lose most of their shifts.",
                "Technically, that is true. They simply stop calling you."
            ],
            "{found:?}"
        );
        // The prompt in bold is nobody's claim.
        assert!(!found.iter().any(|(_, t)| t.contains("nobody will be dismissed")), "{found:?}");
        // In a piece that interviews nobody, a statement in bold is one.
        let text = "---\noutlet: Daily\npublished: 2025-05-12T08:00:00\nstory: t\ntitle: T\n---\nCuts\n\n\
                    LEEDS — Staff said their interviews had been cancelled.\n\n\
                    **Unison said the freeze would leave social care \"dangerously understaffed\".**";
        let found = claims(text);
        assert!(found.iter().any(|(s, t)| s == "Unison" && t.contains("understaffed")), "{found:?}");
    }
}

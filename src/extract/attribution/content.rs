//! The content side of an attribution: what was said, past any object of
//! the cue ("warned Seoul that", "told reporters"), and quotes or reported
//! words standing before a trailing attribution ("..., the ministry said").

use super::*;
use crate::segment::wordset::WordSet;

/// Content of every frame: from its cue (past any object) to where the next
/// frame's attribution starts; quotes before a trailing attribution count
/// too, and so do unquoted words when nothing follows the cue.
pub(super) fn assign_content(toks: &[Tok], frames: &mut [Frame], spans: &[(usize, usize, usize)], headline: bool) {
    if spans.len() != frames.len() {
        return;
    }
    let unit_end = toks.last().map_or(0, |t| t.end);
    let mut prev_end_tok = 0;
    for i in 0..frames.len() {
        let (first, cue_k, _) = spans[i];
        let next_first = spans.get(i + 1).map_or(toks.len(), |s| s.0);
        let mut from = cue_k + 1;
        if frames[i].attribution.end > toks[cue_k].end {
            from = toks.iter().position(|t| t.start >= frames[i].attribution.end).unwrap_or(toks.len());
        }
        // Frames may overlap on odd text ("told St\nsaid k", found by fuzzing):
        // a frame's content never runs backwards.
        let next_first = next_first.max(from);
        let (target, body_from) = object_of(toks, from, next_first, &frames[i].cue);
        let body_from = what_it_called(toks, body_from, next_first).unwrap_or(body_from);
        // "…, the council warned - rising to £1,000 if …": past the dash, the clause the words
        // before the attribution go on with.
        let dashed_on = body_from > from
            && body_from < next_first
            && super::subject::is_spaced_dash(toks, body_from - 1)
            && toks[body_from].is_word()
            && !toks[body_from].is_capitalized();
        frames[i].target = target;
        let lead = prev_end_tok.min(first)..first;
        // "BANGKOK, March 12 (Equator Wire) - Thailand accused": a dateline, not what was said.
        // Not the dash that closes a Polish dash quotation ("- … - warns Dąbrowska-Pilch").
        let dateline = |i: usize| super::subject::is_spaced_dash(toks, i) && toks[i].kind != TokKind::QuoteMark;
        let lead = if lead.end > lead.start && dateline(lead.end - 1) { first..first } else { lead };
        let lead_count = toks[lead.clone()].iter().filter(|t| t.is_word()).count();
        let lead_unquoted = toks[lead.clone()].iter().filter(|t| t.is_word() && !t.quoted).count();
        // "“…,” said Jared Mottram, who gave evidence for two hours": about the speaker, not said.
        // "…, said Karin Mulder-Vos, chair of the association": the description is hers too.
        // "said Karin Mulder-Vos": the speaker named after the cue.
        let inverted = matches!(&frames[i].speaker, SpeakerRef::Words(r) if r.start > toks[cue_k].start);
        let comma_after = [from, body_from].iter().any(|&i| toks.get(i).is_some_and(|t| t.text == ","));
        // "“…,” said Tom Hale, 47, a former farmer.": who he is, not what he said.
        // "…,” said Raymond Tillman, president of the local": a lowercase office too, but not
        // a participle ("adding that …"), which says more.
        let appositive = toks.get(from + 1).is_some_and(|t| {
            t.text.chars().all(|c| c.is_ascii_digit())
                || matches!(t.lower().as_str(), "a" | "an" | "the" | "who")
                || t.is_word() && !t.is_capitalized() && !t.text.ends_with("ing")
        });
        let described = inverted && comma_after && (lead_unquoted >= 4 || appositive);
        let about_speaker =
            described || toks.get(body_from).is_some_and(|t| matches!(t.lower().as_str(), "who" | "whose"));
        // "called on the growers to remain calm": the appeal, not where.
        let appeal = frames[i].cue.lemma == "call" && toks.get(body_from).is_some_and(|t| t.is("on"));
        // "JDA chief says arcade drive is about safety; bandh enters second day": a headline's
        // semicolon ends what was said.
        let semicolon = (body_from..next_first).find(|&j| toks[j].text == ";" && !toks[j].quoted);
        let said_end = semicolon.filter(|_| headline).unwrap_or(next_first);
        let after = (body_from < said_end
            && !about_speaker
            && toks[body_from..said_end].iter().any(|t| t.is_word())
            && !(lead_count >= 4 && !appeal && only_adjunct(toks, body_from, said_end)))
        .then(|| toks[body_from].start..if said_end < toks.len() { toks[said_end].start } else { unit_end });
        let whole_lead = || std::iter::once(toks[lead.start].start..toks[lead.end - 1].end).collect::<Vec<_>>();
        // "In a long answer to the barrister, Prof Zhang said:": the words follow the colon.
        let introduces = toks[from..next_first].iter().all(|t| t.text == ":") && from < next_first;
        // "Thanawat Inthachai reports from the foot of Doi Suthep": where a correspondent files from.
        let dispatch = frames[i].cue.lemma == "report"
            && toks.get(body_from).is_some_and(|t| t.is("from"))
            && !toks[body_from..next_first].iter().any(|t| t.is("that") || t.quoted);
        // "Heat could reach the blocks within 48 hours, Pleșca said, but the network would take a
        // week": the words before the attribution, and the clause it goes on with.
        // Not after an opening adjunct ("Earlier this week, Anna Berg said, and later confirmed,
        // …"), nor from a dateline ("LONDON (Reuters) - Prices rose …, Berg said, and …").
        let opens_on_adjunct = toks[lead.clone()].iter().find(|t| t.is_word()).is_some_and(|t| {
            let w = t.lower();
            super::subject::ADJUNCT_PREPOSITIONS.contains(&w.as_str())
                || super::subject::SENTENCE_ADVERBS.contains(&w.as_str())
        });
        let dated = (lead.start..lead.end).any(dateline);
        let goes_on = !opens_on_adjunct
            && !dated
            && body_from > from
            && (toks[body_from - 1].text == ","
                && toks.get(body_from).is_some_and(|t| CONJUNCTIONS.contains(&t.lower().as_str()))
                || dashed_on);
        let content = match after {
            _ if dispatch => Vec::new(),
            Some(a) if goes_on && lead_unquoted >= 3 && !about_speaker => whole_lead().into_iter().chain([a]).collect(),
            // "Parmelia denied the claim.": a denial of nothing more than "the claim" says it whole.
            Some(ref a) if denies_the_charge(toks, &frames[i].cue, body_from, next_first) => {
                std::iter::once(toks[first].start..a.end).collect()
            }
            None if introduces => Vec::new(),
            // "Under the pact, if X is attacked, Y shall provide “...”, Z told reporters."
            None if lead_unquoted >= 3 => whole_lead(),
            None if lead_count > 0 && quoted_runs(toks, lead.start, lead.end).is_empty() => whole_lead(),
            _ => quoted_runs(toks, lead.start, lead.end).into_iter().chain(after).collect(),
        };
        frames[i].content = content;
        // After a headline's semicolon, the words are the next statement's.
        prev_end_tok = said_end;
    }
}

/// What joins the clause after an attribution to the words before it.
const CONJUNCTIONS: [&str; 6] = ["but", "although", "though", "yet", "and", "while"];

/// A denial whose object only points back at what was said: "denied the
/// allegation", "rejected the claims on Friday".
fn denies_the_charge(toks: &[Tok], cue: &Cue, from: usize, to: usize) -> bool {
    const CHARGES: [&str; 10] = [
        "claim", "claims", "allegation", "allegations", "accusation", "accusations", "charge", "charges", "report",
        "reports",
    ];
    let words: Vec<&Tok> = toks[from..to].iter().filter(|t| t.is_word()).collect();
    cue.lemma == "deny"
        && words.len() <= 4
        && words.first().is_some_and(|t| matches!(t.lower().as_str(), "the" | "these" | "those" | "this" | "that"))
        && words.get(1).is_some_and(|t| CHARGES.contains(&t.lower().as_str()))
        && !toks[from..to].iter().any(|t| t.quoted)
}

/// Quotations (as byte ranges) lying wholly between token indices.
fn quoted_runs(toks: &[Tok], from: usize, to: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut i = from;
    while i < to {
        if toks[i].kind == TokKind::QuoteMark && toks[i].quoted {
            let start = toks[i].start;
            let mut j = i + 1;
            while j < to && !(toks[j].kind == TokKind::QuoteMark && j > i) {
                j += 1;
            }
            let end = toks.get(j.min(to.saturating_sub(1))).map_or(start, |t| t.end);
            if toks[i + 1..j.min(to)].iter().any(|t| t.is_word()) {
                out.push(start..end);
            }
            i = j + 1;
        } else {
            i += 1;
        }
    }
    out
}

/// The object of "warned Seoul that ..." / "told reporters ...", and where the content starts.
fn object_of(toks: &[Tok], from: usize, to: usize, cue: &Cue) -> (Option<Range<usize>>, usize) {
    let mut i = from;
    let skip_link = |i: &mut usize| {
        // "hit back: …", "fired back that …": the adverb of the reply, not what was said.
        // "pointed out that …": the particle of the cue either.
        // "THE PROPHET HITS BACK": in capitals too.
        let link = |t: &Tok| matches!(t.text, "," | ":" | "—" | "-") || t.is("back") || t.is("out") || t.is("that");
        while *i < to && link(&toks[*i]) && !toks[*i].quoted {
            // "Mayor hits back at critics": whom the reply is aimed at, up to what it says, if anything.
            if toks[*i].is("back") && toks.get(*i + 1).is_some_and(|t| t.is("at") && !t.quoted) {
                *i = (*i + 2..to).find(|&j| matches!(toks[j].text, "," | ":" | "—")).unwrap_or(to);
                continue;
            }
            *i += 1;
        }
    };
    // An object is somebody: "warned Seoul", "told reporters", "accused the
    // charity's chair". "warns mackerel stock at risk" has none.
    let addressee = toks.get(i).is_some_and(|t| {
        t.is_capitalized()
            || matches!(
                t.lower().as_str(),
                "the"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
                    | "reporters"
                    | "journalists"
                    | "him"
                    | "them"
                    | "us"
                    | "me"
                    | "lawmakers"
                    | "parliament"
                    | "allies"
                    | "investors"
                    | "residents"
                    | "staff"
            )
    });
    // "expressed the opinion that …": what was expressed is the clause.
    if cue.lemma == "express" {
        if let Some(that) = (i..to.min(i + 6)).find(|&j| toks[j].is("that")) {
            return (None, that + 1);
        }
    }
    if !cue.takes_object || !addressee && cue.lemma != "tell" {
        skip_link(&mut i);
        return (None, past_adjuncts(toks, i, to));
    }
    if cue.lemma == "tell" {
        // "told students in Hamburg on Sunday that ...": whom and where, then what;
        // "..., Pellew told analysts on a call on Monday.": whom and where only.
        let scope = toks[i..to].iter().take_while(|t| !t.quoted && t.kind != TokKind::QuoteMark).count();
        return match (i..i + scope).find(|&j| toks[j].is("that") || toks[j].text == ":") {
            Some(j) => ((j > i).then(|| toks[i].start..toks[j - 1].end), j + 1),
            // "told us the fire was not being treated as suspicious “at this stage”": a clause of its
            // own before the quote goes with it; else the quote that follows is what was told.
            // Not past a relative clause or a comma ("told officers who had arrested him “…”").
            None if i + scope < to => match told_without_that(toks, i, i + scope) {
                Some(obj_end)
                    if obj_end < i + scope
                        && !toks[i..=obj_end]
                            .iter()
                            .any(|t| t.text == "," || RELATIVES.contains(&t.lower().as_str())) =>
                {
                    (Some(toks[i].start..toks[obj_end - 1].end), obj_end)
                }
                _ => (None, i + scope),
            },
            None => match told_without_that(toks, i, to) {
                // "told pals the squad were gutted": whom, then a clause of its own.
                Some(obj_end) => (Some(toks[i].start..toks[obj_end - 1].end), obj_end),
                None => (None, to),
            },
        };
    }
    let start = i;
    while i < to && toks[i].is_word() && !toks[i].quoted && i - start < 6 {
        let lower = toks[i].lower();
        if CLAUSE_VERBS.contains(lower.as_str()) {
            i = start; // "warns doses will fall short": a clause, not an object
            break;
        }
        if matches!(
            lower.as_str(),
            "that"
                | "to"
                | "of"
                | "for"
                | "not"
                | "on"
                | "in"
                | "against"
                | "over"
                | "about"
                | "it"
                | "this"
                | "he"
                | "she"
                | "they"
                | "we"
        ) {
            break;
        }
        i += 1;
    }
    let target = (i > start).then(|| toks[start].start..toks[i - 1].end);
    if i < to && (toks[i].is("of") || toks[i].is("to") && cue.lemma == "tell") {
        // "accused X of ...", "told X to ..." keep the preposition's clause.
        i += usize::from(toks[i].is("of"));
    }
    skip_link(&mut i);
    (target, past_adjuncts(toks, i, to))
}

/// Words that open a relative clause inside an addressee.
const RELATIVES: [&str; 5] = ["who", "whom", "whose", "which", "that"];

/// "told supervisors the water level had dropped": where the addressee of
/// "told" ends, when a clause with its own verb follows without "that".
fn told_without_that(toks: &[Tok], i: usize, to: usize) -> Option<usize> {
    let first = toks.get(i).filter(|t| t.is_word() && !t.quoted)?;
    // "told The Rocket", "told APB News", "told the Telegraph & Argus"
    let named = |j: usize| toks[j].is_word() && toks[j].is_capitalized();
    let name_end = |from: usize| {
        (from..to).find(|&j| !(named(j) || toks[j].text == "&" && j + 1 < to && named(j + 1))).unwrap_or(to)
    };
    let obj_end = if first.is_capitalized() {
        name_end(i)
    } else if first.is("the") && i + 1 < to && named(i + 1) {
        name_end(i + 1)
    } else if matches!(first.lower().as_str(), "the" | "his" | "her" | "their" | "its" | "a" | "an") {
        i + 2
    } else {
        i + 1
    };
    let rest = toks.get(obj_end..to)?;
    let words: Vec<String> = rest.iter().filter(|t| t.is_word()).map(|t| t.lower()).collect();
    let capitalised: Vec<bool> = rest.iter().filter(|t| t.is_word()).map(Tok::is_capitalized).collect();
    // "told the court she became suspicious": a subject pronoun opens a clause whatever its verb.
    let pronoun_subject = matches!(words.first().map(String::as_str), Some("she" | "he" | "they" | "we" | "i"));
    // "told the council her family stopped watering …": a possessive's noun, then a verb in the past.
    // "told senators the university faced a deficit": an article's noun too.
    let possessed = matches!(
        words.first().map(String::as_str),
        Some("her" | "his" | "their" | "our" | "my" | "the" | "its" | "this")
    ) && words.iter().skip(2).take(2).any(|w| w.len() > 4 && w.ends_with("ed"));
    // "told us at least two members were undecided": a number's "at least", not a place's "at"
    // ("told staff at most branches bonuses would be cut").
    let counted = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_digit())
            || crate::extract::numbers::is_number_word(w)
            || QUANTITIES.contains(w)
            || w.ends_with("teen")
            || w.ends_with("ty")
    };
    let at_least =
        words.len() > 2 && words[0] == "at" && matches!(words[1].as_str(), "least" | "most") && counted(&words[2]);
    // "told reporters crime fell by a third", "told the meeting prices jumped": a verb in the past
    // after the clause's first word; one with "-ed" early only, as a participle may follow a noun
    // further on ("told reporters the crowd gathered outside had dispersed" has "had" anyway).
    // Not "told the hikers lost in the fog to stay", "told tourists stranded at the airport to
    // contact …": a participle, and an instruction after it; nor "told defendant Rasheed Ahmed",
    // "told the elders who gathered …".
    let past = |(at, w): (usize, &String)| {
        // Not "told the court a detailed account": an adjective after an article.
        let adjective = matches!(words[at - 1].as_str(), "a" | "an" | "the");
        let verb = PAST_TENSES.contains(w.as_str())
            || at <= 3 && w.len() > 4 && w.ends_with("ed") && !capitalised[at] && !adjective;
        let relative = words[..at].iter().any(|w| matches!(w.as_str(), "who" | "which" | "whom"));
        let instructed = words.iter().skip(at + 2).any(|w| w == "to");
        verb && !relative && !instructed
    };
    let clause = words.len() >= 3
        && (!PREPOSITIONS.contains(words[0].as_str()) || at_least)
        && !matches!(words[0].as_str(), "to" | "of" | "about" | "and" | "or")
        && (pronoun_subject
            || possessed
            || words.iter().skip(1).take(8).any(|w| CLAUSE_VERBS.contains(w.as_str()))
            || words.iter().enumerate().skip(1).take(8).any(past));
    clause.then_some(obj_end)
}

/// Verbs in the past that are seldom anything else: "told reporters crime fell".
static PAST_TENSES: WordSet = WordSet::new(&[
    "fell", "rose", "grew", "went", "came", "began", "ran", "took", "gave", "drew", "knew", "wrote", "broke", "chose",
    "froze", "stole", "flew", "drove", "shook", "forgot", "sold", "spent", "sent", "kept", "felt", "meant", "held",
    "stood", "built", "fled", "brought", "bought", "caught", "thought", "sought", "fought", "found", "struck", "sank",
    "shrank", "soared", "doubled", "tripled", "halved",
]);

/// Quantities in words besides the numbers, after "at least": "a dozen", "some".
static QUANTITIES: WordSet =
    WordSet::new(&["a", "half", "dozen", "dozens", "hundreds", "thousands", "hundred", "some", "several", "many"]);

/// Words that show the words after a cue are a clause with its own verb.
static CLAUSE_VERBS: WordSet = WordSet::new(&[
    "will", "would", "could", "can", "may", "might", "must", "should", "shall", "is", "are", "was", "were", "has",
    "have", "had", "be", "remains", "remain", "did", "does", "do", "didn't", "doesn't", "don't", "won't", "can't",
    // "geologist warns the cliff face needs urgent work": a headline's present tense.
    "needs", "faces", "lacks", "poses", "risks", "requires", "seems", "appears",
]);

static PREPOSITIONS: WordSet = WordSet::new(&[
    "in", "on", "at", "during", "after", "before", "via", "through", "by", "from", "with", "late", "early", "earlier",
    "outside", "inside", "later", "when", "while", "speaking", "talking", "writing",
]);

/// "told reporters in Tokyo on Friday morning that ...": the content starts after "that".
fn past_adjuncts(toks: &[Tok], i: usize, to: usize) -> usize {
    if i >= to {
        return i;
    }
    // "said this morning that", "said yesterday that": a time, then what was said.
    let first = toks[i].lower();
    let time = matches!(first.as_str(), "yesterday" | "today" | "tonight")
        || matches!(first.as_str(), "this" | "last") && time_noun(toks.get(i + 1));
    if !time && !PREPOSITIONS.contains(first.as_str()) {
        return i;
    }
    // "promised that at least 40 of the new positions would be …": the "that" has opened what was
    // said already, and "at least" is its number's, no place or time.
    let opened = i >= 1 && toks[i - 1].is("that");
    let quantity = first == "at" && toks.get(i + 1).is_some_and(|t| matches!(t.lower().as_str(), "least" | "most"));
    if opened || quantity {
        return i;
    }
    // "said on Wednesday, deepening a row that has left ...": the "that" past a
    // comma belongs to the narration, not to the statement.
    // "guaranteed on Sunday, at the end of the meeting, that …": a comma right before "that".
    let plain = |j: &usize| !toks[*j].quoted && toks[*j].kind != TokKind::QuoteMark;
    (i..to.min(i + 14))
        .take_while(|j| plain(j) && toks[*j].text != ",")
        .find(|&j| toks[j].is("that") && !time_noun(toks.get(j + 1)))
        .or_else(|| (i + 1..to.min(i + 14)).take_while(plain).find(|&j| toks[j].is("that") && toks[j - 1].text == ","))
        .map_or(i, |j| j + 1)
}

/// "rejected what it called “unfounded allegations”", "denied what he described
/// as “a smear”": the quoted words are the statement; the token of their opening mark.
fn what_it_called(toks: &[Tok], i: usize, to: usize) -> Option<usize> {
    if !toks.get(i).is_some_and(|t| t.is("what")) {
        return None;
    }
    let naming = (i + 1..to.min(i + 6)).find(|&j| {
        matches!(toks[j].lower().as_str(), "called" | "termed" | "dubbed" | "branded" | "labelled" | "labeled")
            || toks[j].is("described") && toks.get(j + 1).is_some_and(|t| t.is("as"))
    })?;
    let mark = naming + 1 + usize::from(toks[naming].is("described"));
    let opens_quote = toks.get(mark).is_some_and(|t| t.kind == TokKind::QuoteMark && mark < to);
    // Not "what the union called …": somebody else's words.
    let own = naming == i + 2 && matches!(toks[i + 1].lower().as_str(), "it" | "he" | "she" | "they" | "we");
    (opens_quote && own).then_some(mark)
}

/// "that evening": a time, not the start of what was said.
fn time_noun(t: Option<&Tok>) -> bool {
    t.is_some_and(|t| {
        matches!(t.lower().as_str(), "evening" | "morning" | "afternoon" | "night" | "day" | "week" | "month" | "year")
    })
}

/// "..., the ministry said in a statement posted on its website.": words
/// after the cue that only say where or when, not what.
fn only_adjunct(toks: &[Tok], from: usize, to: usize) -> bool {
    // "..., the health authority said Wednesday." (North American copy drops the "on").
    let when = |t: &Tok| {
        super::subject::is_weekday(t)
            || matches!(t.lower().as_str(), "yesterday" | "today" | "tonight" | "last" | "this")
    };
    // "..., the minister said on Wednesday, deepening a row that ...": a participle
    // clause after the adjunct is the writer's narration; so is "…, as the lender
    // tries to return to profit".
    let narration = |t: &Tok| {
        t.is_word() && (t.lower().ends_with("ing") || matches!(t.lower().as_str(), "as" | "while" | "amid" | "despite"))
    };
    let to = (from..to).find(|&j| toks[j].text == "," && toks.get(j + 1).is_some_and(narration)).unwrap_or(to);
    // "Lychee season at risk, exporters warn as reefer ship fails to dock": the narration
    // opens right after the cue.
    let unquoted = |j: usize| !toks[j].quoted && toks[j].kind != TokKind::QuoteMark;
    // Not "as many as 8,000", "as much", nor what a cue names as ("in what officials described as").
    let conjunction = from < to && matches!(toks[from].lower().as_str(), "as" | "while" | "amid" | "despite");
    let comparison = toks.get(from + 1).is_some_and(|t| {
        let w = t.lower();
        matches!(w.as_str(), "if" | "much" | "many" | "well" | "soon" | "long" | "far" | "early" | "late" | "few")
            || matches!(w.as_str(), "little" | "high" | "low" | "though" | "such" | "part" | "usual" | "expected")
    });
    let named_as = from > 0 && {
        let cue = toks[from - 1].lower();
        ["describ", "regard", "characteri", "brand", "label", "hail", "dismiss", "portray", "see", "saw", "view"]
            .iter()
            .any(|v| cue.starts_with(v))
    };
    if conjunction && !comparison && !named_as {
        return (from..to).all(unquoted);
    }
    let words = toks[from..to].iter().filter(|t| t.is_word()).count();
    // "announced on Tuesday the suspension of …", "said Monday the talks had failed": a
    // day, then what was said.
    let day = if toks[from].is("on") && toks.get(from + 1).is_some_and(super::subject::is_weekday) { 2 } else { 1 };
    let determiner = |t: &Tok| matches!(t.lower().as_str(), "the" | "a" | "an" | "its" | "his" | "her" | "their");
    let then_said = (toks[from].is("on") && day == 2 || when(&toks[from]))
        && toks.get(from + day).is_some_and(determiner)
        && from + day < to;
    from < to
        && !then_said
        && (PREPOSITIONS.contains(toks[from].lower().as_str()) || when(&toks[from]))
        && words <= 16
        && (from..to).all(|j| {
            let t = &toks[j];
            let clause = t.is("that") && !time_noun(toks.get(j + 1));
            !t.quoted && t.kind != TokKind::QuoteMark && !clause
        })
}

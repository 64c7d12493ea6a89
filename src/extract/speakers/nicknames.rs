//! How tabloids and features write names: nicknames (`Darragh "The
//! Hurricane" Foley`, "who is known … as Buck") and names in capitals
//! ("GEMMA Pryce", "TERRY WRAGG").

use super::lexicon::{COMPANY_SUFFIXES, ORG_WORDS};
use super::names::title_case;
use super::{Context, Speaker};
use std::borrow::Cow;

/// Two capitalised words: a given name and a surname.
static NAME_PAIR: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| regex::Regex::new(r"\p{Lu}\p{Ll}+ \p{Lu}[\p{L}’'-]+").expect("valid regex"));

impl Context<'_> {
    /// "Darren McAllister - “Macca” to just about everyone in Wattle Creek -": a
    /// nickname in quotes after a dash, then what the name is to whom.
    fn learn_dashed_nickname(&mut self, body: &str) {
        for dash in [" - \"", " – “", " — “", " - “", " – \"", " — \""] {
            for (at, _) in body.match_indices(dash) {
                let after = &body[at + dash.len()..];
                let Some(close) = after.find(['"', '”']) else { continue };
                let mark = after[close..].chars().next().map_or(1, char::len_utf8);
                let (nickname, rest) = (&after[..close], &after[close + mark..]);
                let one_word = nickname.len() <= 20 && nickname.chars().all(char::is_alphabetic);
                if !one_word || !nickname.starts_with(char::is_uppercase) || !rest.starts_with(" to ") {
                    continue;
                }
                let before = &body[body[..at].rfind(['.', '\n']).map_or(0, |p| p + 1)..at];
                let Some(person) = NAME_PAIR.find_iter(before).last().filter(|m| m.end() == before.len()) else {
                    continue;
                };
                let person = Speaker { name: person.as_str().to_string(), person: true, gender: None };
                self.by_surname.entry(nickname.to_string()).or_insert(person);
            }
        }
    }

    /// "Raymond Tillman, president of AMTU Local 1187, who is known across the
    /// plant simply as Buck", "Rodolfo Manalastas, 58, whom everyone here
    /// calls Ka Dolfo": the nickname given after the name. Searched by hand:
    /// one regex over the whole article spent a sixth of extraction's time in
    /// the PikeVM.
    fn learn_known_as(&mut self, body: &str) {
        for trigger in [" known ", " nicknamed ", " calls ", " call ", " called "] {
            for (at, _) in body.match_indices(trigger) {
                let sentence_start = body[..at].rfind(['.', '\n']).map_or(0, |p| p + 1);
                let before = &body[sentence_start..at];
                let after = &body[at + trigger.len()..];
                let after = &after[..after.find(['.', '\n']).unwrap_or(after.len())];
                let nickname = if trigger == " called " {
                    // "Kwaku Mensah, popularly called 'Papa Jet'": only after such an adverb.
                    let adverb = before.trim_end().rsplit(' ').next().unwrap_or_default();
                    if !matches!(adverb, "popularly" | "widely" | "commonly" | "affectionately" | "fondly" | "locally")
                    {
                        continue;
                    }
                    after
                } else if trigger.contains("call") {
                    // "whom everyone here calls", not "calls for calm".
                    // The last 30 bytes or so, from a character's start: the text may hold curly quotes.
                    let from = (0..=before.len().saturating_sub(30)).rev().find(|&i| before.is_char_boundary(i));
                    let tail = &before[from.unwrap_or(0)..];
                    if !tail.contains("who") {
                        continue;
                    }
                    after
                } else {
                    match after.find("as ").filter(|&p| p <= 40 && (p == 0 || after[..p].ends_with(' '))) {
                        Some(p) => &after[p + 3..],
                        None => continue,
                    }
                };
                // "better known as selector Skelly Ranks": the nickname after what he does.
                let mut nickname = nickname;
                for _ in 0..2 {
                    match nickname.split_once(' ') {
                        Some((w, rest)) if w.len() <= 12 && w.chars().all(char::is_lowercase) => nickname = rest,
                        _ => break,
                    }
                }
                // 'known to members as "Hussey"', "known on the beach as «Mestre Dó»": inside its quotation marks.
                let nickname = nickname.trim_start_matches(['"', '“', '‘', '\'', '«', '„', '»']);
                // "Speaking to Kandu Post on Monday, RWAM president Hussain Waheed, known …": the
                // name just before the trigger, else the sentence's first.
                let adjoining = name_before_comma(before);
                let first = first_name_pair(before);
                let Some(person) = adjoining.or(first) else { continue };
                let words: Vec<&str> = nickname
                    .split(|c: char| !c.is_alphabetic())
                    .take(2)
                    .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
                    .collect();
                if words.is_empty() || !nickname.starts_with(words[0]) {
                    continue;
                }
                let person = Speaker { name: person, person: true, gender: None };
                // "Skelly also vowed", after "known as Skelly Ranks": the first word alone too.
                if words.len() == 2 {
                    self.by_surname.entry(words[0].to_string()).or_insert_with(|| person.clone());
                }
                self.by_surname.entry(words.join(" ")).or_insert(person);
            }
        }
    }

    /// `Muhammad Shahzaib Khattak - "Shaani" to his fans -`, `Maria Aparecida
    /// dos Santos ("Dona Cida")`: a nickname in an aside just after the name.
    fn learn_aside_nicknames(&mut self, body: &str) {
        let capitalised = |w: &str| w.len() > 1 && w.chars().next().is_some_and(char::is_uppercase);
        for (at, mark) in body.match_indices(['"', '“']) {
            let Some((before, bracket)) =
                [" - ", " – ", " — ", ", ", " ("].iter().find_map(|s| Some((body[..at].strip_suffix(s)?, *s == " (")))
            else {
                continue;
            };
            let rest = &body[at + mark.len()..];
            let Some(close) = rest.find(['"', '”']).filter(|&c| c <= 25) else { continue };
            let (nickname, after) = (&rest[..close], rest[close..].trim_start_matches(['"', '”']));
            // "- “Shaani” to his fans -", "(“Dona Cida”)": not a quotation of one or two words.
            let aside = if bracket {
                after.starts_with(')')
            } else {
                ["to ", "as ", "- ", "– ", "— "].iter().any(|w| after.trim_start_matches([' ', ',']).starts_with(w))
            };
            if !aside || nickname.split(' ').count() > 2 || !nickname.split(' ').all(capitalised) {
                continue;
            }
            let plain = |w: &&str| capitalised(w) && !super::names::is_title(w) && !w.contains(['’', '\'']);
            let mut name: Vec<&str> = before.rsplit(' ').take_while(plain).collect();
            if name.len() >= 2 {
                name.reverse();
                let person = Speaker { name: name.join(" "), person: true, gender: None };
                self.by_surname.entry(nickname.to_string()).or_insert(person);
            }
        }
    }

    /// "Main vocalist Hae-in (real name Choi Hae-in, 23)": the stage name
    /// stands for the person.
    fn learn_real_names(&mut self, body: &str) {
        for (at, _) in body.match_indices(" (real name ") {
            let Some(stage) = body[..at].rsplit(' ').next().filter(|w| w.starts_with(char::is_uppercase)) else {
                continue;
            };
            let rest = &body[at + " (real name ".len()..];
            let name = &rest[..rest.find([',', ')']).unwrap_or(0)];
            let words = name.split_whitespace().count();
            if (2..=4).contains(&words) && name.split_whitespace().all(|w| w.starts_with(char::is_uppercase)) {
                let person = Speaker { name: name.to_string(), person: true, gender: None };
                self.by_surname.insert(stage.to_string(), person);
            }
        }
    }

    /// `Darragh "The Hurricane" Foley`, `Joaquin "Jack" T. Camacho`, `Joaquin Paolo "JP" dela Paz`,
    /// "Patrick 'Packie' O'Connor": the name without its nickname, and
    /// the nickname ("Hurricane", "Tank") kept for the person it stands for.
    pub(super) fn learn_nicknames<'b>(&mut self, body: &'b str) -> Cow<'b, str> {
        static NICKNAMED: std::sync::LazyLock<crate::segment::wordre::WordRegex> = std::sync::LazyLock::new(|| {
            crate::segment::wordre::WordRegex::new(
                r#"\b(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|(?:\p{Lu}\.){1,3}) ["“‘'„«»]((?:The |the )?\p{Lu}[\p{L}. -]{1,24})["”’'“»«] ((?:\p{Lu}\. )?(?:(?:dela|de|del|della|delos|van|von|der|den|ter|ten|da|di|dos|das|du|la|le|bin|ibn) ){0,2}\p{Lu}(?:['’]\p{Lu})?\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}\p{Ll}+)?)\b"#,
            )
        });
        self.learn_known_as(body);
        self.learn_dashed_nickname(body);
        self.learn_aside_nicknames(body);
        self.learn_real_names(body);
        let nicknamed = NICKNAMED.on(body);
        // `José "Chepe Lagarto" Ordóñez`, then "said Chepe": a nickname's first word, a name's,
        // unless two people's nicknames open on it ("Baby Face", "Baby Doll").
        let mut first_words: Vec<(String, Speaker)> = Vec::new();
        for c in nicknamed.captures_iter(body) {
            let person = Speaker { name: format!("{} {}", &c[1], &c[3]), person: true, gender: None };
            let nickname = c[2].trim_start_matches("The ").trim_start_matches("the ").to_string();
            if let Some((first, _)) = nickname.split_once(' ').filter(|(f, _)| f.chars().count() > 3) {
                first_words.push((first.to_string(), person.clone()));
            }
            self.by_surname.entry(nickname).or_insert(person);
        }
        for (first, person) in &first_words {
            if first_words.iter().all(|(f, p)| f != first || p == person) {
                self.by_surname.entry(first.clone()).or_insert_with(|| person.clone());
            }
        }
        match nicknamed.replace_all(body, "$1 $3") {
            Cow::Borrowed(_) => self.learn_bracketed_nicknames(body),
            Cow::Owned(rewritten) => Cow::Owned(self.learn_bracketed_nicknames(&rewritten).into_owned()),
        }
    }

    /// "Businessman Angus (Gus) Morrison": the name without the nickname in
    /// brackets, and the nickname kept for him (Angus is a place too). Not
    /// "Services (Mombasa) Limited": a body's word, or a place in the brackets.
    fn learn_bracketed_nicknames<'b>(&mut self, body: &'b str) -> Cow<'b, str> {
        static BRACKETED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
            regex::Regex::new(r"\b(\p{Lu}\p{Ll}+) \((\p{Lu}\p{Ll}+)\) (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\b")
                .expect("valid regex")
        });
        if !body.contains(") ") {
            return Cow::Borrowed(body);
        }
        let named = |w: &str| {
            let lower = w.to_lowercase();
            !ORG_WORDS.contains(lower.as_str())
                && !COMPANY_SUFFIXES.contains(lower.as_str())
                && !super::names::is_title(w)
        };
        // Not "Aoife Brennan (Galway) Sean Kelly", "Reporting by Jane Doe (Nairobi) Editing": a list
        // of names with their places or teams. The name stands alone, after a title at most.
        let alone = |c: &regex::Captures| {
            let (start, end) = c.get(0).map_or((0, 0), |m| (m.start(), m.end()));
            let before = body[..start].split_whitespace().next_back().unwrap_or("");
            let after = body[end..].split_whitespace().next().unwrap_or("");
            let capital = |w: &str| w.starts_with(char::is_uppercase) && !w.ends_with(['.', ',', ':', ';']);
            // "On Tuesday Robert (Bob) Tremaine", "Angus (Gus) Morrison MSP": a day before, letters after.
            let day = before.len() > 3 && before.parse::<chrono::Weekday>().is_ok();
            let letters = after.chars().all(|c| c.is_uppercase()) || matches!(after, "Jr" | "Sr");
            (!capital(before) || day || super::names::is_title(before)) && (!capital(after) || letters)
        };
        // Anything the gazetteer knows: a place, a body, a capital.
        let place = |w: &str| !self.gaz.place_countries(w).is_empty() || !self.gaz.mentions(w).is_empty();
        // The text with each nickname taken out, built as the matches are read.
        let (mut rewritten, mut copied) = (String::new(), 0);
        for c in BRACKETED.captures_iter(body) {
            if named(&c[1]) && named(&c[2]) && named(&c[3]) && !place(&c[2]) && alone(&c) {
                let name = format!("{} {}", &c[1], &c[3]);
                self.by_surname.entry(c[2].to_string()).or_insert(Speaker {
                    name: name.clone(),
                    person: true,
                    gender: None,
                });
                let whole = c.get(0).map_or(0..0, |m| m.range());
                rewritten.push_str(&body[copied..whole.start]);
                rewritten.push_str(&name);
                copied = whole.end;
            }
        }
        if copied == 0 {
            return Cow::Borrowed(body);
        }
        rewritten.push_str(&body[copied..]);
        Cow::Owned(rewritten)
    }
}

/// "GEMMA Pryce last night accused", "ROVERS boss TERRY WRAGG": the
/// tabloid's capitalised names, written as the names they are; and
/// "Mr Herve-Landry OKOGO", "Mrs Clarisse MOUSSAVOU": the family name in
/// capitals of French-language papers, after an honorific.
pub(super) fn tabloid_caps(body: &str) -> String {
    // Word boundaries through WordRegex: ASCII-fast, exact on accented names.
    static CAPS_NAME: std::sync::LazyLock<crate::segment::wordre::WordRegex> = std::sync::LazyLock::new(|| {
        crate::segment::wordre::WordRegex::new(concat!(
            r"\b(?:Mr|Mrs|Ms|Dr|Me|Mme|Mlle|Prof|Mgr)\.? (?:\p{Lu}\p{Ll}[\p{L}-]* ){0,3}\p{Lu}{2,}(?:[ -]\p{Lu}{2,})*\b",
            r"|\b\p{Lu}{2,}(?:(?: (?:DI|DELLA|DEGLI|LO|LI))? \p{Lu}{3,}){1,3}\b|\b\p{Lu}{3,} \p{Lu}\p{Ll}\p{L}*"
        ))
    });
    // "TERRY WRAGG", "SIR GEOFFREY PALLISTER", "GEMMA Pryce", "Mr Jean-Remy NDONG OBIANG"; "ROCCO DI
    // LORENZO", "LUCIA DELLA VALLE": an Italian surname's particle, which Italians write capitalised.
    // Not "COMUNE DI NAPOLI", "BANCA DI ITALIA": a body's name heading a release, as written.
    const BODIES: [&str; 14] = [
        "COMUNE", "REGIONE", "PROVINCIA", "BANCA", "CASSA", "MINISTERO", "UNIVERSITÀ", "UNIVERSITA", "CITTÀ", "CAMERA",
        "PROCURA", "TRIBUNALE", "ISTITUTO", "CONSORZIO",
    ];
    CAPS_NAME
        .on(body)
        .replace_all(body, |c: &regex::Captures| {
            let body_name = c[0].contains(" DI ") && BODIES.iter().any(|b| c[0].starts_with(b));
            if body_name {
                return c[0].to_string();
            }
            c[0].split(' ').map(title_case).collect::<Vec<_>>().join(" ")
        })
        .into_owned()
}

/// "Hiiraan Governor Ahmed Hassan Nur, popularly": the name of two to four
/// capitalised words that a comma closes just before the trigger (and an
/// adverb), after any title.
fn name_before_comma(before: &str) -> Option<String> {
    // ", popularly known", ", better known", ", also known".
    let before = before.trim_end();
    let before = match before.rsplit_once(' ') {
        Some((head, adverb)) if adverb.len() <= 14 && adverb.chars().all(char::is_lowercase) => head,
        _ => before,
    };
    let mut words: Vec<&str> = before.trim_end().strip_suffix(',')?.split_whitespace().collect();
    // "fisherman Kamarudin Saleh, 58, better known as Pak Din": past the age.
    let aged = words.last().is_some_and(|w| super::lexicon::is_age(w));
    if aged && words.len() >= 2 && words[words.len() - 2].ends_with(',') {
        words.pop();
        let last = words.len() - 1;
        words[last] = words[last].trim_end_matches(',');
    }
    // Not "Codeip," of "The president of Codeip, Jhonny Mamani Ticona,": a comma ends the name.
    let capitalised = |w: &&&str| w.starts_with(char::is_uppercase) && !w.ends_with(',') && !super::names::is_title(w);
    let n = words.iter().rev().take_while(capitalised).take(4).count();
    let mut name = &words[words.len() - n..];
    // "Haji Mohamoud Abdi Jama, known … as": the name without its honorific.
    if let [honorific, rest @ ..] = name {
        if super::lexicon::honorific_before(honorific, rest.iter().copied()) {
            name = rest;
        }
    }
    (name.len() >= 2).then(|| name.join(" "))
}

/// `Raymond "Ray" Kowalczyk` and `Panagiotis (Takis) Lymberis` as "Raymond
/// Kowalczyk" and "Panagiotis Lymberis"; `None` when `words` holds no nickname.
pub(crate) fn without_nickname(words: &str) -> Option<String> {
    if let Some(plain) = without_single_quoted_nickname(words) {
        return Some(plain);
    }
    let (open, mark) = words.match_indices(['"', '“', '(', '«', '„', '»']).next()?;
    let rest = &words[open + mark.len()..];
    let closers: &[char] = match mark {
        "(" => &[')'],
        "«" => &['»'],
        "»" => &['«'],
        "„" => &['“', '”'],
        _ => &['"', '”'],
    };
    let close = rest.find(closers)?;
    let after = rest[close..].trim_start_matches(['"', '”', '“', ')', '»', '«']).trim_start();
    // "Lymberis (Mayor)": a bracket after the name is not a nickname.
    if mark == "(" && !after.starts_with(char::is_uppercase) {
        return None;
    }
    Some(format!("{} {}", words[..open].trim_end(), after).trim().to_string())
}

/// Every nickname out of `text`, up to five: `Colin "Nobby" Nancarrow and Derek
/// "Tiny" Pascoe` are two people. `None` when it holds none.
pub(super) fn without_nicknames(text: &str) -> Option<String> {
    let mut plain = without_nickname(text)?;
    for _ in 0..4 {
        match without_nickname(&plain) {
            Some(fewer) if fewer != plain => plain = fewer,
            _ => break,
        }
    }
    Some(plain)
}

/// `Ricardo 'Scoops' Tulloch`, `Ricardo ‘Scoops’ Tulloch`: single marks around a
/// nickname between names. Not the apostrophes of "O'Brien" or "Ochieng' Were":
/// the marks open and close whole words.
fn without_single_quoted_nickname(words: &str) -> Option<String> {
    let (open, mark) = words.match_indices(' ').find_map(|(at, _)| {
        let next = words[at + 1..].chars().next()?;
        matches!(next, '\'' | '‘').then_some((at + 1, next))
    })?;
    let rest = &words[open + mark.len_utf8()..];
    let (close, closer) =
        rest.char_indices().find(|&(at, c)| matches!(c, '\'' | '’') && rest[at + c.len_utf8()..].starts_with(' '))?;
    let nickname = &rest[..close];
    let after = rest[close + closer.len_utf8()..].trim_start();
    // Not "The 'Red Wall' Caucus": scare quotes inside a body's name.
    let named = words[..open]
        .trim_end()
        .rsplit(' ')
        .next()
        .is_some_and(|w| w.starts_with(char::is_uppercase) && !matches!(w, "The" | "A" | "An"));
    let body = after.rsplit(' ').next().is_some_and(|w| super::lexicon::ORG_WORDS.contains(w.to_lowercase().as_str()));
    let short = nickname.len() <= 25 && nickname.starts_with(char::is_uppercase);
    (named && short && !body && after.starts_with(char::is_uppercase))
        .then(|| format!("{} {}", words[..open].trim_end(), after))
}

/// "PEMBERTON-LOWE, Mr Giles, Chief Executive Officer": a committee record's
/// witness list gives the surname first, in capitals. Rewritten, for
/// learning only, as the name the turns then use ("Mr Giles Pemberton-Lowe").
pub(super) fn surname_first(body: &str) -> Cow<'_, str> {
    const TITLED: [&str; 6] = [", Mr ", ", Ms ", ", Mrs ", ", Miss ", ", Dr ", ", Professor "];
    let mut found: Vec<(usize, &str)> = TITLED.iter().flat_map(|t| body.match_indices(t)).collect();
    if found.is_empty() {
        return Cow::Borrowed(body);
    }
    found.sort_unstable();
    let mut out = String::with_capacity(body.len() + 16);
    let mut copied = 0;
    for (at, titled) in found {
        let surname_char = |c: char| c.is_uppercase() || matches!(c, '-' | '\'' | '’' | ' ');
        let start = body[..at]
            .rfind(|c: char| !surname_char(c))
            .map_or(0, |i| i + body[i..].chars().next().map_or(1, char::len_utf8));
        let start = start + (body[start..at].len() - body[start..at].trim_start().len());
        let surname = &body[start..at];
        let opens = start == 0 || body[..start].ends_with('\n') || body[..start].ends_with(". ");
        let given_start = at + titled.len();
        let given_end = body[given_start..].find(',').map_or(body.len(), |i| given_start + i);
        let given = &body[given_start..given_end];
        let given_ok = (1..=3).contains(&given.split_whitespace().count())
            && given.split_whitespace().all(|w| w.starts_with(char::is_uppercase) && w.chars().any(char::is_lowercase));
        if start < copied || !opens || surname.chars().filter(|c| c.is_alphabetic()).count() < 2 || !given_ok {
            continue;
        }
        // Every part title-cased: "NG" is a surname here, not initials.
        let part =
            |p: &str| p.chars().take(1).chain(p.chars().skip(1).flat_map(char::to_lowercase)).collect::<String>();
        let written: Vec<String> =
            surname.split_whitespace().map(|w| w.split('-').map(part).collect::<Vec<_>>().join("-")).collect();
        out.push_str(&body[copied..start]);
        out.push_str(&format!("{} {given} {}", titled[2..].trim_end(), written.join(" ")));
        copied = given_end;
    }
    out.push_str(&body[copied..]);
    Cow::Owned(out)
}

/// The sentence's first given name and surname, within 120 bytes of the
/// trigger: "For Jón Baldursson, a 67-year-old retired fisherman known …" is
/// Jón Baldursson, so a sentence-opening word is no given name.
fn first_name_pair(before: &str) -> Option<String> {
    let pair = NAME_PAIR.find(before)?;
    let pair = match pair.as_str().split_once(' ') {
        // Not "Sunday Okoro": a day is a given name too.
        Some((opener, _)) if super::names::STARTERS.contains(opener) && !crate::extract::dates::names_a_day(opener) => {
            NAME_PAIR.find_at(before, pair.start() + opener.len() + 1)?
        }
        _ => pair,
    };
    (before.len() - pair.end() <= 120).then(|| pair.as_str().to_string())
}

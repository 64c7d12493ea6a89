//! The scan behind `learn_names`: a story read word by word into runs of
//! capitalised words, each run closed at punctuation or a small word and
//! learnt as a person's name once the office, seat or body written before the
//! name is cut off ("Minister of Planning Ana Costa", "TD for Cork South-West
//! Holly Cairns", "deputy of the Jogorku Kenesh Kanybek Omurzakov"). Titles
//! met just before a run become the person's roles.

use super::lexicon::{ORG_WORDS, PARTICLES, PORTFOLIOS, TITLES, TITLE_ABBREVIATIONS};
use super::names::{bare_initials, is_particle, is_title, STARTERS};
use super::{Context, Speaker};
use crate::gazetteer::EntityKind;
use crate::segment::TRANSLITERATED_INITIALS;
use rustc_hash::FxHashMap;

/// Given names written short with a full stop ("Ma. Luisa", "Ch. Raghavendra", "Mohd.", the Indonesian "Moh." and "Muh.").
const ABBREVIATED_NAMES: &[&str] =
    &["Ma", "Ch", "Md", "Mohd", "Muhd", "Moh", "Muh", "Wm", "Jas", "Chas", "Geo", "Thos"];

/// First words of place names that read like people's ("San Isidro del Mar"), streets'
/// among them ("Avenida Errázuriz", "Jalan Tun Razak"). Not "Calle", "Rue", "Rua" nor
/// "Paseo": given names too ("Calle Johansson", "Rua Tipoki").
const PLACE_PREFIXES: &[&str] = &[
    "San", "Santa", "Santo", "São", "Puerto", "Porto", "Ciudad", "Villa", "Port", "Fort", "Avenida", "Jalan", "Praça",
    "Piazza", "Viale",
];

/// Countries that are given names too ("Georgia Mae Cotton", "Jordan Ellis
/// Whitaker"): before a name of two words or more, part of it.
const GIVEN_NAME_COUNTRIES: [&str; 3] = ["Georgia", "Jordan", "Chad"];

/// "I'm", "We've", "They'll": never part of a name ("I'm Nomvula Dlamini-Hadebe"),
/// unlike "O'Neill" or "D'Souza".
fn is_contraction(word: &str) -> bool {
    word.split_once(['\'', '’'])
        .is_some_and(|(_, tail)| matches!(tail.to_lowercase().as_str(), "m" | "ve" | "re" | "ll" | "d" | "t"))
}

/// "Fishermen", "Women", "Children": plurals that take "'s", so "Cianjhen Fishermen's
/// Association" is a body's name as "Forest Workers' Union" is.
pub(super) fn is_plural(word: &str) -> bool {
    const PLURALS: [&str; 16] = [
        "women", "children", "people", "fishermen", "tradesmen", "craftsmen", "servicemen", "watermen", "firemen",
        "policemen", "businessmen", "sportsmen", "seamen", "workmen", "herdsmen", "boatmen",
    ];
    PLURALS.contains(&word.to_lowercase().as_str())
}

/// How many words to skip of a run that a given-name country opened: none, or
/// the country when too few words follow it ("Jordan Valley"). A surname that
/// recurs without the country keeps it ("Jordan Sheppard-Hynes … Sheppard-Hynes
/// said"). Closes the run's opening.
fn given_skip(opened: &mut bool, run: &[&str], body: &str) -> usize {
    let short = std::mem::take(opened) && run.len() < 3;
    usize::from(short && !matches!(run, [given, surname] if recurs_alone(given, surname, body)))
}

/// Whether `surname` appears in `body` as a whole word after neither `given`
/// nor an article ("the Valley" is still the place).
fn recurs_alone(given: &str, surname: &str, body: &str) -> bool {
    body.match_indices(surname).any(|(at, _)| {
        let before = &body[..at];
        let after = &body[at + surname.len()..];
        let word_before = before.trim_end().rsplit(char::is_whitespace).next().unwrap_or("");
        !before.ends_with(char::is_alphanumeric)
            && !after.starts_with(char::is_alphanumeric)
            && !matches!(word_before, "the" | "The" | "a" | "A")
            && word_before != given
    })
}

/// How many words of a run opened after "of"/"for"/"and" belong to the office:
/// its portfolio ("Minister of Social Affairs Kristiina Tamm-Lepik"), else the
/// first word, leaving a name of two words.
fn office_words(run: &[&str]) -> usize {
    if run.len() < 3 {
        return 0;
    }
    let portfolio = run.iter().take_while(|w| PORTFOLIOS.contains(w.to_lowercase())).count();
    portfolio.clamp(1, run.len() - 2)
}

/// How many words of a run belong to an office or a body before the name:
/// after "of"/"for"/"and", the office's words; after "of the", a body's name
/// ("of the Jogorku Kenesh Kanybek Omurzakov"), leaving a name of two words,
/// or the words from the one before a particle ("of the Authority Abdullah bin
/// Rashid"), unless it is a portfolio ("Minister of the Displaced Nizar Abi
/// Khalil"). A run of three or fewer after "of the" is the body alone.
fn office_skip(run: &[&str], after_connector: bool, after_the: bool) -> usize {
    let portfolio = run.iter().take_while(|w| PORTFOLIOS.contains(w.to_lowercase())).count();
    if after_the && portfolio == 0 {
        if run.len() < 4 {
            return run.len();
        }
        let before_particle = run.iter().skip(2).position(|w| PARTICLES.contains(w)).map(|p| p + 1);
        return before_particle.unwrap_or(run.len() - 2);
    }
    if after_connector || after_the {
        office_words(run)
    } else {
        // "Vice-President for Student Affairs Nishimura Kaori": the run opens after "Student",
        // a title word, on the portfolio's last word.
        usize::from(run.len() >= 3 && run[0].eq_ignore_ascii_case("affairs"))
    }
}

/// One word as the scan reads it.
struct Word<'b> {
    /// As written, with its punctuation.
    raw: &'b str,
    /// As a name would hold it: no punctuation or possessive, an initial's full stop kept.
    word: &'b str,
    /// An initial or initials ("J.T.", "W.", "KV"), which go on with the name.
    initials: bool,
    /// The article of a Gaelic surname ("an" of "Mac an Tàilleir").
    gaelic: bool,
    /// Capitalised and not all capitals.
    capital: bool,
    /// Part of a person's name, by what it is and what came before it.
    in_name: bool,
}

/// What the scan knows of the words read so far.
#[derive(Default)]
struct Scan<'b> {
    /// The capitalised words of the name being read.
    run: Vec<&'b str>,
    /// Titles read since the last name ("state advocate", "minister").
    titles: Vec<String>,
    /// The title word just read, for a two-word office ("state advocate").
    previous_title: Option<&'b str>,
    /// The word just read closed on a colon ("MAYOR:").
    after_colon: bool,
    /// The last three words read, as names hold them: what a run's first word came after.
    last_word: &'b str,
    word_before_last: &'b str,
    third_last: &'b str,
    /// The word read opens a line: "Q." there is a transcript's label, not an initial.
    line_start: bool,
    /// "Dunmore Athletic Supporters' Trust", "Forest Workers' Union": a run ending on
    /// a plural possessive is part of a body's name, not a person's.
    plural_possessive: bool,
    /// "Minister for Housing and Planning Ana Costa": a run opened after
    /// "and"/"of"/"for" starts inside the name of an office, not of a person.
    after_connector: bool,
    /// "Member for North Sydney Kylea Tink": a seat of any length before the name.
    after_seat: bool,
    /// "deputy of the Jogorku Kenesh Kanybek Omurzakov": a run opened after "of the"
    /// begins with a body's name.
    after_the: bool,
    /// The run is a place's name ("San Antonio del Táchira").
    placed: bool,
    /// How many words the last run held: "Housing and Planning" joins one-word runs.
    previous_run: usize,
    /// Whether the last word, and the one before it, were part of a name.
    last_in_name: bool,
    before_last_in_name: bool,
    /// Most capitalised words recur: their gazetteer lookup is made once.
    place_or_body: FxHashMap<&'b str, bool>,
    /// The person learnt last, whom a bracketed role after the name belongs to ("(Chair)").
    last_learned: Option<Speaker>,
    /// "Georgia Mae Cotton": a country that is also a given name, just before a name.
    given_country: Option<&'b str>,
    /// The run was opened by such a country, which it may have to give back.
    given_opened: bool,
    /// The next word is a Balinese birth-order name ("Made"): an "I" before it opens a man's name.
    birth_name_next: bool,
}

/// The Balinese names of birth order and caste that follow the "I" of a man's
/// name ("I Made Wirawan", "I Gusti Ngurah Rai").
const BALINESE_AFTER_I: [&str; 11] =
    ["Wayan", "Made", "Nyoman", "Ketut", "Putu", "Kadek", "Komang", "Gede", "Gde", "Gusti", "Nengah"];

impl Context<'_> {
    /// Learns every person's name in `body` (see the module's doc).
    pub(super) fn learn_name_runs(&mut self, body: &str) {
        let mut scan = Scan { line_start: true, ..Scan::default() };
        let mut raws = body.split(' ').flat_map(|w| w.split_inclusive('\n')).filter(|w| !w.trim().is_empty());
        while let Some(raw) = raws.next() {
            // "I Made Wirawan", not "I Made mistakes": a name after the birth-order name too.
            scan.birth_name_next = raw == "I" && {
                let mut ahead = raws.clone();
                ahead.next().is_some_and(|next| BALINESE_AFTER_I.contains(&next))
                    && ahead.next().is_some_and(|name| name.starts_with(char::is_uppercase))
            };
            let word = scan.read(self, raw);
            // "TASKFORCE COORDINATOR (Lisa Tranh):": a bracket ends the name before it, and so does a
            // quoted nickname after it (`Abdikarim Yusuf Hirsi "Dhagaweyne",`).
            if raw.starts_with(['(', '[', '"', '“', '‘']) && !scan.run.is_empty() {
                scan.learn_before_bracket(self, body);
            }
            scan.extend(&word);
            scan.shift(&word);
            let punctuated = !word.initials
                && !word.gaelic
                && (raw.ends_with('\n')
                    || raw.trim_end().ends_with([',', '.', ';', ':', '’', '"', '”', ')', ']', '»', '«', '“'])
                    // "the Nationals' Brendan Kilpatrick": a plural's possessive, not "Ochieng' Were".
                    || raw.trim_end().ends_with("s'")
                    || raw.ends_with("'s"));
            // "Roland S. Kpadeh, Jr., the manager": a generation after a comma is the name's too.
            // Not "James Okoro, Sr. Vice President", "Peter Kollie, Sr. Mary Joseph": a senior rank,
            // a Sister.
            // Looking ahead clones the word iterator: only after a name's comma.
            let generation = (word.in_name && raw.ends_with(',')).then(|| raws.clone()).and_then(|mut ahead| {
                let next = ahead.next().filter(|next| matches!(next.trim_end_matches([',', '.']), "Jr" | "Sr"))?;
                let capitalised_after = ahead.next().is_some_and(|a| a.starts_with(char::is_uppercase));
                (next.ends_with(',') || !capitalised_after).then_some(next)
            });
            if let Some(next) = generation {
                raws.next();
                scan.run.push(next.trim_end_matches([',', '.']));
                let word = Word { raw: next, ..word };
                scan.close(self, &word, true, body);
                continue;
            }
            if !word.in_name || punctuated {
                scan.close(self, &word, punctuated, body);
            }
        }
    }

    fn is_place_or_body(&self, word: &str) -> bool {
        ORG_WORDS.contains(word.to_lowercase().as_str())
            || self.gaz.mentions(word).iter().any(|m| {
                self.gaz.entity(m.entity).kind != EntityKind::Person && m.via != crate::gazetteer::Via::Capital
            })
    }
}

impl<'b> Scan<'b> {
    /// Reads `raw`: the word a name would hold, and whether it is part of one.
    fn read(&mut self, cx: &Context<'_>, raw: &'b str) -> Word<'b> {
        // "Q. Élodie Marchand ...": a transcript's question label, not an initial,
        // nor a letter that ends a line ("… questions are marked Q.").
        let qa_label = self.line_start && matches!(raw.trim(), "Q." | "A.") || raw.ends_with('\n');
        self.line_start = raw.ends_with('\n');
        // "Mayor Greg Van Huysen's plan": the name without its possessive.
        let word = raw.trim().trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
        let word = word.strip_suffix("'s").or_else(|| word.strip_suffix("’s")).unwrap_or(word);
        // "J.T. Harrelson", "W. M. Rohan Jayasekara", "Ma. Luisa de los Reyes": initials keep their full stop and open a name.
        // "Walter J. Pruitt III": a middle initial goes on with the name.
        let middle_initial = !self.run.is_empty()
            && word.len() == 1
            && word.chars().all(|c| c.is_ascii_uppercase())
            && raw.trim().strip_suffix('.') == Some(word);
        // "Ms N Mabaso": an initial without its full stop, after an honorific.
        let bare_initial = self.run.is_empty()
            && word.len() == 1
            && word.chars().all(|c| c.is_ascii_uppercase())
            && matches!(self.last_word, "Ms" | "Mr" | "Mrs" | "Miss" | "Dr");
        let initials = middle_initial
            || bare_initial
            // Not the "(DM)" of "District Magistrate (DM) Sunaina Mehrotra": an acronym in brackets.
            // Nor "The island’s GP, Wytze Sikkema": an office's letters, which a comma closes.
            || self.run.is_empty() && bare_initials(word) && !is_title(word) && !raw.trim().ends_with([')', ','])
            || self.run.is_empty()
                && raw.trim_end().ends_with('.')
                // Not "H.E. Abdinoor Hussein Dubat": His Excellency is a title.
                && (word.len() <= 5 && word.contains('.') && !is_title(word)
                    || ABBREVIATED_NAMES.contains(&word)
                    || TRANSLITERATED_INITIALS.contains(&word)
                    || word.len() == 1 && !qa_label)
                && word.chars().next().is_some_and(char::is_uppercase);
        let word = if initials { raw.trim().trim_start_matches(|c: char| !c.is_alphanumeric()) } else { word };
        let capital =
            word.chars().next().is_some_and(char::is_uppercase) && word.chars().skip(1).any(char::is_lowercase);
        // "Alasdair Mac an Tàilleir", "Màiri Nic an t-Saoir", "Iain Mac a' Phearsain": the article of a Gaelic surname.
        let gaelic = matches!(word, "an" | "na" | "a") && self.run.last().is_some_and(|w| matches!(*w, "Mac" | "Nic"));
        let word = if gaelic { raw.trim() } else { word };
        let particle = !self.run.is_empty() && (is_particle(word) || gaelic);
        // Capitals double as first names ("Sofia Brandt"); countries and bodies do not.
        // "Richard Lilly Sr.": a generation after a name, not the "Sr." of "Sr. Mary Joseph" opening one.
        let numeral = !self.run.is_empty() && matches!(word, "II" | "III" | "IV" | "Sr");
        let in_name = particle
            || initials
            || self.birth_name_next && self.run.is_empty()
            || numeral
            || capital
                && (!is_title(word) || cx.home_given_name(word))
                && !self.styled(word)
                && !self.of_state(word)
                && !STARTERS.contains(word)
                && !is_contraction(word)
                // "Henrique Tavares de Lima": a capital after "de" ends a name.
                && (self.run.last().is_some_and(|w| is_particle(w))
                    || !*self.place_or_body.entry(word).or_insert_with(|| cx.is_place_or_body(word)));
        Word { raw, word, initials, gaelic, capital, in_name }
    }

    /// "His Majesty Ngouffo Temgoua Jean-Roger", "Her Highness": a style of address before a
    /// name, not a fan called Majesty Johnson.
    fn styled(&self, word: &str) -> bool {
        self.run.is_empty() && matches!(word, "Majesty" | "Highness") && matches!(self.last_word, "His" | "Her")
    }

    /// "Consigliere di Stato Fulvio Jelmini": the "Stato" of an office before a name, not a
    /// name's first word; not "Archivio di Stato", a body.
    fn of_state(&self, word: &str) -> bool {
        self.run.is_empty()
            && matches!(word, "Stato" | "Estado")
            && matches!(self.last_word, "di" | "de")
            && TITLES.contains(self.word_before_last.to_lowercase())
    }

    /// Learns the run that a bracket or a quoted nickname ends.
    fn learn_before_bracket(&mut self, cx: &mut Context<'_>, body: &str) {
        self.previous_run = self.run.len();
        let skip = office_skip(&self.run, self.after_connector, false)
            .max(given_skip(&mut self.given_opened, &self.run, body));
        if !self.placed {
            self.last_learned = cx.learn_person(&self.run[skip..], &self.titles).or(self.last_learned.take());
        }
        self.run.clear();
    }

    /// Adds a word of a name to the run, noting on the run's first word what was written before it.
    fn extend(&mut self, w: &Word<'b>) {
        let opens_name = self.given_country.take().filter(|_| w.in_name && self.run.is_empty() && !w.initials);
        if !w.in_name
            && self.run.is_empty()
            && w.capital
            && GIVEN_NAME_COUNTRIES.contains(&w.word)
            && w.raw.trim() == w.word
        {
            self.given_country = Some(w.word);
        }
        if !w.in_name {
            return;
        }
        if let Some(given) = opens_name {
            self.run.push(given);
            self.given_opened = true;
        }
        if self.run.is_empty() {
            self.open(w.word);
            // "MAYOR: "NOBODY WAS ROBBED"": a crosshead's quote after the office, not its holder.
            if self.after_colon && w.raw.trim_start().starts_with(['"', '“', '‘']) {
                self.titles.clear();
            }
        }
        self.run.push(w.word);
        let tail = w.raw.trim_end();
        self.plural_possessive = tail.ends_with("s'")
            || tail.ends_with("s’")
            || tail.strip_suffix("'s").or_else(|| tail.strip_suffix("’s")).is_some_and(is_plural);
    }

    /// Notes `w` as the last word read. After `extend`, which reads the words
    /// before a run's first word, and before `close`, which reads whether the
    /// word before `w` was in a name.
    fn shift(&mut self, w: &Word<'b>) {
        self.after_colon = w.raw.trim_end().ends_with(':');
        (self.third_last, self.word_before_last, self.last_word) = (self.word_before_last, self.last_word, w.word);
        (self.before_last_in_name, self.last_in_name) = (self.last_in_name, w.in_name);
    }

    /// What the words before a run's first word make of it.
    fn open(&mut self, word: &str) {
        let (last_word, word_before_last, third_last) = (self.last_word, self.word_before_last, self.third_last);
        // "San Antonio del Táchira", "Puerto Pérez": a place, whatever the gazetteer made of "San".
        // "At Bogan Gate, about 40km west of Parkes": a sentence opening on where.
        // "Societe Gabonaise des Minerais du Haut-Ogooue": the rest of a body's name
        // after a Romance "des"/"du" (not "President de Gaulle", after a title).
        // "Sindicato Único de Trabajadores de Curtiembre Queguay": after a Romance body's head.
        let inside_a_name = matches!(last_word, "des" | "du" | "del" | "della" | "dos" | "das")
            && word_before_last.starts_with(char::is_uppercase)
            && !is_title(word_before_last)
            || super::orgs::romance_head(last_word)
                && !super::orgs::spelled_as_in_english(last_word)
                && last_word != "Red";
        self.placed = PLACE_PREFIXES.contains(&last_word)
            || PLACE_PREFIXES.contains(&word)
            || matches!(last_word, "At" | "In" | "Near")
            || inside_a_name;
        // "Housing and Planning", not "Julián Arboleda Castaño and Rui Pereira Maldonado";
        // "Minister of Planning Ana Costa", not "twelve years of Rui Manuel Costa Pinheiro".
        // "member of Parliament Bwalya Nkandu": an office written small too.
        let office_before = word_before_last.chars().next().is_some_and(char::is_uppercase)
            || word_before_last == "member"
            || TITLES.contains(word_before_last);
        // "of Territorial Administration and Infrastructure Lilit Hovakimyan": a portfolio's "and".
        let portfolio_and = last_word == "and" && PORTFOLIOS.contains(word_before_last.to_lowercase());
        // "MS for North Wales Aled Pennant", "TD for Cork South-West Holly Cairns": a member's letters too.
        self.after_seat = last_word == "for"
            && matches!(
                word_before_last.to_lowercase().as_str(),
                "member" | "mp" | "ms" | "msp" | "mla" | "td" | "mpp" | "mhk" | "mna" | "mca"
            );
        // "Minister of Foreign Affairs Zahoor Lehri": a portfolio that a title word opened.
        let titled_portfolio = last_word.starts_with(char::is_uppercase)
            && TITLES.contains(last_word.to_lowercase())
            && PORTFOLIOS.contains(last_word.to_lowercase())
            && PORTFOLIOS.contains(word.to_lowercase());
        self.after_connector = matches!(last_word, "of" | "for" | "&") && office_before
            || last_word == "and" && self.before_last_in_name && self.previous_run == 1
            || portfolio_and
            || titled_portfolio;
        // "deputy of the Jogorku Kenesh Kanybek Omurzakov": a body's name, then the person's.
        // "Minister for Agriculture, Food and the Marine Pádraig Ó Ceallaigh": a portfolio's last part.
        self.after_the = last_word == "the"
            && matches!(word_before_last, "of" | "and")
            && (third_last.chars().next().is_some_and(char::is_uppercase) || TITLES.contains(third_last));
    }

    /// Ends the run at `w`, a word outside any name or one that punctuation ends:
    /// learns the name in the run, and the titles `w` brings for the next one.
    fn close(&mut self, cx: &mut Context<'_>, w: &Word<'b>, punctuated: bool, body: &str) {
        let (raw, in_name) = (w.raw, w.in_name);
        // "president of the Kuttanad Nellu Karshaka Samithi, said": a body's name to its end.
        // "TD for Galway West Pádraic Ó Cualáin": a particle makes the name three words.
        let run = &self.run;
        // "TD for Cork North-West Mícheál Mac Cárthaigh", "… Mícheál Mac an Bhaird": a Gaelic surname's prefix too.
        let opens_surname = |w: &str| is_particle(w) || matches!(w, "Mac" | "Nic" | "Ní" | "Uí" | "Mhic");
        let prefix_at =
            (run.len().saturating_sub(3)..run.len().saturating_sub(1)).find(|&i| i >= 1 && opens_surname(run[i]));
        let name_words = prefix_at.map_or(2, |at| run.len() - at + 1);
        let seat = if self.after_seat { run.len().saturating_sub(name_words) } else { 0 };
        let skip = office_skip(run, self.after_connector, self.after_the && !(in_name && punctuated))
            .max(given_skip(&mut self.given_opened, &self.run, body))
            .max(seat);
        // "mayor of the District of Pisac; and Rosendo Chura Apaza": a run that punctuation ends
        // is no portfolio's first part for "and" to go on with.
        if !self.run.is_empty() {
            self.previous_run = if in_name && punctuated { 0 } else { self.run.len() };
        }
        // "Kingsbridge Saints 27 Tamar Raiders 24": a team with its score, not a person.
        let scored = !in_name && self.run.len() >= 2 && raw.trim().chars().all(|c| c.is_ascii_digit());
        // "Dunmore Athletic Supporters' Trust", "Forest Workers' Union": a body's name.
        if !self.placed && !scored && !self.plural_possessive {
            let name = &self.run[skip.min(self.run.len())..];
            self.last_learned = cx.learn_person(name, &self.titles).or(self.last_learned.take());
        }
        // "Tourism Minister Kerricia Bartholomew-St Bernard": the portfolio before the office.
        let portfolio = match self.run.as_slice() {
            [p] if !in_name && PORTFOLIOS.contains(p.to_lowercase()) => Some(p.to_lowercase()),
            _ => None,
        };
        self.run.clear();
        self.note_titles(cx, w, portfolio);
    }

    /// Keeps the titles that `w` closes a run with for the next name, or drops them.
    fn note_titles(&mut self, cx: &mut Context<'_>, w: &Word<'b>, portfolio: Option<String>) {
        let (raw, word, in_name) = (w.raw, w.word, w.in_name);
        // "Energy Minister Prince Abdulaziz": the title words just before a name.
        // "Ingrid Solheim-Achebe, UNIS (moderator); Tomas de la Fuente Arrieta": a role in
        // brackets or before a semicolon is the previous name's, not the next one's.
        let bracketed = raw.trim_start().starts_with('(') || raw.trim_end().ends_with([';', ')']);
        // "Gordon Beattie (Chair)": the role of the name just before it.
        // "Chief Fire Officer (CFO) R.K. Tiwari": the office's acronym is his too, not a
        // role of the name before.
        let acronym = raw
            .trim()
            .strip_prefix('(')
            .and_then(|r| r.strip_suffix(')'))
            .filter(|a| (2..=6).contains(&a.len()) && a.chars().all(|c| c.is_ascii_uppercase()));
        let of_name = acronym.is_none() || self.before_last_in_name;
        if let Some(p) = self
            .last_learned
            .as_ref()
            .filter(|_| bracketed && of_name && !in_name && TITLES.contains(word.to_lowercase()))
        {
            cx.by_role.entry(word.to_lowercase()).or_insert_with(|| p.clone());
        }
        // Not "the company's Alma plant" nor "the president's wife Jill": what a possessive owns.
        let possessive = super::names::possessive(raw.trim_end());
        let role_word = !in_name
            && !bracketed
            && !possessive
            // "Gov. Alfredo Manlangit": a short title only as its abbreviation's office.
            && (word.len() > 3 || TITLE_ABBREVIATIONS.iter().any(|(a, _)| word.eq_ignore_ascii_case(a)))
            && word.chars().all(char::is_alphabetic)
            && is_title(word)
            && crate::extract::cues::lookup(word).is_none();
        // "state advocate Riaan van Wyk": the two-word office as well.
        let two_words =
            self.previous_title.filter(|_| role_word).map(|p| format!("{} {}", p.to_lowercase(), word.to_lowercase()));
        // "Chairperson: Ms N Mabaso": the office goes on past the honorific.
        let honorific = matches!(word, "Mr" | "Ms" | "Mrs" | "Miss" | "Dr" | "Prof" | "Hon" | "Mx");
        match acronym.filter(|_| !self.titles.is_empty()) {
            Some(acronym) => self.titles.push(acronym.to_lowercase()),
            None if honorific && !self.titles.is_empty() => {}
            None => self.titles.clear(),
        }
        // "Vice Governor Clarita Ampog", "Lt. Gov. Antonio Delgado", "Former Gov. Andrew Cuomo" are
        // not "the governor".
        let second = self
            .previous_title
            .is_some_and(|p| matches!(p.to_lowercase().as_str(), "vice" | "lt" | "lieutenant" | "former"));
        if role_word {
            if !second {
                self.titles.push(word.to_lowercase());
            }
            self.titles.extend(two_words);
            self.titles.extend(portfolio.map(|p| format!("{p} {}", word.to_lowercase())));
        }
        self.previous_title = Some(word).filter(|w| !in_name && w.chars().all(char::is_alphabetic) && is_title(w));
    }
}

//! The small lists the corpus draws from: the sample articles it varies,
//! each story's cast and host country, outlet names, synonyms and cue verbs.
//! Every name here is fictional except the originals of the sample story.

/// A sample article used as a template, with what must stay in place.
pub struct Template {
    pub text: &'static str,
    /// Its headline as it appears in the body (and in the front matter title).
    pub headline: &'static str,
    /// Publication time in the sample, before the story's shift.
    pub published: &'static str,
    /// Leading paragraphs never dropped or moved (headline, crumbs, dateline).
    pub head: usize,
    /// Trailing paragraphs never dropped or moved (site chrome, credits).
    pub tail: usize,
}

/// The transcript first: it is each story's primary source.
pub const TRANSCRIPT: usize = 0;

pub const TEMPLATES: &[Template] = &[
    Template {
        text: include_str!("../../articles/2024-06-20-kremlin-transcript.txt"),
        headline: "Vladimir Putin answers journalists’ questions in Hanoi",
        published: "2024-06-20T21:40:00",
        head: 2,
        tail: 0,
    },
    Template {
        text: include_str!("../../articles/2024-06-21-daily-clarion.txt"),
        headline: "Putin to arm Kim as Kremlin boss threatens Seoul",
        published: "2024-06-21T07:05:00",
        head: 1,
        tail: 0,
    },
    Template {
        text: include_str!("../../articles/2024-06-21-london-loves-business.txt"),
        headline: "Putin will ‘not rule out’ sending weapons to North Korea",
        published: "2024-06-21T08:39:00",
        head: 3,
        tail: 4,
    },
    Template {
        text: include_str!("../../articles/2024-06-21-northern-wire.txt"),
        headline: "Putin does not rule out arms supplies to North Korea, warns Seoul over Ukraine",
        published: "2024-06-21T01:15:00",
        head: 2,
        tail: 1,
    },
    Template {
        text: include_str!("../../articles/2024-06-22-seoul-herald-tribune.txt"),
        headline: "Seoul weighs arms for Ukraine as Moscow–Pyongyang pact redraws the peninsula’s security map",
        published: "2024-06-22T10:30:00",
        head: 1,
        tail: 0,
    },
];

/// The leader who gives the press conference: (given name, surname).
pub const LEADERS: &[(&str, &str)] =
    &[("Vladimir", "Putin"), ("Arkady", "Volkov"), ("Dmitri", "Sorokin"), ("Yuri", "Belov"), ("Oleg", "Markov")];

/// His counterpart: (full name, surname, given name).
pub const COUNTERPARTS: &[(&str, &str, &str)] = &[
    ("Kim Jong Un", "Kim", "Jong Un"),
    ("Ri Song Chol", "Ri", "Song Chol"),
    ("Pak Myong Ho", "Pak", "Myong Ho"),
    ("Choe Kwang Il", "Choe", "Kwang Il"),
];

/// The national security adviser: (full name, surname).
pub const ADVISERS: &[(&str, &str)] =
    &[("Chang Ho-jin", "Chang"), ("Lee Dong-hoon", "Lee"), ("Park Ji-won", "Park"), ("Yoon Sang-min", "Yoon")];

pub const AMBASSADORS: &[&str] = &["Georgy Zinoviev", "Pavel Lebedev", "Igor Kuznetsov", "Nikolai Orlov"];

/// Where the press conference is held: (capital, country, country as in the
/// transcript, adjective).
pub const HOSTS: &[(&str, &str, &str, &str)] = &[
    ("Hanoi", "Vietnam", "Viet Nam", "Vietnamese"),
    ("Vientiane", "Laos", "Laos", "Lao"),
    ("Ulaanbaatar", "Mongolia", "Mongolia", "Mongolian"),
    ("Jakarta", "Indonesia", "Indonesia", "Indonesian"),
    ("Kuala Lumpur", "Malaysia", "Malaysia", "Malaysian"),
];

const PLACES: &[&str] = &[
    "Harbour", "Northgate", "Riverside", "Eastbrook", "Westmoor", "Kingsport", "Lakeside", "Millbrook", "Southfield",
    "Ashford", "Bridgewater", "Cedar Falls", "Clearwater", "Fairhaven", "Glenwood", "Greystone", "Highland",
    "Ironbridge", "Larkspur", "Marlow", "Newbury", "Oakridge", "Pinecrest", "Queensbay", "Redcliff", "Silverton",
    "Stonehaven", "Thornbury", "Upton", "Valemont", "Whitby", "Wolverton", "Yarrow", "Brightwater", "Coldstream",
    "Dunmore", "Elmhurst", "Foxley", "Hollowell", "Kestrel Bay",
];

pub const PAPERS: &[&str] = &[
    "Courier", "Herald", "Gazette", "Chronicle", "Tribune", "Observer", "Post", "Times", "Dispatch", "Ledger",
    "Sentinel", "Register", "Examiner", "Record", "Monitor", "Bulletin", "Standard", "Journal", "Mercury", "Telegraph",
    "Express", "Wire", "Review", "Echo", "Inquirer",
];

const EDITIONS: &[&str] =
    &["", " Online", " Weekly", " Evening", " Sunday", " International", " Digital", " Daily", " Metro", " World"];

/// A distinct outlet name for article `i`: the 10,000 combinations of place,
/// paper and edition are visited in a seeded order (7919 is prime to 10,000,
/// so `i * 7919 + offset` is a permutation), then numbered.
pub fn outlet_name(seed: u64, i: usize) -> String {
    let combos = PLACES.len() * PAPERS.len() * EDITIONS.len();
    let offset = (seed % combos as u64) as usize;
    let k = (i % combos * 7919 + offset) % combos;
    let (place, rest) = (k % PLACES.len(), k / PLACES.len());
    let (paper, edition) = (rest % PAPERS.len(), rest / PAPERS.len());
    let name = format!("The {} {}{}", PLACES[place], PAPERS[paper], EDITIONS[edition]);
    match i / combos {
        0 => name,
        n => format!("{name} {}", n + 1),
    }
}

/// Words an outlet may use for one another; any member may replace any other.
pub const SYNONYMS: &[&[&str]] = &[
    &["weapons", "arms"],
    &["big", "serious", "huge"],
    &["mistake", "error", "blunder"],
    &["concerning", "worrying", "alarming"],
    &["treaty", "pact", "agreement"],
    &["reconsider", "rethink", "review"],
    &["supplying", "sending", "providing"],
    &["supply", "send", "provide"],
    &["friendship", "partnership"],
    &["strongest", "closest"],
    &["appropriate", "fitting", "suitable"],
    &["lethal", "deadly"],
    &["incredibly", "deeply", "extremely"],
    &["destabilise", "unsettle"],
    &["worry", "fear"],
];

/// Cue verbs and what an outlet may turn them into (the framing changes).
pub const CUES: &[(&str, &[&str])] = &[
    ("said", &["stated", "claimed", "stressed", "insisted", "added", "warned"]),
    ("warned", &["cautioned", "threatened", "said"]),
    ("threatened", &["warned"]),
    ("told", &["assured"]),
];

pub const WEEKDAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

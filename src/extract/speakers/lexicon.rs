//! Word lists for speaker resolution.

pub const UNNAMED_NOUNS: &[&str] = &[
    "official", "officials", "source", "sources", "diplomat", "diplomats", "analyst", "analysts", "expert", "experts",
    "aide", "aides", "insider", "insiders", "observer", "observers", "lawmaker", "lawmakers", "officer", "officers",
    "spokesperson", "spokesman", "spokeswoman", "resident", "residents", "witness", "witnesses", "critics", "people",
    "person", "police", "commentators", "investors", "economists", "economist", "critic", "member", "members",
    "delegate", "delegates", "negotiator", "negotiators", "insiders", "passenger", "passengers", "driver", "drivers",
    "student", "students", "worker", "workers", "nurse", "nurses", "teacher", "teachers", "parent", "parents", "fan",
    "fans", "voter", "voters", "engineer", "engineers", "scientist", "scientists", "doctor", "doctors", "shopper",
    "shoppers", "pensioner", "pensioners",
];

pub const ROLE_WORDS: &[&str] = &[
    "supreme leader", "prime minister", "foreign minister", "foreign secretary", "secretary of state",
    "defence minister", "defense minister", "defence secretary", "defense secretary", "head of state", "top diplomat",
    "leader", "dictator", "strongman", "president", "premier", "chancellor", "king", "ruler", "despot", "tyrant",
    "autocrat", "spokesman", "spokeswoman", "spokesperson",
];

pub const TITLES: &[&str] = &[
    "passenger", "resident", "student", "driver", "teacher", "nurse", "doctor", "pensioner", "shopkeeper", "farmer",
    "engineer", "analyst", "economist", "scientist", "researcher", "witness", "cabbie", "prosecutor", "barrister",
    "lawyer", "attorney", "solicitor", "constable", "sergeant", "manager", "ceo", "founder", "editor", "correspondent",
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "president", "prime",
    "minister", "secretary", "senator", "sen", "rep", "representative", "gen", "general", "judge", "justice", "chief",
    "commander", "admiral", "adm", "colonel", "col", "captain", "capt", "lt", "sgt", "ambassador", "governor", "gov",
    "mayor", "councillor", "councilor", "council", "leader", "spokesman", "spokeswoman", "spokesperson", "national",
    "security", "advisor", "adviser", "foreign", "defence", "defense", "deputy", "vice", "chairman", "chairwoman",
    "chair", "director", "inspector", "detective", "superintendent", "officer", "dictator", "supreme", "state", "of",
    "former", "acting", "interim", "opposition", "party", "labour", "conservative", "democratic", "republican",
    "sheriff", "coach", "father", "pope", "king", "queen", "prince", "princess", "emir", "sheikh", "chancellor",
    "economy", "finance", "trade", "health", "home", "justice", "interior",
];

pub const ORG_WORDS: &[&str] = &[
    "guild", "authority", "league", "club", "orchestra", "police", "trust", "school", "hospital", "airline",
    "university", "college", "museum", "charity", "regulator", "chamber", "division", "department", "office",
    "federation", "alliance", "agency", "ministry", "directorate", "observatory", "association", "council", "ministry",
    "agency", "institute", "commission", "party", "bank", "group", "company", "corporation", "university", "committee",
    "court", "service", "union", "federation", "foundation", "forum", "centre", "center", "authority", "board",
    "chamber", "society", "network", "coalition",
];

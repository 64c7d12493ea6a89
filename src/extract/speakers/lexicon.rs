//! Word lists for speaker resolution.

use crate::segment::wordset::WordSet;

pub static UNNAMED_NOUNS: WordSet = WordSet::new(&[
    "official", "officials", "source", "sources", "diplomat", "diplomats", "analyst", "analysts", "expert", "experts",
    "aide", "aides", "insider", "insiders", "observer", "observers", "lawmaker", "lawmakers", "officer", "officers",
    "spokesperson", "spokesman", "spokeswoman", "resident", "residents", "witness", "witnesses", "critics", "people",
    "person", "police", "commentators", "investors", "economists", "economist", "critic", "member", "members",
    "delegate", "delegates", "negotiator", "negotiators", "insiders", "passenger", "passengers", "driver", "drivers",
    "student", "students", "worker", "workers", "nurse", "nurses", "teacher", "teachers", "parent", "parents", "fan",
    "fans", "voter", "voters", "engineer", "engineers", "scientist", "scientists", "doctor", "doctors", "shopper",
    "shoppers", "executive", "executives", "pensioner", "pensioners", "neighbour", "neighbours", "neighbor",
    "neighbors", "friend", "friends", "relative", "relatives", "colleague", "colleagues", "pharmacist", "pharmacists",
    "farmer", "farmers", "shopkeeper", "shopkeepers", "insider", "importers", "exporters", "traders", "shippers",
    "landlords", "tenants", "campaigners", "advocates", "activists", "protesters", "demonstrators", "villagers",
    "locals", "owners", "researchers", "opponents", "growers", "operators", "employers", "users", "customers",
    "patients", "holder", "holders", "supporter", "supporters", "star", "player", "players", "paramedic", "paramedics",
    "hydrologist", "hydrologists", "agent", "agents", "consultant", "consultants", "lecturer", "lecturers", "pal",
    "pals", "team-mate", "team-mates", "teammate", "teammates", "mother", "father", "commuters", "listeners",
    // A tabloid's "Rolleston mum says …", "Heartbroken dad: …".
    "mum", "mom", "dad", "mums", "moms", "dads", "mothers", "fathers", "grandmother", "grandfather", "viewers",
    "readers", "families", "survivors", "herder", "herders", "fisher", "fishers", "fisherman", "fishermen", "miner",
    "miners", "evacuee", "evacuees", "vendor", "vendors", "labourer", "labourers", "rancher", "ranchers", "riders",
    "eyewitness", "eyewitnesses", "headteachers", "spectators", "marshals", "motorists", "pilgrims", "worshippers",
    "devotees", "mourners", "tourists", "visitors", "volunteers", "rescuers", "bystanders", "onlookers", "victims",
    "hunters", "administrator", "elder", "elders", "commander", "commanders", "soldier", "soldiers", "clerk", "clerks",
    "employee", "employees", "staffer", "staffers", "activist", "protester", "villager", "researcher", "campaigner",
    "trader", "importer", "exporter", "grower", "volunteer", "survivor", "tourist", "visitor", "banker", "bankers",
    "dealer", "dealers", "broker", "brokers", "manager", "managers", "woman", "women", "figure", "leaders",
    "supervisor", "supervisors", "technician", "technicians", "prisoner", "prisoners", "lineman", "linemen", "skipper",
    "skippers", "baker", "bakers", "commuter", "caller", "callers", "investigators", "seismologists", "backbencher",
    "backbenchers", "servant", "servants", "referee", "referees", "attendant", "contractor", "contractors", "hauliers",
    "haulier", "environmentalists", "environmentalist", "forwarder", "forwarders",
    // Trades met as unnamed groups: "Two wholesalers at the Myoma market, who spoke …, said".
    "punters", "holidaymakers", "diners", "wholesaler", "wholesalers", "hawker", "hawkers", "porters", "cooks",
    "waiters", "cleaners", "guards", "firefighters", "medics", "midwife", "midwives", "carers", "clinicians", "pilots",
    "sailors", "dockers", "dockworkers", "truckers", "loggers", "planters", "smallholders", "beekeepers", "nomads",
    "parishioners", "retailers", "crofter", "crofters", "lifeguard", "lifeguards", "surfer", "surfers", "cyclist",
    "cyclists", "ratepayer", "ratepayers", "publican", "publicans", "cabbies", "farmworkers", "couriers", "borrowers",
    "savers", "depositors", "plumbers", "electricians", "graduates", "apprentices", "interns", "inmates", "detainees",
    "refugees", "migrants", "asylum-seekers", "anglers", "divers", "rowers", "runners", "climbers", "skiers", "hikers",
    "campers", "householders", "occupants", "leaseholders", "shareholders", "ecologists", "archaeologists",
    "historians", "curators",
    // "the manufacturer", "the organiser" is the company or body the story names: plural only,
    // but for the hotelier and homeowner, who are people.
    "organisers", "organizers", "manufacturers", "expats", "expatriates", "hoteliers", "hotelier", "stallholders",
    "homeowners", "homeowner", "buyers",
    // "Guides say …", "Boatmen warn …": a trade's people, unnamed. Not "conservationists", whom
    // annotators leave out of "conservationists vow to go to court" before a named charity.
    "guides", "boatmen", "producers", "pickers", "harvesters",
]);

pub static ROLE_WORDS: WordSet = WordSet::new(&[
    "supreme leader", "prime minister", "foreign minister", "foreign secretary", "secretary of state",
    "defence minister", "defense minister", "defence secretary", "defense secretary", "head of state", "top diplomat",
    "leader", "dictator", "strongman", "president", "premier", "chancellor", "king", "ruler", "despot", "tyrant",
    "autocrat", "spokesman", "spokeswoman", "spokesperson",
]);

/// Those who act for a body, capitalised as a sentence's first word before its name:
/// "Organisers Valjak Events announced", "Administrators Carrick Dunlop Advisory say".
pub const ACTING_FOR_BODIES: [&str; 6] =
    ["Organisers", "Organizers", "Administrators", "Liquidators", "Receivers", "Promoters"];

/// The words for whoever speaks for a body.
pub const VOICES: &[&str] = &["spokesperson", "spokesman", "spokeswoman"];

pub static TITLES: WordSet = WordSet::new(&[
    "cllr", "organiser", "organizer", "intendente", "intendenta", "diner", "shopper", "motorist", "holidaymaker",
    // A village teacher ("Schoolteacher Fatima Zahra").
    "schoolteacher", "premier", "taoiseach", "tánaiste", "mp", "mep", "mec", "td", "msp", "mla", "mpp", "senator",
    "senators", "congressman", "congresswoman", "puan", "encik", "whaea", "matua", "doña", "me", "direk", "collector",
    "connétable", "connetable", "abbé", "abbe", "straphanger", "hajj", "alhagie", "alhaji", "chairperson", "canon",
    "aig", "dig", "makhdoom", "brig", "pipon", "advocate", "lyonpo", "dasho", "aum", "lic", "baroness", "viscount",
    "viscountess", "countess", "marquess", "winner", "runner-up", "passenger", "resident", "student", "driver",
    "teacher", "nurse", "doctor", "pensioner", "shopkeeper", "farmer", "engineer", "analyst", "economist", "scientist",
    "researcher", "witness", "cabbie", "prosecutor", "barrister", "lawyer", "attorney", "solicitor", "constable",
    "sergeant", "manager", "ceo", "founder", "editor", "correspondent", "mr", "mrs", "ms", "miss", "dr", "prof",
    "professor", "sir", "dame", "lord", "lady", "president", "prime", "minister", "secretary", "senator", "sen", "rep",
    "representative", "gen", "general", "judge", "justice", "chief", "commander", "admiral", "adm", "colonel", "col",
    "captain", "capt", "lt", "sgt", "ambassador", "governor", "gov", "mayor", "councillor", "councilor", "council",
    "leader", "spokesman", "spokeswoman", "spokesperson", "national", "security", "advisor", "adviser", "foreign",
    "defence", "defense", "deputy", "vice", "chairman", "chairwoman", "chair", "director", "inspector", "detective",
    "superintendent", "officer", "dictator", "supreme", "state", "of", "former", "acting", "interim", "opposition",
    "party", "labour", "conservative", "democratic", "republican", "sheriff", "coach", "father", "pope", "king",
    "queen", "prince", "princess", "emir", "sheikh", "chancellor", "economy", "finance", "trade", "health", "home",
    "justice", "interior", "supervisor", "executive", "commissioner", "ceo", "cfo", "trustee", "commandant", "prefect",
    "préfet", "commissaire", "chef", "lib", "dem", "tory", "snp", "ukip", "dup", "sdlp", "ndp", "gop", "cdu", "spd",
    "undersecretary", "under-secretary", "dci", "di", "ds", "dc", "pc", "insp", "supt", "acc", "dcs", "det", "coroner",
    "magistrate", "presenter", "host", "anchor", "promoter", "trainer", "interviewer", "moderator", "newsreader",
    "rev", "reverend", "pastor", "monsignor", "msgr", "ir", "ing", "dona", "sister", "brother", "bishop", "imam",
    "rabbi", "councilmember", "councilman", "councilwoman", "alderman", "alderwoman", "assemblymember", "assemblyman",
    "assemblywoman", "midfielder", "striker", "defender", "goalkeeper", "winger", "datuk", "dato", "datin", "seri",
    "bi", "bw", "commodore", "cavaliere", "hon", "honourable", "honorable", "madam", "alhaji", "alhaja", "hajia",
    "hajiya", "ratu", "corporal", "cpl", "lieutenant", "brigadier", "producer", "owner", "actor", "actress", "rapper",
    "principal", "headteacher", "vicar", "archbishop", "datu", "comptroller", "ombudsman", "treasurer", "registrar",
    "rector", "rectora", "provost", "recorder", "rank", "auditor", "dpp", "mzee", "aunty", "auntie", "counsel",
    "seremi", "regent", "cacique", "akbp", "akp", "kombes", "bupati", "sms", "clerk", "comrade", "mama", "democrat",
    "cr", "alhaj", "excellency", "opanin", "pnp", "elder", "maitre", "maître", "mna", "hajji", "asp", "dsp", "dpo",
    "songstress", "aling", "fr", "engr", "ato", "w/ro", "w/rt", "ibu", "hajja", "hadja", "comedian", "singer",
    "alhadji", "attorney-at-law", "ssp", "speaker", "operations", "perit", "musician", "legislator", "lawmaker", "mk",
    "mawlawi", "maulvi", "mawlana", "maulana", "mullah", "qari", "hojatoleslam", "hojjatoleslam", "kapitein", "nei",
    "kaumātua", "kaumatua", "iroij", "sr", "sra", "adv", "smti", "deputies", "reeve", "tgk", "teungku", "elhadj",
    "el-hadj", "major-general", "lieutenant-general", "brigadier-general", "lieutenant-colonel", "rear-admiral",
    "vice-admiral", "dcop", "acop", "acp", "dcp", "igp", "sho", "dgp", "sdm", "tehsildar", "consul", "assessor",
    "tuai", "rumah", "sarpanch", "administrator", "islander", "cec", "faipule", "aliki", "shri", "sp", "padre",
    "hawker", "asst", "comm", "omda", "kalon", "chitue", "kashi", "geshe", "members", "ustad", "eng", "barr", "pst",
    "coordinator", "convener", "convenor", "hydrologist", "jero", "bendesa", "malam", "suldaan", "ustadz", "penghulu",
    "juror", "delegate", "fisherman", "fisherwoman", "risaldar", "environmentalist", "anthropologist", "crewman",
    "dott", "dott.ssa", "prof.ssa", "avv", "mgr", "judr", "mudr", "phdr", "obbo", "aadde", "lonko", "mpl", "mlc",
    "coun", "csp", "dsp", "asp", "ichie", "ssalongo", "nnalongo", "cde", "clr", "arq", "mtro", "mtra", "mohandes",
    "ajarn", "magajia", "memhir", "weyzero", "sacp", "landrat", "ccpo", "hejtman", "župan", "concejal", "concejala",
    "regidor", "regidora", "vereador", "vereadora", "mamosta", "mha", "cdr", "l'honorable", "assessore", "assessora",
    "sindaco", "sindaca", "comandante", "stadtrat", "stadträtin", "mag.a", "bürgermeister", "bürgermeisterin",
    "oberbürgermeister", "oberbürgermeisterin", "landesrat", "landesrätin", "stadtpräsident", "stadtpräsidentin",
    "gemeinderat", "gemeinderätin", "conseiller", "conseillère", "préfète", "class", "cmdr", "corporator",
    // Romania's gendarmerie rank, a Tanzanian regional commissioner ("RC MOLLEL:"), India's Additional
    // Deputy Commissioner ("ADC Pasang Tsering"), Spanish courtesy titles.
    "adjutant-chief", "rc", "adc", "señora", "señor", "señorita",
    // A German Lutheran parish's lay head ("Kuratorin Hedwig Schuster").
    "kurator", "kuratorin",
    // The Argentine police rank, the German and Austrian parish priest (before "Mag." too, which a
    // long-name honorific would not pass), the Anishinaabe chief, the Ilocano elder.
    "comisario", "comisaria", "pfarrer", "ogimaa", "lakay",
    // Portuguese courtesy and professional titles ("Dr.ª Marta Quintas Leal", "Enf.ª Luísa").
    "dr.ª", "doutor", "doutora", "enf", "enf.ª", "eng.º", "eng.ª", "prof.ª", "profa", "arq.ª",
    // Dutch and Belgian offices and the French "Me" of a lawyer ("Schepen Nadia Van Hove", "Me Caroline Thiry");
    // not "Meester", a surname too.
    "burgemeester", "wethouder", "schepen", "gedeputeerde", "échevin", "échevine", "bourgmestre", "me",
    // Trades written small before a name ("says skipper Mogens Ipsen"); not those
    // that are surnames too (Baker, Shepherd, Carpenter, Priest, Mason).
    "skipper", "cashier", "trawlerman", "deckhand", "boatman", "ferryman", "mechanic", "plumber", "electrician", "vet",
    "midwife", "paramedic", "firefighter", "trucker", "vendor", "herder", "beekeeper", "winemaker", "rancher",
    "hotelier", "restaurateur", "publican", "landlord", "tenant", "retiree", "volunteer", "activist", "campaigner",
    "historian", "archaeologist", "biologist", "geologist", "ecologist", "physicist", "chemist", "sociologist",
    "psychologist", "epidemiologist", "virologist", "meteorologist", "climatologist", "oceanographer", "glaciologist",
    "volcanologist", "seismologist", "agronomist", "architect", "surveyor", "curator", "librarian", "chaplain",
    "businessman", "businesswoman", "forecaster", "winegrower", "pharmacist", "runner",
    // A tabloid's or weekly's description opening a sentence ("Grower Yoshiko Matsunaga, 71,",
    // "Visitor Anna Marsh", "Welder Jocemar dos Santos Brum", "Accountant Pham Thi Ngoc Anh", a
    // viewer's "Viewer Farida", "Archpriest Mikalai Hrytsuk"). Not "Husband", "Reader" or "Fiddler",
    // surnames too, nor "Tourist", "Commuter" or "Artist", which open bodies' names ("Tourist
    // Information Scotland", "Artist Guild").
    "grower", "visitor", "welder", "surfer", "climber", "homeowner", "villager", "stallholder", "wife", "bride",
    "accountant", "archpriest", "spotter", "schoolgirl", "schoolboy", "fish-seller", "viewer", "listener",
    "manicurist", "housewife", "washerwoman", "survivor", "grandmother", "grandfather", "deaconess",
    // The Brazilian police chief's "Delegado", the French priest's "Père" ("Père Yves-Marie Lindor").
    "delegado", "delegada", "père",
    // The Minangkabau's and Malays' religious teacher ("Buya Zainal Abidin").
    "buya",
    // Italy's provincial police chief ("QUESTORE PAOLO D'AMBROSIO:"), a tabloid's "Bride-to-be Jade
    // Hopkins" and "Groom-to-be". Not "Prefetto", a surname too, nor the Maghreb's "Haja", a
    // Malagasy given name ("Haja Randrianirina").
    "questore", "questora", "bride-to-be", "groom-to-be",
    // The heads of monasteries and pagodas ("the Venerable Thích Nguyên Tịnh, abbot of Phước Hải Pagoda").
    "abbot", "abbess",
    // Honorifics and offices of the Gulf, East Africa and the Andes ("Sayyid Ali Ridha al-Musawi", "Dkt
    // Asha Said Mohamed", "Rwot Alfred Ocaya Odwar", "Edila Silvana Techera").
    // Not "Syeda", "Haji", "Major", "Member", "Edil" nor "MCA": names too ("Syeda Nikhat Jahan", "Ali Haji
    // Vuai", "John Major", "Edil Usenov"), a source's noun ("a member of") or a party (Malaysia's MCA).
    "sayyid", "hoji", "dkt", "rwot", "awulae", "xildhibaan", "ingeniero", "ingeniera", "doctora", "edila",
    "congresista", "mme", "mlle",
    // Central American offices ("Diputada Ana Lucía Pérez Cojtí", "Subcomisionado Hugo Rápalo"). Not
    // "Comisionado", which opens an office's name ("Comisionado Nacional de los Derechos Humanos").
    "diputado", "diputada", "subcomisionado", "subcomisionada", "venerable",
    // Lusophone Africa's: the deputy, the prosecutor, the teacher, the police superintendent,
    // the Angolan traditional chief ("Soba") and the Umbundu elder ("Sekulu").
    "deputado", "deputada", "procurador", "procuradora", "professora", "superintendente", "soba", "sekulu",
    // The village headman, the Lozi councillor ("Induna Mubita Akapelwa") and the Ewe chief ("Togbui Nyaxo
    // Dzakpata III", "Togbe Afede XIV").
    "headman", "induna", "togbui", "togbe",
    // West Africa's pilgrims and chiefs: "Elhadji", "Hadjia", the Akan "Nanan".
    "elhadji", "el-hadji", "hadjia", "nanan", "publisher",
    // Chad's pilgrim ("Hadjé Zenaba Oumar"), the French police's divisional rank ("Divisionnaire
    // Moussa Ahmat Bichara"), the Cambodian tycoon's honour ("Oknha Heng Bunlong") and Bunyoro's
    // honorific of a kingdom minister ("Owekitiinisa Harriet Kabajungu Abwooli").
    "hadjé", "divisionnaire", "oknha", "owekitiinisa",
    // The Georgian "Mr" and "Mrs" ("Batono Nodar", "Kalbatoni Nana Shervashidze"), the Tajik master's
    // "Ustod" and the Paraguayan "Ña" ("Ña Teodora Benítez"). Not "Kapitan", "Warden" nor the
    // "Barangay" of a barangay captain: a surname ("Nick Kapitan", "Mary Warden"), a place
    // ("Barangay Lahug") or a team ("Barangay Ginebra") too.
    "batono", "kalbatoni", "ustod", "ña",
    // The Border Patrol's "Agent", Kiribati's elder ("Unimane Tebano Kaureata") and the Tahitian
    // mayor ("Tāvana Ioane Temarii").
    "agent", "unimane", "tāvana", "tavana",
    // The Comorian elder and the Swahili master ("Mzé Hassani Combo", "Fundi Ibrahim Mmadi").
    // Not "Mze" without its accent: a part of Comorian names ("Fatima Mze Ali"). Southern
    // Africa's "Kgosi", "Mma" or "Morena" are honorifics only at home (see `learn_home_honorifics`).
    "mzé", "fundi",
    // German stage titles ("Generalmusikdirektorin Ayşe Demirkan", "Kammersängerin Elisabeth Rauhe",
    // "Intendant") and the Hawaiian teacher's "Kumu" ("Kumu Keahi Kamakau").
    "generalmusikdirektor", "generalmusikdirektorin", "kammersänger", "kammersängerin", "intendant", "intendantin",
    "kumu",
    // The German "Mr" and "Mrs" of English-language copy from Germany ("Herr Grätz", "Frau Rudolph").
    "herr", "frau",
    // Royal styles ("HRM Ndifor Tamfu II", His Royal Majesty) and the Indian "Mrs" ("Smt. Kamala
    // Devi Yadav", the Marathi "Sau. Rekha Thakre", the Tamil "Tmt. M. Thenmozhi").
    "hrh", "hrm", "smt", "shrimati", "sau", "tmt", "thirumathi",
    // The Philippine lawyer ("Atty. Gregorio Lim Sy-Bautista") and the Polish province's governor
    // ("Lublin Voivode Krystyna Sawicka-Lis").
    "atty", "voivode", "vice-voivode", "khokim", "hokim",
    // The Malaysian member's "YB" (Yang Berhormat), the Bangladeshi agriculturist's "Krishibid",
    // and members in the plural ("Councilmembers Ray Nez and Dale Whitfield").
    "yb", "krishibid", "councilmembers",
    // Indonesian police ranks ("Ipda Jeffry Rumengan", "Kompol Sri Wahyuni"), beside AKBP and Kombes.
    "ipda", "iptu", "aiptu", "aipda", "bripka", "brigpol", "briptu", "bripda", "kompol", "brigjen", "irjen", "komjen",
    // Andean mayors, captains and masters ("Alcaldesa Sisa Carmela Maldonado Yamberla", "Capitán Diego
    // Lalaleo Pico", "Magíster Carla Noboa Arregui"), the Kichwa elder's "Tayta" and the Sakalava ruler's
    // "Ampanjaka". Not "Alcalde", "Capitan" without its accent, "Magister", "Fon" nor "Majesty": names
    // too ("Jorge Alcalde", a Philippine surname, "Magister Capital", "Owain Fon Williams", "Fon
    // Sirikul", a fan called Majesty Johnson).
    "alcaldesa", "capitán", "capitana", "magíster", "tayta", "ampanjaka",
    // The Indonesian "Mr" ("Bapak Kornelis Mahuze", beside "Ibu"), the Ngoni chief's "Inkosi", the
    // Mozambican chief's "Régulo" (with its accent: "Regulo" is a surname), the Indonesian and
    // Scandinavian captain ("Kapten Rudy Sembiring"), and a match official or police rank before a
    // name ("Referee Tiago Ribas Monteiro", "Sub-Inspector George Mulewa").
    "bapak", "inkosi", "régulo", "kapten", "referee", "sub-inspector",
    // Austrian police ranks ("Chefinspektor Robert Mikl"), the Romanian police's "Quaestor" and
    // the Swiss cantonal minister ("Consigliere di Stato Fulvio Jelmini", see `Scan::of_state`),
    // and a tabloid's "Re-enactor": words no name is made of. Not "Oberst", a surname too.
    "chefinspektor", "chefinspektorin", "bezirksinspektor", "bezirksinspektorin", "revierinspektor",
    "revierinspektorin", "gruppeninspektor", "gruppeninspektorin", "abteilungsinspektor", "abteilungsinspektorin",
    "kontrollinspektor", "kontrollinspektorin", "oberstleutnant", "quaestor", "chestor", "consigliere", "consigliera",
    "re-enactor",
    // The Spanish doctor's and teacher's "Dra." and "Profesora" ("Dra. Karla Vanessa Recinos"), the
    // Austrian alp's master and the farmers' honorary "Ökonomierat" ("Alpmeister Josef Bereuter"),
    // the Chuukese chief's "Samol", the Bhutanese teacher's "Lopen" and the head of a gewog or of
    // a town's ward, after its place ("Chhume Gup Karma Sherub", "Jakar Thromde Tshogpa Lhakpa
    // Tshering"): words no name is made of.
    "dra", "licda", "lcda", "lcdo", "profesora", "profesor", "alpmeister", "ökonomierat", "samol", "lopen", "gup",
    "tshogpa",
    // Nigerian professional titles: the pharmacist's, the deacon's and the surveyor's ("Pharm.
    // Chidinma Okeke", "Dcn. Emeka Obi", "Surv. Ifeanyi Nwosu").
    "pharm", "dcn", "surv",
    // The Guyanese village captain ("Toshao Anselm Cornelius", also "Touchau"), the Burmese senior
    // monk ("Sayadaw U Nanda Thiri"), a mayor's "His Worship" and the Panamanian representative's
    // "H.R." (Honorable Representante): words no name is made of.
    "toshao", "touchau", "sayadaw", "worship", "h.r",
    // The Kachin chief's "Duwa" ("Duwa Lashi La Awng"), the French army's warrant officers
    // ("Adjudant-Chef Landry Sémbé") and a master's degree worn as a title ("M.Sc. Walter Sosa
    // Nacimento"). Not a tabloid's "Brothers Maran Zau Awng, 41, and …": "Brothers" opens
    // companies' and bands' names too.
    "duwa", "adjudant", "adjudant-chef", "m.sc",
]);

/// Rulers whose title goes with their realm ("The Emir of Kano, Aminu Ado
/// Bayero,", "The Fon of Ntanka, HRM Ndifor Tamfu II,"): an office, not a name.
pub static RULERS: WordSet =
    WordSet::new(&["emir", "sultan", "fon", "oba", "obi", "ooni", "king", "queen", "sarkin", "etsu"]);

/// Offices a person holds in a body, written before their name ("Board
/// Chairman Ray Sandoval").
pub static OFFICES: WordSet = WordSet::new(&[
    "chairman", "chairwoman", "chair", "chief", "executive", "director", "president", "secretary", "manager",
    "spokesman", "spokeswoman", "spokesperson", "supervisor", "minister", "head", "leader", "commissioner",
    "superintendent", "inspector", "officer", "ceo", "founder", "editor", "coach", "captain", "governor", "mayor",
    "councillor", "trustee", "treasurer", "constable", "administrator", "coordinator", "registrar", "controller",
    "commander",
    // The Uzbek governor or mayor ("the khokim of Surkhandarya region"). Not the Kazakh "akim":
    // a given name too ("Akim Aliu").
    "khokim", "hokim",
    // The head of a Uruguayan department ("Intendente Juan Carlos Rivero Bentos").
    "intendente", "intendenta",
]);

/// Words of a ministry's portfolio ("Minister of Social Affairs", "Minister of
/// Heavy Industry"): part of the office, never of the name after it.
pub static PORTFOLIOS: WordSet = WordSet::new(&[
    "affairs", "economic", "economy", "social", "foreign", "home", "internal", "interior", "industry", "heavy",
    "education", "advanced", "higher", "health", "finance", "justice", "defence", "defense", "planning", "housing",
    "agriculture", "trade", "energy", "mines", "mining", "transport", "environment", "labour", "labor", "culture",
    "tourism", "sport", "sports", "youth", "fisheries", "forestry", "water", "lands", "works", "public", "security",
    "development", "infrastructure", "communications", "information", "technology", "science", "innovation", "welfare",
    "family", "commerce", "investment", "rural", "urban", "local", "regional", "treasury", "revenue", "immigration",
    "veterans", "climate", "resources", "natural", "digital", "petroleum", "land", "religious", "municipal",
    "cooperatives", "employment", "administration", "territorial", "minerals", "mineral", "gender", "women",
    "children", "arts", "heritage", "aviation", "ports", "maritime", "wildlife", "irrigation", "livestock",
    "electricity", "telecommunications", "broadcasting", "citizenship", "diaspora", "reconstruction", "humanitarian",
    "rehabilitation", "physical", "displaced", "refugees", "returnees", "management", "sanitation", "chemicals",
    "fertilizers", "fertilisers", "petrochemicals", "steel", "textiles", "railways", "shipping", "food", "consumer",
    "power", "roads", "highways", "coal", "tribal", "panchayati", "parliamentary", "marine", "oceans",
]);

/// Tabloid epithets before a surname ("Furious Walsh"): not part of the name.
pub static EPITHETS: WordSet = WordSet::new(&[
    "furious", "fuming", "angry", "defiant", "gutted", "delighted", "heartbroken", "livid", "devastated", "emotional",
    "tearful", "shocked", "stunned", "outraged", "relieved", "jubilant", "proud", "brave", "raging", "seething",
    "beaming", "bitter", "frustrated", "axed", "sacked", "embattled", "beleaguered", "under-fire", "tough-talking",
    "outspoken", "veteran", "disgraced", "shamed", "boss", "ex", "former", "sportsman", "sportswoman", "hunk",
    "stunner", "darling", "telly", "hurler", "footballer", "striker", "ace", "singer", "actor", "actress",
    // "Red-faced Cristina admitted", "Terrified dad:", "Stranded climber fumes:".
    "terrified", "stranded", "red-faced", "horrified", "distraught", "grieving", "bereaved", "petrified", "worried",
    "anxious", "exhausted", "overjoyed", "thrilled", "elated", "ecstatic", "baffled", "bemused", "irate", "incensed",
    "upset", "desperate", "traumatised", "traumatized", "shaken", "plucky", "fed-up", "cash-strapped", "panicked",
    "triumphant", "hapless", "stricken",
]);

pub static ORG_WORDS: WordSet = WordSet::new(&[
    "force", "watch", "guild", "ministries", "authority", "league", "club", "orchestra", "police", "trust", "school",
    "hospital", "airline", "university", "college", "museum", "charity", "regulator", "chamber", "division",
    "department", "office", "federation", "alliance", "agency", "ministry", "directorate", "observatory",
    "association", "council", "ministry", "agency", "institute", "commission", "party", "bank", "group", "company",
    "corporation", "university", "committee", "court", "service", "union", "federation", "foundation", "forum",
    "centre", "center", "authority", "board", "chamber", "society", "network", "coalition", "bureau", "tribunal",
    "inspectorate", "secretariat", "platform", "constabulary", "region", "cooperative", "co-op", "cooperativa",
    "asociación", "associação", "instituto", "fundación", "fundação", "stiftung", "verein", "verband", "institut",
    "fondation", "syndicat", "syndicate", "sindicato", "confederación", "federación", "universidad", "universität",
    "université", "ministerio", "ministère", "ministerium", "partnership", "mission", "confederation", "congress",
    "collective", "fund", "initiative", "movement", "consortium", "academy", "section", "branch", "unit", "desk",
    "system", "brotherhood", "sisterhood", "fraternity", "fellowship", "assembly", "organization", "organisation",
    "navy", "army", "zoo", "corps", "mine", "diocese", "archdiocese", "municipality", "cluster", "railways", "resort",
    // The Kazakh and Uzbek city and regional governments ("the Semey city akimat", "the Surkhandarya
    // regional khokimiyat") and the French public utility ("Régie des Eaux du Centre").
    "akimat", "akimiat", "khokimiyat", "hokimiyat", "régie",
    // Romania's county offices of a national body ("the Environmental Guard's Sibiu commissariat").
    "commissariat",
]);

/// Words that open the name of a body named after its area ("NHS West
/// Highland and Islands"), where no organisation word ends it.
pub const ORG_PREFIXES: &[&str] = &["NHS"];

/// Documents that speak for whoever issued them ("a notice on its website").
pub const DOCUMENTS: &[&str] = &[
    "statement", "notice", "advisory", "release", "filing", "letter", "post", "communique", "report", "memo", "note",
    "communiqué", "circular", "memorandum", "bulletin", "notification", "declaration", "submission",
];

/// Documents that are studies: their subject may run long ("A nutrition survey
/// carried out in September by …") and they are their author's ("a report
/// prepared for the board by …").
pub const STUDIES: &[&str] = &["report", "survey", "study", "audit", "assessment", "review", "analysis"];

/// Whether `words` (lowercase) open on a study within their first four words.
pub fn names_a_study<'w>(mut words: impl Iterator<Item = &'w str>) -> bool {
    words.by_ref().take(4).any(|w| STUDIES.contains(&w))
}

/// Nouns for a company the article named ("the carrier", "the firm").
pub static BUSINESS: WordSet = WordSet::new(&[
    "company", "firm", "carrier", "airline", "group", "operator", "retailer", "lender", "insurer", "manufacturer",
    "maker", "line", "broadcaster", "developer", "rival", "consultancy", "consultant", "miller", "refiner", "brewer",
    "distiller", "supplier", "utility", "miner",
]);

/// What shows a statistic for whoever keeps it: "Figures from the Bureau of Statistics show …".
pub const DATA_NOUNS: [&str; 7] = ["figures", "data", "statistics", "records", "numbers", "estimate", "estimates"];

/// Words that name a business in its name ("Halvorsen Ocean Line", "BrightLine TV").
pub static COMPANY_SUFFIXES: WordSet = WordSet::new(&[
    "line", "lines", "shipping", "airways", "air", "logistics", "freight", "holdings", "motors", "capital", "energy",
    "pharma", "group", "tv", "media", "water", "ferries", "rail", "railways", "airport", "telecom", "insurance",
    "terminals", "inc", "ltd", "plc", "corp", "corporation", "systems", "technologies", "foods", "ag", "sa", "gmbh",
    "nv", "se", "spa", "bv", "ab", "asa", "oyj", "kk", "tbk", "bhd", "pty", "llc", "llp", "lp", "pte", "ltda", "sarl",
    "oy", "kg", "co", "motor", "energie", "energia", "industri", "industries", "mining", "steel", "pharmaceuticals",
    "labs", "bank", "developments", "homes", "properties", "estates", "construction", "solutions", "services",
    "partners", "consulting", "consultants", "resources", "enterprises", "ventures", "investments", "networks",
    "software", "engineering", "electronics", "chemicals", "trading", "contractors", "partnership", "as", "a/s", "aps",
    "sas", "srl", "kft", "jsc", "pjsc", "ojsc", "ooo", "sdn", "berhad", "company", "sac", "saa", "sab", "hf", "ehf",
    "coal", "pipelines", "petroleum", "minerals", "metals", "cement", "airlines", "breweries", "beverages", "hotels",
    "resorts", "cruises", "utilities", "gruppe", "groep", "medical", "therapeutics", "biosciences", "biotech",
    "semiconductors", "contracting", "invest",
    // The Central American "R.L." (responsabilidad limitada) of cooperatives; the Baltic private
    // limited companies (Latvian "SIA", Lithuanian "UAB", Estonian "OÜ") and the Czech and Slovak "s.r.o.".
    "rl", "sia", "uab", "oü", "sro",
    // The Irish company limited by guarantee; its "DAC" is read in capitals only (see
    // `orgs::legal_form`): "Dac" is a Vietnamese given name ("Nguyen Van Dac").
    "clg",
]);

/// Offices an article may name in another style than the attribution does:
/// "Kenya's trade minister" is "Trade Cabinet Secretary Esther Kariuki",
/// "a prosecutor" is "state advocate Riaan van Wyk".
pub const ROLE_ALIASES: &[(&str, &[&str])] = &[
    ("minister", &["secretary"]),
    ("secretary", &["minister"]),
    ("prosecutor", &["state advocate", "crown prosecutor", "public prosecutor", "district attorney", "prosecuting"]),
    ("judge", &["magistrate", "justice"]),
    ("magistrate", &["judge"]),
];

/// Titles written short, and the office they stand for: before a name
/// ("Cllr Gwenllian ap Rhys" is "the councillor") or alone ("the GM
/// explained", once "General Manager Franklin Tabi Egbe" was named).
pub const TITLE_ABBREVIATIONS: &[(&str, &str)] = &[
    ("cllr", "councillor"),
    ("insp", "inspector"),
    ("supt", "superintendent"),
    ("capt", "captain"),
    ("prof", "professor"),
    ("gov", "governor"),
    ("gm", "general manager"),
    ("md", "managing director"),
    ("ceo", "chief executive"),
    // East and southern African civil service: "the PS said", once "Principal
    // (or Permanent) Secretary Dr … " was named.
    ("ps", "secretary"),
];

/// Roles a case has one of, so that "a prosecutor told the court" is the
/// prosecutor the article names, even before it names them.
pub const SOLE_ROLES: &[&str] = &["prosecutor", "judge", "magistrate", "coroner"];

/// Nouns that describe a person already named ("the dinner lady", "the winner").
pub static PERSON_NOUNS: WordSet = WordSet::new(&[
    "man", "woman", "lady", "mother", "father", "mum", "dad", "girl", "boy", "chef", "contestant", "winner", "owner",
    "boss", "historian", "director", "campaigner", "activist", "pensioner", "teacher", "driver", "victim", "candidate",
    "chairman", "chairwoman", "founder", "executive", "manager", "expert", "ecologist", "scientist", "professor",
    "economist", "researcher", "academic", "surgeon", "doctor",
    // "the terrified gogo told", the isiZulu grandmother of South African English. Not "son",
    // "wife" or "grandmother": whose they are ("Her son said") is somebody else.
    "gogo", "granny", "gran", "retiree",
]);

/// A tabloid's trades for a person it named just before without one ("Annalisa Cervellera, 34,
/// posted photos … the shop assistant told the Star"): see `Context::definite`.
pub static TRADE_NOUNS: WordSet = WordSet::new(&[
    "assistant", "nurse", "farmer", "fisherman", "shopkeeper", "vendor", "trader", "builder", "labourer", "mechanic",
    "plumber", "electrician", "cleaner", "carer", "waitress", "hairdresser", "widow", "widower", "student",
]);

/// Lowercase words inside names: "Abdulaziz bin Salman", "Ursula von der Leyen".
pub static PARTICLES: WordSet = WordSet::new(&[
    "bin", "binti", "bint", "ibn", "del", "los", "las", "ap", "al", "el", "de", "da", "di", "van", "von", "der", "du",
    "dos", "das", "la", "le", "ter", "ten", "af", "della", "dei", "den", "dela", "delos", "delas", "binte", "s/o",
    "d/o", "ole", "i", "y", "a/l", "a/p", "Wan", "Nik", "wa", "arap", "Ó", "ó", "ab", "oglu", "qizi", "í", "anak",
    "ak", "e", "ould", "á", "do", "br", // the Batak "br" (boru, daughter of): "Rosmawati br Sinaga"
    // The Mauritanian and Tuareg "son of" and "daughter of", written capitalised: "Mohamed Lemine Ould
    // Sidi Mahmoud", "Mariem Mint Ahmed Vall", "Alhousseini Ag Mohamed Ahmed".
    "Ould", "Mint", "mint", "Ag",
    // The Kyrgyz and Kazakh "son of" and "daughter of" after the father's name: "Kanybek Mamyt uulu",
    // "Cholpon Ermek kyzy", "Aidos Serik uly".
    "uulu", "kyzy", "uly", "qyzy",
    // The Uzbek "son of" in Latin script, with either apostrophe: "Sardor Ilhom o'g'li".
    "o'g'li", "o‘g‘li", "o’g’li", "oʻgʻli",
    // The Tuareg "son of" and "daughter of" ("Tahirou ag Alhassane", "Fadimata walet Alhousseini")
    // and the Cameroonian and Gabonese "wife of" ("Lum Grace Ngum epse Fru", "Blandine Mabika
    // épouse Nziengui"). Not the French "dit"/"dite" of West African names ("Fatoumata dite Fanta
    // Diarra"): "Macron dit Non" is a headline.
    "ag", "walet", "welet", "epse", "épouse",
]);

/// Particles that say "son or daughter of": the name before them is the
/// person's own ("Linggi anak Sumbang", "Azlan bin Hamzah").
pub const FILIAL_PARTICLES: [&str; 9] = ["bin", "binti", "binte", "bint", "anak", "ak", "a/l", "a/p", "s/o"];

/// Offices written before a name with no title word among them: the member's
/// ("Council Member Bernadette Szczepaniak") and the Philippine barangay
/// captain's ("Punong Barangay Felicidad Bayudan-Catalino"), and the head of an Armenian
/// community ("Community Head Arayik Melkonyan"). Not the Sahel's
/// "El Hadji", which annotators keep as part of the name.
pub const OFFICES_BEFORE_NAMES: [&str; 4] = ["Member", "Member of Parliament", "Punong Barangay", "Community Head"];

/// The name of two words or more after one of `OFFICES_BEFORE_NAMES` opening `run`.
pub fn after_office<'r, 'w>(run: &'r [&'w str]) -> Option<&'r [&'w str]> {
    OFFICES_BEFORE_NAMES.iter().find_map(|office| {
        let words = office.split(' ').count();
        let opens = run.len() >= words + 2 && office.split(' ').zip(run).all(|(o, w)| o == *w);
        opens.then(|| &run[words..])
    })
}

/// The first words of the Malaysian honours "Tan Sri" and "Puan Sri", which are
/// not titles alone ("Tan" is a surname too).
pub const SRI_HONOURS: [&str; 2] = ["Tan", "Puan"];

/// Honorifics written small between a given name and a surname: the Tatar and
/// Bashkir imam's "khazrat" ("Ildar khazrat Mingazov"), the Kazakh and Kyrgyz
/// "apai", "apa", "baike", "eje" and "aga", the Tajik "hoji".
pub const INNER_HONORIFICS: [&str; 9] = ["khazrat", "hazrat", "apai", "apa", "baike", "eje", "aga", "agai", "hoji"];

/// Honorifics before a name of two or more words: Burmese ("Daw Khin Sandar
/// Win", "Ko Naing Linn Htet"), Fijian ("Adi Litia Tuilau"), Indonesian and
/// Malay ("Ibu Sri Wahyuni"), Khmer ("Oknha Ly Chhunheng"), Somali ("Ugaas
/// Hassan Abdi Warsame"), Bangladeshi ("Begum Rokeya Sultana"). Before one word they are a name: "U Thant", "Adi
/// Godrej", and the surnames Ma and Ko ("Ma Zhaoxu", "Ko Wen-je"). Not the
/// Indonesian "Pak": the Korean surname Pak opens names of three words ("Pak
/// Myong Ho"). The pilgrim's "Haji" ("Haji Gul Ahmad"), which closes East
/// African names as a surname ("Mwanaisha Juma Haji").
/// The Cameroonian "Mami" ("Mami Comfort Ewule"; "Mami Kato" is a woman so called).
/// The Chichewa "Mayi", the Mozambican "Mamã", the Katangese chief's "Mwine",
/// the Kurdish "Kak" and the Spanish and Portuguese "Coronel" (a surname too:
/// "Pedro Coronel"). The Hindi "Pandit" ("Pandit Rajkumar Doobay"; "Ravi
/// Pandit" closes a name as a surname). The Spanish professions "Abogada",
/// "Licenciado" and "Magistrado" ("Abogada Iris Margarita Bueso Handal"),
/// Filipino surnames too ("Arnel Abogado"), the archdeacon's "Ven" ("The Ven
/// Samuel Kipkemboi Keter"; "Micky van de Ven") and "Comisionado" before a
/// police commissioner's name, not an office's ("Comisionado Nacional de los
/// Derechos Humanos", see `honorific_before`). The Cape Verdean "Nha"/"Nhô"
/// ("Nha Lurdes Delgado Ramos"; Nha Trang is a city), the Bhutanese "Ap"
/// ("Ap Ugyen Tenzin"), the Senegalese "Adja" and "Serigne" ("Serigne Modou
/// Mbaye"; "Serigne Mbaye" is a man so named) and the chess "Grandmaster"
/// ("Grandmaster Ramon Villaflor"; "Grandmaster Flash" is a stage name).
/// The Lao monk's "Pha" ("Venerable Pha Bounthanh Sengsavang") and the Khmer
/// "Lok Chumteav" ("Lok Chumteav Heng Sophea"; "Lok" alone opens "Lok Sabha").
/// The Balochi "Waja" ("Waja Shakar Jan Baloch").
pub const HONORIFICS_OF_LONG_NAMES: [&str; 94] = [
    // "Neighbour Mick Reilly, 54, said", "Waiter Mirko Lentini": a tabloid's description before a
    // full name; surnames alone ("Ms Neighbour", "Dr Waiter").
    "Neighbour", "Neighbor", "Waiter", "Waitress", "U", "Daw", "Ko", "Ma", "Adi", "Ibu", "Bu", "Oknha", "Ugaas",
    "Begum", "Haji", "Bibi", "Mami", "Gogo", "Machi", "Mayi", "Mamã", "Mwine", "Kak", "Coronel", "Pandit", "Haj",
    "Hajj", "Hajja", "Hajjah", "Hadj", "Hadja", "Ustaz", "Ustadh", "Abogado", "Abogada", "Licenciado", "Licenciada",
    "Magistrado", "Magistrada", "Ven", "Comisionado", "Comisionada", "Nha", "Nhô", "Ap", "Adja", "Serigne",
    "Grandmaster", "Pha", "Lok", "Waja",
    // "Warden Errol Fancy", "Reader Gerlinde Wimmer", "Major Cristian Bârsan", "Porter Baraka Tarimo",
    // "Butcher Gareth Lewis": an office, rank or trade before a full name; surnames alone ("Mary
    // Warden", "Major said", "Porter added", "Terry Butcher").
    "Warden", "Reader", "Major", "Porter", "Butcher",
    // A tabloid's "Rider Nelson Quissua", the Haitian and French pastor's "Pasteur Élie Dorsaint",
    // the friar's "Fray Jesús Alberto Moreno"; surnames too ("Louis Pasteur").
    "Rider", "Pasteur", "Fray",
    // The pilgrim's honorific in Turkish and Egyptian Arabic ("Hacı Ramazan Kocabaş", "Hagg Saad El-Sherbini"),
    // in the southern Philippines ("Hadji Mohammad Aljan Usman") and the Sahel ("Elhadj Mamadou Saliou").
    "Hacı", "Hagg", "Hagga", "Hadji", "Elhadj", "Elhadji", "El-Hadj", "El-Hadji",
    // The Efik house head ("Etubom Okon Asuquo Ene"), the Fulani herders' chief ("Ardo Moussa Yaya"),
    // the Haitian Creole priest ("Pè Luckner Exantus").
    "Etubom", "Ardo", "Pè",
    // The Bangladeshi "Mrs" ("Mst Nasrin Sultana Lucky", Mosammat); "Md" stays, a given name's.
    "Mst", "Mosammat",
    // The Congolese "Mother" before a woman's names ("Maman Jeanne Bolamba"): at a name's start
    // only, since in Niger it is a given name inside one ("Alhaji Abdou Maman Sani").
    "Maman",
    // The Tem chief's "Uro" ("Uro Issa Ouro-Koura"), the Algerian "Ammi" (uncle), the Thai
    // "Khun" ("Khun Somsak Pongpanich"; "Khun Nok" is a woman so called) and the Filipino
    // elder's "Manang" and "Manong". Not the Bulgarian "Bay" ("Bay Stoyan Dimitrov"): "Bay Area
    // Rapid Transit", "Bay Street analysts".
    "Uro", "Ammi", "Khun", "Manang", "Manong",
    // The Kiribati elder's "Unimwane" ("Unimwane Taoaba Bwebwe") and the Malagasy "Mrs" and "Mr"
    // ("Ramatoa Voahangy Rasoanirina", "Andriamatoa Jean Rakoto").
    "Unimwane", "Ramatoa", "Andriamatoa", // The Zulu chief's "Inkosi" ("Inkosi Mandla Shezi").
    "Inkosi",
    // The Maltese priest's "Dun" ("Dun Ġużepp Attard"). Not the Frafra and Mossi chief's "Naba": a
    // given name in eastern India ("Naba Kishore Das").
    "Dun",
    // The Aboriginal elder's "Uncle" ("Uncle Lester Rankin-Moodjie") and a tabloid's "Gran" ("Gran
    // Catrìona NicLeòid"): before long names only, since "Uncle Sam" is a nation and "Gran" a surname.
    // "Grandad Ventje Tatengkeng, 72,": a tabloid's likewise.
    "Uncle", "Gran", "Grandad", "Granddad", "Grandpa", "Grandma", "Granny",
    // "Baker Lenuța Cozma", "Contractor Brent Olafson", a convent's "Mother Irina Pântea", the
    // Austrian colonel's "Oberst Martin Rauter": a trade, a mother superior or a rank before a full
    // name; surnames or one name alone ("Baker Mayfield", "Nari Contractor", "Mother Teresa",
    // "Conor Oberst").
    "Baker", "Contractor", "Mother", "Oberst",
];

/// Honorifics that are also given names, and so only before three names or
/// more: the Spanish and Portuguese "Don"/"Dom" ("Don Crisantos Nsue Obama
/// Mangue"; "Don Paul Smith" is a man called Don), the Baloch "Mir" and
/// "Sardar" ("Mir Zahoor Ahmed Lehri"; "Mir Hossein Mousavi" and "Sardar
/// Mustafa Qadir" are so named), the Moro "Bai" ("Bai Sittie Aisah K.
/// Macabangkit"; "Bai Ling" is a surname), the Kanuri "Lawan" ("Lawan Modu Ali
/// Gubio"; "Ahmad Lawan" is a surname) and the Purépecha "Tata" ("Tata Juan
/// Huerta Jacobo"; "Tata Steel" is a company), the Dagbon chief's "Naa" ("Naa
/// Yakubu Dawuni Bawa"; "Naa Dedei Ashong" is a Ga woman's given name), the
/// Fon "Dah" ("Dah Ahouandjinou Sossa Gbèdo") and the Persian "Agha" ("Haj
/// Agha Nasrollah Rezvani"; "Agha Shahi" is so named), and the Punjabi
/// "Chaudhry" and "Mian" ("Chaudhry Muhammad Ashraf Kamboh"; "Fawad
/// Chaudhry" and "Mian Mansha" are so named).
const HONORIFICS_OF_LONGER_NAMES: [&str; 13] =
    ["Don", "Dom", "Mir", "Sardar", "Bai", "Lawan", "Tata", "Naa", "Dah", "Agha", "Thakur", "Chaudhry", "Mian"];

/// Whether `word`, an honorific of long names, goes on before the surname alone
/// ("Chaudhry Kamboh", "Sardar Buzdar", "Serigne Mbaye"). Not the Burmese "U",
/// "Daw", "Ko" and "Ma", whose names have no surname: "Ma Nu", after "Ma Khin
/// Khin Nu", is another woman.
pub fn stays_before_surname(word: &str) -> bool {
    const BURMESE: [&str; 4] = ["U", "Daw", "Ko", "Ma"];
    (HONORIFICS_OF_LONG_NAMES.contains(&word) || HONORIFICS_OF_LONGER_NAMES.contains(&word) || gonja_chief(word))
        && !BURMESE.contains(&word)
}

/// The Gonja chief of a place, before his names ("Kpembewura Abdulai Jakpa Kasuri"); alone,
/// the title is how he is known ("the Yagbonwura said").
fn gonja_chief(word: &str) -> bool {
    word.len() >= 8 && word.ends_with("wura") && word.starts_with(char::is_uppercase)
}

/// "Haj Agha Nasrollah Rezvani": the Persian "Haj Agha" is one honorific of two
/// words, as are the Thai monk's "Phra Maha" and "Phra Athikan". Not "Haji Agha Jan Mohammadi",
/// whose given name is Agha Jan.
pub fn second_honorific(first: &str, second: &str) -> bool {
    matches!(first, "Haj" | "Hajj") && second == "Agha"
        || first == "Lok" && second == "Chumteav"
        || first == "Sayadaw" && matches!(second, "U" | "Ashin")
        || first == "Phra" && matches!(second, "Maha" | "Athikan" | "Khru" | "Palad" | "Ajahn" | "Ajarn")
}

/// Honorifics of two words before a name of two or more: the Sahel pilgrim's
/// "El Hadj Sambou Kanouté" ("Elhadj", "El-Hadj" are honorifics of one), the
/// Liberian elder's "Old Ma Musu Gbadyu" and "Old Pa", the Ethiopian
/// Orthodox head of clergy's "Liqe Kahnat Mersha Gebeyehu".
/// The Thai village headman's "Phu Yai" ("Phu Yai Somsak Intharasuk").
pub fn honorific_of_two_words(first: &str, second: &str) -> bool {
    // "Lance Corporal Yaw Boateng": a rank of two words, the first also a given name.
    let lance = first == "Lance" && matches!(second, "Corporal" | "Cpl" | "Cpl." | "Sergeant" | "Bombardier");
    lance
        || matches!(
            (first, second),
            ("El", "Hadj" | "Hadji") | ("Old", "Ma" | "Pa") | ("Liqe", "Kahnat") | ("Phu", "Yai")
        )
}

/// The name after an honorific of two words, when two words or more follow it.
pub fn without_honorific_of_two_words(words: &str) -> &str {
    let parts: Vec<&str> = words.splitn(3, ' ').collect();
    match parts.as_slice() {
        [first, second, name] if honorific_of_two_words(first, second) && name.contains(' ') => name,
        _ => words,
    }
}

/// "58" of "Kamarudin Saleh, 58," or "(71)": a person's age written in figures.
pub fn is_age(word: &str) -> bool {
    (1..=3).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit())
}

/// Whether `word` is an honorific that is never a given name or a surname
/// ("Gogo", "Begum"), and so stands before a surname alone too ("Gogo
/// Ndlovu"); not "Don", "Ma" or "Ko".
pub fn is_honorific(word: &str) -> bool {
    HONORIFICS_BEFORE_SURNAMES.contains(&word)
}

const HONORIFICS_BEFORE_SURNAMES: [&str; 24] = [
    "Gogo", "Begum", "Haji", "Bibi", "Oknha", "Ugaas", "Ibu", "Daw", "Obbo", "Aadde", "Opung", "Tikin", "Pani",
    // "Magistrada Pérez", "the Ven Keter": of a person named in full before.
    "Magistrado", "Magistrada", "Licenciado", "Licenciada", "Abogado", "Abogada", "Comisionado", "Comisionada", "Ven",
    // The Vietnamese "Mr" and "Mrs" before the given name a story goes on with ("Ông Liêm").
    "Ông", "Bà",
];

/// Whether `first` is an honorific before the name `rest`: not before a
/// company's or a body's ("Tata Consultancy Services Ltd", "Gogo Business
/// Aviation").
pub fn honorific_before<'w>(first: &str, rest: impl DoubleEndedIterator<Item = &'w str> + Clone) -> bool {
    // Every resolution asks: the honorific lists first, the words only then.
    // "Nana Osei Bonsu-Asante II": the Akan chief's "Nana" before a stool name and its
    // numeral; not "Nana Ama Serwaa Boateng-Quaye", a given name. So is the Frafra and Mossi
    // chief's "Naba" ("Naba Asaaka Azumah II"); not "Naba Kumar Das", a Bengali given name.
    let regnal = matches!(first, "Nana" | "Naba")
        && rest.clone().next_back().is_some_and(|w| matches!(w, "II" | "III" | "IV" | "V" | "VI"));
    let least = if HONORIFICS_OF_LONG_NAMES.contains(&first) || regnal || gonja_chief(first) {
        2
    } else if HONORIFICS_OF_LONGER_NAMES.contains(&first) {
        3
    } else {
        return false;
    };
    let company =
        rest.clone().next_back().is_some_and(|w| COMPANY_SUFFIXES.contains(w.trim_end_matches('.').to_lowercase()));
    // "Bay Metro Chamber of Commerce": a body's word anywhere in the name.
    let body = company || rest.clone().any(|w| ORG_WORDS.contains(w.trim_end_matches('.').to_lowercase()));
    // "Comisionado Nacional de los Derechos Humanos": an office's name, not a person's.
    // "Nha Trang Seafoods", "Ap Lei Chau Kaifong": a place's name, not a person's.
    let office = rest.clone().next().is_some_and(|w| {
        matches!(w, "Nacional" | "General" | "Presidente" | "Federal")
            || matches!((first, w), ("Nha", "Trang") | ("Ap", "Lei"))
    });
    // "Lok Sabha", "Lok Dal": the Khmer "Lok" is an honorific only before "Chumteav".
    let khmer = first != "Lok" || rest.clone().next() == Some("Chumteav");
    // "Dun & Bradstreet": a firm's name, joined by its ampersand.
    let joined = rest.clone().any(|w| w == "&");
    // "Khun Sa Jr.": a generation is no name of its own.
    !body && !office && khmer && !joined && rest.filter(|w| !is_generation(w)).count() >= least
}

/// Letters after a name: honours, silk, degrees, generations.
pub static POST_NOMINALS: WordSet = WordSet::new(&[
    "SAN", "QC", "KC", "SC", "OBE", "MBE", "CBE", "KBE", "DBE", "CH", "OON", "OFR", "MFR", "CON", "GCON", "PhD", "MD",
    "MP", "BL", "MSP", "MLA", "MEP", "TD", "MHK", "MLC", "MHA", "MS", "Jr", "Sr", "II", "III", "IV", "Esq", "FRS", "J",
    "AJ", "JA", "CJ", "DCJ", "JCA", "JAD", "LJ", "JC",
    // India's civil, police and forest services: "District Collector Meera Krishnan IAS".
    "IAS", "IPS", "IFS", // A Buddhist monk's honorific follows the name: "Kotapola Dhammaratana Thero".
    "Thero", "Thera", "Himi", // So does the Cook Islands chief's: "Teariki Puna Mataiapo".
    "Mataiapo",
]);

/// "Jr.", "Sr", "III": a generation after a name, not its surname.
pub fn is_generation(word: &str) -> bool {
    matches!(word.trim_end_matches('.'), "Jr" | "Sr" | "II" | "III" | "IV")
}

/// The verbs of a headline or subhead written in capitals ("HATCHERY BOSS HITS BACK", "Kollie
/// Denies Flogging Saga"): a run of capitalised words holding one is no person's name, but for
/// a titled name before the verb ("Mayor Jane Smith Warns Of Cuts").
pub const HEADLINE_VERBS: [&str; 16] = [
    "Hits", "Hit", "Fires", "Slams", "Blasts", "Vows", "Warns", "Denies", "Urges", "Insists", "Says", "Cry", "Cries",
    "Responds", "Speaks", "Defends",
];

/// Honorifics after a name that are no part of it, unlike "Jr." or "III":
/// "Abu Bakarr Jalloh-Sesay Esq." is Abu Bakarr Jalloh-Sesay.
/// The Cook Islands' "Mataiapo" is a chief's title after the name ("Teariki Puna Mataiapo").
pub const HONORIFICS_AFTER: [&str; 7] = ["Thero", "Thera", "Himi", "Sahib", "Sahab", "Esq", "Mataiapo"];

/// "His Excellency the Minister", "Her Royal Highness": where the words after
/// a style of address start, and whether the style is a royal one.
pub fn style_of_address(lower: &str) -> Option<(usize, bool)> {
    const ROYAL: [&str; 3] = ["royal highness", "majesty", "highness"];
    const OTHER: [&str; 7] = ["excellency", "holiness", "eminence", "beatitude", "lordship", "ladyship", "honour"];
    let rest = lower.strip_prefix("his ").or_else(|| lower.strip_prefix("her "))?;
    let (style, royal) =
        ROYAL.iter().map(|s| (s, true)).chain(OTHER.iter().map(|s| (s, false))).find(|(s, _)| rest.starts_with(*s))?;
    let after = &rest[style.len()..];
    (after.is_empty() || after.starts_with(' ')).then(|| (lower.len() - after.trim_start().len(), royal))
}

#[cfg(test)]
mod tests {
    use super::style_of_address;

    #[test]
    fn styles_of_address_and_what_follows_them() {
        assert_eq!(style_of_address("his excellency the minister"), Some((15, false)));
        assert_eq!(style_of_address("her royal highness"), Some((18, true)));
        assert_eq!(style_of_address("his highnesses"), None);
        assert_eq!(style_of_address("the excellency"), None);
    }
}

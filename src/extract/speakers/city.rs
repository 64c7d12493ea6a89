//! The city's own voice: "City Hall said", "According to City Hall". Annotators
//! name it after its city ("Tbilisi City Hall"), or as the article names it in
//! full ("Pécs City Hall", "Lviv City Council").

use super::lexicon::ORG_WORDS;
use super::resolve::without_article;
use super::{Context, Speaker};
use crate::gazetteer::Via;

/// How far into the story its city is looked for when no dateline names it:
/// the lead names it ("Tbilisi's municipal bus drivers will walk off the job").
const LEAD_BYTES: usize = 600;

impl Context<'_> {
    /// Whose "City Hall" the story's is: a city hall it names in full by a known
    /// city, else that of its dateline's city, else that of the first capital (or
    /// place with a mayor) its lead names, else a city council it names in full. Left
    /// unknown when the story names no city ("UNITED NATIONS —", "Texas lawmakers").
    /// `dateline` is the dateline's place, given only when the gazetteer knows it.
    pub(super) fn learn_city_hall(&mut self, body: &str, dateline: Option<&str>) {
        if !body.as_bytes().windows(9).any(|w| w.eq_ignore_ascii_case(b"city hall")) {
            return;
        }
        let hall = self.named_in_full(body, "City Hall");
        let dateline = dateline.map(str::to_string);
        // A capital, or a listed place the story shows to be a city, by its mayor or its
        // city council ("Mayor of Kutaisi"): a listed place may be a state ("Texas").
        let lead_city = || {
            // The lines after the headline, joined, up to the lead's length.
            let mut lead = String::new();
            for (at, line) in body.lines().skip(1).enumerate() {
                if lead.len() >= LEAD_BYTES {
                    break;
                }
                if at > 0 {
                    lead.push(' ');
                }
                lead.push_str(line);
            }
            let lead = &lead[..(0..=LEAD_BYTES.min(lead.len())).rev().find(|&i| lead.is_char_boundary(i)).unwrap_or(0)];
            let capital = self.gaz.mentions(lead).into_iter().find(|m| m.via == Via::Capital).map(|m| (m.start, m.end));
            let place = self.gaz.first_place(lead).filter(|&(start, end)| has_a_mayor(body, &lead[start..end]));
            let first = match (capital, place) {
                (Some(c), Some(p)) => Some(if p.0 < c.0 { p } else { c }),
                (c, p) => c.or(p),
            };
            first.map(|(start, end)| lead[start..end].to_string())
        };
        let city = dateline.or_else(lead_city).map(|c| format!("{c} City Hall"));
        // "City hall says" of a story naming only "the Lviv City Council": the council.
        // "… the Kampot Municipal Administration": the town's government of another name.
        let council = || {
            ["City Council", "Municipal Administration", "Municipal Council", "Town Council"]
                .iter()
                .find_map(|name| self.named_in_full(body, name))
        };
        self.city_hall = hall.or(city).or_else(council).map(Speaker::body);
    }

    /// "… the City of Rijeka confirmed", "According to the Municipality of Maribor":
    /// the first city government the story names so, by one to three capitalised
    /// words. Not "the City of London Police", a body of the city.
    pub(super) fn learn_city_body(&mut self, body: &str, filed_at: Option<&str>) {
        // "The municipality of Rotterdam said": the municipality written small too.
        // "the Alcaldía Municipal de Santa Ana", "the Municipalidad de Guatemala": in Spanish too.
        let heads = [
            "City of ", "Municipality of ", "Town of ", "municipality of ", "Alcaldía Municipal de ", "Alcaldía de ",
            "Municipalidad de ", "Câmara Municipal de ",
        ];
        let named = heads.iter().filter_map(|head| {
            body.match_indices(head).find_map(|(at, _)| {
                // Not "the provincial municipality of Maynas": a kind written small before it.
                let before = body[..at].split_whitespace().next_back().unwrap_or_default();
                if *head == "municipality of " && !before.eq_ignore_ascii_case("the") {
                    return None;
                }
                let after = &body[at + head.len()..];
                let place = capitalised_words(after, 3);
                let name = place.join(" ");
                let next = after[name.len()..].split_whitespace().next().unwrap_or_default();
                let of_the_city = ORG_WORDS.contains(next.to_lowercase().trim_end_matches([',', '.']));
                // "the City Municipality of Ljubljana", "the District Municipality of Pisac": the name in full.
                let head = match (*head, before) {
                    ("municipality of ", _) => "Municipality of ".to_string(),
                    ("Municipality of ", "City" | "District" | "Provincial" | "Metropolitan") => {
                        format!("{before} Municipality of ")
                    }
                    _ => head.to_string(),
                };
                // "the Alcaldía de Soacha" in a Bogotá story, "the Municipalidad de La Victoria" in a Lima
                // one: a Spanish name is the city's only for the place the story was filed from.
                let in_its_language =
                    head.starts_with("Alcald") || head.starts_with("Municipalidad") || head.starts_with("Câmara");
                // "GUATEMALA CITY" for "the Municipalidad de Guatemala".
                let filed = || {
                    filed_at.is_some_and(|f| {
                        let (f, name) = (f.to_lowercase(), name.to_lowercase());
                        f.strip_prefix(name.as_str()).is_some_and(|rest| rest.is_empty() || rest == " city")
                    })
                };
                // A Brazilian câmara is the city's legislature, not its government.
                let portuguese = !head.starts_with("Câmara") || self.home_country.as_deref() == Some("Portugal");
                let city = !place.is_empty() && !of_the_city && (!in_its_language || filed()) && portuguese;
                city.then(|| (at, Speaker::body(format!("{head}{name}"))))
            })
        });
        self.city_body = named.min_by_key(|(at, _)| *at).map(|(_, s)| s);
    }

    /// "The Port of Kokkola handled …, the port said": the first port the story names
    /// so, by one or two capitalised words, for "the port" later. Not "Port Moresby"
    /// or "Port Said", places that open on the word.
    pub(super) fn learn_port(&mut self, body: &str) {
        let named = body.match_indices("Port of ").find_map(|(at, head)| {
            let place = capitalised_words(&body[at + head.len()..], 2);
            (!place.is_empty()).then(|| Speaker::body(format!("Port of {}", place.join(" "))))
        });
        if let Some(port) = named {
            self.org_by_noun.entry("port".to_string()).or_insert_with(|| port.clone());
            self.port = Some(port);
        }
    }

    /// "The Port of Kokkola said": the port the story named.
    pub(super) fn port(&self, words: &str) -> Option<Speaker> {
        self.port.clone().filter(|p| without_article(words).eq_ignore_ascii_case(&p.name))
    }

    /// "… to stop Kisumu County from building …", then "The county denied …": the
    /// one county government the story names by name, for "the county" later.
    /// Not "Orange County Sheriff's Office" or "Kerry County Council", a body of
    /// the county; nothing when it names two.
    pub(super) fn learn_county(&mut self, body: &str) {
        let mut named = body.match_indices(" County").filter_map(|(at, _)| {
            let next = body[at + 7..].split_whitespace().next().unwrap_or_default();
            let ended = body[at + 7..].starts_with([' ', ',', '.', ';', ':', '\n', '’', '\'']);
            // "Wellbeing Services County of Southwest Finland": a longer name.
            let longer = next.starts_with(char::is_uppercase)
                || next == "of"
                || ORG_WORDS.contains(next.to_lowercase().trim_end_matches([',', '.', ';', ':']));
            // "San Diego County": the place's words, up to three.
            let mut place: Vec<&str> = body[..at]
                .rsplit([' ', '\n'])
                .take(3)
                .take_while(|w| {
                    w.starts_with(char::is_uppercase)
                        && !matches!(*w, "The" | "A")
                        && !w.ends_with(['.', ',', ';', ':'])
                })
                .collect();
            place.reverse();
            (ended && !longer && !place.is_empty()).then(|| format!("{} County", place.join(" ")))
        });
        let Some(first) = named.next() else { return };
        if named.all(|n| n == first) {
            self.org_by_noun.entry("county".into()).or_insert(Speaker::body(first));
        }
    }

    /// "The City of Rijeka", "the city", "the municipality": the city government the story named.
    pub(super) fn city_body(&self, words: &str) -> Option<Speaker> {
        let body = self.city_body.as_ref()?;
        let words = without_article(words);
        let head = body.name.split(' ').next().unwrap_or_default().to_lowercase();
        // "The city says", of a story that named "the municipality of Rotterdam": its government.
        // "City says", "a spokeswoman for the alcaldía", of a story that named "the Alcaldía Municipal de
        // Santa Ana".
        // "the municipality" of "the District Municipality of Pisac" too.
        let municipality = body.name.contains("Municipality of ");
        let municipal = municipality || matches!(head.as_str(), "alcaldía" | "municipalidad" | "câmara");
        let by_noun = words.eq_ignore_ascii_case(&head)
            || municipality && words.eq_ignore_ascii_case("municipality")
            || municipal && words.eq_ignore_ascii_case("city");
        // "the council", "Portalegre council", of a story that named "the Câmara Municipal de Portalegre".
        let place = body.name.rsplit(" de ").next().unwrap_or_default();
        let council = head == "câmara"
            && ["council", "municipality", &format!("{place} council"), &format!("{place} municipality")]
                .iter()
                .any(|w| words.eq_ignore_ascii_case(w));
        (words.eq_ignore_ascii_case(&body.name) || by_noun || council).then(|| body.clone())
    }

    /// "City Hall", "the city hall": the story's city's.
    pub(super) fn city_hall(&self, words: &str) -> Option<Speaker> {
        let words = without_article(words);
        words.eq_ignore_ascii_case("city hall").then(|| self.city_hall.clone()).flatten()
    }

    /// "Pécs City Hall said", "Makati city hall": the first city hall (or council)
    /// the text names by a city the gazetteer knows, as capitalised words before
    /// `office`. Not "But City Hall" nor "According to City Hall".
    fn named_in_full(&self, body: &str, office: &str) -> Option<String> {
        super::in_either_case(body, office).into_iter().find_map(|at| {
            let line = body[..at].rsplit('\n').next().unwrap_or_default();
            let words: Vec<&str> =
                line.split_whitespace().rev().take(3).take_while(|w| w.starts_with(char::is_uppercase)).collect();
            // The longest run of those words that is a known city: "San José", not "Said San José".
            (1..=words.len()).rev().find_map(|k| {
                let city = words[..k].iter().rev().copied().collect::<Vec<_>>().join(" ");
                self.is_city(&city).then(|| format!("{city} {office}"))
            })
        })
    }

    /// A capital or a listed place, named in full.
    fn is_city(&self, words: &str) -> bool {
        self.gaz.whole_mentions(words).any(|m| m.via == Via::Capital)
            || self.gaz.first_place(words) == Some((0, words.len()))
    }
}

/// Whether the story names `place`'s mayor or city council: the place is a city.
fn has_a_mayor(body: &str, place: &str) -> bool {
    [
        format!("ayor of {place}"),
        format!("{place} mayor"),
        format!("{place} Mayor"),
        format!("{place}'s mayor"),
        format!("{place} City Council"),
        format!("{place} City Hall"),
        format!("City Hall in {place}"),
    ]
    .iter()
    .any(|phrase| body.contains(phrase.as_str()))
}

/// The capitalised words `after` opens with, up to `most` and up to the first that
/// punctuation ends ("Calgary. The …"), without a possessive's 's.
fn capitalised_words(after: &str, most: usize) -> Vec<&str> {
    let mut ended = false;
    after
        .split([' ', '\n'])
        .take(most)
        .take_while(|w| {
            let open = !ended && w.starts_with(char::is_uppercase);
            ended = w.ends_with([',', '.', ';', ':']);
            open
        })
        .map(|w| w.trim_end_matches([',', '.', ';', ':']).trim_end_matches("'s").trim_end_matches("’s"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::learnt as ctx;

    #[test]
    fn a_municipality_written_small_is_the_city_s_government() {
        let mut c = ctx("Bridge shuts\n\nROTTERDAM — The municipality of Rotterdam said the girders had rusted.");
        assert_eq!(c.resolve("The municipality of Rotterdam").unwrap().name, "Municipality of Rotterdam");
        assert_eq!(c.resolve("the city").unwrap().name, "Municipality of Rotterdam");
        let mut c = ctx("Terraces\n\nThe City Municipality of Ljubljana said the tables must go.");
        assert_eq!(c.resolve("the city").unwrap().name, "City Municipality of Ljubljana");
        let mut c = ctx("Market\n\nPISAC — The District Municipality of Pisac will move the stalls.");
        assert_eq!(c.resolve("the municipality").unwrap().name, "District Municipality of Pisac");
        let mut c =
            ctx("Water\n\nAREQUIPA — The Provincial Municipality of Arequipa and the District Municipality of \
                         Cayma are fighting over water.");
        assert_eq!(c.resolve("The municipality").unwrap().name, "Provincial Municipality of Arequipa");
        let mut c =
            ctx("Vendors\n\nSANTA ANA — A census by the Alcaldía Municipal de Santa Ana in January counted 643.");
        assert_eq!(c.resolve("City").unwrap().name, "Alcaldía Municipal de Santa Ana");
        assert_eq!(c.resolve("A spokeswoman for the alcaldía").unwrap().name, "Alcaldía Municipal de Santa Ana");
        // Another town's, in a story filed elsewhere: not the city's.
        let mut c = ctx("Buses\n\nBOGOTÁ — The Alcaldía de Soacha and the capital disagree.");
        assert_ne!(c.resolve("The city").map(|s| s.name), Some("Alcaldía de Soacha".to_string()));
        // A kind written small before it: not the municipality the rule names.
        let mut c = ctx("Floods\n\nThe provincial municipality of Maynas declared an emergency.");
        assert_ne!(c.resolve("the municipality").map(|s| s.name), Some("Municipality of Maynas".to_string()));
    }

    #[test]
    fn a_city_government_named_so_is_the_city_and_the_municipality() {
        let mut c =
            ctx("Parade cut\n\nRIJEKA — The parade will be shorter, the City of Rijeka confirmed on Wednesday.");
        assert_eq!(c.resolve("the City of Rijeka").unwrap().name, "City of Rijeka");
        assert_eq!(c.resolve("A spokeswoman for the city").unwrap().name, "City of Rijeka");
        assert_eq!(c.resolve("The city").unwrap().name, "City of Rijeka");
        let mut c =
            ctx("Snow\n\nThe Municipality of Maribor said it had set money aside. The City of Calgary. The end.");
        assert_eq!(c.resolve("the municipality").unwrap().name, "Municipality of Maribor");
        // A body of the city is not its government.
        let mut c = ctx("Arrests\n\nThe City of London Police said two men were held.");
        assert_ne!(c.resolve("the city").map(|s| s.name), Some("City of London".to_string()));
    }

    #[test]
    fn city_hall_is_the_city_s_of_the_lead() {
        let c = ctx("Bus drivers threaten strike\n\nTbilisi's bus drivers will strike unless City Hall pays.");
        assert_eq!(c.city_hall("City Hall").unwrap().name, "Tbilisi City Hall");
    }

    #[test]
    fn city_hall_is_the_dateline_s_city() {
        let c = ctx("Repairs stall\n\nPORTO ALEGRE — Repairs in Brasília and here lag, City Hall said.");
        assert_eq!(c.city_hall("city hall").unwrap().name, "Porto Alegre City Hall");
    }

    #[test]
    fn city_hall_as_the_story_names_it() {
        let c = ctx("Costs rise\n\nIn Budapest, costs rose. Pécs City Hall said it would pay. City Hall said so.");
        assert_eq!(c.city_hall("City Hall").unwrap().name, "Pécs City Hall");
        let lead = "Residents protested again. ".repeat(25);
        let c = ctx(&format!("Tower row\n\n{lead}The Lviv City Council met. City hall says permits were issued."));
        assert_eq!(c.city_hall("city hall").unwrap().name, "Lviv City Council");
        let c = ctx(&format!(
            "Stalls row\n\n{lead}Officials of the Kampot Municipal Administration met. City Hall says no."
        ));
        assert_eq!(c.city_hall("City Hall").unwrap().name, "Kampot Municipal Administration");
        let c = ctx("Lease row\n\nTraders in Kutaisi will not leave, said the Mayor of Kutaisi. City Hall says no.");
        assert_eq!(c.city_hall("City Hall").unwrap().name, "Kutaisi City Hall");
        let c = ctx("Floods\n\nMANILA — Rains hit Luzon. Makati city hall said schools would close.");
        assert_eq!(c.city_hall("the city hall").unwrap().name, "Makati City Hall");
        let c = ctx("Tower row\n\nNothing here is about a city hall.");
        assert!(c.city_hall("the mayor").is_none());
    }

    #[test]
    fn no_city_no_city_hall() {
        for body in [
            "Tax row\n\nKansas lawmakers met in Kansas City, Missouri. But City Hall said no.",
            "Vote\n\nUNITED NATIONS — Delegates met. City Hall said nothing.",
            "Vote\n\nTexas lawmakers passed the bill. But City Hall said it would sue.",
            "Vote\n\nABOARD AIR FORCE ONE — The president spoke. Meanwhile City Hall said no.",
        ] {
            assert!(ctx(body).city_hall("City Hall").is_none(), "{body}");
        }
    }
}

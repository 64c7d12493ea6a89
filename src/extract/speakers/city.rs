//! The city's own voice: "City Hall said", "According to City Hall". Annotators
//! name it after its city ("Tbilisi City Hall"), or as the article names it in
//! full ("Pécs City Hall", "Lviv City Council").

use super::{Context, Speaker};
use crate::gazetteer::Via;

/// How far into the story its city is looked for when no dateline names it:
/// the lead names it ("Tbilisi's municipal bus drivers will walk off the job").
const LEAD_BYTES: usize = 600;

impl Context<'_> {
    /// Whose "City Hall" the story's is: a city hall or council it names in full,
    /// else the city of its dateline, else the first capital or known place of its lead.
    pub(super) fn learn_city_hall(&mut self, body: &str, dateline: Option<&str>) {
        if !body.contains("ity Hall") && !body.contains("ity hall") {
            return;
        }
        let hall = named_in_full(body, " City Hall");
        let city = || {
            let lead = body.lines().skip(1).collect::<Vec<_>>().join(" ");
            let lead = &lead[..(0..=LEAD_BYTES.min(lead.len())).rev().find(|&i| lead.is_char_boundary(i)).unwrap_or(0)];
            let capital = self.gaz.mentions(lead).into_iter().find(|m| m.via == Via::Capital).map(|m| (m.start, m.end));
            let place = self.gaz.first_place(lead);
            let first = match (capital, place) {
                (Some(c), Some(p)) => Some(if p.0 < c.0 { p } else { c }),
                (c, p) => c.or(p),
            };
            first.map(|(start, end)| lead[start..end].to_string())
        };
        let city = dateline.map(str::to_string).or_else(city);
        // "City hall says" of a story naming only "the Lviv City Council": the council.
        let council = || named_in_full(body, " City Council");
        self.city_hall = hall.or_else(|| city.map(|c| format!("{c} City Hall"))).or_else(council).map(Speaker::body);
    }

    /// "City Hall", "the city hall": the story's city's.
    pub(super) fn city_hall(&self, words: &str) -> Option<Speaker> {
        let words = words.strip_prefix("the ").or_else(|| words.strip_prefix("The ")).unwrap_or(words);
        words.eq_ignore_ascii_case("city hall").then(|| self.city_hall.clone()).flatten()
    }
}

/// "Pécs City Hall said": the first city hall (or council) the text names by its
/// city, as capitalised words before `office`.
fn named_in_full(body: &str, office: &str) -> Option<String> {
    body.match_indices(office).find_map(|(at, _)| {
        // Not "According to City Hall": a preposition or an article opens no city's name.
        let line = body[..at].rsplit('\n').next().unwrap_or_default();
        let city: Vec<&str> = line
            .split_whitespace()
            .rev()
            .take(3)
            .take_while(|w| {
                w.starts_with(char::is_uppercase)
                    && !w.ends_with([',', '.', ':', ';'])
                    && !matches!(*w, "According" | "The" | "A" | "In" | "At")
            })
            .collect();
        let city: Vec<&str> = city.into_iter().rev().collect();
        (!city.is_empty()).then(|| format!("{}{office}", city.join(" ")))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::Gazetteer;

    fn ctx(body: &str) -> Context<'static> {
        let mut c = Context::new(Gazetteer::builtin(), chrono::NaiveDate::from_ymd_opt(2025, 3, 1));
        c.learn_names(body);
        c
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
        let c = ctx("Tower row\n\nThe Ternivka City Council met. City hall says permits were issued.");
        assert_eq!(c.city_hall("city hall").unwrap().name, "Ternivka City Council");
        let c = ctx("Tower row\n\nNothing here is about a city hall.");
        assert!(c.city_hall("the mayor").is_none());
    }
}

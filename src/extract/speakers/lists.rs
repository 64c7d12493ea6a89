//! Bodies whose names hold a comma list: "Department of Biodiversity,
//! Conservation and Attractions", "Guilin Municipal Culture, Radio,
//! Television and Tourism Bureau". A capitalised run stops at the first
//! comma, so without this the body is learned by its first item only and
//! every claim goes to "Department of Biodiversity".

use super::lexicon::ORG_WORDS;

/// Heads whose portfolio may be a list: "Ministry of A, B and C".
const LIST_HEADS: [&str; 14] = [
    "Department", "Ministry", "Office", "Bureau", "Chamber", "Directorate", "Secretariat", "Organization",
    "Organisation", "Agency", "Commission", "Committee", "Institute", "Authority",
];

/// Where the name in `body[start..end]` really ends when a comma list
/// follows it, or `None` when it ends at `end`.
///
/// Two shapes: the list is the portfolio of a head before it ("Ministry of
/// Agriculture, Fisheries and Food"), or the list precedes the body's word,
/// which closes the last item ("Guilin Municipal Culture, Radio, Television
/// and Tourism Bureau"). Items that carry an organisation word themselves
/// make a list of bodies ("the Ministry of Health, the Police Service and
/// …"), which is left alone.
pub(super) fn listed_name_end(body: &str, start: usize, end: usize) -> Option<usize> {
    // Most names are followed by no list: look for one before reading the name.
    let list = list_after(&body[end..])?;
    let name = &body[start..end];
    let words: Vec<&str> = name.split_whitespace().collect();
    let headed = words.windows(2).any(|w| LIST_HEADS.contains(&w[0]) && matches!(w[1], "of" | "for"))
        && !words.last().is_some_and(|w| is_org_word(w));
    let closes_on_body = list.last.last().is_some_and(|w| is_org_word(w));
    if list.items.iter().any(|item| item.iter().any(|w| is_org_word(w))) || name.contains(" and ") {
        return None;
    }
    // Not "Manila, Davao, Cebu and Iloilo City Council": places in a row, the last one's body.
    let opener = |w: &&&str| matches!(**w, "In" | "At" | "On" | "For" | "From" | "By" | "With" | "The" | "And");
    let named = words.iter().skip_while(opener).count();
    let open_list = named >= 2 && !words.iter().any(|w| is_org_word(w));
    if headed && !list.last.iter().any(|w| is_org_word(w)) || open_list && closes_on_body {
        Some(end + list.len)
    } else {
        None
    }
}

fn is_org_word(word: &str) -> bool {
    ORG_WORDS.contains(word.to_lowercase().as_str())
}

/// ", B, C and D" after a name: the items between the commas, the last
/// item's words and the list's length in bytes. Every item is a run of
/// capitalised words.
struct CommaList<'a> {
    items: Vec<Vec<&'a str>>,
    last: Vec<&'a str>,
    len: usize,
}

fn list_after(rest: &str) -> Option<CommaList<'_>> {
    let mut items = Vec::new();
    let mut at = 0;
    while let Some(after) = rest[at..].strip_prefix(", ") {
        let (item, len) = capitalised_run(after)?;
        at += 2 + len;
        items.push(item);
        if rest[at..].starts_with(" and ") {
            break;
        }
    }
    let (last, len) = capitalised_run(rest[at..].strip_prefix(" and ")?)?;
    (!items.is_empty()).then_some(CommaList { items, last, len: at + " and ".len() + len })
}

/// The capitalised words at the start of `text` (with "of" or "and" not
/// counted: "and" ends the item) and their length in bytes.
fn capitalised_run(text: &str) -> Option<(Vec<&str>, usize)> {
    let mut words = Vec::new();
    let mut len = 0;
    // A line break ends the item as well as the name.
    let line = text.split('\n').next().unwrap_or_default();
    for word in line.split(' ') {
        let bare = word.trim_end_matches([',', '.', ';', ':', '’', '\'', ')']);
        let capitalised = bare.chars().next().is_some_and(char::is_uppercase)
            && bare.chars().all(|c| c.is_alphabetic() || c == '-' || c == '’' || c == '\'');
        if !capitalised || bare.len() != word.len() && !words.is_empty() && bare.is_empty() {
            break;
        }
        words.push(bare);
        len += if words.len() == 1 { 0 } else { 1 } + bare.len();
        if bare.len() != word.len() {
            break;
        }
    }
    (!words.is_empty()).then_some((words, len))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn extended(text: &str, first: &str) -> Option<&'static str> {
        let start = text.find(first).unwrap();
        let end = listed_name_end(text, start, start + first.len())?;
        Some(Box::leak(text[start..end].to_string().into_boxed_str()))
    }

    #[test]
    fn a_portfolio_list_belongs_to_the_name() {
        let text = "A spokesperson for the Department of Biodiversity, Conservation and Attractions said it would act.";
        assert_eq!(
            extended(text, "Department of Biodiversity"),
            Some("Department of Biodiversity, Conservation and Attractions")
        );
        let text = "the Department of Information, Culture and Tourism.\n\nNext paragraph";
        assert_eq!(extended(text, "Department of Information"), Some("Department of Information, Culture and Tourism"));
        let text = "the Limpopo Department of Co-operative Governance, Human Settlements and Traditional Affairs said";
        assert_eq!(
            extended(text, "Limpopo Department of Co-operative Governance"),
            Some("Limpopo Department of Co-operative Governance, Human Settlements and Traditional Affairs")
        );
    }

    #[test]
    fn a_list_closed_by_the_bodys_word_belongs_to_the_name() {
        let text = "The Guilin Municipal Culture, Radio, Television and Tourism Bureau said tickets would go.";
        assert_eq!(
            extended(text, "Guilin Municipal Culture"),
            Some("Guilin Municipal Culture, Radio, Television and Tourism Bureau")
        );
    }

    #[test]
    fn lists_of_bodies_and_people_stay_apart() {
        let text = "the Ministry of Health, the Police Service and Fire Brigade said";
        assert_eq!(extended(text, "Ministry of Health"), None);
        let text = "the Ministry of Health, Police Service and Fire Brigade said";
        assert_eq!(extended(text, "Ministry of Health"), None);
        let text = "Ministry of Finance officials, Anna Berg and Tom Hale said";
        assert_eq!(extended(text, "Ministry of Finance"), None);
        let text = "In Manila, Davao, Cebu and Iloilo City Council officials said";
        assert_eq!(extended(text, "In Manila"), None);
        let text = "Dr Anna Berg, Tom Hale and Joe Bloggs said";
        assert_eq!(extended(text, "Anna Berg"), None);
        let text = "the Ministry of Health and Welfare, Education and Sport said";
        assert_eq!(extended(text, "Ministry of Health and Welfare"), None);
    }
}

//! Acronyms built from syllables rather than initials, as Spanish,
//! Portuguese and Philippine bodies write them: "Asociación de Procesadores
//! Atuneros del Pacífico (Aprapac)", "Nagkahiusang Drayber sa Sugbo (Nadsug)".
//! Each word of the name the acronym uses gives it the start of the word.

use super::lexicon::ORG_WORDS;
use unicode_normalization::UnicodeNormalization;

/// The name at the end of `before` whose words' beginnings, in order, spell
/// `acronym` (words may be passed over, the first may not). Three words at
/// least must give letters, so that "Ana Lopez (Alo)" names nobody.
pub(super) fn syllabic_name<'t>(before: &'t str, acronym: &str) -> Option<&'t str> {
    let wanted = folded(acronym);
    if !(4..=16).contains(&wanted.len()) {
        return None;
    }
    let words = name_run(before);
    let folded_words: Vec<Vec<char>> = words.iter().map(|(_, w)| folded(w)).collect();
    let capitalised: Vec<bool> =
        words.iter().map(|(_, w)| w.starts_with(char::is_uppercase) || without_elision(w).is_some()).collect();
    let start = (0..words.len()).find(|&i| capitalised[i] && folded_words[i].first() == wanted.first())?;
    let mut memo = vec![None; (words.len() + 1) * (wanted.len() + 1)];
    let spelt = Spelling { words: &folded_words, capitalised: &capitalised, wanted: &wanted };
    let (given, named) = spelt.best(start, 0, true, &mut memo)?;
    let names = capitalised[start..].iter().filter(|&&c| c).count();
    // A body's name: a body's word in it, or four words or more with a linking word ("Nagkahiusang
    // Drayber sa Sugbo"). Not a person's nickname: "Concepción Hernández Ibáñez (Conchi)".
    let name = &words[start..];
    let body_word = |w: &str| {
        let w = w.to_lowercase();
        ORG_WORDS.contains(w.as_str()) || ROMANCE_BODY_WORDS.contains(&w.as_str())
    };
    let bodys = name.iter().any(|(_, w)| body_word(w))
        || name.len() >= 4 && name.iter().any(|(_, w)| w.chars().all(char::is_lowercase));
    // "Asociación de Ñandutí Artesanas del Ñeembucú (Ñanarñe)": the body's word the acronym leaves out.
    let org = |i: usize| capitalised[i] && ORG_WORDS.contains(words[i].1.to_lowercase().as_str());
    let start = match start {
        2.. if org(start - 2) && !capitalised[start - 1] => start - 2,
        1.. if org(start - 1) => start - 1,
        _ => start,
    };
    (given >= 3 && 2 * named >= names && bodys).then(|| before[words[start].0..].trim_end())
}

/// Heads of Spanish and Portuguese bodies' names that `ORG_WORDS` lacks ("Unión Nacional Arrocera
/// (Unarro)", "Cámara Costarricense Exportadora (Cacoex)").
const ROMANCE_BODY_WORDS: [&str; 15] = [
    "unión", "cámara", "câmara", "corporación", "comité", "consejo", "conselho", "empresa", "compañía", "sociedad",
    "junta", "frente", "coordinadora", "distribuidora", "société",
];

/// Lowercase letters without their marks: "Pacífico" → "pacifico"; a French word without its
/// elided article: "d'Eau" → "eau".
fn folded(word: &str) -> Vec<char> {
    let word = without_elision(word).unwrap_or(word);
    word.nfd().filter(|c| c.is_alphabetic()).flat_map(char::to_lowercase).collect()
}

/// "Eau" of "d'Eau", "Ivoire" of "d’Ivoire": a capitalised word after an elided article.
fn without_elision(word: &str) -> Option<&str> {
    let rest = ["d'", "d’", "l'", "l’"].iter().find_map(|a| word.strip_prefix(a))?;
    rest.starts_with(char::is_uppercase).then_some(rest)
}

/// The words just before the bracket that can belong to a name: capitalised,
/// or short linking words written small ("de", "del", "sa"); at most ten.
fn name_run(before: &str) -> Vec<(usize, &str)> {
    let mut run = Vec::new();
    for word in before.split_whitespace().rev().take(10) {
        let ends_clause = word.ends_with([',', '.', ';', ':', ')']) && !run.is_empty();
        let linking = word.chars().count() <= 3 && word.chars().all(char::is_lowercase);
        let named = word.starts_with(char::is_uppercase) || without_elision(word).is_some();
        if ends_clause || word.starts_with('(') || !(named || linking) {
            break;
        }
        run.push((word.as_ptr() as usize - before.as_ptr() as usize, word));
    }
    run.reverse();
    run
}

struct Spelling<'a> {
    words: &'a [Vec<char>],
    capitalised: &'a [bool],
    wanted: &'a [char],
}

impl Spelling<'_> {
    /// The most words giving letters, and of them the most capitalised, that
    /// spell `wanted[at..]` from word `word` on; `None` when none can.
    fn best(
        &self,
        word: usize,
        at: usize,
        must_give: bool,
        memo: &mut [Option<Option<(usize, usize)>>],
    ) -> Option<(usize, usize)> {
        if at == self.wanted.len() {
            return Some((0, 0));
        }
        if word == self.words.len() {
            return None;
        }
        let key = word * (self.wanted.len() + 1) + at;
        if !must_give {
            if let Some(known) = memo[key] {
                return known;
            }
        }
        let shared = self.words[word].iter().zip(&self.wanted[at..]).take_while(|(a, b)| a == b).count();
        let capital = usize::from(self.capitalised[word]);
        let given = (1..=shared)
            .filter_map(|n| self.best(word + 1, at + n, false, memo).map(|(g, c)| (g + 1, c + capital)))
            .max();
        let found = if must_give { given } else { given.max(self.best(word + 1, at, false, memo)) };
        if !must_give {
            memo[key] = Some(found);
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::syllabic_name;

    #[test]
    fn a_name_whose_word_beginnings_spell_the_acronym() {
        let before = "the Asociación de Procesadores Atuneros del Pacífico";
        assert_eq!(syllabic_name(before, "Aprapac"), Some("Asociación de Procesadores Atuneros del Pacífico"));
        assert_eq!(syllabic_name("the Nagkahiusang Drayber sa Sugbo", "Nadsug"), Some("Nagkahiusang Drayber sa Sugbo"));
        assert_eq!(syllabic_name("the Unión Nacional Arrocera", "Unarro"), Some("Unión Nacional Arrocera"));
        // Words the acronym passes over, inside and at the end.
        let before = "Federación Regional de Cooperativas Mineras Sumaj Orqo";
        assert_eq!(syllabic_name(before, "Ferecomin"), Some(before));
        let before = "said the Sindicato de Médicos del Hospital Quintanilla";
        assert_eq!(syllabic_name(before, "SIMEQ"), Some("Sindicato de Médicos del Hospital Quintanilla"));
        let before = "the Asociación de Ñandutí Artesanas del Ñeembucú";
        assert_eq!(syllabic_name(before, "Ñanarñe"), Some("Asociación de Ñandutí Artesanas del Ñeembucú"));
        // French elided articles: "d'Eau" gives "E", "d'Ivoire" "I".
        let before = "The Société de Distribution d'Eau de la Côte d'Ivoire";
        assert_eq!(syllabic_name(before, "SODECI"), Some("Société de Distribution d'Eau de la Côte d'Ivoire"));
    }

    #[test]
    fn no_name_from_two_words_a_place_or_a_broken_spelling() {
        assert_eq!(syllabic_name("Senator Ana Lopez", "Alop"), None);
        assert_eq!(syllabic_name("Concepción Hernández Ibáñez", "Conchi"), None);
        assert_eq!(syllabic_name("Manuel Olmedo Lorenzo", "Manolo"), None);
        assert_eq!(syllabic_name("Golden Loom Apparel", "Cambodia"), None);
        assert_eq!(syllabic_name("Health Official Report", "Hansard"), None);
        assert_eq!(syllabic_name("It said, Asociación de Procesadores", "Aprapac"), None);
        // Most of the name's words must give letters.
        assert_eq!(syllabic_name("Asociación Pro Avenida Central Norte Sur Oeste", "Asproave"), None);
    }
}

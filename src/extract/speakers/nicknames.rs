//! How tabloids and features write names: nicknames (`Darragh "The
//! Hurricane" Foley`, "who is known … as Buck") and names in capitals
//! ("GEMMA Pryce", "TERRY WRAGG").

use super::names::title_case;
use super::{Context, Speaker};

impl Context<'_> {
    /// `Darragh "The Hurricane" Foley`: the name without its nickname, and
    /// the nickname ("Hurricane", "Tank") kept for the person it stands for.
    pub(super) fn learn_nicknames<'b>(&mut self, body: &'b str) -> std::borrow::Cow<'b, str> {
        static NICKNAMED: std::sync::LazyLock<crate::segment::wordre::WordRegex> = std::sync::LazyLock::new(|| {
            crate::segment::wordre::WordRegex::new(
                r#"\b(\p{Lu}\p{Ll}+) ["“‘']((?:The |the )?\p{Lu}[\p{L} -]{1,24})["”’'] (\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}\p{Ll}+)?)\b"#,
            )
        });
        // "Raymond Tillman, president of AMTU Local 1187, who is known across the plant simply as
        // Buck", "Rodolfo Manalastas, 58, whom everyone here calls Ka Dolfo".
        static KNOWN_AS: std::sync::LazyLock<crate::segment::wordre::WordRegex> = std::sync::LazyLock::new(|| {
            crate::segment::wordre::WordRegex::new(
                r"\b(\p{Lu}\p{Ll}+ \p{Lu}[\p{L}’'-]+)[^.“”]{0,120}?\b(?:(?:known|nicknamed)\b[^.“”]{0,40}?\bas|(?:whom|who)\b[^.“”]{0,30}?\bcalls?) (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)\b",
            )
        });
        if body.contains("known") || body.contains("nicknamed") || body.contains(" call") {
            for c in KNOWN_AS.on(body).captures_iter(body) {
                let person = Speaker { name: c[1].to_string(), person: true, gender: None };
                self.by_surname.entry(c[2].to_string()).or_insert(person);
            }
        }
        let nicknamed = NICKNAMED.on(body);
        for c in nicknamed.captures_iter(body) {
            let person = Speaker { name: format!("{} {}", &c[1], &c[3]), person: true, gender: None };
            let nickname = c[2].trim_start_matches("The ").trim_start_matches("the ").to_string();
            self.by_surname.entry(nickname).or_insert(person);
        }
        nicknamed.replace_all(body, "$1 $3")
    }
}

/// "GEMMA Pryce last night accused", "ROVERS boss TERRY WRAGG": the
/// tabloid's capitalised names, written as the names they are.
pub(super) fn tabloid_caps(body: &str) -> String {
    // Word boundaries through WordRegex: ASCII-fast, exact on accented names.
    static CAPS_NAME: std::sync::LazyLock<crate::segment::wordre::WordRegex> = std::sync::LazyLock::new(|| {
        crate::segment::wordre::WordRegex::new(r"\b\p{Lu}{2,}(?: \p{Lu}{3,}){1,3}\b|\b\p{Lu}{3,} \p{Lu}\p{Ll}+")
    });
    // "TERRY WRAGG", "SIR GEOFFREY PALLISTER", "GEMMA Pryce".
    CAPS_NAME
        .on(body)
        .replace_all(body, |c: &regex::Captures| c[0].split(' ').map(title_case).collect::<Vec<_>>().join(" "))
        .into_owned()
}

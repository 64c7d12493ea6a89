//! The one function that turns stories, outlets and titles into file names.
//!
//! Everything that becomes part of a path in the store passes through
//! [`slug`], so traversal (`../`), absolute paths, control characters,
//! reserved device names and overlong names cannot reach the file system.

use unicode_normalization::UnicodeNormalization;

const MAX_LEN: usize = 60;
const RESERVED: &[&str] =
    &["con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "lpt1", "lpt2", "lpt3", "entities"];

/// Lowercase ASCII letters, digits and single hyphens; never empty.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.nfkd().filter(|c| !unicode_normalization::char::is_combining_mark(*c)) {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
        if out.len() >= MAX_LEN {
            break;
        }
    }
    let trimmed = out.trim_matches('-').to_string();
    let meaningful = text.chars().any(|c| !c.is_whitespace() && !c.is_ascii_punctuation() && !c.is_control());
    if trimmed.is_empty() && meaningful {
        // "ストーリー", "🔥 news": names with no Latin letters stay apart from each other.
        format!("untitled-{}", tag(text.trim()))
    } else if trimmed.is_empty() {
        "untitled".to_string()
    } else if RESERVED.contains(&trimmed.as_str()) {
        format!("{trimmed}-")
    } else {
        trimmed
    }
}

/// Eight hex digits of a hash of `text`: a short, stable mark that keeps
/// apart names that would otherwise be the same.
pub fn tag(text: &str) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(text.as_bytes()).iter().take(4).map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::slug;

    #[test]
    fn plain_titles() {
        assert_eq!(slug("Putin will ‘not rule out’ sending weapons"), "putin-will-not-rule-out-sending-weapons");
        assert_eq!(slug("Séoul Herald"), "seoul-herald");
        assert_eq!(slug("Moscow–Pyongyang pact"), "moscow-pyongyang-pact");
    }

    #[test]
    fn hostile_names_stay_inside() {
        assert_eq!(slug("../../etc/passwd"), "etc-passwd");
        assert_eq!(slug("/absolute"), "absolute");
        assert_eq!(slug("a\u{0}b\nc"), "a-b-c");
        assert_eq!(slug(""), "untitled");
        assert_eq!(slug("..."), "untitled");
        assert!(slug("ストーリー").starts_with("untitled-"));
        assert_ne!(slug("ストーリー"), slug("物語"));
        assert_ne!(slug("🔥🔥"), "untitled");
        assert_eq!(slug("CON"), "con-");
        assert!(slug(&"x".repeat(10_000)).len() <= 60);
    }
}

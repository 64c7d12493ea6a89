//! Headlines labelled with the person who made the statement and written
//! without quotation marks: "Asanaliev: no new tariff hike before the heating
//! season ends". Credited after the body is read, to a person the body quotes,
//! so that a capitalised topic ("Lyon:", "Youth Day:", "Transcript:") is never
//! taken for a speaker.

use super::claim::Draft;
use crate::model::ClaimKind;
use crate::segment;

/// Adds the headline's claim when its label names a person that one of
/// `drafts` (the body's claims) is credited to; the headline's unattributed
/// drafts give way to it.
pub fn credit_labelled_headline(body: &str, drafts: &mut Vec<Draft>) {
    let Some(headline) = segment::paragraphs(body).first().cloned() else { return };
    let in_headline = |d: &Draft| d.unit.start < headline.end;
    if drafts.iter().any(|d| in_headline(d) && d.speaker.is_some()) {
        return;
    }
    let text = &body[headline.clone()];
    let Some(colon) = text.find(": ") else { return };
    let label: Vec<&str> = text[..colon].split_whitespace().collect();
    let said = &text[colon + 2..];
    let plain = !said.contains(['"', '“', '”', '‘', '’']) && !said.trim_end().ends_with('?');
    let capitalised = label.iter().all(|w| w.starts_with(char::is_uppercase));
    if label.is_empty() || label.len() > 4 || !capitalised || !plain || said.split_whitespace().count() < 3 {
        return;
    }
    let surname = label[label.len() - 1];
    // "Finance Minister:": an office, whoever holds it.
    if super::speakers::lexicon::TITLES.contains(surname.to_lowercase()) {
        return;
    }
    let speaker = drafts.iter().filter_map(|d| d.speaker.as_ref()).find(|s| {
        let names: Vec<&str> = s.name.split_whitespace().collect();
        // "Linggi anak Sumbang", "Azlan bin Hamzah": named by his own name, before "son of".
        let own_name = names.first() == Some(&surname)
            && names.get(1).is_some_and(|p| super::speakers::lexicon::FILIAL_PARTICLES.contains(p));
        s.person && names.len() >= 2 && (names.last() == Some(&surname) || own_name)
    });
    let Some(speaker) = speaker.cloned() else { return };
    let said = headline.start + colon + 2..headline.end;
    drafts.retain(|d| !in_headline(d));
    let d = Draft::new(ClaimKind::Reported, speaker, &text[..colon], None, vec![said], headline);
    drafts.insert(0, d);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::speakers::Speaker;

    fn credited(body: &str, speaker: &str) -> Vec<(String, String)> {
        let person = Speaker { name: speaker.to_string(), person: true, gender: None };
        let at = body.rfind("said").expect("a body claim");
        let said = at..body.len();
        let mut drafts = vec![Draft::new(ClaimKind::Reported, person, speaker, None, vec![said.clone()], said)];
        credit_labelled_headline(body, &mut drafts);
        drafts
            .iter()
            .map(|d| (d.speaker.as_ref().unwrap().name.clone(), body[d.content[0].clone()].to_string()))
            .collect()
    }

    #[test]
    fn a_label_naming_a_person_the_body_quotes() {
        let body = "Asanaliev: no new tariff hike this winter\n\nMinister Nurbolot Asanaliev said tariffs hold.";
        let got = credited(body, "Nurbolot Asanaliev");
        assert_eq!(got[0], ("Nurbolot Asanaliev".to_string(), "no new tariff hike this winter".to_string()));
        assert_eq!(got.len(), 2);
        let body = "Tuai Rumah Linggi: We will not move\n\nTuai Rumah Linggi anak Sumbang said the road stays shut.";
        assert_eq!(credited(body, "Linggi anak Sumbang")[0].0, "Linggi anak Sumbang");
    }

    #[test]
    fn a_topic_a_question_or_a_stranger_is_no_label() {
        for head in [
            "Lyon: thousands of teachers march",
            "Asanaliev: will tariffs rise this winter?",
            "Tariffs: no new hike this winter",
        ] {
            let body = format!("{head}\n\nMinister Nurbolot Asanaliev said tariffs hold.");
            assert_eq!(credited(&body, "Nurbolot Asanaliev").len(), 1, "{head}");
        }
    }
}

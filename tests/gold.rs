//! Extraction quality on the annotated sets. `tests/gold/` was developed
//! against; `tests/heldout/`, `tests/unseen/` and `tests/final/` were each
//! written apart from the extractor and measured before any tuning on them
//! (first figures in the issue notes), then kept as regression sets.

use claimtrack::eval::Score;
use claimtrack::gazetteer::Gazetteer;
use std::path::Path;

fn total(dir: &str) -> (Score, String) {
    let scores = claimtrack::eval::evaluate_dir(Path::new(dir), Gazetteer::builtin()).unwrap();
    let report: Vec<String> = scores
        .iter()
        .map(|s| {
            format!("{}: P {:.3} R {:.3} speaker {:.3}", s.article, s.precision(), s.recall(), s.speaker_accuracy())
        })
        .collect();
    (scores.last().unwrap().clone(), report.join("\n"))
}

fn assert_newsroom_grade(dir: &str, min_gold: usize) {
    let (t, report) = total(dir);
    assert!(t.gold >= min_gold, "{dir}: only {} annotated claims", t.gold);
    assert!(t.precision() >= 0.90, "{dir}: precision below 0.90:\n{report}");
    assert!(t.recall() >= 0.90, "{dir}: recall below 0.90:\n{report}");
    assert!(t.speaker_accuracy() >= 0.90, "{dir}: speaker accuracy below 0.90:\n{report}");
}

/// A set below newsroom grade must not fall below the (precision, recall,
/// speaker accuracy) it has reached.
fn assert_floor(dir: &str, min_gold: usize, (precision, recall, speaker): (f64, f64, f64)) {
    let (t, report) = total(dir);
    assert!(t.gold >= min_gold, "{dir}: only {} annotated claims", t.gold);
    let held = t.precision() >= precision && t.recall() >= recall && t.speaker_accuracy() >= speaker;
    assert!(held, "{dir}: below its floor P {precision} R {recall} speaker {speaker}:\n{report}");
}

#[test]
fn gold_set_reaches_newsroom_grade() {
    assert_newsroom_grade("tests/gold", 100);
}

#[test]
fn held_out_set_reaches_newsroom_grade() {
    assert_newsroom_grade("tests/heldout", 90);
}

#[test]
fn unseen_set_reaches_newsroom_grade() {
    assert_newsroom_grade("tests/unseen", 75);
}

#[test]
fn final_set_reaches_newsroom_grade() {
    assert_newsroom_grade("tests/final", 95);
}

/// `tests/blind/` was measured once before any tuning (P 0.990, R 0.884,
/// speaker 0.798); fixes for the error types it showed have since brought it
/// to newsroom grade.
#[test]
fn blind_set_reaches_newsroom_grade() {
    assert_newsroom_grade("tests/blind", 100);
}

/// `tests/blind2/` was measured once before any tuning (P 0.968, R 0.885,
/// speaker 0.707).
#[test]
fn second_blind_set_reaches_newsroom_grade() {
    assert_newsroom_grade("tests/blind2", 100);
}

/// `tests/blind3/` was measured once before any tuning (P 0.950, R 0.788,
/// speaker 0.765); it guards the floor reached since, below newsroom grade
/// on recall and speakers.
#[test]
fn third_blind_set_keeps_its_floor() {
    assert_floor("tests/blind3", 140, (0.95, 0.88, 0.88));
}

/// `tests/blind4/` was measured once before any tuning (P 1.000, R 0.895,
/// speaker 0.772).
#[test]
fn fourth_blind_set_reaches_newsroom_grade() {
    assert_newsroom_grade("tests/blind4", 150);
}

/// `tests/blind5/` was measured once before any tuning (P 0.957, R 0.881,
/// speaker 0.857).
#[test]
fn fifth_blind_set_reaches_newsroom_grade() {
    assert_newsroom_grade("tests/blind5", 150);
}

/// `tests/blind6/` was measured once before any tuning (P 0.913, R 0.919,
/// speaker 0.854).
#[test]
fn sixth_blind_set_reaches_newsroom_grade() {
    assert_newsroom_grade("tests/blind6", 145);
}

/// `tests/blind7/` was measured once before any tuning (P 0.970, R 0.860,
/// speaker 0.791).
#[test]
fn seventh_blind_set_reaches_newsroom_grade() {
    assert_newsroom_grade("tests/blind7", 145);
}

/// `tests/blind8/` was measured once before any tuning (P 0.946, R 0.891,
/// speaker 0.691).
#[test]
fn eighth_blind_set_reaches_newsroom_grade() {
    assert_newsroom_grade("tests/blind8", 150);
}

/// `tests/blind9/` was measured once before any tuning (P 0.936, R 0.907,
/// speaker 0.767).
#[test]
fn ninth_blind_set_reaches_newsroom_grade() {
    assert_newsroom_grade("tests/blind9", 155);
}

/// `tests/blind10/` was measured once before any tuning (P 0.933, R 0.886,
/// speaker 0.636); it guards the floor reached since, below newsroom grade
/// on speakers.
#[test]
fn tenth_blind_set_keeps_its_floor() {
    assert_floor("tests/blind10", 155, (0.95, 0.90, 0.88));
}

/// `tests/blind11/` was measured once before any tuning (P 0.952, R 0.892,
/// speaker 0.700); it guards the floor reached since.
#[test]
fn eleventh_blind_set_keeps_its_floor() {
    assert_floor("tests/blind11", 150, (0.95, 0.88, 0.86));
}

/// `tests/blind12/` was measured once before any tuning (P 0.947, R 0.846,
/// speaker 0.741); it guards the floor reached since.
#[test]
fn twelfth_blind_set_keeps_its_floor() {
    assert_floor("tests/blind12", 160, (0.95, 0.88, 0.86));
}

/// `tests/blind13/` was first measured (P 0.947, R 0.846, speaker 0.754)
/// once its transcript no longer made extraction panic; it guards the floor
/// reached since.
#[test]
fn thirteenth_blind_set_keeps_its_floor() {
    assert_floor("tests/blind13", 145, (0.95, 0.88, 0.87));
}

/// `tests/blind14/` and `tests/blind15/` were measured once, as the last
/// held-out sets of a round of fixes (P 0.978 and 0.948, R 0.811 and 0.845,
/// speaker 0.774 and 0.769); they guard the floors reached since.
#[test]
fn fourteenth_and_fifteenth_blind_sets_keep_their_floors() {
    assert_floor("tests/blind14", 160, (0.95, 0.84, 0.86));
    assert_floor("tests/blind15", 170, (0.95, 0.84, 0.90));
}

/// `tests/blind16/` and `tests/blind17/` were measured once before any
/// tuning on them (P 0.891 and 0.952, R 0.858 and 0.838, speaker 0.734 and
/// 0.664); they guard the floors reached since.
#[test]
fn sixteenth_and_seventeenth_blind_sets_keep_their_floors() {
    assert_floor("tests/blind16", 160, (0.90, 0.85, 0.86));
    assert_floor("tests/blind17", 165, (0.95, 0.84, 0.81));
}

/// `tests/blind18/` and `tests/blind19/` were measured once, after every
/// other fix of their round, before any tuning on them (P 0.977 and 0.918,
/// R 0.850 and 0.809, speaker 0.784 and 0.756); they guard the floors
/// reached since.
#[test]
fn eighteenth_and_nineteenth_blind_sets_keep_their_floors() {
    assert_floor("tests/blind18", 145, (0.95, 0.84, 0.81));
    assert_floor("tests/blind19", 150, (0.93, 0.84, 0.78));
}

/// `tests/blind20/` and `tests/blind21/` were measured once before any
/// tuning on them (P 0.928 and 0.946, R 0.805 and 0.819, speaker 0.750 and
/// 0.757); they guard the floors reached since.
#[test]
fn twentieth_and_twenty_first_blind_sets_keep_their_floors() {
    assert_floor("tests/blind20", 155, (0.95, 0.86, 0.81));
    assert_floor("tests/blind21", 170, (0.93, 0.85, 0.86));
}

/// `tests/blind22/` and `tests/blind23/` were measured once, after the
/// fixes for `tests/blind20/` and `tests/blind21/`, before any tuning on
/// them (P 0.956 and 0.963, R 0.833 and 0.862, speaker 0.600 and 0.667);
/// they guard the floors reached since.
#[test]
fn twenty_second_and_twenty_third_blind_sets_keep_their_floors() {
    assert_floor("tests/blind22", 150, (0.95, 0.84, 0.75));
    assert_floor("tests/blind23", 180, (0.93, 0.84, 0.78));
}

/// `tests/blind24/` and `tests/blind25/` were measured once before any
/// tuning on them (P 0.943 and 0.965, R 0.757 and 0.855, speaker 0.730 and
/// 0.794); they guard the floors reached since.
#[test]
fn twenty_fourth_and_twenty_fifth_blind_sets_keep_their_floors() {
    assert_floor("tests/blind24", 150, (0.95, 0.81, 0.79));
    assert_floor("tests/blind25", 155, (0.95, 0.84, 0.82));
}

/// `tests/blind26/` and `tests/blind27/` were measured once, after the
/// fixes for `tests/blind24/` and `tests/blind25/`, before any tuning on
/// them (P 0.936 and 0.993, R 0.784 and 0.888, speaker 0.656 and 0.788).
#[test]
fn twenty_sixth_and_twenty_seventh_blind_sets_keep_their_floors() {
    assert_floor("tests/blind26", 165, (0.95, 0.82, 0.79));
    assert_floor("tests/blind27", 165, (0.97, 0.90, 0.83));
}

/// `tests/blind28/` and `tests/blind29/` were measured once, after the
/// fixes for `tests/blind24/` to `tests/blind27/`, before any tuning on
/// them (P 0.987 and 0.942, R 0.956 and 0.839, speaker 0.808 and 0.523).
#[test]
fn twenty_eighth_and_twenty_ninth_blind_sets_keep_their_floors() {
    assert_floor("tests/blind28", 155, (0.97, 0.93, 0.85));
    assert_floor("tests/blind29", 150, (0.92, 0.85, 0.76));
}

/// `tests/blind30/` and `tests/blind31/` were measured once before any
/// tuning on them (P 0.972 and 0.955, R 0.849 and 0.842, speaker 0.780 and
/// 0.738); they guard the floors reached since.
#[test]
fn thirtieth_and_thirty_first_blind_sets_keep_their_floors() {
    assert_floor("tests/blind30", 160, (0.95, 0.86, 0.85));
    assert_floor("tests/blind31", 170, (0.94, 0.85, 0.78));
}

/// `tests/blind32/` and `tests/blind33/` were measured once, after the
/// fixes for `tests/blind30/` and `tests/blind31/`, before any tuning on
/// them (P 0.935 and 0.944, R 0.806 and 0.893, speaker 0.775 and 0.828).
#[test]
fn thirty_second_and_thirty_third_blind_sets_keep_their_floors() {
    assert_floor("tests/blind32", 155, (0.93, 0.81, 0.81));
    assert_floor("tests/blind33", 145, (0.93, 0.88, 0.85));
}

/// `tests/blind34/` and `tests/blind35/` were measured once, after the
/// fixes for `tests/blind30/` to `tests/blind33/`, before any tuning on
/// them (P 0.957 and 0.973, R 0.821 and 0.894, speaker 0.805 and 0.792).
#[test]
fn thirty_fourth_and_thirty_fifth_blind_sets_keep_their_floors() {
    assert_floor("tests/blind34", 155, (0.93, 0.81, 0.81));
    assert_floor("tests/blind35", 155, (0.95, 0.88, 0.81));
}

/// `tests/blind36/` and `tests/blind37/` were measured once, after the
/// fixes for `tests/blind30/` to `tests/blind35/`, before any tuning on
/// them (P 0.941 and 0.993, R 0.867 and 0.881, speaker 0.660 and 0.686).
#[test]
fn thirty_sixth_and_thirty_seventh_blind_sets_keep_their_floors() {
    assert_floor("tests/blind36", 160, (0.92, 0.85, 0.76));
    assert_floor("tests/blind37", 155, (0.98, 0.87, 0.74));
}

/// `tests/blind38/` and `tests/blind39/` were measured once, before any tuning on
/// them and after the fixes for the sets before them (P 0.948 and 0.878,
/// R 0.885 and 0.929, speaker 0.719 and 0.854).
#[test]
fn thirty_eighth_and_thirty_ninth_blind_sets_keep_their_floors() {
    assert_floor("tests/blind38", 160, (0.94, 0.85, 0.81));
    assert_floor("tests/blind39", 165, (0.87, 0.90, 0.84));
}

/// `tests/blind40/` and `tests/blind41/` were measured once, before any tuning on
/// them and after the fixes for the sets before them (P 0.979 and 0.951,
/// R 0.850 and 0.865, speaker 0.789 and 0.756).
#[test]
fn fortieth_and_forty_first_blind_sets_keep_their_floors() {
    assert_floor("tests/blind40", 160, (0.96, 0.86, 0.76));
    assert_floor("tests/blind41", 150, (0.95, 0.86, 0.78));
}

/// `tests/blind42/` and `tests/blind43/` were measured once, before any tuning on
/// them and after the fixes for the sets before them (P 0.957 and 0.979,
/// R 0.826 and 0.877, speaker 0.677 and 0.711).
#[test]
fn forty_second_and_forty_third_blind_sets_keep_their_floors() {
    assert_floor("tests/blind42", 155, (0.96, 0.88, 0.75));
    assert_floor("tests/blind43", 155, (0.95, 0.85, 0.76));
}

/// `tests/blind44/` and `tests/blind45/` were measured once, before any tuning on
/// them and after the fixes for the sets before them (P 0.923 and 0.955,
/// R 0.846 and 0.778, speaker 0.832 and 0.754).
#[test]
fn forty_fourth_and_forty_fifth_blind_sets_keep_their_floors() {
    assert_floor("tests/blind44", 160, (0.90, 0.82, 0.81));
    assert_floor("tests/blind45", 155, (0.94, 0.84, 0.77));
}

/// `tests/blind46/` and `tests/blind47/` were measured once, before any tuning on
/// them and after the fixes for the sets before them (P 0.938 and 0.966,
/// R 0.846 and 0.846, speaker 0.693 and 0.741).
#[test]
fn forty_sixth_and_forty_seventh_blind_sets_keep_their_floors() {
    assert_floor("tests/blind46", 155, (0.91, 0.82, 0.74));
    assert_floor("tests/blind47", 160, (0.94, 0.83, 0.71));
}

/// `tests/blind48/` and `tests/blind49/` were measured once, before any tuning on
/// them and after the fixes for the sets before them (P 0.884 and 0.943,
/// R 0.878 and 0.871, speaker 0.876 and 0.723).
#[test]
fn forty_eighth_and_forty_ninth_blind_sets_keep_their_floors() {
    assert_floor("tests/blind48", 150, (0.86, 0.85, 0.90));
    assert_floor("tests/blind49", 165, (0.92, 0.85, 0.81));
}

/// `tests/blind50/` and `tests/blind51/` were measured once, before any tuning on
/// them and after the fixes for the sets before them (P 0.968 and 0.979,
/// R 0.828 and 0.817, speaker 0.738 and 0.755).
#[test]
fn fiftieth_and_fifty_first_blind_sets_keep_their_floors() {
    assert_floor("tests/blind50", 175, (0.94, 0.81, 0.78));
    assert_floor("tests/blind51", 170, (0.95, 0.79, 0.77));
}

/// `tests/blind52/` and `tests/blind53/` were measured once, before any tuning on
/// them and after the fixes for the sets before them (P 0.974 and 0.956,
/// R 0.876 and 0.862, speaker 0.811 and 0.725).
#[test]
fn fifty_second_and_fifty_third_blind_sets_keep_their_floors() {
    assert_floor("tests/blind52", 160, (0.95, 0.85, 0.84));
    assert_floor("tests/blind53", 145, (0.93, 0.84, 0.76));
}

/// `tests/blind54/` and `tests/blind55/` were measured once, before any tuning on
/// them and after the fixes for the sets before them (P 0.994 and 0.920,
/// R 0.889 and 0.840, speaker 0.688 and 0.643).
#[test]
fn fifty_fourth_and_fifty_fifth_blind_sets_keep_their_floors() {
    assert_floor("tests/blind54", 175, (0.97, 0.86, 0.75));
    assert_floor("tests/blind55", 145, (0.94, 0.81, 0.80));
}

/// `tests/blind56/` to `tests/blind59/` were measured once, before any tuning
/// on them and after the fixes for the sets before them (P 0.926, 0.969, 0.986
/// and 0.940; R 0.857, 0.817, 0.861 and 0.838; speaker 0.667, 0.776, 0.811 and
/// 0.700).
#[test]
fn fifty_sixth_to_fifty_ninth_blind_sets_keep_their_floors() {
    assert_floor("tests/blind56", 155, (0.90, 0.86, 0.80));
    assert_floor("tests/blind57", 150, (0.93, 0.88, 0.82));
    assert_floor("tests/blind58", 160, (0.96, 0.84, 0.81));
    assert_floor("tests/blind59", 160, (0.92, 0.83, 0.81));
}

/// `tests/blind60/` and `tests/blind61/` were measured once, before any tuning
/// on them and after the fixes for the sets before them (P 0.940 and 0.967,
/// R 0.876 and 0.833, speaker 0.816 and 0.752).
#[test]
fn sixtieth_and_sixty_first_blind_sets_keep_their_floors() {
    assert_floor("tests/blind60", 155, (0.94, 0.85, 0.85));
    assert_floor("tests/blind61", 170, (0.96, 0.81, 0.74));
}

/// `tests/blind62/` to `tests/blind67/` were measured once, before any tuning
/// on them and after the fixes for the sets before them, when `eval` still
/// compared unnamed sources word for word (P 0.895, 0.972, 0.957, 0.930, 0.948
/// and 0.957; R 0.815, 0.847, 0.817, 0.847, 0.794 and 0.848; speaker 0.803,
/// 0.725, 0.799, 0.737, 0.709 and 0.761).
#[test]
fn sixty_second_to_sixty_seventh_blind_sets_keep_their_floors() {
    assert_floor("tests/blind62", 160, (0.87, 0.80, 0.85));
    assert_floor("tests/blind63", 160, (0.95, 0.83, 0.78));
    assert_floor("tests/blind64", 160, (0.93, 0.84, 0.83));
    assert_floor("tests/blind65", 150, (0.91, 0.84, 0.85));
    assert_floor("tests/blind66", 155, (0.94, 0.81, 0.76));
    assert_floor("tests/blind67", 155, (0.93, 0.84, 0.81));
}

/// `tests/blind68/` to `tests/blind71/` were measured once, before any tuning
/// on them and after the fixes for the sets before them (P 0.968, 0.986, 0.949
/// and 0.966; R 0.861, 0.837, 0.909 and 0.866; speaker 0.685, 0.812, 0.725 and
/// 0.754).
#[test]
fn sixty_eighth_to_seventy_first_blind_sets_keep_their_floors() {
    assert_floor("tests/blind68", 170, (0.94, 0.87, 0.71));
    assert_floor("tests/blind69", 170, (0.96, 0.82, 0.78));
    assert_floor("tests/blind70", 160, (0.92, 0.88, 0.78));
    assert_floor("tests/blind71", 160, (0.94, 0.85, 0.82));
}

/// `tests/blind72/` to `tests/blind79/` were measured once, before any tuning
/// on them and after the fixes for the sets before them (P 0.967, 0.963,
/// 0.962, 0.979, 0.959, 0.897, 0.933 and 0.981; R 0.907, 0.895, 0.899, 0.896,
/// 0.821, 0.765, 0.818 and 0.908; speaker 0.822, 0.805, 0.855, 0.848, 0.859,
/// 0.607, 0.738 and 0.873).
#[test]
fn seventy_second_to_seventy_ninth_blind_sets_keep_their_floors() {
    assert_floor("tests/blind72", 155, (0.95, 0.89, 0.82));
    assert_floor("tests/blind73", 165, (0.94, 0.89, 0.86));
    assert_floor("tests/blind74", 165, (0.94, 0.89, 0.82));
    assert_floor("tests/blind75", 150, (0.95, 0.89, 0.85));
    assert_floor("tests/blind76", 170, (0.94, 0.81, 0.87));
    assert_floor("tests/blind77", 180, (0.87, 0.75, 0.73));
    assert_floor("tests/blind78", 150, (0.93, 0.86, 0.80));
    assert_floor("tests/blind79", 170, (0.96, 0.88, 0.85));
}

/// `tests/blind80/` to `tests/blind87/` were measured once, before any tuning
/// on them and after the fixes for the sets before them (P 0.954, 0.980,
/// 0.947, 0.973, 0.975, 0.961, 0.988 and 0.969; R 0.879, 0.896, 0.809, 0.901,
/// 0.902, 0.836, 0.891 and 0.867; speaker 0.838, 0.830, 0.889, 0.822, 0.764,
/// 0.757, 0.829 and 0.814).
#[test]
fn eightieth_to_eighty_seventh_blind_sets_keep_their_floors() {
    assert_floor("tests/blind80", 185, (0.95, 0.93, 0.83));
    assert_floor("tests/blind81", 160, (0.96, 0.88, 0.87));
    assert_floor("tests/blind82", 175, (0.96, 0.92, 0.92));
    assert_floor("tests/blind83", 160, (0.94, 0.89, 0.90));
    assert_floor("tests/blind84", 170, (0.95, 0.91, 0.85));
    assert_floor("tests/blind85", 175, (0.95, 0.87, 0.84));
    assert_floor("tests/blind86", 180, (0.96, 0.88, 0.91));
    assert_floor("tests/blind87", 175, (0.95, 0.86, 0.89));
}

#[test]
fn eighty_eighth_to_ninety_fifth_blind_sets_keep_their_floors() {
    assert_floor("tests/blind88", 175, (0.93, 0.94, 0.92));
    assert_floor("tests/blind89", 165, (0.89, 0.87, 0.78));
    assert_floor("tests/blind90", 175, (0.93, 0.94, 0.88));
    assert_floor("tests/blind91", 180, (0.97, 0.90, 0.89));
    assert_floor("tests/blind92", 185, (0.96, 0.88, 0.86));
    assert_floor("tests/blind93", 175, (0.96, 0.90, 0.80));
    assert_floor("tests/blind94", 175, (0.93, 0.86, 0.84));
    assert_floor("tests/blind95", 165, (0.94, 0.89, 0.88));
}

/// `tests/blind96` to `tests/blind103` (Andalusia, Naples, Calabria, Crete,
/// Dalmatia, Istria, Moravia, Saxony; Yorkshire, Cumbria, Jutland, Friesland,
/// East Frisia, Bornholm, Asturias, Thessaly; KwaZulu-Natal, the Eastern Cape,
/// Turkana, Mombasa, Karamoja, Oromia, Borno, Plateau State; Sinaloa,
/// Michoacán, Medellín, Cusco, Bahia, Pará, Santa Cruz, Araucanía;
/// Rajasthan, Telangana, Karnataka, Uttarakhand, Himachal, Jharkhand, Palawan,
/// the Visayas; Khuzestan, Dhofar, Hadramout, Upper Egypt, Sinai, Gaza,
/// Busan, Kyushu; a foreign ministry's and the Pentagon's briefings, a
/// Kremlin readout, the IMF, OPEC+, a COP live blog, the UN General Assembly,
/// a joint statement; a parole board, an air accident report, a royal
/// commission, a planning inquiry, a product keynote, a market report, a
/// magazine profile, a war told through Telegram posts) were measured once at
/// 10da763, before any tuning on them: together P 0.973, R 0.893, speaker
/// 0.815. Floors about 0.02 under the figures after this session's work.
#[test]
fn ninety_sixth_to_hundred_and_third_blind_sets_keep_their_floors() {
    assert_floor("tests/blind96", 170, (0.94, 0.84, 0.88));
    assert_floor("tests/blind97", 175, (0.95, 0.87, 0.82));
    assert_floor("tests/blind98", 180, (0.97, 0.92, 0.89));
    assert_floor("tests/blind99", 175, (0.94, 0.85, 0.84));
    assert_floor("tests/blind100", 190, (0.96, 0.88, 0.81));
    assert_floor("tests/blind101", 170, (0.96, 0.89, 0.89));
    assert_floor("tests/blind102", 180, (0.92, 0.90, 0.81));
    assert_floor("tests/blind103", 175, (0.96, 0.89, 0.85));
}

#[test]
fn hundred_and_fourth_to_hundred_and_eleventh_blind_sets_keep_their_floors() {
    assert_floor("tests/blind104", 170, (0.98, 0.93, 0.91));
    assert_floor("tests/blind105", 170, (0.95, 0.92, 0.86));
    assert_floor("tests/blind106", 175, (0.96, 0.88, 0.85));
    assert_floor("tests/blind107", 185, (0.96, 0.92, 0.85));
    assert_floor("tests/blind108", 180, (0.97, 0.89, 0.87));
    assert_floor("tests/blind109", 165, (0.96, 0.94, 0.87));
    assert_floor("tests/blind110", 180, (0.95, 0.85, 0.84));
    assert_floor("tests/blind111", 175, (0.93, 0.90, 0.83));
}

#[test]
fn hundred_and_twelfth_to_hundred_and_nineteenth_blind_sets_keep_their_floors() {
    assert_floor("tests/blind112", 150, (0.97, 0.90, 0.87));
    assert_floor("tests/blind113", 155, (0.96, 0.86, 0.81));
    assert_floor("tests/blind114", 145, (0.96, 0.88, 0.87));
    assert_floor("tests/blind115", 160, (0.96, 0.88, 0.84));
    assert_floor("tests/blind116", 160, (0.92, 0.83, 0.87));
    assert_floor("tests/blind117", 150, (0.94, 0.86, 0.79));
    assert_floor("tests/blind118", 155, (0.93, 0.89, 0.81));
    assert_floor("tests/blind119", 175, (0.93, 0.83, 0.81));
}

#[test]
fn hundred_and_twentieth_to_hundred_and_twenty_seventh_blind_sets_keep_their_floors() {
    assert_floor("tests/blind120", 160, (0.96, 0.84, 0.85));
    assert_floor("tests/blind121", 170, (0.96, 0.91, 0.83));
    assert_floor("tests/blind122", 175, (0.95, 0.84, 0.83));
    assert_floor("tests/blind123", 160, (0.94, 0.87, 0.80));
    assert_floor("tests/blind124", 155, (0.95, 0.85, 0.84));
    assert_floor("tests/blind125", 150, (0.92, 0.84, 0.84));
    assert_floor("tests/blind126", 190, (0.96, 0.87, 0.82));
    assert_floor("tests/blind127", 180, (0.95, 0.82, 0.88));
}

/// Eight sets written after stop 26: French, Italian, German-speaking, Japanese,
/// Korean and Taiwanese, North African, Indian and US cities, and eight
/// newsroom genres. Floors about 0.02 under the figures when they were set.
#[test]
fn hundred_and_twenty_eighth_to_hundred_and_thirty_fifth_blind_sets_keep_their_floors() {
    assert_floor("tests/blind128", 170, (0.94, 0.84, 0.82));
    assert_floor("tests/blind129", 155, (0.94, 0.86, 0.86));
    assert_floor("tests/blind130", 155, (0.91, 0.85, 0.88));
    assert_floor("tests/blind131", 155, (0.96, 0.94, 0.89));
    assert_floor("tests/blind132", 170, (0.95, 0.90, 0.81));
    assert_floor("tests/blind133", 170, (0.98, 0.90, 0.83));
    assert_floor("tests/blind134", 160, (0.98, 0.82, 0.92));
    assert_floor("tests/blind135", 160, (0.94, 0.88, 0.88));
}

#[test]
fn hundred_and_thirty_sixth_to_hundred_and_forty_third_blind_sets_keep_their_floors() {
    assert_floor("tests/blind136", 155, (0.95, 0.89, 0.81));
    assert_floor("tests/blind137", 180, (0.93, 0.86, 0.90));
    assert_floor("tests/blind138", 165, (0.95, 0.90, 0.85));
    assert_floor("tests/blind139", 160, (0.96, 0.90, 0.78));
    assert_floor("tests/blind140", 160, (0.94, 0.86, 0.88));
    assert_floor("tests/blind141", 150, (0.97, 0.92, 0.87));
    assert_floor("tests/blind142", 155, (0.93, 0.86, 0.88));
    assert_floor("tests/blind143", 180, (0.95, 0.88, 0.86));
}

#[test]
fn hundred_and_forty_fourth_to_hundred_and_fifty_first_blind_sets_keep_their_floors() {
    assert_floor("tests/blind144", 165, (0.96, 0.91, 0.86));
    assert_floor("tests/blind145", 150, (0.94, 0.91, 0.81));
    assert_floor("tests/blind146", 150, (0.94, 0.89, 0.85));
    assert_floor("tests/blind147", 155, (0.96, 0.95, 0.78));
    assert_floor("tests/blind148", 155, (0.96, 0.92, 0.85));
    assert_floor("tests/blind149", 165, (0.95, 0.85, 0.84));
    assert_floor("tests/blind150", 150, (0.97, 0.85, 0.83));
    assert_floor("tests/blind151", 165, (0.94, 0.88, 0.88));
}

/// Eight more sets by helpers who never saw the code (Maghreb, Central
/// America, the Caribbean, the Baltic and Balkans, India's Northeast and
/// South, Japan and Korea's regions, the Pacific and small-town America, and
/// eight genres), measured first with the binary of 344d5fb: P 0.980,
/// R 0.905, speaker 0.834.
#[test]
fn hundred_and_fifty_second_to_hundred_and_fifty_ninth_blind_sets_keep_their_floors() {
    assert_floor("tests/blind152", 165, (0.96, 0.91, 0.88));
    assert_floor("tests/blind153", 160, (0.94, 0.87, 0.82));
    assert_floor("tests/blind154", 175, (0.95, 0.88, 0.82));
    assert_floor("tests/blind155", 175, (0.94, 0.85, 0.84));
    assert_floor("tests/blind156", 150, (0.96, 0.88, 0.86));
    assert_floor("tests/blind157", 160, (0.97, 0.91, 0.85));
    assert_floor("tests/blind158", 160, (0.97, 0.92, 0.91));
    assert_floor("tests/blind159", 155, (0.97, 0.87, 0.83));
}

#[test]
fn hundred_and_sixtieth_to_hundred_and_sixty_seventh_blind_sets_keep_their_floors() {
    assert_floor("tests/blind160", 165, (0.97, 0.89, 0.87));
    assert_floor("tests/blind161", 180, (0.95, 0.85, 0.78));
    assert_floor("tests/blind162", 180, (0.96, 0.91, 0.80));
    assert_floor("tests/blind163", 155, (0.97, 0.93, 0.86));
    assert_floor("tests/blind164", 150, (0.95, 0.87, 0.86));
    assert_floor("tests/blind165", 155, (0.94, 0.91, 0.84));
    assert_floor("tests/blind166", 175, (0.96, 0.89, 0.90));
    assert_floor("tests/blind167", 155, (0.97, 0.88, 0.80));
}

/// Eight more sets by helpers who never saw the code (Georgia, Armenia,
/// Azerbaijan and Central Asia; Ecuador, Paraguay, Chile, Bolivia and
/// Argentina; Lebanon, Yemen, Oman and Jordan; the Philippines, Thailand,
/// Malaysian Borneo and Timor-Leste; small-city America; the Pacific
/// islands; Northern Ireland, Scotland's islands, Cornwall and Kerry; and
/// eight genres), measured first with the binary of 019ad7a: P 0.979,
/// R 0.905, speaker 0.853.
#[test]
fn hundred_and_sixty_eighth_to_hundred_and_seventy_fifth_blind_sets_keep_their_floors() {
    assert_floor("tests/blind168", 175, (0.95, 0.86, 0.90));
    assert_floor("tests/blind169", 160, (0.97, 0.88, 0.82));
    assert_floor("tests/blind170", 150, (0.96, 0.90, 0.91));
    assert_floor("tests/blind171", 160, (0.96, 0.89, 0.88));
    assert_floor("tests/blind172", 165, (0.95, 0.89, 0.86));
    assert_floor("tests/blind173", 185, (0.95, 0.90, 0.87));
    assert_floor("tests/blind174", 155, (0.95, 0.91, 0.86));
    assert_floor("tests/blind175", 180, (0.97, 0.85, 0.87));
}

/// `tests/blind176/` to `tests/blind183/`, measured once with the binary of
/// b9e9db5 before any tuning on them (see the README). `tests/blind177` holds
/// three articles written in French, which the extractor does not read: its
/// recall floor is set by the five in English.
#[test]
fn hundred_and_seventy_sixth_to_hundred_and_eighty_third_blind_sets_keep_their_floors() {
    assert_floor("tests/blind176", 170, (0.93, 0.88, 0.83));
    assert_floor("tests/blind177", 150, (0.93, 0.54, 0.75));
    assert_floor("tests/blind178", 170, (0.95, 0.89, 0.85));
    assert_floor("tests/blind179", 175, (0.94, 0.88, 0.87));
    assert_floor("tests/blind180", 175, (0.91, 0.84, 0.82));
    assert_floor("tests/blind181", 170, (0.97, 0.88, 0.86));
    assert_floor("tests/blind182", 180, (0.95, 0.88, 0.86));
    assert_floor("tests/blind183", 160, (0.96, 0.90, 0.91));
}

#[test]
fn hundred_and_eighty_fourth_to_hundred_and_ninety_first_blind_sets_keep_their_floors() {
    assert_floor("tests/blind184", 190, (0.97, 0.93, 0.88));
    assert_floor("tests/blind185", 165, (0.95, 0.91, 0.87));
    assert_floor("tests/blind186", 175, (0.97, 0.89, 0.84));
    assert_floor("tests/blind187", 170, (0.95, 0.93, 0.85));
    assert_floor("tests/blind188", 160, (0.97, 0.90, 0.89));
    assert_floor("tests/blind189", 180, (0.96, 0.92, 0.85));
    assert_floor("tests/blind190", 185, (0.96, 0.90, 0.90));
    assert_floor("tests/blind191", 160, (0.97, 0.94, 0.83));
}

#[test]
fn hundred_and_ninety_second_to_hundred_and_ninety_ninth_blind_sets_keep_their_floors() {
    assert_floor("tests/blind192", 175, (0.95, 0.91, 0.84));
    assert_floor("tests/blind193", 165, (0.97, 0.85, 0.84));
    assert_floor("tests/blind194", 180, (0.95, 0.90, 0.91));
    assert_floor("tests/blind195", 170, (0.96, 0.88, 0.91));
    assert_floor("tests/blind196", 185, (0.95, 0.89, 0.83));
    assert_floor("tests/blind197", 165, (0.96, 0.90, 0.88));
    assert_floor("tests/blind198", 180, (0.93, 0.85, 0.87));
    assert_floor("tests/blind199", 155, (0.93, 0.87, 0.88));
}

#[test]
fn two_hundredth_to_two_hundred_and_seventh_blind_sets_keep_their_floors() {
    assert_floor("tests/blind200", 180, (0.96, 0.92, 0.86));
    assert_floor("tests/blind201", 135, (0.93, 0.77, 0.86));
    assert_floor("tests/blind202", 175, (0.95, 0.88, 0.88));
    assert_floor("tests/blind203", 185, (0.96, 0.90, 0.91));
    assert_floor("tests/blind204", 165, (0.96, 0.87, 0.86));
    assert_floor("tests/blind205", 190, (0.95, 0.86, 0.84));
    assert_floor("tests/blind206", 185, (0.93, 0.85, 0.88));
    assert_floor("tests/blind207", 155, (0.95, 0.88, 0.87));
}

#[test]
fn two_hundred_and_eighth_to_two_hundred_and_fifteenth_blind_sets_keep_their_floors() {
    assert_floor("tests/blind208", 145, (0.97, 0.90, 0.91));
    assert_floor("tests/blind209", 165, (0.95, 0.89, 0.82));
    assert_floor("tests/blind210", 185, (0.96, 0.86, 0.85));
    assert_floor("tests/blind211", 175, (0.96, 0.86, 0.86));
    assert_floor("tests/blind212", 160, (0.96, 0.89, 0.82));
    assert_floor("tests/blind213", 175, (0.96, 0.88, 0.88));
    assert_floor("tests/blind214", 195, (0.94, 0.89, 0.81));
    assert_floor("tests/blind215", 160, (0.94, 0.92, 0.82));
}

#[test]
fn two_hundred_and_sixteenth_to_two_hundred_and_twenty_third_blind_sets_keep_their_floors() {
    assert_floor("tests/blind216", 155, (0.96, 0.83, 0.87));
    assert_floor("tests/blind217", 190, (0.97, 0.89, 0.86));
    assert_floor("tests/blind218", 145, (0.94, 0.90, 0.80));
    assert_floor("tests/blind219", 155, (0.96, 0.91, 0.88));
    assert_floor("tests/blind220", 170, (0.95, 0.90, 0.86));
    assert_floor("tests/blind221", 175, (0.96, 0.86, 0.86));
    assert_floor("tests/blind222", 160, (0.96, 0.91, 0.88));
    assert_floor("tests/blind223", 155, (0.96, 0.85, 0.88));
}

#[test]
fn two_hundred_and_twenty_fourth_to_two_hundred_and_thirty_first_blind_sets_keep_their_floors() {
    assert_floor("tests/blind224", 165, (0.95, 0.88, 0.89));
    assert_floor("tests/blind225", 165, (0.97, 0.91, 0.85));
    assert_floor("tests/blind226", 170, (0.95, 0.90, 0.93));
    assert_floor("tests/blind227", 185, (0.96, 0.90, 0.87));
    assert_floor("tests/blind228", 165, (0.95, 0.87, 0.88));
    assert_floor("tests/blind229", 185, (0.97, 0.87, 0.90));
    assert_floor("tests/blind230", 170, (0.97, 0.92, 0.86));
    assert_floor("tests/blind231", 175, (0.97, 0.89, 0.89));
}

#[test]
fn two_hundred_and_thirty_second_to_two_hundred_and_thirty_ninth_blind_sets_keep_their_floors() {
    assert_floor("tests/blind232", 190, (0.96, 0.88, 0.87));
    assert_floor("tests/blind233", 165, (0.97, 0.93, 0.90));
    assert_floor("tests/blind234", 170, (0.98, 0.88, 0.86));
    assert_floor("tests/blind235", 170, (0.96, 0.92, 0.87));
    assert_floor("tests/blind236", 185, (0.93, 0.84, 0.88));
    assert_floor("tests/blind237", 170, (0.97, 0.92, 0.85));
    assert_floor("tests/blind238", 175, (0.97, 0.88, 0.88));
    assert_floor("tests/blind239", 175, (0.96, 0.89, 0.89));
}

#[test]
fn two_hundred_and_fortieth_to_two_hundred_and_forty_seventh_blind_sets_keep_their_floors() {
    assert_floor("tests/blind240", 145, (0.94, 0.86, 0.88));
    assert_floor("tests/blind241", 145, (0.94, 0.90, 0.84));
    assert_floor("tests/blind242", 150, (0.98, 0.92, 0.84));
    assert_floor("tests/blind243", 165, (0.95, 0.88, 0.86));
    assert_floor("tests/blind244", 165, (0.96, 0.89, 0.80));
    assert_floor("tests/blind245", 155, (0.97, 0.87, 0.81));
    assert_floor("tests/blind246", 170, (0.94, 0.90, 0.87));
    assert_floor("tests/blind247", 165, (0.98, 0.89, 0.84));
}

#[test]
fn two_hundred_and_forty_eighth_to_two_hundred_and_fifty_fifth_blind_sets_keep_their_floors() {
    assert_floor("tests/blind248", 175, (0.98, 0.86, 0.88));
    assert_floor("tests/blind249", 165, (0.95, 0.87, 0.88));
    assert_floor("tests/blind250", 160, (0.96, 0.86, 0.84));
    assert_floor("tests/blind251", 155, (0.96, 0.85, 0.88));
    assert_floor("tests/blind252", 150, (0.95, 0.92, 0.84));
    assert_floor("tests/blind253", 160, (0.96, 0.89, 0.88));
    assert_floor("tests/blind254", 175, (0.95, 0.87, 0.84));
    assert_floor("tests/blind255", 175, (0.96, 0.87, 0.85));
}

#[test]
fn two_hundred_and_fifty_sixth_to_two_hundred_and_sixty_third_blind_sets_keep_their_floors() {
    assert_floor("tests/blind256", 200, (0.92, 0.91, 0.80));
    assert_floor("tests/blind257", 170, (0.93, 0.90, 0.83));
    assert_floor("tests/blind258", 180, (0.96, 0.91, 0.84));
    assert_floor("tests/blind259", 165, (0.96, 0.91, 0.87));
    assert_floor("tests/blind260", 190, (0.97, 0.90, 0.83));
    assert_floor("tests/blind261", 175, (0.95, 0.89, 0.79));
    assert_floor("tests/blind262", 180, (0.94, 0.90, 0.85));
    assert_floor("tests/blind263", 165, (0.97, 0.91, 0.89));
}

/// Sets 264 to 271, first measured at 6e0dc58 (with their national bodies' speakers
/// brought to the project's convention) before any change for them.
#[test]
fn two_hundred_and_sixty_fourth_to_two_hundred_and_seventy_first_blind_sets_keep_their_floors() {
    assert_floor("tests/blind264", 220, (0.97, 0.90, 0.86));
    assert_floor("tests/blind265", 220, (0.94, 0.86, 0.85));
    assert_floor("tests/blind266", 215, (0.96, 0.87, 0.78));
    assert_floor("tests/blind267", 210, (0.96, 0.93, 0.84));
    assert_floor("tests/blind268", 225, (0.93, 0.88, 0.82));
    assert_floor("tests/blind269", 220, (0.93, 0.91, 0.82));
    assert_floor("tests/blind270", 230, (0.93, 0.92, 0.92));
    assert_floor("tests/blind271", 205, (0.93, 0.83, 0.85));
}

#[test]
fn two_hundred_and_seventy_second_to_two_hundred_and_seventy_ninth_blind_sets_keep_their_floors() {
    assert_floor("tests/blind272", 205, (0.97, 0.91, 0.77));
    assert_floor("tests/blind273", 210, (0.98, 0.92, 0.80));
    assert_floor("tests/blind274", 215, (0.97, 0.92, 0.80));
    assert_floor("tests/blind275", 200, (0.95, 0.89, 0.84));
    assert_floor("tests/blind276", 205, (0.95, 0.84, 0.87));
    assert_floor("tests/blind277", 205, (0.96, 0.88, 0.81));
    assert_floor("tests/blind278", 195, (0.98, 0.89, 0.85));
    assert_floor("tests/blind279", 205, (0.92, 0.87, 0.82));
}

#[test]
fn two_hundred_and_eightieth_to_two_hundred_and_eighty_seventh_blind_sets_keep_their_floors() {
    assert_floor("tests/blind280", 175, (0.91, 0.88, 0.85));
    assert_floor("tests/blind281", 150, (0.95, 0.85, 0.82));
    assert_floor("tests/blind282", 155, (0.93, 0.90, 0.77));
    assert_floor("tests/blind283", 150, (0.96, 0.84, 0.84));
    assert_floor("tests/blind284", 150, (0.94, 0.89, 0.88));
    assert_floor("tests/blind285", 185, (0.95, 0.89, 0.86));
    assert_floor("tests/blind286", 170, (0.96, 0.89, 0.83));
    assert_floor("tests/blind287", 155, (0.95, 0.89, 0.79));
}

#[test]
fn two_hundred_and_eighty_eighth_to_two_hundred_and_ninety_fifth_blind_sets_keep_their_floors() {
    assert_floor("tests/blind288", 135, (0.94, 0.85, 0.78));
    assert_floor("tests/blind289", 160, (0.97, 0.89, 0.77));
    assert_floor("tests/blind290", 170, (0.96, 0.94, 0.88));
    assert_floor("tests/blind291", 165, (0.97, 0.88, 0.82));
    assert_floor("tests/blind292", 185, (0.93, 0.88, 0.80));
    assert_floor("tests/blind293", 155, (0.94, 0.91, 0.85));
    assert_floor("tests/blind294", 170, (0.96, 0.89, 0.82));
    assert_floor("tests/blind295", 155, (0.94, 0.85, 0.90));
}

#[test]
fn two_hundred_and_ninety_sixth_to_three_hundred_and_third_blind_sets_keep_their_floors() {
    assert_floor("tests/blind296", 170, (0.95, 0.89, 0.84));
    assert_floor("tests/blind297", 145, (0.93, 0.89, 0.86));
    assert_floor("tests/blind298", 180, (0.92, 0.92, 0.92));
    assert_floor("tests/blind299", 130, (0.95, 0.90, 0.90));
    assert_floor("tests/blind300", 175, (0.94, 0.90, 0.84));
    assert_floor("tests/blind301", 170, (0.97, 0.92, 0.86));
    assert_floor("tests/blind302", 170, (0.94, 0.91, 0.87));
    assert_floor("tests/blind303", 155, (0.94, 0.90, 0.90));
}

#[test]
fn three_hundred_and_fourth_to_three_hundred_and_eleventh_blind_sets_keep_their_floors() {
    assert_floor("tests/blind304", 160, (0.97, 0.94, 0.85));
    assert_floor("tests/blind305", 155, (0.93, 0.93, 0.81));
    assert_floor("tests/blind306", 165, (0.97, 0.86, 0.88));
    assert_floor("tests/blind307", 155, (0.94, 0.88, 0.80));
    assert_floor("tests/blind308", 160, (0.91, 0.88, 0.85));
    assert_floor("tests/blind309", 155, (0.94, 0.91, 0.89));
    assert_floor("tests/blind310", 125, (0.92, 0.91, 0.88));
    assert_floor("tests/blind311", 160, (0.95, 0.87, 0.78));
}

#[test]
fn three_hundred_and_twelfth_to_three_hundred_and_nineteenth_blind_sets_keep_their_floors() {
    assert_floor("tests/blind312", 165, (0.93, 0.90, 0.87));
    assert_floor("tests/blind313", 150, (0.92, 0.92, 0.88));
    assert_floor("tests/blind314", 135, (0.95, 0.89, 0.88));
    assert_floor("tests/blind315", 150, (0.93, 0.88, 0.85));
    assert_floor("tests/blind316", 125, (0.95, 0.91, 0.88));
    assert_floor("tests/blind317", 170, (0.94, 0.89, 0.86));
    assert_floor("tests/blind318", 160, (0.95, 0.88, 0.92));
    assert_floor("tests/blind319", 125, (0.95, 0.89, 0.90));
}

#[test]
fn three_hundred_and_twentieth_to_three_hundred_and_twenty_seventh_blind_sets_keep_their_floors() {
    assert_floor("tests/blind320", 165, (0.95, 0.94, 0.86));
    assert_floor("tests/blind321", 155, (0.96, 0.86, 0.90));
    assert_floor("tests/blind322", 150, (0.94, 0.89, 0.82));
    assert_floor("tests/blind323", 160, (0.94, 0.83, 0.89));
    assert_floor("tests/blind324", 150, (0.89, 0.81, 0.89));
    assert_floor("tests/blind325", 160, (0.96, 0.90, 0.84));
    assert_floor("tests/blind326", 150, (0.95, 0.92, 0.79));
    assert_floor("tests/blind327", 165, (0.95, 0.88, 0.87));
}

#[test]
fn three_hundred_and_twenty_eighth_to_three_hundred_and_thirty_fifth_blind_sets_keep_their_floors() {
    assert_floor("tests/blind328", 160, (0.96, 0.89, 0.84));
    assert_floor("tests/blind329", 175, (0.94, 0.88, 0.85));
    assert_floor("tests/blind330", 160, (0.96, 0.92, 0.85));
    assert_floor("tests/blind331", 170, (0.94, 0.90, 0.83));
    assert_floor("tests/blind332", 165, (0.94, 0.88, 0.79));
    assert_floor("tests/blind333", 170, (0.92, 0.90, 0.86));
    assert_floor("tests/blind334", 145, (0.93, 0.88, 0.85));
    assert_floor("tests/blind335", 185, (0.94, 0.87, 0.84));
}

#[test]
fn three_hundred_and_thirty_sixth_to_three_hundred_and_forty_third_blind_sets_keep_their_floors() {
    assert_floor("tests/blind336", 180, (0.94, 0.86, 0.83));
    assert_floor("tests/blind337", 155, (0.97, 0.88, 0.84));
    assert_floor("tests/blind338", 155, (0.97, 0.91, 0.92));
    assert_floor("tests/blind339", 155, (0.98, 0.90, 0.89));
    assert_floor("tests/blind340", 180, (0.96, 0.88, 0.89));
    assert_floor("tests/blind341", 140, (0.96, 0.90, 0.80));
    assert_floor("tests/blind342", 155, (0.93, 0.89, 0.87));
    assert_floor("tests/blind343", 175, (0.93, 0.89, 0.85));
}

#[test]
fn three_hundred_and_forty_fourth_to_three_hundred_and_fifty_first_blind_sets_keep_their_floors() {
    assert_floor("tests/blind344", 155, (0.95, 0.91, 0.84));
    assert_floor("tests/blind345", 150, (0.95, 0.88, 0.85));
    assert_floor("tests/blind346", 150, (0.96, 0.93, 0.86));
    assert_floor("tests/blind347", 150, (0.94, 0.91, 0.90));
    assert_floor("tests/blind348", 150, (0.93, 0.87, 0.84));
    assert_floor("tests/blind349", 145, (0.96, 0.89, 0.87));
    assert_floor("tests/blind350", 130, (0.97, 0.90, 0.83));
    assert_floor("tests/blind351", 145, (0.96, 0.91, 0.85));
}

#[test]
fn three_hundred_and_fifty_second_to_three_hundred_and_fifty_ninth_blind_sets_keep_their_floors() {
    assert_floor("tests/blind352", 160, (0.93, 0.88, 0.83));
    assert_floor("tests/blind353", 150, (0.95, 0.92, 0.87));
    assert_floor("tests/blind354", 170, (0.96, 0.87, 0.90));
    assert_floor("tests/blind355", 145, (0.94, 0.89, 0.87));
    assert_floor("tests/blind356", 150, (0.94, 0.89, 0.87));
    assert_floor("tests/blind357", 150, (0.99, 0.93, 0.89));
    assert_floor("tests/blind358", 160, (0.97, 0.92, 0.87));
    assert_floor("tests/blind359", 165, (0.93, 0.88, 0.89));
}

#[test]
fn three_hundred_and_sixtieth_to_three_hundred_and_sixty_seventh_blind_sets_keep_their_floors() {
    assert_floor("tests/blind360", 145, (0.96, 0.88, 0.82));
    assert_floor("tests/blind361", 160, (0.96, 0.92, 0.88));
    assert_floor("tests/blind362", 170, (0.96, 0.93, 0.87));
    assert_floor("tests/blind363", 140, (0.96, 0.94, 0.93));
    assert_floor("tests/blind364", 170, (0.93, 0.86, 0.87));
    assert_floor("tests/blind365", 160, (0.95, 0.89, 0.81));
    assert_floor("tests/blind366", 155, (0.92, 0.83, 0.84));
    assert_floor("tests/blind367", 150, (0.90, 0.87, 0.87));
}

#[test]
fn three_hundred_and_sixty_eighth_to_three_hundred_and_seventy_fifth_blind_sets_keep_their_floors() {
    assert_floor("tests/blind368", 160, (0.94, 0.91, 0.87));
    assert_floor("tests/blind369", 140, (0.97, 0.90, 0.86));
    assert_floor("tests/blind370", 170, (0.98, 0.95, 0.89));
    assert_floor("tests/blind371", 155, (0.90, 0.86, 0.91));
    assert_floor("tests/blind372", 170, (0.94, 0.88, 0.88));
    assert_floor("tests/blind373", 155, (0.96, 0.86, 0.84));
    assert_floor("tests/blind374", 170, (0.97, 0.85, 0.87));
    assert_floor("tests/blind375", 145, (0.95, 0.88, 0.79));
}

/// Skardu, Kargil, Jhapa, Vitebsk, Nickerie, Olancho, Cajamarca, Tacuarembó and Rivera: blind
/// sets measured first at e8b598e (P 0.948, R 0.908, speaker 0.843 together); floors one
/// hundredth under their figures at 482450d.
#[test]
fn three_hundred_and_seventy_sixth_to_three_hundred_and_eighty_third_blind_sets_keep_their_floors() {
    assert_floor("tests/blind376", 185, (0.97, 0.89, 0.78));
    assert_floor("tests/blind377", 155, (0.94, 0.85, 0.84));
    assert_floor("tests/blind378", 150, (0.96, 0.85, 0.89));
    assert_floor("tests/blind379", 150, (0.90, 0.95, 0.87));
    assert_floor("tests/blind380", 150, (0.96, 0.87, 0.87));
    assert_floor("tests/blind381", 150, (0.94, 0.88, 0.83));
    assert_floor("tests/blind382", 140, (0.90, 0.91, 0.90));
    assert_floor("tests/blind383", 150, (0.89, 0.93, 0.84));
}

#[test]
fn three_hundred_and_eighty_fourth_to_three_hundred_and_ninety_first_blind_sets_keep_their_floors() {
    assert_floor("tests/blind384", 140, (0.95, 0.92, 0.87));
    assert_floor("tests/blind385", 175, (0.94, 0.89, 0.77));
    assert_floor("tests/blind386", 165, (0.96, 0.84, 0.82));
    assert_floor("tests/blind387", 165, (0.92, 0.90, 0.91));
    assert_floor("tests/blind388", 150, (0.97, 0.87, 0.87));
    assert_floor("tests/blind389", 130, (0.95, 0.91, 0.87));
    assert_floor("tests/blind390", 165, (0.90, 0.91, 0.83));
    assert_floor("tests/blind391", 125, (0.97, 0.92, 0.89));
}

#[test]
fn three_hundred_and_ninety_second_to_three_hundred_and_ninety_ninth_blind_sets_keep_their_floors() {
    assert_floor("tests/blind392", 160, (0.92, 0.88, 0.81));
    assert_floor("tests/blind393", 165, (0.90, 0.85, 0.83));
    assert_floor("tests/blind394", 145, (0.94, 0.89, 0.86));
    assert_floor("tests/blind395", 165, (0.94, 0.88, 0.82));
    assert_floor("tests/blind396", 155, (0.88, 0.86, 0.89));
    assert_floor("tests/blind397", 150, (0.93, 0.85, 0.85));
    assert_floor("tests/blind398", 150, (0.90, 0.89, 0.87));
    assert_floor("tests/blind399", 165, (0.95, 0.83, 0.90));
}

#[test]
fn four_hundredth_to_four_hundred_and_seventh_blind_sets_keep_their_floors() {
    assert_floor("tests/blind400", 160, (0.93, 0.87, 0.88));
    assert_floor("tests/blind401", 145, (0.96, 0.90, 0.93));
    assert_floor("tests/blind402", 180, (0.97, 0.92, 0.89));
    assert_floor("tests/blind403", 160, (0.93, 0.89, 0.86));
    assert_floor("tests/blind404", 160, (0.95, 0.91, 0.88));
    assert_floor("tests/blind405", 155, (0.94, 0.89, 0.82));
    assert_floor("tests/blind406", 150, (0.96, 0.84, 0.89));
    assert_floor("tests/blind407", 180, (0.97, 0.86, 0.86));
}

#[test]
fn four_hundred_and_eighth_to_four_hundred_and_fifteenth_blind_sets_keep_their_floors() {
    assert_floor("tests/blind408", 150, (0.97, 0.92, 0.93));
    assert_floor("tests/blind409", 170, (0.96, 0.94, 0.88));
    assert_floor("tests/blind410", 155, (0.97, 0.90, 0.88));
    assert_floor("tests/blind411", 155, (0.97, 0.82, 0.85));
    assert_floor("tests/blind412", 150, (0.94, 0.92, 0.81));
    assert_floor("tests/blind413", 130, (0.95, 0.94, 0.87));
    assert_floor("tests/blind414", 140, (0.97, 0.92, 0.87));
    assert_floor("tests/blind415", 145, (0.96, 0.96, 0.90));
}

#[test]
fn four_hundred_and_sixteenth_to_four_hundred_and_twenty_third_blind_sets_keep_their_floors() {
    assert_floor("tests/blind416", 150, (0.94, 0.91, 0.90));
    assert_floor("tests/blind417", 135, (0.95, 0.88, 0.91));
    assert_floor("tests/blind418", 155, (0.93, 0.92, 0.86));
    assert_floor("tests/blind419", 150, (0.94, 0.91, 0.91));
    assert_floor("tests/blind420", 150, (0.95, 0.91, 0.93));
    assert_floor("tests/blind421", 175, (0.98, 0.89, 0.89));
    assert_floor("tests/blind422", 150, (0.94, 0.87, 0.81));
    assert_floor("tests/blind423", 170, (0.96, 0.85, 0.89));
}

#[test]
fn four_hundred_and_twenty_fourth_to_four_hundred_and_thirty_first_blind_sets_keep_their_floors() {
    assert_floor("tests/blind424", 150, (0.97, 0.90, 0.90));
    assert_floor("tests/blind425", 150, (0.94, 0.92, 0.84));
    assert_floor("tests/blind426", 130, (0.95, 0.90, 0.78));
    assert_floor("tests/blind427", 170, (0.95, 0.92, 0.82));
    assert_floor("tests/blind428", 130, (0.92, 0.93, 0.90));
    assert_floor("tests/blind429", 155, (0.95, 0.92, 0.89));
    assert_floor("tests/blind430", 155, (0.93, 0.89, 0.78));
    assert_floor("tests/blind431", 165, (0.93, 0.91, 0.90));
}

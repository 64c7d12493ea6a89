//! Unit tests of transcript labels: which turns say something, who asks and
//! who answers, and what a label names.

#[test]
fn questions_greetings_calls_and_stage_directions_say_nothing() {
    assert!(!super::says_something("Good morning, everyone. Ms Okafor, would you begin by summarising?", true));
    assert!(!super::says_something("Good afternoon. A few things, and then I'll take your questions.", true));
    assert!(!super::says_something("With that, Josh.", true));
    assert!(super::says_something("With that in mind, we will fund the shelters.", true));
    assert!(!super::says_something("Ms Natarajan.", true));
    assert!(!super::says_something("Thank you. Ms Moreau, does the corporation accept those findings?", true));
    assert!(!super::says_something("The committee adjourned at 11:14 a.m.", false));
    // The writer's note after the last answer, and a moderator's close.
    assert!(!super::says_something("[The briefing ended shortly after 11 am.]", false));
    assert!(!super::says_something("The press conference lasted about 35 minutes.", false));
    assert!(!super::says_something("We have time for one more question.", true));
    assert!(!super::says_something("That concludes today's press conference. Thank you all.", true));
    assert!(super::says_something("The briefing room was full, and we will answer every question later.", false));
    // A close that goes on to say something, and what happened at the event, are statements.
    assert!(super::says_something("One more question, and yes, the plant will close.", true));
    assert!(super::says_something("That concludes the restructuring: all 14 stores are closed.", true));
    assert!(super::says_something("This concludes ten years of work on the basin plan.", true));
    assert!(super::says_something("The conference failed to agree a rescue for the mill.", false));
    assert!(super::says_something("[Translation: we will repay every creditor by March.]", false));
    assert!(!super::says_something("Our next question comes from Keiko Tanabe with Northfield.", true));
    assert!(!super::says_something("Operator, next question, please.", true));
    assert!(!super::says_something("Ladies and gentlemen, this concludes today's conference call.", true));
    assert!(!super::says_something("We have time for just one more question.", true));
    assert!(!super::says_something("[The committee adjourned at 12:47 p.m.]", false));
    assert!(!super::says_something("[The briefing was adjourned at 11:40 a.m.]", true));
    assert!(!super::says_something("We will leave it there for today.", true));
    assert!(super::says_something("Thank you, Chair. We accept all nine recommendations.", true));
    assert!(super::says_something("The committee will write to the corporation requesting the memo.", true));
    // A moderator's opening and close, in part in another language.
    let opening = "Bula vinaka and good morning, everyone. The general manager will make a short statement and then \
                   we will take a few questions.";
    assert!(!super::says_something(opening, true));
    assert!(!super::says_something(
        "Good afternoon. We will begin with a short statement from Colonel Tymko. Please give your name and outlet.",
        true
    ));
    assert!(!super::says_something("Vinaka vakalevu, everyone. That is all we have time for this morning.", true));
    assert!(!super::says_something("That’s all the time we have. Thank you, everyone.", true));
    assert!(super::says_something("Good morning, everyone. We will close the mill for a week.", true));
    assert!(super::says_something("We will make a short statement on the budget: it is cut by 10 percent.", true));
    assert!(super::says_something(
        "The mayor has repeated all the time we have been in office that it balanced.",
        true
    ));
    assert!(super::says_something("I said good morning to him.", true));
    assert!(super::says_something("Yes, everyone.", true));
    assert!(!super::says_something("OK, that’s all the time we have. Hello and good afternoon.", true));
    assert!(!super::says_something("We’ll begin with a short statement from the harbour master.", true));
    assert!(super::says_something("We will begin with a short statement on the outbreak: cases doubled.", true));
    let running = "Good afternoon, everyone. DCP Kulkarni will make a short statement, followed by Additional \
                   Commissioner Deshpande, and then we will take questions. Please say your name and organisation.";
    assert!(!super::says_something(running, true));
    assert!(!super::says_something("Thank you. We will take the remaining questions separately.", true));
}

use super::*;

/// The text of each paragraph of `turn`.
fn paragraphs_of<'b>(body: &'b str, turn: &Turn) -> Vec<&'b str> {
    turn.paragraphs.iter().map(|p| &body[p.clone()]).collect()
}

#[test]
fn whoever_mostly_asks_is_the_interviewer() {
    let body = "Head\n\nOKORO-HART: Prices doubled. Is that normal?\n\nISHIKAWA: It is.\n\nOKORO-HART: Are you rich?\n\nHOSHINO: No. Are you?\n\nOKORO-HART: Thanks.\n\nHOSHINO: We will sue.";
    let asks: Vec<bool> = transcript_turns(body).iter().map(|t| t.question).collect();
    assert_eq!(asks, [true, false, true, false, true, false]);
    let phone_in = "Head\n\nMORIARTY: Morning. The council says traffic fell. Is it true?\n\nNÍ BHRIAIN: It did.\n\nMORIARTY: Maureen is on the line.\n\nMAUREEN: It nearly finished us.\n\nMORIARTY: Thanks, Maureen. Gerry now.\n\nGERRY: Best six weeks.\n\nMORIARTY: We'll leave it there.";
    let asks: Vec<bool> = transcript_turns(phone_in).iter().map(|t| t.question).collect();
    assert_eq!(asks, [true, false, true, false, true, false, true]);
    let hearing = "Head\n\nCHAIR: Welcome.\n\nMS MOREAU: Thank you.\n\nCHAIR: Ms Natarajan.\n\nMS NATARAJAN: It was wrong. Who decided?\n\nMS MOREAU: I did.\n\nMS NATARAJAN: Why not?\n\nCHAIR: We will write.";
    assert!(transcript_turns(hearing).iter().all(|t| !t.question));
    // "SC1:", a channel's letters and number, asks; else its questions would run on in the answers.
    let channel =
        "Head\n\nSC1: How many doctors?\n\nHAMIDOVIĆ: Eleven.\n\nSC1: Why do they leave?\n\nHAMIDOVIĆ: Money.";
    let asks: Vec<bool> = transcript_turns(channel).iter().map(|t| t.question).collect();
    assert_eq!(asks, [true, false, true, false]);
    // A road, a summit or a quarter is no channel: "A1:", "G20:", "Q3:", "COVID19:".
    let news =
        "Head\n\nA1: The road is shut, police said.\n\nG20: Leaders met.\n\nQ3: Sales rose.\n\nCOVID19: Cases fell.";
    assert!(transcript_turns(news).is_empty());
}

#[test]
fn answers_with_continuations() {
    let body = "Head\n\nQ: Will you?\n\nVladimir Putin: I do not rule it out.\n\nAnd more.\n\nQuestion: Why?\n\nVladimir Putin: Because.";
    let t = transcript_turns(body);
    assert_eq!(t.len(), 4);
    assert!(t[0].question);
    assert_eq!(&body[t[1].label.clone()], "Vladimir Putin");
    assert_eq!(&body[t[1].content.clone()], "I do not rule it out.\n\nAnd more.");
    let paras = paragraphs_of(body, &t[1]);
    assert_eq!(paras, ["I do not rule it out.", "And more."]);
}

#[test]
fn a_sentence_ending_in_a_colon_goes_on_with_the_answer() {
    let body = "Head\n\nHOST: Why?\n\nANA COSTA: It was moved.\n\nAnd I want to say this to the residents: it will be back.\n\nHOST: And if not?\n\nANA COSTA: I resign.";
    let t = transcript_turns(body);
    let paras = paragraphs_of(body, &t[1]);
    assert_eq!(paras, ["It was moved.", "And I want to say this to the residents: it will be back."]);
}

#[test]
fn the_article_s_prose_after_an_excerpt_ends_it() {
    let body = "Head\n\nQUINTANILLA: When did the FDA find out?\n\nNAKAMURA-BOYD: In September.\n\nQUINTANILLA: That's three months.\n\nNAKAMURA-BOYD: It was too slow.\n\nAnd we have changed the rule.\n\n\"It is not enough,\" Pruitt said.\n\nThe panel adjourned.";
    let t = transcript_turns(body);
    let paras = paragraphs_of(body, &t[3]);
    assert_eq!(paras, ["It was too slow.", "And we have changed the rule."]);
    assert!(t[3].span.end < body.find("\"It is").unwrap());
    assert!(!is_narration("And I said to them, we will fix it."));
    assert!(is_narration("In a communiqué released on Saturday, Nicaraguan customs indicated that it acts."));
    assert!(is_narration("The director general at the time could not be reached for comment this week."));
}

#[test]
fn press_conference_labels_with_outlets_and_accents() {
    let body = "Head\n\nFORS: Welcome.\n\nÅHLUND: We arrested a boy.\n\nERIK DAHL, ÖSTRA KURIREN: Does he know?\n\nÅHLUND: He does.";
    let turns = transcript_turns(body);
    let labels: Vec<&str> = turns.iter().map(|t| &body[t.label.clone()]).collect();
    assert_eq!(labels, ["FORS", "ÅHLUND", "ERIK DAHL", "ÅHLUND"]);
    assert!(turns[2].question && !turns[1].question && !turns[3].question);
    assert_eq!(&body[turns[2].content.clone()], "Does he know?");
    let body = "Head\n\nRAMOS: Good morning.\n\nINTERLOCUTOR: Will you sign?\n\nRAMOS: We will.";
    let turns = transcript_turns(body);
    assert!(turns[1].question && !turns[2].question, "{turns:?}");
    // The outlet in brackets, and the same reporter asking again under the surname.
    let body = "Head\n\nLINDQVIST: Good afternoon.\n\nHAMID AL-RASHIDI (Gulf Dispatch): Convoys were stopped. \
                Can you confirm that?\n\nLINDQVIST: I cannot.\n\nAL-RASHIDI: And on funding. Will there be an \
                appeal?\n\nLINDQVIST: Next week.";
    let asks: Vec<bool> = transcript_turns(body).iter().map(|t| t.question).collect();
    assert_eq!(asks, [false, true, false, true, false]);
    let body = "Head\n\nThe Senior Minister of State for Manpower (Dr Nurul Huda binte Abdul Karim): We act.\n\n\
                Mr Speaker: Mr Gerald Koh.\n\nMr Gerald Koh Jun Wei (Kranji Hills): The Network says 57%. Will she act?\n\n\
                Dr Nurul Huda binte Abdul Karim: We have seen the survey.\n\nMs Priya d/o Ramasamy: Thank you.";
    let turns = transcript_turns(body);
    let labels: Vec<&str> = turns.iter().map(|t| &body[t.label.clone()]).collect();
    let asks: Vec<bool> = turns.iter().map(|t| t.question).collect();
    assert_eq!(
        labels,
        [
            "Dr Nurul Huda binte Abdul Karim", "Mr Speaker", "Mr Gerald Koh Jun Wei",
            "Dr Nurul Huda binte Abdul Karim", "Ms Priya d/o Ramasamy"
        ]
    );
    assert_eq!(asks, [false, true, true, false, false]);
}

#[test]
fn officials_labelled_with_their_titles_and_their_body_and_place() {
    let body = "Head\n\nDEPUTY COMMISSIONER MD TANVIR HOSSAIN MAJUMDER: Good afternoon. The lifeguards stay.\n\n\
                SUPERINTENDENT NAZNIN SULTANA, TOURIST POLICE, COX'S BAZAR REGION: Fourteen people drowned.\n\n\
                Q (Abu Taher, Dainik Sagar Barta): Are you blaming tourists?\n\nMAJUMDER: No.";
    let turns = transcript_turns(body);
    let labels: Vec<&str> = turns.iter().map(|t| &body[t.label.clone()]).collect();
    assert_eq!(
        labels,
        [
            "DEPUTY COMMISSIONER MD TANVIR HOSSAIN MAJUMDER",
            "SUPERINTENDENT NAZNIN SULTANA",
            "Abu Taher, Dainik Sagar Barta",
            "MAJUMDER"
        ]
    );
    assert_eq!(&body[turns[1].content.clone()], "Fourteen people drowned.");
    assert!(!turns[1].question && turns[2].question);
    // Not a heading that opens on titles, a body's statement, or names in a row.
    let body = "Head\n\nBELL: Welcome.\n\nDEPUTY PRIME MINISTER ON THE COST OF LIVING: The cap stays, officials said.\n\n\
                NATIONAL SECURITY COUNCIL STATEMENT ISSUED LATER: No troops.\n\nANNA BELL, TOM REED, AMY LO: We agree.\n\n\
                REED: Yes.\n\nBELL: No.";
    let labels: Vec<&str> = transcript_turns(body).iter().map(|t| &body[t.label.clone()]).collect();
    assert_eq!(labels, ["BELL", "REED", "BELL"]);
    // A nickname in quotes inside a name in capitals.
    let body = "Head\n\nHALVARD RØSTAD, chief executive, Near Island Seafoods: We will not process salmon.\n\n\
                TERESITA \"TESS\" DELA CRUZ, mayor of Kodiak: The city will help.\n\nDELA CRUZ: No threats.";
    let labels: Vec<&str> = transcript_turns(body).iter().map(|t| &body[t.label.clone()]).collect();
    assert_eq!(labels, ["HALVARD RØSTAD", "TERESITA \"TESS\" DELA CRUZ", "DELA CRUZ"]);
    // A member's party and seat, a trader's trade and market; an office with "of" and "for" in it.
    let body =
        "Head\n\nPETA MURPHY, LABOR, DUNKLEY: Crime fell.\n\nKWAME MENSAH, TRADER, KEJETIA MARKET: More patrols.\n\n\
                MINISTER FOR FOREIGN AFFAIRS PENNY WALTON: We will double aid.";
    let labels: Vec<&str> = transcript_turns(body).iter().map(|t| &body[t.label.clone()]).collect();
    assert_eq!(labels, ["PETA MURPHY", "KWAME MENSAH", "MINISTER FOR FOREIGN AFFAIRS PENNY WALTON"]);
}

#[test]
fn a_page_s_dateline_and_disclaimer_are_no_turns() {
    let body = "Head\n\nLast Updated: June 17, 2025, 14:05 IST | Written By: PMTV Digital Desk\n\nShares rose.\n\n\
                Q: Will tariffs rise?\n\nKV RAGHUNATHAN: Not in the next 12 months.\n\nQ: And jobs?\n\n\
                KV RAGHUNATHAN: No layoffs.\n\nDisclaimer: Investors are advised to consult experts.";
    let turns = transcript_turns(body);
    let labels: Vec<&str> = turns.iter().map(|t| &body[t.label.clone()]).collect();
    assert_eq!(labels, ["Q", "KV RAGHUNATHAN", "Q", "KV RAGHUNATHAN"]);
}

#[test]
fn a_hansard_s_offices_members_questions_and_headings() {
    let body = "Head\n\nQuestion No. 214\n\n\
                THE DEPUTY MINISTER FOR AGRICULTURE (Hon. Neema Lyimo Mwakasege): Mr Speaker, farmers were paid.\n\n\
                Question No. 215\n\n\
                THE SPEAKER: Hon. Rehema Ng'wandu.\n\n\
                HON. REHEMA NG'WANDU (Newala Mjini): Mr Speaker, at the auction in Newala on Saturday, the highest \
                price was TSh 1,850. Does the Government have a plan?\n\n\
                THE DEPUTY MINISTER FOR AGRICULTURE: Mr Speaker, the Government does not set prices.\n\n\
                HON. MEMBER (Kilwa): Mr Speaker, the Authority says prices are fair. Is that so?";
    let turns = transcript_turns(body);
    let said: Vec<(&str, &str, bool)> =
        turns.iter().map(|t| (&body[t.label.clone()], body[t.content.clone()].trim(), t.question)).collect();
    assert_eq!(said[0], ("Hon. Neema Lyimo Mwakasege", "Mr Speaker, farmers were paid.", false));
    assert!(said[1].2, "the Speaker runs the room: {said:?}");
    // A member's statement and the question after it are two turns.
    assert_eq!(said[2].1, "Mr Speaker, at the auction in Newala on Saturday, the highest price was TSh 1,850.");
    assert_eq!((said[2].0, said[2].2), ("HON. REHEMA NG'WANDU", false));
    assert_eq!((said[3].1, said[3].2), ("Does the Government have a plan?", true));
    // The office alone is whoever held it in brackets.
    assert_eq!(said[4].0, "Hon. Neema Lyimo Mwakasege");
    // What a member passes on stays in the question.
    assert_eq!((said[5].1, said[5].2), ("Mr Speaker, the Authority says prices are fair. Is that so?", true));
    assert_eq!(said.len(), 6);
}

#[test]
fn labels_are_read_by_hand_as_the_pattern_read_them() {
    let name = |t: &str| label_at(t).map(|l| t[l.name].to_string());
    assert_eq!(name("Q: Why?").as_deref(), Some("Q"));
    assert_eq!(name("VLADIMIR PUTIN : We will see.").as_deref(), Some("VLADIMIR PUTIN"));
    assert_eq!(name("SES DIRECTOR (Rohan Avery): Crews are out.").as_deref(), Some("SES DIRECTOR"));
    assert!(label_at("ERIK DAHL, ÖSTRA KURIREN: Why?").is_some_and(|l| l.affiliated));
    assert_eq!(name("In Stockholm, the minister said: no."), None);
    let role = "WICHAI THONGPRASERT, deputy governor of Chiang Mai: I want to be very clear.";
    assert_eq!(name(role).as_deref(), Some("WICHAI THONGPRASERT"));
    let commas = "POL COL ANUCHA SAENKHAM, superintendent, Mae Taeng police station: We have arrested seven.";
    assert_eq!(name(commas).as_deref(), Some("POL COL ANUCHA SAENKHAM"));
    assert_eq!(name("Yesterday, the minister said: no."), None);
    assert_eq!(name("NEW DELHI, 14 May: The ministry rejected the report."), None);
    assert_eq!(name("A TERRIFIED MUM, 34, has revealed how she escaped: “I thought we would die.”"), None);
    assert_eq!(name("FOOTBALL LEGEND GARY HOLT, now 61, is blunt about his regrets: he played on."), None);
    let clip = "CLIP, Josef Bednář, chairman of the union branch, speaking at the gate: \"We warned.\"";
    assert_eq!(name(clip).as_deref(), Some("Josef Bednář"));
    assert_eq!(name("CLIP, Radim Šebesta: \"My father worked here.\"").as_deref(), Some("Radim Šebesta"));
    let dash = "SOUNDBITE – Anthony Jesuthasan (in Tamil, translated): \"They come in hundreds.\"";
    assert_eq!(name(dash).as_deref(), Some("Anthony Jesuthasan"));
    assert_eq!(name(dash.replace(" –", ",").as_str()).as_deref(), Some("Anthony Jesuthasan"));
    assert_eq!(name("(CLIP) SAINT-FLEUR: \"I have never given one gourde.\"").as_deref(), Some("SAINT-FLEUR"));
    assert_eq!(name("NATO ALLIES, he said, agreed: nothing."), None);
    assert_eq!(name("lower case: no"), None);
    assert_eq!(name("NAME:no space"), None);
    assert_eq!(name("NAME: "), None);
    assert_eq!(name(&format!("{}: long", "A".repeat(50))), None);
    let hansard = "Hon. (Dr.) Wekesa Barasa-Simiyu (Township Ward): On a point of order.";
    assert_eq!(name(hansard).as_deref(), Some("Hon. (Dr.) Wekesa Barasa-Simiyu"));
    // A live blog's label in mixed case: a name, then an office written small.
    let mixed =
        "Óscar Rubio Valle, director of the Emergency Service of the Principality of Asturias (SEPA): We had 47 fires.";
    assert_eq!(name(mixed).as_deref(), Some("Óscar Rubio Valle"));
    let minister = "Lidia Fernández Carbajal, regional minister for the presidency: Let me be very clear.";
    assert_eq!(name(minister).as_deref(), Some("Lidia Fernández Carbajal"));
    assert_eq!(name("Mr Speaker, let me say clearly: any leader will be arrested."), None);
    assert_eq!(name("Tom Reed, meanwhile, pointed to the data: prices fell."), None);
    // A name in capitals, then an office in title case.
    assert_eq!(name("RADU OLTEAN, Mayor of Sibiu: Good afternoon.").as_deref(), Some("RADU OLTEAN"));
    assert_eq!(name("JOHN SWINNEY, First Minister of Scotland: I am disappointed.").as_deref(), Some("JOHN SWINNEY"));
    assert_eq!(name("NEW DELHI, Monday: The minister said."), None);
    assert_eq!(name("RADU OLTEAN, Sibiu: Good afternoon."), None);
    assert_eq!(name("LIVE UPDATES, Minister of Defence: Drones hit Kyiv."), None);
    assert_eq!(name("WHAT WE KNOW, President of Romania: He will visit."), None);
}

#[test]
fn directions_in_brackets_and_points_of_order_state_nothing() {
    assert!(!says_something("(Hon. (Dr.) Barasa-Simiyu laid the document on the Table)", false));
    assert!(!says_something("On a point of order, Mr. Speaker.", true));
    assert!(says_something("Mr. Speaker, the Chairperson is misleading this House.", true));
}

#[test]
fn a_bulletin_s_anchor_and_reporters_narrate() {
    let body = "Head\n\nNOMVULA DLAMINI: Good morning, I'm Nomvula Dlamini. Taps are dry. Sipho Mthembu reports.\n\nSIPHO MTHEMBU: The queue is long.\n\nANA GQIRANA: We have nothing.\n\nSIPHO MTHEMBU: The metro says tankers are out. In Kwazakhele, I'm Sipho Mthembu.\n\nNOMVULA DLAMINI: Now the weather.";
    let asks: Vec<bool> = transcript_turns(body).iter().map(|t| t.question).collect();
    assert_eq!(asks, [true, true, false, true, true]);
}

#[test]
fn a_correspondent_in_brackets_narrates_under_either_name() {
    let body = "Head\n\nANCHOR (Khanittha Boonma): Good evening.\n\nTHANAWAT INTHACHAI (reporter): The governor vowed arrests.\n\nWICHAI THONGPRASERT, deputy governor: We will find them.\n\nTHANAWAT: Mr Wichai said burning was banned.";
    let asks: Vec<bool> = transcript_turns(body).iter().map(|t| t.question).collect();
    assert_eq!(asks, [true, true, false, true]);
}

#[test]
fn a_name_in_brackets_is_the_speaker() {
    let body = "Head\n\nCHAIR: Welcome.\n\nSES DIRECTOR (Rohan Avery): Crews are out.\n\nMINISTER (Ana Costa): Thanks.\n\nQ (ABC): Why?\n\nPRESENTER: And?\n\nPRESS OFFICER: Last question.";
    let turns = super::transcript_turns(body);
    let labels: Vec<&str> = turns.iter().map(|t| &body[t.label.clone()]).collect();
    assert_eq!(labels, ["CHAIR", "Rohan Avery", "Ana Costa", "Q", "PRESENTER", "PRESS OFFICER"]);
    let questions: Vec<bool> = turns.iter().map(|t| t.question).collect();
    assert_eq!(questions, [false, false, false, true, true, true]);
}

#[test]
fn a_committee_record_s_witnesses_members_and_convener() {
    let body = "Head\n\nThe Convener (Morag Cattanach): Good morning.\n\nDuncan Baird (Caledonian Vessel Assets Ltd): Hull 812 is now 94 per cent complete.\n\nAlasdair Mac an Tàilleir (Highlands and Islands) (IP): So ministers overrode their own procurement body.\n\nDuncan Baird: I reject that.";
    let turns = super::transcript_turns(body);
    let labels: Vec<&str> = turns.iter().map(|t| &body[t.label.clone()]).collect();
    assert_eq!(labels, ["Morag Cattanach", "Duncan Baird", "Alasdair Mac an Tàilleir", "Duncan Baird"]);
    let questions: Vec<bool> = turns.iter().map(|t| t.question).collect();
    assert_eq!(questions, [true, false, false, false]);
}

#[test]
fn a_dail_record_s_offices_with_portfolios_and_the_ceann_comhairle() {
    let body = "Head\n\nAn Ceann Comhairle: I call the Minister.\n\nMinister for Housing, Local Government and Heritage (Deputy Darragh Kinsella): Homes were completed.\n\nDeputy Aoife Nic Giolla Phádraig: That is a record.\n\nMinister of State at the Department of Housing, Local Government and Heritage (Deputy Niamh Uí Bhriain): The figures are falling.";
    let turns = super::transcript_turns(body);
    let labels: Vec<&str> = turns.iter().map(|t| &body[t.label.clone()]).collect();
    assert_eq!(
        labels,
        [
            "An Ceann Comhairle", "Deputy Darragh Kinsella", "Deputy Aoife Nic Giolla Phádraig",
            "Deputy Niamh Uí Bhriain"
        ]
    );
    assert_eq!(turns.iter().map(|t| t.question).collect::<Vec<_>>(), [true, false, false, false]);
    let senedd = "Head\n\nThe Llywydd: I call the Cabinet Secretary.\n\nThe Cabinet Secretary for Transport and North Wales (Dyfrig Ellis-Owen): Diolch, Llywydd. Casualties fell.\n\nThe Llywydd: Natasha Bevan-Morgan.\n\nNatasha Bevan-Morgan: It was a climbdown.";
    let labels: Vec<&str> = transcript_turns(senedd).iter().map(|t| &senedd[t.label.clone()]).collect();
    assert_eq!(labels, ["The Llywydd", "Dyfrig Ellis-Owen", "The Llywydd", "Natasha Bevan-Morgan"]);
}

#[test]
fn a_sports_transcript_s_questions_open_on_q_and_a_full_stop() {
    let body = "Head\n\nDR. LaTOYA BRENNAN-OKAFOR: Coach Marchetti will not return.\n\nQ. When did you decide?\n\nDR. LaTOYA BRENNAN-OKAFOR: Saturday night.\n\nQ. And the buyout?\n\nPRESIDENT HAROLD J. WHITCOMBE III: We will honour it.";
    let turns = transcript_turns(body);
    let asks: Vec<bool> = turns.iter().map(|t| t.question).collect();
    assert_eq!(asks, [false, true, false, true, false]);
    assert!(!says_something("Thank you. Senator van der Walt.", false));
    // A chair calling the next witness by whom they speak for.
    assert!(!says_something("Engineer Jussara, for Chesf.", false));
    assert!(!says_something("Mr. Francisco, on behalf of the growers.", false));
    assert!(says_something("Francisco, for one, thinks the plan will fail.", false));
    assert!(!says_something("So noted.", false));
    assert!(says_something("Orders fell by half.", false));
}

#[test]
fn westminster_speech_headings_name_the_speaker_above_the_speech() {
    let body = "Head\n\nBaroness Adeyemi-Clarke (Lab)\n\nMy Lords, I beg to move.\n\nThe Bill is narrow.\n\nLord Thistlewood (Con)\n\nIt is not.\n\nNoble Lords: Hear, hear!\n\n10.31 am\n\nThe Lord Bishop of Wexcombe\n\nMy Lords, the law teaches.\n\nThe Parliamentary Under-Secretary of State, Ministry of Justice (Lord Okonedo) (Lab)\n\nThe Government are neutral.";
    let turns = transcript_turns(body);
    let labels: Vec<&str> = turns.iter().map(|t| &body[t.label.clone()]).collect();
    assert_eq!(
        labels,
        ["Baroness Adeyemi-Clarke", "Lord Thistlewood", "Noble Lords", "Lord Bishop of Wexcombe", "Lord Okonedo"]
    );
    assert_eq!(turns[0].paragraphs.len(), 2);
    assert!(turns[2].question);
    assert_eq!(speech_heading("Photo (AFP)"), None);
}

#[test]
fn crossheads_and_the_outlet_s_notes_end_a_turn() {
    let body = "Head\n\nQ: Is it temporary?\n\nLEHTIMÄKI: It is.\n\nQ: And next year?\n\nLEHTIMÄKI: We will see.\n\nThis article was translated from the Finnish original.\n\nImatra: \"We are being forgotten\"\n\nIn Imatra, the news was received with resignation.";
    let turns = transcript_turns(body);
    assert_eq!(turns.len(), 4);
    assert!(turns
        .iter()
        .all(|t| !body[t.span.clone()].contains("translated") && !body[t.span.clone()].contains("Imatra")));
    assert!(crosshead("Lawyers: \u{201c}no longer temporary\u{201d}"));
    assert!(!crosshead("MALIK: \"We warned them.\""));
}

#[test]
fn a_witness_s_body_in_full_and_the_chairperson_of_a_committee() {
    let body = "Head\n\nThe Chairperson (Ms Ní Bhriain): I welcome the witnesses.\n\nDr Niamh Ferguson-Quinn (Lagan and Mourne Health and Social Care Trust): Waiting lists are unacceptable.\n\nMr Gareth Lyttle: Why?\n\nDr Niamh Ferguson-Quinn: Workforce.\n\nThe Moderator: Questions, please.";
    let turns = transcript_turns(body);
    let labels: Vec<&str> = turns.iter().map(|t| &body[t.label.clone()]).collect();
    assert_eq!(
        labels,
        ["Ms Ní Bhriain", "Dr Niamh Ferguson-Quinn", "Mr Gareth Lyttle", "Dr Niamh Ferguson-Quinn", "The Moderator"]
    );
    assert!(turns[0].question && turns[4].question && !turns[1].question);
}

#[test]
fn sentences_ending_in_a_colon_are_not_labels() {
    let body = "Head\n\nOne pal told The Blaze: “She cried.”\n\nA Skyline TV spokesperson said: “Fiction.”\n\nOne wrote on X: “Team Aoife!”";
    assert!(super::transcript_turns(body).is_empty());
}

#[test]
fn ordinary_articles_have_no_turns() {
    assert!(transcript_turns("Head\n\nPhoto: Reuters\n\nBody text.").is_empty());
    let notes = "Head\n\nSpeakers: A, B.\n\nQ: Why?\n\nANN: So.\n\nQ: And?\n\nNotes: none.";
    assert!(transcript_turns(notes).iter().all(|t| !matches!(&notes[t.label.clone()], "Speakers" | "Notes")));
    let chrome = "Head\n\nShare: WhatsApp | X | Facebook\n\nBengaluru: A proposal ran into a wall.\n\nBody text.";
    assert!(transcript_turns(chrome).is_empty());
}

#[test]
fn an_earnings_call_names_its_speakers_on_lines_of_their_own() {
    let body = "Head\n\nOperator\n\nWelcome to the call.\n\nTariq bin Hamad al-Suwaidi -- Group Chief Executive Officer\n\n\
                This was the best quarter in our history.\n\nIt will not last.\n\nMikkel Sondergaard -- Nordhavn Securities -- Analyst\n\n\
                Do you see the same?\n\nAnand K. Venkataraman -- Chief Financial Officer\n\nMost of it.";
    let turns = transcript_turns(body);
    let labels: Vec<&str> = turns.iter().map(|t| &body[t.label.clone()]).collect();
    assert_eq!(labels, ["Operator", "Tariq bin Hamad al-Suwaidi", "Mikkel Sondergaard", "Anand K. Venkataraman"]);
    let asks: Vec<bool> = turns.iter().map(|t| t.question).collect();
    assert_eq!(asks, [true, false, true, false]);
    assert_eq!(turns[1].paragraphs.len(), 2);
    assert_eq!(read::call_heading("He said -- and meant it -- that prices fall."), None);
}

#[test]
fn a_host_first_labelled_in_full_then_by_first_name_asks() {
    let body = "Head\n\nWANJIRU KAMAU-OTIENO: Welcome to the show. Who pays?\n\nWANJIRU: Brian, start with the riders. \
                What are you hearing?\n\nLANGAT: Anger, honestly.\n\nWANJIRU: Halima, is that right?\n\nHALIMA: Roughly, yes.";
    let asks: Vec<bool> = transcript_turns(body).iter().map(|t| t.question).collect();
    assert_eq!(asks, [true, true, false, true, false]);
}

#[test]
fn a_shareholder_in_capitals_speaks_for_the_company_in_brackets() {
    let body =
        "Head\n\nCHAIR: Welcome to the meeting.\n\nMAARTEN VAN DER KOLK (Keizersgracht Capital): We hold 4.1% of the \
                company.\n\nCHAIR: Thank you.\n\nTASKFORCE COORDINATOR (Lisa Tranh): The units are in production.\n\n\
                ADRIANA SOUZA LEAL (Bela Vista Residents' Association): One truck every four minutes.";
    let turns = transcript_turns(body);
    let labels: Vec<&str> = turns.iter().map(|t| &body[t.label.clone()]).collect();
    assert_eq!(labels, ["CHAIR", "MAARTEN VAN DER KOLK", "CHAIR", "Lisa Tranh", "ADRIANA SOUZA LEAL"]);
}

#[test]
fn a_name_in_capitals_holds_the_office_in_brackets() {
    let body = "Head\n\nPRESS OFFICER (Declan Furey): Good morning.\n\nSIOBHÁN NÍ FHLATHARTA (Chief Executive, \
                Galway City Council): Thank you.\n\nRUAIRÍ Ó CONGHAILE (Project Director, Galway Light Rail): Briefly.\n\n\
                The Senior Minister of State (Dr Nurul Huda binte Abdul Karim): Yes.\n\n\
                TOGBUI NYAXO DZAKPATA III (Chief of Fuvemeh): My people moved.\n\nCHAIR (Councillor Ama Adu): Next.\n\n\
                OPENING STATEMENT (Senator Maria Lopez): We will vote.\n\n\
                BABAJANOV (Zafar Babajanov, chairman, Khorezm Tour Operators' Association): We will have queues.\n\n\
                ELIKEM FIADZOMOR (Volta regional director, Ghana Hydrological Authority): The phase was funded.\n\n\
                OPENING STATEMENT (Jane Doe, Chief Executive): We grew.\n\n\
                CLOSING REMARKS (Dr Ahmad bin Ibrahim): Thank you.\n\n\
                VAN DER BERG (Pieter van der Berg, chairman of the Dutch-Uzbek Business Council): We will invest.\n\n\
                LUÍS OTÁVIO BRAGANÇA REIS (Navy, Port Captain of Porto Velho): Some hulks sank.";
    let turns = transcript_turns(body);
    let labels: Vec<&str> = turns.iter().map(|t| &body[t.label.clone()]).collect();
    let named = ["Declan Furey", "SIOBHÁN NÍ FHLATHARTA", "RUAIRÍ Ó CONGHAILE", "Dr Nurul Huda binte Abdul Karim"];
    assert_eq!(labels[..4], named);
    assert_eq!(
        labels[4..9],
        ["TOGBUI NYAXO DZAKPATA III", "Councillor Ama Adu", "Senator Maria Lopez", "BABAJANOV", "ELIKEM FIADZOMOR"]
    );
    // A name, then an office; a titled name with a particle; a surname of three words.
    assert_eq!(labels[9..12], ["Jane Doe, Chief Executive", "Dr Ahmad bin Ibrahim", "VAN DER BERG"]);
    // The body first, then the office held in it.
    assert_eq!(labels[12..], ["LUÍS OTÁVIO BRAGANÇA REIS"]);
}

#[test]
fn a_ranked_name_in_capitals_and_a_long_office_in_brackets() {
    let body = "Head\n\nKOMBES I MADE WIRYAWAN ADNYANA (Director of General Criminal Investigation, West Nusa \
                Tenggara Regional Police): Good afternoon. We arrested two suspects.\n\n\
                ZAINUL MUTTAQIN (Head of Hajj and Umrah Affairs, West Nusa Tenggara Office of the Ministry of \
                Religious Affairs): This company was not licensed.\n\n\
                ANNA REED (a long aside in brackets that holds no office of any kind at all, none): Hello there.\n\n\
                Turnout (Chief Electoral Officer, provisional figures for all 214 polling stations across the \
                district): The turnout was 61 percent.\n\n\
                FACT BOX (Source: Ministry of Transport, Scottish Government figures for the year): It costs more.\n\n\
                QUESTION: Where did the money go?";
    let turns = transcript_turns(body);
    let labels: Vec<&str> = turns.iter().map(|t| &body[t.label.clone()]).collect();
    // Not a factbox's lines.
    assert_eq!(labels, ["KOMBES I MADE WIRYAWAN ADNYANA", "ZAINUL MUTTAQIN", "QUESTION"]);
    // A service's rank before the name: the name speaks, not the office in brackets.
    let body = "Head\n\nMARITIME CAPTAIN ROSLI ABDUL HAMID (Director, Semporna Maritime Zone, MMEA): Good \
                morning.\n\nQ: Is it true?\n\nROSLI: That is not true.";
    let labels: Vec<&str> = transcript_turns(body).iter().map(|t| &body[t.label.clone()]).collect();
    assert_eq!(labels, ["MARITIME CAPTAIN ROSLI ABDUL HAMID", "Q", "ROSLI"]);
    let body = "Head\n\nPOLICE COMMISSIONER TAN SRI RAZARUDIN HUSAIN (Royal Malaysia Police): Three men were \
                arrested.\n\nQ: Who are they?\n\nRAZARUDIN: Locals.";
    let labels: Vec<&str> = transcript_turns(body).iter().map(|t| &body[t.label.clone()]).collect();
    assert_eq!(labels, ["POLICE COMMISSIONER TAN SRI RAZARUDIN HUSAIN", "Q", "RAZARUDIN"]);
}

#[test]
fn a_role_alone_labels_a_court_extract() {
    let body = "Head\n\nPresiding judge: Who chose these companies?\n\nBangoura: I did not choose anybody.\n\n\
                If I had refused, I would have been gone.\n\nPresiding judge: Did you receive money?\n\n\
                Bangoura: Not one franc.\n\nThe director at the time could not be reached for comment.";
    let t = transcript_turns(body);
    let labels: Vec<&str> = t.iter().map(|t| &body[t.label.clone()]).collect();
    assert_eq!(labels, ["Presiding judge", "Bangoura", "Presiding judge", "Bangoura"]);
    assert_eq!(paragraphs_of(body, &t[1]), ["I did not choose anybody.", "If I had refused, I would have been gone."]);
    assert_eq!(paragraphs_of(body, &t[3]), ["Not one franc."]);
    assert!(!role_label("Her lawyer"));
    assert!(!role_label("Political editor"));
    assert!(!role_label("Her message to the minister"));
}

#[test]
fn a_title_alone_labels_the_one_person_an_earlier_label_gave_it() {
    let body = "Head\n\nCOLLECTOR M. THENMOZHI: The dam opens at ten.\n\nQ: Will there be cuts?\n\nCORPORATION \
                COMMISSIONER A. PONNUSAMY: No cuts.\n\nQ: And the petition?\n\nCOLLECTOR: We have received it.\n\n\
                COMMISSIONER: That will be set right.\n\nENGINEER: The gates are ready.";
    let labels: Vec<&str> = transcript_turns(body).iter().map(|t| &body[t.label.clone()]).collect();
    assert_eq!(labels[4], "COLLECTOR M. THENMOZHI");
    assert_eq!(labels[5], "CORPORATION COMMISSIONER A. PONNUSAMY");
    // No earlier label gave this title: the label as written.
    assert_eq!(labels[6], "ENGINEER");
    // Two people with the title: neither. A deputy's office is another.
    let earlier = [("MAYOR ANA COSTA".to_string(), 0..1), ("MAYOR JOÃO REIS".to_string(), 2..3)];
    assert_eq!(super::read::titled_before("MAYOR", &earlier), None);
    let earlier = [("DEPUTY MAYOR ANA COSTA".to_string(), 0..1), ("MAYOR JOÃO REIS".to_string(), 2..3)];
    assert_eq!(super::read::titled_before("MAYOR", &earlier), Some(2..3));
    assert_eq!(super::read::titled_before("DEPUTY MAYOR", &earlier), Some(0..1));
    // Another, lesser office with the title in it.
    let earlier = [("ADDITIONAL COLLECTOR R. VENKATESH".to_string(), 0..1)];
    assert_eq!(super::read::titled_before("COLLECTOR", &earlier), None);
}

#[test]
fn a_broadcast_transcript_s_labels_on_lines_of_their_own() {
    let body = "Head\n\nTE PUKE — This is the lead item.\n\nHINE WALKER-TAUROA, ANCHOR, IN STUDIO:\n\n\
                Kia ora and good evening. A fire is still smouldering.\n\n\
                CALLUM RETI, REPORTER, LIVE AT NO. 1 ROAD:\n\nHine, the smell of plastic is still here.\n\n\
                SOUNDBITE — MEREANA TŪHOE-BROWN, INCIDENT CONTROLLER, FIRE AND EMERGENCY:\n\n\
                \"It's burning deep down under the roof.\n\n\"We're looking at Friday, maybe Saturday.\"\n\n\
                CALLUM RETI:\n\nOllerenshaw conceded the sprinkler system had been due for an upgrade.\n";
    let turns = super::transcript_turns(body);
    let seen: Vec<(&str, bool, usize)> =
        turns.iter().map(|t| (&body[t.label.clone()], t.question, t.paragraphs.len())).collect();
    assert_eq!(
        seen,
        [
            ("HINE WALKER-TAUROA", true, 1),
            ("CALLUM RETI", true, 1),
            ("MEREANA TŪHOE-BROWN", false, 2),
            ("CALLUM RETI", true, 1)
        ]
    );
}

#[test]
fn a_live_blogs_section_headings_speak_no_turn() {
    let body = "Head\n\nCOLLECTOR: Stay away from the banks.\n\nContext: How much rain has fallen?\n\n\
                The weather office says 200 mm fell.\n\nQ: When will it stop?\n\nCOLLECTOR: By Sunday.";
    let turns = transcript_turns(body);
    let labels: Vec<&str> = turns.iter().map(|t| &body[t.label.clone()]).collect();
    assert_eq!(labels, ["COLLECTOR", "Q", "COLLECTOR"]);
    // The heading ends the turn before it: the weather office's paragraph is nobody's turn.
    assert!(turns[0].span.end < body.find("The weather office").unwrap());
}

#[test]
fn a_hearing_may_set_its_labels_off_by_dashes_but_a_dateline_is_no_label() {
    let hearing =
        "Head\n\nMACAPÁ — The committee met on Wednesday.\n\nDEPUTY ANA LIMA (chair) — The session is open.\n\n\
                   WALBER QUEIROZ DANTAS (DNIT superintendent) — The road will be paved by 2027.\n\n\
                   DEPUTY JOELMA ASSIS — The date was 2022. Is that true?\n\nWALBER QUEIROZ DANTAS — It is true.\n\n\
                   DEPUTY JOELMA ASSIS — Truckers waited four days.";
    let turns = transcript_turns(hearing);
    let labels: Vec<&str> = turns.iter().map(|t| &hearing[t.label.clone()]).collect();
    let (deputy, superintendent) = ("DEPUTY JOELMA ASSIS", "WALBER QUEIROZ DANTAS");
    assert_eq!(labels, ["DEPUTY ANA LIMA", superintendent, deputy, superintendent, deputy]);
    assert!(hearing[turns[1].content.clone()].starts_with("The road"));
    // No name twice: a dateline and two other capitals before dashes stay prose.
    let report =
        "Head\n\nMEDICINE HAT — A councillor spent $9,000.\n\nJOHN SMITH — a neighbour — said it was wrong.\n\n\
                  MARY JONES — Nobody asked us.\n\nPETER LOW — We will pay.";
    assert!(transcript_turns(report).is_empty());
    // A list of candidates names one of them twice; a roundup's datelines are places.
    let list = "Head\n\nANA LIMA — Labour candidate.\n\nTOM REED — A local estate agent.\n\n\
                ANA LIMA — She says buses come first.\n\nHENRY PIKE — Green Party candidate.";
    assert!(transcript_turns(list).is_empty());
    let roundup = "Head\n\nSANTA CRUZ — The governor said bridges fell.\n\nSAN JOSE — Schools shut.\n\n\
                   SANTA CRUZ — Teams reached Cotoca.\n\nSAN JOSE — Rain eased.";
    assert!(!transcript_turns(roundup).is_empty(), "names in capitals, unless places");
    let places = |name: &str| matches!(name, "SANTA CRUZ" | "SAN JOSE");
    assert!(super::transcript_turns_placing(roundup, &places).is_empty());
}

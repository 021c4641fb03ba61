//! Help at the digital help desk: a citizen's code lets one helper act for
//! them, once, for the time and purpose chosen; either can stop it; every
//! step is audited and shows in "who viewed my data". Refusals for the
//! signed-out, non-helpers, other citizens, and wrong, used, replaced or
//! expired codes; a rate limit on guessing.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may panic: that is how it fails

use crate::common::{Backend, TestApp, backend_test, location, spawn_app};
use db::entities::{mandate, outbox_mail};
use db::sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use reqwest::StatusCode;

/// Makes a code as `citizen` and reads it from the page, as they would.
async fn make_code(citizen: &TestApp, scope: &str, duration: &str) -> String {
    let response = citizen
        .post_form(
            "/mijn/hulp/code",
            &[("scope", scope), ("duration", duration)],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let cookie = response
        .headers()
        .get("set-cookie")
        .unwrap()
        .to_str()
        .unwrap()
        .to_owned();
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"));
    assert!(cookie.contains("Max-Age=900"));
    let (status, page) = citizen.get_html("/mijn/hulp").await;
    assert_eq!(status, StatusCode::OK);
    let start = page.find("help-code__digits").expect("the code is shown");
    let digits: String = page[start..]
        .chars()
        .skip_while(|c| *c != '>')
        .skip(1)
        .take_while(|c| *c != '<')
        .collect();
    assert_eq!(digits.len(), 9, "two groups of four: {digits}");
    assert!(
        page.contains("Code intrekken"),
        "the code can be withdrawn at once"
    );
    digits
}

async fn enter(helper: &TestApp, code: &str) -> String {
    location(&helper.post_form("/hulp/code", &[("code", code)]).await)
}

async fn a_citizen_lets_a_helper_help_and_stops_it(backend: Backend) {
    let app = spawn_app(backend).await;
    let els = app.signed_in_as("els").await;
    let karim = app.signed_in_as("karim").await;

    let code = make_code(&els, "view", "3600").await;
    // Only the hash is stored.
    let row = mandate::Entity::find().one(&app.db).await.unwrap().unwrap();
    let plain = code.replace(' ', "");
    assert_eq!(
        row.code_hash.as_deref(),
        Some(db::identity::hash_secret(&plain).as_str())
    );
    assert_ne!(row.code_hash.as_deref(), Some(plain.as_str()));

    // A wrong code: nothing happens, and it is logged.
    assert_eq!(enter(&karim, "0000 0000").await, "/hulp?fout=code#fout");
    assert_eq!(enter(&karim, "twelve").await, "/hulp?fout=code#fout");
    let (_, page) = karim.get_html("/hulp?fout=code").await;
    assert!(page.contains("Deze code klopt niet"));
    assert!(page.contains("Niemand op dit moment."));

    // The right code, as read out (with a space): accepted.
    assert_eq!(enter(&karim, &code).await, "/hulp?melding=aanvaard");
    let (_, page) = karim.get_html("/hulp?melding=aanvaard").await;
    assert!(page.contains("Els Vandamme, tot"));
    // Once only.
    assert_eq!(enter(&karim, &code).await, "/hulp?fout=code#fout");

    // Els sees who helps her, with the desk, and in "who viewed my data".
    let (_, page) = els.get_html("/mijn/hulp").await;
    assert!(page.contains("Karim"), "{page}");
    assert!(page.contains("(digitale hulp Ieper)"));
    assert!(
        !page.contains("help-code__digits"),
        "a used code is no longer shown"
    );
    let (_, log) = els.get_html("/mijn/inzage").await;
    assert!(log.contains("Begon u te helpen, met uw code"));
    assert!(log.contains("Helper bij de digitale hulp"));
    let accepted = app.audit("mandate.accept").await;
    let ok: Vec<_> = accepted.iter().filter(|e| e.outcome == "ok").collect();
    assert_eq!(ok.len(), 1);
    assert_eq!(ok[0].actor_role.as_deref(), Some("helper"));
    assert_eq!(ok[0].on_behalf_of, ok[0].subject_id);
    assert_eq!(accepted.iter().filter(|e| e.outcome == "failed").count(), 3);

    // The helper sees who Els is and where she lives, not her INSZ; each
    // look is logged, on her behalf, and she sees it.
    let id = row.id.to_string();
    let profile = format!("/hulp/burger/{id}");
    let (status, page) = karim.get_html(&profile).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Gegevens van Els Vandamme"));
    assert!(page.contains("U helpt Els Vandamme als helper van de digitale hulp"));
    assert!(page.contains("Ieper"));
    assert!(!page.contains("85073003328") && !page.contains("85.07.30"));
    let reads = app.audit("person.read").await;
    assert_eq!(reads.len(), 1);
    assert_eq!(reads[0].on_behalf_of, Some(row.citizen_id));
    assert_eq!(reads[0].subject_id, Some(row.citizen_id));
    let (_, log) = els.get_html("/mijn/inzage").await;
    assert!(log.contains("Bekeek uw gegevens, met uw toestemming"));
    // What the helper did shows to both: to Els with his name and desk,
    // to Karim on her page; to no one else.
    assert!(page.contains("Wat u voor Els Vandamme deed"));
    assert!(page.contains("U begon te helpen, met de code."));
    assert!(page.contains("U bekeek de gegevens."));
    let (_, help) = els.get_html("/mijn/hulp").await;
    let done = &help[help.find("Wat helpers voor u deden").unwrap()..];
    assert!(done.contains("Bekeek uw gegevens, met uw toestemming"));
    assert!(done.contains("Begon u te helpen, met uw code"));
    assert!(done.contains("Karim El Amrani (digitale hulp Ieper)"));
    let jan = app.signed_in_as("jan").await;
    let (_, help) = jan.get_html("/mijn/hulp").await;
    assert!(help.contains("Nog niets.") && !help.contains("Karim"));
    assert_eq!(
        jan.get(&profile).await.status(),
        StatusCode::FORBIDDEN,
        "not a helper"
    );

    // Another citizen cannot stop it; Els can.
    let response = jan
        .post_form("/mijn/hulp/stoppen", &[("mandate", &id)])
        .await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    let response = els
        .post_form("/mijn/hulp/stoppen", &[("mandate", &id)])
        .await;
    assert_eq!(location(&response), "/mijn/hulp?melding=gestopt");
    let (_, page) = karim.get_html("/hulp").await;
    assert!(
        !page.contains("Els Vandamme"),
        "the helper no longer helps her"
    );
    assert_eq!(karim.get(&profile).await.status(), StatusCode::NOT_FOUND);
    let refused = app.audit("person.read").await;
    assert!(refused.iter().any(|e| e.outcome == "refused"));
    assert_eq!(app.audit("mandate.end").await.len(), 1);
    // Stopping twice finds nothing.
    let response = els
        .post_form("/mijn/hulp/stoppen", &[("mandate", &id)])
        .await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);

    // The helper can stop too.
    let code = make_code(&els, "apply", "86400").await;
    assert_eq!(enter(&karim, &code).await, "/hulp?melding=aanvaard");
    let row = mandate::Entity::find()
        .filter(mandate::Column::EndedAt.is_null())
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.scope, "apply");
    assert_eq!(row.expires_at, row.accepted_at.map(|at| at + 86_400));
    let response = karim
        .post_form("/hulp/stoppen", &[("mandate", &row.id.to_string())])
        .await;
    assert_eq!(location(&response), "/hulp?melding=gestopt");
}
backend_test!(a_citizen_lets_a_helper_help_and_stops_it);

async fn codes_are_refused_when_replaced_expired_or_guessed_and_to_non_helpers(backend: Backend) {
    let app = spawn_app(backend).await;
    let els = app.signed_in_as("els").await;
    let karim = app.signed_in_as("karim").await;

    // Signed out: 401; a citizen or a clerk is no helper: 403.
    let response = app.post_form("/hulp/code", &[("code", "1234 5678")]).await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    let response = app
        .post_form(
            "/mijn/hulp/code",
            &[("scope", "view"), ("duration", "3600")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(
        app.get("/mijn/hulp").await.status(),
        StatusCode::UNAUTHORIZED
    );
    let old = make_code(&els, "view", "3600").await;
    for key in ["an", "jan"] {
        let who = app.signed_in_as(key).await;
        assert_eq!(
            who.get("/hulp").await.status(),
            StatusCode::FORBIDDEN,
            "{key}"
        );
        let response = who.post_form("/hulp/code", &[("code", &old)]).await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{key}");
    }
    // A new code replaces the old one.
    let new = make_code(&els, "view", "3600").await;
    assert_eq!(enter(&karim, &old).await, "/hulp?fout=code#fout");
    // An expired code.
    app.db
        .execute_unprepared("UPDATE mandate SET code_expires_at = 0 WHERE ended_at IS NULL")
        .await
        .unwrap();
    assert_eq!(enter(&karim, &new).await, "/hulp?fout=code#fout");
    assert!(
        mandate::Entity::find()
            .filter(mandate::Column::HelperId.is_not_null())
            .all(&app.db)
            .await
            .unwrap()
            .is_empty(),
        "no code was accepted"
    );

    // Bad input: 400 and no code made.
    let before = mandate::Entity::find().all(&app.db).await.unwrap().len();
    for (scope, duration) in [("all", "3600"), ("view", "5"), ("view", "een uur")] {
        let response = els
            .post_form(
                "/mijn/hulp/code",
                &[("scope", scope), ("duration", duration)],
            )
            .await;
        assert_eq!(
            response.status(),
            StatusCode::BAD_REQUEST,
            "{scope} {duration}"
        );
    }
    assert_eq!(
        mandate::Entity::find().all(&app.db).await.unwrap().len(),
        before
    );

    // Guessing: after 10 codes in 15 minutes, 429 for this helper.
    let mut statuses = Vec::new();
    for _ in 0..10 {
        statuses.push(
            karim
                .post_form("/hulp/code", &[("code", "1111 1111")])
                .await
                .status(),
        );
    }
    assert!(
        statuses.contains(&StatusCode::TOO_MANY_REQUESTS),
        "{statuses:?}"
    );
    let limited = app.audit("mandate.accept").await;
    assert!(
        limited
            .iter()
            .any(|e| e.reason.as_deref() == Some("rate limit"))
    );
}
backend_test!(codes_are_refused_when_replaced_expired_or_guessed_and_to_non_helpers);

/// The paper consent form as a helper fills it in.
fn paper<'a>(
    rrn: &'a str,
    reference: &'a str,
    scope: &'a str,
    confirmed: bool,
) -> Vec<(&'a str, &'a str)> {
    let mut form = vec![
        ("rrn", rrn),
        ("reference", reference),
        ("scope", scope),
        ("duration", "86400"),
    ];
    if confirmed {
        form.push(("confirmed", "ja"));
    }
    form
}

async fn a_helper_records_a_consent_signed_on_paper(backend: Backend) {
    let app = spawn_app(backend).await;
    let karim = app.signed_in_as("karim").await;
    let els_rrn = "85.07.30-033.28";

    // Signed out: 401; a citizen or a clerk is no helper: 403.
    let response = app
        .post_form("/hulp/papier", &paper(els_rrn, "DH-1", "view", true))
        .await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    for key in ["jan", "an"] {
        let who = app.signed_in_as(key).await;
        let response = who
            .post_form("/hulp/papier", &paper(els_rrn, "DH-1", "view", true))
            .await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{key}");
    }

    // Without the CSRF token: refused.
    let response = karim
        .post_form_raw("/hulp/papier", &paper(els_rrn, "DH-1", "view", true))
        .await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);

    // Bad input: back to the form with every problem and what was typed,
    // except the national register number (it stays out of the URL).
    let again = location(
        &karim
            .post_form("/hulp/papier", &paper("", " ", "apply", false))
            .await,
    );
    assert!(
        again.starts_with("/hulp?fout=rrn-leeg%2Cformulier%2Cbevestig&"),
        "{again}"
    );
    assert!(again.contains("doel=apply") && again.contains("duur=86400"));
    for (rrn, problem) in [
        ("85073003329", "rrn-controle"),
        ("8507300332", "rrn-vorm"),
        // Well formed, but no one has it.
        ("85073012335", "onbekend"),
        // Karim's own.
        ("90012521163", "zelf"),
    ] {
        let again = location(
            &karim
                .post_form("/hulp/papier", &paper(rrn, "DH-9", "view", true))
                .await,
        );
        assert!(again.starts_with(&format!("/hulp?fout={problem}&formulier=DH-9&")));
        assert!(!again.contains(rrn), "{again}");
    }
    let response = karim
        .post_form("/hulp/papier", &paper(els_rrn, "DH-1", "everything", true))
        .await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST, "tampered scope");
    let (_, page) = karim
        .get_html("/hulp?fout=rrn-controle%2Cbevestig&formulier=DH-9&doel=apply&duur=86400")
        .await;
    assert!(page.contains("Dit rijksregisternummer klopt niet."));
    assert!(page.contains("Bevestig dat u de identiteitskaart zag"));
    assert!(page.contains(r#"value="DH-9""#));
    assert!(page.contains(r#"aria-describedby="helper-paper-rrn-error helper-paper-rrn-hint""#));
    assert!(
        mandate::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .is_empty()
    );
    assert!(
        app.audit("mandate.record")
            .await
            .iter()
            .all(|e| e.outcome != "ok")
    );

    // A good form: the help is active at once, for Karim only.
    let response = karim
        .post_form(
            "/hulp/papier",
            &paper(els_rrn, "  DH-2026/0042 ", "apply", true),
        )
        .await;
    assert_eq!(location(&response), "/hulp?melding=vastgelegd");
    let row = mandate::Entity::find().one(&app.db).await.unwrap().unwrap();
    assert_eq!(row.consent, "paper");
    assert_eq!(row.paper_reference.as_deref(), Some("DH-2026/0042"));
    assert_eq!(row.scope, "apply");
    assert_eq!(row.code_hash, None);
    assert_eq!(row.expires_at, row.accepted_at.map(|at| at + 86_400));
    let (_, page) = karim.get_html("/hulp?melding=vastgelegd").await;
    assert!(page.contains("De toestemming is vastgelegd."));
    assert!(page.contains("(toestemming op papier, formulier DH-2026/0042)"));
    let profile = format!("/hulp/burger/{}", row.id);
    assert_eq!(karim.get(&profile).await.status(), StatusCode::OK);

    // Audited on Els's behalf, with the reason; failures too.
    let recorded = app.audit("mandate.record").await;
    let ok: Vec<_> = recorded.iter().filter(|e| e.outcome == "ok").collect();
    assert_eq!(ok.len(), 1);
    assert_eq!(ok[0].subject_id, Some(row.citizen_id));
    assert_eq!(ok[0].on_behalf_of, Some(row.citizen_id));
    assert!(ok[0].reason.as_deref().unwrap().contains("DH-2026/0042"));
    assert_eq!(recorded.iter().filter(|e| e.outcome == "failed").count(), 1);
    assert_eq!(
        recorded.iter().filter(|e| e.outcome == "refused").count(),
        3
    );

    // Els gets a mail, sees the help with the form, and can stop it.
    let mails = outbox_mail::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(mails.len(), 1);
    assert_eq!(mails[0].recipient, "els.vandamme@example.org");
    assert!(mails[0].body_text.contains("formulier DH-2026/0042"));
    assert!(
        mails[0]
            .body_text
            .contains("Karim El Amrani (digitale hulp Ieper)")
    );
    let els = app.signed_in_as("els").await;
    let (_, page) = els.get_html("/mijn/hulp").await;
    assert!(page.contains("U tekende daarvoor aan de balie formulier DH-2026/0042."));
    let (_, log) = els.get_html("/mijn/inzage").await;
    assert!(log.contains("Begon u te helpen, met het formulier dat u tekende"));
    let response = els
        .post_form("/mijn/hulp/stoppen", &[("mandate", &row.id.to_string())])
        .await;
    assert_eq!(location(&response), "/mijn/hulp?melding=gestopt");
    assert_eq!(karim.get(&profile).await.status(), StatusCode::NOT_FOUND);

    // Every try counts against the same limit as codes: 6 so far.
    for _ in 0..4 {
        let response = karim
            .post_form("/hulp/papier", &paper("1", "DH-9", "view", true))
            .await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
    }
    let response = karim
        .post_form("/hulp/papier", &paper(els_rrn, "DH-9", "view", true))
        .await;
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(response.headers().contains_key("retry-after"));
}
backend_test!(a_helper_records_a_consent_signed_on_paper);

const LOTTE: &str = "15051708872"; // born 2015, represented by Sofie
const JAN: &str = "79031214511"; // lives in Poperinge; Karim's desk is in Ieper

async fn a_paper_consent_cannot_be_recorded_for_a_minor(backend: Backend) {
    let app = spawn_app(backend).await;
    let karim = app.signed_in_as("karim").await;
    // Even with a reason for her other municipality: refused.
    let mut form = paper(LOTTE, "DH-7", "view", true);
    form.push(("reason", "Haar moeder vroeg het"));
    let again = location(&karim.post_form("/hulp/papier", &form).await);
    assert!(
        again.starts_with("/hulp?fout=minderjarig&formulier=DH-7&"),
        "{again}"
    );
    assert!(!again.contains(LOTTE));
    let (_, page) = karim.get_html(&again).await;
    assert!(
        page.contains("Deze persoon is jonger dan 18 jaar."),
        "{page}"
    );
    assert!(page.contains("de wettelijke vertegenwoordiger die in het rijksregister staat"));
    assert!(page.contains(r##"href="#helper-paper-rrn""##));
    assert!(
        mandate::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .is_empty(),
        "no help for a child"
    );
    let refused = app.audit("mandate.record").await;
    assert_eq!(refused.len(), 1);
    assert_eq!(refused[0].outcome, "refused");
    assert_eq!(refused[0].reason.as_deref(), Some("a minor"));
}
backend_test!(a_paper_consent_cannot_be_recorded_for_a_minor);

async fn a_paper_consent_for_someone_of_another_municipality_needs_a_stated_reason(
    backend: Backend,
) {
    let app = spawn_app(backend).await;
    let karim = app.signed_in_as("karim").await;

    // No reason: back at the reason field, nothing recorded.
    let again = location(
        &karim
            .post_form("/hulp/papier", &paper(JAN, "DH-8", "view", true))
            .await,
    );
    assert!(
        again.starts_with("/hulp?fout=reden&formulier=DH-8&"),
        "{again}"
    );
    let (_, page) = karim.get_html(&again).await;
    assert!(page.contains("Deze burger woont niet in de gemeente van uw balie."));
    assert!(page.contains(r##"href="#helper-paper-reason""##));
    // Hidden characters or too long: said at the field.
    for (reason, problem) in [
        ("Op vraag van\u{202e} zijn dochter", "reden-teken"),
        ("\u{200b}", "reden-teken"),
        (&"x".repeat(201) as &str, "reden-lang"),
    ] {
        let mut form = paper(JAN, "DH-8", "view", true);
        form.push(("reason", reason));
        let again = location(&karim.post_form("/hulp/papier", &form).await);
        assert!(
            again.starts_with(&format!("/hulp?fout={problem}&")),
            "{again}"
        );
    }
    let (_, page) = karim.get_html("/hulp?fout=reden-teken").await;
    assert!(page.contains("Hier staat een teken dat u niet ziet"));
    assert!(
        mandate::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .is_empty()
    );

    // With a reason: recorded, kept, and shown to Jan and to Karim.
    let mut form = paper(JAN, "DH-8", "view", true);
    form.push(("reason", " Woont bij zijn dochter in Ieper "));
    let response = karim.post_form("/hulp/papier", &form).await;
    assert_eq!(location(&response), "/hulp?melding=vastgelegd");
    let (_, page) = karim.get_html("/hulp").await;
    assert!(page.contains("(andere gemeente: Woont bij zijn dochter in Ieper)"));
    let jan = app.signed_in_as("jan").await;
    let (_, page) = jan.get_html("/mijn/hulp").await;
    assert!(
        page.contains(
            "De helper werkt niet in uw gemeente. De reden: Woont bij zijn dochter in Ieper"
        ),
        "{page}"
    );
    let ok: Vec<_> = app
        .audit("mandate.record")
        .await
        .into_iter()
        .filter(|e| e.outcome == "ok")
        .collect();
    assert_eq!(ok.len(), 1);
    assert!(
        ok[0]
            .reason
            .as_deref()
            .unwrap()
            .contains("other municipality: Woont bij zijn dochter in Ieper")
    );

    // A resident of the desk's own municipality needs none (Els, Ieper).
    let response = karim
        .post_form("/hulp/papier", &paper("85073003328", "DH-9", "view", true))
        .await;
    assert_eq!(location(&response), "/hulp?melding=vastgelegd");
}
backend_test!(a_paper_consent_for_someone_of_another_municipality_needs_a_stated_reason);

async fn a_form_reference_with_hidden_characters_is_refused_at_the_field(backend: Backend) {
    let app = spawn_app(backend).await;
    let karim = app.signed_in_as("karim").await;
    for reference in [
        "DH\u{202e}-1",
        "DH-\u{2066}1\u{2069}",
        "\u{feff}DH-1",
        "DH\u{200d}1",
    ] {
        let again = location(
            &karim
                .post_form(
                    "/hulp/papier",
                    &paper("85073003328", reference, "view", true),
                )
                .await,
        );
        assert!(
            again.starts_with("/hulp?fout=formulier-teken&"),
            "{reference:?}: {again}"
        );
    }
    let (_, page) = karim.get_html("/hulp?fout=formulier-teken").await;
    assert!(page.contains("Hier staat een teken dat u niet ziet"));
    assert!(page.contains(r##"href="#helper-paper-reference""##));
    assert!(
        mandate::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .is_empty()
    );
}
backend_test!(a_form_reference_with_hidden_characters_is_refused_at_the_field);

/// The buttons that stop help on a page, each from `<button` to its text.
fn stop_buttons(page: &str) -> Vec<String> {
    page.match_indices("<button")
        .map(|(at, _)| &page[at..])
        .map(|button| button[..button.find("</button>").unwrap()].to_owned())
        .filter(|button| button.ends_with("stoppen"))
        .collect()
}

async fn a_helper_holds_one_active_mandate_per_person(backend: Backend) {
    let app = spawn_app(backend).await;
    let els = app.signed_in_as("els").await;
    let karim = app.signed_in_as("karim").await;

    let code = make_code(&els, "view", "3600").await;
    assert_eq!(enter(&karim, &code).await, "/hulp?melding=aanvaard");
    let first = mandate::Entity::find().one(&app.db).await.unwrap().unwrap();
    // Els gives Karim more: a new code replaces the first help.
    let code = make_code(&els, "apply", "86400").await;
    assert_eq!(enter(&karim, &code).await, "/hulp?melding=aanvaard");
    // And a form signed at the desk replaces that one.
    let response = karim
        .post_form("/hulp/papier", &paper("85073003328", "DH-3", "view", true))
        .await;
    assert_eq!(location(&response), "/hulp?melding=vastgelegd");

    let active = mandate::Entity::find()
        .filter(mandate::Column::EndedAt.is_null())
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(active.len(), 1, "{active:?}");
    assert_eq!(active[0].consent, "paper");
    let ended = app.audit("mandate.end").await;
    assert_eq!(ended.len(), 2);
    assert!(
        ended
            .iter()
            .all(|e| e.reason.as_deref().unwrap().starts_with("replaced by"))
    );
    assert_eq!(ended[0].object, Some(format!("mandate:{}", first.id)));
    assert_eq!(
        karim
            .get(&format!("/hulp/burger/{}", first.id))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );

    // Els sees one helper with one stop button, named with whose help
    // and until when; so does Karim.
    let (_, page) = els.get_html("/mijn/hulp").await;
    let buttons = stop_buttons(&page);
    assert_eq!(buttons.len(), 1, "{buttons:?}");
    assert!(
        buttons[0].contains(r#"aria-label="Hulp van Karim El Amrani stoppen (hulp tot "#),
        "{buttons:?}"
    );
    assert!(buttons[0].ends_with(">Hulp van Karim El Amrani stoppen"));
    let (_, page) = karim.get_html("/hulp").await;
    let buttons = stop_buttons(&page);
    assert_eq!(buttons.len(), 1, "{buttons:?}");
    assert!(buttons[0].contains(r#"aria-label="Hulp aan Els Vandamme stoppen (hulp tot "#));
}
backend_test!(a_helper_holds_one_active_mandate_per_person);

async fn a_mandate_ends_when_the_helpers_role_is_withdrawn(backend: Backend) {
    let app = spawn_app(backend).await;
    let els = app.signed_in_as("els").await;
    let karim = app.signed_in_as("karim").await;
    let hilde = app.signed_in_as("hilde").await;
    let code = make_code(&els, "view", "86400").await;
    assert_eq!(enter(&karim, &code).await, "/hulp?melding=aanvaard");
    let row = mandate::Entity::find().one(&app.db).await.unwrap().unwrap();
    let profile = format!("/hulp/burger/{}", row.id);
    assert_eq!(karim.get(&profile).await.status(), StatusCode::OK);

    // The regional admin withdraws Karim's helper role, then gives it back.
    let role = db::entities::staff_role::Entity::find()
        .filter(db::entities::staff_role::Column::PersonId.eq(row.helper_id.unwrap()))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let response = hilde
        .post_form(
            "/beheer/rollen/intrekken",
            &[("role", &role.id.to_string())],
        )
        .await;
    assert_eq!(location(&response), "/beheer/rollen?gedaan=ingetrokken");
    let ended = mandate::Entity::find_by_id(row.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert!(ended.ended_at.is_some(), "ended with the role");
    let place = role.municipality_id.unwrap().to_string();
    let department = role.department.clone().unwrap_or_default();
    let form = [
        ("person", row.helper_id.unwrap().to_string()),
        ("role", "helper".to_owned()),
        ("place", place),
        ("department", department),
    ];
    let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let response = hilde.post_form("/beheer/rollen/toekennen", &form).await;
    assert_eq!(location(&response), "/beheer/rollen?gedaan=toegekend");

    // A helper again, but this help is over.
    assert_eq!(karim.get("/hulp").await.status(), StatusCode::OK);
    assert_eq!(karim.get(&profile).await.status(), StatusCode::NOT_FOUND);
    let (_, page) = karim.get_html("/hulp").await;
    assert!(page.contains("Niemand op dit moment."));
    // Els sees it ended, and by whom (a role, not a name).
    let (_, page) = els.get_html("/mijn/hulp").await;
    assert!(page.contains("Niemand. Geen enkele helper mag nu voor u werken."));
    let (_, log) = els.get_html("/mijn/inzage").await;
    assert!(log.contains("Stopte met u te helpen"), "{log}");
    let ends = app.audit("mandate.end").await;
    assert_eq!(ends.len(), 1);
    assert_eq!(ends[0].subject_id, Some(row.citizen_id));
    assert_eq!(ends[0].actor_role.as_deref(), Some("regional_admin"));
    assert!(
        ends[0]
            .reason
            .as_deref()
            .unwrap()
            .starts_with("helper role withdrawn")
    );
}
backend_test!(a_mandate_ends_when_the_helpers_role_is_withdrawn);

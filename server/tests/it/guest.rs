//! Guest sign-in with an e-mail address and a one-time code, end to end on
//! every backend: the mail really goes through the outbox and the mail
//! worker to a real SMTP server process, and the code from that mail is what
//! the test types in.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may panic: that is how it fails

use crate::common::smtp::{SmtpServer, code_in, mail_to};
use crate::common::{
    self, Backend, TestApp, backend_test, location, spawn_app, spawn_app_with_mail,
};
use db::entities::{audit_event, guest_code, login_identity, outbox_mail, person, session};
use db::sea_orm::sea_query::Expr;
use db::sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use reqwest::StatusCode;

/// Asks for a code for `email` in this browser.
async fn ask_code(app: &TestApp, email: &str) -> reqwest::Response {
    app.post_form("/aanmelden/gast", &[("email", email), ("return_to", "")])
        .await
}

/// Types a code into the code form in this browser.
async fn type_code(app: &TestApp, code: &str) -> reqwest::Response {
    app.post_form("/aanmelden/gast/code", &[("code", code), ("return_to", "")])
        .await
}

/// A code that is surely not `code`.
fn other_code(code: &str) -> String {
    let number: u32 = code.parse().unwrap();
    format!("{:06}", (number + 1) % 1_000_000)
}

async fn audit(app: &TestApp) -> Vec<audit_event::Model> {
    audit_event::Entity::find().all(&app.db).await.unwrap()
}

async fn failure_reasons(app: &TestApp) -> Vec<String> {
    audit(app)
        .await
        .into_iter()
        .filter(|event| event.action == "sign_in.failed")
        .filter_map(|event| event.reason)
        .collect()
}

async fn a_code_by_mail_signs_a_guest_in_once_with_low_assurance(backend: Backend) {
    let smtp = SmtpServer::start().await;
    let app = spawn_app_with_mail(backend, smtp.smtp_port).await;

    let (status, html) = app.get_html("/aanmelden").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Geen Belgische eID? Meld u aan met uw e-mailadres"));
    assert!(html.contains(r#"action="/aanmelden/gast""#));
    assert!(html.contains(r#"autocomplete="email""#));
    assert!(html.contains(r#"<label for="guest-email""#));

    let response = ask_code(&app, " Lieve.Peeters@Example.NL ").await;
    assert_eq!(
        response.status(),
        StatusCode::SEE_OTHER,
        "{:?}",
        app.backend
    );
    assert_eq!(location(&response), "/aanmelden/gast/code");

    let (status, page) = app.get_html("/aanmelden/gast/code").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("We hebben een code naar uw e-mailadres gestuurd."));
    assert!(page.contains(r#"autocomplete="one-time-code""#));
    assert!(page.contains(r#"inputmode="numeric""#));
    assert!(page.contains(r#"<label for="guest-code""#));
    assert!(common::csrf_in(&page).is_some());

    // The address is stored as one value, lower case.
    let mail = mail_to(&smtp, "lieve.peeters@example.nl", 1).await;
    assert_eq!(mail.content_language.as_deref(), Some("nl"));
    assert_eq!(
        mail.subject.as_deref(),
        Some("Uw code om aan te melden bij e-Westhoek")
    );
    let text = mail.text.clone().unwrap();
    assert!(text.contains("De code werkt 10 minuten."), "{text}");
    let code = code_in(&mail);
    assert!(!mail.subject.unwrap().contains(&code));

    // Only a hash is kept, bound to this browser.
    let rows = guest_code::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(rows.len(), 1);
    assert_ne!(rows[0].code_hash, code);
    assert!(!rows[0].code_hash.contains(&code));
    assert_eq!(rows[0].email, "lieve.peeters@example.nl");

    let response = type_code(&app, &format!("{} {}", &code[..3], &code[3..])).await;
    assert_eq!(
        response.status(),
        StatusCode::SEE_OTHER,
        "{:?}",
        app.backend
    );
    assert_eq!(location(&response), "/mijn");

    let (status, html) = app.get_html("/mijn").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("een code per e-mail"), "{html}");
    assert!(html.contains("Zekerheid: laag"));
    assert!(html.contains("lieve.peeters@example.nl"));

    let guests = person::Entity::find()
        .filter(person::Column::Email.eq("lieve.peeters@example.nl"))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(guests.len(), 1);
    assert_eq!(
        (
            guests[0].kind.as_str(),
            guests[0].source.as_str(),
            guests[0].demo
        ),
        ("guest", "guest", false)
    );
    let logins = login_identity::Entity::find()
        .filter(login_identity::Column::PersonId.eq(guests[0].id))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(logins.len(), 1);
    assert_eq!(
        (logins[0].issuer.as_str(), logins[0].subject.as_str()),
        ("guest-email", "lieve.peeters@example.nl")
    );
    let sessions = session::Entity::find()
        .filter(session::Column::PersonId.eq(guests[0].id))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(sessions.len(), 1);
    assert_eq!(
        (sessions[0].assurance.as_str(), sessions[0].method.as_str()),
        ("low", "guest")
    );

    // Single use: signed out, in the same browser, the code is refused.
    let response = app.post_form("/afmelden", &[]).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let response = type_code(&app, &code).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&response), "/aanmelden/gast/code?fout=verlopen");
    let (_, page) = app.get_html("/aanmelden/gast/code?fout=verlopen").await;
    assert!(page.contains("Deze code werkt niet meer."));
    assert!(page.contains("Vraag een nieuwe code aan"));
    assert!(!page.contains(r#"name="code""#), "no form for a dead code");
    assert_eq!(
        session::Entity::find().all(&app.db).await.unwrap().len(),
        1,
        "no second session"
    );

    // The audit log has the code sent, the sign-in and the refusal; the
    // code itself is nowhere in it.
    let events = audit(&app).await;
    assert!(
        events
            .iter()
            .any(|e| e.action == "sign_in.guest_code" && e.outcome == "ok")
    );
    assert!(events.iter().any(|e| e.action == "sign_in"
        && e.outcome == "ok"
        && e.subject_id == Some(guests[0].id)
        && e.reason.as_deref() == Some("guest, low")));
    // Signing out gives the browser a new pre-session token (issue 12,
    // finding 10), so the old code is not even this browser's any more;
    // that it was used once is on its row.
    assert!(
        failure_reasons(&app)
            .await
            .contains(&"guest code: none for this browser".to_owned())
    );
    let codes = db::entities::guest_code::Entity::find()
        .all(&app.db)
        .await
        .unwrap();
    assert!(codes.iter().all(|code| code.used_at.is_some()), "used once");
    for event in &events {
        let text = format!("{:?} {:?}", event.object, event.reason);
        assert!(!text.contains(&code), "the code in the audit log: {text}");
    }
}
backend_test!(a_code_by_mail_signs_a_guest_in_once_with_low_assurance);

#[tokio::test]
async fn a_second_sign_in_with_the_same_address_is_the_same_guest() {
    let smtp = SmtpServer::start().await;
    let app = spawn_app_with_mail(common::Backend::Sqlite, smtp.smtp_port).await;
    for round in 1..=2 {
        let browser = app.another_browser();
        assert_eq!(
            ask_code(&browser, "wim@example.be").await.status(),
            StatusCode::SEE_OTHER
        );
        let code = code_in(&mail_to(&smtp, "wim@example.be", round).await);
        let response = type_code(&browser, &code).await;
        assert_eq!(location(&response), "/mijn", "round {round}");
    }
    let guests = person::Entity::find()
        .filter(person::Column::Email.eq("wim@example.be"))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(guests.len(), 1);
}

async fn five_wrong_codes_and_even_the_right_one_is_refused(backend: Backend) {
    let smtp = SmtpServer::start().await;
    let app = spawn_app_with_mail(backend, smtp.smtp_port).await;
    ask_code(&app, "an@example.be").await;
    let code = code_in(&mail_to(&smtp, "an@example.be", 1).await);
    let wrong = other_code(&code);
    for attempt in 1..=4 {
        let response = type_code(&app, &wrong).await;
        assert_eq!(
            location(&response),
            "/aanmelden/gast/code?fout=onjuist",
            "attempt {attempt} ({:?})",
            app.backend
        );
    }
    let response = type_code(&app, &wrong).await;
    assert_eq!(location(&response), "/aanmelden/gast/code?fout=geblokkeerd");
    let response = type_code(&app, &code).await;
    assert_eq!(location(&response), "/aanmelden/gast/code?fout=geblokkeerd");
    assert!(
        session::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .is_empty()
    );

    let row = guest_code::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.attempts, 5);
    assert!(row.used_at.is_none());

    let reasons = failure_reasons(&app).await;
    assert_eq!(
        reasons
            .iter()
            .filter(|reason| *reason == "guest code: wrong")
            .count(),
        4
    );
    assert_eq!(
        reasons
            .iter()
            .filter(|reason| *reason == "guest code: locked")
            .count(),
        2
    );

    // What the page says: the error summary and the field, with no hint why.
    let (_, page) = app.get_html("/aanmelden/gast/code?fout=onjuist").await;
    assert!(page.contains("<title>Fout: Vul uw code in"), "{page}");
    assert!(page.contains(r##"<a href="#guest-code">Deze code klopt niet.</a>"##));
    assert!(page.contains(r#"id="guest-code-error""#));
    assert!(page.contains(r#"aria-describedby="guest-code-hint guest-code-error""#));
    let (_, page) = app.get_html("/aanmelden/gast/code?fout=geblokkeerd").await;
    assert!(page.contains("U hebt te vaak een verkeerde code ingevuld."));
    assert!(page.contains(r#"href="/aanmelden?terug=/mijn#gast""#));
}
backend_test!(five_wrong_codes_and_even_the_right_one_is_refused);

async fn an_expired_code_is_refused(backend: Backend) {
    let smtp = SmtpServer::start().await;
    let app = spawn_app_with_mail(backend, smtp.smtp_port).await;
    ask_code(&app, "bert@example.be").await;
    let code = code_in(&mail_to(&smtp, "bert@example.be", 1).await);
    guest_code::Entity::update_many()
        .col_expr(guest_code::Column::ExpiresAt, Expr::value(db::now() - 1))
        .exec(&app.db)
        .await
        .unwrap();
    let response = type_code(&app, &code).await;
    assert_eq!(
        location(&response),
        "/aanmelden/gast/code?fout=verlopen",
        "{:?}",
        app.backend
    );
    assert!(
        session::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .is_empty()
    );
    assert!(
        failure_reasons(&app)
            .await
            .contains(&"guest code: expired".to_owned())
    );
}
backend_test!(an_expired_code_is_refused);

async fn a_code_works_only_in_the_browser_that_asked_for_it(backend: Backend) {
    let smtp = SmtpServer::start().await;
    let app = spawn_app_with_mail(backend, smtp.smtp_port).await;
    ask_code(&app, "chris@example.be").await;
    let code = code_in(&mail_to(&smtp, "chris@example.be", 1).await);

    let elsewhere = app.another_browser();
    let response = type_code(&elsewhere, &code).await;
    assert_eq!(
        location(&response),
        "/aanmelden/gast/code?fout=verlopen",
        "{:?}",
        app.backend
    );
    assert!(
        session::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .is_empty()
    );
    assert!(
        failure_reasons(&app)
            .await
            .contains(&"guest code: none for this browser".to_owned())
    );
    // It cost the asking browser nothing.
    let row = guest_code::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.attempts, 0);
    let response = type_code(&app, &code).await;
    assert_eq!(location(&response), "/mijn");
}
backend_test!(a_code_works_only_in_the_browser_that_asked_for_it);

async fn too_many_codes_for_one_address_get_the_429_page(backend: Backend) {
    let smtp = SmtpServer::start().await;
    let app = spawn_app_with_mail(backend, smtp.smtp_port).await;
    for round in 1..=5 {
        // Other browsers, the same person: the limit is per address.
        let browser = app.another_browser();
        let email = if round % 2 == 0 {
            "Dirk@Example.be"
        } else {
            "dirk@example.be"
        };
        let response = ask_code(&browser, email).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "round {round}");
    }
    let response = ask_code(&app.another_browser(), "dirk@example.be").await;
    assert_eq!(
        response.status(),
        StatusCode::TOO_MANY_REQUESTS,
        "{:?}",
        app.backend
    );
    assert!(response.headers().contains_key("retry-after"));
    assert!(response.text().await.unwrap().contains("Even geduld"));
    assert_eq!(
        guest_code::Entity::find().all(&app.db).await.unwrap().len(),
        5
    );
    // Another address is not held up.
    let response = ask_code(&app.another_browser(), "els@example.be").await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
}
backend_test!(too_many_codes_for_one_address_get_the_429_page);

async fn a_bad_address_gets_a_translated_error_keeps_what_was_typed_and_stores_nothing(
    backend: Backend,
) {
    let smtp = SmtpServer::start().await;
    let app = spawn_app_with_mail(backend, smtp.smtp_port).await;
    let response = app
        .post_form(
            "/aanmelden/gast",
            &[("email", "marie@example"), ("return_to", "/ieper")],
        )
        .await;
    assert_eq!(
        response.status(),
        StatusCode::BAD_REQUEST,
        "{:?}",
        app.backend
    );
    let html = response.text().await.unwrap();
    assert!(html.contains("<title>Fout: Aanmelden"), "{html}");
    assert!(html.contains(
        r##"<a href="#guest-email">Vul een e-mailadres in zoals naam@voorbeeld.be.</a>"##
    ));
    assert!(html.contains(r#"id="guest-email-error""#));
    assert!(html.contains(r#"value="marie@example""#), "typed text kept");
    assert!(html.contains(r#"aria-invalid="true""#));
    assert!(
        html.contains(r#"name="return_to" value="/ieper""#),
        "return path kept"
    );

    // In French, an empty address.
    let response = app
        .post_form("/taal", &[("lang", "fr"), ("return_to", "/aanmelden")])
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let response = ask_code(&app, "   ").await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let html = response.text().await.unwrap();
    assert!(html.contains("Indiquez votre adresse e-mail."), "{html}");
    assert!(html.contains(r#"<html lang="fr""#));

    assert!(
        guest_code::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .is_empty()
    );
    assert!(
        outbox_mail::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .is_empty()
    );
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    assert!(smtp.messages().await.is_empty());
}
backend_test!(a_bad_address_gets_a_translated_error_keeps_what_was_typed_and_stores_nothing);

#[tokio::test]
async fn the_mail_is_in_the_visitors_language() {
    let smtp = SmtpServer::start().await;
    let app = spawn_app_with_mail(common::Backend::Sqlite, smtp.smtp_port).await;
    app.post_form("/taal", &[("lang", "fr"), ("return_to", "/")])
        .await;
    ask_code(&app, "marie@example.fr").await;
    let mail = mail_to(&smtp, "marie@example.fr", 1).await;
    assert_eq!(mail.content_language.as_deref(), Some("fr"));
    assert_eq!(
        mail.subject.as_deref(),
        Some("Votre code pour vous connecter à e-Westhoek")
    );
    assert!(
        mail.text
            .unwrap()
            .contains("Le code est valable 10 minutes.")
    );
}

async fn known_and_unknown_addresses_get_the_same_answer(backend: Backend) {
    let smtp = SmtpServer::start().await;
    let app = spawn_app_with_mail(backend, smtp.smtp_port).await;
    // Make one address known: a guest who signed in before.
    let first = app.another_browser();
    ask_code(&first, "gekend@example.be").await;
    let code = code_in(&mail_to(&smtp, "gekend@example.be", 1).await);
    assert_eq!(location(&type_code(&first, &code).await), "/mijn");

    let mut answers = Vec::new();
    for email in ["gekend@example.be", "onbekend@example.be"] {
        let response = ask_code(&app.another_browser(), email).await;
        let status = response.status();
        let location = location(&response);
        let cookies = response.headers().get_all("set-cookie").iter().count();
        let body = response.text().await.unwrap();
        answers.push((status, location, cookies, body));
    }
    assert_eq!(answers[0], answers[1], "{:?}", app.backend);
    // Both get a code.
    mail_to(&smtp, "gekend@example.be", 2).await;
    mail_to(&smtp, "onbekend@example.be", 1).await;
}
backend_test!(known_and_unknown_addresses_get_the_same_answer);

#[tokio::test]
async fn without_mail_there_is_no_guest_sign_in() {
    let app = spawn_app(common::Backend::Sqlite).await;
    let (_, html) = app.get_html("/aanmelden").await;
    assert!(!html.contains("Geen Belgische eID?"));
    let response = ask_code(&app, "iemand@example.be").await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    let response = type_code(&app, "123456").await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert!(
        guest_code::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn a_code_that_is_not_six_digits_is_a_hint_not_an_attempt() {
    let smtp = SmtpServer::start().await;
    let app = spawn_app_with_mail(common::Backend::Sqlite, smtp.smtp_port).await;
    ask_code(&app, "fien@example.be").await;
    let response = type_code(&app, "12a45").await;
    assert_eq!(location(&response), "/aanmelden/gast/code?fout=formaat");
    let row = guest_code::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.attempts, 0);
    let (_, page) = app.get_html("/aanmelden/gast/code?fout=formaat").await;
    assert!(page.contains("Vul de 6 cijfers uit de e-mail in."));
}

//! Contact preferences: the address we write to and the language we write
//! in. The person changes them; so may a helper they let act in their name
//! (and only then). Bad input changes nothing; a changed address is told to
//! the old one; every change is audited and shows to the person.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may panic: that is how it fails

use crate::common::smtp::{SmtpServer, code_in, mail_to};
use crate::common::{Backend, TestApp, backend_test, location, spawn_app, spawn_app_with_mail};
use db::entities::{email_change, outbox_mail, person};
use db::sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use reqwest::StatusCode;

async fn person_by_rrn(app: &TestApp, rrn: &str) -> person::Model {
    db::identity::person_by_rrn(&app.db, rrn)
        .await
        .unwrap()
        .expect("a person with this number")
}

const ELS: &str = "85073003328";

/// The signed-in person's own contact form.
async fn own_contact(who: &TestApp, email: &str, language: &str) -> reqwest::Response {
    who.post_form("/mijn/contact", &[("email", email), ("language", language)])
        .await
}

/// A helper's contact form for the person they help under `mandate`.
async fn post(who: &TestApp, mandate: i32, email: &str) -> reqwest::Response {
    let mandate = mandate.to_string();
    let form = [
        ("mandate", mandate.as_str()),
        ("email", email),
        ("language", "en"),
    ];
    who.post_form("/hulp/burger/contact", &form).await
}

async fn a_citizen_changes_how_we_write_to_her(backend: Backend) {
    let app = spawn_app(backend).await;
    let response = own_contact(&app, "a@b.be", "fr").await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    let els = app.signed_in_as("els").await;
    // Without the CSRF token: refused, whatever the form holds.
    let response = els
        .post_form_raw("/mijn/contact", &[("email", "a@b.be"), ("language", "fr")])
        .await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);

    // Bad input: said, nothing changed, no mail.
    let again = location(&own_contact(&els, "geen adres", "fr").await);
    assert_eq!(again, "/mijn?fout=email-ongeldig#fout");
    let (_, page) = els.get_html("/mijn?fout=email-ongeldig").await;
    assert!(page.contains("Vul een e-mailadres in zoals naam@voorbeeld.be."));
    assert!(page.contains(r#"aria-describedby="contact-email-error contact-email-hint""#));
    let long = format!("{}@example.org", "a".repeat(250));
    let again = location(&own_contact(&els, &long, "nl").await);
    assert_eq!(again, "/mijn?fout=email-te-lang#fout");
    let response = own_contact(&els, "els@example.org", "xx").await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let unchanged = person_by_rrn(&app, ELS).await;
    assert_eq!(unchanged.email.as_deref(), Some("els.vandamme@example.org"));
    assert_eq!(unchanged.language, "nl");
    assert!(app.audit("person.contact").await.is_empty());

    // A new address and French: saved; the old address is told, in French.
    let saved = location(&own_contact(&els, " Els.Nieuw@Example.org ", "fr").await);
    assert_eq!(saved, "/mijn?melding=contact#contact-title");
    let changed = person_by_rrn(&app, ELS).await;
    assert_eq!(changed.email.as_deref(), Some("els.nieuw@example.org"));
    assert_eq!(changed.language, "fr");
    let mails = outbox_mail::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(mails.len(), 1);
    assert_eq!(mails[0].recipient, "els.vandamme@example.org");
    assert_eq!(mails[0].lang, "fr");
    assert!(mails[0].subject.contains("Votre adresse e-mail"));
    let audit = app.audit("person.contact").await;
    assert_eq!(audit.len(), 1);
    assert_eq!(audit[0].actor_id, Some(changed.id));
    assert_eq!(
        audit[0].reason.as_deref(),
        Some("changed: e-mail address and language")
    );
    let (_, page) = els.get_html("/mijn?melding=contact").await;
    assert!(page.contains("Uw voorkeuren zijn bewaard."));
    assert!(page.contains(r#"value="els.nieuw@example.org""#));

    // The same again changes nothing and logs nothing; empty: no mail.
    own_contact(&els, "els.nieuw@example.org", "fr").await;
    assert_eq!(app.audit("person.contact").await.len(), 1);
    own_contact(&els, "", "fr").await;
    assert_eq!(person_by_rrn(&app, ELS).await.email, None);

    // A guest's address is how she signs in: only the language changes.
    let marie = app.signed_in_as("marie").await;
    let saved = location(&own_contact(&marie, "other@example.org", "de").await);
    assert_eq!(saved, "/mijn?melding=contact#contact-title");
    let guest = person::Entity::find()
        .filter(person::Column::Kind.eq("guest"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(guest.email.as_deref(), Some("marie.dupont@example.fr"));
    assert_eq!(guest.language, "de");
}
backend_test!(a_citizen_changes_how_we_write_to_her);

async fn a_helper_changes_them_only_when_allowed_to_act_in_her_name(backend: Backend) {
    let app = spawn_app(backend).await;
    let els = person_by_rrn(&app, ELS).await;
    let karim_person = person_by_rrn(&app, "90012521163").await;
    let karim = app.signed_in_as("karim").await;
    let now = db::now();
    let (view, code) = db::mandate::create(&app.db, els.id, "view", 3600, now)
        .await
        .unwrap();
    db::mandate::accept(&app.db, karim_person.id, &code, now)
        .await
        .unwrap()
        .unwrap();
    // Only looking: no form, and the post is refused.
    let (_, page) = karim.get_html(&format!("/hulp/burger/{}", view.id)).await;
    assert!(!page.contains("/hulp/burger/contact"));
    assert_eq!(
        post(&karim, view.id, "els.hulp@example.org").await.status(),
        StatusCode::NOT_FOUND
    );
    let jan = app.signed_in_as("jan").await;
    assert_eq!(
        post(&jan, view.id, "els.hulp@example.org").await.status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(person_by_rrn(&app, ELS).await.language, "nl");
    let refused = app.audit("person.contact").await;
    assert_eq!(refused.len(), 1);
    assert_eq!(refused[0].outcome, "refused");

    // Allowed to act in her name: saved, audited on her behalf, shown to both.
    let (apply, code) = db::mandate::create(&app.db, els.id, "apply", 3600, now)
        .await
        .unwrap();
    db::mandate::accept(&app.db, karim_person.id, &code, now)
        .await
        .unwrap()
        .unwrap();
    let page_of = format!("/hulp/burger/{}", apply.id);
    let (_, page) = karim.get_html(&page_of).await;
    assert!(page.contains(r#"action="/hulp/burger/contact""#));
    // Said about her, and the helper's browser does not fill in his own address.
    assert!(page.contains("Hoe we Els Vandamme berichten sturen"));
    assert!(page.contains(r#"autocomplete="off""#) && !page.contains(r#"autocomplete="email""#));
    let again = location(&post(&karim, apply.id, "nope").await);
    assert_eq!(again, format!("{page_of}?fout=email-ongeldig#fout"));
    // The language changes at once; the address only with the code
    // sent to it (see the next test).
    assert_eq!(
        location(&post(&karim, apply.id, "els.hulp@example.org").await),
        format!("{page_of}?melding=code#contact-code")
    );
    let changed = person_by_rrn(&app, ELS).await;
    assert_eq!(changed.email.as_deref(), Some("els.vandamme@example.org"));
    assert_eq!(changed.language, "en");
    let ok: Vec<_> = app
        .audit("person.contact")
        .await
        .into_iter()
        .filter(|e| e.outcome == "ok")
        .collect();
    assert_eq!(ok.len(), 1);
    assert_eq!(ok[0].actor_id, Some(karim_person.id));
    assert_eq!(ok[0].actor_role.as_deref(), Some("helper"));
    assert_eq!(ok[0].on_behalf_of, Some(els.id));
    let (_, page) = karim.get_html(&page_of).await;
    assert!(page.contains("U veranderde hoe we berichten sturen."));
    let els_browser = app.signed_in_as("els").await;
    let (_, help) = els_browser.get_html("/mijn/hulp").await;
    // Her language is English now: the page is still in the browser's.
    assert!(
        help.contains("Veranderde hoe we u berichten sturen"),
        "{help}"
    );
    assert!(help.contains("Karim El Amrani (digitale hulp Ieper)"));
}
backend_test!(a_helper_changes_them_only_when_allowed_to_act_in_her_name);

fn other_code(code: &str) -> String {
    let number: u32 = code.parse().unwrap();
    format!("{:06}", (number + 1) % 1_000_000)
}

async fn confirm(who: &TestApp, mandate: i32, code: &str) -> reqwest::Response {
    let mandate = mandate.to_string();
    who.post_form(
        "/hulp/burger/contact/bevestigen",
        &[("mandate", mandate.as_str()), ("code", code)],
    )
    .await
}

async fn a_helper_changes_her_address_only_with_the_code_sent_to_the_new_one(backend: Backend) {
    let smtp = SmtpServer::start().await;
    let app = spawn_app_with_mail(backend, smtp.smtp_port).await;
    let els = person_by_rrn(&app, ELS).await;
    let karim_person = person_by_rrn(&app, "90012521163").await;
    let karim = app.signed_in_as("karim").await;
    let now = db::now();
    const NEW: &str = "els.nieuw@example.org";

    // Allowed only to look: he cannot start a change, nor confirm one.
    let (view, code) = db::mandate::create(&app.db, els.id, "view", 3600, now)
        .await
        .unwrap();
    db::mandate::accept(&app.db, karim_person.id, &code, now)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        post(&karim, view.id, NEW).await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        confirm(&karim, view.id, "123456").await.status(),
        StatusCode::NOT_FOUND
    );
    assert!(
        email_change::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .is_empty()
    );

    // Allowed to act in her name: the new address waits for its code.
    let (apply, code) = db::mandate::create(&app.db, els.id, "apply", 3600, now)
        .await
        .unwrap();
    db::mandate::accept(&app.db, karim_person.id, &code, now)
        .await
        .unwrap()
        .unwrap();
    let page_of = format!("/hulp/burger/{}", apply.id);
    assert_eq!(
        location(&post(&karim, apply.id, NEW).await),
        format!("{page_of}?melding=code#contact-code")
    );
    assert_eq!(
        person_by_rrn(&app, ELS).await.email.as_deref(),
        Some("els.vandamme@example.org"),
        "not yet"
    );
    let (_, page) = karim.get_html(&format!("{page_of}?melding=code")).await;
    assert!(page.contains("We stuurden een code naar het nieuwe adres."));
    assert!(page.contains("Nieuw adres, nog niet bevestigd: els.nieuw@example.org"));
    assert!(page.contains(r#"action="/hulp/burger/contact/bevestigen""#));

    // The code goes to the new address only, in the language she now
    // chose (the form set English); the database keeps a hash.
    let mail = mail_to(&smtp, NEW, 1).await;
    assert_eq!(
        mail.subject.as_deref(),
        Some("Confirm your new e-mail address at e-Westhoek")
    );
    assert!(
        mail.text
            .as_deref()
            .unwrap()
            .contains("The code works for 30 minutes")
    );
    let code = code_in(&mail);
    let waiting = email_change::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(waiting.email, NEW);
    assert!(!waiting.code_hash.contains(&code));
    assert!(
        smtp.messages()
            .await
            .iter()
            .all(|mail| !mail.raw.contains(&code) || mail.envelope.rcpt_to == [NEW])
    );

    // A wrong code changes nothing and says so at the field.
    let again = location(&confirm(&karim, apply.id, &other_code(&code)).await);
    assert_eq!(again, format!("{page_of}?fout=code#fout"));
    let (_, page) = karim.get_html(&again).await;
    assert!(page.contains("Deze code klopt niet of werkt niet meer."));
    assert!(page.contains("<title>Fout: "));
    assert!(page.contains(r##"href="#contact-code""##));
    assert_eq!(
        person_by_rrn(&app, ELS).await.email.as_deref(),
        Some("els.vandamme@example.org")
    );

    // The right code (as read out, with a space): changed; the old
    // address is told; the code works once.
    let spoken = format!("{} {}", &code[..3], &code[3..]);
    assert_eq!(
        location(&confirm(&karim, apply.id, &spoken).await),
        format!("{page_of}?melding=contact#contact-title")
    );
    assert_eq!(person_by_rrn(&app, ELS).await.email.as_deref(), Some(NEW));
    let told = mail_to(&smtp, "els.vandamme@example.org", 1).await;
    assert_eq!(
        told.subject.as_deref(),
        Some("Your e-mail address at e-Westhoek has changed")
    );
    assert!(
        email_change::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        location(&confirm(&karim, apply.id, &code).await),
        format!("{page_of}?fout=code#fout")
    );
    let audit = app.audit("person.contact").await;
    let ok: Vec<_> = audit.iter().filter(|e| e.outcome == "ok").collect();
    assert_eq!(ok.len(), 2, "started, then confirmed");
    assert!(ok.iter().all(|e| e.on_behalf_of == Some(els.id)));
    assert_eq!(audit.iter().filter(|e| e.outcome == "failed").count(), 2);

    // Five tries per code; then even the right one is dead.
    const OTHER: &str = "els.ander@example.org";
    location(&post(&karim, apply.id, OTHER).await);
    let code = code_in(&mail_to(&smtp, OTHER, 1).await);
    for _ in 0..5 {
        confirm(&karim, apply.id, &other_code(&code)).await;
    }
    assert_eq!(
        location(&confirm(&karim, apply.id, &code).await),
        format!("{page_of}?fout=code#fout")
    );
    assert_eq!(person_by_rrn(&app, ELS).await.email.as_deref(), Some(NEW));
    // And a code expires.
    const LATE: &str = "els.laat@example.org";
    location(&post(&karim, apply.id, LATE).await);
    let code = code_in(&mail_to(&smtp, LATE, 1).await);
    app.db
        .execute_unprepared("UPDATE email_change SET expires_at = 0")
        .await
        .unwrap();
    assert_eq!(
        location(&confirm(&karim, apply.id, &code).await),
        format!("{page_of}?fout=code#fout")
    );
    assert_eq!(person_by_rrn(&app, ELS).await.email.as_deref(), Some(NEW));
}
backend_test!(a_helper_changes_her_address_only_with_the_code_sent_to_the_new_one);

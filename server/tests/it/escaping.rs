//! Every text staff or citizens type reaches every page that shows it as
//! inert text (issue 12, findings 1 and 2): markup typed into the editors,
//! the role screen, the help desk, the profile and the sign-in forms never
//! becomes markup, in `<title>`, `<textarea>`, `<option>`, attributes or
//! text, in all four languages. Pages are read with html5ever, which parses
//! as browsers do.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may panic: that is how it fails

use crate::common::{self, Backend, TestApp, backend_test, location, spawn_app};
use scraper::{Html, Selector};

/// Closes every element that holds raw or escapable text, and tries an
/// element, a script, a refresh and an attribute break-out; ends with a
/// text that is already escaped (it must stay `&lt;`, not become `<`).
const PAYLOAD: &str = r#"Pwn</title></textarea></option>"'><b id="pwned">b</b><script id="pwned-script">1</script><meta http-equiv="refresh" content="0"><button formaction="/x">x</button>&lt;"#;
/// The same idea within 40 characters (the paper form's reference).
const SHORT: &str = r#"</title></textarea><b id="pwned">&lt;"#;

fn select<'a>(page: &'a Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    page.select(&Selector::parse(css).unwrap()).collect()
}

/// The page parsed as a browser would, after checking that nothing typed
/// became markup: no injected element, script, refresh or form button, and
/// exactly one title.
fn inert(html: &str, what: &str) -> Html {
    let page = Html::parse_document(html);
    for css in [
        "#pwned",
        "#pwned-script",
        "meta[http-equiv]",
        "[formaction]",
    ] {
        assert!(select(&page, css).is_empty(), "{what}: {css} became markup");
    }
    assert_eq!(select(&page, "title").len(), 1, "{what}: one <title>");
    assert_eq!(
        select(&page, "head title").len(),
        1,
        "{what}: title in head"
    );
    page
}

/// All the text of the page's body, as a reader sees it.
fn body_text(page: &Html) -> String {
    select(page, "body")
        .first()
        .map(|body| body.text().collect::<String>())
        .unwrap_or_default()
}

fn title_text(page: &Html) -> String {
    select(page, "title")[0].text().collect()
}

/// GET `path` in `lang`, checked to be inert; the parsed page.
async fn read(who: &TestApp, path: &str, lang: &str) -> Html {
    let response = who
        .client
        .get(who.url(path))
        .header("accept-language", lang)
        .send()
        .await
        .unwrap();
    let status = response.status();
    let html = response.text().await.unwrap();
    assert!(status.is_success(), "{path} ({lang}): {status}");
    inert(&html, &format!("{path} ({lang})"))
}

fn concept_pairs(code: &str, version: &str, then: &str, text: &str) -> Vec<(String, String)> {
    let mut pairs: Vec<(String, String)> = [
        ("scope", "regio"),
        ("code", code),
        ("version", version),
        ("then", then),
        ("product_type", "service"),
        ("min_assurance", "none"),
        ("default_channel", "online"),
        ("default_fee", "25"),
        ("default_lead_time", "14"),
        ("topic", "waste"),
    ]
    .iter()
    .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
    .collect();
    for lang in app::model::editor::LANGS {
        for field in app::model::editor::TEXT_FIELDS {
            let value = if field == "title" {
                format!("Grofvuil {text}")
            } else {
                text.to_owned()
            };
            pairs.push((format!("{lang}-{field}"), value));
        }
        pairs.push((format!("{lang}-keywords"), format!("grofvuil\n{text}")));
    }
    pairs
}

async fn post_pairs(who: &TestApp, path: &str, pairs: &[(String, String)]) -> reqwest::Response {
    let fields: Vec<(&str, &str)> = pairs
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    who.post_form(path, &fields).await
}

/// The draft's version as the editor page shows it.
fn version_in(page: &Html) -> String {
    select(page, r#"input[name="version"]"#)
        .first()
        .and_then(|input| input.value().attr("value"))
        .unwrap_or_default()
        .to_owned()
}

async fn markup_typed_into_the_catalogue_editors_stays_text_everywhere_it_shows(backend: Backend) {
    const CODE: &str = "bulky-waste-pickup";
    let app = spawn_app(backend).await;
    let tom = app.signed_in_as("tom").await;
    let editor = format!("/beheer/catalogus/regio/{CODE}");

    // A draft with the payload in every text of every language.
    let response = post_pairs(
        &tom,
        "/beheer/catalogus/bewaren",
        &concept_pairs(CODE, "", "bewaren", PAYLOAD),
    )
    .await;
    assert_eq!(response.status(), 303, "{}", location(&response));
    let page = read(&tom, &editor, "nl").await;
    // Every textarea holds exactly what was typed, and nothing more.
    let areas = select(&page, "textarea");
    assert!(areas.len() >= 7 * 4, "{} textareas", areas.len());
    for area in &areas {
        let text: String = area.text().collect();
        assert!(
            text == PAYLOAD || text == format!("grofvuil\n{PAYLOAD}"),
            "{text}"
        );
    }
    for input in select(&page, r#"input[name$="-title"]"#) {
        assert_eq!(
            input.value().attr("value"),
            Some(format!("Grofvuil {PAYLOAD}").as_str())
        );
    }
    // The form's own controls are all there is: nothing typed added one.
    let buttons = select(&page, "form button");
    assert!(
        buttons
            .iter()
            .all(|b| b.value().attr("formaction").is_none())
    );

    // Published: every page that shows it, in every language.
    let version = version_in(&page);
    let response = post_pairs(
        &tom,
        "/beheer/catalogus/bewaren",
        &concept_pairs(CODE, &version, "publiceren", PAYLOAD),
    )
    .await;
    assert_eq!(response.status(), 303, "{}", location(&response));
    let after = read(&tom, &location(&response), "nl").await;
    assert!(
        select(&after, ".error-summary").is_empty(),
        "published without problems"
    );
    for lang in ["nl", "fr", "de", "en"] {
        for path in [
            format!("/producten/{CODE}"),
            format!("/ieper/producten/{CODE}"),
            "/ieper/producten".to_owned(),
            "/producten?q=grofvuil".to_owned(),
            "/inventaris".to_owned(),
        ] {
            let page = read(&app, &path, lang).await;
            let text = body_text(&page);
            assert!(
                text.contains("Pwn</title>"),
                "{path} ({lang}) shows the text"
            );
            assert!(
                text.contains("&lt;"),
                "{path} ({lang}): already escaped text kept"
            );
            if path.contains(CODE) {
                assert!(
                    title_text(&page).starts_with("Grofvuil Pwn</title>"),
                    "{path} ({lang})"
                );
            }
        }
    }
    for path in [
        editor.clone(),
        format!("{editor}/geschiedenis"),
        "/beheer/catalogus/regio".to_owned(),
    ] {
        let page = read(&tom, &path, "nl").await;
        assert!(body_text(&page).contains("Pwn</title>"), "{path}");
    }
    // A search for the markup itself finds it as text.
    read(&app, &format!("/producten?q={}", urlencode(PAYLOAD)), "nl").await;

    // A municipality's note, by Poperinge's admin.
    let griet = app.signed_in_as("griet").await;
    let local = format!("/beheer/catalogus/poperinge/{CODE}");
    let mut pairs: Vec<(String, String)> = [
        ("scope", "poperinge"),
        ("code", CODE),
        ("version", ""),
        ("then", "bewaren"),
        ("offered", "ja"),
        ("channel", ""),
        ("fee", ""),
        ("lead_time", ""),
    ]
    .iter()
    .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
    .collect();
    for lang in app::model::editor::LANGS {
        pairs.push((format!("note-{lang}"), PAYLOAD.to_owned()));
    }
    assert_eq!(
        post_pairs(&griet, "/beheer/catalogus/bewaren", &pairs)
            .await
            .status(),
        303
    );
    let page = read(&griet, &local, "nl").await;
    let notes = select(&page, r#"textarea[name^="note-"]"#);
    assert_eq!(notes.len(), 4);
    for note in notes {
        assert_eq!(note.text().collect::<String>(), PAYLOAD);
    }
    // The regional admin opens the municipality's draft: still inert.
    let hilde = app.signed_in_as("hilde").await;
    read(&hilde, &local, "nl").await;
    pairs[2].1 = version_in(&page);
    pairs[3].1 = "publiceren".to_owned();
    assert_eq!(
        post_pairs(&griet, "/beheer/catalogus/bewaren", &pairs)
            .await
            .status(),
        303
    );
    for lang in ["nl", "fr", "de", "en"] {
        let page = read(&app, &format!("/poperinge/producten/{CODE}"), lang).await;
        assert!(body_text(&page).contains("Pwn</title>"), "{lang}");
    }

    // A new product whose Dutch title is markup.
    let response = tom
        .post_form(
            "/beheer/catalogus/nieuw",
            &[("code", "markup-test"), ("title", PAYLOAD)],
        )
        .await;
    assert_eq!(response.status(), 303, "{}", location(&response));
    let page = read(&tom, &location(&response), "nl").await;
    assert!(title_text(&page).contains("Pwn</title>") || body_text(&page).contains("Pwn</title>"));
    // A refused new product shows what was typed: inert as well.
    let response = tom
        .post_form(
            "/beheer/catalogus/nieuw",
            &[("code", PAYLOAD), ("title", PAYLOAD)],
        )
        .await;
    let again = location(&response);
    if again.starts_with('/') {
        read(&tom, &again, "nl").await;
    }
}
backend_test!(markup_typed_into_the_catalogue_editors_stays_text_everywhere_it_shows);

/// The help code on a citizen's help page, digits only.
async fn help_code(citizen: &TestApp) -> String {
    let (_, html) = citizen.get_html("/mijn/hulp").await;
    let page = Html::parse_document(&html);
    select(&page, ".help-code__digits")
        .first()
        .map(|element| element.text().collect::<String>())
        .unwrap_or_default()
        .chars()
        .filter(char::is_ascii_digit)
        .collect()
}

fn urlencode(text: &str) -> String {
    text.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

async fn markup_typed_at_the_role_screen_the_help_desk_and_the_profile_stays_text(
    backend: Backend,
) {
    let app = spawn_app(backend).await;
    let an = db::identity::person_by_login(&app.db, db::seed::people::DEMO_ISSUER, "an")
        .await
        .unwrap()
        .unwrap();
    let ieper = app.get_json_ids().await["ieper"];

    // The role screen: a department that is markup.
    let hilde = app.signed_in_as("hilde").await;
    let department = &PAYLOAD[..PAYLOAD.find("<script").unwrap()];
    let response = hilde
        .post_form(
            "/beheer/rollen/toekennen",
            &[
                ("person", &an.id.to_string()),
                ("role", "helper"),
                ("place", &ieper.to_string()),
                ("department", department),
            ],
        )
        .await;
    assert_eq!(response.status(), 303, "{}", location(&response));
    for lang in ["nl", "fr", "de", "en"] {
        let page = read(&hilde, "/beheer/rollen", lang).await;
        assert!(body_text(&page).contains("Pwn</title>"), "{lang}");
    }
    let an_browser = app.signed_in_as("an").await;
    let page = read(&an_browser, "/mijn", "nl").await;
    assert!(body_text(&page).contains("Pwn</title>"));

    // The help desk: Els gives An (a helper now) her code; An looks at
    // her data; Els's "who viewed my data" shows An's department.
    let els = app.signed_in_as("els").await;
    let made = els
        .post_form(
            "/mijn/hulp/code",
            &[("scope", "apply"), ("duration", "3600")],
        )
        .await;
    assert_eq!(made.status(), 303);
    let code = help_code(&els).await;
    assert_eq!(code.len(), 8, "the code on the citizen's page");
    let accepted = an_browser.post_form("/hulp/code", &[("code", &code)]).await;
    assert_eq!(accepted.status(), 303, "{}", location(&accepted));
    let helped = location(&accepted);
    let page = read(&an_browser, &helped, "nl").await;
    drop(page);
    for lang in ["nl", "fr", "de", "en"] {
        let page = read(&els, "/mijn/inzage", lang).await;
        assert!(body_text(&page).contains("Pwn</title>"), "inzage ({lang})");
        read(&els, "/mijn/hulp", lang).await;
    }

    // A paper consent whose form reference is markup (Karim, Ieper's
    // helper, for Jan, who lives in Ieper).
    let karim = app.signed_in_as("karim").await;
    let jan = db::identity::person_by_login(&app.db, db::seed::people::DEMO_ISSUER, "jan")
        .await
        .unwrap()
        .unwrap();
    let response = karim
        .post_form(
            "/hulp/papier",
            &[
                ("rrn", jan.rrn.as_deref().unwrap()),
                ("reference", SHORT),
                ("scope", "view"),
                ("duration", "3600"),
                ("confirmed", "ja"),
                ("reason", SHORT),
            ],
        )
        .await;
    let target = location(&response);
    assert!(target.starts_with('/'), "{target}");
    let page = read(&karim, &target, "nl").await;
    drop(page);
    read(&karim, "/hulp", "nl").await;
    // Jan lives in Poperinge: the stated reason shows to him, as text.
    let jan_browser = app.signed_in_as("jan").await;
    for lang in ["nl", "fr", "de", "en"] {
        let page = read(&jan_browser, "/mijn/hulp", lang).await;
        assert!(
            body_text(&page).contains("</title></textarea>"),
            "reason ({lang})"
        );
        read(&jan_browser, "/mijn/inzage", lang).await;
    }
    // Refused input that the form shows again: inert too.
    let response = karim
        .post_form(
            "/hulp/papier",
            &[
                ("rrn", PAYLOAD),
                ("reference", PAYLOAD),
                ("scope", "view"),
                ("duration", "3600"),
            ],
        )
        .await;
    let again = location(&response);
    assert!(again.starts_with("/hulp"), "{again}");
    read(&karim, &again, "nl").await;

    // The profile and the helper's contact form refuse the markup as an
    // address, and the page that says so shows it as text.
    let response = els
        .post_form("/mijn/contact", &[("email", PAYLOAD), ("language", "nl")])
        .await;
    let again = location(&response);
    assert!(again.starts_with("/mijn"), "{again}");
    read(&els, &again, "nl").await;
    let els_now = db::identity::person_by_login(&app.db, db::seed::people::DEMO_ISSUER, "els")
        .await
        .unwrap()
        .unwrap();
    assert!(!els_now.email.unwrap_or_default().contains("Pwn"));

    // A search and a municipality filter with markup.
    read(&app, &format!("/?gemeente={}", urlencode(PAYLOAD)), "nl").await;
    read(&app, &format!("/producten?q={}", urlencode(SHORT)), "fr").await;
}
backend_test!(markup_typed_at_the_role_screen_the_help_desk_and_the_profile_stays_text);

/// Follows a form's answer: a redirect to a page of ours is read (inert);
/// a page answered at once (400 with the form again) is checked as it is.
async fn answer_is_inert(who: &TestApp, response: reqwest::Response, what: &str) {
    if response.status() == 303 {
        let target = location(&response);
        assert!(target.starts_with('/'), "{what}: {target}");
        read(who, &target, "nl").await;
    } else {
        let html = response.text().await.unwrap();
        inert(&html, what);
    }
}

async fn markup_in_numbers_codes_and_addresses_is_refused_and_shown_back_as_text(backend: Backend) {
    let smtp = common::smtp::SmtpServer::start().await;
    let app = common::spawn_app_with_mail(backend, smtp.smtp_port).await;

    // A fee and a lead time that are markup: kept in the draft, shown back
    // in the fields, refused for publishing.
    let tom = app.signed_in_as("tom").await;
    let mut pairs = concept_pairs("waste-container", "", "bewaren", "Gewoon");
    for (name, value) in &mut pairs {
        if name == "default_fee" || name == "default_lead_time" {
            *value = PAYLOAD.to_owned();
        }
    }
    let response = post_pairs(&tom, "/beheer/catalogus/bewaren", &pairs).await;
    assert_eq!(response.status(), 303);
    let page = read(&tom, "/beheer/catalogus/regio/waste-container", "nl").await;
    for name in ["default_fee", "default_lead_time"] {
        let input = select(&page, &format!(r#"input[name="{name}"]"#));
        assert_eq!(input[0].value().attr("value"), Some(PAYLOAD), "{name}");
    }
    let griet = app.signed_in_as("griet").await;
    let fields: Vec<(&str, &str)> = vec![
        ("scope", "poperinge"),
        ("code", "waste-container"),
        ("version", ""),
        ("then", "bewaren"),
        ("offered", "ja"),
        ("channel", ""),
        ("fee", PAYLOAD),
        ("lead_time", PAYLOAD),
    ];
    let response = griet.post_form("/beheer/catalogus/bewaren", &fields).await;
    answer_is_inert(&griet, response, "local fee").await;
    read(&griet, "/beheer/catalogus/poperinge/waste-container", "nl").await;

    // The helper's code field and the helper's e-mail forms.
    let karim = app.signed_in_as("karim").await;
    let response = karim.post_form("/hulp/code", &[("code", PAYLOAD)]).await;
    answer_is_inert(&karim, response, "helper code").await;
    let els = app.signed_in_as("els").await;
    assert_eq!(
        els.post_form(
            "/mijn/hulp/code",
            &[("scope", "apply"), ("duration", "3600")]
        )
        .await
        .status(),
        303
    );
    let code = help_code(&els).await;
    let accepted = karim.post_form("/hulp/code", &[("code", &code)]).await;
    let helped = location(&accepted);
    let mandate = helped
        .rsplit('/')
        .next()
        .unwrap()
        .split(['?', '#'])
        .next()
        .unwrap()
        .to_owned();
    for (path, fields) in [
        (
            "/hulp/burger/contact",
            vec![
                ("mandate", mandate.as_str()),
                ("email", PAYLOAD),
                ("language", "nl"),
            ],
        ),
        (
            "/hulp/burger/contact/bevestigen",
            vec![("mandate", mandate.as_str()), ("code", PAYLOAD)],
        ),
    ] {
        let response = karim.post_form(path, &fields).await;
        answer_is_inert(&karim, response, path).await;
    }
    read(&karim, &helped, "nl").await;

    // A guest's sign-in: the address and the code.
    let guest = app.another_browser();
    let response = guest
        .post_form(
            "/aanmelden/gast",
            &[("email", PAYLOAD), ("return_to", "/mijn")],
        )
        .await;
    answer_is_inert(&guest, response, "guest address").await;
    let response = guest
        .post_form(
            "/aanmelden/gast/code",
            &[("code", PAYLOAD), ("return_to", PAYLOAD)],
        )
        .await;
    answer_is_inert(&guest, response, "guest code").await;
}
backend_test!(markup_in_numbers_codes_and_addresses_is_refused_and_shown_back_as_text);

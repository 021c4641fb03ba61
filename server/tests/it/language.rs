//! The server decides the language: explicit choice (cookie), then the
//! browser's Accept-Language, then Dutch. The switch is a plain form post.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may panic: that is how it fails

use crate::common::{self, Backend, backend_test, element_text, spawn_app};
use reqwest::StatusCode;

#[tokio::test]
async fn accept_language_decides_when_nothing_was_chosen() {
    let app = spawn_app(common::Backend::Sqlite).await;
    for (accept, lang, skip_link) in [
        ("fr-BE,fr;q=0.9", "fr", "Aller au contenu"),
        ("de", "de", "Zum Inhalt"),
        ("en-GB,en;q=0.8", "en", "Skip to content"),
        ("es, it;q=0.5", "nl", "Ga naar de inhoud"),
    ] {
        let html = app
            .client
            .get(app.url("/"))
            .header("accept-language", accept)
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(html.contains(&format!("<html lang=\"{lang}\"")), "{accept}");
        assert!(html.contains(skip_link), "{accept}: {skip_link}");
        assert_eq!(
            html.contains("notice--translation"),
            lang != "nl",
            "{accept}"
        );
    }
}

async fn the_switch_stores_the_choice_and_returns_to_the_page(backend: Backend) {
    let app = spawn_app(backend).await;
    let response = app
        .post_form("/taal", &[("lang", "de"), ("return_to", "/ieper?x=1")])
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(response.headers()["location"], "/ieper?x=1");
    let cookie = response.headers()["set-cookie"].to_str().unwrap();
    assert!(cookie.starts_with("ewh_lang=de;"), "{cookie}");
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"));

    // The cookie beats the browser's preference.
    let html = app
        .client
        .get(app.url("/ieper"))
        .header("accept-language", "fr")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains(r#"<html lang="de""#));
    assert_eq!(element_text(&html, "h1"), Some("Ieper"));
    assert!(html.contains("Öffnungszeiten") || html.contains("Gemeindehaus"));
}
backend_test!(the_switch_stores_the_choice_and_returns_to_the_page);

#[tokio::test]
async fn bad_language_posts_change_nothing_and_say_why() {
    let app = spawn_app(common::Backend::Sqlite).await;

    // Unknown language: a translated 400 page, no cookie.
    let response = app
        .post_form("/taal", &[("lang", "xx"), ("return_to", "/")])
        .await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert!(response.headers().get("set-cookie").is_none());
    let html = response.text().await.unwrap();
    assert!(html.contains("Deze aanvraag klopt niet"));
    assert!(html.contains("data-error-id="));

    // Garbage body (with a valid token, so that the form itself is judged).
    let token = app.csrf_token().await;
    let response = app
        .client
        .post(app.url("/taal"))
        .header("sec-fetch-site", "same-origin")
        .header("x-csrf-token", token)
        .header("content-type", "application/x-www-form-urlencoded")
        .body("%%%")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert!(response.headers().get("set-cookie").is_none());

    // Open redirect attempts go home instead.
    for target in [
        "//evil.example/",
        "https://evil.example/",
        "/\\evil.example",
    ] {
        let response = app
            .post_form("/taal", &[("lang", "fr"), ("return_to", target)])
            .await;
        assert_eq!(response.headers()["location"], "/", "{target}");
    }

    // Another site cannot switch the language (CSRF): 403, no cookie.
    let response = app
        .client
        .post(app.url("/taal"))
        .header("origin", "https://evil.example")
        .form(&[("lang", "fr"), ("return_to", "/")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    assert!(response.headers().get("set-cookie").is_none());
    // (In French: the redirect checks above stored that choice.)
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("Ce n’est pas permis")
    );

    // A GET never changes state: 405 with an explanation, no cookie.
    let response = app.get("/taal?lang=de").await;
    assert_eq!(response.status(), StatusCode::METHOD_NOT_ALLOWED);
    assert!(response.headers().get("set-cookie").is_none());
    assert!(response.text().await.unwrap().contains("data-error-id="));
}

#[tokio::test]
async fn error_pages_speak_the_chosen_language() {
    let app = spawn_app(common::Backend::Sqlite).await;
    let response = app
        .client
        .get(app.url("/nowhere/at/all"))
        .header("accept-language", "en")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    let html = response.text().await.unwrap();
    assert!(html.contains(r#"<html lang="en""#));
    assert!(
        html.contains("Error code:") || html.contains("error code"),
        "{html}"
    );
}

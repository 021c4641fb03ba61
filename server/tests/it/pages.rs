//! The pages as a browser without JavaScript gets them, on every backend.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may panic: that is how it fails

use crate::common::{self, Backend, backend_test, count, element_text, spawn_app};
use reqwest::StatusCode;

const NAMES: [&str; 18] = [
    "Alveringem",
    "De Panne",
    "Diksmuide",
    "Heuvelland",
    "Houthulst",
    "Ieper",
    "Koekelare",
    "Koksijde",
    "Kortemark",
    "Langemark-Poelkapelle",
    "Lo-Reninge",
    "Mesen",
    "Nieuwpoort",
    "Poperinge",
    "Veurne",
    "Vleteren",
    "Wervik",
    "Zonnebeke",
];

async fn health_and_readiness(backend: Backend) {
    let app = spawn_app(backend).await;
    let response = app.get("/healthz").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.text().await.unwrap(), "ok");
    let response = app.get("/readyz").await;
    assert_eq!(response.status(), StatusCode::OK, "{:?}", app.backend);
    // The container probe (`server healthcheck`) agrees.
    let addr = app.address.trim_start_matches("http://").parse().unwrap();
    server::health::check_ready(addr).await.unwrap();
}
backend_test!(health_and_readiness);

/// Several servers in one process (as in these tests): building another one's
/// router while a page renders must not stall that page. Generating the
/// route list switches resource loading off process-wide in leptos_server
/// (leptos#4773); the server does it once per process.
#[tokio::test]
async fn building_another_server_never_stalls_a_page() {
    let app = spawn_app(common::Backend::Sqlite).await;
    let state = app.state.clone();
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let builder = std::thread::spawn({
        let stop = stop.clone();
        move || {
            let mut built = 0_u32;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                drop(server::http::router(
                    state.clone(),
                    true,
                    Default::default(),
                    None,
                ));
                built += 1;
            }
            built
        }
    });
    // Pages whose content comes from resources, each first polled while the
    // other thread builds routers.
    for round in 0..60 {
        let path = ["/", "/inventaris", "/producten/passport"][round % 3];
        let (status, html) = app.get_html(path).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        // The page itself, not a stalled stream or the fallback.
        assert!(html.contains("<h1"), "{path}");
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    assert!(builder.join().unwrap() > 0, "routers were built meanwhile");
}

#[tokio::test]
async fn the_container_probe_fails_when_nothing_listens() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    drop(listener);
    assert!(server::health::check_ready(addr).await.is_err());
}

async fn home_lists_all_18_municipalities_in_an_accessible_shell(backend: Backend) {
    let app = spawn_app(backend).await;
    let (status, html) = app.get_html("/").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains(r#"<html lang="nl""#), "Dutch is the default");
    for name in NAMES {
        assert!(html.contains(&format!(">{name}</span>")), "{name} missing");
    }
    assert_eq!(count(&html, "<li hidden"), 0, "nothing filtered");
    assert_eq!(count(&html, "<h1"), 1, "one h1");
    assert!(html.contains(r##"<a href="#main" class="skip-link">"##));
    assert!(html.contains(r#"<main id="main""#));
    assert!(html.contains("<header") && html.contains("<footer"));
    assert!(html.contains(r#"<label for="q""#));
    assert!(html.contains(r#"autocomplete="postal-code""#));
    assert_eq!(
        element_text(&html, "title"),
        Some("Uw gemeente online – e-Westhoek")
    );
    assert!(
        html.contains("data-demo=\"true\""),
        "demo deployments say so"
    );
}
backend_test!(home_lists_all_18_municipalities_in_an_accessible_shell);

#[tokio::test]
async fn pages_carry_a_nonce_csp_that_matches_their_inline_script() {
    let app = spawn_app(common::Backend::Sqlite).await;
    let response = app.get("/").await;
    let csp = response.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    let html = response.text().await.unwrap();
    assert!(!csp.contains("unsafe-inline"), "{csp}");
    assert!(csp.contains("'wasm-unsafe-eval'"));
    let nonce = csp
        .split("'nonce-")
        .nth(1)
        .and_then(|rest| rest.split('\'').next())
        .unwrap();
    assert!(nonce.len() >= 22, "128-bit nonce: {nonce}");
    assert!(
        html.contains(&format!("nonce=\"{nonce}\"")),
        "inline hydration script uses the nonce"
    );
    // A new nonce for every response.
    let again = app.get("/").await.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    assert_ne!(csp, again);
}

async fn postal_code_lookup_works_without_javascript(backend: Backend) {
    let app = spawn_app(backend).await;

    let (status, html) = app.get_html("/?q=8957").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        count(&html, "<li hidden"),
        16,
        "only Heuvelland and Mesen stay"
    );
    assert!(html.contains("2 gemeenten gevonden."));
    assert!(!html.contains("error-summary"));
    assert!(html.contains(r#"value="8957""#), "what was typed is kept");

    let (_, html) = app.get_html("/?q=b-8900").await;
    assert_eq!(count(&html, "<li hidden"), 17);
    assert!(html.contains(">Ieper</span>"));

    let (_, html) = app.get_html("/?q=langemark").await;
    assert_eq!(count(&html, "<li hidden"), 17);
}
backend_test!(postal_code_lookup_works_without_javascript);

async fn a_lookup_that_finds_nothing_shows_the_error_pattern(backend: Backend) {
    let app = spawn_app(backend).await;
    let (status, html) = app.get_html("/?q=1000").await;
    assert_eq!(status, StatusCode::OK);
    let title = element_text(&html, "title").unwrap();
    assert!(title.starts_with("Fout: "), "{title}");
    assert!(html.contains(r#"class="error-summary""#));
    assert!(html.contains(r##"<a href="#q">Postcode 1000 ligt niet in de Westhoek."##));
    assert!(html.contains(r#"id="q-error""#));
    assert!(html.contains(r#"aria-invalid="true""#));
    assert!(html.contains(r#"aria-describedby="q-hint q-error""#));
    assert!(html.contains(r#"value="1000""#), "nothing typed is lost");

    let (_, html) = app.get_html("/?q=89000").await;
    assert!(html.contains("Een postcode heeft 4 cijfers."));
    let long = "x".repeat(61);
    let (status, html) = app.get_html(&format!("/?q={long}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Typ hoogstens 60 tekens."));
    let (_, html) = app
        .get_html("/?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E")
        .await;
    assert!(
        html.contains("&lt;script&gt;"),
        "input is escaped, never markup"
    );
    assert!(!html.contains("<script>alert(1)"));
}
backend_test!(a_lookup_that_finds_nothing_shows_the_error_pattern);

async fn municipality_page_shows_contact_and_opening_hours(backend: Backend) {
    let app = spawn_app(backend).await;
    let (status, html) = app.get_html("/ieper").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(element_text(&html, "h1"), Some("Ieper"));
    assert_eq!(element_text(&html, "title"), Some("Ieper – e-Westhoek"));
    assert!(html.contains("Grote Markt 34"));
    assert!(html.contains("8900, 8902, 8904, 8906, 8908"));
    assert!(html.contains(r#"href="mailto:info@ieper.be""#));
    assert!(html.contains("<table class=\"hours\""));
    assert_eq!(count(&html, "<th scope=\"row\">"), 7, "a row per weekday");
    assert!(html.contains("Gesloten"), "Sunday is said out loud");
    assert!(html.contains(r#"href="/ieper/toegankelijkheid""#));

    let (_, html) = app.get_html("/heuvelland").await;
    assert!(html.contains("8957 (een deel)"));
}
backend_test!(municipality_page_shows_contact_and_opening_hours);

async fn unknown_addresses_get_a_friendly_404_with_an_error_id(backend: Backend) {
    let app = spawn_app(backend).await;
    for path in [
        "/brugge",
        "/no/such/page",
        "/brugge/toegankelijkheid",
        "/IEPER",
        "/pkg/missing.js",
    ] {
        let response = app.get(path).await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{path}");
        let request_id = response.headers()["x-request-id"]
            .to_str()
            .unwrap()
            .to_owned();
        let html = response.text().await.unwrap();
        assert!(html.contains("Deze pagina bestaat niet"), "{path}");
        assert!(
            html.contains(&format!("data-error-id=\"{request_id}\"")),
            "{path}: error id shown"
        );
        assert_eq!(count(&html, "<h1"), 1);
    }
}
backend_test!(unknown_addresses_get_a_friendly_404_with_an_error_id);

async fn accessibility_statements_for_the_region_and_each_municipality(backend: Backend) {
    let app = spawn_app(backend).await;
    let (status, html) = app.get_html("/toegankelijkheid").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        element_text(&html, "h1"),
        Some("Toegankelijkheidsverklaring")
    );
    assert!(html.contains("WCAG 2.2"));
    let (status, html) = app.get_html("/koksijde/toegankelijkheid").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("De gemeente Koksijde wil"));
    assert!(html.contains("mailto:info@koksijde.be"));
    assert!(
        html.contains(r#"href="/koksijde/toegankelijkheid""#),
        "footer links the local statement"
    );
}
backend_test!(accessibility_statements_for_the_region_and_each_municipality);

async fn switched_off_municipalities_are_hidden_and_stay_off_after_reseeding(backend: Backend) {
    let app = spawn_app(backend).await;
    assert!(
        db::municipalities::set_active(&app.db, "mesen", false)
            .await
            .unwrap()
    );
    assert!(
        !db::municipalities::set_active(&app.db, "brugge", false)
            .await
            .unwrap()
    );
    assert_eq!(app.get("/mesen").await.status(), StatusCode::NOT_FOUND);
    let (_, html) = app.get_html("/").await;
    assert!(!html.contains(">Mesen</span>"));
    assert!(html.contains("Er zijn 17 gemeenten."));

    assert_eq!(
        db::seed::seed(&app.db).await.unwrap(),
        0,
        "re-seeding inserts nothing"
    );
    assert_eq!(app.get("/mesen").await.status(), StatusCode::NOT_FOUND);
    assert!(
        db::municipalities::set_active(&app.db, "mesen", true)
            .await
            .unwrap()
    );
    assert_eq!(app.get("/mesen").await.status(), StatusCode::OK);
}
backend_test!(switched_off_municipalities_are_hidden_and_stay_off_after_reseeding);

async fn server_functions_answer_json_and_refuse_other_sites(backend: Backend) {
    let app = spawn_app(backend).await;
    // Reads are GET: they change nothing and need no token.
    let response = app.get("/api/municipalities").await;
    assert_eq!(response.status(), StatusCode::OK);
    let list: Vec<serde_json::Value> = response.json().await.unwrap();
    assert_eq!(list.len(), 18);
    assert_eq!(list[0]["name"], "Alveringem");

    let response = app
        .get_query("/api/municipality", &[("slug", "../../etc")])
        .await;
    // The error's own status, not a bare 500.
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    let error: serde_json::Value = response.json().await.unwrap();
    assert_eq!(error["code"], "NotFound");

    let response = app
        .client
        .post(app.url("/api/municipalities"))
        .header("origin", "https://evil.example")
        .body("")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);

    // From this site but without the visitor's token: refused too.
    let response = app.post_form_raw("/api/municipalities", &[]).await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
}
backend_test!(server_functions_answer_json_and_refuse_other_sites);

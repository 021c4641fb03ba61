//! Search suggestions over HTTP, as the catalogue's search field asks for them
//! (`GET /api/suggest?…`: a read, so no CSRF token), on every backend.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may panic: that is how it fails

use crate::common::{self, Backend, TestApp, backend_test, spawn_app};
use db::seed::catalogue::catalogue;
use reqwest::StatusCode;
use serde_json::Value;

async fn suggest(app: &TestApp, slug: &str, lang: &str, query: &str) -> (StatusCode, Value) {
    let response = app
        .get_query(
            "/api/suggest",
            &[("slug", slug), ("lang", lang), ("query", query)],
        )
        .await;
    let status = response.status();
    (status, response.json().await.unwrap())
}

/// The product codes suggested, in order.
fn codes(list: &Value) -> Vec<String> {
    list.as_array()
        .unwrap_or_else(|| panic!("not a list: {list}"))
        .iter()
        .map(|s| s["code"].as_str().unwrap().to_owned())
        .collect()
}

async fn suggestions_find_the_best_match_first_and_only_what_is_offered(backend: Backend) {
    let seed = catalogue().unwrap();
    // A product some municipality does not offer, searched for by its title.
    let (missing, absent_in) = seed
        .concepts
        .iter()
        .find_map(|c| {
            c.local
                .iter()
                .find(|(_, l)| l.offered == Some(false))
                .map(|(slug, _)| (c, slug.clone()))
        })
        .expect("a product not offered somewhere");
    let title = missing.text["nl"].title.clone();

    let app = spawn_app(backend).await;

    // Without a municipality: the region's suggestions.
    let response = app
        .get_query("/api/suggest", &[("lang", "Nl"), ("query", "verhuizen")])
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let list: Value = response.json().await.unwrap();
    assert_eq!(codes(&list)[0], "address-change", "{:?}", app.backend);

    // A typo still finds the passport, first, with its title.
    let (status, list) = suggest(&app, "ieper", "Nl", "pasport").await;
    assert_eq!(status, StatusCode::OK, "{:?}", app.backend);
    assert_eq!(codes(&list)[0], "passport", "{:?}", app.backend);
    assert_eq!(list[0]["title"]["text"], "Paspoort");
    assert_eq!(list[0]["title"]["lang"], "nl");
    assert!(codes(&list).len() <= 8);

    // In French, the French title.
    let (_, list) = suggest(&app, "ieper", "Fr", "passeport").await;
    assert_eq!(codes(&list)[0], "passport");
    assert_eq!(list[0]["title"]["lang"], "fr");

    // Nothing found, too short, too long: an empty list, not an error.
    for query in ["xy", "p", " p ", "", &"a".repeat(101)] {
        let (status, list) = suggest(&app, "ieper", "Nl", query).await;
        assert_eq!(status, StatusCode::OK, "{query:?}");
        assert_eq!(codes(&list), Vec::<String>::new(), "{query:?}");
    }

    // An unknown municipality is an error the client can read.
    let (status, error) = suggest(&app, "brugge", "Nl", "paspoort").await;
    assert_ne!(status, StatusCode::OK);
    assert_eq!(error["code"], "NotFound");

    // A product a municipality does not offer is never suggested there,
    // but is elsewhere.
    let (_, list) = suggest(&app, &absent_in, "Nl", &title).await;
    assert!(
        !codes(&list).contains(&missing.code),
        "{} suggested in {absent_in} on {:?}",
        missing.code,
        app.backend
    );
    let elsewhere = ["ieper", "poperinge", "wervik", "koekelare", "alveringem"]
        .into_iter()
        .find(|slug| {
            *slug != absent_in
                && missing
                    .local
                    .get(*slug)
                    .is_none_or(|l| l.offered != Some(false))
        })
        .unwrap();
    let (_, list) = suggest(&app, elsewhere, "Nl", &title).await;
    assert!(
        codes(&list).contains(&missing.code),
        "{} not suggested in {elsewhere}",
        missing.code
    );
}
backend_test!(suggestions_find_the_best_match_first_and_only_what_is_offered);

#[tokio::test]
async fn suggestions_refuse_other_sites_like_every_server_function() {
    let app = spawn_app(common::Backend::Sqlite).await;
    let response = app
        .client
        .post(app.url("/api/suggest"))
        .header("origin", "https://evil.example")
        .form(&[("slug", "ieper"), ("lang", "Nl"), ("query", "paspoort")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
}

//! The product catalogue on every backend: seeding, the overrides and
//! fallbacks of a municipality's instance, and the catalogue pages.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may panic: that is how it fails

use crate::common::{self, Backend, backend_test, count, element_text, spawn_app};
use db::entities::{concept, product_instance};
use db::sea_orm::{EntityTrait, PaginatorTrait};
use db::seed::catalogue::catalogue;
use reqwest::StatusCode;

fn euros(lang: &str, cents: i32) -> String {
    app::model::format_fee(lang, cents)
}

async fn seeding_twice_gives_one_instance_per_municipality_and_concept(backend: Backend) {
    let app = spawn_app(backend).await;
    // spawn_app seeded once; seed again.
    db::seed::seed(&app.db).await.unwrap();
    let concepts = concept::Entity::find().count(&app.db).await.unwrap();
    let instances = product_instance::Entity::find()
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(concepts as usize, catalogue().unwrap().concepts.len());
    assert_eq!(instances, concepts * 18, "{:?}", app.backend);
}
backend_test!(seeding_twice_gives_one_instance_per_municipality_and_concept);

async fn a_product_page_applies_the_local_variation_and_compares_the_region(backend: Backend) {
    let seed = catalogue().unwrap();
    // A concept with a local fee, and one that some municipality does not offer.
    let (priced, slug, local_fee) = seed
        .concepts
        .iter()
        .find_map(|c| {
            c.local
                .iter()
                .find_map(|(slug, l)| l.fee_cents.map(|fee| (c, slug.clone(), fee)))
        })
        .expect("a local fee in the seed");
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
    let plain_slug = ["ieper", "poperinge", "wervik", "koekelare"]
        .into_iter()
        .find(|s| !priced.local.contains_key(*s))
        .unwrap();

    let app = spawn_app(backend).await;
    let (status, html) = app
        .get_html(&format!("/{slug}/producten/{}", priced.code))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        element_text(&html, "h1"),
        Some(priced.text["nl"].title.as_str())
    );
    assert!(
        html.contains(&euros("nl", local_fee)) || local_fee == 0,
        "local fee shown on {slug}"
    );
    assert!(html.contains("In de andere Westhoekgemeenten"));
    // Its topics lead back to the catalogue, filtered.
    for topic in &priced.topics {
        assert!(
            html.contains(&format!("/{slug}/producten?onderwerp={topic}#producten")),
            "{topic}"
        );
    }
    // 17 other municipalities in the comparison table, each a link.
    assert_eq!(count(&html, r#"<th scope="row"><a href="/"#), 17);

    // Without a local fee, the concept's default applies.
    let (_, html) = app
        .get_html(&format!("/{plain_slug}/producten/{}", priced.code))
        .await;
    if priced.default_fee_cents > 0 {
        assert!(
            html.contains(&euros("nl", priced.default_fee_cents)),
            "default fee on {plain_slug}"
        );
    }

    // Not offered: said plainly, and the product is not in that catalogue.
    let (status, html) = app
        .get_html(&format!("/{absent_in}/producten/{}", missing.code))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains("biedt dit niet aan"),
        "{absent_in} {}",
        missing.code
    );
    let (_, list) = app.get_html(&format!("/{absent_in}/producten")).await;
    assert!(!list.contains(&format!("/{absent_in}/producten/{}\"", missing.code)));
}
backend_test!(a_product_page_applies_the_local_variation_and_compares_the_region);

#[tokio::test]
async fn the_catalogue_browses_by_topic_in_every_language() {
    let seed = catalogue().unwrap();
    let moving: Vec<_> = seed
        .concepts
        .iter()
        .filter(|c| c.topics.iter().any(|t| t == "moving"))
        .collect();
    assert!(!moving.is_empty());
    let app = spawn_app(common::Backend::Sqlite).await;

    let (status, html) = app.get_html("/ieper/producten").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        element_text(&html, "h1"),
        Some("Wat kunt u regelen in Ieper?")
    );
    assert!(html.contains("?onderwerp=moving#producten"));
    assert_eq!(count(&html, "<h1"), 1);

    let (_, html) = app.get_html("/ieper/producten?onderwerp=moving").await;
    assert!(html.contains(r#"aria-current="true""#));
    for concept in &moving {
        let offered = concept
            .local
            .get("ieper")
            .and_then(|l| l.offered)
            .unwrap_or(true);
        assert_eq!(
            html.contains(&format!("/ieper/producten/{}\"", concept.code)),
            offered,
            "{}",
            concept.code
        );
    }
    // Something outside the topic is not listed.
    let outside = seed
        .concepts
        .iter()
        .find(|c| !c.topics.iter().any(|t| t == "moving"))
        .unwrap();
    assert!(!html.contains(&format!("/ieper/producten/{}\"", outside.code)));

    // An unknown topic shows everything rather than nothing.
    let (status, html) = app
        .get_html("/ieper/producten?onderwerp=%3Cscript%3E")
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(!html.contains("<script>"));
    assert!(html.contains(&format!("/ieper/producten/{}\"", outside.code)));

    // English: titles in English; untranslated fields in Dutch, marked lang="nl".
    let html = app
        .client
        .get(app.url(&format!("/ieper/producten/{}", seed.concepts[0].code)))
        .header("accept-language", "en")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(
        element_text(&html, "h1"),
        Some(seed.concepts[0].text["en"].title.as_str())
    );
    assert!(html.contains(r#"lang="nl""#), "Dutch fallback is marked");
    assert!(html.contains("Part of this text is not translated yet."));
}

#[tokio::test]
async fn unknown_products_and_municipalities_are_404() {
    let app = spawn_app(common::Backend::Sqlite).await;
    for path in [
        "/brugge/producten",
        "/ieper/producten/no-such-product",
        "/ieper/producten/NOT%20A%20CODE",
        "/brugge/producten/passport",
    ] {
        let (status, html) = app.get_html(path).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        assert!(html.contains("data-error-id="), "{path}");
    }
}

/// The code of the first product in a catalogue page's list.
fn first_result(html: &str, slug: &str) -> Option<String> {
    let marker = format!(r#"<h3 class="product-list__title"><a href="/{slug}/producten/"#);
    let start = html.find(&marker)? + marker.len();
    let end = start + html[start..].find('"')?;
    Some(html[start..end].to_owned())
}

async fn search_forgives_typos_and_speaks_every_language(backend: Backend) {
    let app = spawn_app(backend).await;
    for (query, expected) in [
        ("paspoort", "passport"),
        ("pasport", "passport"),
        ("reispas", "passport"),
        ("passeport", "passport"),
        ("Paspoort!", "passport"),
        ("verhuizen", "address-change"),
        ("grofvuil", "bulky-waste-pickup"),
        ("identiteitskaart", "identity-card"),
        ("bibliotheek", "library-membership"),
    ] {
        let (status, html) = app.get_html(&format!("/ieper/producten?q={query}")).await;
        assert_eq!(status, StatusCode::OK, "{query}");
        assert_eq!(
            first_result(&html, "ieper").as_deref(),
            Some(expected),
            "{query} on {:?}",
            app.backend
        );
        assert!(html.contains("Resultaten voor"), "{query}");
    }
}
backend_test!(search_forgives_typos_and_speaks_every_language);

#[tokio::test]
async fn a_search_that_finds_nothing_helps_and_bad_input_changes_nothing() {
    let app = spawn_app(common::Backend::Sqlite).await;
    let (status, html) = app.get_html("/ieper/producten?q=xyzzy").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(first_result(&html, "ieper"), None);
    assert!(html.contains("We vinden niets voor “xyzzy”"));

    // Too long: a field error, and the whole list as before.
    let long = "a".repeat(101);
    let (status, html) = app.get_html(&format!("/ieper/producten?q={long}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Typ hoogstens 100 tekens."));
    assert!(html.contains(r#"aria-invalid="true""#));
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("<title>Fout:"));
    assert!(first_result(&html, "ieper").is_some());

    // Input that looks like SQL or markup is just text.
    let (status, html) = app
        .get_html("/ieper/producten?q=%27%3B%20drop%20table%20concept%3B%20--%20%3Cscript%3E")
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(!html.contains("<script>alert") && !html.contains("<script>;"));
    let (_, html) = app.get_html("/ieper/producten?q=paspoort").await;
    assert_eq!(first_result(&html, "ieper").as_deref(), Some("passport"));
}

//! The regional inventory on every backend: the matrix page, its totals,
//! the topic filter, and the CSV and JSON downloads — checked against the
//! database rows, not against the code that renders them.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may panic: that is how it fails

use crate::common::{Backend, backend_test, count, element_text, spawn_app};
use db::entities::{concept, concept_topic, municipality, product_instance, topic};
use db::sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use reqwest::StatusCode;
use serde_json::Value;
use std::collections::HashMap;

/// Per municipality slug: (fully online, offered), straight from the tables.
async fn expected_totals(db: &db::DatabaseConnection) -> HashMap<String, (usize, usize)> {
    let defaults: HashMap<i32, String> = concept::Entity::find()
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .map(|c| (c.id, c.default_channel))
        .collect();
    let slugs: HashMap<i32, String> = municipality::Entity::find()
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .map(|m| (m.id, m.slug))
        .collect();
    let mut totals: HashMap<String, (usize, usize)> = HashMap::new();
    for instance in product_instance::Entity::find().all(db).await.unwrap() {
        let entry = totals
            .entry(slugs[&instance.municipality_id].clone())
            .or_default();
        if instance.offered {
            entry.1 += 1;
            let channel = instance
                .channel
                .unwrap_or_else(|| defaults[&instance.concept_id].clone());
            if channel == "online" {
                entry.0 += 1;
            }
        }
    }
    totals
}

async fn concept_count(db: &db::DatabaseConnection) -> usize {
    concept::Entity::find().count(db).await.unwrap() as usize
}

async fn the_inventory_shows_every_product_in_every_municipality_with_true_totals(
    backend: Backend,
) {
    let app = spawn_app(backend).await;
    let products = concept_count(&app.db).await;
    let expected = expected_totals(&app.db).await;

    let (status, html) = app.get_html("/inventaris").await;
    assert_eq!(status, StatusCode::OK, "{:?}", app.backend);
    assert_eq!(
        element_text(&html, "h1"),
        Some("Welke diensten bieden de Westhoekgemeenten online aan?")
    );
    // One matrix row per product, one column per municipality.
    assert_eq!(
        count(&html, r#"<th scope="row" class="inventory__product""#),
        products + 1
    );
    assert_eq!(count(&html, r#"class="inventory__municipality""#), 18);
    // Every municipality's totals row says "x van y", as the tables say.
    for (slug, (online, offered)) in &expected {
        let row = html
            .find(&format!(r#"href="/{slug}/producten""#))
            .unwrap_or_else(|| panic!("{slug} has a row"));
        assert!(
            html[row..row + 300].contains(&format!("{online} van {offered}")),
            "{slug}: {online} van {offered}"
        );
    }
    // Some municipality offers something only at the counter, something
    // is not offered somewhere: the seed's local variation shows.
    assert!(html.contains("mark mark--counter"));
    assert!(html.contains("mark mark--not-offered"));
    // The downloads are linked from the page.
    assert!(html.contains(r#"href="/inventaris.csv""#));
    assert!(html.contains(r#"href="/inventaris.json""#));

    // The JSON download holds the same totals and one channel per cell.
    let response = app.get("/inventaris.json").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(
        response.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment; filename=\"westhoek-inventaris.json\"")
    );
    let json: Value = response.json().await.unwrap();
    assert_eq!(json["topic"], Value::Null);
    assert_eq!(json["demo_content"], true);
    let municipalities = json["municipalities"].as_array().unwrap();
    assert_eq!(municipalities.len(), 18);
    for m in municipalities {
        let (online, offered) = expected[m["slug"].as_str().unwrap()];
        assert_eq!(m["totals"]["online"], online);
        assert_eq!(m["offered"], offered);
        assert_eq!(m["online_percent"], online * 100 / offered.max(1));
    }
    let rows = json["products"].as_array().unwrap();
    assert_eq!(rows.len(), products);
    for row in rows {
        let channels = row["channels"].as_object().unwrap();
        assert_eq!(channels.len(), 18);
        assert!(channels.values().all(|c| {
            [
                "online",
                "online_with_visit",
                "appointment",
                "counter",
                "not_offered",
            ]
            .contains(&c.as_str().unwrap())
        }));
    }
}
backend_test!(the_inventory_shows_every_product_in_every_municipality_with_true_totals);

async fn a_topic_narrows_the_page_and_the_downloads(backend: Backend) {
    let app = spawn_app(backend).await;
    let waste = topic::Entity::find()
        .filter(topic::Column::Code.eq("waste"))
        .one(&app.db)
        .await
        .unwrap()
        .expect("the waste topic");
    let in_topic = concept_topic::Entity::find()
        .filter(concept_topic::Column::TopicId.eq(waste.id))
        .count(&app.db)
        .await
        .unwrap() as usize;
    let all = concept_count(&app.db).await;
    assert!(in_topic > 0 && in_topic < all);

    let (status, html) = app.get_html("/inventaris?onderwerp=waste").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        count(&html, r#"<th scope="row" class="inventory__product""#),
        in_topic + 1
    );
    assert!(html.contains(r#"<option value="waste" selected"#));
    assert!(html.contains(r#"href="/inventaris.csv?onderwerp=waste""#));

    let json: Value = app
        .get("/inventaris.json?onderwerp=waste")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(json["topic"], "waste");
    assert_eq!(json["products"].as_array().unwrap().len(), in_topic);

    let response = app.get("/inventaris.csv?onderwerp=waste").await;
    assert!(
        response.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .contains("westhoek-inventaris-waste.csv")
    );
    let csv = response.text().await.unwrap();
    assert_eq!(csv.lines().count(), in_topic + 1);

    // An unknown topic filters nothing (as on the catalogue pages).
    let (status, html) = app.get_html("/inventaris?onderwerp=nope").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        count(&html, r#"<th scope="row" class="inventory__product""#),
        all + 1
    );
}
backend_test!(a_topic_narrows_the_page_and_the_downloads);

async fn the_csv_is_a_spreadsheet_in_the_readers_language(backend: Backend) {
    let app = spawn_app(backend).await;
    let products = concept_count(&app.db).await;
    let response = app.get("/inventaris.csv").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv; charset=utf-8")
    );
    let csv = response.text().await.unwrap();
    assert!(
        csv.starts_with('\u{feff}'),
        "a byte order mark for spreadsheets"
    );
    let mut lines = csv.trim_start_matches('\u{feff}').split("\r\n");
    let header = lines.next().unwrap();
    assert!(
        header.starts_with(r#""Product","Code","Alveringem","#),
        "{header}"
    );
    assert_eq!(header.matches(',').count(), 19);
    let rows: Vec<&str> = lines.filter(|l| !l.is_empty()).collect();
    assert_eq!(rows.len(), products);
    assert!(rows.iter().all(|r| r.starts_with('"') && r.ends_with('"')));
    assert!(csv.contains(r#""Volledig online""#));
    assert!(csv.contains(r#""Niet aangeboden""#));

    // In French when the reader asks for French.
    let french = app
        .client
        .get(app.url("/inventaris.csv"))
        .header("accept-language", "fr-BE,fr;q=0.9")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        french
            .trim_start_matches('\u{feff}')
            .starts_with(r#""Produit","Code","#)
    );
    assert!(french.contains(r#""Entièrement en ligne""#) || french.contains("en ligne"));
}
backend_test!(the_csv_is_a_spreadsheet_in_the_readers_language);

async fn a_municipality_switched_off_leaves_the_inventory(backend: Backend) {
    let app = spawn_app(backend).await;
    assert!(
        db::municipalities::set_active(&app.db, "vleteren", false)
            .await
            .unwrap()
    );
    let json: Value = app.get("/inventaris.json").await.json().await.unwrap();
    let slugs: Vec<&str> = json["municipalities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["slug"].as_str().unwrap())
        .collect();
    assert_eq!(slugs.len(), 17);
    assert!(!slugs.contains(&"vleteren"));
    let (_, html) = app.get_html("/inventaris").await;
    assert_eq!(count(&html, r#"class="inventory__municipality""#), 17);
}
backend_test!(a_municipality_switched_off_leaves_the_inventory);

async fn odd_topics_are_never_echoed_and_downloads_are_read_only(backend: Backend) {
    let app = spawn_app(backend).await;
    // Whatever the topic parameter holds, it is never echoed back: an
    // unknown topic (here markup and bytes that are not UTF-8) filters nothing.
    let products = concept_count(&app.db).await;
    for query in ["%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%FF%FE"] {
        let response = app.get(&format!("/inventaris.csv?onderwerp={query}")).await;
        assert_eq!(response.status(), StatusCode::OK, "{query}");
        let disposition = response.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .to_owned();
        let csv = response.text().await.unwrap();
        assert!(!csv.contains("<script>"), "{query}");
        assert_eq!(
            disposition,
            "attachment; filename=\"westhoek-inventaris.csv\""
        );
        assert!(csv.lines().count() <= products + 1);
    }
    // Two topics at once is a request the page never makes: refused, translated.
    let response = app
        .get("/inventaris.csv?onderwerp=waste&onderwerp=moving")
        .await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("Deze aanvraag klopt niet")
    );
    let (status, html) = app.get_html("/inventaris?onderwerp=%3Cscript%3E").await;
    assert_eq!(status, StatusCode::OK);
    assert!(!html.contains("<script>alert"));
    // Downloads are read-only: a POST is refused.
    let response = app.post_form("/inventaris.json", &[("a", "b")]).await;
    assert_eq!(response.status(), StatusCode::METHOD_NOT_ALLOWED);
}
backend_test!(odd_topics_are_never_echoed_and_downloads_are_read_only);

async fn the_whole_catalogue_is_open_data_that_imports_back(backend: Backend) {
    let app = spawn_app(backend).await;
    let response = app.get("/catalogus.jsonld").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["content-type"], "application/ld+json");
    let body = response.text().await.unwrap();
    let document: db::exchange::CatalogueDocument = serde_json::from_str(&body).unwrap();
    assert_eq!(document.concepts.len(), concept_count(&app.db).await);
    let json: Value = serde_json::from_str(&body).unwrap();
    assert!(
        json["@context"].is_object(),
        "JSON-LD: it carries its context"
    );
    // What the portal publishes, the import takes back without changes.
    let summary = db::exchange::import(
        &app.db,
        &document,
        db::exchange::ImportOptions {
            dry_run: true,
            ..Default::default()
        },
    )
    .await
    .unwrap();
    assert!(summary.concepts_created.is_empty() && summary.concepts_updated.is_empty());
}
backend_test!(the_whole_catalogue_is_open_data_that_imports_back);

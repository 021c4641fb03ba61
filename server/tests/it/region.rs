//! The region-wide catalogue on every backend: search across all
//! municipalities, the region's page of a product with every municipality's
//! way and cost, and how many municipalities offer each product.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may panic: that is how it fails

use crate::common::{self, Backend, backend_test, count, element_text, spawn_app};
use db::entities::{concept, product_instance};
use db::sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use reqwest::StatusCode;
use std::collections::HashMap;

/// The codes of the products in a region catalogue page's list, in order.
fn results(html: &str) -> Vec<String> {
    let marker = r#"<h3 class="product-list__title"><a href="/producten/"#;
    html.match_indices(marker)
        .filter_map(|(at, _)| {
            let start = at + marker.len();
            let end = start + html[start..].find('"')?;
            Some(html[start..end].to_owned())
        })
        .collect()
}

async fn search_across_the_region_finds_in_every_language(backend: Backend) {
    let app = spawn_app(backend).await;
    for (query, expected) in [
        ("paspoort", "passport"),
        ("pasport", "passport"),
        ("reispas", "passport"),
        ("passeport", "passport"),
        ("verhuizen", "address-change"),
    ] {
        let (status, html) = app.get_html(&format!("/producten?q={query}")).await;
        assert_eq!(status, StatusCode::OK, "{query}");
        assert_eq!(
            results(&html).first().map(String::as_str),
            Some(expected),
            "{query} on {:?}",
            app.backend
        );
        assert_eq!(
            element_text(&html, "h1"),
            Some("Wat kunt u regelen in de Westhoek?")
        );
    }
    let (_, html) = app.get_html("/producten?q=xyzzy").await;
    assert!(results(&html).is_empty());
    assert!(html.contains("We vinden niets voor “xyzzy”"));
}
backend_test!(search_across_the_region_finds_in_every_language);

async fn the_region_lists_every_product_with_how_many_municipalities_offer_it(backend: Backend) {
    let app = spawn_app(backend).await;
    let concepts = concept::Entity::find().all(&app.db).await.unwrap();
    let not_offered = product_instance::Entity::find()
        .filter(product_instance::Column::Offered.eq(false))
        .all(&app.db)
        .await
        .unwrap();
    let mut missing: HashMap<i32, usize> = HashMap::new();
    for instance in &not_offered {
        *missing.entry(instance.concept_id).or_default() += 1;
    }
    let (concept_id, absent) = missing.iter().max_by_key(|(_, n)| **n).unwrap();
    let code = &concepts.iter().find(|c| c.id == *concept_id).unwrap().code;

    let (status, html) = app.get_html("/producten").await;
    assert_eq!(status, StatusCode::OK);
    let listed = results(&html);
    assert_eq!(
        listed.len(),
        concepts.len(),
        "every product is offered somewhere"
    );
    // The card of a product that some municipalities lack says so.
    let card = html.find(&format!(r#"href="/producten/{code}""#)).unwrap();
    let offered = 18 - absent;
    assert!(
        html[card..card + 1500].contains(&format!("In {offered} van de 18 gemeenten.")),
        "{code}: {offered} of 18"
    );
    // Browsing by topic works as in a municipality's catalogue.
    let (_, html) = app.get_html("/producten?onderwerp=waste").await;
    assert!(results(&html).len() < concepts.len());
    assert!(html.contains(r#"href="/producten?onderwerp=moving#producten""#));
}
backend_test!(the_region_lists_every_product_with_how_many_municipalities_offer_it);

async fn the_region_page_of_a_product_compares_all_municipalities(backend: Backend) {
    let app = spawn_app(backend).await;
    let (status, html) = app.get_html("/producten/passport").await;
    assert_eq!(status, StatusCode::OK, "{:?}", app.backend);
    assert_eq!(element_text(&html, "h1"), Some("Paspoort"));
    assert!(html.contains("Hoe werkt het bij u?"));
    assert!(html.contains("In de Westhoekgemeenten"));
    // All 18 municipalities, each linking to its own page of the product.
    assert_eq!(count(&html, r#"<th scope="row"><a href="/"#), 18);
    assert!(html.contains(r#"href="/ieper/producten/passport""#));
    assert!(html.contains(r#"href="/vleteren/producten/passport""#));
    // The breadcrumb leads back to the region's catalogue.
    assert!(html.contains(r#"<a href="/producten">Wat kunt u regelen in de Westhoek?</a>"#));

    // A municipality switched off is not compared.
    db::municipalities::set_active(&app.db, "vleteren", false)
        .await
        .unwrap();
    let (_, html) = app.get_html("/producten/passport").await;
    assert_eq!(count(&html, r#"<th scope="row"><a href="/"#), 17);
}
backend_test!(the_region_page_of_a_product_compares_all_municipalities);

#[tokio::test]
async fn unknown_products_in_the_region_are_404() {
    let app = spawn_app(common::Backend::Sqlite).await;
    for path in ["/producten/no-such-product", "/producten/NOT%20A%20CODE"] {
        let (status, html) = app.get_html(path).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        assert!(html.contains("data-error-id="), "{path}");
    }
}

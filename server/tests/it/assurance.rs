//! A product declares how sure the sign-in must be to apply for it online;
//! the product page says so, and a visitor whose sign-in is too weak reads
//! why and how to get higher. Signed out, too low, enough, and not needed.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may panic: that is how it fails

use crate::common::{Backend, backend_test, spawn_app};

const PAGE: &str = "/ieper/producten/residence-certificate"; // substantial, online

async fn the_product_page_says_which_sign_in_it_needs_and_the_way_up(backend: Backend) {
    let app = spawn_app(backend).await;

    // Signed out: which sign-in, and a link back to this page after it.
    let (status, html) = app.get_html(PAGE).await;
    assert_eq!(status, 200);
    assert!(html.contains(
        "Om dit online aan te vragen, meldt u zich aan met eID, itsme of een andere sterke manier"
    ));
    assert!(html.contains(&format!(r#"href="/aanmelden?terug={PAGE}""#)));

    // A guest (low): too low, why, and the way up.
    let guest = app.another_browser();
    guest.sign_in_as("marie").await;
    guest
        .post_form("/taal", &[("lang", "nl"), ("return_to", "/")])
        .await;
    let (_, html) = guest.get_html(PAGE).await;
    assert!(html.contains("Uw aanmelding volstaat niet voor dit product"));
    assert!(html.contains("Die zekerheid is laag."));
    assert!(html.contains("persoonlijke of officiële gegevens"));
    assert!(html.contains("meld u opnieuw aan, met eID of itsme"));
    assert!(html.contains("het loket van Ieper helpt u"));
    // In her own language too.
    guest
        .post_form("/taal", &[("lang", "fr"), ("return_to", "/")])
        .await;
    let (_, html) = guest.get_html(PAGE).await;
    assert!(html.contains("Votre connexion ne suffit pas pour ce produit"));

    // A citizen signed in with eID-level assurance: enough.
    let citizen = app.another_browser();
    citizen.sign_in_as("els").await;
    let (_, html) = citizen.get_html(PAGE).await;
    assert!(html.contains("U bent aangemeld op een manier die volstaat voor dit product."));
    assert!(!html.contains("volstaat niet"));

    // No sign-in needed, or nothing to start online: no such block.
    for path in [
        "/ieper/producten/general-question",
        "/ieper/producten/passport",
    ] {
        let (_, html) = guest.get_html(path).await;
        assert!(!html.contains("sign-in-need"), "{path}");
    }
}
backend_test!(the_product_page_says_which_sign_in_it_needs_and_the_way_up);

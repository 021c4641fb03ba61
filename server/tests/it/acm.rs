//! Login with ACM/IDM through the portal's own pages, against a real OpenID
//! Connect provider process: start at `/aanmelden`, log in at the provider,
//! come back to `/aanmelden/acm/terug`, and be signed in — or, for every kind
//! of tampering, get a clear page, no session and an audit entry.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may panic: that is how it fails

use crate::common::provider::Provider;
use crate::common::{Backend, TestApp, backend_test, csrf_in, spawn_app, spawn_app_with};
use db::entities::{audit_event, login_attempt, session};
use db::sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use reqwest::StatusCode;

const CALLBACK: &str = "/aanmelden/acm/terug";

async fn app_with_provider(backend: Backend) -> (TestApp, Provider) {
    let mut provider = None;
    let app = spawn_app_with(backend, |settings, address| {
        let started = Provider::start(&format!("{address}{CALLBACK}"));
        settings.oidc = Some(started.settings());
        provider = Some(started);
    })
    .await;
    (app, provider.unwrap())
}

/// Presses "Aanmelden met eID of itsme" and returns where the portal sends
/// the browser (the provider's authorization URL).
async fn start_login(app: &TestApp, return_to: &str) -> String {
    let (status, html) = app.get_html("/aanmelden").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Aanmelden met eID of itsme"));
    let token = csrf_in(&html).unwrap();
    let response = app
        .post_form_raw(
            "/aanmelden/acm",
            &[("return_to", return_to), ("csrf", &token)],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    response.headers()["location"].to_str().unwrap().to_owned()
}

async fn failures(app: &TestApp) -> Vec<String> {
    audit_event::Entity::find()
        .filter(audit_event::Column::Action.eq("sign_in.failed"))
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .filter_map(|event| event.reason)
        .collect()
}

async fn session_count(app: &TestApp) -> usize {
    session::Entity::find().all(&app.db).await.unwrap().len()
}

async fn a_citizen_signs_in_with_eid_and_is_the_person_the_register_knows(backend: Backend) {
    let (app, provider) = app_with_provider(backend).await;
    let authorize = start_login(&app, "/ieper").await;
    assert!(authorize.starts_with(&provider.issuer), "{authorize}");
    let callback = provider.log_in(&app.client, &authorize, "els", "eid").await;
    let response = app.client.get(&callback).send().await.unwrap();
    assert_eq!(
        response.status(),
        StatusCode::SEE_OTHER,
        "{:?}",
        app.backend
    );
    assert_eq!(response.headers()["location"], "/ieper");

    let (status, html) = app.get_html("/mijn").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Els Vandamme"));
    // The demo register's Els: her data still says where it came from.
    assert!(html.contains("Deze gegevens komen uit het Rijksregister"));
    assert!(
        html.contains("eID of itsme") && html.contains("hoog"),
        "{html}"
    );
    let stored = session::Entity::find().one(&app.db).await.unwrap().unwrap();
    assert_eq!(
        (stored.method.as_str(), stored.assurance.as_str()),
        ("acm", "high")
    );
    // The pending login is gone: it cannot be used twice.
    assert!(
        login_attempt::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .is_empty()
    );

    // The same callback again (a replay): refused, no second session.
    let response = app.client.get(&callback).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("Aanmelden is niet gelukt")
    );
    assert_eq!(session_count(&app).await, 1);
    assert!(
        failures(&app)
            .await
            .iter()
            .any(|r| r.contains("unknown or used state"))
    );
}
backend_test!(a_citizen_signs_in_with_eid_and_is_the_person_the_register_knows);

#[tokio::test]
async fn a_password_login_counts_as_low_assurance() {
    let (app, provider) = app_with_provider(Backend::Sqlite).await;
    let authorize = start_login(&app, "/mijn").await;
    let callback = provider
        .log_in(&app.client, &authorize, "jan", "csampassword")
        .await;
    let response = app.client.get(&callback).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let (_, html) = app.get_html("/mijn").await;
    assert!(
        html.contains("Jan Declercq") && html.contains("laag"),
        "{html}"
    );
}

async fn tampered_stolen_or_stale_answers_sign_no_one_in(backend: Backend) {
    let (app, provider) = app_with_provider(backend).await;

    // A tampered state.
    let authorize = start_login(&app, "/mijn").await;
    let callback = provider.log_in(&app.client, &authorize, "els", "eid").await;
    let tampered = callback.replace("state=", "state=x");
    let response = app.client.get(&tampered).send().await.unwrap();
    assert_eq!(
        response.status(),
        StatusCode::BAD_REQUEST,
        "{:?}",
        app.backend
    );

    // A tampered code (with the right state).
    let authorize = start_login(&app, "/mijn").await;
    let callback = provider.log_in(&app.client, &authorize, "els", "eid").await;
    let tampered = callback.replace("code=", "code=x");
    let response = app.client.get(&tampered).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);

    // The right answer, stolen and used in another browser.
    let authorize = start_login(&app, "/mijn").await;
    let callback = provider.log_in(&app.client, &authorize, "els", "eid").await;
    let thief = app.another_browser();
    let _ = thief.get("/").await;
    let response = thief.client.get(&callback).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);

    // A login that took too long.
    let authorize = start_login(&app, "/mijn").await;
    let callback = provider.log_in(&app.client, &authorize, "els", "eid").await;
    login_attempt::Entity::update_many()
        .col_expr(
            login_attempt::Column::ExpiresAt,
            db::sea_orm::sea_query::Expr::value(db::now() - 1),
        )
        .exec(&app.db)
        .await
        .unwrap();
    let response = app.client.get(&callback).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);

    // Cancelled at the provider, and a callback with nothing in it.
    for path in [
        format!("{CALLBACK}?error=access_denied&state=nothing"),
        CALLBACK.to_owned(),
    ] {
        let response = app.get(&path).await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{path}");
        assert!(
            response
                .text()
                .await
                .unwrap()
                .contains("Er is niets veranderd")
        );
    }

    assert_eq!(session_count(&app).await, 0, "no one is signed in");
    let reasons = failures(&app).await;
    for expected in [
        "unknown or used state",
        "another browser",
        "expired",
        "no state",
    ] {
        assert!(
            reasons.iter().any(|r| r.contains(expected)),
            "{expected} in {reasons:?}"
        );
    }
    assert!(
        reasons
            .iter()
            .any(|r| r.contains("refused the authorization code")),
        "{reasons:?}"
    );
    assert_eq!(app.get("/mijn").await.status(), StatusCode::UNAUTHORIZED);
}
backend_test!(tampered_stolen_or_stale_answers_sign_no_one_in);

#[tokio::test]
async fn without_acm_configured_there_is_no_button_and_no_route() {
    let app = spawn_app(Backend::Sqlite).await;
    let (_, html) = app.get_html("/aanmelden").await;
    assert!(!html.contains("/aanmelden/acm"));
    let response = app.post_form("/aanmelden/acm", &[]).await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert_eq!(app.get(CALLBACK).await.status(), StatusCode::NOT_FOUND);
}

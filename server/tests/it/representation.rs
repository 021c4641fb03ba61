//! Acting for someone: a parent sees the data of her minor child, a legal
//! representative of the person they represent, while the register's link
//! holds. Every look is audited on the represented person's behalf; anyone
//! else (another citizen, a helper, the person herself, after the link
//! ended, signed out) finds nothing.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may panic: that is how it fails

use crate::common::{self, Backend, backend_test, spawn_app};
use db::entities::{person, representation};
use db::sea_orm::sea_query::Expr;
use db::sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use reqwest::StatusCode;

async fn a_parent_sees_her_childs_data_and_no_one_else_does(backend: Backend) {
    let app = spawn_app(backend).await;
    let lotte = person::Entity::find()
        .filter(person::Column::Rrn.eq("15051708872"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let page = format!("/mijn/voor/{}", lotte.id);

    let sofie = app.signed_in_as("sofie").await;
    let (_, profile) = sofie.get_html("/mijn").await;
    assert!(profile.contains(&format!(r#"href="{page}""#)), "{profile}");
    let (status, html) = sofie.get_html(&page).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Gegevens van Lotte Maes"));
    assert!(html.contains("U bekijkt dit als ouder van Lotte Maes."));
    assert!(html.contains("15.05.17-088.72"));
    assert!(html.contains("U mag voor Lotte Maes optreden tot 17/05/2033."));
    let reads = app.audit("person.read").await;
    assert_eq!(reads.len(), 1);
    assert_eq!(reads[0].outcome, "ok");
    assert_eq!(reads[0].subject_id, Some(lotte.id));
    assert_eq!(reads[0].on_behalf_of, Some(lotte.id));
    assert_eq!(reads[0].reason.as_deref(), Some("representative (parent)"));

    // Signed out, another citizen, a helper, Sofie for herself: nothing.
    assert_eq!(app.get(&page).await.status(), StatusCode::UNAUTHORIZED);
    for key in ["els", "karim"] {
        let other = app.signed_in_as(key).await;
        assert_eq!(
            other.get(&page).await.status(),
            StatusCode::NOT_FOUND,
            "{key}"
        );
    }
    let own = format!("/mijn/voor/{}", sofie_id(&app).await);
    assert_eq!(sofie.get(&own).await.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        sofie.get("/mijn/voor/twee").await.status(),
        StatusCode::NOT_FOUND
    );
    let refused = app.audit("person.read").await;
    assert_eq!(refused.iter().filter(|e| e.outcome == "refused").count(), 3);
    assert!(
        refused
            .iter()
            .filter(|e| e.outcome == "refused")
            .all(|e| e.subject_id.is_none() && e.on_behalf_of.is_none())
    );

    // When the link ends (the child turns 18), so does the access.
    representation::Entity::update_many()
        .col_expr(
            representation::Column::ValidUntil,
            Expr::value(db::now() - 1),
        )
        .exec(&app.db)
        .await
        .unwrap();
    assert_eq!(sofie.get(&page).await.status(), StatusCode::NOT_FOUND);
    let (_, profile) = sofie.get_html("/mijn").await;
    assert!(!profile.contains(&page));
}
backend_test!(a_parent_sees_her_childs_data_and_no_one_else_does);

async fn sofie_id(app: &common::TestApp) -> i32 {
    person::Entity::find()
        .filter(person::Column::Rrn.eq("88110206257"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id
}

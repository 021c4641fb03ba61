//! Staff roles and the authorisation matrix of the role screen: every
//! endpoint refuses the signed-out (401), citizens and clerks (403), and an
//! admin of another municipality (403, audited), and nothing changes; the
//! right admin's changes land, with an audit entry each.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may panic: that is how it fails

use crate::common::{self, Backend, TestApp, backend_test, location, spawn_app};
use db::entities::staff_role;
use db::sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use reqwest::StatusCode;

async fn person_id(app: &TestApp, key: &str) -> i32 {
    db::identity::person_by_login(&app.db, "demo", key)
        .await
        .unwrap()
        .unwrap()
        .id
}

async fn municipality_id(app: &TestApp, slug: &str) -> i32 {
    *app.get_json_ids().await.get(slug).unwrap()
}

async fn roles_of(app: &TestApp, person: i32) -> Vec<(String, Option<i32>)> {
    staff_role::Entity::find()
        .filter(staff_role::Column::PersonId.eq(person))
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|role| (role.role, role.municipality_id))
        .collect()
}

async fn only_the_right_admin_gives_and_withdraws_roles(backend: Backend) {
    let app = spawn_app(backend).await;
    let ieper = municipality_id(&app, "ieper").await;
    let poperinge = municipality_id(&app, "poperinge").await;
    let an = person_id(&app, "an").await; // clerk in Ieper
    let bart = person_id(&app, "bart").await; // clerk and team lead in Poperinge
    let an_clerk = staff_role::Entity::find()
        .filter(staff_role::Column::PersonId.eq(an))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id;
    let before_an = roles_of(&app, an).await;

    let ieper_grant = [
        ("person", an.to_string()),
        ("role", "team_lead".to_owned()),
        ("place", ieper.to_string()),
        ("department", "Burgerzaken".to_owned()),
    ];
    let revoke_an = [("role", an_clerk.to_string())];

    // Signed out: 401 everywhere.
    assert_eq!(
        app.get("/beheer/rollen").await.status(),
        StatusCode::UNAUTHORIZED
    );
    // (Server functions answer errors as JSON with the code.)
    let error: serde_json::Value = app.get("/api/role-admin").await.json().await.unwrap();
    assert_eq!(error["code"], "SignInRequired");

    // A citizen, a clerk and Poperinge's admin (for Ieper's roles): 403.
    for key in ["els", "an", "griet"] {
        let who = app.another_browser();
        who.sign_in_as(key).await;
        let page = who.get("/beheer/rollen").await.status();
        let expected_page = if key == "griet" {
            StatusCode::OK
        } else {
            StatusCode::FORBIDDEN
        };
        assert_eq!(page, expected_page, "{key}: page, {:?}", app.backend);
        if key != "griet" {
            let response = who.get("/api/role-admin").await;
            assert_eq!(response.status(), StatusCode::FORBIDDEN, "{key}");
            let error: serde_json::Value = response.json().await.unwrap();
            assert_eq!(error["code"], "Forbidden", "{key}");
        }
        let fields: Vec<(&str, &str)> = ieper_grant.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let response = who.post_form("/beheer/rollen/toekennen", &fields).await;
        assert_eq!(
            response.status(),
            StatusCode::FORBIDDEN,
            "{key}: grant in Ieper"
        );
        assert!(response.text().await.unwrap().contains("Dit mag niet"));
        let fields: Vec<(&str, &str)> = revoke_an.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let response = who.post_form("/beheer/rollen/intrekken", &fields).await;
        assert_eq!(
            response.status(),
            StatusCode::FORBIDDEN,
            "{key}: revoke in Ieper"
        );
    }
    assert_eq!(roles_of(&app, an).await, before_an, "nothing changed");
    assert!(
        app.audit("role.grant")
            .await
            .iter()
            .all(|e| e.outcome == "refused")
    );
    assert_eq!(app.audit("role.grant").await.len(), 3);

    // Poperinge's admin sees only her own staff, and manages them.
    let griet = app.another_browser();
    griet.sign_in_as("griet").await;
    let (_, html) = griet.get_html("/beheer/rollen").await;
    assert!(html.contains("Bart Lievens"), "{html}");
    assert!(!html.contains("An Verstraete"));
    assert!(
        !html.contains(r#"value="regio""#),
        "no regional roles for her"
    );
    let fields = [
        ("person", bart.to_string()),
        ("role", "municipal_admin".to_owned()),
        ("place", poperinge.to_string()),
        ("department", String::new()),
    ];
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let response = griet.post_form("/beheer/rollen/toekennen", &fields).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert!(
        roles_of(&app, bart)
            .await
            .contains(&("municipal_admin".into(), Some(poperinge)))
    );
    // She cannot make anyone a regional admin, nor give a regional role.
    for (role, place) in [
        ("regional_admin", "regio".to_owned()),
        ("clerk", "regio".to_owned()),
    ] {
        let fields = [
            ("person", bart.to_string()),
            ("role", role.to_owned()),
            ("place", place),
        ];
        let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let response = griet.post_form("/beheer/rollen/toekennen", &fields).await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{role}");
    }
    // Nor withdraw her own admin role (no locking out).
    let own = staff_role::Entity::find()
        .filter(staff_role::Column::PersonId.eq(person_id(&app, "griet").await))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let response = griet
        .post_form("/beheer/rollen/intrekken", &[("role", &own.id.to_string())])
        .await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);

    // The regional admin manages Ieper's roles.
    let hilde = app.another_browser();
    hilde.sign_in_as("hilde").await;
    let fields: Vec<(&str, &str)> = ieper_grant.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let response = hilde.post_form("/beheer/rollen/toekennen", &fields).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let fields: Vec<(&str, &str)> = revoke_an.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let response = hilde.post_form("/beheer/rollen/intrekken", &fields).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        roles_of(&app, an).await,
        [("team_lead".to_owned(), Some(ieper))]
    );
    let (_, html) = hilde.get_html("/beheer/rollen?gedaan=ingetrokken").await;
    assert!(html.contains("De rol is ingetrokken."));

    // Each change is audited with who did it, in which role, and for whom.
    let grants: Vec<_> = app
        .audit("role.grant")
        .await
        .into_iter()
        .filter(|e| e.outcome == "ok")
        .collect();
    assert_eq!(grants.len(), 2);
    let hilde_grant = grants.iter().find(|e| e.subject_id == Some(an)).unwrap();
    assert_eq!(hilde_grant.actor_id, Some(person_id(&app, "hilde").await));
    assert_eq!(hilde_grant.actor_role.as_deref(), Some("regional_admin"));
    assert_eq!(
        app.audit("role.revoke")
            .await
            .iter()
            .filter(|e| e.outcome == "ok")
            .count(),
        1
    );
}
backend_test!(only_the_right_admin_gives_and_withdraws_roles);

#[tokio::test]
async fn bad_role_changes_are_refused_and_change_nothing() {
    let app = spawn_app(common::Backend::Sqlite).await;
    let hilde = app.another_browser();
    hilde.sign_in_as("hilde").await;
    let els = person_id(&app, "els").await;
    let an = person_id(&app, "an").await;
    let before = staff_role::Entity::find().all(&app.db).await.unwrap();
    for fields in [
        vec![
            ("person", an.to_string()),
            ("role", "king".into()),
            ("place", "regio".into()),
        ],
        vec![
            ("person", an.to_string()),
            ("role", "clerk".into()),
            ("place", "99999".into()),
        ],
        vec![
            ("person", an.to_string()),
            ("role", "clerk".into()),
            ("place", "Ieper".into()),
        ],
        vec![
            ("person", "x".into()),
            ("role", "clerk".into()),
            ("place", "regio".into()),
        ],
        vec![
            ("person", "424242".into()),
            ("role", "clerk".into()),
            ("place", "regio".into()),
        ],
        // A citizen is not staff: no roles for them.
        vec![
            ("person", els.to_string()),
            ("role", "clerk".into()),
            ("place", "regio".into()),
        ],
    ] {
        let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let response = hilde.post_form("/beheer/rollen/toekennen", &fields).await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{fields:?}");
    }
    let response = hilde
        .post_form("/beheer/rollen/intrekken", &[("role", "999999")])
        .await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        staff_role::Entity::find().all(&app.db).await.unwrap(),
        before
    );
}

async fn staff_see_who_changed_their_roles_by_role_and_place_not_by_name(backend: Backend) {
    let app = spawn_app(backend).await;
    let ieper = municipality_id(&app, "ieper").await;
    let an = person_id(&app, "an").await;
    let hilde = app.another_browser();
    hilde.sign_in_as("hilde").await;
    let fields = [
        ("person", an.to_string()),
        ("role", "team_lead".to_owned()),
        ("place", ieper.to_string()),
    ];
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(
        hilde
            .post_form("/beheer/rollen/toekennen", &fields)
            .await
            .status(),
        StatusCode::SEE_OTHER
    );

    let an_browser = app.another_browser();
    an_browser.sign_in_as("an").await;
    let (status, html) = an_browser.get_html("/mijn/inzage").await;
    assert_eq!(status, StatusCode::OK, "{:?}", app.backend);
    assert!(html.contains("Gaf u een rol"), "{html}");
    assert!(html.contains("Beheerder van de regio"));
    assert!(!html.contains("Hilde"), "the employee's name stays private");
    // Her own sign-in is not someone viewing her data.
    assert_eq!(
        common::count(&html, "<tr>"),
        2,
        "a header row and one entry"
    );

    // Els: nobody has looked at her data.
    let els = app.another_browser();
    els.sign_in_as("els").await;
    let (_, html) = els.get_html("/mijn/inzage").await;
    assert!(html.contains("Nog geen enkele medewerker"));
    // Nor can she see anyone else's log: the page only ever shows her own.
    let error: serde_json::Value = app.get("/api/access-log").await.json().await.unwrap();
    assert_eq!(error["code"], "SignInRequired");
}
backend_test!(staff_see_who_changed_their_roles_by_role_and_place_not_by_name);

/// A grant form as the role screen sends it.
fn grant_form(person: i32, role: &str, place: &str, department: &str) -> Vec<(String, String)> {
    vec![
        ("person".into(), person.to_string()),
        ("role".into(), role.into()),
        ("place".into(), place.into()),
        ("department".into(), department.into()),
    ]
}

async fn grant(who: &TestApp, form: &[(String, String)]) -> reqwest::Response {
    let fields: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    who.post_form("/beheer/rollen/toekennen", &fields).await
}

async fn an_admin_cannot_grant_a_role_to_themself(backend: Backend) {
    let app = spawn_app(backend).await;
    let ieper = municipality_id(&app, "ieper").await.to_string();
    let poperinge = municipality_id(&app, "poperinge").await.to_string();
    let griet = person_id(&app, "griet").await; // Poperinge's admin
    let hilde = person_id(&app, "hilde").await; // the regional admin
    let before = staff_role::Entity::find().all(&app.db).await.unwrap();

    let griet_browser = app.signed_in_as("griet").await;
    let hilde_browser = app.signed_in_as("hilde").await;
    let mut tries = 0;
    for (who, id, forms) in [
        (
            &griet_browser,
            griet,
            vec![
                grant_form(griet, "helper", &poperinge, "Digitaal Huis"),
                grant_form(griet, "clerk", &poperinge, ""),
                grant_form(griet, "team_lead", &poperinge, "Burgerzaken"),
                grant_form(griet, "municipal_admin", &poperinge, "Financiën"),
            ],
        ),
        (
            &hilde_browser,
            hilde,
            vec![
                grant_form(hilde, "helper", &ieper, "Digitaal Huis"),
                grant_form(hilde, "clerk", &poperinge, ""),
                grant_form(hilde, "catalogue_editor", "regio", "Catalogus"),
                grant_form(hilde, "municipal_admin", &ieper, ""),
                grant_form(hilde, "regional_admin", "regio", ""),
            ],
        ),
    ] {
        for form in forms {
            tries += 1;
            let response = grant(who, &form).await;
            assert_eq!(response.status(), StatusCode::FORBIDDEN, "{form:?}");
            assert!(response.text().await.unwrap().contains("Dit mag niet"));
        }
        // The role screen offers no grant form on their own card.
        let (_, html) = who.get_html("/beheer/rollen").await;
        assert!(html.contains("U kunt uzelf geen rol geven."), "{html}");
        assert!(
            !html.contains(&format!(r#"name="person" value="{id}""#)),
            "no grant form for themself"
        );
    }
    assert_eq!(
        staff_role::Entity::find().all(&app.db).await.unwrap(),
        before,
        "nothing written"
    );
    let refused = app.audit("role.grant").await;
    assert_eq!(refused.len(), tries);
    assert!(
        refused
            .iter()
            .all(|e| e.outcome == "refused" && e.reason.as_deref() == Some("a role for themself"))
    );
    assert!(refused.iter().any(|e| e.actor_id == Some(griet)));
    assert!(refused.iter().any(|e| e.actor_id == Some(hilde)));
}
backend_test!(an_admin_cannot_grant_a_role_to_themself);

async fn a_department_with_hidden_characters_is_refused_at_the_field(backend: Backend) {
    let app = spawn_app(backend).await;
    let ieper = municipality_id(&app, "ieper").await.to_string();
    let an = person_id(&app, "an").await;
    let hilde = app.signed_in_as("hilde").await;
    let before = staff_role::Entity::find().all(&app.db).await.unwrap();
    for department in [
        "Burger\u{202e}nekaz",
        "Burger\u{2066}zaken\u{2069}",
        "Burger\u{200b}zaken",
        "Burger\u{200f}zaken",
        "Burger\u{2060}zaken",
        "\u{feff}Burgerzaken",
        "Burger\u{61c}zaken",
        "Burger\u{ad}zaken",
        "a\u{7}b",
        &"x".repeat(81),
    ] {
        let response = grant(&hilde, &grant_form(an, "team_lead", &ieper, department)).await;
        assert_eq!(
            location(&response),
            format!("/beheer/rollen?fout=dienst&persoon={an}#fout"),
            "{department:?}"
        );
    }
    assert_eq!(
        staff_role::Entity::find().all(&app.db).await.unwrap(),
        before,
        "nothing written"
    );
    assert!(app.audit("role.grant").await.is_empty());
    // Said at the field, in the summary and in the title.
    let (_, html) = hilde
        .get_html(&format!("/beheer/rollen?fout=dienst&persoon={an}"))
        .await;
    assert!(html.contains("<title>Fout: "), "{html}");
    assert!(html.contains(&format!(r##"href="#department-{an}""##)));
    assert!(html.contains("De naam van de dienst bevat een teken dat u niet ziet"));
    assert!(html.contains(&format!(r#"aria-describedby="department-{an}-error""#)));
    // A plain name with accents is fine.
    let response = grant(&hilde, &grant_form(an, "team_lead", &ieper, " État civil ")).await;
    assert_eq!(location(&response), "/beheer/rollen?gedaan=toegekend");
    let roles = staff_role::Entity::find()
        .filter(staff_role::Column::PersonId.eq(an))
        .all(&app.db)
        .await
        .unwrap();
    assert!(
        roles
            .iter()
            .any(|role| role.department.as_deref() == Some("État civil"))
    );
}
backend_test!(a_department_with_hidden_characters_is_refused_at_the_field);

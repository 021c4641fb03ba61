//! The catalogue editing screens: who may edit what (a test matrix over
//! every page and post), draft → publish with its history and audit entry,
//! a municipality's own version, new products, and bad input of every
//! kind changing nothing. On SQLite and, when configured, PostgreSQL.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may panic: that is how it fails

use crate::common::{self, Backend, TestApp, backend_test, location, spawn_app};
use app::editor::{concept_form, local_form};
use app::model::editor::{ConceptForm, LANGS, LocalForm, TEXT_FIELDS};
use db::catalogue_edit::Subject;
use db::entities::{catalogue_draft, catalogue_revision, concept, product_instance};
use db::sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter};
use reqwest::StatusCode;

const CODE: &str = "bulky-waste-pickup";

fn concept_pairs(form: &ConceptForm) -> Vec<(String, String)> {
    let mut pairs = vec![
        ("product_type".to_owned(), form.product_type.clone()),
        ("min_assurance".to_owned(), form.min_assurance.clone()),
        ("default_channel".to_owned(), form.default_channel.clone()),
        ("default_fee".to_owned(), form.default_fee.clone()),
        (
            "default_lead_time".to_owned(),
            form.default_lead_time.clone(),
        ),
    ];
    for topic in &form.topics {
        pairs.push(("topic".to_owned(), topic.clone()));
    }
    for lang in LANGS {
        let text = form.texts.get(lang).cloned().unwrap_or_default();
        for field in TEXT_FIELDS {
            pairs.push((format!("{lang}-{field}"), text.get(field).to_owned()));
        }
        pairs.push((format!("{lang}-keywords"), text.keywords.clone()));
    }
    pairs
}

fn local_pairs(form: &LocalForm) -> Vec<(String, String)> {
    let mut pairs = vec![
        (
            "offered".to_owned(),
            if form.offered { "ja" } else { "nee" }.to_owned(),
        ),
        ("channel".to_owned(), form.channel.clone()),
        ("fee".to_owned(), form.fee.clone()),
        ("lead_time".to_owned(), form.lead_time.clone()),
    ];
    for lang in LANGS {
        pairs.push((format!("note-{lang}"), form.note(lang).to_owned()));
    }
    pairs
}

/// Posts `pairs` plus the target, version and what to do to the save form.
async fn save(
    who: &TestApp,
    scope: &str,
    code: &str,
    version: Option<i32>,
    then: &str,
    pairs: &[(String, String)],
) -> reqwest::Response {
    let version = version.map(|v| v.to_string()).unwrap_or_default();
    let mut fields: Vec<(&str, &str)> = vec![
        ("scope", scope),
        ("code", code),
        ("version", &version),
        ("then", then),
    ];
    fields.extend(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    who.post_form("/beheer/catalogus/bewaren", &fields).await
}

async fn live_concept(app: &TestApp, code: &str) -> ConceptForm {
    concept_form(
        &db::exchange::export_concept(&app.db, code)
            .await
            .unwrap()
            .unwrap(),
    )
}

async fn drafts(app: &TestApp) -> Vec<catalogue_draft::Model> {
    catalogue_draft::Entity::find().all(&app.db).await.unwrap()
}

async fn revisions(app: &TestApp) -> Vec<catalogue_revision::Model> {
    catalogue_revision::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
}

async fn only_editors_of_the_place_see_and_change_the_catalogue(backend: Backend) {
    let app = spawn_app(backend).await;
    let form = live_concept(&app, CODE).await;
    let concept = concept_pairs(&form);
    let local = local_pairs(&LocalForm::default());
    let pages = |scope: &str| {
        [
            "/beheer/catalogus".to_owned(),
            format!("/beheer/catalogus/{scope}"),
            format!("/beheer/catalogus/{scope}/{CODE}"),
            format!("/beheer/catalogus/{scope}/{CODE}/geschiedenis"),
        ]
    };

    // Signed out: 401 on every page and post.
    for path in pages("regio").iter().chain(pages("ieper").iter()) {
        assert_eq!(
            app.get(path).await.status(),
            StatusCode::UNAUTHORIZED,
            "{path}"
        );
    }
    let response = save(&app, "regio", CODE, None, "bewaren", &concept).await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    let error: serde_json::Value = app.get("/api/catalogue-admin").await.json().await.unwrap();
    assert_eq!(error["code"], "SignInRequired");

    // (who, may edit the region, may edit Ieper, may edit Poperinge)
    let matrix = [
        ("els", false, false, false),  // a citizen
        ("an", false, false, false),   // a clerk in Ieper
        ("bart", false, false, false), // a clerk and team lead in Poperinge
        ("tom", true, false, false),   // the region's catalogue editor
        ("griet", false, false, true), // Poperinge's admin
        ("hilde", true, true, true),   // the regional admin
    ];
    for (key, region, ieper, poperinge) in matrix {
        let who = app.signed_in_as(key).await;
        let start = who.get("/beheer/catalogus").await.status();
        let expected = if region || ieper || poperinge {
            StatusCode::OK
        } else {
            StatusCode::FORBIDDEN
        };
        assert_eq!(start, expected, "{key}: start page, {:?}", app.backend);
        for (scope, allowed) in [
            ("regio", region),
            ("ieper", ieper),
            ("poperinge", poperinge),
        ] {
            let expected = if allowed {
                StatusCode::OK
            } else {
                StatusCode::FORBIDDEN
            };
            for path in &pages(scope)[1..] {
                assert_eq!(who.get(path).await.status(), expected, "{key}: {path}");
            }
            if allowed {
                continue;
            }
            let pairs = if scope == "regio" { &concept } else { &local };
            let response = save(&who, scope, CODE, None, "publiceren", pairs).await;
            assert_eq!(
                response.status(),
                StatusCode::FORBIDDEN,
                "{key}: save in {scope}"
            );
            let response = who
                .post_form(
                    "/beheer/catalogus/weggooien",
                    &[("scope", scope), ("code", CODE), ("version", "1")],
                )
                .await;
            assert_eq!(
                response.status(),
                StatusCode::FORBIDDEN,
                "{key}: discard in {scope}"
            );
            let error: serde_json::Value = who
                .get_query(
                    "/api/product-editor",
                    &[("scope", scope), ("code", CODE), ("lang", "Nl")],
                )
                .await
                .json()
                .await
                .unwrap();
            assert_eq!(
                error["code"], "Forbidden",
                "{key}: server function in {scope}"
            );
        }
        if !region {
            let response = who
                .post_form(
                    "/beheer/catalogus/nieuw",
                    &[("code", "nieuw-product"), ("titel", "Nieuw")],
                )
                .await;
            assert_eq!(
                response.status(),
                StatusCode::FORBIDDEN,
                "{key}: new product"
            );
        }
    }
    assert!(
        drafts(&app).await.is_empty(),
        "no refused post left a draft"
    );
    assert!(revisions(&app).await.is_empty());
    assert_eq!(live_concept(&app, CODE).await, form, "nothing changed");
    let refused = app.audit("catalogue.save").await;
    assert!(!refused.is_empty() && refused.iter().all(|e| e.outcome == "refused"));
    assert!(!app.audit("catalogue.discard").await.is_empty());
    assert!(!app.audit("catalogue.create").await.is_empty());

    // An unknown municipality or product is not found, for anyone.
    let hilde = app.signed_in_as("hilde").await;
    for path in [
        "/beheer/catalogus/atlantis".to_owned(),
        "/beheer/catalogus/regio/no-such-product".to_owned(),
        "/beheer/catalogus/ieper/no-such-product".to_owned(),
    ] {
        assert_eq!(
            hilde.get(&path).await.status(),
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }
}
backend_test!(only_editors_of_the_place_see_and_change_the_catalogue);

async fn a_regional_editor_drafts_then_publishes_a_product(backend: Backend) {
    let app = spawn_app(backend).await;
    let tom = app.signed_in_as("tom").await;
    let before = live_concept(&app, CODE).await;
    let mut form = before.clone();
    form.texts
        .get_mut("nl")
        .unwrap()
        .fields
        .insert("title".into(), "Grof huisvuil laten ophalen".into());
    form.texts
        .get_mut("nl")
        .unwrap()
        .keywords
        .push_str("\nrommelophaling");
    form.default_fee = "17,5".into();

    // Save: a draft, nothing public yet.
    let response = save(&tom, "regio", CODE, None, "bewaren", &concept_pairs(&form)).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        location(&response),
        format!("/beheer/catalogus/regio/{CODE}?melding=bewaard")
    );
    let stored = drafts(&app).await;
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].subject, format!("concept:{CODE}"));
    assert_eq!(stored[0].version, 1);
    assert_eq!(live_concept(&app, CODE).await, before);
    let (_, public) = app.get_html(&format!("/producten/{CODE}")).await;
    assert!(!public.contains("Grof huisvuil laten ophalen"));

    // The edit page shows the draft and what publishing would change.
    let (status, page) = tom
        .get_html(&format!("/beheer/catalogus/regio/{CODE}?melding=bewaard"))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Uw ontwerp is bewaard"));
    assert!(
        page.contains("Wat verandert er als u publiceert (3)"),
        "{page}"
    );
    assert!(page.contains("€ 17,50"));
    assert!(page.contains("Laatst bewaard door Tom Vermeulen"));

    // Publish the saved draft (version 1 → saved again as 2 and published).
    let response = save(
        &tom,
        "regio",
        CODE,
        Some(1),
        "publiceren",
        &concept_pairs(&form),
    )
    .await;
    assert_eq!(
        location(&response),
        format!("/beheer/catalogus/regio/{CODE}?melding=gepubliceerd")
    );
    assert!(
        drafts(&app).await.is_empty(),
        "publishing used up the draft"
    );
    let after = live_concept(&app, CODE).await;
    assert_eq!(after.default_fee, "17,50");
    assert_eq!(
        after.texts["nl"].get("title"),
        "Grof huisvuil laten ophalen"
    );
    let (_, public) = app.get_html(&format!("/producten/{CODE}")).await;
    assert!(public.contains("Grof huisvuil laten ophalen"));
    // The search index follows: the new keyword finds the product.
    let (_, results) = app.get_html("/producten?q=rommelophaling").await;
    assert!(results.contains("Grof huisvuil laten ophalen"), "{results}");
    // Municipalities that kept the region's fee show the new one.
    let (_, ieper) = app.get_html(&format!("/ieper/producten/{CODE}")).await;
    assert!(ieper.contains("17,50"));

    // History and audit: who, in which role, what changed.
    let history = revisions(&app).await;
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].role.as_deref(), Some("catalogue_editor"));
    assert!(history[0].before.is_some());
    let (status, page) = tom
        .get_html(&format!("/beheer/catalogus/regio/{CODE}/geschiedenis"))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Gepubliceerd door Tom Vermeulen (Redacteur van de productcatalogus"));
    assert!(page.contains("Grof huisvuil laten ophalen"));
    let published = app.audit("catalogue.publish").await;
    assert_eq!(published.len(), 1);
    assert_eq!(published[0].actor_role.as_deref(), Some("catalogue_editor"));
    assert_eq!(
        published[0].object.as_deref(),
        Some(format!("concept:{CODE}").as_str())
    );

    // The history is append-only.
    let update = app
        .db
        .execute_unprepared("UPDATE catalogue_revision SET after = '{}'")
        .await;
    assert!(update.is_err(), "revisions cannot be changed");
    let delete = app
        .db
        .execute_unprepared("DELETE FROM catalogue_revision")
        .await;
    assert!(delete.is_err(), "revisions cannot be removed");
    assert_eq!(revisions(&app).await.len(), 1);
}
backend_test!(a_regional_editor_drafts_then_publishes_a_product);

async fn bad_input_changes_nothing_and_says_what_is_wrong(backend: Backend) {
    let app = spawn_app(backend).await;
    let tom = app.signed_in_as("tom").await;
    let before = live_concept(&app, CODE).await;
    let good = concept_pairs(&before);

    // What no page of ours sends: 400, no draft.
    let with = |name: &str, value: &str| {
        let mut pairs = good.clone();
        pairs.retain(|(k, _)| k != name);
        pairs.push((name.to_owned(), value.to_owned()));
        pairs
    };
    for (what, pairs) in [
        ("unknown field", with("admin", "1")),
        ("unknown channel", with("default_channel", "fax")),
        ("unknown topic", with("topic", "space-travel")),
        ("control character", with("nl-title", "Grof\u{1b}vuil")),
        ("unknown language", with("es-title", "Recogida")),
    ] {
        let response = save(&tom, "regio", CODE, None, "publiceren", &pairs).await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{what}");
        assert!(
            response.text().await.unwrap().contains("Foutcode"),
            "{what}: an error id to quote"
        );
    }
    let mut versions = good.clone();
    versions.push(("version".into(), "drie".into()));
    let response = tom
        .post_form(
            "/beheer/catalogus/bewaren",
            &versions
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_str()))
                .chain([("scope", "regio"), ("code", CODE)])
                .collect::<Vec<_>>(),
        )
        .await;
    assert_eq!(
        response.status(),
        StatusCode::BAD_REQUEST,
        "a version that is no number"
    );
    for (scope, code) in [("regio", "../../etc"), ("Regio", CODE), ("regio", "")] {
        let response = save(&tom, scope, code, None, "bewaren", &good).await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{scope}/{code}");
    }
    let response = save(&tom, "regio", "no-such-product", None, "bewaren", &good).await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    // Without the CSRF token: 403.
    let response = tom
        .post_form_raw(
            "/beheer/catalogus/bewaren",
            &[("scope", "regio"), ("code", CODE)],
        )
        .await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    assert!(drafts(&app).await.is_empty());

    // What people type wrong: kept in the draft, not published, shown.
    let mut typed = with("nl-title", "  ");
    typed.retain(|(k, _)| k != "default_fee");
    typed.push(("default_fee".into(), "twaalf euro".into()));
    let response = save(&tom, "regio", CODE, None, "publiceren", &typed).await;
    assert_eq!(
        location(&response),
        format!("/beheer/catalogus/regio/{CODE}?melding=fouten")
    );
    assert_eq!(live_concept(&app, CODE).await, before, "not published");
    assert_eq!(drafts(&app).await.len(), 1, "but kept");
    assert!(revisions(&app).await.is_empty());
    let (_, page) = tom
        .get_html(&format!("/beheer/catalogus/regio/{CODE}?melding=fouten"))
        .await;
    assert!(page.contains("Los eerst de fouten op"));
    assert!(page.contains("error-summary"));
    assert!(
        page.contains(r##"href="#nl-title""##),
        "the summary links to the field"
    );
    assert!(page.contains("Schrijf een bedrag in euro"));
    assert!(
        page.contains("twaalf euro"),
        "what was typed is still there"
    );
    assert!(page.contains(r#"aria-invalid="true""#));

    // In French, the same page and messages are translated.
    let french = app.another_browser();
    french.sign_in_as("tom").await;
    french
        .post_form("/taal", &[("lang", "fr"), ("return_to", "/")])
        .await;
    let (_, page) = french
        .get_html(&format!("/beheer/catalogus/regio/{CODE}"))
        .await;
    assert!(page.contains(r#"lang="fr""#));
    assert!(page.contains("Indiquez un montant en euros"), "{page}");
}
backend_test!(bad_input_changes_nothing_and_says_what_is_wrong);

async fn a_stale_page_or_a_change_published_meanwhile_is_not_overwritten(backend: Backend) {
    let app = spawn_app(backend).await;
    let tom = app.signed_in_as("tom").await;
    let hilde = app.signed_in_as("hilde").await;
    let before = live_concept(&app, CODE).await;
    let mut toms = before.clone();
    toms.default_lead_time = "9".into();
    let mut hildes = before.clone();
    hildes.default_lead_time = "4".into();

    save(&tom, "regio", CODE, None, "bewaren", &concept_pairs(&toms)).await;
    // Hilde's page still showed no draft: her save is refused.
    let response = save(
        &hilde,
        "regio",
        CODE,
        None,
        "bewaren",
        &concept_pairs(&hildes),
    )
    .await;
    assert_eq!(
        location(&response),
        format!("/beheer/catalogus/regio/{CODE}?melding=verouderd")
    );
    // And a save from an older version of the draft, too.
    save(
        &tom,
        "regio",
        CODE,
        Some(1),
        "bewaren",
        &concept_pairs(&toms),
    )
    .await;
    let response = save(
        &hilde,
        "regio",
        CODE,
        Some(1),
        "publiceren",
        &concept_pairs(&hildes),
    )
    .await;
    assert_eq!(
        location(&response),
        format!("/beheer/catalogus/regio/{CODE}?melding=verouderd")
    );
    let stored = drafts(&app).await;
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].version, 2);
    assert!(
        stored[0].content.contains(r#""default_lead_time":"9""#),
        "Tom's work is kept"
    );
    // Discarding an older version is refused as well.
    let response = hilde
        .post_form(
            "/beheer/catalogus/weggooien",
            &[("scope", "regio"), ("code", CODE), ("version", "1")],
        )
        .await;
    assert!(location(&response).ends_with("melding=verouderd"));
    assert_eq!(drafts(&app).await.len(), 1);

    // Meanwhile an import changes the product.
    let mut imported = db::exchange::export_concept(&app.db, CODE)
        .await
        .unwrap()
        .unwrap();
    imported.default_lead_time_days = 21;
    db::exchange::write_concept(&app.db, &imported)
        .await
        .unwrap();
    let response = save(
        &tom,
        "regio",
        CODE,
        Some(2),
        "publiceren",
        &concept_pairs(&toms),
    )
    .await;
    assert_eq!(
        location(&response),
        format!("/beheer/catalogus/regio/{CODE}?melding=gewijzigd")
    );
    assert_eq!(live_concept(&app, CODE).await.default_lead_time, "21");
    let (_, page) = tom
        .get_html(&format!("/beheer/catalogus/regio/{CODE}"))
        .await;
    assert!(page.contains("Intussen is er een andere versie gepubliceerd"));
    assert!(page.contains(r#"name="overwrite""#));
    // Seen, and confirmed: published.
    let mut confirmed = concept_pairs(&toms);
    confirmed.push(("overwrite".into(), "ja".into()));
    let response = save(&tom, "regio", CODE, Some(3), "publiceren", &confirmed).await;
    assert_eq!(
        location(&response),
        format!("/beheer/catalogus/regio/{CODE}?melding=gepubliceerd")
    );
    assert_eq!(live_concept(&app, CODE).await.default_lead_time, "9");

    // Discard: with the right version, the draft goes, and it is audited.
    save(
        &hilde,
        "regio",
        CODE,
        None,
        "bewaren",
        &concept_pairs(&hildes),
    )
    .await;
    let response = hilde
        .post_form(
            "/beheer/catalogus/weggooien",
            &[("scope", "regio"), ("code", CODE), ("version", "1")],
        )
        .await;
    assert_eq!(
        location(&response),
        "/beheer/catalogus/regio?melding=weggegooid"
    );
    assert!(drafts(&app).await.is_empty());
    let discarded = app.audit("catalogue.discard").await;
    assert_eq!(discarded.len(), 1);
    assert_eq!(discarded[0].outcome, "ok");
    assert_eq!(discarded[0].actor_role.as_deref(), Some("regional_admin"));
}
backend_test!(a_stale_page_or_a_change_published_meanwhile_is_not_overwritten);

async fn a_municipal_admin_sets_how_her_municipality_offers_a_product(backend: Backend) {
    let app = spawn_app(backend).await;
    let ids = app.get_json_ids().await;
    let (ieper, poperinge) = (ids["ieper"], ids["poperinge"]);
    let griet = app.signed_in_as("griet").await;
    let concept_id = concept::Entity::find()
        .filter(concept::Column::Code.eq(CODE))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id;
    let instance = |municipality: i32| {
        let db = app.db.clone();
        async move {
            product_instance::Entity::find()
                .filter(product_instance::Column::ConceptId.eq(concept_id))
                .filter(product_instance::Column::MunicipalityId.eq(municipality))
                .one(&db)
                .await
                .unwrap()
                .unwrap()
        }
    };
    let ieper_before = instance(ieper).await;
    let live = local_form(&db::exchange::LocalVariation::from_instance(
        &instance(poperinge).await,
    ));
    let (status, page) = griet
        .get_html(&format!("/beheer/catalogus/poperinge/{CODE}"))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Biedt Poperinge dit product aan?"));
    assert!(page.contains("Zoals de regio"));

    let mut form = live.clone();
    form.channel = "appointment".into();
    form.fee = "7,50".into();
    form.notes
        .insert("nl".into(), "Bel eerst naar de milieudienst.".into());
    let response = save(
        &griet,
        "poperinge",
        CODE,
        None,
        "publiceren",
        &local_pairs(&form),
    )
    .await;
    assert_eq!(
        location(&response),
        format!("/beheer/catalogus/poperinge/{CODE}?melding=gepubliceerd")
    );
    let row = instance(poperinge).await;
    assert_eq!(row.channel.as_deref(), Some("appointment"));
    assert_eq!(row.fee_cents, Some(750));
    assert_eq!(
        row.note_nl.as_deref(),
        Some("Bel eerst naar de milieudienst.")
    );
    assert_eq!(instance(ieper).await, ieper_before, "Ieper is untouched");
    let (_, public) = app.get_html(&format!("/poperinge/producten/{CODE}")).await;
    assert!(public.contains("Bel eerst naar de milieudienst."));
    assert!(public.contains("7,50"));
    let published = app.audit("catalogue.publish").await;
    assert_eq!(published.len(), 1);
    assert_eq!(published[0].actor_role.as_deref(), Some("municipal_admin"));
    assert_eq!(published[0].actor_municipality_id, Some(poperinge));
    assert_eq!(
        published[0].object.as_deref(),
        Some(format!("instance:poperinge:{CODE}").as_str())
    );

    // Not offered any more: the public page says so; the list shows it.
    let mut off = form.clone();
    off.offered = false;
    save(
        &griet,
        "poperinge",
        CODE,
        None,
        "publiceren",
        &local_pairs(&off),
    )
    .await;
    assert!(!instance(poperinge).await.offered);
    let (_, list) = griet.get_html("/beheer/catalogus/poperinge").await;
    assert!(list.contains("Producten van Poperinge"));
    let (_, history) = griet
        .get_html(&format!("/beheer/catalogus/poperinge/{CODE}/geschiedenis"))
        .await;
    assert!(history.contains("Beheerder van de gemeente – Poperinge"));
    assert_eq!(revisions(&app).await.len(), 2);

    // A local form with mistakes: kept, not published.
    let mut wrong = off.clone();
    wrong.lead_time = "een week".into();
    wrong.notes.insert("nl".into(), String::new());
    wrong
        .notes
        .insert("fr".into(), "Téléphonez d'abord.".into());
    let response = save(
        &griet,
        "poperinge",
        CODE,
        None,
        "publiceren",
        &local_pairs(&wrong),
    )
    .await;
    assert!(location(&response).ends_with("melding=fouten"));
    let (_, page) = griet
        .get_html(&format!("/beheer/catalogus/poperinge/{CODE}"))
        .await;
    assert!(page.contains("Schrijf een aantal dagen als getal"));
    assert!(page.contains("Schrijf eerst de Nederlandse tekst"));
    assert_eq!(revisions(&app).await.len(), 2);
}
backend_test!(a_municipal_admin_sets_how_her_municipality_offers_a_product);

async fn a_new_product_starts_as_a_draft_and_is_offered_everywhere_once_published(
    backend: Backend,
) {
    let app = spawn_app(backend).await;
    let tom = app.signed_in_as("tom").await;
    for (code, title, problem) in [
        ("Fietsbeugel!", "Fietsbeugel", "code"),
        ("passport", "Nog een paspoort", "bestaat"),
        ("fietsbeugel", "   ", "titel"),
    ] {
        let response = tom
            .post_form(
                "/beheer/catalogus/nieuw",
                &[("code", code), ("titel", title)],
            )
            .await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
        assert!(
            location(&response).starts_with(&format!("/beheer/catalogus/regio?fout={problem}&")),
            "{code}: {}",
            location(&response)
        );
    }
    let (_, page) = tom
        .get_html("/beheer/catalogus/regio?fout=bestaat&code=passport&titel=Nog")
        .await;
    assert!(page.contains("Deze code bestaat al"));
    assert!(drafts(&app).await.is_empty());

    let response = tom
        .post_form(
            "/beheer/catalogus/nieuw",
            &[("code", "fietsbeugel"), ("titel", "Fietsbeugel aanvragen")],
        )
        .await;
    assert_eq!(
        location(&response),
        "/beheer/catalogus/regio/fietsbeugel?melding=aangemaakt"
    );
    // Twice: the code is taken by the draft now.
    let response = tom
        .post_form(
            "/beheer/catalogus/nieuw",
            &[("code", "fietsbeugel"), ("titel", "Fietsbeugel aanvragen")],
        )
        .await;
    assert!(location(&response).contains("fout=bestaat"));
    let (status, page) = tom.get_html("/beheer/catalogus/regio").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains("Fietsbeugel aanvragen"),
        "listed with the drafts"
    );
    assert_eq!(
        app.get("/producten/fietsbeugel").await.status(),
        StatusCode::NOT_FOUND
    );

    // Publishing a bare draft fails on what is missing.
    let (_, page) = tom.get_html("/beheer/catalogus/regio/fietsbeugel").await;
    assert!(page.contains("Dit product is nog niet gepubliceerd"));
    assert!(
        !page.contains("/geschiedenis"),
        "no history before the first publication"
    );
    let draft = &drafts(&app).await[0];
    let mut form: ConceptForm = serde_json::from_str(&draft.content).unwrap();
    let response = save(
        &tom,
        "regio",
        "fietsbeugel",
        Some(1),
        "publiceren",
        &concept_pairs(&form),
    )
    .await;
    assert!(location(&response).ends_with("melding=fouten"));

    form.topics = vec!["parking-mobility".into()];
    form.default_channel = "online".into();
    let dutch = form.texts.get_mut("nl").unwrap();
    dutch.fields.insert(
        "summary".into(),
        "Vraag een fietsbeugel aan voor uw straat.".into(),
    );
    let response = save(
        &tom,
        "regio",
        "fietsbeugel",
        Some(2),
        "publiceren",
        &concept_pairs(&form),
    )
    .await;
    assert!(
        location(&response).ends_with("melding=gepubliceerd"),
        "{}",
        location(&response)
    );
    let instances = product_instance::Entity::find()
        .filter(
            product_instance::Column::ConceptId.eq(concept::Entity::find()
                .filter(concept::Column::Code.eq("fietsbeugel"))
                .one(&app.db)
                .await
                .unwrap()
                .unwrap()
                .id),
        )
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(
        instances, 18,
        "offered in every municipality with the defaults"
    );
    let (status, public) = app.get_html("/diksmuide/producten/fietsbeugel").await;
    assert_eq!(status, StatusCode::OK);
    assert!(public.contains("Vraag een fietsbeugel aan voor uw straat."));
    let history = db::catalogue_edit::history(
        &app.db,
        &Subject::Concept {
            code: "fietsbeugel".into(),
        },
        10,
    )
    .await
    .unwrap();
    assert_eq!(history.len(), 1);
    assert!(history[0].before.is_none(), "a first publication");
    assert_eq!(app.audit("catalogue.create").await.len(), 1);
}
backend_test!(a_new_product_starts_as_a_draft_and_is_offered_everywhere_once_published);

async fn editors_find_the_edit_form_from_the_public_product_page(backend: Backend) {
    let app = spawn_app(backend).await;
    let region_link = format!(r#"href="/beheer/catalogus/regio/{CODE}""#);
    let poperinge_link = format!(r#"href="/beheer/catalogus/poperinge/{CODE}""#);
    let page = format!("/poperinge/producten/{CODE}");
    // (who, sees the region's link, sees Poperinge's link)
    for (key, region, poperinge) in [
        ("els", false, false),
        ("bart", false, false),
        ("tom", true, false),
        ("griet", false, true),
        ("hilde", true, true),
    ] {
        let who = app.signed_in_as(key).await;
        let (_, html) = who.get_html(&page).await;
        assert_eq!(html.contains(&region_link), region, "{key}: region");
        assert_eq!(
            html.contains(&poperinge_link),
            poperinge,
            "{key}: Poperinge"
        );
        // Never for another municipality.
        let (_, ieper) = who.get_html(&format!("/ieper/producten/{CODE}")).await;
        assert!(
            !ieper.contains("/beheer/catalogus/ieper/") || key == "hilde",
            "{key}"
        );
    }
    let (_, html) = app.get_html(&page).await;
    assert!(!html.contains("/beheer/catalogus"), "signed out: no links");
}
backend_test!(editors_find_the_edit_form_from_the_public_product_page);

async fn a_new_product_with_no_title_and_a_bad_code_is_refused_with_both_problems_at_once(
    backend: Backend,
) {
    let app = spawn_app(backend).await;
    let tom = app.signed_in_as("tom").await;
    let response = tom
        .post_form(
            "/beheer/catalogus/nieuw",
            &[("code", "Fiets beugel!"), ("titel", "  ")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let again = location(&response);
    assert!(
        again.starts_with("/beheer/catalogus/regio?fout=code,titel&"),
        "{again}"
    );
    // Back at the summary itself: the browser focuses it.
    assert!(again.ends_with("#fout"), "{again}");
    let (_, page) = tom.get_html(again.trim_end_matches("#fout")).await;
    let title = common::element_text(&page, "title").unwrap();
    assert!(title.starts_with("Fout: "), "{title}");
    assert!(
        page.contains(r##"<a href="#new-title">"##),
        "the title's problem"
    );
    assert!(
        page.contains(r##"<a href="#new-code">"##),
        "the code's problem"
    );
    assert!(page.contains(r#"id="new-title-error""#));
    assert!(page.contains(r#"id="new-code-error""#));
    assert!(drafts(&app).await.is_empty());
}
backend_test!(a_new_product_with_no_title_and_a_bad_code_is_refused_with_both_problems_at_once);

async fn an_editor_page_with_mistakes_says_error_first_in_its_title_in_every_language(
    backend: Backend,
) {
    let app = spawn_app(backend).await;
    let tom = app.signed_in_as("tom").await;
    let mut typed = concept_pairs(&live_concept(&app, CODE).await);
    typed.retain(|(k, _)| k != "default_fee");
    typed.push(("default_fee".into(), "twaalf euro".into()));
    let response = save(&tom, "regio", CODE, None, "publiceren", &typed).await;
    assert!(location(&response).ends_with("melding=fouten"));
    let path = format!("/beheer/catalogus/regio/{CODE}?melding=fouten");
    for (lang, prefix) in [
        ("nl", "Fout: "),
        ("fr", "Erreur : "),
        ("de", "Fehler: "),
        ("en", "Error: "),
    ] {
        let page = tom
            .client
            .get(tom.url(&path))
            .header("accept-language", lang)
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let title = common::element_text(&page, "title").unwrap();
        assert!(title.starts_with(prefix), "{lang}: {title}");
        assert!(page.contains(r#"class="error-summary""#), "{lang}");
    }
    // A product without a draft has no mistakes, and no prefix.
    let (_, page) = tom.get_html("/beheer/catalogus/regio/passport").await;
    let title = common::element_text(&page, "title").unwrap();
    assert!(!title.starts_with("Fout"), "{title}");
}
backend_test!(an_editor_page_with_mistakes_says_error_first_in_its_title_in_every_language);

//! The catalogue exchange document on every backend: export and import round
//! trip, edits, refused documents, removal, and the `server catalogue` CLI.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may panic: that is how it fails

use crate::common::{self, Backend, TestDb, backend_test, fresh_database};
use db::entities::{concept_text, municipality, product_instance, search_term};
use db::exchange::{
    self, CatalogueDocument, ConceptEntry, ImportError, ImportOptions, LocalVariation, TextEntry,
};
use db::sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use db::seed::catalogue::catalogue;
use std::collections::BTreeMap;
use std::process::Command;

/// The shipped seed file, in export order (concepts by code: the file's own
/// order of concepts carries no meaning and is not stored).
fn shipped() -> CatalogueDocument {
    let mut document = catalogue().unwrap();
    document.concepts.sort_by(|a, b| a.code.cmp(&b.code));
    document
}

fn json(document: &CatalogueDocument) -> String {
    serde_json::to_string_pretty(document).unwrap()
}

async fn exported_json(test: &TestDb) -> String {
    json(&exchange::export(&test.db).await.unwrap())
}

/// A database with the municipalities and the shipped catalogue.
async fn seeded(backend: common::Backend) -> TestDb {
    let test = fresh_database(backend).await;
    db::seed::seed(&test.db).await.unwrap();
    test
}

async fn municipality_id(test: &TestDb, slug: &str) -> i32 {
    municipality::Entity::find()
        .filter(municipality::Column::Slug.eq(slug))
        .one(&test.db)
        .await
        .unwrap()
        .unwrap()
        .id
}

fn concept_mut<'a>(document: &'a mut CatalogueDocument, code: &str) -> &'a mut ConceptEntry {
    document
        .concepts
        .iter_mut()
        .find(|c| c.code == code)
        .unwrap()
}

async fn a_seeded_catalogue_exports_as_the_seed_file_and_imports_back_identically(
    backend: Backend,
) {
    let source = seeded(backend.clone()).await;
    let exported = exchange::export(&source.db).await.unwrap();
    assert_eq!(exported, shipped(), "{backend:?}");

    let target = fresh_database(backend.clone()).await;
    db::seed::seed_municipalities(&target.db).await.unwrap();
    let summary = exchange::import(&target.db, &exported, ImportOptions::default())
        .await
        .unwrap();
    let concepts = exported.concepts.len();
    assert_eq!(summary.concepts_created.len(), concepts);
    assert_eq!(summary.topics_created.len(), exported.topics.len());
    assert_eq!(summary.instances_written, concepts * 18);
    assert_eq!(exported_json(&target).await, json(&exported), "{backend:?}");

    // The same document again: nothing to change.
    let again = exchange::import(&target.db, &exported, ImportOptions::default())
        .await
        .unwrap();
    assert_eq!(again.concepts_unchanged, concepts);
    assert!(again.concepts_created.is_empty() && again.concepts_updated.is_empty());
    assert_eq!(again.instances_written, 0);
    assert_eq!(again.topics_unchanged, exported.topics.len());
    assert_eq!(
        product_instance::Entity::find()
            .count(&target.db)
            .await
            .unwrap() as usize,
        concepts * 18
    );
    assert_eq!(exported_json(&target).await, json(&exported));
}
backend_test!(a_seeded_catalogue_exports_as_the_seed_file_and_imports_back_identically);

async fn an_edited_document_changes_fees_translations_and_adds_a_findable_concept(
    backend: Backend,
) {
    let test = seeded(backend.clone()).await;
    let mut document = exchange::export(&test.db).await.unwrap();

    // A new fee in Poperinge, a better French title, a new concept.
    concept_mut(&mut document, "identity-card")
        .local
        .entry("poperinge".into())
        .or_default()
        .fee_cents = Some(2750);
    concept_mut(&mut document, "kids-id")
        .text
        .get_mut("fr")
        .unwrap()
        .title = "Kids-ID (carte pour enfants)".into();
    let mut pool = concept_mut(&mut document, "library-membership").clone();
    pool.code = "swimming-pool-pass".into();
    pool.keywords = BTreeMap::from([("nl".into(), vec!["baantjes zwemmen".into()])]);
    pool.text = BTreeMap::from([(
        "nl".into(),
        TextEntry {
            title: "Zwembadabonnement".into(),
            summary: "Zwem een jaar lang aan een lagere prijs.".into(),
            ..TextEntry::default()
        },
    )]);
    pool.local = BTreeMap::from([(
        "ieper".into(),
        LocalVariation {
            offered: Some(false),
            ..LocalVariation::default()
        },
    )]);
    document.concepts.push(pool);

    let summary = exchange::import(&test.db, &document, ImportOptions::default())
        .await
        .unwrap();
    assert_eq!(summary.concepts_created, ["swimming-pool-pass"]);
    assert_eq!(summary.concepts_updated, ["identity-card", "kids-id"]);
    assert_eq!(summary.concepts_unchanged, document.concepts.len() - 3);
    assert_eq!(summary.instances_written, 1 + 18, "{backend:?}");

    let poperinge = municipality_id(&test, "poperinge").await;
    let card = concept(&test.db, "identity-card").await.unwrap();
    assert_eq!(card.instance(poperinge).unwrap().fee_cents, Some(2750));

    let kids = concept(&test.db, "kids-id").await.unwrap();
    assert_eq!(kids.texts["fr"].title, "Kids-ID (carte pour enfants)");

    let pool = concept(&test.db, "swimming-pool-pass").await.unwrap();
    assert_eq!(pool.texts["nl"].title, "Zwembadabonnement");
    assert_eq!(pool.instances.len(), 18);
    let ieper = municipality_id(&test, "ieper").await;
    assert!(
        pool.instances
            .iter()
            .all(|i| i.offered == (i.municipality_id != ieper))
    );
    let found = db::search::find(&test.db, "zwembadabonement")
        .await
        .unwrap();
    assert_eq!(found.first().map(|f| f.0), Some(pool.concept.id));
    let found = db::search::find(&test.db, "baantjes").await.unwrap();
    assert_eq!(found.first().map(|f| f.0), Some(pool.concept.id));

    // Export gives the edited document back.
    let mut expected = document;
    expected.concepts.sort_by(|a, b| a.code.cmp(&b.code));
    assert_eq!(exported_json(&test).await, json(&expected));
}
backend_test!(an_edited_document_changes_fees_translations_and_adds_a_findable_concept);

async fn an_invalid_document_reports_every_problem_and_changes_nothing(backend: Backend) {
    let test = seeded(backend.clone()).await;
    let before = exported_json(&test).await;
    let mut document = exchange::export(&test.db).await.unwrap();
    // A valid edit that must not land either.
    concept_mut(&mut document, "identity-card").default_fee_cents = 9900;
    let card = concept_mut(&mut document, "kids-id");
    card.topics.push("gardening".into());
    card.local.entry("brugge".into()).or_default().fee_cents = Some(100);
    card.default_lead_time_days = -1;
    document.topics[0].kind = "event".into();

    let Err(ImportError::Invalid(problems)) =
        exchange::import(&test.db, &document, ImportOptions::default()).await
    else {
        panic!("the document was accepted ({backend:?})");
    };
    let index = document
        .concepts
        .iter()
        .position(|c| c.code == "kids-id")
        .unwrap();
    let mut paths: Vec<String> = problems.into_iter().map(|p| p.path).collect();
    paths.sort();
    assert_eq!(
        paths,
        [
            format!("concepts[{index}].default_lead_time_days"),
            format!("concepts[{index}].local.brugge"),
            format!("concepts[{index}].topics[2]"),
            "topics[0].kind".to_owned(),
        ]
    );
    assert_eq!(exported_json(&test).await, before, "{backend:?}");

    // A dry run of a valid document reports and writes nothing either.
    document = exchange::export(&test.db).await.unwrap();
    concept_mut(&mut document, "identity-card").default_fee_cents = 9900;
    let summary = exchange::import(
        &test.db,
        &document,
        ImportOptions {
            dry_run: true,
            ..ImportOptions::default()
        },
    )
    .await
    .unwrap();
    assert!(summary.dry_run);
    assert_eq!(summary.concepts_updated, ["identity-card"]);
    assert_eq!(exported_json(&test).await, before);
}
backend_test!(an_invalid_document_reports_every_problem_and_changes_nothing);

async fn a_concept_missing_from_the_document_is_kept_unless_removal_is_asked(backend: Backend) {
    let test = seeded(backend.clone()).await;
    let mut document = exchange::export(&test.db).await.unwrap();
    document.concepts.retain(|c| c.code != "kids-id");
    let kids = concept(&test.db, "kids-id").await.unwrap().concept.id;

    let kept = exchange::import(&test.db, &document, ImportOptions::default())
        .await
        .unwrap();
    assert_eq!(kept.concepts_kept, ["kids-id"]);
    assert!(kept.concepts_removed.is_empty());
    assert!(concept(&test.db, "kids-id").await.is_some());

    let removed = exchange::import(
        &test.db,
        &document,
        ImportOptions {
            remove_missing: true,
            ..ImportOptions::default()
        },
    )
    .await
    .unwrap();
    assert_eq!(removed.concepts_removed, ["kids-id"], "{backend:?}");
    assert!(removed.concepts_kept.is_empty());
    assert!(concept(&test.db, "kids-id").await.is_none());
    let instances = product_instance::Entity::find()
        .filter(product_instance::Column::ConceptId.eq(kids))
        .count(&test.db)
        .await
        .unwrap();
    let texts = concept_text::Entity::find()
        .filter(concept_text::Column::ConceptId.eq(kids))
        .count(&test.db)
        .await
        .unwrap();
    let terms = search_term::Entity::find()
        .filter(search_term::Column::ConceptId.eq(kids))
        .count(&test.db)
        .await
        .unwrap();
    assert_eq!((instances, texts, terms), (0, 0, 0));
    assert_eq!(exported_json(&test).await, json(&document));
}
backend_test!(a_concept_missing_from_the_document_is_kept_unless_removal_is_asked);

/// Runs the real binary against `test`'s database.
fn server(test: &TestDb, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_server"))
        .args(args)
        .env("DATABASE_URL", &test.url)
        .env("RUST_LOG", "warn")
        .env_remove("APP_CONFIG")
        .output()
        .expect("run the server binary")
}

async fn the_command_line_exports_checks_and_refuses_bad_files(backend: Backend) {
    let test = fresh_database(backend.clone()).await;
    let dir = std::env::temp_dir().join(format!("ewh-exchange-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("catalogue.json");
    let file_arg = file.to_str().unwrap();

    let seed = server(&test, &["seed"]);
    assert!(seed.status.success(), "{seed:?}");
    let export = server(&test, &["catalogue", "export", "--output", file_arg]);
    assert!(export.status.success(), "{export:?}");
    let written = std::fs::read_to_string(&file).unwrap();
    assert!(written.ends_with("}\n"));
    let document: CatalogueDocument = serde_json::from_str(&written).unwrap();
    assert_eq!(document, shipped(), "{backend:?}");

    let stdout = server(&test, &["catalogue", "export"]);
    assert!(stdout.status.success());
    assert_eq!(String::from_utf8(stdout.stdout).unwrap(), written);

    let dry_run = server(&test, &["catalogue", "import", file_arg, "--dry-run"]);
    assert!(dry_run.status.success(), "{dry_run:?}");
    let report = String::from_utf8(dry_run.stdout).unwrap();
    assert!(report.contains("Dry run"), "{report}");
    assert!(
        report.contains(&format!("{} unchanged", document.concepts.len())),
        "{report}"
    );
    assert!(report.contains("instances written: 0"), "{report}");

    let mut bad: serde_json::Value = serde_json::from_str(&written).unwrap();
    bad["concepts"][0]["default_fee_cents"] = (-5).into();
    bad["concepts"][1]["product_type"] = "licence".into();
    bad["concepts"][2]["text"]["nl"]["title"] = "Nieuwe titel".into();
    let bad_file = dir.join("bad.json");
    std::fs::write(&bad_file, serde_json::to_string(&bad).unwrap()).unwrap();
    let refused = server(&test, &["catalogue", "import", bad_file.to_str().unwrap()]);
    assert_eq!(refused.status.code(), Some(1), "{refused:?}");
    let errors = String::from_utf8(refused.stderr).unwrap();
    assert!(
        errors.contains("concepts[0].default_fee_cents: -5 is negative"),
        "{errors}"
    );
    assert!(errors.contains("concepts[1].product_type"), "{errors}");

    let not_json = dir.join("not.json");
    std::fs::write(&not_json, "{\"topics\": [").unwrap();
    let refused = server(&test, &["catalogue", "import", not_json.to_str().unwrap()]);
    assert_eq!(refused.status.code(), Some(1));

    assert_eq!(
        exported_json(&test).await,
        json(&shipped()),
        "nothing changed"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
backend_test!(the_command_line_exports_checks_and_refuses_bad_files);

/// A concept as the pages load it (the whole catalogue, as the app does).
async fn concept(db: &db::DatabaseConnection, code: &str) -> Option<db::catalogue::ConceptRecord> {
    db::catalogue::load(db)
        .await
        .unwrap()
        .concepts
        .into_iter()
        .find(|record| record.concept.code == code)
}

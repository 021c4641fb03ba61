//! The locale completeness check: every message id exists in all four languages,
//! and every Dutch message is used somewhere in the code. (A message used in code
//! but missing in Dutch does not compile: `fl!` checks it.)

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may panic: that is how it fails

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

const LANGS: [&str; 4] = ["nl", "fr", "de", "en"];

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Message ids defined in an .ftl file (terms, `-name`, are private helpers).
fn message_ids(path: &Path) -> BTreeSet<String> {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .filter(|line| line.starts_with(|c: char| c.is_ascii_alphabetic()))
        .filter_map(|line| line.split_once('='))
        .map(|(id, _)| id.trim().to_owned())
        .collect()
}

fn ftl_files(lang: &str) -> Vec<PathBuf> {
    let dir = workspace().join("locales").join(lang);
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
        .collect();
    files.sort();
    files
}

fn ids(lang: &str) -> BTreeSet<String> {
    ftl_files(lang)
        .iter()
        .flat_map(|f| message_ids(f))
        .collect()
}

fn rust_sources(dir: &Path, out: &mut String) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_sources(&path, out);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            out.push_str(&fs::read_to_string(&path).unwrap());
        }
    }
}

#[test]
fn every_language_has_every_dutch_message_and_nothing_else() {
    let dutch = ids("nl");
    assert!(dutch.len() > 20, "the Dutch locale looks empty");
    for lang in &LANGS[1..] {
        let other = ids(lang);
        let missing: Vec<_> = dutch.difference(&other).collect();
        let extra: Vec<_> = other.difference(&dutch).collect();
        assert!(missing.is_empty(), "missing in {lang}: {missing:?}");
        assert!(extra.is_empty(), "in {lang} but not in Dutch: {extra:?}");
    }
}

#[test]
fn every_dutch_message_is_used_in_code() {
    let mut code = String::new();
    rust_sources(&workspace().join("app/src"), &mut code);
    rust_sources(&workspace().join("server/src"), &mut code);
    let unused: Vec<_> = ids("nl")
        .into_iter()
        .filter(|id| !code.contains(&format!("\"{id}\"")))
        .collect();
    assert!(unused.is_empty(), "messages no code uses: {unused:?}");
}

#[test]
fn no_translation_is_left_empty_or_identical_placeholder() {
    for lang in LANGS {
        for file in ftl_files(lang) {
            let text = fs::read_to_string(&file).unwrap();
            for (number, line) in text.lines().enumerate() {
                if line.starts_with(|c: char| c.is_ascii_alphabetic()) {
                    let (_, value) = line.split_once('=').unwrap();
                    let continues = text
                        .lines()
                        .nth(number + 1)
                        .is_some_and(|next| next.starts_with(' '));
                    assert!(
                        !value.trim().is_empty() || continues,
                        "{}:{}: empty message",
                        file.display(),
                        number + 1
                    );
                    assert!(
                        !value.contains("TODO"),
                        "{}:{}: TODO",
                        file.display(),
                        number + 1
                    );
                }
            }
        }
    }
}

//! Escaping by construction: Leptos 0.8 writes the text of `<textarea>` and of
//! `leptos_meta::Title` verbatim (see `app/src/html.rs`), and `inner_html`
//! or a raw-text element (`<script>`, `<style>`, `<noscript>`) with text of
//! ours in it would do the same. Only the two shared components may use those
//! elements; this test fails on any other use in the app's source.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may panic: that is how it fails

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
}

/// What may appear only in the one file that escapes it.
const ONLY_IN: [(&str, &str); 6] = [
    ("<textarea", "components/form.rs"),
    ("<Title", "components/layout.rs"),
    ("leptos_meta::Title", "components/layout.rs"),
    ("inner_html", "(nowhere)"),
    ("<noscript", "(nowhere)"),
    ("<style", "(nowhere)"),
];

/// `needle` outside a string literal that starts with it (a test's input).
fn in_code(code: &str, needle: &str) -> bool {
    code.match_indices(needle)
        .any(|(at, _)| !code[..at].ends_with('"'))
}

#[test]
fn text_reaches_unescaping_elements_only_through_the_shared_components() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut found = Vec::new();
    for file in &files {
        let text = fs::read_to_string(file).unwrap();
        let name = file
            .strip_prefix(&src)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        for (line_no, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            for (needle, allowed) in ONLY_IN {
                if in_code(code, needle) && name != allowed {
                    found.push(format!("src/{name}:{}: {needle}", line_no + 1));
                }
            }
            // The shell's own hydration script is Leptos's; no other script.
            if in_code(code, "<script") {
                found.push(format!("src/{name}:{}: <script", line_no + 1));
            }
        }
    }
    assert!(
        found.is_empty(),
        "use crate::components::form::TextArea / layout::PageTitle instead:\n{}",
        found.join("\n")
    );
}

//! The browser entry point. Pages are rendered on the server; only the islands
//! (`#[island]` components in `app`) are hydrated. The loader script calls
//! `hydrate()` first and then hydrates each island it finds in the page.

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::wasm_bindgen;

// Links the islands into this bundle (the loader finds them by name).
pub use app::*;

#[wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
    mark_hydrated_after_islands();
}

/// Sets `data-hydrated="true"` on `<html>` once the islands are live, so tests
/// (and styles) can tell an interactive page from a server-rendered one. The
/// loader hydrates the islands in promise callbacks right after `hydrate()`
/// returns; a zero timeout runs after all of them.
fn mark_hydrated_after_islands() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let mark = Closure::once_into_js(|| {
        if let Some(root) = web_sys::window()
            .and_then(|window| window.document())
            .and_then(|document| document.document_element())
        {
            let _ = root.set_attribute("data-hydrated", "true");
        }
    });
    let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(mark.unchecked_ref(), 0);
}

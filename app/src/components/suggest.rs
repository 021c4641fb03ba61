//! Search suggestions as you type: the catalogue's search field as an ARIA 1.2
//! combobox (the WAI-ARIA APG "combobox with listbox popup, list autocomplete"
//! pattern).
//!
//! Rendered on the server — and in the browser's first, hydrating render — it
//! is the plain input of the GET form, attribute for attribute, so the form
//! works without JavaScript and hydration finds the same DOM. Only after the
//! island is live does the input take the combobox role and its attributes,
//! and only then can the list of options open.

use crate::api::suggest_products;
use crate::i18n::use_i18n;
use crate::model::{SEARCH_MAX_CHARS, SUGGEST_MIN_CHARS, Suggestion};
use i18n_embed_fl::fl;
use leptos::prelude::*;
use std::time::Duration;

/// The id and name of the search field (the page's error summary links to it).
const FIELD: &str = "q";
/// The id of the list of options (the input's `aria-controls`).
const LISTBOX: &str = "q-listbox";
/// How long typing must pause before suggestions are asked for: one request per
/// burst of keys, not one per key.
const DEBOUNCE: Duration = Duration::from_millis(150);

/// The option that is active after a key in the field, of `len` options;
/// `None` is "the text", where typing goes.
///
/// Down and Up move through the options and wrap around, as the APG example
/// does; from the text, Down goes to the first option and Up to the last.
/// Home, End, Left and Right move the caret in the text, so no option stays
/// active. Other keys change nothing.
pub fn next_active(current: Option<usize>, key: &str, len: usize) -> Option<usize> {
    if len == 0 {
        return None;
    }
    match (key, current) {
        ("ArrowDown", Some(index)) if index + 1 < len => Some(index + 1),
        ("ArrowDown", _) => Some(0),
        ("ArrowUp", Some(index)) if index > 0 && index < len => Some(index - 1),
        ("ArrowUp", _) => Some(len - 1),
        ("Home" | "End" | "ArrowLeft" | "ArrowRight", _) => None,
        (_, current) => current.filter(|&index| index < len),
    }
}

fn option_id(index: usize) -> String {
    format!("{FIELD}-option-{index}")
}

/// The search field of a municipality's catalogue. `value`, `described_by` and
/// `invalid` are what the page rendered before suggestions existed: the text
/// searched for, the hint (and error) ids, and whether the search is in error.
#[island]
pub fn SearchSuggest(
    /// The municipality whose catalogue this is; `None`: the region's.
    slug: Option<String>,
    value: String,
    described_by: String,
    invalid: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.loader();
    let lang = i18n.lang();
    let slug = StoredValue::new(slug);
    // False on the server and during hydration; an effect (which runs only in
    // the browser, after hydration) turns the combobox on.
    let enhanced = RwSignal::new(false);
    Effect::new(move |_| enhanced.set(true));
    let suggestions = RwSignal::new(Vec::<Suggestion>::new());
    let open = RwSignal::new(false);
    let active = RwSignal::new(None::<usize>);
    let status = RwSignal::new(String::new());
    // Every keystroke and every close starts a new generation: an answer that
    // comes back for an older one is dropped, so answers arriving out of order
    // never show a stale list.
    let generation = StoredValue::new(0_u64);
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let input = NodeRef::<leptos::html::Input>::new();

    let forget = move || {
        generation.update_value(|g| *g += 1);
        if let Some(timer) = pending.get_value() {
            timer.clear();
        }
        pending.set_value(None);
    };
    let close = move || {
        forget();
        open.set(false);
        active.set(None);
    };
    let clear = move || {
        close();
        suggestions.set(Vec::new());
        status.set(String::new());
    };
    let go = move |index: usize| {
        let Some(code) = suggestions.with_untracked(|s| s.get(index).map(|s| s.code.clone()))
        else {
            return;
        };
        let href = match slug.get_value() {
            Some(slug) => format!("/{slug}/producten/{code}"),
            None => format!("/producten/{code}"),
        };
        // Plain navigation: the product page is a server-rendered page.
        let _ = window().location().set_href(&href);
    };
    let ask = move |text: String| {
        let mine = generation.get_value();
        leptos::task::spawn_local(async move {
            let answer = suggest_products(slug.get_value(), lang, text).await;
            if generation.get_value() != mine {
                return;
            }
            match answer {
                Ok(list) => {
                    status.set(if list.is_empty() {
                        fl!(l, "suggest-none")
                    } else {
                        fl!(l, "suggest-count", count = list.len())
                    });
                    active.set(None);
                    open.set(!list.is_empty());
                    suggestions.set(list);
                }
                // The form still works: the list just stays closed.
                Err(_) => clear(),
            }
        });
    };
    let on_input = move |event: leptos::ev::Event| {
        let text = event_target_value(&event);
        forget();
        active.set(None);
        let length = text.trim().chars().count();
        if length < SUGGEST_MIN_CHARS || text.chars().count() > SEARCH_MAX_CHARS {
            clear();
            return;
        }
        pending.set_value(set_timeout_with_handle(move || ask(text), DEBOUNCE).ok());
    };
    let on_keydown = move |event: leptos::ev::KeyboardEvent| {
        let key = event.key();
        let len = suggestions.with_untracked(Vec::len);
        match key.as_str() {
            "ArrowDown" | "ArrowUp" if len > 0 => {
                event.prevent_default();
                open.set(true);
                // Alt+Down only opens the list (APG).
                if !event.alt_key() {
                    active.update(|current| *current = next_active(*current, &key, len));
                }
            }
            "Enter" => {
                if let (true, Some(index)) = (open.get_untracked(), active.get_untracked()) {
                    event.prevent_default();
                    go(index);
                }
                // Otherwise the form is submitted, as without JavaScript.
            }
            "Escape" => {
                // The browser would empty a search field on Escape: this does
                // that only when no list is open.
                event.prevent_default();
                if open.get_untracked() {
                    close();
                } else {
                    clear();
                    if let Some(input) = input.get_untracked() {
                        input.set_value("");
                    }
                }
            }
            "Tab" => close(),
            _ => {
                let next = next_active(active.get_untracked(), &key, len);
                if next != active.get_untracked() {
                    active.set(next);
                }
            }
        }
    };

    let options = move || {
        suggestions
            .get()
            .into_iter()
            .enumerate()
            .map(|(index, suggestion)| {
                let page = lang.code();
                let title_lang =
                    (suggestion.title.lang != page).then(|| suggestion.title.lang.clone());
                let selected = move || {
                    if active.get() == Some(index) {
                        "true"
                    } else {
                        "false"
                    }
                };
                view! {
                    <li
                        id=option_id(index)
                        role="option"
                        class="suggest__option"
                        aria-selected=selected
                        lang=title_lang
                        on:click=move |_| go(index)
                    >
                        {suggestion.title.text}
                    </li>
                }
            })
            .collect_view()
    };

    view! {
        <div class="suggest">
            <input
                node_ref=input
                id=FIELD
                name=FIELD
                // Text, not `search`: ARIA in HTML allows the combobox role
                // only on a text input. The keyboard still offers "search".
                type="text"
                enterkeyhint="search"
                class="field__input"
                spellcheck="false"
                aria-describedby=described_by
                aria-invalid=invalid.then_some("true")
                value=value
                role=move || enhanced.get().then_some("combobox")
                aria-autocomplete=move || enhanced.get().then_some("list")
                aria-expanded=move || enhanced.get().then(|| if open.get() { "true" } else { "false" })
                aria-controls=move || enhanced.get().then_some(LISTBOX)
                aria-activedescendant=move || active.get().filter(|_| open.get()).map(option_id)
                autocomplete=move || enhanced.get().then_some("off")
                on:input=on_input
                on:keydown=on_keydown
                on:blur=move |_| close()
            />
            <ul
                id=LISTBOX
                role="listbox"
                class="suggest__list"
                aria-label=fl!(l, "suggest-list-label")
                hidden=move || !open.get()
                // Keeps the focus in the field while an option is clicked.
                on:mousedown=|event| event.prevent_default()
            >
                {options}
            </ul>
            <div role="status" class="visually-hidden">
                {move || status.get()}
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn down_and_up_walk_the_options_and_wrap() {
        assert_eq!(next_active(None, "ArrowDown", 3), Some(0));
        assert_eq!(next_active(Some(0), "ArrowDown", 3), Some(1));
        assert_eq!(next_active(Some(2), "ArrowDown", 3), Some(0));
        assert_eq!(next_active(None, "ArrowUp", 3), Some(2));
        assert_eq!(next_active(Some(2), "ArrowUp", 3), Some(1));
        assert_eq!(next_active(Some(0), "ArrowUp", 3), Some(2));
    }

    #[test]
    fn caret_keys_go_back_to_the_text_and_others_change_nothing() {
        for key in ["Home", "End", "ArrowLeft", "ArrowRight"] {
            assert_eq!(next_active(Some(1), key, 3), None, "{key}");
        }
        assert_eq!(next_active(Some(1), "a", 3), Some(1));
        assert_eq!(next_active(None, "Shift", 3), None);
    }

    #[test]
    fn no_options_means_no_active_option_and_a_stale_index_is_dropped() {
        assert_eq!(next_active(None, "ArrowDown", 0), None);
        assert_eq!(next_active(Some(4), "ArrowUp", 0), None);
        assert_eq!(next_active(Some(7), "Shift", 3), None);
        assert_eq!(next_active(Some(7), "ArrowDown", 3), Some(0));
        assert_eq!(next_active(Some(7), "ArrowUp", 3), Some(2));
    }
}

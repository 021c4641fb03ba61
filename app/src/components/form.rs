//! Form pieces shared by the pages.

use leptos::prelude::*;

/// One choice in a `RadioGroup`.
#[derive(Clone, Debug)]
pub struct RadioOption {
    /// The input's id (unique on the page); its label points at it.
    pub id: String,
    pub value: String,
    pub label: String,
    /// The label's language when it is not the page's (a language's own name).
    pub lang: Option<&'static str>,
}

/// Radio buttons in a fieldset with its legend; the option whose value is
/// `checked` is chosen.
#[component]
pub fn RadioGroup(
    legend: String,
    name: &'static str,
    options: Vec<RadioOption>,
    checked: String,
) -> impl IntoView {
    view! {
        <fieldset class="editor-fieldset">
            <legend>{legend}</legend>
            {options
                .into_iter()
                .map(|option| {
                    let is_checked = option.value == checked;
                    view! {
                        <div class="field--radio">
                            <input
                                id=option.id.clone()
                                name=name
                                type="radio"
                                value=option.value
                                checked=is_checked
                            />
                            <label for=option.id lang=option.lang>{option.label}</label>
                        </div>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

/// A `<textarea>` whose text is always escaped (see [`crate::html`]: Leptos
/// 0.8 writes a textarea's children verbatim). Use this for every textarea.
#[component]
pub fn TextArea(
    #[prop(into)] id: String,
    #[prop(into)] value: String,
    rows: u32,
    max: usize,
    class: &'static str,
    lang: Option<&'static str>,
    invalid: bool,
    described_by: Option<String>,
) -> impl IntoView {
    view! {
        <textarea
            class=class
            id=id.clone()
            name=id
            rows=rows.to_string()
            maxlength=max.to_string()
            lang=lang
            aria-invalid=invalid.then_some("true")
            aria-describedby=described_by
        >
            {crate::html::textarea_text(&value)}
        </textarea>
    }
}

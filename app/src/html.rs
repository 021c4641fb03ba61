//! Text into HTML where Leptos does not escape it.
//!
//! Leptos escapes text in ordinary elements and in attributes, but in 0.8 it
//! writes two kinds of text verbatim when it renders on the server:
//! - the children of `<textarea>` (tachys 0.2 declares `textarea` with
//!   `ESCAPE_CHILDREN = false`, like `<script>`; upstream fixed it only for
//!   0.9, leptos-rs/leptos#4730, reverted in #4819, redone in #4821 and
//!   released in tachys 0.3.0-rc1);
//! - the document title of `leptos_meta::Title` (`ServerMetaContext` pushes
//!   the text between `<title>` and `</title>` as it is, also in 0.9.0-rc1).
//!
//! A text with `</textarea>` or `</title>` in it would close the element and
//! put markup of its own on the page. Both elements hold *escapable raw
//! text*: the browser decodes character references in them, so text escaped
//! here shows exactly as typed. Every textarea and title of the portal goes
//! through [`crate::components::form::TextArea`] and
//! [`crate::components::layout::PageTitle`], which use this; a test
//! (`app/tests/markup.rs`) fails on any other use of those elements.

/// `text` with `&`, `<`, `>`, `"` and `'` as character references.
pub fn escape_text(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            c => escaped.push(c),
        }
    }
    escaped
}

/// The text of a `<textarea>` as the server must write it: escaped, and with
/// a line break in front, because the HTML parser drops one line break right
/// after `<textarea>` (a text that starts with an empty line keeps it).
/// In the browser (a textarea rendered by an island) the text is set as
/// text, so nothing is escaped there.
pub fn textarea_text(text: &str) -> String {
    if cfg!(feature = "ssr") {
        format!("\n{}", escape_text(text))
    } else {
        text.to_owned()
    }
}

/// The text of the document title as the server must write it.
pub fn title_text(text: &str) -> String {
    if cfg!(feature = "ssr") {
        escape_text(text)
    } else {
        text.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_becomes_inert_text() {
        assert_eq!(
            escape_text(r#"</textarea><button formaction="/x">'&amp;"#),
            "&lt;/textarea&gt;&lt;button formaction=&quot;/x&quot;&gt;&#39;&amp;amp;"
        );
        assert_eq!(escape_text("Paspoort – één"), "Paspoort – één");
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn a_textarea_keeps_a_leading_empty_line() {
        assert_eq!(textarea_text("\nx<"), "\n\nx&lt;");
        assert_eq!(title_text("a</title>"), "a&lt;/title&gt;");
    }
}

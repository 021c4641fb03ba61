//! Languages and translations.
//!
//! The server decides the language of each request (explicit choice in a cookie,
//! else `Accept-Language`, else Dutch) and renders it in `<html lang>`; the
//! browser reads it back from the document when it hydrates and never decides
//! on its own. Each language has its own loader (built once, read-only), so
//! concurrent requests in different languages never share a switch.

use i18n_embed::{LanguageLoader, fluent::FluentLanguageLoader};
use rust_embed::RustEmbed;
use std::sync::LazyLock;

#[derive(RustEmbed)]
#[folder = "../locales"]
struct Localizations;

/// The languages of the portal. Dutch is the administrative language and the
/// authoritative text; the others are translations offered as a courtesy.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Lang {
    #[default]
    Nl,
    Fr,
    De,
    En,
}

/// Name of the cookie that holds an explicit language choice.
pub const LANG_COOKIE: &str = "ewh_lang";

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::Nl, Lang::Fr, Lang::De, Lang::En];

    /// BCP 47 code, as used in `lang` attributes and the cookie.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::Fr => "fr",
            Lang::De => "de",
            Lang::En => "en",
        }
    }

    /// The language's name in that language itself (an endonym). It is the same
    /// in every locale, so it lives here rather than in the translation files;
    /// it is always rendered with its own `lang` attribute.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::Nl => "Nederlands",
            Lang::Fr => "Français",
            Lang::De => "Deutsch",
            Lang::En => "English",
        }
    }

    /// Parses a language tag (`fr`, `fr-BE`, `FR`); only the primary subtag counts.
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|lang| lang.code() == primary)
    }

    /// Picks the supported language the browser prefers most, honouring q-values.
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        let mut best: Option<(f32, usize, Lang)> = None;
        for (index, item) in header.split(',').enumerate() {
            let mut parts = item.split(';');
            let Some(lang) = parts.next().and_then(Lang::parse) else {
                continue;
            };
            let quality = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            if quality <= 0.0 || !quality.is_finite() {
                continue;
            }
            // Higher quality wins; on a tie, the earlier entry wins.
            let better = match best {
                None => true,
                Some((q, i, _)) => quality > q || (quality == q && index < i),
            };
            if better {
                best = Some((quality, index, lang));
            }
        }
        best.map(|(_, _, lang)| lang)
    }

    /// The language for a request: explicit choice, then browser preference, then Dutch.
    pub fn negotiate(cookie_value: Option<&str>, accept_language: Option<&str>) -> Lang {
        cookie_value
            .and_then(Lang::parse)
            .or_else(|| accept_language.and_then(Lang::from_accept_language))
            .unwrap_or_default()
    }

    pub fn is_translation(self) -> bool {
        self != Lang::Nl
    }

    /// The loader for this language, with Dutch loaded behind it as the fallback.
    pub fn loader(self) -> &'static FluentLanguageLoader {
        static NL: LazyLock<FluentLanguageLoader> = LazyLock::new(|| build_loader(Lang::Nl));
        static FR: LazyLock<FluentLanguageLoader> = LazyLock::new(|| build_loader(Lang::Fr));
        static DE: LazyLock<FluentLanguageLoader> = LazyLock::new(|| build_loader(Lang::De));
        static EN: LazyLock<FluentLanguageLoader> = LazyLock::new(|| build_loader(Lang::En));
        match self {
            Lang::Nl => &NL,
            Lang::Fr => &FR,
            Lang::De => &DE,
            Lang::En => &EN,
        }
    }
}

fn build_loader(lang: Lang) -> FluentLanguageLoader {
    let nl: unic_langid::LanguageIdentifier = unic_langid::langid!("nl");
    let loader = FluentLanguageLoader::new("app", nl.clone());
    let requested = match lang {
        Lang::Nl => unic_langid::langid!("nl"),
        Lang::Fr => unic_langid::langid!("fr"),
        Lang::De => unic_langid::langid!("de"),
        Lang::En => unic_langid::langid!("en"),
    };
    // Missing keys fall back to Dutch. The files are embedded in the binary and
    // checked by tests, so a failure here is a build defect: log it and serve the
    // message ids rather than take the process down.
    let chain = if lang == Lang::Nl {
        vec![nl]
    } else {
        vec![requested, nl]
    };
    if let Err(error) = loader.load_languages(&Localizations, &chain) {
        leptos::logging::error!("loading translations for {}: {error}", lang.code());
    }
    // Fluent wraps placeables in Unicode isolation marks by default; they show up
    // as stray characters in attribute values and copy-paste.
    loader.set_use_isolating(false);
    loader
}

/// The plain-text body of a mail: a greeting, the paragraphs, and the site's
/// name as signature, each on its own with a blank line between.
pub fn mail_body(l: &FluentLanguageLoader, paragraphs: impl IntoIterator<Item = String>) -> String {
    let mut parts = vec![i18n_embed_fl::fl!(l, "mail-greeting")];
    parts.extend(paragraphs);
    parts.push(i18n_embed_fl::fl!(l, "site-name"));
    parts.join("\n\n") + "\n"
}

/// The current language, provided as context by the shell (server) or read from
/// the document (browser).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct I18n(pub Lang);

impl I18n {
    pub fn lang(self) -> Lang {
        self.0
    }

    pub fn loader(self) -> &'static FluentLanguageLoader {
        self.0.loader()
    }
}

/// The language of the page being rendered.
pub fn use_i18n() -> I18n {
    // Islands hydrate without the page's context: they read <html lang>.
    leptos::prelude::use_context::<I18n>()
        .unwrap_or_else(|| I18n(crate::document::DocumentContext::current().lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_picks_the_preferred_supported_language() {
        assert_eq!(
            Lang::from_accept_language("fr-BE,fr;q=0.9,en;q=0.8"),
            Some(Lang::Fr)
        );
        assert_eq!(
            Lang::from_accept_language("es, en;q=0.5, de;q=0.7"),
            Some(Lang::De)
        );
        assert_eq!(Lang::from_accept_language("es, it"), None);
        assert_eq!(
            Lang::from_accept_language("en;q=0, nl;q=0.1"),
            Some(Lang::Nl)
        );
        assert_eq!(Lang::from_accept_language(""), None);
        assert_eq!(Lang::from_accept_language("de;q=abc"), Some(Lang::De));
        assert_eq!(
            Lang::from_accept_language("en;q=0.5,fr;q=0.5"),
            Some(Lang::En)
        );
    }

    #[test]
    fn explicit_choice_beats_the_browser_and_dutch_is_the_default() {
        assert_eq!(Lang::negotiate(Some("de"), Some("fr")), Lang::De);
        assert_eq!(Lang::negotiate(Some("xx"), Some("fr")), Lang::Fr);
        assert_eq!(Lang::negotiate(None, None), Lang::Nl);
        assert_eq!(Lang::negotiate(None, Some("*")), Lang::Nl);
    }

    #[test]
    fn every_translation_falls_back_to_dutch() {
        for lang in [Lang::Fr, Lang::De, Lang::En] {
            let chain: Vec<String> = lang
                .loader()
                .current_languages()
                .iter()
                .map(ToString::to_string)
                .collect();
            assert_eq!(chain, [lang.code(), "nl"]);
        }
        assert_eq!(Lang::Nl.loader().current_languages().len(), 1);
    }
}

//! Security policy shared by the page shell and the server's middleware
//! (server only), so that there is one definition of each.

use crate::i18n::LANG_COOKIE;

/// The Content-Security-Policy. Pages pass the nonce of their inline hydration
/// script; everything else gets the same policy without one.
pub fn content_security_policy(nonce: Option<&str>) -> String {
    let script = match nonce {
        Some(nonce) => format!("script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'"),
        None => "script-src 'self' 'wasm-unsafe-eval'".to_owned(),
    };
    format!(
        "default-src 'self'; {script}; style-src 'self'; img-src 'self' data:; font-src 'self'; \
         connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; \
         object-src 'none'"
    )
}

/// Sets the page's CSP header with the nonce leptos_axum generated for this
/// response (it puts the same nonce on its inline scripts).
pub fn send_page_csp() {
    use leptos::prelude::use_context;
    let (Some(nonce), Some(response)) = (
        leptos::nonce::use_nonce(),
        use_context::<leptos_axum::ResponseOptions>(),
    ) else {
        return;
    };
    if let Ok(value) = http::HeaderValue::from_str(&content_security_policy(Some(&nonce))) {
        response.insert_header(http::header::CONTENT_SECURITY_POLICY, value);
    }
}

/// Name of the language cookie: with `__Host-` (Secure, whole site, no Domain)
/// when cookies are secure; plain on http://localhost during development.
pub fn language_cookie_name(secure: bool) -> String {
    if secure {
        format!("__Host-{LANG_COOKIE}")
    } else {
        LANG_COOKIE.to_owned()
    }
}

/// The explicit language choice in a `Cookie` header, under either name.
pub fn language_cookie_value(cookie_header: &str) -> Option<&str> {
    let secure = language_cookie_name(true);
    cookie_header.split(';').find_map(|pair| {
        let (name, value) = pair.trim().split_once('=')?;
        (name == secure || name == LANG_COOKIE).then_some(value.trim())
    })
}

/// The value of a cookie in the request's `Cookie` headers (there may be
/// several, e.g. over HTTP/2).
pub fn cookie_value<'a>(headers: &'a http::HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .find_map(|pair| {
            let (key, value) = pair.trim().split_once('=')?;
            (key == name).then_some(value.trim())
        })
}

/// The language of a request: the explicit choice (cookie), else the
/// browser's preference (Accept-Language), else Dutch.
pub fn request_lang(headers: &http::HeaderMap) -> crate::i18n::Lang {
    let header = |name: http::HeaderName| headers.get(name).and_then(|value| value.to_str().ok());
    let chosen = header(http::header::COOKIE).and_then(language_cookie_value);
    crate::i18n::Lang::negotiate(chosen, header(http::header::ACCEPT_LANGUAGE))
}

/// A `Set-Cookie` value that stores the language choice for a year.
pub fn language_cookie(code: &str, secure: bool) -> String {
    let name = language_cookie_name(secure);
    let secure_attr = if secure { "; Secure" } else { "" };
    format!("{name}={code}; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax{secure_attr}")
}

/// A path on this site to go back to after a form post; anything else (other
/// hosts, scheme-relative `//host`, backslashes) becomes the home page.
pub fn local_return_path(candidate: &str) -> &str {
    let ok = candidate.starts_with('/')
        && !candidate.starts_with("//")
        && !candidate.contains('\\')
        && !candidate.chars().any(char::is_control)
        && candidate.len() <= 2048;
    if ok { candidate } else { "/" }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn return_paths_stay_on_this_site() {
        assert_eq!(local_return_path("/ieper?q=1"), "/ieper?q=1");
        assert_eq!(local_return_path("//evil.example"), "/");
        assert_eq!(local_return_path("https://evil.example"), "/");
        assert_eq!(local_return_path("/\\evil.example"), "/");
        assert_eq!(local_return_path("/a\r\nSet-Cookie: x"), "/");
        assert_eq!(local_return_path(""), "/");
    }

    #[test]
    fn language_cookie_is_read_under_both_names() {
        assert_eq!(language_cookie_value("a=b; __Host-ewh_lang=fr"), Some("fr"));
        assert_eq!(language_cookie_value("ewh_lang=de"), Some("de"));
        assert_eq!(language_cookie_value("xewh_lang=de"), None);
        assert!(language_cookie("fr", true).starts_with("__Host-ewh_lang=fr; Path=/"));
        assert!(language_cookie("fr", true).ends_with("; Secure"));
        assert!(!language_cookie("fr", false).contains("Secure"));
    }

    #[test]
    fn csp_never_allows_inline_script_without_a_nonce() {
        let page = content_security_policy(Some("abc"));
        assert!(page.contains("'nonce-abc'"));
        assert!(!page.contains("unsafe-inline"));
        assert!(content_security_policy(None).contains("frame-ancestors 'none'"));
    }
}

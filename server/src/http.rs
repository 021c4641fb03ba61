//! The HTTP stack: routes, static files, security headers, cross-origin
//! protection, request ids, and error pages rendered by the app itself.

use app::components::error::PageError;
use app::error::{AppError, ErrorCode};
use app::i18n::Lang;
use app::security::{content_security_policy, language_cookie, local_return_path};
use app::state::AppState;
use app::{App, shell};
use axum::Router;
use axum::body::Body;
use axum::extract::rejection::FormRejection;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Form, Query, Request, State};
use axum::handler::HandlerWithoutStateExt;
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use http::header::{self, HeaderMap, HeaderName, HeaderValue};
use http::{Method, StatusCode};
use leptos::prelude::provide_context;
use leptos::server_fn::error::SERVER_FN_ERROR_HEADER;
use leptos_axum::{AxumRouteListing, LeptosRoutes, generate_route_list};
use serde::Deserialize;
use std::path::PathBuf;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::{CompressionLayer, CompressionLevel};
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::services::ServeDir;
use tower_http::set_header::MakeHeaderValue;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;

/// Marks a response whose body the app should render as an error page (in
/// the request's language, with its error id).
#[derive(Clone, Copy, Debug)]
pub struct RenderErrorPage(pub ErrorCode);

/// A response that the error-page layer turns into a translated page.
pub fn error_response(code: ErrorCode) -> Response {
    let status = StatusCode::from_u16(code.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let mut response = status.into_response();
    response.extensions_mut().insert(RenderErrorPage(code));
    response
}

/// The names of the files directly in the site root, without their precompressed
/// twins; none when the directory is missing (a server without a built site).
fn top_level_files(site_root: &std::path::Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(site_root) else {
        return Vec::new();
    };
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .filter(|entry| entry.file_type().is_ok_and(|kind| kind.is_file()))
        .filter_map(|entry| entry.file_name().into_string().ok())
        .filter(|name| !name.ends_with(".br") && !name.ends_with(".gz"))
        .filter(|name| {
            name.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b))
        })
        .collect();
    names.sort();
    names
}

/// Sets `Cache-Control` on successful responses only.
#[derive(Clone)]
struct CacheIfFound(HeaderValue);

impl<B> MakeHeaderValue<http::Response<B>> for CacheIfFound {
    fn make_header_value(&mut self, response: &http::Response<B>) -> Option<HeaderValue> {
        response.status().is_success().then(|| self.0.clone())
    }
}

/// A known address with the wrong method (e.g. a GET of the form target
/// `/taal`): 405 with the bad-request page; nothing changes.
async fn method_not_allowed() -> Response {
    let mut response = error_response(ErrorCode::BadRequest);
    *response.status_mut() = StatusCode::METHOD_NOT_ALLOWED;
    response
}

/// The app's routes, generated once per process. Generating them renders the
/// app with resource loading switched off by a process-wide flag in
/// leptos_server; a resource that a request to another server in the same
/// process (the integration tests run many) first polls meanwhile would wait
/// forever (leptos#4773). After the first call nothing renders that way again.
pub fn app_routes() -> Vec<AxumRouteListing> {
    static ROUTES: std::sync::OnceLock<Vec<AxumRouteListing>> = std::sync::OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(App)).clone()
}

pub fn router(
    state: AppState,
    hsts: bool,
    limits: crate::config::HttpConfig,
    acm: Option<std::sync::Arc<crate::acm::Acm>>,
) -> Router {
    let trust_proxy = state.site.trust_forwarded_for;
    let options = state.leptos_options.clone();
    let routes = app_routes();
    let site_root = PathBuf::from(options.site_root.as_ref());

    // Hashed file names change with their content: cache them for a year.
    // Without hashing, make browsers revalidate.
    let pkg_cache = if options.hash_files {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    // Only a file that was found may be cached; a 404 page never.
    let pkg = tower::ServiceBuilder::new()
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            CacheIfFound(HeaderValue::from_static(pkg_cache)),
        ))
        .service(
            ServeDir::new(site_root.join(options.site_pkg_dir.as_ref()))
                .precompressed_br()
                .precompressed_gzip()
                .not_found_service(not_found.into_service()),
        );
    let assets = tower::ServiceBuilder::new()
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CACHE_CONTROL,
            HeaderValue::from_static("public, max-age=86400"),
        ))
        .service(
            ServeDir::new(&site_root)
                .precompressed_br()
                .precompressed_gzip()
                .call_fallback_on_method_not_allowed(true)
                .not_found_service(not_found.into_service()),
        );

    // Files at the top of the site (favicon.svg, …) get their own routes: the
    // page route `/{slug}` would otherwise answer for them.
    let mut router = Router::new();
    for name in top_level_files(&site_root) {
        router = router.route_service(&format!("/{name}"), assets.clone());
    }

    router
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/taal", post(set_language))
        .route("/aanmelden/demo", post(crate::session::sign_in_demo))
        .merge(crate::guest::routes())
        .route("/afmelden", post(crate::session::sign_out))
        .route("/mijn/gegevens.json", get(crate::account::download))
        .route("/mijn/account-beeindigen", post(crate::account::end_guest_account))
        .route("/mijn/contact", post(crate::account::update_contact))
        .route("/beheer/rollen/toekennen", post(crate::admin::grant))
        .route("/beheer/rollen/intrekken", post(crate::admin::revoke))
        .merge(crate::editor::routes())
        .merge(crate::help::routes())
        .route("/aanmelden/acm", post(crate::acm::start))
        .route("/aanmelden/acm/terug", get(crate::acm::callback))
        .route("/mijn/sessies/beeindigen", post(crate::session::end_session))
        .route("/mijn/sessies/verlengen", post(crate::session::extend_session))
        .route(
            "/mijn/sessies/alles-beeindigen",
            post(crate::session::end_all_sessions),
        )
        .route("/inventaris.csv", get(inventory_csv))
        .route("/inventaris.json", get(inventory_json))
        .route("/catalogus.jsonld", get(catalogue_export))
        .leptos_routes_with_context(&state, routes, || (), {
            let options = options.clone();
            move || shell(options.clone())
        })
        .nest_service(&format!("/{}", options.site_pkg_dir), pkg)
        .fallback_service(assets)
        .method_not_allowed_fallback(method_not_allowed)
        // Layers: the last one added runs first.
        .layer(middleware::from_fn(server_fn_status))
        .layer(axum::Extension(acm))
        .layer(CatchPanicLayer::custom(|_| {
            tracing::error!("a request handler panicked");
            error_response(ErrorCode::Internal)
        }))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            crate::session::visitor_layer,
        ))
        .layer(middleware::from_fn(cross_origin_protection))
        .layer(middleware::from_fn_with_state(limits, body_limits))
        .layer(middleware::from_fn_with_state(state.clone(), error_pages))
        .layer(CompressionLayer::new().quality(CompressionLevel::Fastest))
        .layer(middleware::from_fn_with_state(hsts, security_headers))
        .layer(PropagateRequestIdLayer::x_request_id())
        .layer(TraceLayer::new_for_http().make_span_with(|request: &Request| {
            let request_id = request
                .headers()
                .get("x-request-id")
                .and_then(|v| v.to_str().ok())
                .unwrap_or("-");
            tracing::info_span!("request", method = %request.method(), path = %request.uri().path(), request_id)
        }))
        .layer(SetRequestIdLayer::x_request_id(MakeRequestUuid))
        .layer(middleware::from_fn_with_state(trust_proxy, untrusted_request_id))
        .with_state(state)
}

/// The request id is ours: a client's `X-Request-Id` would become the error
/// id citizens quote and the audit log's request id. Only a trusted proxy's
/// (`site.trust_forwarded_for`) is kept, and only when it looks like an id.
async fn untrusted_request_id(
    State(trust_proxy): State<bool>,
    mut request: Request,
    next: Next,
) -> Response {
    let keep = trust_proxy
        && request
            .headers()
            .get("x-request-id")
            .and_then(|value| value.to_str().ok())
            .is_some_and(well_formed_request_id);
    if !keep {
        request.headers_mut().remove("x-request-id");
    }
    next.run(request).await
}

/// A proxy's request id: 1 to 64 letters, digits, `-`, `_` or `.`.
fn well_formed_request_id(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
}

/// Reads every request body whole, within `[http]` limits, before anything
/// else sees it: over `max_body_kilobytes` is 413, slower than
/// `body_read_timeout_seconds` is 408 (a client sending a byte at a time
/// holds a connection no longer than that). Both are the client's doing:
/// logged as a warning, never as a server error.
async fn body_limits(
    State(limits): State<crate::config::HttpConfig>,
    request: Request,
    next: Next,
) -> Response {
    let max = limits.max_body_kilobytes.saturating_mul(1024);
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.parse::<u64>().ok());
    if declared.is_some_and(|length| length > max as u64) {
        tracing::warn!(path = %request.uri().path(), ?declared, "refused a request body over the limit");
        return error_response(ErrorCode::TooLarge);
    }
    let may_have_body = declared.is_some_and(|length| length > 0)
        || request.headers().contains_key(header::TRANSFER_ENCODING);
    if !may_have_body {
        return next.run(request).await;
    }
    let (parts, body) = request.into_parts();
    let timeout = std::time::Duration::from_secs(limits.body_read_timeout_seconds.max(1));
    let bytes = match tokio::time::timeout(timeout, axum::body::to_bytes(body, max)).await {
        Ok(Ok(bytes)) => bytes,
        Ok(Err(error)) => {
            let too_large = std::error::Error::source(&error)
                .is_some_and(|source| source.is::<http_body_util::LengthLimitError>());
            tracing::warn!(path = %parts.uri.path(), %error, "a request body could not be read");
            return error_response(if too_large {
                ErrorCode::TooLarge
            } else {
                ErrorCode::BadRequest
            });
        }
        Err(_) => {
            tracing::warn!(path = %parts.uri.path(), "a request body did not arrive in time");
            let mut response = error_response(ErrorCode::TooSlow);
            response
                .headers_mut()
                .insert(header::CONNECTION, HeaderValue::from_static("close"));
            return response;
        }
    };
    next.run(Request::from_parts(parts, Body::from(bytes)))
        .await
}

/// A server function answers every error with 500 and the error in the
/// body; give the response the status its `AppError` code stands for (401,
/// 403, 404, 429 …), as the pages do, for clients and for monitoring.
async fn server_fn_status(request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    if response.status() != StatusCode::INTERNAL_SERVER_ERROR
        || !response.headers().contains_key(SERVER_FN_ERROR_HEADER)
    {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, SERVER_FN_ERROR_MAX_BYTES).await else {
        return error_response(ErrorCode::Internal);
    };
    if let Ok(error) = serde_json::from_slice::<AppError>(&bytes)
        && let Ok(status) = StatusCode::from_u16(error.code.status())
    {
        parts.status = status;
    }
    Response::from_parts(parts, Body::from(bytes))
}

/// A bound for an error answer's body (an `AppError` is a code and an id).
const SERVER_FN_ERROR_MAX_BYTES: usize = 64 * 1024;

/// Liveness: the process answers.
async fn healthz() -> &'static str {
    "ok"
}

/// Readiness: the database answers too.
async fn readyz(State(state): State<AppState>) -> Response {
    match db::ping(&state.db).await {
        Ok(()) => "ready".into_response(),
        Err(error) => {
            tracing::warn!(%error, "not ready: database unreachable");
            (StatusCode::SERVICE_UNAVAILABLE, "database unreachable").into_response()
        }
    }
}

async fn not_found() -> Response {
    error_response(ErrorCode::NotFound)
}

#[derive(Deserialize)]
struct LanguageForm {
    lang: String,
    #[serde(default)]
    return_to: String,
}

/// Stores the language choice in a cookie and sends the user back to the page
/// they were on (a plain form post, so it works without JavaScript).
async fn set_language(
    State(state): State<AppState>,
    form: Result<Form<LanguageForm>, FormRejection>,
) -> Response {
    let Ok(Form(form)) = form else {
        return error_response(ErrorCode::BadRequest);
    };
    let Some(lang) = Lang::ALL.into_iter().find(|lang| lang.code() == form.lang) else {
        return error_response(ErrorCode::BadRequest);
    };
    let location = HeaderValue::from_str(local_return_path(&form.return_to))
        .unwrap_or_else(|_| HeaderValue::from_static("/"));
    let cookie = HeaderValue::from_str(&language_cookie(lang.code(), state.site.secure_cookies));
    match cookie {
        Ok(cookie) => (
            StatusCode::SEE_OTHER,
            [(header::LOCATION, location), (header::SET_COOKIE, cookie)],
        )
            .into_response(),
        Err(_) => error_response(ErrorCode::Internal),
    }
}

#[derive(Deserialize)]
struct InventoryQuery {
    /// A topic code; empty or unknown: every product (as on the page).
    #[serde(default)]
    onderwerp: String,
}

/// The regional inventory in the request's language, limited to a topic.
async fn inventory_for(
    state: &AppState,
    headers: &HeaderMap,
    query: Result<Query<InventoryQuery>, QueryRejection>,
) -> Result<(app::model::Inventory, String, Lang), Response> {
    let Ok(Query(query)) = query else {
        return Err(error_response(ErrorCode::BadRequest));
    };
    let lang = app::security::request_lang(headers);
    let directory = state
        .directory
        .snapshot()
        .await
        .map_err(|error| error_response(AppError::from(error).code))?;
    let inventory = app::catalogue::inventory(&directory, lang);
    Ok((inventory, query.onderwerp, lang))
}

/// A download: its type, a file name, and the same caching as the page it
/// comes from (it depends on the language).
fn download(content_type: &'static str, file_name: &str, body: Vec<u8>) -> Response {
    let disposition = HeaderValue::from_str(&format!("attachment; filename=\"{file_name}\""))
        .unwrap_or_else(|_| HeaderValue::from_static("attachment"));
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
            (header::CONTENT_DISPOSITION, disposition),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-cache")),
            (
                header::VARY,
                HeaderValue::from_static("Cookie, Accept-Language, Accept-Encoding"),
            ),
        ],
        body,
    )
        .into_response()
}

fn inventory_file_name(topic: Option<&app::model::TopicEntry>, extension: &str) -> String {
    match topic {
        Some(topic) => format!("westhoek-inventaris-{}.{extension}", topic.code),
        None => format!("westhoek-inventaris.{extension}"),
    }
}

async fn inventory_csv(
    State(state): State<AppState>,
    headers: HeaderMap,
    query: Result<Query<InventoryQuery>, QueryRejection>,
) -> Response {
    match inventory_for(&state, &headers, query).await {
        Ok((inventory, topic, lang)) => {
            let topic = inventory.topic(&topic);
            let body = app::catalogue::download::csv(&inventory, topic, lang.loader());
            let name = inventory_file_name(topic, "csv");
            download(
                "text/csv; charset=utf-8; header=present",
                &name,
                body.into_bytes(),
            )
        }
        Err(response) => response,
    }
}

async fn inventory_json(
    State(state): State<AppState>,
    headers: HeaderMap,
    query: Result<Query<InventoryQuery>, QueryRejection>,
) -> Response {
    match inventory_for(&state, &headers, query).await {
        Ok((inventory, topic, _)) => {
            let topic = inventory.topic(&topic);
            let document = app::catalogue::download::document(&inventory, topic);
            match serde_json::to_vec_pretty(&document) {
                Ok(body) => download(
                    "application/json",
                    &inventory_file_name(topic, "json"),
                    body,
                ),
                Err(error) => error_response(AppError::log(ErrorCode::Internal, &error).code),
            }
        }
        Err(response) => response,
    }
}

/// The whole catalogue as open data: the exchange document (JSON-LD with
/// CPSV-AP terms) that `server catalogue import` reads.
async fn catalogue_export(State(state): State<AppState>) -> Response {
    let document = match db::exchange::export(&state.db).await {
        Ok(document) => document,
        Err(error) => return error_response(AppError::from(error).code),
    };
    match serde_json::to_vec_pretty(&document) {
        Ok(body) => download("application/ld+json", "westhoek-catalogus.jsonld", body),
        Err(error) => error_response(AppError::log(ErrorCode::Internal, &error).code),
    }
}

/// Refuses state-changing requests that a browser sent from another site
/// (Fetch Metadata, falling back to Origin). Requests without either header do
/// not come from a browser page and carry no ambient authority to abuse.
async fn cross_origin_protection(request: Request, next: Next) -> Response {
    if matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    ) {
        return next.run(request).await;
    }
    if is_cross_origin(request.headers()) {
        tracing::warn!(
            origin = ?request.headers().get(header::ORIGIN),
            fetch_site = ?request.headers().get("sec-fetch-site"),
            "refused a cross-origin state-changing request"
        );
        return error_response(ErrorCode::Forbidden);
    }
    next.run(request).await
}

pub fn is_cross_origin(headers: &HeaderMap) -> bool {
    if let Some(site) = headers.get("sec-fetch-site") {
        return !(site == "same-origin" || site == "none");
    }
    let Some(origin) = headers.get(header::ORIGIN) else {
        return false;
    };
    let Some(host) = headers.get(header::HOST).and_then(|h| h.to_str().ok()) else {
        return true;
    };
    let authority = origin.to_str().ok().and_then(|o| {
        o.strip_prefix("https://")
            .or_else(|| o.strip_prefix("http://"))
    });
    authority != Some(host)
}

/// Fixed headers on every response.
const EVERY_RESPONSE: [(HeaderName, &str); 5] = [
    (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
    (header::REFERRER_POLICY, "strict-origin-when-cross-origin"),
    (header::X_FRAME_OPTIONS, "DENY"),
    (
        HeaderName::from_static("cross-origin-opener-policy"),
        "same-origin",
    ),
    (
        HeaderName::from_static("permissions-policy"),
        "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    ),
];

/// Headers on every response (QUALITY.md): CSP (pages set their own with a
/// nonce), HSTS, nosniff, referrer policy, no framing.
async fn security_headers(State(hsts): State<bool>, request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    // Someone signed in: whatever the answer (page, server function, file,
    // redirect, error), no browser or proxy may keep it (shared PCs at help
    // desks; the pages carry national register numbers).
    let personal = response
        .extensions()
        .get::<app::auth::Visitor>()
        .is_some_and(|visitor| visitor.signed_in.is_some());
    let headers = response.headers_mut();
    if !headers.contains_key(header::CONTENT_SECURITY_POLICY)
        && let Ok(value) = HeaderValue::from_str(&content_security_policy(None))
    {
        headers.insert(header::CONTENT_SECURITY_POLICY, value);
    }
    for (name, value) in EVERY_RESPONSE {
        headers.insert(name, HeaderValue::from_static(value));
    }
    if hsts {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
    let is_html = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if is_html {
        // Pages depend on the language choice and, later, on who is signed in.
        headers.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-cache, private"),
        );
        headers.insert(
            header::VARY,
            HeaderValue::from_static("Cookie, Accept-Language, Accept-Encoding"),
        );
    }
    if personal {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}

/// Turns responses marked with [`RenderErrorPage`] into the app's error page,
/// in the request's language and with the request id to quote.
async fn error_pages(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let headers = request.headers().clone();
    // The error page is rendered at the address that failed, so that its
    // language switch returns there; after a failed form post it returns home.
    let uri = if request.method() == Method::GET || request.method() == Method::HEAD {
        request.uri().clone()
    } else {
        http::Uri::from_static("/")
    };
    let response = next.run(request).await;
    let Some(RenderErrorPage(code)) = response.extensions().get::<RenderErrorPage>().copied()
    else {
        return response;
    };
    let status = response.status();
    let visitor = response.extensions().get::<app::auth::Visitor>().cloned();
    let mut page = render_error_page(state, uri, headers, visitor.clone(), code).await;
    *page.status_mut() = status;
    if let Some(visitor) = visitor {
        page.extensions_mut().insert(visitor);
    }
    // Keep what the original response told the client (e.g. Retry-After).
    for (name, value) in response.headers() {
        if name == header::SET_COOKIE {
            page.headers_mut().append(name, value.clone());
        } else if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH {
            page.headers_mut().insert(name, value.clone());
        }
    }
    page
}

async fn render_error_page(
    state: AppState,
    uri: http::Uri,
    headers: HeaderMap,
    visitor: Option<app::auth::Visitor>,
    code: ErrorCode,
) -> Response {
    let error_id = headers
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let error = AppError { code, error_id };
    let mut request = Request::new(Body::empty());
    *request.uri_mut() = uri;
    *request.headers_mut() = headers;
    if let Some(visitor) = visitor {
        request.extensions_mut().insert(visitor);
    }
    let options = state.leptos_options.clone();
    let handler = leptos_axum::render_app_async_with_context(
        move || {
            provide_context(state.clone());
            provide_context(PageError(error.clone()));
        },
        move || shell(options.clone()),
    );
    handler(request).await.into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn top_level_site_files_are_listed_without_their_compressed_twins() {
        let dir = std::env::temp_dir().join(format!("ewh-site-{}", uuid::Uuid::new_v4()));
        std::fs::create_dir_all(dir.join("pkg")).unwrap();
        for name in [
            "favicon.svg",
            "favicon.svg.br",
            "favicon.svg.gz",
            "robots.txt",
            "bad name",
        ] {
            std::fs::write(dir.join(name), "x").unwrap();
        }
        assert_eq!(top_level_files(&dir), ["favicon.svg", "robots.txt"]);
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(top_level_files(&dir).is_empty());
    }

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(
                HeaderName::from_static(name),
                HeaderValue::from_static(value),
            );
        }
        map
    }

    #[test]
    fn cross_origin_detection() {
        assert!(!is_cross_origin(&headers(&[(
            "sec-fetch-site",
            "same-origin"
        )])));
        assert!(!is_cross_origin(&headers(&[("sec-fetch-site", "none")])));
        assert!(is_cross_origin(&headers(&[(
            "sec-fetch-site",
            "cross-site"
        )])));
        assert!(is_cross_origin(&headers(&[(
            "sec-fetch-site",
            "same-site"
        )])));
        assert!(!is_cross_origin(&headers(&[
            ("origin", "http://a.test"),
            ("host", "a.test")
        ])));
        assert!(is_cross_origin(&headers(&[
            ("origin", "http://evil.test"),
            ("host", "a.test")
        ])));
        assert!(is_cross_origin(&headers(&[
            ("origin", "null"),
            ("host", "a.test")
        ])));
        // Not a browser page: no ambient authority to abuse.
        assert!(!is_cross_origin(&headers(&[("host", "a.test")])));
    }
}

//! One tracing subscriber for the process. Every request gets a span with its
//! request id (see `startup`), so every log line of a request carries it.

use crate::config::{LogFormat, LogSettings};
use tracing_subscriber::{EnvFilter, fmt, prelude::*};

/// Logs go to standard error, so that standard output carries only what a
/// command produces (`server catalogue export` writes the document there).
pub fn init(settings: &LogSettings) {
    let filter = EnvFilter::try_from_default_env()
        .or_else(|_| EnvFilter::try_new(&settings.filter))
        .unwrap_or_else(|_| EnvFilter::new("info"));
    let registry = tracing_subscriber::registry().with(filter);
    // try_init: a second call (tests) keeps the first subscriber.
    let _ = match settings.format {
        LogFormat::Json => registry
            .with(
                fmt::layer()
                    .json()
                    .with_current_span(true)
                    .with_writer(std::io::stderr),
            )
            .try_init(),
        LogFormat::Pretty => registry
            .with(fmt::layer().compact().with_writer(std::io::stderr))
            .try_init(),
    };
}

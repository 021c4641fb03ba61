//! The accept loop: serves the router over HTTP/1.1 with the limits of
//! `[http]`, which `axum::serve` cannot set.
//!
//! - Headers must arrive within `header_read_timeout_seconds` (hyper closes
//!   the connection otherwise; this also ends idle kept-alive connections).
//!   Bodies are bounded in size and time by `http::body_limits`.
//! - At most `max_connections` connections are served at once; the next one
//!   is accepted when one closes (the kernel's backlog holds it meanwhile).
//! - On the stop signal no new connection is accepted, every connection is
//!   told to finish its request and close, and after
//!   `shutdown_grace_seconds` the ones still open are dropped.

use crate::config::HttpConfig;
use axum::Router;
use axum::extract::ConnectInfo;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tokio::task::JoinSet;
use tower::ServiceExt;

/// Serves until `stop` completes, then stops gracefully within the grace time.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    limits: HttpConfig,
    stop: impl Future<Output = ()>,
) -> std::io::Result<()> {
    let slots = Arc::new(Semaphore::new(limits.max_connections.max(1)));
    let graceful = GracefulShutdown::new();
    let mut connections = JoinSet::new();
    let mut builder = hyper::server::conn::http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(Duration::from_secs(
            limits.header_read_timeout_seconds.max(1),
        ));
    let mut stop = std::pin::pin!(stop);
    loop {
        // Reap finished connections so the set does not grow.
        while connections.try_join_next().is_some() {}
        let accepted = tokio::select! {
            () = &mut stop => break,
            accepted = accept_within_limit(&listener, &slots) => accepted,
        };
        let (stream, peer, slot) = match accepted {
            Ok(accepted) => accepted,
            Err(error) => {
                // E.g. too many open files: wait a moment instead of spinning.
                tracing::warn!(%error, "accepting a connection failed");
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        let service = router
            .clone()
            .map_request(move |mut request: axum::extract::Request<_>| {
                request.extensions_mut().insert(ConnectInfo(peer));
                request
            });
        let connection = builder.serve_connection(
            TokioIo::new(stream),
            TowerToHyperService::new(service.map_request(
                |request: http::Request<hyper::body::Incoming>| request.map(axum::body::Body::new),
            )),
        );
        let connection = graceful.watch(connection);
        connections.spawn(async move {
            if let Err(error) = connection.await {
                tracing::debug!(%error, %peer, "connection ended with an error");
            }
            drop(slot);
        });
    }
    drop(listener);
    let grace = Duration::from_secs(limits.shutdown_grace_seconds);
    tracing::info!(
        open = graceful.count(),
        grace_seconds = grace.as_secs(),
        "stopping: finishing requests in flight"
    );
    if tokio::time::timeout(grace, graceful.shutdown())
        .await
        .is_err()
    {
        tracing::warn!(
            open = connections.len(),
            "stopping: grace time over, closing the connections still open"
        );
    }
    connections.shutdown().await;
    Ok(())
}

async fn accept_within_limit(
    listener: &TcpListener,
    slots: &Arc<Semaphore>,
) -> std::io::Result<(
    tokio::net::TcpStream,
    SocketAddr,
    tokio::sync::OwnedSemaphorePermit,
)> {
    let slot = slots
        .clone()
        .acquire_owned()
        .await
        .map_err(std::io::Error::other)?;
    let (stream, peer) = listener.accept().await?;
    Ok((stream, peer, slot))
}

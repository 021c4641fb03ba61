//! `server healthcheck`: a readiness probe for container runtimes that have no
//! curl. It speaks just enough HTTP/1.1 to ask the local server for `/readyz`.

use anyhow::{Context, bail};
use std::net::{Ipv4Addr, SocketAddr};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// Succeeds when the server at `addr` answers `/readyz` with 200 within 3 seconds.
pub async fn check_ready(addr: SocketAddr) -> anyhow::Result<()> {
    tokio::time::timeout(Duration::from_secs(3), ask_ready(probe_addr(addr)))
        .await
        .context("no answer from the server within 3 seconds")?
}

/// A server bound to every interface is probed on the loopback interface.
fn probe_addr(addr: SocketAddr) -> SocketAddr {
    if addr.ip().is_unspecified() {
        SocketAddr::from((Ipv4Addr::LOCALHOST, addr.port()))
    } else {
        addr
    }
}

async fn ask_ready(addr: SocketAddr) -> anyhow::Result<()> {
    let mut stream = TcpStream::connect(addr)
        .await
        .with_context(|| format!("connecting to {addr}"))?;
    let request = format!("GET /readyz HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).await?;
    let mut head = [0u8; 32];
    let read = stream.read(&mut head).await?;
    let status_line = String::from_utf8_lossy(&head[..read]);
    if status_line.starts_with("HTTP/1.1 200") {
        Ok(())
    } else {
        bail!(
            "not ready: {}",
            status_line.lines().next().unwrap_or_default()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unspecified_address_is_probed_on_loopback() {
        let probed = probe_addr("0.0.0.0:8080".parse().unwrap());
        assert_eq!(probed, "127.0.0.1:8080".parse().unwrap());
        let probed = probe_addr("10.0.0.5:80".parse().unwrap());
        assert_eq!(probed, "10.0.0.5:80".parse().unwrap());
    }
}

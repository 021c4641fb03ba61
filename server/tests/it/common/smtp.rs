//! A real SMTP server for tests: `end2end/smtp/server.mjs` (Node, the
//! `smtp-server` and `mailparser` packages) in a child process on free ports,
//! killed when the handle is dropped. What it received is read over HTTP.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// How long a test waits for mail (or the server) before it fails: generous,
/// because the machines that run the tests are often busy compiling.
pub const PATIENCE: Duration = Duration::from_secs(30);

/// How often a start is tried when its ports were taken in the meantime.
const ATTEMPTS: usize = 5;

/// One message as the test server parsed it.
#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReceivedMail {
    pub from: Option<String>,
    pub to: Option<String>,
    pub envelope: Envelope,
    /// The username the client logged in with, if it did.
    pub user: Option<String>,
    pub subject: Option<String>,
    pub text: Option<String>,
    pub message_id: Option<String>,
    pub date: Option<String>,
    pub content_language: Option<String>,
    pub content_type: Option<String>,
    /// Header values as sent (unfolded), by lower-case name.
    pub headers: BTreeMap<String, Vec<String>>,
    /// The whole message as it arrived.
    pub raw: String,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Envelope {
    pub mail_from: Option<String>,
    pub rcpt_to: Vec<String>,
}

pub struct SmtpServer {
    pub smtp_port: u16,
    pub http_port: u16,
    child: Child,
    /// Closing it (on drop) stops the server even if the kill is missed.
    _stdin: Option<ChildStdin>,
    client: reqwest::Client,
}

/// A port nobody listens on right now.
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .expect("a free port")
        .port()
}

fn end2end_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("end2end")
}

impl SmtpServer {
    /// A server that accepts every mail, on free ports.
    pub async fn start() -> SmtpServer {
        SmtpServer::start_on_free_ports(false).await
    }

    /// On free ports; with `reject`, it answers 451 until `set_reject(false)`.
    pub async fn start_on_free_ports(reject: bool) -> SmtpServer {
        // A port that was free a moment ago may be taken by a parallel test
        // before the server binds it: then try other ports.
        for _ in 0..ATTEMPTS {
            if let Some(server) = SmtpServer::try_start(free_port(), reject).await {
                return server;
            }
        }
        panic!("the test SMTP server could not bind free ports in {ATTEMPTS} attempts; see stderr");
    }

    /// A server on `smtp_port`; with `reject`, it answers 451 until
    /// `set_reject(false)`.
    pub async fn start_on(smtp_port: u16, reject: bool) -> SmtpServer {
        // Only the HTTP port can be chosen again here.
        for _ in 0..ATTEMPTS {
            if let Some(server) = SmtpServer::try_start(smtp_port, reject).await {
                return server;
            }
        }
        panic!(
            "the test SMTP server could not start on port {smtp_port} in {ATTEMPTS} attempts; see stderr"
        );
    }

    /// Starts the server; `None` when it ended before it was ready (a port
    /// taken in the meantime).
    async fn try_start(smtp_port: u16, reject: bool) -> Option<SmtpServer> {
        let end2end = end2end_dir();
        for package in ["smtp-server", "mailparser"] {
            assert!(
                end2end.join("node_modules").join(package).is_dir(),
                "the test SMTP server needs the npm package {package}: run `npm ci` in {}",
                end2end.display()
            );
        }
        let http_port = free_port();
        let mut command = Command::new("node");
        command
            .arg(end2end.join("smtp").join("server.mjs"))
            .args(["--smtp-port", &smtp_port.to_string()])
            .args(["--http-port", &http_port.to_string()])
            .arg("--exit-on-stdin-end")
            .current_dir(&end2end)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit());
        if reject {
            command.arg("--reject");
        }
        let mut child = command
            .spawn()
            .expect("start node (the test SMTP server needs Node.js on PATH)");
        let stdout = child.stdout.take().expect("stdout");
        let stdin = child.stdin.take();
        let (ready_tx, ready_rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                match line {
                    Ok(line) if line.trim() == "ready" => {
                        let _ = ready_tx.send(());
                    }
                    Ok(_) => {}
                    Err(_) => break,
                }
            }
        });
        let deadline = Instant::now() + PATIENCE;
        loop {
            if ready_rx.try_recv().is_ok() {
                break;
            }
            if let Some(status) = child.try_wait().expect("poll the SMTP server") {
                eprintln!(
                    "the test SMTP server ended before it was ready ({status}); trying again"
                );
                return None;
            }
            assert!(
                Instant::now() < deadline,
                "the test SMTP server did not print `ready` within {PATIENCE:?}"
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        Some(SmtpServer {
            smtp_port,
            http_port,
            child,
            _stdin: stdin,
            client: reqwest::Client::builder()
                .timeout(Duration::from_secs(10))
                .build()
                .expect("client"),
        })
    }

    fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.http_port)
    }

    /// Everything received so far, oldest first.
    pub async fn messages(&self) -> Vec<ReceivedMail> {
        self.client
            .get(self.url("/messages"))
            .send()
            .await
            .expect("GET /messages")
            .error_for_status()
            .expect("GET /messages status")
            .json()
            .await
            .expect("messages as JSON")
    }

    /// Waits until at least `count` messages arrived and returns them all.
    pub async fn wait_for_messages(&self, count: usize) -> Vec<ReceivedMail> {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let messages = self.messages().await;
            if messages.len() >= count {
                return messages;
            }
            assert!(
                Instant::now() < deadline,
                "{} of {count} messages arrived within {PATIENCE:?}",
                messages.len()
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    pub async fn clear(&self) {
        self.client
            .delete(self.url("/messages"))
            .send()
            .await
            .expect("DELETE /messages")
            .error_for_status()
            .expect("DELETE /messages status");
    }

    /// Makes the server answer 451 (a temporary failure) to every mail, or
    /// accept mail again.
    pub async fn set_reject(&self, reject: bool) {
        let request = if reject {
            self.client.put(self.url("/reject"))
        } else {
            self.client.delete(self.url("/reject"))
        };
        request
            .send()
            .await
            .expect("/reject")
            .error_for_status()
            .expect("/reject status");
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Waits for the `count`-th mail to `email` and returns it.
pub async fn mail_to(smtp: &SmtpServer, email: &str, count: usize) -> ReceivedMail {
    let deadline = Instant::now() + PATIENCE;
    loop {
        let mails: Vec<ReceivedMail> = smtp
            .messages()
            .await
            .into_iter()
            .filter(|mail| mail.envelope.rcpt_to.iter().any(|to| to == email))
            .collect();
        if mails.len() >= count {
            return mails[count - 1].clone();
        }
        assert!(Instant::now() < deadline, "no mail {count} to {email}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// The six-digit line of a code mail.
pub fn code_in(mail: &ReceivedMail) -> String {
    let text = mail.text.as_deref().expect("a text body");
    text.lines()
        .map(str::trim)
        .find(|line| line.len() == 6 && line.bytes().all(|b| b.is_ascii_digit()))
        .unwrap_or_else(|| panic!("no code in {text:?}"))
        .to_owned()
}

//! Outgoing mail: a background worker that empties the durable outbox
//! (`db::outbox`) over SMTP. Mail is written to the outbox in the transaction
//! of the change it reports; this worker claims due mails, sends each one and
//! records the outcome, so a mail server outage delays mail and never drops
//! it. Several replicas may each run a worker: claims never overlap.
//!
//! Bodies hold one-time login codes: nothing here logs a body, a subject or a
//! recipient, only the outbox id.

use anyhow::Context;
use chrono::Utc;
use db::DatabaseConnection;
use db::entities::outbox_mail;
use db::outbox::{self, Failure, RetryPolicy};
use lettre::message::header::{HeaderName, HeaderValue};
use lettre::message::{Mailbox, Message, SinglePart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Tls, TlsParameters};
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, SystemTime};
use tokio::sync::Notify;
use tokio::task::JoinHandle;

const CONTENT_LANGUAGE: HeaderName = HeaderName::new_from_ascii_str("Content-Language");

/// The longest pause between claims while the database fails.
const MAX_DATABASE_PAUSE: Duration = Duration::from_secs(60);

/// How the server reaches its mail relay, and how hard it tries.
#[derive(Clone, Debug, Deserialize)]
pub struct MailSettings {
    pub smtp_host: String,
    pub smtp_port: u16,
    pub tls: SmtpTls,
    /// Log in only when a username is set.
    #[serde(default)]
    pub username: Option<SecretString>,
    #[serde(default)]
    pub password: Option<SecretString>,
    /// The sender, e.g. `e-Westhoek <noreply@westhoek.be>`; its domain also
    /// names the Message-IDs.
    pub from: String,
    /// How often the outbox is looked at when nobody wakes the worker.
    pub poll_seconds: u64,
    /// The most one mail may take, connection included. The claim lease is
    /// derived from it, so a slow relay can never make two workers send the
    /// same mail.
    #[serde(default = "default_timeout_seconds")]
    pub timeout_seconds: u64,
    /// Mails claimed at once.
    #[serde(default = "default_batch_size")]
    pub batch_size: u64,
    /// Retries wait this long after the first failure, doubling…
    #[serde(default = "default_retry_first_seconds")]
    pub retry_first_seconds: u64,
    /// …up to this long between attempts…
    #[serde(default = "default_retry_max_seconds")]
    pub retry_max_seconds: u64,
    /// …until this many attempts: the mail is then given up (kept, logged).
    #[serde(default = "default_max_attempts")]
    pub max_attempts: i32,
}

fn default_timeout_seconds() -> u64 {
    30
}

fn default_batch_size() -> u64 {
    10
}

fn default_retry_first_seconds() -> u64 {
    RetryPolicy::default().first_delay.as_secs()
}

fn default_retry_max_seconds() -> u64 {
    RetryPolicy::default().max_delay.as_secs()
}

fn default_max_attempts() -> i32 {
    RetryPolicy::default().max_attempts
}

/// Transport security towards the relay.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum SmtpTls {
    /// Plain text: only for a relay on the same host or a test server.
    None,
    /// Plain connection upgraded with STARTTLS, which is required: nothing is
    /// sent when the relay does not offer it (no downgrade).
    Starttls,
    /// TLS from the first byte (SMTPS, usually port 465).
    Tls,
}

impl MailSettings {
    fn retry_policy(&self) -> RetryPolicy {
        RetryPolicy {
            first_delay: Duration::from_secs(self.retry_first_seconds),
            max_delay: Duration::from_secs(self.retry_max_seconds),
            max_attempts: self.max_attempts,
        }
    }

    fn send_timeout(&self) -> Duration {
        Duration::from_secs(self.timeout_seconds)
    }

    /// Long enough to send a whole batch, each mail cut off at the timeout,
    /// with one timeout to spare for recording the outcomes.
    fn lease(&self) -> Duration {
        let sends = u32::try_from(self.batch_size.saturating_add(1)).unwrap_or(u32::MAX);
        self.send_timeout().saturating_mul(sends)
    }
}

/// Builds SMTP messages from outbox rows and hands them to the relay.
struct Sender {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    /// The right-hand side of our Message-IDs.
    domain: String,
    timeout: Duration,
}

impl Sender {
    fn new(settings: &MailSettings) -> anyhow::Result<Sender> {
        let from: Mailbox = settings
            .from
            .parse()
            .context("mail.from is not a mail address")?;
        let domain = from.email.domain().to_owned();
        let host = settings.smtp_host.as_str();
        anyhow::ensure!(
            settings.username.is_none() || settings.tls != SmtpTls::None || is_loopback(host),
            "mail: a password is only sent over TLS (set mail.tls) or to this host itself"
        );
        let tls = match settings.tls {
            SmtpTls::None => Tls::None,
            SmtpTls::Starttls => Tls::Required(
                TlsParameters::new(host.to_owned()).context("TLS towards the mail relay")?,
            ),
            SmtpTls::Tls => Tls::Wrapper(
                TlsParameters::new(host.to_owned()).context("TLS towards the mail relay")?,
            ),
        };
        let timeout = settings.send_timeout();
        let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host)
            .port(settings.smtp_port)
            .tls(tls)
            .timeout(Some(timeout));
        if let Some(username) = &settings.username {
            let password = settings
                .password
                .as_ref()
                .map(|password| password.expose_secret().to_owned())
                .unwrap_or_default();
            builder = builder.credentials(Credentials::new(
                username.expose_secret().to_owned(),
                password,
            ));
        }
        Ok(Sender {
            transport: builder.build(),
            from,
            domain,
            timeout,
        })
    }

    /// The mail as sent: plain UTF-8 text with Date (when it was written),
    /// a Message-ID that is the same on every attempt (so a mail sent twice
    /// after a crash can be recognised) and Content-Language.
    fn message(&self, mail: &outbox_mail::Model) -> Result<Message, String> {
        let to: Mailbox = mail
            .recipient
            .parse()
            .map_err(|error| format!("the recipient is not a mail address: {error}"))?;
        // A line break in a subject would end the header.
        let subject: String = mail
            .subject
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(subject)
            .date(SystemTime::from(mail.created_at))
            .message_id(Some(format!(
                "<outbox.{}.{}@{}>",
                mail.id,
                mail.created_at.timestamp_micros(),
                self.domain
            )))
            .raw_header(HeaderValue::new(CONTENT_LANGUAGE, mail.lang.clone()))
            .singlepart(SinglePart::plain(mail.body_text.clone()))
            .map_err(|error| format!("the mail cannot be built: {error}"))
    }

    /// Sends one message; the error is the relay's answer, without the body.
    async fn send(&self, message: Message) -> Result<(), String> {
        match tokio::time::timeout(self.timeout, self.transport.send(message)).await {
            Ok(Ok(_response)) => Ok(()),
            Ok(Err(error)) => Err(error.to_string()),
            Err(_) => Err(format!(
                "the mail relay did not finish within {} s",
                self.timeout.as_secs()
            )),
        }
    }
}

fn is_loopback(host: &str) -> bool {
    host.eq_ignore_ascii_case("localhost")
        || host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// Wakes the mail worker, e.g. right after a transaction that enqueued mail
/// committed, so the mail goes out now instead of at the next poll. Cheap to
/// clone; waking a busy worker makes it look again once it is done.
#[derive(Clone, Debug, Default)]
pub struct MailWaker(Arc<Notify>);

impl MailWaker {
    pub fn wake(&self) {
        self.0.notify_one();
    }
}

#[derive(Debug, Default)]
struct Stop {
    requested: AtomicBool,
    notify: Notify,
}

impl Stop {
    fn requested(&self) -> bool {
        self.requested.load(Ordering::Acquire)
    }
}

/// The running mail worker. Dropping it leaves the worker running until the
/// runtime ends; `shutdown` stops it cleanly.
#[derive(Debug)]
pub struct MailWorker {
    waker: MailWaker,
    stop: Arc<Stop>,
    handle: JoinHandle<()>,
}

impl MailWorker {
    /// A handle for whoever enqueues mail (e.g. the app state).
    pub fn waker(&self) -> MailWaker {
        self.waker.clone()
    }

    /// Makes the worker look at the outbox now.
    pub fn notify(&self) {
        self.waker.wake();
    }

    /// False while the worker runs: it ends only through `shutdown`.
    pub fn is_finished(&self) -> bool {
        self.handle.is_finished()
    }

    /// Stops after the mail in hand; mails claimed but not yet tried are
    /// handed back, due at once, for another worker or the next start.
    pub async fn shutdown(self) {
        self.stop.requested.store(true, Ordering::Release);
        self.stop.notify.notify_one();
        if let Err(error) = self.handle.await {
            tracing::error!(%error, "the mail worker ended abnormally");
        }
    }
}

/// Starts the worker on the current Tokio runtime. Fails only on settings that
/// can never work (a `from` that is not an address, a zero interval, a
/// password to be sent in plain text over a network); the relay is not
/// contacted until there is mail.
pub fn spawn_mail_worker(
    db: DatabaseConnection,
    settings: MailSettings,
) -> anyhow::Result<MailWorker> {
    anyhow::ensure!(
        settings.poll_seconds > 0,
        "mail.poll_seconds must be at least 1"
    );
    anyhow::ensure!(
        settings.timeout_seconds > 0,
        "mail.timeout_seconds must be at least 1"
    );
    anyhow::ensure!(
        settings.batch_size > 0,
        "mail.batch_size must be at least 1"
    );
    anyhow::ensure!(
        settings.max_attempts > 0,
        "mail.max_attempts must be at least 1"
    );
    // A zero delay would retry a failing mail in a tight loop.
    anyhow::ensure!(
        settings.retry_first_seconds > 0
            && settings.retry_max_seconds >= settings.retry_first_seconds,
        "mail.retry_first_seconds must be at least 1 and at most mail.retry_max_seconds"
    );
    let worker = Worker {
        sender: Sender::new(&settings)?,
        db,
        policy: settings.retry_policy(),
        batch_size: settings.batch_size,
        lease: settings.lease(),
        poll: Duration::from_secs(settings.poll_seconds),
        waker: MailWaker::default(),
        stop: Arc::new(Stop::default()),
    };
    let (waker, stop) = (worker.waker.clone(), worker.stop.clone());
    let handle = tokio::spawn(worker.run());
    Ok(MailWorker {
        waker,
        stop,
        handle,
    })
}

struct Worker {
    db: DatabaseConnection,
    sender: Sender,
    policy: RetryPolicy,
    batch_size: u64,
    lease: Duration,
    poll: Duration,
    waker: MailWaker,
    stop: Arc<Stop>,
}

impl Worker {
    async fn run(self) {
        tracing::info!(
            poll_seconds = self.poll.as_secs(),
            lease_seconds = self.lease.as_secs(),
            "mail worker started"
        );
        // Doubles while the database fails, so an outage is not hammered.
        let mut database_pause = self.poll;
        while !self.stop.requested() {
            let pause =
                match outbox::claim_due(&self.db, Utc::now(), self.batch_size, self.lease).await {
                    Ok(mails) => {
                        database_pause = self.poll;
                        let full = mails.len() as u64 >= self.batch_size;
                        self.deliver_all(mails).await;
                        if full {
                            // There may be more due right now.
                            continue;
                        }
                        self.poll
                    }
                    Err(error) => {
                        tracing::error!(
                            %error,
                            retry_in_seconds = database_pause.as_secs(),
                            "mail worker: cannot read the outbox"
                        );
                        let pause = database_pause;
                        database_pause = database_pause
                            .saturating_mul(2)
                            .min(MAX_DATABASE_PAUSE.max(self.poll));
                        pause
                    }
                };
            tokio::select! {
                () = self.waker.0.notified() => {}
                () = self.stop.notify.notified() => {}
                () = tokio::time::sleep(pause) => {}
            }
        }
        tracing::info!("mail worker stopped");
    }

    async fn deliver_all(&self, mails: Vec<outbox_mail::Model>) {
        let mut mails = mails.into_iter();
        while let Some(mail) = mails.next() {
            if self.stop.requested() {
                let ids: Vec<i64> = std::iter::once(mail.id)
                    .chain(mails.map(|mail| mail.id))
                    .collect();
                if let Err(error) = outbox::release(&self.db, &ids, Utc::now()).await {
                    tracing::warn!(%error, "mail worker: claimed mails wait for their lease to end");
                }
                return;
            }
            self.deliver(&mail).await;
        }
    }

    async fn deliver(&self, mail: &outbox_mail::Model) {
        let message = match self.sender.message(mail) {
            Ok(message) => message,
            Err(error) => {
                // Retrying cannot help: record it and move on.
                if let Err(db_error) = outbox::give_up(&self.db, mail, Utc::now(), &error).await {
                    tracing::error!(mail_id = mail.id, error = %db_error, "mail worker: cannot record a failure");
                }
                return;
            }
        };
        match self.sender.send(message).await {
            Ok(()) => self.record_sent(mail).await,
            Err(error) => {
                match outbox::mark_failed(&self.db, mail, Utc::now(), &error, &self.policy).await {
                    Ok(Failure::RetryAt(at)) => tracing::warn!(
                        mail_id = mail.id,
                        attempts = mail.attempts + 1,
                        retry_at = %at,
                        %error,
                        "mail not sent; it stays in the outbox"
                    ),
                    // Logged as an error by the outbox.
                    Ok(Failure::GaveUp) => {}
                    Err(db_error) => tracing::error!(
                        mail_id = mail.id,
                        error = %db_error,
                        "mail worker: cannot record a failure; the mail is tried again after its lease"
                    ),
                }
            }
        }
    }

    /// A sent mail that is not recorded is sent again after its lease, so
    /// recording is retried a few times before giving that up.
    async fn record_sent(&self, mail: &outbox_mail::Model) {
        let mut wait = Duration::from_millis(250);
        for attempt in 1..=4 {
            match outbox::mark_sent(&self.db, mail.id, Utc::now()).await {
                Ok(()) => {
                    tracing::info!(mail_id = mail.id, "mail sent");
                    return;
                }
                Err(error) if attempt < 4 => {
                    tracing::warn!(mail_id = mail.id, %error, "mail worker: cannot record a sent mail yet");
                    tokio::time::sleep(wait).await;
                    wait = wait.saturating_mul(2);
                }
                Err(error) => tracing::error!(
                    mail_id = mail.id,
                    %error,
                    "mail sent but not recorded: it will be sent again after its lease"
                ),
            }
        }
    }
}

//! A real OpenID Connect provider for tests: `end2end/oidc/provider.mjs` (the
//! npm package oidc-provider, configured like ACM/IDM) in a child process,
//! stopped when dropped.

use secrecy::SecretString;
use server::oidc::OidcSettings;
use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

pub const CLIENT_ID: &str = "e-westhoek";
pub const CLIENT_SECRET: &str = "test-secret-not-for-production";

pub struct Provider {
    child: Child,
    pub issuer: String,
    pub redirect_uri: String,
}

impl Provider {
    /// Starts a provider that sends logins back to `redirect_uri`.
    pub fn start(redirect_uri: &str) -> Provider {
        let end2end = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../end2end");
        assert!(
            end2end.join("node_modules/oidc-provider").is_dir(),
            "end2end/node_modules is missing: run `npm ci` in end2end/ (these tests start \
             the real OpenID Connect provider end2end/oidc/provider.mjs with Node)"
        );
        let mut child = Command::new("node")
            .arg(end2end.join("oidc/provider.mjs"))
            .args(["--port", "0", "--client-id", CLIENT_ID])
            .args([
                "--client-secret",
                CLIENT_SECRET,
                "--redirect-uri",
                redirect_uri,
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("starting `node` (is Node on PATH?)");
        let stderr = child.stderr.take().expect("stderr");
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                eprintln!("provider: {line}");
            }
        });
        let stdout = child.stdout.take().expect("stdout");
        let (sender, receiver) = mpsc::channel();
        std::thread::spawn(move || {
            let mut lines = BufReader::new(stdout).lines();
            let first = lines.next().and_then(Result::ok).unwrap_or_default();
            let _ = sender.send(first);
            lines.for_each(drop);
        });
        let line = receiver
            .recv_timeout(Duration::from_secs(30))
            .expect("the provider did not print `ready <issuer>` within 30 seconds");
        let issuer = line
            .trim()
            .strip_prefix("ready ")
            .unwrap_or_else(|| panic!("unexpected first line from the provider: {line:?}"))
            .to_owned();
        Provider {
            child,
            issuer,
            redirect_uri: redirect_uri.to_owned(),
        }
    }

    pub fn settings(&self) -> OidcSettings {
        OidcSettings::new(
            self.issuer.clone(),
            CLIENT_ID,
            SecretString::from(CLIENT_SECRET),
            self.redirect_uri.clone(),
        )
    }

    /// Logs `login` in with login means `means` at the provider, starting at
    /// `authorize_url`, as a browser without JavaScript would (sharing the
    /// portal's cookie jar), and returns the URL it sends the browser back to.
    pub async fn log_in(
        &self,
        browser: &reqwest::Client,
        authorize_url: &str,
        login: &str,
        means: &str,
    ) -> String {
        follow_login(browser, authorize_url, &self.redirect_uri, login, means).await
    }
}

/// Follows an authorization URL through the provider's login form (posting
/// `login` and `means`) until the provider sends the browser to
/// `redirect_uri`; returns that URL (not followed).
pub async fn follow_login(
    browser: &reqwest::Client,
    authorize_url: &str,
    redirect_uri: &str,
    login: &str,
    means: &str,
) -> String {
    let mut response = browser.get(authorize_url).send().await.expect("authorize");
    for _ in 0..10 {
        let here = response.url().clone();
        if response.status().is_redirection() {
            let location = response.headers()["location"].to_str().expect("location");
            let target = here.join(location).expect("a URL");
            if target.as_str().starts_with(redirect_uri) {
                return target.to_string();
            }
            response = browser.get(target).send().await.expect("redirect");
            continue;
        }
        let status = response.status();
        let page = response.text().await.expect("page");
        assert!(status.is_success(), "{status} from {here}: {page}");
        let at = page.find("action=\"").expect("a login form") + "action=\"".len();
        let action = &page[at..at + page[at..].find('"').expect("end of action")];
        response = browser
            .post(here.join(action).expect("form URL"))
            .form(&[("login", login), ("means", means)])
            .send()
            .await
            .expect("login form");
    }
    panic!("no redirect back to {redirect_uri} after 10 steps");
}

impl Drop for Provider {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

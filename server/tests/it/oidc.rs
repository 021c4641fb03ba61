//! The OpenID Connect client against a real provider: `end2end/oidc/provider.mjs`
//! (the npm package oidc-provider, configured like ACM/IDM), one process per test.
//! A test logs in the way a browser would — following the authorization URL with a
//! cookie jar, posting the provider's login form — and stops at the redirect back to
//! the portal, whose `state` and `code` it hands to `OidcClient::complete`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may panic: that is how it fails

use crate::common;

use reqwest::Url;
use secrecy::SecretString;
use server::oidc::{Assurance, IdTokenProblem, OidcClient, OidcError, OidcSettings, StaffClaims};

use crate::common::provider::{CLIENT_ID, CLIENT_SECRET};
/// Nothing listens here: the test reads the redirect's `Location` and never follows it.
const REDIRECT_URL: &str = "http://127.0.0.1:9/aanmelden/terug";

/// The real provider, sending logins back to [`REDIRECT_URL`].
struct Provider(common::provider::Provider);

impl Provider {
    fn start() -> Provider {
        Provider(common::provider::Provider::start(REDIRECT_URL))
    }

    fn settings(&self) -> OidcSettings {
        self.0.settings()
    }

    async fn client(&self) -> OidcClient {
        OidcClient::discover(&self.settings()).await.unwrap()
    }
}

impl std::ops::Deref for Provider {
    type Target = common::provider::Provider;
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

/// What the provider sent back to the redirect URL.
struct Callback {
    state: String,
    code: String,
}

/// Logs `login` in with login means `means` (eid, itsme, csamtotp, csampassword, …)
/// at the provider, as a browser without JavaScript would.
async fn log_in(authorize_url: &str, login: &str, means: &str) -> Callback {
    let browser = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let back =
        common::provider::follow_login(&browser, authorize_url, REDIRECT_URL, login, means).await;
    callback(&Url::parse(&back).unwrap())
}

fn callback(url: &Url) -> Callback {
    let query = |name: &str| {
        url.query_pairs()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.into_owned())
    };
    if let Some(error) = query("error") {
        panic!(
            "the provider answered with an error: {error}: {:?}",
            query("error_description")
        );
    }
    Callback {
        state: query("state").expect("state in the callback"),
        code: query("code").expect("code in the callback"),
    }
}

/// The INSZ check digits: 97 - (first nine digits mod 97), with a leading 2 for births
/// from 2000 on.
fn insz_is_valid(insz: &str) -> bool {
    insz.len() == 11
        && insz.bytes().all(|b| b.is_ascii_digit())
        && [insz[..9].to_owned(), format!("2{}", &insz[..9])]
            .iter()
            .any(|base| 97 - base.parse::<u64>().unwrap() % 97 == insz[9..].parse::<u64>().unwrap())
}

#[test]
fn the_insz_check_accepts_only_valid_numbers() {
    assert!(insz_is_valid("85073003328"));
    assert!(insz_is_valid("15051708872")); // born 2015
    assert!(!insz_is_valid("85073003329"));
    assert!(!insz_is_valid("8507300332"));
}

#[tokio::test]
async fn a_citizen_logs_in_with_eid_at_assurance_high() {
    let provider = Provider::start();
    let client = provider.client().await;
    let start = client.begin();
    let url = Url::parse(&start.authorize_url).unwrap();
    let param = |name: &str| {
        url.query_pairs()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.into_owned())
    };
    assert_eq!(param("code_challenge_method").as_deref(), Some("S256"));
    assert!(param("code_challenge").is_some());
    assert_eq!(
        param("state").as_deref(),
        Some(start.pending.state.as_str())
    );
    assert_eq!(
        param("nonce").as_deref(),
        Some(start.pending.nonce.as_str())
    );
    assert_eq!(param("scope").as_deref(), Some("openid profile rrn"));

    let back = log_in(&start.authorize_url, "els", "eid").await;
    let login = client
        .complete(&start.pending, &back.state, &back.code)
        .await
        .unwrap();

    assert_eq!(login.issuer, provider.issuer);
    assert_eq!(login.subject, "els");
    assert_eq!(login.given_name.as_deref(), Some("Els"));
    assert_eq!(login.family_name.as_deref(), Some("Vandamme"));
    assert_eq!(login.rrn.as_deref(), Some("85073003328"));
    assert!(insz_is_valid(login.rrn.as_deref().unwrap()));
    assert_eq!(login.acr.as_deref(), Some("urn:be:vlaanderen:authmech:eid"));
    assert_eq!(login.assurance, Assurance::High);
    assert_eq!(login.vo, None);
    assert_eq!(login.legal_representative_of, None);
}

#[tokio::test]
async fn the_login_means_sets_the_assurance_level() {
    let provider = Provider::start();
    let client = provider.client().await;
    for (means, level) in [
        ("csampassword", Assurance::Low),
        ("csamtotp", Assurance::Substantial),
        ("itsme", Assurance::High),
    ] {
        let start = client.begin();
        let back = log_in(&start.authorize_url, "jan", means).await;
        let login = client
            .complete(&start.pending, &back.state, &back.code)
            .await
            .unwrap();
        assert_eq!(login.assurance, level, "{means}");
        assert_eq!(login.given_name.as_deref(), Some("Jan"));
        assert_eq!(login.family_name.as_deref(), Some("Declercq"));
        assert!(insz_is_valid(login.rrn.as_deref().unwrap()));
    }
}

#[tokio::test]
async fn staff_claims_arrive_only_with_the_vo_scope() {
    let provider = Provider::start();

    let citizen = provider.client().await;
    let start = citizen.begin();
    let back = log_in(&start.authorize_url, "an", "csamtotp").await;
    let login = citizen
        .complete(&start.pending, &back.state, &back.code)
        .await
        .unwrap();
    assert_eq!(login.vo, None);

    let mut settings = provider.settings();
    settings.scopes.push("vo".to_owned());
    let staff = OidcClient::discover(&settings).await.unwrap();
    let start = staff.begin();
    let back = log_in(&start.authorize_url, "an", "csamtotp").await;
    let login = staff
        .complete(&start.pending, &back.state, &back.code)
        .await
        .unwrap();
    assert_eq!(login.given_name.as_deref(), Some("An"));
    assert_eq!(login.assurance, Assurance::Substantial);
    assert_eq!(
        login.vo,
        Some(StaffClaims {
            vo_id: "6f1d2c3b-5a4e-4f70-9b8c-1d2e3f4a5b6c".to_owned(),
            vo_orgcode: Some("0207451227".to_owned()),
            vo_orgnaam: Some("Stad Ieper".to_owned()),
            vo_doelgroepcode: Some("LB".to_owned()),
        })
    );
}

#[tokio::test]
async fn a_parent_login_names_the_minor_she_represents() {
    let provider = Provider::start();
    let mut settings = provider.settings();
    settings
        .scopes
        .push("wettelijkvertegenwoordiger".to_owned());
    let client = OidcClient::discover(&settings).await.unwrap();
    let start = client.begin();
    let back = log_in(&start.authorize_url, "sofie", "itsme").await;
    let login = client
        .complete(&start.pending, &back.state, &back.code)
        .await
        .unwrap();
    assert_eq!(login.given_name.as_deref(), Some("Sofie"));
    let children = login.legal_representative_of.unwrap();
    assert_eq!(children, ["15051708872"]);
    assert!(children.iter().all(|insz| insz_is_valid(insz)));
}

#[tokio::test]
async fn a_tampered_state_is_refused_before_the_code_is_spent() {
    let provider = Provider::start();
    let client = provider.client().await;
    let start = client.begin();
    let back = log_in(&start.authorize_url, "els", "eid").await;

    let mut tampered = back.state.clone();
    tampered.replace_range(..1, if tampered.starts_with('A') { "B" } else { "A" });
    let refused = client.complete(&start.pending, &tampered, &back.code).await;
    assert!(
        matches!(refused, Err(OidcError::StateMismatch)),
        "{refused:?}"
    );
    let refused = client.complete(&start.pending, "", &back.code).await;
    assert!(
        matches!(refused, Err(OidcError::StateMismatch)),
        "{refused:?}"
    );

    // The code was never sent to the provider, so the genuine callback still works.
    let login = client
        .complete(&start.pending, &back.state, &back.code)
        .await
        .unwrap();
    assert_eq!(login.subject, "els");
}

#[tokio::test]
async fn an_id_token_for_another_nonce_is_refused() {
    let provider = Provider::start();
    let client = provider.client().await;
    let start = client.begin();
    let back = log_in(&start.authorize_url, "els", "eid").await;

    let mut pending = start.pending.clone();
    pending.nonce = client.begin().pending.nonce;
    let refused = client.complete(&pending, &back.state, &back.code).await;
    assert!(
        matches!(
            refused,
            Err(OidcError::IdTokenInvalid {
                problem: IdTokenProblem::Nonce
            })
        ),
        "{refused:?}"
    );
}

#[tokio::test]
async fn a_code_is_accepted_only_once() {
    let provider = Provider::start();
    let client = provider.client().await;
    let start = client.begin();
    let back = log_in(&start.authorize_url, "els", "eid").await;

    client
        .complete(&start.pending, &back.state, &back.code)
        .await
        .unwrap();
    let replayed = client
        .complete(&start.pending, &back.state, &back.code)
        .await;
    assert!(
        matches!(&replayed, Err(OidcError::CodeRefused { error }) if error == "invalid_grant"),
        "{replayed:?}"
    );
}

#[tokio::test]
async fn a_tampered_code_is_refused() {
    let provider = Provider::start();
    let client = provider.client().await;
    let start = client.begin();
    let back = log_in(&start.authorize_url, "els", "eid").await;

    let refused = client
        .complete(&start.pending, &back.state, &format!("{}x", back.code))
        .await;
    assert!(
        matches!(&refused, Err(OidcError::CodeRefused { error }) if error == "invalid_grant"),
        "{refused:?}"
    );
}

#[tokio::test]
async fn a_code_is_refused_with_another_logins_pkce_verifier() {
    let provider = Provider::start();
    let client = provider.client().await;
    let start = client.begin();
    let back = log_in(&start.authorize_url, "els", "eid").await;

    // A stolen code, redeemed by someone who started a login of their own.
    let mut pending = start.pending.clone();
    pending.pkce_verifier = client.begin().pending.pkce_verifier;
    let refused = client.complete(&pending, &back.state, &back.code).await;
    assert!(
        matches!(&refused, Err(OidcError::CodeRefused { error }) if error == "invalid_grant"),
        "{refused:?}"
    );
}

#[tokio::test]
async fn a_code_from_another_provider_is_refused() {
    let ours = Provider::start();
    let other = Provider::start();
    let client = ours.client().await;
    let other_client = other.client().await;
    let start = other_client.begin();
    let back = log_in(&start.authorize_url, "els", "eid").await;

    let refused = client
        .complete(&start.pending, &back.state, &back.code)
        .await;
    assert!(
        matches!(&refused, Err(OidcError::CodeRefused { error }) if error == "invalid_grant"),
        "{refused:?}"
    );
}

#[tokio::test]
async fn a_provider_that_names_another_issuer_is_refused_at_discovery() {
    let provider = Provider::start();
    let mut settings = provider.settings();
    // The same server under another name: its discovery document names 127.0.0.1.
    settings.issuer_url = provider.issuer.replace("127.0.0.1", "localhost");
    let refused = OidcClient::discover(&settings).await;
    assert!(
        matches!(&refused, Err(OidcError::DiscoveryFailed { reason, .. }) if reason.contains("issuer")),
        "{refused:?}"
    );
}

#[tokio::test]
async fn an_unreachable_provider_is_reported_as_unreachable() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let settings = OidcSettings::new(
        format!("http://127.0.0.1:{port}"),
        CLIENT_ID,
        SecretString::from(CLIENT_SECRET),
        REDIRECT_URL,
    );
    let refused = OidcClient::discover(&settings).await;
    assert!(
        matches!(refused, Err(OidcError::ProviderUnreachable { .. })),
        "{refused:?}"
    );
}

#[tokio::test]
async fn a_wrong_client_secret_is_the_clients_fault_not_the_citizens() {
    let provider = Provider::start();
    let mut settings = provider.settings();
    settings.client_secret = SecretString::from("not-the-secret");
    let client = OidcClient::discover(&settings).await.unwrap();
    let start = client.begin();
    let back = log_in(&start.authorize_url, "els", "eid").await;

    let refused = client
        .complete(&start.pending, &back.state, &back.code)
        .await;
    assert!(
        matches!(&refused, Err(OidcError::ClientRejected { error }) if error == "invalid_client"),
        "{refused:?}"
    );
    let shown = refused.unwrap_err().to_string();
    assert!(!shown.contains("not-the-secret") && !shown.contains(&back.code));
}

#[tokio::test]
async fn the_client_follows_the_providers_key_rotation() {
    let provider = Provider::start();
    let client = provider.client().await;
    let start = client.begin();
    let back = log_in(&start.authorize_url, "els", "eid").await;

    // The provider signs with a key the client did not see at discovery.
    let rotated = reqwest::Client::new()
        .post(format!("{}/test/rotate-keys", provider.issuer))
        .send()
        .await
        .unwrap();
    assert_eq!(rotated.status(), 204);

    let login = client
        .complete(&start.pending, &back.state, &back.code)
        .await
        .unwrap();
    assert_eq!(login.subject, "els");
}

#[tokio::test]
async fn without_acr_values_no_acr_comes_back_and_the_login_counts_as_low() {
    let provider = Provider::start();
    let mut settings = provider.settings();
    settings.acr_values.clear();
    let client = OidcClient::discover(&settings).await.unwrap();
    let start = client.begin();
    assert!(!start.authorize_url.contains("acr_values"));
    let back = log_in(&start.authorize_url, "els", "eid").await;
    let login = client
        .complete(&start.pending, &back.state, &back.code)
        .await
        .unwrap();
    assert_eq!(login.acr, None);
    assert_eq!(login.assurance, Assurance::Low);
}

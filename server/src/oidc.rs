//! Login through ACM/IDM, the Flemish government's identity provider, with OpenID
//! Connect: the authorization code flow with PKCE (S256), `state` and `nonce`, for
//! citizens and staff alike.
//!
//! The flow is split so that nothing lives in process memory between the two halves
//! (several replicas serve the portal): [`OidcClient::begin`] returns the URL to send
//! the browser to and a [`PendingLogin`] that the caller stores server-side (a database
//! row keyed by the browser's pre-login session); [`OidcClient::complete`] takes that row
//! back with the callback's `state` and `code` and returns a [`VerifiedLogin`].
//!
//! Claims are read from the ID token only, never from the userinfo endpoint: ACM/IDM
//! puts the claims of the granted scopes in the ID token itself, and a signed token
//! checked against the provider's keys is worth more than a second, unsigned answer.

use openidconnect::core::{
    CoreAuthDisplay, CoreAuthPrompt, CoreErrorResponseType, CoreGenderClaim, CoreJsonWebKey,
    CoreJweContentEncryptionAlgorithm, CoreJwsSigningAlgorithm, CoreProviderMetadata,
    CoreResponseType, CoreRevocableToken, CoreRevocationErrorResponse,
    CoreTokenIntrospectionResponse, CoreTokenType,
};
use openidconnect::{
    AdditionalClaims, AuthenticationContextClass, AuthenticationFlow, AuthorizationCode,
    ClaimsVerificationError, Client, ClientId, ClientSecret, CsrfToken, DiscoveryError,
    EmptyExtraTokenFields, EndpointMaybeSet, EndpointNotSet, EndpointSet, HttpClientError,
    IdTokenClaims, IdTokenFields, IdTokenVerifier, IssuerUrl, JsonWebKeySet, JsonWebKeySetUrl,
    Nonce, PkceCodeChallenge, PkceCodeVerifier, RedirectUrl, RequestTokenError, Scope,
    SignatureVerificationError, StandardErrorResponse, StandardTokenResponse, TokenResponse,
    reqwest,
};
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::sync::{Arc, RwLock};
use std::time::Duration;

/// How long one call to the identity provider may take before the login fails with
/// [`OidcError::ProviderUnreachable`] (the citizen gets a page to try again).
const PROVIDER_TIMEOUT: Duration = Duration::from_secs(10);

/// Signature algorithms accepted on ID tokens: asymmetric only. With HS256 the client
/// secret would be the signing key, so anyone who learnt it could mint ID tokens.
const ID_TOKEN_ALGORITHMS: [CoreJwsSigningAlgorithm; 6] = [
    CoreJwsSigningAlgorithm::RsaSsaPkcs1V15Sha256,
    CoreJwsSigningAlgorithm::RsaSsaPkcs1V15Sha384,
    CoreJwsSigningAlgorithm::RsaSsaPkcs1V15Sha512,
    CoreJwsSigningAlgorithm::RsaSsaPssSha256,
    CoreJwsSigningAlgorithm::EcdsaP256Sha256,
    CoreJwsSigningAlgorithm::EcdsaP384Sha384,
];

/// The OpenID Connect client's settings (a section of the server's configuration).
///
/// The `acr_*` defaults are ACM/IDM's login-means URNs (authenticatie.vlaanderen.be,
/// "Authenticatiemiddelen"): ACM/IDM puts the URN of the means the person used in the
/// ID token's `acr`, but only when the authentication request carried `acr_values`,
/// hence [`OidcSettings::acr_values`]. The integration file of a client may use an older
/// URN namespace: then these lists are set from that file.
#[derive(Clone, Debug, Deserialize)]
pub struct OidcSettings {
    /// The issuer, exactly as the provider's discovery document spells it
    /// (ACM/IDM: `https://authenticatie.vlaanderen.be/op`).
    pub issuer_url: String,
    pub client_id: String,
    pub client_secret: SecretString,
    /// Where the provider sends the browser back; registered with the provider.
    pub redirect_url: String,
    /// Scopes to ask for. ACM/IDM refuses the whole request when one is not granted to
    /// the client in its integration file, so only ask for what was agreed: citizens
    /// `openid profile rrn`, staff add `vo`. (`openid` is always sent.)
    #[serde(default = "default_scopes")]
    pub scopes: Vec<String>,
    /// Login means offered, sent as `acr_values`; empty sends none (and then ACM/IDM
    /// returns no `acr`, so every login counts as [`Assurance::Low`]).
    #[serde(default = "default_acr_values")]
    pub acr_values: Vec<String>,
    /// `acr` values meaning assurance level high (eIDAS "high": eID, itsme).
    #[serde(default = "default_acr_high")]
    pub acr_high: Vec<String>,
    /// `acr` values meaning assurance level substantial (eIDAS "substantial": CSAM's
    /// authenticator app or SMS codes). Any other or missing `acr` is low.
    #[serde(default = "default_acr_substantial")]
    pub acr_substantial: Vec<String>,
}

const AUTHMECH_HIGH: [&str; 3] = [
    "urn:be:vlaanderen:authmech:eid",
    "urn:be:vlaanderen:authmech:eidashigh",
    "urn:be:vlaanderen:authmech:itsme",
];
const AUTHMECH_SUBSTANTIAL: [&str; 3] = [
    "urn:be:vlaanderen:authmech:csamtotp",
    "urn:be:vlaanderen:authmech:csamsms",
    "urn:be:vlaanderen:authmech:eidassubstantial",
];
/// CSAM user name and password, linked to the national register. (The unlinked
/// `csamselfreg` account carries no national register number, so it is not offered.)
const AUTHMECH_LOW: [&str; 1] = ["urn:be:vlaanderen:authmech:csampassword"];

fn default_scopes() -> Vec<String> {
    ["openid", "profile", "rrn"].map(String::from).to_vec()
}

fn default_acr_values() -> Vec<String> {
    AUTHMECH_HIGH
        .iter()
        .chain(&AUTHMECH_SUBSTANTIAL)
        .chain(&AUTHMECH_LOW)
        .map(|urn| (*urn).to_owned())
        .collect()
}

fn default_acr_high() -> Vec<String> {
    AUTHMECH_HIGH.map(String::from).to_vec()
}

fn default_acr_substantial() -> Vec<String> {
    AUTHMECH_SUBSTANTIAL.map(String::from).to_vec()
}

impl OidcSettings {
    /// Settings with the documented defaults for everything but the client's identity.
    pub fn new(
        issuer_url: impl Into<String>,
        client_id: impl Into<String>,
        client_secret: SecretString,
        redirect_url: impl Into<String>,
    ) -> OidcSettings {
        OidcSettings {
            issuer_url: issuer_url.into(),
            client_id: client_id.into(),
            client_secret,
            redirect_url: redirect_url.into(),
            scopes: default_scopes(),
            acr_values: default_acr_values(),
            acr_high: default_acr_high(),
            acr_substantial: default_acr_substantial(),
        }
    }

    /// The assurance level an ID token's `acr` stands for.
    pub fn assurance_of(&self, acr: Option<&str>) -> Assurance {
        match acr {
            Some(acr) if self.acr_high.iter().any(|high| high == acr) => Assurance::High,
            Some(acr) if self.acr_substantial.iter().any(|sub| sub == acr) => {
                Assurance::Substantial
            }
            _ => Assurance::Low,
        }
    }
}

/// The eIDAS level of assurance of a login (one definition for the whole
/// server: sessions store it, products will require it).
pub use db::identity::Assurance;

/// What the caller keeps server-side between [`OidcClient::begin`] and
/// [`OidcClient::complete`]. It holds one-time secrets: store it where only the server
/// reads it, delete it when the login completes or fails, and expire it after a few
/// minutes.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingLogin {
    pub state: String,
    pub nonce: String,
    pub pkce_verifier: String,
}

impl fmt::Debug for PendingLogin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PendingLogin")
            .field("state", &"[redacted]")
            .field("nonce", &"[redacted]")
            .field("pkce_verifier", &"[redacted]")
            .finish()
    }
}

/// The start of a login: send the browser to `authorize_url`, keep `pending`.
#[derive(Debug)]
pub struct LoginStart {
    pub authorize_url: String,
    pub pending: PendingLogin,
}

/// The claims a staff member's login carries (scope `vo`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffClaims {
    /// The person's id in the Flemish government's user management (VO IDM).
    pub vo_id: String,
    /// The organisation chosen at login: a KBO number (municipalities, companies), an
    /// OVO code (Flemish government) or an education institution number.
    pub vo_orgcode: Option<String>,
    pub vo_orgnaam: Option<String>,
    /// The capacity: LB (local government), GID (Flemish government), EA (economic
    /// actor), OV (education), BUR (citizen — so not staff at all).
    pub vo_doelgroepcode: Option<String>,
}

/// A login whose ID token was verified, with the claims the portal uses.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VerifiedLogin {
    pub issuer: String,
    /// The provider's stable id for the person (ACM/IDM: the "PersoonsID").
    pub subject: String,
    pub given_name: Option<String>,
    pub family_name: Option<String>,
    /// The national register number (INSZ), with scope `rrn`.
    pub rrn: Option<String>,
    /// The login means as the provider named it (ACM/IDM: an `authmech` URN), for the
    /// audit log.
    pub acr: Option<String>,
    pub assurance: Assurance,
    pub vo: Option<StaffClaims>,
    /// INSZ numbers of the people (minors) this person legally represents: claim
    /// `wettelijkvertegenwoordiger`. Not an ACM/IDM claim today (it is what the test
    /// provider sends); parental authority is authoritative in the national register.
    pub legal_representative_of: Option<Vec<String>>,
    /// The organisation chosen "as legal representative" (ACM/IDM claim `wv_orgcode`,
    /// scope `wettelijkvertegenwoordiger`).
    pub representative_org: Option<String>,
    /// The organisation that gave a mandate (ACM/IDM claim `ssm_mandaatgever`, scope
    /// `ssm_mandaat`).
    pub mandate_giver: Option<String>,
}

/// Personal data (the national register numbers) stays out of logs.
impl fmt::Debug for VerifiedLogin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let redacted = |present: bool| if present { "[redacted]" } else { "none" };
        f.debug_struct("VerifiedLogin")
            .field("issuer", &self.issuer)
            .field("subject", &self.subject)
            .field("given_name", &self.given_name)
            .field("family_name", &self.family_name)
            .field("rrn", &redacted(self.rrn.is_some()))
            .field("acr", &self.acr)
            .field("assurance", &self.assurance)
            .field("vo", &self.vo)
            .field(
                "legal_representative_of",
                &redacted(self.legal_representative_of.is_some()),
            )
            .field("representative_org", &self.representative_org)
            .field("mandate_giver", &self.mandate_giver)
            .finish()
    }
}

/// Which check an ID token failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdTokenProblem {
    /// The token response carried no ID token.
    Missing,
    /// Not signed by a key of the provider, or with an algorithm we do not accept.
    Signature,
    /// Issued by another provider than the one configured.
    Issuer,
    /// Issued for another client.
    Audience,
    /// Not the nonce of this login: a token from another login, replayed.
    Nonce,
    Expired,
    /// Any other malformed or unsupported content.
    Malformed,
}

impl fmt::Display for IdTokenProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            IdTokenProblem::Missing => "no ID token in the token response",
            IdTokenProblem::Signature => "signature not valid for the provider's keys",
            IdTokenProblem::Issuer => "issued by another provider",
            IdTokenProblem::Audience => "issued for another client",
            IdTokenProblem::Nonce => "nonce does not match this login",
            IdTokenProblem::Expired => "expired",
            IdTokenProblem::Malformed => "malformed or unsupported",
        })
    }
}

/// Why a login failed. Every variant is a page the person can act on and an audit
/// entry; the messages never carry codes, tokens, secrets or personal data.
#[derive(Debug, thiserror::Error)]
pub enum OidcError {
    /// The callback's `state` is not that of the login this browser started: a forged
    /// callback (login CSRF), an old bookmark or a login finished in another tab.
    #[error("the state returned to the callback does not match the login that was started")]
    StateMismatch,
    /// The provider refused the authorization code: invalid, already used, expired, or
    /// not issued for this PKCE verifier. `error` is the OAuth error code.
    #[error("the identity provider refused the authorization code ({error})")]
    CodeRefused { error: String },
    /// The provider does not accept this client (wrong id or secret): a configuration
    /// fault of ours, not the person's.
    #[error("the identity provider refused this client's credentials ({error})")]
    ClientRejected { error: String },
    /// The ID token failed verification.
    #[error("the ID token was rejected: {problem}")]
    IdTokenInvalid { problem: IdTokenProblem },
    /// The provider answered, but not with what OpenID Connect prescribes (discovery
    /// document, keys, token response).
    #[error("OpenID Connect discovery or response from {issuer} failed: {reason}")]
    DiscoveryFailed { issuer: String, reason: String },
    /// No answer from the provider (connection refused, DNS, TLS, timeout).
    #[error("the identity provider could not be reached while {during}")]
    ProviderUnreachable {
        during: &'static str,
        #[source]
        source: HttpClientError<reqwest::Error>,
    },
    /// The settings cannot work (a URL that does not parse, …).
    #[error("the OpenID Connect settings are not valid: {0}")]
    Settings(String),
}

/// The ACM/IDM claims beyond the standard ones. Every claim is optional: which ones
/// arrive depends on the scopes granted in the client's integration file.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
struct AcmClaims {
    rrn: Option<String>,
    vo_id: Option<String>,
    vo_doelgroepcode: Option<String>,
    vo_orgcode: Option<String>,
    vo_orgnaam: Option<String>,
    wv_orgcode: Option<String>,
    wettelijkvertegenwoordiger: Option<OneOrMany>,
    ssm_mandaatgever: Option<String>,
}

impl AdditionalClaims for AcmClaims {}

/// A claim that may hold one value or a list: a provider may send either, and an
/// unexpected shape must not make the whole ID token unreadable.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    fn into_vec(self) -> Vec<String> {
        match self {
            OneOrMany::One(one) => vec![one],
            OneOrMany::Many(many) => many,
        }
    }
}

type AcmIdTokenFields = IdTokenFields<
    AcmClaims,
    EmptyExtraTokenFields,
    CoreGenderClaim,
    CoreJweContentEncryptionAlgorithm,
    CoreJwsSigningAlgorithm,
>;
type AcmTokenResponse = StandardTokenResponse<AcmIdTokenFields, CoreTokenType>;
type AcmIdTokenClaims = IdTokenClaims<AcmClaims, CoreGenderClaim>;
/// The client as discovery builds it: authorization endpoint set, token and userinfo
/// endpoints as the discovery document says.
type AcmClient = Client<
    AcmClaims,
    CoreAuthDisplay,
    CoreGenderClaim,
    CoreJweContentEncryptionAlgorithm,
    CoreJsonWebKey,
    CoreAuthPrompt,
    StandardErrorResponse<CoreErrorResponseType>,
    AcmTokenResponse,
    CoreTokenIntrospectionResponse,
    CoreRevocableToken,
    CoreRevocationErrorResponse,
    EndpointSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointMaybeSet,
    EndpointMaybeSet,
>;

/// The OpenID Connect client, built once at start-up from the provider's discovery
/// document. Cheap to clone: clones share the provider's keys.
#[derive(Clone)]
pub struct OidcClient {
    client: AcmClient,
    http: reqwest::Client,
    issuer: IssuerUrl,
    client_id: ClientId,
    jwks_uri: JsonWebKeySetUrl,
    /// The provider's signing keys; fetched again when an ID token names a key we do
    /// not have (the provider rotated its keys since start-up).
    jwks: Arc<RwLock<JsonWebKeySet<CoreJsonWebKey>>>,
    settings: Arc<OidcSettings>,
}

impl fmt::Debug for OidcClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OidcClient")
            .field("issuer", &self.issuer.as_str())
            .field("client_id", &self.client_id.as_str())
            .finish_non_exhaustive()
    }
}

impl OidcClient {
    /// Reads the provider's discovery document and signing keys. The discovery
    /// document must name exactly `settings.issuer_url` as its issuer.
    pub async fn discover(settings: &OidcSettings) -> Result<OidcClient, OidcError> {
        let issuer = IssuerUrl::new(settings.issuer_url.clone())
            .map_err(|err| OidcError::Settings(format!("issuer_url: {err}")))?;
        let redirect = RedirectUrl::new(settings.redirect_url.clone())
            .map_err(|err| OidcError::Settings(format!("redirect_url: {err}")))?;
        let http = reqwest::ClientBuilder::new()
            // The provider's endpoints are called as published; following redirects
            // would let a changed document send us (and the code) elsewhere.
            .redirect(reqwest::redirect::Policy::none())
            .timeout(PROVIDER_TIMEOUT)
            .build()
            .map_err(|err| OidcError::Settings(format!("HTTP client: {err}")))?;
        let metadata = CoreProviderMetadata::discover_async(issuer.clone(), &http)
            .await
            .map_err(|err| discovery_error(&settings.issuer_url, err))?;
        let jwks_uri = metadata.jwks_uri().clone();
        let jwks = metadata.jwks().clone();
        let client_id = ClientId::new(settings.client_id.clone());
        let client = AcmClient::from_provider_metadata(
            metadata,
            client_id.clone(),
            Some(ClientSecret::new(
                settings.client_secret.expose_secret().to_owned(),
            )),
        )
        .set_redirect_uri(redirect);
        Ok(OidcClient {
            client,
            http,
            issuer,
            client_id,
            jwks_uri,
            jwks: Arc::new(RwLock::new(jwks)),
            settings: Arc::new(settings.clone()),
        })
    }

    /// Starts a login: a fresh `state` (against login CSRF), `nonce` (binds the ID
    /// token to this login) and PKCE verifier (binds the code to this login).
    pub fn begin(&self) -> LoginStart {
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let mut request = self
            .client
            .authorize_url(
                AuthenticationFlow::<CoreResponseType>::AuthorizationCode,
                CsrfToken::new_random,
                Nonce::new_random,
            )
            .set_pkce_challenge(challenge);
        for scope in &self.settings.scopes {
            // The library always sends `openid`; sending it twice is not wrong, but odd.
            if scope != "openid" {
                request = request.add_scope(Scope::new(scope.clone()));
            }
        }
        for acr in &self.settings.acr_values {
            request = request.add_auth_context_value(AuthenticationContextClass::new(acr.clone()));
        }
        let (url, state, nonce) = request.url();
        LoginStart {
            authorize_url: url.into(),
            pending: PendingLogin {
                state: state.into_secret(),
                nonce: nonce.secret().clone(),
                pkce_verifier: verifier.into_secret(),
            },
        }
    }

    /// Finishes a login from the callback's `state` and `code`: checks the state,
    /// exchanges the code (with the PKCE verifier and the client secret), verifies the
    /// ID token (signature, issuer, audience, expiry, nonce) and reads its claims.
    pub async fn complete(
        &self,
        pending: &PendingLogin,
        returned_state: &str,
        code: &str,
    ) -> Result<VerifiedLogin, OidcError> {
        if !same_secret(&pending.state, returned_state) {
            return Err(OidcError::StateMismatch);
        }
        let response = self
            .client
            .exchange_code(AuthorizationCode::new(code.to_owned()))
            .map_err(|err| self.discovery_failed(format!("no token endpoint: {err}")))?
            .set_pkce_verifier(PkceCodeVerifier::new(pending.pkce_verifier.clone()))
            .request_async(&self.http)
            .await
            .map_err(|err| self.token_error(err))?;
        let id_token = response.id_token().ok_or(OidcError::IdTokenInvalid {
            problem: IdTokenProblem::Missing,
        })?;
        let nonce = Nonce::new(pending.nonce.clone());
        let claims = match id_token.claims(&self.verifier(), &nonce) {
            Err(ClaimsVerificationError::SignatureVerification(
                SignatureVerificationError::NoMatchingKey,
            )) => {
                self.refresh_keys().await?;
                id_token.claims(&self.verifier(), &nonce)
            }
            verified => verified,
        }
        .map_err(|err| OidcError::IdTokenInvalid {
            problem: id_token_problem(&err),
        })?;
        Ok(self.verified_login(claims))
    }

    fn verifier(&self) -> IdTokenVerifier<'static, CoreJsonWebKey> {
        let jwks = match self.jwks.read() {
            Ok(jwks) => jwks.clone(),
            // A writer panicked mid-update: the keys it held are still a key set.
            Err(poisoned) => poisoned.into_inner().clone(),
        };
        IdTokenVerifier::new_public_client(self.client_id.clone(), self.issuer.clone(), jwks)
            .set_allowed_algs(ID_TOKEN_ALGORITHMS)
    }

    async fn refresh_keys(&self) -> Result<(), OidcError> {
        let jwks = JsonWebKeySet::fetch_async(&self.jwks_uri, &self.http)
            .await
            .map_err(|err| discovery_error(self.issuer.as_str(), err))?;
        match self.jwks.write() {
            Ok(mut current) => *current = jwks,
            Err(poisoned) => *poisoned.into_inner() = jwks,
        }
        Ok(())
    }

    fn verified_login(&self, claims: &AcmIdTokenClaims) -> VerifiedLogin {
        let extra = claims.additional_claims().clone();
        let acr = claims.auth_context_ref().map(|acr| acr.as_str().to_owned());
        let vo = extra.vo_id.map(|vo_id| StaffClaims {
            vo_id,
            vo_orgcode: extra.vo_orgcode,
            vo_orgnaam: extra.vo_orgnaam,
            vo_doelgroepcode: extra.vo_doelgroepcode,
        });
        VerifiedLogin {
            issuer: claims.issuer().as_str().to_owned(),
            subject: claims.subject().as_str().to_owned(),
            given_name: claims
                .given_name()
                .and_then(|name| name.get(None))
                .map(|name| name.as_str().to_owned()),
            family_name: claims
                .family_name()
                .and_then(|name| name.get(None))
                .map(|name| name.as_str().to_owned()),
            rrn: extra.rrn,
            assurance: self.settings.assurance_of(acr.as_deref()),
            acr,
            vo,
            legal_representative_of: extra.wettelijkvertegenwoordiger.map(OneOrMany::into_vec),
            representative_org: extra.wv_orgcode,
            mandate_giver: extra.ssm_mandaatgever,
        }
    }

    fn discovery_failed(&self, reason: String) -> OidcError {
        OidcError::DiscoveryFailed {
            issuer: self.issuer.as_str().to_owned(),
            reason,
        }
    }

    fn token_error(
        &self,
        err: RequestTokenError<
            HttpClientError<reqwest::Error>,
            StandardErrorResponse<CoreErrorResponseType>,
        >,
    ) -> OidcError {
        match err {
            RequestTokenError::ServerResponse(response) => {
                let error = response.error().as_ref().to_owned();
                match response.error() {
                    CoreErrorResponseType::InvalidClient
                    | CoreErrorResponseType::UnauthorizedClient => {
                        OidcError::ClientRejected { error }
                    }
                    _ => OidcError::CodeRefused { error },
                }
            }
            RequestTokenError::Request(source) => OidcError::ProviderUnreachable {
                during: "exchanging the authorization code",
                source,
            },
            // The body is not logged: a token response holds tokens.
            RequestTokenError::Parse(err, _body) => {
                self.discovery_failed(format!("token response not understood at {}", err.path()))
            }
            RequestTokenError::Other(reason) => self.discovery_failed(reason),
        }
    }
}

fn discovery_error(
    issuer: &str,
    err: DiscoveryError<HttpClientError<reqwest::Error>>,
) -> OidcError {
    let reason = match err {
        DiscoveryError::Request(source) => {
            return OidcError::ProviderUnreachable {
                during: "reading the discovery document or keys",
                source,
            };
        }
        DiscoveryError::Response(status, _body, _) => format!("HTTP status {status}"),
        DiscoveryError::Parse(err) => format!("document not understood at {}", err.path()),
        DiscoveryError::UrlParse(err) => format!("URL: {err}"),
        // The library's own wording, e.g. the issuer in the document is another one.
        DiscoveryError::Validation(reason) | DiscoveryError::Other(reason) => reason,
        _ => "unexpected error".to_owned(),
    };
    OidcError::DiscoveryFailed {
        issuer: issuer.to_owned(),
        reason,
    }
}

fn id_token_problem(err: &ClaimsVerificationError) -> IdTokenProblem {
    match err {
        ClaimsVerificationError::SignatureVerification(_) => IdTokenProblem::Signature,
        ClaimsVerificationError::InvalidIssuer(_) => IdTokenProblem::Issuer,
        ClaimsVerificationError::InvalidAudience(_) => IdTokenProblem::Audience,
        ClaimsVerificationError::InvalidNonce(_) => IdTokenProblem::Nonce,
        ClaimsVerificationError::Expired(_) => IdTokenProblem::Expired,
        _ => IdTokenProblem::Malformed,
    }
}

/// Compares two secrets in time that depends on their length only, so that timing
/// does not tell an attacker how much of a guessed `state` was right. An empty
/// expected value never matches.
fn same_secret(expected: &str, given: &str) -> bool {
    !expected.is_empty() && db::identity::secrets_equal(expected, given)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings() -> OidcSettings {
        OidcSettings::new(
            "https://authenticatie.vlaanderen.be/op",
            "portal",
            SecretString::from("s3cret"),
            "https://e-westhoek.be/aanmelden/terug",
        )
    }

    #[test]
    fn acm_login_means_map_to_eidas_levels() {
        let settings = settings();
        for (acr, level) in [
            ("urn:be:vlaanderen:authmech:eid", Assurance::High),
            ("urn:be:vlaanderen:authmech:itsme", Assurance::High),
            ("urn:be:vlaanderen:authmech:eidashigh", Assurance::High),
            (
                "urn:be:vlaanderen:authmech:csamtotp",
                Assurance::Substantial,
            ),
            ("urn:be:vlaanderen:authmech:csamsms", Assurance::Substantial),
            (
                "urn:be:vlaanderen:authmech:eidassubstantial",
                Assurance::Substantial,
            ),
            ("urn:be:vlaanderen:authmech:csampassword", Assurance::Low),
            ("urn:be:vlaanderen:authmech:csamselfreg", Assurance::Low),
            ("urn:be:vlaanderen:authmech:kerberos", Assurance::Low),
            // Close is not equal: no prefix or case games.
            ("urn:be:vlaanderen:authmech:EID", Assurance::Low),
            ("urn:be:vlaanderen:authmech:eid ", Assurance::Low),
            ("", Assurance::Low),
        ] {
            assert_eq!(settings.assurance_of(Some(acr)), level, "{acr}");
        }
        assert_eq!(settings.assurance_of(None), Assurance::Low);
    }

    #[test]
    fn the_acr_mapping_follows_the_settings() {
        let mut settings = settings();
        settings.acr_high = vec!["urn:example:loa:3".to_owned()];
        settings.acr_substantial = vec![];
        assert_eq!(
            settings.assurance_of(Some("urn:example:loa:3")),
            Assurance::High
        );
        assert_eq!(
            settings.assurance_of(Some("urn:be:vlaanderen:authmech:csamtotp")),
            Assurance::Low
        );
    }

    #[test]
    fn missing_settings_take_the_documented_defaults() {
        let settings: OidcSettings = serde_json::from_value(serde_json::json!({
            "issuer_url": "https://authenticatie.vlaanderen.be/op",
            "client_id": "portal",
            "client_secret": "s3cret",
            "redirect_url": "https://e-westhoek.be/aanmelden/terug",
        }))
        .unwrap();
        assert_eq!(settings.scopes, ["openid", "profile", "rrn"]);
        assert_eq!(settings.acr_high, default_acr_high());
        assert!(
            settings
                .acr_values
                .contains(&"urn:be:vlaanderen:authmech:itsme".to_owned())
        );
        assert!(!format!("{settings:?}").contains("s3cret"));
    }

    #[test]
    fn assurance_levels_are_ordered_and_named() {
        assert!(Assurance::Low < Assurance::Substantial);
        assert!(Assurance::Substantial < Assurance::High);
        assert_eq!(
            [Assurance::Low, Assurance::Substantial, Assurance::High].map(Assurance::as_str),
            ["low", "substantial", "high"]
        );
        assert_eq!(
            serde_json::to_string(&Assurance::Substantial).unwrap(),
            "\"substantial\""
        );
        assert_eq!(
            serde_json::from_str::<Assurance>("\"high\"").unwrap(),
            Assurance::High
        );
    }

    #[test]
    fn only_the_identical_state_matches() {
        assert!(same_secret("abcDEF123", "abcDEF123"));
        assert!(!same_secret("abcDEF123", "abcDEF124"));
        assert!(!same_secret("abcDEF123", "abcDEF12"));
        assert!(!same_secret("abcDEF123", "abcDEF1234"));
        assert!(!same_secret("abcDEF123", "ABCdef123"));
        assert!(!same_secret("abcDEF123", ""));
        assert!(!same_secret("", ""));
    }

    #[test]
    fn one_or_many_claims_read_as_a_list() {
        let one: OneOrMany = serde_json::from_str("\"15061221802\"").unwrap();
        let many: OneOrMany = serde_json::from_str("[\"15061221802\",\"17030512345\"]").unwrap();
        assert_eq!(one.into_vec(), ["15061221802"]);
        assert_eq!(many.into_vec().len(), 2);
    }

    #[test]
    fn secrets_and_personal_data_stay_out_of_debug_output() {
        let pending = PendingLogin {
            state: "state-value".to_owned(),
            nonce: "nonce-value".to_owned(),
            pkce_verifier: "verifier-value".to_owned(),
        };
        let shown = format!("{pending:?}");
        assert!(!shown.contains("value"), "{shown}");
        let login = VerifiedLogin {
            issuer: "https://authenticatie.vlaanderen.be/op".to_owned(),
            subject: "abc".to_owned(),
            given_name: Some("Els".to_owned()),
            family_name: None,
            rrn: Some("85073003328".to_owned()),
            acr: None,
            assurance: Assurance::Low,
            vo: None,
            legal_representative_of: Some(vec!["15061221802".to_owned()]),
            representative_org: None,
            mandate_giver: None,
        };
        let shown = format!("{login:?}");
        assert!(!shown.contains("85073003328"), "{shown}");
        assert!(!shown.contains("15061221802"), "{shown}");
    }
}

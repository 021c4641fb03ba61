// A real OpenID Connect provider (the npm package oidc-provider) that stands in for
// ACM/IDM, the Flemish government's login service, in tests and demos.
//
// Usage:
//   node end2end/oidc/provider.mjs --port 0 --client-id portal --client-secret s3cret \
//        --redirect-uri http://127.0.0.1:9/auth/callback
// or with the environment: OIDC_PORT, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_REDIRECT_URI.
// `--port 0` lets the system choose a free port. When listening, the script prints one
// line `ready <issuer>` on stdout (for example `ready http://127.0.0.1:41235`); anything
// else goes to stderr. It listens on 127.0.0.1 only, over plain http: it is a test double,
// never a production identity provider.
//
// Like ACM/IDM:
// - scopes and claims: openid → sub; profile → given_name, family_name; rrn → rrn;
//   vo → vo_id, vo_doelgroepcode, vo_orgcode, vo_orgnaam; wettelijkvertegenwoordiger →
//   wv_orgcode, wettelijkvertegenwoordiger; ssm_mandaat → ssm_mandaatgever. The claims
//   are in the ID token itself (conformIdTokenClaims off), as ACM/IDM sends them.
// - `acr` is the URN of the login means (urn:be:vlaanderen:authmech:…), returned when the
//   client sent acr_values. The login form's `means` field chooses it: eid, eidashigh and
//   itsme are "high", csamtotp, csamsms and eidassubstantial "substantial", csampassword
//   and csamselfreg "low".
// - no consent screen: ACM/IDM's integration file, not the citizen, fixes the claims a
//   client receives, so the grant is made just in time (loadExistingGrant).
// - authorization code flow only, PKCE with S256 required, a confidential client
//   (client_secret_basic), ID tokens signed RS256 with a key made at start-up (so two
//   instances never trust each other's tokens).
//
// The `wettelijkvertegenwoordiger` claim (a list of the INSZ of the minors a parent
// represents) is this test double's own: ACM/IDM's scope of that name carries `wv_orgcode`
// (an organisation), and parental authority is a national-register fact (MAGDA).
//
// Accounts (the login form's `login` field):
//   els    Els Vandamme, citizen, rrn 85073003328
//   jan    Jan Declercq, citizen, rrn 79031214511
//   sofie  Sofie Maes, citizen, rrn 88110206257, legal representative of her
//          daughter 15051708872 (born 2015)
//   an     An Verstraete, staff of Stad Ieper: vo_doelgroepcode LB (ACM/IDM's target group
//          for local government), vo_orgcode 0207451227 (a KBO-shaped number with valid
//          check digits standing in for the city's), vo_orgnaam "Stad Ieper",
//          rrn 76090801843
//
// Key rotation: POST /test/rotate-keys replaces the signing key (the JWKS then holds
// only the new one); sessions, codes and grants survive, as they do at ACM/IDM.
//
// Logging in without a browser: follow the authorization URL (keep cookies) to
// GET /interaction/<uid>, a small HTML form; POST its action with `login` and `means`
// (application/x-www-form-urlencoded); follow the redirects to the client's redirect_uri.

import { createServer } from 'node:http';
import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';

import Provider from 'oidc-provider';

// stdout carries the ready line only: oidc-provider's notices go to stderr.
console.info = console.error; // eslint-disable-line no-console
console.log = console.error; // eslint-disable-line no-console

const { values: args } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.OIDC_PORT ?? '0' },
    'client-id': { type: 'string', default: process.env.OIDC_CLIENT_ID },
    'client-secret': { type: 'string', default: process.env.OIDC_CLIENT_SECRET },
    'redirect-uri': { type: 'string', default: process.env.OIDC_REDIRECT_URI },
  },
});

for (const required of ['client-id', 'client-secret', 'redirect-uri']) {
  if (!args[required]) {
    process.stderr.write(`provider.mjs: --${required} is required (see the top of this file)\n`);
    process.exit(2);
  }
}

/** The INSZ (rijksregisternummer) check: 97 - (the first nine digits mod 97), with a
 * leading 2 for people born from 2000 on. */
function inszIsValid(insz) {
  if (!/^\d{11}$/.test(insz)) return false;
  const check = Number(insz.slice(9));
  const base = insz.slice(0, 9);
  return [base, `2${base}`].some((digits) => 97 - Number(BigInt(digits) % 97n) === check);
}

const ACCOUNTS = {
  els: {
    given_name: 'Els', family_name: 'Vandamme', rrn: '85073003328',
  },
  jan: {
    given_name: 'Jan', family_name: 'Declercq', rrn: '79031214511',
  },
  sofie: {
    given_name: 'Sofie',
    family_name: 'Maes',
    rrn: '88110206257',
    wettelijkvertegenwoordiger: ['15051708872'],
  },
  an: {
    given_name: 'An',
    family_name: 'Verstraete',
    rrn: '76090801843',
    vo_id: '6f1d2c3b-5a4e-4f70-9b8c-1d2e3f4a5b6c',
    vo_doelgroepcode: 'LB',
    vo_orgcode: '0207451227',
    vo_orgnaam: 'Stad Ieper',
  },
};

for (const [login, account] of Object.entries(ACCOUNTS)) {
  for (const insz of [account.rrn, ...(account.wettelijkvertegenwoordiger ?? [])]) {
    if (!inszIsValid(insz)) throw new Error(`test account ${login}: ${insz} is not a valid INSZ`);
  }
}

/** ACM/IDM's login means, by the name the login form uses. */
const MEANS = {
  eid: 'urn:be:vlaanderen:authmech:eid',
  eidashigh: 'urn:be:vlaanderen:authmech:eidashigh',
  itsme: 'urn:be:vlaanderen:authmech:itsme',
  csamtotp: 'urn:be:vlaanderen:authmech:csamtotp',
  csamsms: 'urn:be:vlaanderen:authmech:csamsms',
  eidassubstantial: 'urn:be:vlaanderen:authmech:eidassubstantial',
  csampassword: 'urn:be:vlaanderen:authmech:csampassword',
  csamselfreg: 'urn:be:vlaanderen:authmech:csamselfreg',
};

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

async function readForm(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > 16 * 1024) throw new Error('form too large');
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function loginPage(uid, message) {
  const options = Object.keys(MEANS)
    .map((means) => `<option value="${means}">${means}</option>`)
    .join('');
  const error = message ? `<p role="alert">${escapeHtml(message)}</p>` : '';
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Aanmelden (test-ACM)</title></head>
<body><main><h1>Aanmelden (test-ACM)</h1>${error}
<form method="post" action="/interaction/${escapeHtml(uid)}/login">
<label for="login">Gebruiker</label> <input id="login" name="login" autocomplete="username">
<label for="means">Aanmeldmiddel</label> <select id="means" name="means">${options}</select>
<button type="submit">Aanmelden</button>
</form></main></body></html>`;
}

function newSigningKey() {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), use: 'sig', alg: 'RS256',
  };
}

const cookieKeys = [randomBytes(32).toString('hex')];
let issuer;
let provider;

async function handleInteraction(req, res, url) {
  const [, , uid, action] = url.pathname.split('/');
  if (req.method === 'GET' && !action) {
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== uid) throw new Error('interaction does not match the cookie');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(loginPage(uid));
    return;
  }
  if (req.method === 'POST' && action === 'login') {
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== uid) throw new Error('interaction does not match the cookie');
    const form = await readForm(req);
    const login = form.get('login') ?? '';
    const acr = MEANS[form.get('means') ?? ''];
    if (!Object.hasOwn(ACCOUNTS, login) || !acr) {
      res.writeHead(400, { 'content-type': 'text/html; charset=utf-8' });
      res.end(loginPage(uid, 'Onbekende gebruiker of aanmeldmiddel.'));
      return;
    }
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: login, acr, amr: [form.get('means')] } },
      { mergeWithLastSubmission: false },
    );
    return;
  }
  res.writeHead(404).end();
}

const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  if (url.pathname === '/test/rotate-keys' && req.method === 'POST') {
    provider = makeProvider(newSigningKey());
    res.writeHead(204).end();
    return;
  }
  if (url.pathname.startsWith('/interaction/')) {
    handleInteraction(req, res, url).catch((error) => {
      process.stderr.write(`provider.mjs: interaction failed: ${error.message}\n`);
      if (!res.headersSent) res.writeHead(400, { 'content-type': 'text/plain' });
      res.end('interaction failed');
    });
    return;
  }
  provider.callback()(req, res);
});

function makeProvider(signingKey) {
  const made = new Provider(issuer, {
    clients: [{
      client_id: args['client-id'],
      client_secret: args['client-secret'],
      redirect_uris: [args['redirect-uri']],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
      id_token_signed_response_alg: 'RS256',
    }],
    jwks: { keys: [signingKey] },
    cookies: { keys: cookieKeys },
    claims: {
      acr: null,
      auth_time: null,
      iss: null,
      sid: null,
      openid: ['sub'],
      profile: ['given_name', 'family_name'],
      rrn: ['rrn'],
      vo: ['vo_id', 'vo_doelgroepcode', 'vo_orgcode', 'vo_orgnaam'],
      wettelijkvertegenwoordiger: ['wv_orgcode', 'wettelijkvertegenwoordiger'],
      ssm_mandaat: ['ssm_mandaatgever'],
    },
    acrValues: Object.values(MEANS),
    conformIdTokenClaims: false,
    // Seconds; short like ACM/IDM's, and set so oidc-provider does not warn about defaults.
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      Grant: 3600,
      IdToken: 3600,
      Interaction: 600,
      Session: 3600,
    },
    pkce: { methods: ['S256'], required: () => true },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
    async findAccount(ctx, id) {
      if (!Object.hasOwn(ACCOUNTS, id)) return undefined;
      return { accountId: id, claims: () => ({ sub: id, ...ACCOUNTS[id] }) };
    },
    async loadExistingGrant(ctx) {
      const { accountId } = ctx.oidc.session;
      if (!accountId) return undefined;
      const { clientId } = ctx.oidc.client;
      const grantId = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session.grantIdFor(clientId);
      const grant = (grantId && await ctx.oidc.provider.Grant.find(grantId))
        || new ctx.oidc.provider.Grant({ clientId, accountId });
      grant.addOIDCScope([...ctx.oidc.requestParamOIDCScopes].join(' '));
      grant.addOIDCClaims([...ctx.oidc.requestParamClaims]);
      await grant.save();
      ctx.oidc.session.grantIdFor(clientId, grant.jti);
      return grant;
    },
  });
  for (const event of ['server_error', 'authorization.error', 'grant.error', 'userinfo.error']) {
    made.on(event, (ctx, error) => {
      process.stderr.write(`provider.mjs: ${event}: ${error.name}: ${error.message} ${error.error_description ?? ''}\n`);
    });
  }
  return made;
}

server.listen(Number(args.port), '127.0.0.1', () => {
  issuer = `http://127.0.0.1:${server.address().port}`;
  provider = makeProvider(newSigningKey());
  process.stdout.write(`ready ${issuer}\n`);
});

// A test that stopped reading stdout must not bring the provider down.
process.stdout.on('error', () => {});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}

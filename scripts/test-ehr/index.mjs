// The test EHR: a real OpenID Connect server (oidc-provider) issuing SMART launch context and a
// FHIR R4 store (Medplum's fhir-router + MemoryRepository) on one port, seeded with synthetic
// patients. Started by `npm test` (integration, e2e) and by `npm start` in demo mode
// (docs/ehr-integration.md). Layout: /fhir/* the FHIR API, /ehr/* the EHR's pages, the rest is
// the authorization server (/auth, /token, /jwks, /.well-known/openid-configuration).
import { createServer } from "node:http";
import { createAuthorizationServer, SMART_SCOPES } from "./authorization.mjs";
import { extraRoutes } from "./extra-routes.mjs";
import { createFhirStore } from "./fhir.mjs";
import { createPages } from "./pages.mjs";
import { seed } from "./seed.mjs";

export const DEMO_CLIENT_ID = "kratom-checklist";
export const DEMO_CLIENT_SECRET = "demo-ehr-client-secret-not-for-production";
export const SSO_CLIENT_ID = "kratom-checklist-sign-in";
export const SSO_CLIENT_SECRET = "demo-sso-client-secret-not-for-production";
const MAX_BODY = 1_000_000;

async function jsonBody(req) {
  let raw = "";
  for await (const chunk of req) {
    raw += chunk;
    if (raw.length > MAX_BODY) throw new Error("body too large");
  }
  return raw ? JSON.parse(raw) : undefined;
}

/**
 * Starts the test EHR. `appUrls`: the app's origins (redirect URIs are `<origin>/launch/callback`).
 * `scopeSyntax`: "v2" (default) or "v1" for what the SMART configuration advertises.
 * `testToken`: a bearer token a test reads resources back with (system-level read).
 * Returns { baseUrl, fhirBase, repo, withheld (a Set of scopes the EHR refuses to grant),
 * ttl ({ access } seconds), setAppUrls(urls), stop() }.
 */
export async function startTestEhr({
  port = 0,
  host = "127.0.0.1",
  appUrls = [],
  scopeSyntax = "v2",
  clientId = DEMO_CLIENT_ID,
  clientSecret = DEMO_CLIENT_SECRET,
  testToken,
} = {}) {
  const server = createServer();
  await new Promise((resolve) => server.listen(port, host, resolve));
  const baseUrl = `http://${host}:${server.address().port}`;
  const fhirBase = `${baseUrl}/fhir`;
  // jwksUri: the launch client authenticates with private_key_jwt against this key set instead
  // of its secret (setClientJwksUri; the app's URL is known only after its connection exists).
  const state = { appUrls: [...appUrls], jwksUri: undefined };
  const launches = new Map();
  const contexts = new Map();
  const withheld = new Set();
  const ttl = { access: 3600 };
  const tamper = { idTokenAudience: undefined };
  let fhirStore;
  // The user signed in at the EHR when no launch names one (standalone launch, clinic sign-in).
  const session = { signedInAs: "dr-demo" };
  const client = (id, secret, path) => ({
    client_id: id,
    client_secret: secret,
    redirect_uris: state.appUrls.map((u) => new URL(path, u).href),
    grant_types: ["authorization_code", "refresh_token"],
    response_types: ["code"],
    token_endpoint_auth_method: "client_secret_basic",
  });
  // The same server is also the clinics' OpenID Connect provider for sign-in (SSO_CLIENT_ID).
  const launchClient = () => {
    const metadata = client(clientId, clientSecret, "/launch/callback");
    if (!state.jwksUri) return metadata;
    const { client_secret: _secret, ...rest } = metadata;
    return { ...rest, token_endpoint_auth_method: "private_key_jwt", jwks_uri: state.jwksUri };
  };
  const clients = () => [launchClient(), client(SSO_CLIENT_ID, SSO_CLIENT_SECRET, "/sso/callback")];
  const userClaims = async (sub) => {
    const who = await fhirStore()
      .repo.readResource("Practitioner", sub)
      .catch(() => undefined);
    const email = who?.telecom?.find((t) => t.system === "email")?.value;
    const name = who?.name?.[0]
      ? [...(who.name[0].given ?? []), who.name[0].family].join(" ")
      : sub;
    return { name, ...(email ? { email, email_verified: true } : {}) };
  };
  const makeProvider = () =>
    createAuthorizationServer({
      baseUrl,
      fhirBase,
      clients: clients(),
      contexts,
      ttl,
      withheld,
      userClaims,
      tamper,
    });
  let provider = makeProvider();
  const smartConfiguration = () => ({
    issuer: baseUrl,
    jwks_uri: `${baseUrl}/jwks`,
    authorization_endpoint: `${baseUrl}/auth`,
    token_endpoint: `${baseUrl}/token`,
    userinfo_endpoint: `${baseUrl}/me`,
    grant_types_supported: ["authorization_code", "refresh_token"],
    response_types_supported: ["code"],
    code_challenge_methods_supported: ["S256"],
    token_endpoint_auth_methods_supported: ["client_secret_basic", "private_key_jwt"],
    token_endpoint_auth_signing_alg_values_supported: ["RS384", "ES384"],
    scopes_supported: SMART_SCOPES.filter((s) =>
      scopeSyntax === "v2" ? !/\.(read|write)$/.test(s) : !/\.(rs|cu)$/.test(s),
    ),
    capabilities: [
      "launch-ehr",
      "launch-standalone",
      "client-confidential-symmetric",
      "client-confidential-asymmetric",
      "context-ehr-patient",
      "context-ehr-encounter",
      "context-standalone-patient",
      "sso-openid-connect",
      "permission-offline",
      "permission-patient",
      "permission-user",
      scopeSyntax === "v2" ? "permission-v2" : "permission-v1",
    ],
  });
  const fhir = createFhirStore({
    baseUrl: fhirBase,
    smartConfiguration,
    findToken: (t) => provider.AccessToken.find(t),
    testToken,
  });
  fhirStore = () => fhir;
  await seed(fhir.repo);
  // patient id → [{ href, label }]: links the EHR's patient list shows beside the launch link.
  const patientLinks = new Map();
  const ehr = {
    baseUrl,
    fhirBase,
    repo: fhir.repo,
    withheld,
    ttl,
    launches,
    tamper,
    session,
    patientLinks,
  };
  const pages = createPages({
    provider: {
      get Grant() {
        return provider.Grant;
      },
      interactionDetails: (...a) => provider.interactionDetails(...a),
      interactionFinished: (...a) => provider.interactionFinished(...a),
    },
    fhirBase,
    appUrl: () => state.appUrls[0],
    launches,
    contexts,
    withheld,
    session,
    patientLinks,
  });

  server.on("request", async (req, res) => {
    try {
      const url = new URL(req.url, baseUrl);
      for (const route of extraRoutes) if (await route(req, res, url, ehr)) return;
      if (url.pathname === "/fhir" || url.pathname.startsWith("/fhir/")) {
        const body = req.method === "POST" ? await jsonBody(req) : undefined;
        return await fhir.handle(req, res, `${url.pathname.slice(5) || "/"}${url.search}`, body);
      }
      if (await pages(req, res, url)) return;
      provider.callback()(req, res);
    } catch (error) {
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
      res.end(`Test EHR error: ${error.message}`);
    }
  });

  return {
    ...ehr,
    clientId,
    clientSecret,
    /** The launch client now authenticates with private_key_jwt, its keys at this URL. */
    setClientJwksUri(uri) {
      state.jwksUri = uri;
      provider = makeProvider();
    },
    /** The app's origins changed (its port is known only after the EHR started): re-register. */
    setAppUrls(urls) {
      state.appUrls = [...urls];
      provider = makeProvider();
    },
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

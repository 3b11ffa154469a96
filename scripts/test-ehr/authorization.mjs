// The test EHR's authorization server: panva's oidc-provider (a certified OpenID Connect server)
// configured the SMART App Launch way: `launch` and `aud` authorization parameters, PKCE S256
// required, SMART scopes, `fhirUser` in the id_token, and the launch context (`patient`,
// `encounter`, and `appContext` when a CDS card's link was launched) in the token response and on the access token for the FHIR store to enforce.
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { decodeJwt, SignJWT } from "jose";
import Provider, { errors } from "oidc-provider";

export const RESOURCE_SCOPES = [
  "Patient",
  "Medication",
  "MedicationRequest",
  "MedicationStatement",
  "QuestionnaireResponse",
  "DocumentReference",
  "Encounter",
].flatMap((t) => [
  `patient/${t}.rs`,
  `patient/${t}.cu`,
  `patient/${t}.read`,
  `patient/${t}.write`,
  `user/${t}.rs`,
  `user/${t}.cu`,
  `user/${t}.read`,
  `user/${t}.write`,
]);
export const SMART_SCOPES = [
  "openid",
  "email",
  "fhirUser",
  "profile",
  "launch",
  "launch/patient",
  "launch/encounter",
  "offline_access",
  ...RESOURCE_SCOPES,
];

/**
 * `options`: baseUrl (the issuer), fhirBase (the only accepted `aud`), clients (oidc-provider
 * client metadata), contexts (grantId → { patient, encounter }), ttl ({ access } seconds, changeable
 * while running), interactionUrl(uid).
 */
export function createAuthorizationServer({
  baseUrl,
  fhirBase,
  clients,
  contexts,
  ttl,
  withheld,
  userClaims,
  tamper,
}) {
  // Read on every issue, so a test can shorten the lifetime of tokens while the server runs.
  const accessTokenTtl = () => ttl.access;
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const provider = new Provider(baseUrl, {
    clients,
    jwks: {
      keys: [
        { ...privateKey.export({ format: "jwk" }), kid: "test-ehr", use: "sig", alg: "RS256" },
      ],
    },
    cookies: { keys: [randomBytes(32).toString("base64url")] },
    scopes: SMART_SCOPES,
    claims: {
      openid: ["sub"],
      fhirUser: ["fhirUser"],
      profile: ["name"],
      email: ["email", "email_verified"],
    },
    // SMART puts fhirUser in the id_token even though an access token is issued too.
    conformIdTokenClaims: false,
    // Exact expiry, so a test can let an access token run out in a second.
    clockTolerance: 0,
    extraParams: {
      launch: null,
      aud(_ctx, value) {
        if (value !== undefined && value.replace(/\/$/, "") !== fhirBase)
          throw new errors.InvalidRequest("aud must be this EHR's FHIR base URL");
      },
    },
    pkce: { required: () => true },
    // SMART asymmetric client authentication: RS384 or ES384 client assertions.
    enabledJWA: { clientAuthSigningAlgValues: ["RS384", "ES384"] },
    // oidc-provider refuses to fetch from special-use addresses (SSRF protection); this local
    // EHR fetches the app's jwks_uri on loopback, so loopback URLs go without that guard.
    fetch: (url, options) => {
      const { hostname } = new URL(url);
      if (hostname !== "127.0.0.1" && hostname !== "localhost") return fetch(url, options);
      const { dispatcher: _guarded, ...rest } = options;
      return fetch(url, rest);
    },
    features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/ehr/interaction/${interaction.uid}` },
    findAccount: async (_ctx, sub) => ({
      accountId: sub,
      // The user's name and email come from their Practitioner in the FHIR store.
      claims: async () => ({
        sub,
        fhirUser: `${fhirBase}/Practitioner/${sub}`,
        ...(await userClaims(sub)),
      }),
    }),
    extraTokenClaims: async (_ctx, token) => contexts.get(token.grantId),
    issueRefreshToken: async (_ctx, client, code) =>
      client.grantTypeAllowed("refresh_token") && code.scopes.has("offline_access"),
    ttl: {
      AccessToken: accessTokenTtl,
      AuthorizationCode: 60,
      IdToken: 3600,
      RefreshToken: 86400,
      Interaction: 600,
      Session: 3600,
      Grant: 86400,
    },
    renderError: async (ctx, out) => {
      ctx.type = "html";
      ctx.body = `<!doctype html><title>Test EHR: error</title><h1>${out.error}</h1><p>${out.error_description ?? ""}</p>`;
    },
  });
  // A test can make the EHR grant less than the app asks (a user or policy declining a scope):
  // the scope is taken out of the request, as a consent screen with that box unticked would.
  // OpenID Connect ignores offline_access without prompt=consent, which SMART apps do not send;
  // this EHR treats the scope itself as the request for a refresh token, as SMART servers do.
  provider.use(async (ctx, next) => {
    if (ctx.path === "/auth" && typeof ctx.query.scope === "string") {
      const scope = ctx.query.scope.split(" ").filter((s) => !withheld.has(s));
      const prompt = scope.includes("offline_access") ? { prompt: "consent" } : {};
      ctx.query = { ...ctx.query, ...prompt, scope: scope.join(" ") };
    }
    await next();
  });
  // SMART: the launch context arrives beside the access token in the token response.
  provider.use(async (ctx, next) => {
    await next();
    if (ctx.path !== "/token" || ctx.status !== 200 || !ctx.body?.access_token) return;
    const token = await provider.AccessToken.find(ctx.body.access_token);
    const context = token?.extra ?? {};
    if (context.patient) ctx.body.patient = context.patient;
    if (context.encounter) ctx.body.encounter = context.encounter;
    // SMART App Launch 2 launch context: a CDS card link's appContext, unchanged.
    if (context.appContext) ctx.body.appContext = context.appContext;
    ctx.body.need_patient_banner = false;
    // A test makes the EHR answer with an id_token issued to another client (token substitution).
    if (tamper.idTokenAudience && ctx.body.id_token)
      ctx.body.id_token = await reSigned(ctx.body.id_token, tamper.idTokenAudience);
  });
  async function reSigned(idToken, aud) {
    const claims = decodeJwt(idToken);
    return new SignJWT({ ...claims, aud })
      .setProtectedHeader({ alg: "RS256", kid: "test-ehr" })
      .sign(privateKey);
  }
  return provider;
}

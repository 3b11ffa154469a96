// private_key_jwt against the real oidc-provider: the app publishes each connection's public key
// at /api/smart/jwks/<connection id> (served here over HTTP by the real route handler), the test
// EHR registers the launch client with that jwks_uri, and the launch completes with a signed
// client assertion instead of a secret. A key the EHR does not trust is refused.
import { generateKeyPairSync } from "node:crypto";
import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestEhr } from "@/scripts/test-ehr/index.mjs";
import { SmartBrowser } from "./helpers/smart-browser";
import { draftIdOf, launchUrl, registeredTestEhr } from "./helpers/test-ehr";

const { GET: jwksRoute } = await import("@/app/api/smart/jwks/[connectionId]/route");

const pem = (type: "ec" | "rsa") =>
  (type === "ec"
    ? generateKeyPairSync("ec", { namedCurve: "P-384" })
    : generateKeyPairSync("rsa", { modulusLength: 2048 })
  ).privateKey.export({ format: "pem", type: "pkcs8" }) as string;

let jwksServer: Server;
let jwksBase = "";
const ehrs: TestEhr[] = [];

/** The app's JWKS route behind real HTTP, as the EHR fetches it. */
beforeAll(async () => {
  jwksServer = createServer(async (req, res) => {
    const id = /^\/api\/smart\/jwks\/([^/]+)$/.exec(req.url ?? "")?.[1] ?? "";
    const answer = await jwksRoute(new Request(`${jwksBase}${req.url}`), {
      params: Promise.resolve({ connectionId: id }),
    });
    res.writeHead(answer.status, Object.fromEntries(answer.headers));
    res.end(await answer.text());
  });
  await new Promise<void>((resolve) => jwksServer.listen(0, "127.0.0.1", resolve));
  const address = jwksServer.address();
  jwksBase = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
});
afterAll(async () => {
  await Promise.all(ehrs.map((e) => e.stop()));
  await new Promise((resolve) => jwksServer.close(resolve));
});

/** A test EHR whose launch client is registered with private_key_jwt and this jwks_uri. */
async function ehrWithKey(privateKeyPem: string, jwksOf?: string) {
  const made = await registeredTestEhr("on-submit", "v2", privateKeyPem);
  ehrs.push(made.ehr);
  made.ehr.setClientJwksUri(`${jwksBase}/api/smart/jwks/${jwksOf ?? made.connectionId}`);
  return made;
}

describe("the app's JWKS", () => {
  it("publishes the connection's public key only, with its key id and SMART algorithm", async () => {
    const { connectionId } = await ehrWithKey(pem("ec"));
    const res = await fetch(`${jwksBase}/api/smart/jwks/${connectionId}`);
    expect(res.status).toBe(200);
    const { keys } = (await res.json()) as { keys: Record<string, string>[] };
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ kty: "EC", crv: "P-384", alg: "ES384", use: "sig" });
    expect(keys[0].kid).toMatch(/^[A-Za-z0-9_-]{43}$/); // the RFC 7638 thumbprint
    expect(keys[0]).not.toHaveProperty("d");
  });

  it("answers 404 for an unknown connection, a malformed id, or a connection with a secret only", async () => {
    const { connectionId } = await registeredTestEhr().then((m) => {
      ehrs.push(m.ehr);
      return m;
    });
    for (const id of [connectionId, "00000000-0000-4000-8000-000000000000", "not-a-uuid"])
      expect((await fetch(`${jwksBase}/api/smart/jwks/${id}`)).status).toBe(404);
  });
});

describe("a launch with private_key_jwt", () => {
  it.each([
    ["ES384", "ec"],
    ["RS384", "rsa"],
  ] as const)(
    "completes with an %s client assertion the EHR checks against the JWKS",
    async (_alg, type) => {
      const { ehr } = await ehrWithKey(pem(type));
      const { url } = await new SmartBrowser().follow(await launchUrl(ehr));
      expect(url.pathname).not.toBe("/launch/refused");
      expect(draftIdOf(url)).toMatch(/^[0-9a-f-]{36}$/);
    },
  );

  it("is refused when the app signs with a key the EHR does not trust", async () => {
    // The EHR trusts the key set of another connection (another clinic's key): not this one.
    const trusted = await ehrWithKey(pem("ec"));
    const { ehr } = await ehrWithKey(pem("ec"), trusted.connectionId);
    const { url } = await new SmartBrowser().follow(await launchUrl(ehr));
    expect(url.pathname).toBe("/launch/refused");
    expect(url.searchParams.get("reason")).toBe("token-refused");
  });
});

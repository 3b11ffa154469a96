/**
 * A CDS Hooks 2.0 client, as an EHR is one: it holds a signing key, publishes the public half
 * as a JWKS, signs a fresh JWT for every call (iss, aud = the endpoint, exp, iat, jti; ES384 or
 * RS384 with a kid) and sends hook and feedback requests. Used by the integration tests, the
 * bench and the test EHR's demo order page (cds-demo-routes.ts).
 */
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type CryptoKey, exportJWK, generateKeyPair, type JWK, SignJWT } from "jose";
import { type DraftOrder, draftBundle } from "@/lib/cds-hooks/testing";

export type Send = (request: Request) => Promise<Response>;

export interface TokenOptions {
  /** Seconds from now; negative for an expired token. */
  expiresIn?: number;
  jti?: string;
  issuer?: string;
  /** Sign with another key than the published one (a forgery). */
  key?: CryptoKey;
  /** A jku header (the service follows none but the registered JWKS). */
  jku?: string;
}

export interface CdsClient {
  issuer: string;
  kid: string;
  jwks: { keys: JWK[] };
  token(audience: string, options?: TokenOptions): Promise<string>;
  /** POST a hook request to {base}/cds-services/{id} with a fresh token (or the given one). */
  hook(base: string, serviceId: string, body: unknown, token?: string): Promise<Response>;
  feedback(base: string, serviceId: string, body: unknown): Promise<Response>;
  /** Serves the JWKS at `path` of a node:http server: (req, res) => handled. */
  jwksHandler(path: string): (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;
}

export async function createCdsClient(options: {
  issuer: string;
  alg?: "ES384" | "RS384";
  send?: Send;
}): Promise<CdsClient> {
  const alg = options.alg ?? "ES384";
  const { publicKey, privateKey } = await generateKeyPair(alg, { extractable: true });
  const kid = randomUUID();
  const jwk = { ...(await exportJWK(publicKey)), kid, alg, use: "sig" };
  const send = options.send ?? ((r: Request) => fetch(r));

  const token: CdsClient["token"] = (audience, o = {}) => {
    const now = Math.floor(Date.now() / 1000);
    const lifetime = o.expiresIn ?? 120;
    // An expired token was issued a minute before it expired, as a real one would have been.
    const issuedAt = lifetime < 0 ? now + lifetime - 60 : now;
    return new SignJWT({})
      .setProtectedHeader({ alg, typ: "JWT", kid, ...(o.jku ? { jku: o.jku } : {}) })
      .setIssuer(o.issuer ?? options.issuer)
      .setSubject("test-ehr-cds-client")
      .setAudience(audience)
      .setIssuedAt(issuedAt)
      .setExpirationTime(now + lifetime)
      .setJti(o.jti ?? randomUUID())
      .sign(o.key ?? privateKey);
  };

  const post = async (url: string, body: unknown, bearer: string) =>
    send(
      new Request(url, {
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${bearer}` },
        body: JSON.stringify(body),
      }),
    );

  return {
    issuer: options.issuer,
    kid,
    jwks: { keys: [jwk] },
    token,
    async hook(base, serviceId, body, given) {
      const url = `${base}/cds-services/${serviceId}`;
      return post(url, body, given ?? (await token(url)));
    },
    async feedback(base, serviceId, body) {
      const url = `${base}/cds-services/${serviceId}/feedback`;
      return post(url, body, await token(url));
    },
    jwksHandler(path) {
      return async (req, res) => {
        if (req.method !== "GET" || (req.url ?? "").split("?")[0] !== path) return false;
        res.writeHead(200, { "Content-Type": "application/json", "Cache-Control": "no-store" });
        res.end(JSON.stringify({ keys: [jwk] }));
        return true;
      };
    },
  };
}

/** A node:http server on a free loopback port running `handlers` in turn; 404 otherwise. */
export async function serve(
  handlers: ((req: IncomingMessage, res: ServerResponse) => Promise<boolean>)[],
): Promise<{ url: string; close: () => Promise<void>; server: Server }> {
  const server = createServer(async (req, res) => {
    for (const h of handlers) if (await h(req, res)) return;
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface OrderCall {
  hook?: "order-select" | "order-sign";
  patientId: string;
  orders: DraftOrder[];
  /** order-select: the orders just chosen (all by default). */
  selected?: string[];
  prefetch?: Record<string, unknown>;
  fhirServer?: string;
  fhirAuthorization?: Record<string, unknown>;
}

/** A hook request body as CDS Hooks 2.0 shapes it, with real MedicationRequest drafts. */
export function orderRequest(call: OrderCall): Record<string, unknown> {
  const hook = call.hook ?? "order-select";
  const selections = (call.selected ?? call.orders.map((o) => o.id)).map(
    (id) => `MedicationRequest/${id}`,
  );
  return {
    hook,
    hookInstance: randomUUID(),
    ...(call.fhirServer ? { fhirServer: call.fhirServer } : {}),
    ...(call.fhirAuthorization ? { fhirAuthorization: call.fhirAuthorization } : {}),
    context: {
      userId: "Practitioner/test-prescriber",
      patientId: call.patientId,
      ...(hook === "order-select" ? { selections } : {}),
      draftOrders: draftBundle(call.orders, call.patientId),
    },
    prefetch: {
      patient: { resourceType: "Patient", id: call.patientId },
      ...(call.prefetch ?? {}),
    },
  };
}

import "server-only";
import { discovery } from "@/lib/cds-hooks";
import { BARE_CSP, STATIC_SECURITY_HEADERS } from "@/lib/http/security-headers";
import { handleFeedback } from "./feedback";
import { handleHook } from "./hook";
import { json } from "./responses";

type Route = (request: Request) => Promise<Response>;
const SERVICE = /^\/cds-services\/([A-Za-z0-9._-]{1,64})(\/feedback)?\/?$/;

/**
 * Which CDS endpoint a method and path are, or null for anything else (Next answers that: 404,
 * 405). The one dispatch both entries use: the route files under app/cds-services, and the app
 * worker's fast path (lib/cds-server/fast-path.ts) that answers before Next's handler.
 */
export function cdsRoute(method: string, path: string): Route | null {
  if (path === "/cds-services" || path === "/cds-services/")
    return method === "GET" || method === "HEAD" ? async () => discoveryResponse() : null;
  const match = SERVICE.exec(path);
  if (!match || method !== "POST") return null;
  const id = match[1];
  return match[2] ? (request) => handleFeedback(id, request) : (request) => handleHook(id, request);
}

const discoveryResponse = () =>
  Response.json(discovery(), { headers: { "Cache-Control": "public, max-age=300" } });

/**
 * Answers a CDS request with the headers every answer of the app carries (proxy.ts adds the same
 * set, with a page CSP, to what reaches Next). A failure the handlers did not turn into an answer
 * is a 500 without detail, logged without patient data by the caller's logger.
 */
export async function handleCdsRequest(request: Request): Promise<Response> {
  const route = cdsRoute(request.method, new URL(request.url).pathname);
  const response = route
    ? await route(request)
    : json({ error: "Not found." }, request.method === "GET" ? 404 : 405);
  const headers = response.headers;
  // JSON carries no script and loads nothing.
  headers.set("Content-Security-Policy", BARE_CSP);
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) headers.set(name, value);
  // NODE_ENV is fixed at build time (as in proxy.ts).
  if (process.env.NODE_ENV === "production")
    headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  return response;
}

import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { logger } from "@/lib/logger";
import { cdsRoute, handleCdsRequest } from "./endpoint";

/**
 * The app worker's fast path for `/cds-services/*` (scripts/serve.mjs): the same handler as the
 * route files (endpoint.ts), called from the worker's request listener before Next's handler,
 * which spends about as much CPU on a hook call as the service itself (docs/scaling.md, "The CDS
 * hook"). The request guard (lib/http/request-guard.ts) has run by then: client address, a
 * declared body length within the path's limit, no chunked body.
 *
 * Returns false for anything that is not a CDS endpoint (Next answers it as before).
 */
export function serveCdsFast(req: IncomingMessage, res: ServerResponse): boolean {
  const url = req.url ?? "/";
  const query = url.indexOf("?");
  const path = query < 0 ? url : url.slice(0, query);
  if (!path.startsWith("/cds-services") || !cdsRoute(req.method ?? "GET", path)) return false;
  answer(req, res).catch((error: Error) => {
    logger.error({ err: { name: error?.name } }, "CDS fast path failed");
    if (!res.headersSent) {
      res.statusCode = 500;
      res.setHeader("Cache-Control", "no-store");
    }
    res.end();
  });
  return true;
}

async function answer(req: IncomingMessage, res: ServerResponse) {
  const headers = new Headers();
  const raw = req.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) headers.append(raw[i], raw[i + 1]);
  // The guard let through only a declared length within the limit, so the body is read whole
  // here (cheaper than a web stream over the socket); endpoint.ts still counts it.
  const body =
    req.method === "GET" || req.method === "HEAD" ? undefined : new Uint8Array(await readAll(req));
  // The host only fills the URL; links and `aud` use the configured public address.
  const request = new Request(`http://localhost${req.url}`, {
    method: req.method,
    headers,
    body,
  });
  const response = await handleCdsRequest(request);
  const payload = Buffer.from(await response.arrayBuffer());
  res.statusCode = response.status;
  response.headers.forEach((value, name) => {
    res.setHeader(name, value);
  });
  res.setHeader("Content-Length", payload.byteLength);
  res.end(payload);
}

function readAll(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

const KEY = Symbol.for("kratom.cds-fast-path");

/** Called from instrumentation.ts; scripts/serve.mjs looks the handler up under this key. */
export function installCdsFastPath(): void {
  (globalThis as Record<symbol, unknown>)[KEY] = serveCdsFast;
}

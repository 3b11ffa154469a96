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
  // The body as a stream the handler reads inside its time budget, as under Next: a slow upload
  // ends in the budget's empty answer, not a wait for the last byte. (The guard has let through
  // only a declared length within the path's limit; readJson still counts it.)
  const body = req.method === "GET" || req.method === "HEAD" ? undefined : streamOf(req);
  // The host only fills the URL; links and `aud` use the configured public address.
  const request = new Request(`http://localhost${req.url}`, {
    method: req.method,
    headers,
    body,
    duplex: "half",
  } as RequestInit);
  const response = await handleCdsRequest(request);
  const payload = Buffer.from(await response.arrayBuffer());
  res.statusCode = response.status;
  response.headers.forEach((value, name) => {
    res.setHeader(name, value);
  });
  res.setHeader("Content-Length", payload.byteLength);
  res.end(payload);
}

/** The request body as a web stream, without Readable.toWeb's per-chunk plumbing. */
function streamOf(req: IncomingMessage): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      req.on("data", (chunk: Buffer) => controller.enqueue(new Uint8Array(chunk)));
      req.on("end", () => controller.close());
      req.on("error", (error) => controller.error(error));
      req.on("close", () => {
        if (!req.complete) controller.error(new Error("request aborted"));
      });
    },
    cancel() {
      req.destroy();
    },
  });
}

const KEY = Symbol.for("kratom.cds-fast-path");

/** Called from instrumentation.ts; scripts/serve.mjs looks the handler up under this key. */
export function installCdsFastPath(): void {
  (globalThis as Record<symbol, unknown>)[KEY] = serveCdsFast;
}

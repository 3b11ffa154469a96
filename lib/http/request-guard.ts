import http, { type IncomingMessage, type ServerResponse } from "node:http";
import { routeBodyLimit } from "./body-limits";
import { resolveClientAddress } from "./client-address";
import { BARE_CSP, STATIC_SECURITY_HEADERS } from "./security-headers";

/**
 * The one place that sees the TCP connection before Next does (installed by instrumentation.ts
 * in every server process, whatever starts it: `next start`, the cluster server, Playwright).
 *
 * - The client address: Next keeps a client's own `X-Forwarded-For` (it only fills a missing
 *   one), so without this anyone could pick the address the per-address limits count. Here it
 *   is replaced by the socket's peer, or, for a peer listed in TRUSTED_PROXIES, by the
 *   right-most hop that proxy chain vouches for. `X-Forwarded-Host/-Proto/-Port` from an
 *   untrusted peer are dropped too (Next fills them from the Host header and the socket).
 * - Malformed percent-encoding in the path: Next answers it with a bare 500; here a 400 with
 *   the security headers.
 * - Request bodies: refused before anything reads them when chunked (no length) or declared
 *   over the limit (the action limit for server actions, the path's limit in body-limits.ts
 *   for route handlers and pages), so an anonymous stream cannot make the server buffer it.
 */
export function guardRequest(
  req: IncomingMessage,
  res: ServerResponse,
  trusted: readonly string[],
  actionBodyLimit: number,
): boolean {
  const peerTrusted = trusted.length > 0 && isTrustedPeer(req, trusted);
  req.headers["x-forwarded-for"] = resolveClientAddress(
    req.socket.remoteAddress,
    req.headers["x-forwarded-for"],
    trusted,
  );
  delete req.headers["x-real-ip"];
  if (!peerTrusted) {
    delete req.headers["x-forwarded-host"];
    delete req.headers["x-forwarded-proto"];
    delete req.headers["x-forwarded-port"];
  }

  const path = (req.url ?? "/").split("?")[0];
  if (!decodes(path)) return refuse(res, 400, "The address is not valid.");

  const length = req.headers["content-length"];
  if (req.method === "POST" && req.headers["next-action"] !== undefined) {
    if (length === undefined || !/^\d{1,15}$/.test(length.trim()))
      return refuse(res, 411, "A length is required.");
    if (Number(length) > actionBodyLimit) return refuse(res, 413, "The request is too large.");
    return false;
  }
  // Route handlers and pages: a body must declare its length (a request with neither header
  // has none) and stay within its path's limit.
  if (length === undefined) {
    if (req.headers["transfer-encoding"] !== undefined)
      return refuse(res, 411, "A length is required.");
  } else if (!/^\d{1,15}$/.test(length.trim())) return refuse(res, 411, "A length is required.");
  else if (Number(length) > routeBodyLimit(path))
    return refuse(res, 413, "The request is too large.");
  return false;
}

function isTrustedPeer(req: IncomingMessage, trusted: readonly string[]): boolean {
  // resolveClientAddress returns the peer itself when it is not trusted.
  const peer = resolveClientAddress(req.socket.remoteAddress, undefined, []);
  return trusted.includes(peer);
}

function decodes(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

function refuse(res: ServerResponse, status: number, message: string): true {
  res.statusCode = status;
  res.setHeader("Content-Type", "text/plain; charset=utf-8");
  res.setHeader("Content-Security-Policy", BARE_CSP);
  res.setHeader("Cache-Control", "no-store");
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) res.setHeader(name, value);
  // The body, if any, is not read: close the connection rather than drain it.
  res.setHeader("Connection", "close");
  res.end(message);
  return true;
}

const INSTALLED = Symbol.for("kratom.request-guard");

/** Wraps http.Server's "request" event once per process, before Next's listener sees it. */
export function installRequestGuard(trusted: readonly string[], actionBodyLimit: number): void {
  const proto = http.Server.prototype as unknown as Record<symbol, unknown> & {
    emit: (event: string | symbol, ...args: unknown[]) => boolean;
  };
  if (proto[INSTALLED]) return;
  proto[INSTALLED] = true;
  const emit = proto.emit;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const [req, res] = args as [IncomingMessage, ServerResponse];
      if (guardRequest(req, res, trusted, actionBodyLimit)) return true;
    }
    return emit.call(this, event, ...args);
  };
}

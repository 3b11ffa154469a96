import { type NextRequest, NextResponse } from "next/server";
import { hasReplyReference } from "@/lib/actions/plain-data";
import { ACTION_BODY_LIMIT, buildCsp, STATIC_SECURITY_HEADERS } from "@/lib/http/security-headers";

export { ACTION_BODY_LIMIT, buildCsp, STATIC_SECURITY_HEADERS };

/**
 * Next refuses an over-limit server action body by throwing, which a fetch action answers with
 * a 500. Refusing here first turns it into the 413 it is, before any action code runs. A body
 * without a Content-Length (chunked) is refused unread with 411: browsers always send the
 * length of an action's body, and reading a chunked one to measure it would buffer whatever an
 * anonymous client streams (the request guard refuses both before Next reads the body too).
 */
export function actionBodyRefusal(request: Pick<Request, "method" | "headers">): 411 | 413 | null {
  if (request.method !== "POST" || !request.headers.has("next-action")) return null;
  const length = request.headers.get("content-length");
  if (length === null || !/^\d{1,15}$/.test(length.trim())) return 411;
  return Number(length) > ACTION_BODY_LIMIT ? 413 : null;
}

function withSecurityHeaders(response: NextResponse, csp: string, production: boolean) {
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS))
    response.headers.set(name, value);
  // Browsers ignore HSTS over plain http, so sending it in production costs nothing locally.
  if (production)
    response.headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  return response;
}

/**
 * Security headers for every response, and a fresh CSP nonce per request (Next.js 16 "proxy",
 * formerly middleware). Next reads the nonce from the request's Content-Security-Policy header
 * while rendering and puts it on its own scripts, so every page must render per request: the
 * root layout calls connection() for that (docs/security.md, "Headers").
 */
export async function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  // NODE_ENV is fixed at build time, so this is not configuration read at run time.
  const production = process.env.NODE_ENV === "production";
  const https =
    request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const csp = buildCsp(nonce, { dev: !production, https });

  const refusal = actionBodyRefusal(request);
  if (refusal)
    return withSecurityHeaders(
      new NextResponse(refusal === 413 ? "The request is too large." : "A length is required.", {
        status: refusal,
        headers: { "Content-Type": "text/plain; charset=utf-8" },
      }),
      csp,
      production,
    );

  // A text/plain action body (React's JSON reply, at most 64 kB by now) holding reference
  // strings such as "$h1" would make React's decoder throw before any action code: refuse it.
  if (
    request.method === "POST" &&
    request.headers.has("next-action") &&
    (request.headers.get("content-type") ?? "").startsWith("text/plain") &&
    hasReplyReference(await request.clone().text()) !== false
  )
    return withSecurityHeaders(
      new NextResponse("This request could not be read.", {
        status: 400,
        headers: { "Content-Type": "text/plain; charset=utf-8" },
      }),
      csp,
      production,
    );

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  return withSecurityHeaders(
    NextResponse.next({ request: { headers: requestHeaders } }),
    csp,
    production,
  );
}

export const config = {
  // Everything except build assets (immutable files Next serves with its own headers).
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"],
};

import { type NextRequest, NextResponse } from "next/server";
import { isReadableReply } from "@/lib/actions/plain-data";
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

/**
 * Next decodes every fetch action body that is neither multipart nor url-encoded as React's
 * JSON reply, whatever its Content-Type says (text/plain from the browser; application/json
 * from anyone else), and a multipart one holds the same reply in its field "0". A reply that
 * is not an argument list (`null`, `0`, `"x"`) or holds reference strings such as "$h1" makes
 * Next or React's decoder throw before any action code, which Next answers with a bare 500:
 * refused here as the bad request it is, for every action, anonymous ones included. The body
 * is at most ACTION_BODY_LIMIT by now (actionBodyRefusal ran first).
 */
export async function actionReplyReadable(request: Request): Promise<boolean> {
  if (request.method !== "POST" || !request.headers.has("next-action")) return true;
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  if (type.startsWith("application/x-www-form-urlencoded")) return true;
  if (type.startsWith("multipart/form-data")) {
    let root: FormDataEntryValue | null;
    try {
      root = (await request.clone().formData()).get("0");
    } catch {
      return false;
    }
    // No field "0": a form posted without JavaScript, which Next decodes by its own fields.
    return typeof root !== "string" || isReadableReply(root);
  }
  return isReadableReply(await request.clone().text());
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

  if (!(await actionReplyReadable(request)))
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

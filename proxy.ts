import { type NextRequest, NextResponse } from "next/server";

/**
 * Security headers for every response, and a fresh CSP nonce per request (Next.js 16 "proxy",
 * formerly middleware). Next reads the nonce from the request's Content-Security-Policy header
 * while rendering and puts it on its own scripts, so every page must render per request: the
 * root layout calls connection() for that (docs/security.md, "Headers").
 */
export function buildCsp(nonce: string, { dev, https }: { dev: boolean; https: boolean }): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic': scripts loaded by a nonced script may load others (Next's chunks);
    // 'self' is only a fallback for browsers without strict-dynamic. Dev needs eval for React's
    // error overlay; production does not.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Inline *style attributes* (React style props, Next's route announcer, chart libraries)
    // cannot carry a nonce, and a nonce in style-src would switch 'unsafe-inline' off. CSS
    // cannot run script; the residual risk (CSS-based exfiltration) is covered by connect-src,
    // img-src and font-src being 'self' only.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

export const STATIC_SECURITY_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  // Older browsers that ignore frame-ancestors.
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Permissions-Policy":
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), " +
    "hid=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), display-capture=(), " +
    "browsing-topics=()",
};

/** Keep in step with `serverActions.bodySizeLimit` in next.config.js. */
export const ACTION_BODY_LIMIT = 64 * 1024;

/**
 * Next refuses an over-limit server action body by throwing, which a fetch action answers with
 * a 500. Refusing here first turns it into the 413 it is, before any action code runs.
 */
async function oversizedAction(request: NextRequest): Promise<boolean> {
  if (request.method !== "POST" || !request.headers.has("next-action")) return false;
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(declared)) return declared > ACTION_BODY_LIMIT;
  return (await request.clone().arrayBuffer()).byteLength > ACTION_BODY_LIMIT;
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

export async function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  // NODE_ENV is fixed at build time, so this is not configuration read at run time.
  const production = process.env.NODE_ENV === "production";
  const https =
    request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const csp = buildCsp(nonce, { dev: !production, https });

  if (await oversizedAction(request))
    return withSecurityHeaders(
      new NextResponse("The request is too large.", {
        status: 413,
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

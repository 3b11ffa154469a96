/**
 * Security headers shared by proxy.ts (every response Next answers) and the request guard
 * (the few answers given before Next sees the request).
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

/** For plain-text answers that carry no script: nothing may load at all. */
export const BARE_CSP =
  "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

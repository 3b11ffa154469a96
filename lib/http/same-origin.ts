/**
 * Whether an Origin header names the app's own public URL (BETTER_AUTH_URL): scheme, host and
 * port must all match. The Host and X-Forwarded-Host headers are not consulted (a client picks
 * them), and an https origin does not pass for an http app or the reverse. One relaxation: when
 * the public URL is a loopback address, the other loopback spellings of the same scheme and
 * port pass too (a local `npm start` opened as 127.0.0.1 instead of localhost).
 */
const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

export function isSameOrigin(origin: string | null | undefined, publicUrl: string): boolean {
  if (!origin || origin === "null") return false;
  let o: URL;
  let p: URL;
  try {
    o = new URL(origin);
    p = new URL(publicUrl);
  } catch {
    return false;
  }
  if (o.origin === p.origin) return true;
  return (
    o.protocol === p.protocol &&
    o.port === p.port &&
    LOOPBACK.has(o.hostname) &&
    LOOPBACK.has(p.hostname)
  );
}

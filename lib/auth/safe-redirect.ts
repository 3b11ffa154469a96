/**
 * Where to go after sign-in. Only a same-site *path* is ever returned, and it is the normalised
 * path the URL parser produced, never the raw string: "/.//evil.example" resolves to the path
 * "//evil.example", which a browser reads as another host, so a path that starts with two
 * slashes (or a backslash, which browsers treat as a slash) is refused after normalising too.
 * Control characters are refused before parsing because parsers drop tabs and newlines
 * ("/\t/evil.example" becomes "//evil.example").
 */
const BASE = "http://app.invalid";

export function safeNextPath(next: string | undefined | null, fallback: string): string {
  if (typeof next !== "string" || next.length > 1000) return fallback;
  // Printable ASCII only, starting with one slash, no backslash anywhere.
  if (!/^\/[\x21-\x5b\x5d-\x7e]*$/.test(next)) return fallback;
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (!path.startsWith("/") || path.startsWith("//") || path.includes("\\")) return fallback;
  // Decoding once must not turn it into a protocol-relative or backslash path either
  // (a later hop may decode "%2F%2Fevil.example").
  let decoded = path;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return fallback;
  }
  if (/^[/\\]{2}|\\/.test(decoded)) return fallback;
  return path;
}

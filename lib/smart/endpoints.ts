/**
 * Which EHR addresses the app talks to: https, or plain http on the loopback interface only (the
 * local test EHR). Pure, so the admin form and the server apply the same rule.
 */
export function isLoopback(url: URL): boolean {
  return url.hostname === "127.0.0.1" || url.hostname === "localhost" || url.hostname === "[::1]";
}

/** An https URL, or http on loopback; no credentials or fragment in it. Null otherwise. */
export function acceptableEndpoint(raw: string): URL | null {
  try {
    const url = new URL(raw);
    if (url.username || url.password || url.hash) return null;
    return url.protocol === "https:" || (url.protocol === "http:" && isLoopback(url)) ? url : null;
  } catch {
    return null;
  }
}

import { isIP } from "node:net";

/**
 * Which address a request comes from, for per-address limits. Forwarding headers are the
 * client's own words unless the connection comes from a proxy we were told about
 * (TRUSTED_PROXIES): otherwise anyone could send `X-Forwarded-For: <victim>` to lock a victim's
 * address out, or a new value per request to escape the limit.
 */
export function normaliseAddress(address: string | undefined | null): string {
  const a = (address ?? "").trim();
  // IPv4 clients on a dual-stack socket appear as ::ffff:a.b.c.d.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(a);
  return (mapped ? mapped[1] : a).toLowerCase();
}

/** "10.0.0.2, 10.0.0.3" → validated, normalised addresses; throws on anything else. */
export function parseTrustedProxies(value: string | undefined): string[] {
  const items = (value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  for (const item of items)
    if (isIP(item) === 0) throw new Error(`"${item}" is not an IP address.`);
  return items.map(normaliseAddress);
}

/**
 * The socket's peer, unless that peer is a trusted proxy: then the right-most address in
 * X-Forwarded-For that is not itself a trusted proxy (each proxy appends the peer it saw, so
 * everything left of that is the client's own claim).
 */
export function resolveClientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trusted: readonly string[],
): string {
  const peer = normaliseAddress(socketAddress) || "unknown";
  if (!trusted.includes(peer)) return peer;
  const raw = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const hops = raw
    .split(",")
    .map(normaliseAddress)
    .filter((h) => isIP(h) !== 0);
  for (let i = hops.length - 1; i >= 0; i--) if (!trusted.includes(hops[i])) return hops[i];
  return hops[0] ?? peer;
}

/**
 * Server action arguments arrive through React's reply decoder, which turns strings such as
 * "$T…" (a temporary client reference: a Proxy that throws on any property read), "$h…"
 * (a server reference), "$n…" (BigInt), "$D…", "$Q…", "$W…", "$K…" and "$B…" into functions,
 * BigInts, Dates, Maps, Sets, FormData and Blobs. No action of ours takes any of those: only
 * what JSON can say. Checking that first, by `typeof` and prototype (never reading a property
 * of something that is not plain data), turns such payloads into a bad-input answer instead
 * of an exception inside the schema.
 */
const MAX_DEPTH = 64;

export function isPlainData(value: unknown, depth = 0): boolean {
  if (depth > MAX_DEPTH) return false;
  switch (typeof value) {
    case "string":
    case "boolean":
    case "undefined":
      return true;
    case "number":
      return Number.isFinite(value) || Number.isNaN(value);
    case "object": {
      if (value === null) return true;
      if (Array.isArray(value)) return value.every((v) => isPlainData(v, depth + 1));
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) return false;
      return Object.values(value).every((v) => isPlainData(v, depth + 1));
    }
    default:
      // function (temporary or server references), bigint, symbol.
      return false;
  }
}

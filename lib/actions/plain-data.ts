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

/** What React's reply encoder writes for plain values (and "$$…" for a string starting "$"). */
const PLAIN_MARKERS = new Set(["$undefined", "$NaN", "$Infinity", "$-Infinity", "$-0"]);

/**
 * True when a text/plain server action body (React's JSON reply) holds a reference string that
 * is not plain data: "$T", "$h1", "$Q1", "$@1", "$n1", "$D…", "$K…" and the like. Some of those
 * make React's decoder throw before any action code runs (a missing part), which Next answers
 * with a bare 500; proxy.ts refuses them first as a bad request. "$0:path" (a repeat of an
 * object within the same payload) stays allowed: it can come from a real form.
 */
export function hasReplyReference(body: string): boolean | "unreadable" {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return "unreadable";
  }
  const visit = (value: unknown, depth: number): boolean => {
    if (depth > 64) return true;
    if (typeof value === "string")
      return (
        value.startsWith("$") &&
        !value.startsWith("$$") &&
        !PLAIN_MARKERS.has(value) &&
        !/^\$0(:|$)/.test(value)
      );
    if (Array.isArray(value)) return value.some((v) => visit(v, depth + 1));
    if (value && typeof value === "object")
      return Object.entries(value).some(([k, v]) => k.startsWith("$") || visit(v, depth + 1));
    return false;
  };
  return visit(parsed, 0);
}

/**
 * True when a server action's JSON reply is one proxy.ts lets through to Next: JSON, an array
 * (React's encodeReply always sends the argument list as one), and no reference strings. A
 * valid JSON body that is not an array (`null`, `0`, `"x"`, `{}`) makes Next 16.4 throw while
 * binding the arguments, before the action wrapper runs: a 500 for what is a bad request.
 */
export function isReadableReply(body: string): boolean {
  if (!body.trimStart().startsWith("[")) return false;
  return hasReplyReference(body) === false;
}

import "server-only";
import { consume } from "@/lib/actions/rate-limit";
import { env } from "@/lib/env";

/**
 * Helpers of the browser-redirect sign-in flows (SMART launch, organisation sign-in): absolute
 * app URLs, the refused page by code, and the HttpOnly SameSite=Lax cookie that binds a flow to
 * the browser that started it (Lax: sent back on the provider's top-level redirect).
 */
export const appUrl = (path: string) => new URL(path, env().BETTER_AUTH_URL).href;

export function refusedRedirect(
  page: string,
  code: string,
  headers: Record<string, string> = {},
): Response {
  return new Response(null, {
    status: 303,
    headers: { location: appUrl(`${page}?reason=${code}`), ...headers },
  });
}

export function flowCookie(name: string, path: string, value: string, maxAge: number): string {
  const secure = env().BETTER_AUTH_URL.startsWith("https://") ? "; Secure" : "";
  return `${name}=${value}; Path=${path}; Max-Age=${maxAge}; HttpOnly; SameSite=Lax${secure}`;
}

/** A code from a fixed table of messages, or false: pages show only texts of their own. */
export const isCodeOf =
  <T extends Record<string, string>>(table: T) =>
  (code: unknown): code is keyof T & string =>
    typeof code === "string" && Object.hasOwn(table, code);

/**
 * A flow's start is open to anyone and writes a row or calls another server: limited per client
 * address (X-Forwarded-For as the request guard resolved it from the socket and TRUSTED_PROXIES).
 */
export function withinStartLimit(flow: string, request: Request): Promise<boolean> {
  const address = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "unknown";
  return consume(`${flow}:${address}`, { points: 30, duration: 60 });
}

import { vi } from "vitest";

// Server actions and route handlers read the request (headers, cookies) and the session, which
// do not exist outside Next. Every integration file gets both from `requestState`, which a
// test sets with `asRequestFrom(origin, user)` (helpers/action-context.ts).
vi.mock("next/headers", async () => {
  const { requestState: state } = await import("./helpers/action-context");
  return {
    headers: async () => state.headers,
    cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => {} }),
  };
});
vi.mock("@/lib/auth/session", async () => {
  const { requestState: state } = await import("./helpers/action-context");
  return { getSessionUser: async () => state.user };
});

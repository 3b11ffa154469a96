import type { SessionUser } from "@/lib/auth/session";

/**
 * What the mocked `next/headers` and session return for the action under test: server
 * actions read both from the request, which does not exist outside Next.
 */
export const requestState: { headers: Headers; user: SessionUser | null } = {
  headers: new Headers(),
  user: null,
};

export function asRequestFrom(origin: string | null, user: SessionUser | null) {
  const h = new Headers({ host: "127.0.0.1:3100" });
  if (origin) h.set("origin", origin);
  requestState.headers = h;
  requestState.user = user;
}

/** Runs an action that redirects on success; returns the redirect target or the result. */
export async function runAction<T>(
  call: () => Promise<T>,
): Promise<{ redirect: string } | { result: T }> {
  try {
    return { result: await call() };
  } catch (error) {
    const digest = String((error as { digest?: string }).digest ?? "");
    if (digest.startsWith("NEXT_REDIRECT")) return { redirect: digest.split(";")[2] ?? "" };
    throw error;
  }
}

import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { SessionUnavailableError } from "@/lib/db-unavailable";
import { auth } from "./auth";
import { readLiveSession } from "./session-read";

export type Role = "clinician" | "admin";

/** The minimum the app needs to know about the signed-in person. */
export interface SessionUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  clinicId: string;
}

/** Reads the session from PostgreSQL once per request; null when signed out or inactive. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  // Reading the request first also marks the page dynamic before any configuration is needed.
  const requestHeaders = await headers();
  let user: Record<string, unknown> | null | undefined;
  try {
    // One statement in the common case; better-auth itself for expiry, refresh and oddities.
    user = await readLiveSession(requestHeaders);
    if (user === undefined)
      user = (await auth().api.getSession({ headers: requestHeaders }))?.user as
        | Record<string, unknown>
        | undefined;
  } catch (error) {
    // Reading the session is a database read: when it fails, say the database could not be
    // reached (lib/db-unavailable.ts), not the generic "something went wrong".
    throw new SessionUnavailableError(error);
  }
  if (!user || user.active === false || typeof user.clinicId !== "string") return null;
  const role = user.role === "admin" ? "admin" : user.role === "clinician" ? "clinician" : null;
  if (!role) return null;
  return {
    id: String(user.id),
    name: String(user.name),
    email: String(user.email),
    role,
    clinicId: user.clinicId,
  };
});

/**
 * For pages: signed-out visitors go to sign-in and come back afterwards; a signed-in user
 * with the wrong role gets the 403 page (`forbidden()` is not stable yet, so a redirect).
 */
export async function requirePageUser(role: Role, returnTo: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  if (user.role !== role) redirect("/forbidden");
  return user;
}

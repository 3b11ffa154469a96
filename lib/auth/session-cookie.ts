import "server-only";
import { createHmac } from "node:crypto";
import { auth } from "@/lib/auth/auth";

/**
 * Signs a user in outside the password form (an EHR launch, the clinic's identity provider): a better-auth session row (its hooks refuse an
 * inactive user) and its signed cookie, in better-auth's own format (`token.HMAC`, the format
 * lib/auth/session-read.ts verifies), so the rest of the app sees an ordinary session.
 */
export async function sessionCookieFor(userId: string): Promise<string> {
  const context = await auth().$context;
  const session = await context.internalAdapter.createSession(userId);
  if (!session) throw new Error("No session could be created.");
  const { name, attributes } = context.authCookies.sessionToken;
  const signature = createHmac("sha256", context.secret).update(session.token).digest("base64");
  const parts = [
    `${name}=${encodeURIComponent(`${session.token}.${signature}`)}`,
    `Path=${attributes.path ?? "/"}`,
    `Max-Age=${context.sessionConfig.expiresIn}`,
    "HttpOnly",
    `SameSite=${attributes.sameSite === "strict" ? "Strict" : "Lax"}`,
  ];
  if (attributes.secure) parts.push("Secure");
  return parts.join("; ");
}

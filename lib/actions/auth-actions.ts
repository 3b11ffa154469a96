"use server";
import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { audit } from "@/lib/audit";
import { auth } from "@/lib/auth/auth";
import { signInSchema } from "@/lib/auth/sign-in-schema";
import { clearFailures, isEmailLocked, recordFailure } from "@/lib/auth/sign-in-throttle";
import { db } from "@/lib/db";
import { failure } from "./result";
import { createAction } from "./safe-action";

const INVALID = "Email or password is not correct.";

/**
 * Only same-site paths: an open redirect after sign-in would be a phishing aid. Printable ASCII
 * only, because URL parsers drop tabs and newlines ("/\t/evil.example" becomes "//evil.example"),
 * and the resolved URL must stay on this origin.
 */
function safeNext(next: string | undefined, role: string): string {
  const fallback = role === "admin" ? "/admin" : "/assessments";
  if (!next || !/^\/(?![/\\])[\x21-\x7e]*$/.test(next)) return fallback;
  const base = "http://app.invalid";
  return new URL(next, base).origin === base ? next : fallback;
}

export const signInAction = createAction(
  {
    name: "sign-in",
    role: "public",
    schema: signInSchema,
    rateLimit: { points: 60, duration: 60 }, // per address: a clinic behind one NAT signs in together
  },
  async ({ email, password, next }) => {
    // Too many recent failures for this email: refuse without checking the password, in the
    // same words, whether or not the account exists (lib/auth/sign-in-throttle.ts).
    if (await isEmailLocked(email)) {
      await audit({ action: "auth.sign-in-throttled", outcome: "denied" });
      return failure(INVALID);
    }
    try {
      await auth().api.signInEmail({ body: { email, password }, headers: await headers() });
    } catch (error) {
      if (!(error instanceof APIError)) throw error;
      await recordFailure(email);
      // No actor id: recording which account was tried would tell the log reader it exists.
      await audit({ action: "auth.sign-in-failed", outcome: "failed" });
      return failure(INVALID);
    }
    await clearFailures(email);
    const user = await db.user.findUnique({
      where: { email },
      select: { id: true, role: true, clinicId: true },
    });
    await audit({
      action: "auth.sign-in",
      actorId: user?.id,
      actorRole: user?.role,
      clinicId: user?.clinicId,
    });
    redirect(safeNext(next, user?.role ?? "clinician"));
  },
);

export const signOutAction = createAction(
  { name: "sign-out", role: "any", schema: z.object({}).strict() },
  async (_input, user) => {
    await auth().api.signOut({ headers: await headers() });
    await audit({
      action: "auth.sign-out",
      actorId: user.id,
      actorRole: user.role,
      clinicId: user.clinicId,
    });
    redirect("/sign-in");
  },
);

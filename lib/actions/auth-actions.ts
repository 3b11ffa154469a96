"use server";
import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { audit } from "@/lib/audit";
import { auth } from "@/lib/auth/auth";
import { safeNextPath } from "@/lib/auth/safe-redirect";
import { presentedSessionTokens } from "@/lib/auth/session-read";
import { signInSchema } from "@/lib/auth/sign-in-schema";
import { forgetAttempts, takeAttempt } from "@/lib/auth/sign-in-throttle";
import { forgetEhrSessions } from "@/lib/dal/ehr-launches";
import { db } from "@/lib/db";
import { failure } from "./result";
import { createAction } from "./safe-action";

const INVALID = "Email or password is not correct.";

export const signInAction = createAction(
  {
    name: "sign-in",
    role: "public",
    schema: signInSchema,
    rateLimit: { points: 60, duration: 60 }, // per address: a clinic behind one NAT signs in together
  },
  async ({ email, password, next }) => {
    // The attempt is taken from this email's budget before the password is checked, in one
    // statement, so parallel guesses cannot pass together (lib/auth/sign-in-throttle.ts). Over
    // budget: the same words, whether or not the account exists.
    const attempt = await takeAttempt(email);
    if (!attempt.allowed) {
      await audit({ action: "auth.sign-in-throttled", outcome: "denied" });
      return failure(INVALID);
    }
    const requestHeaders = await headers();
    const previous = await presentedSessionTokens(requestHeaders);
    let token: string | undefined;
    try {
      ({ token } = await auth().api.signInEmail({
        body: { email, password },
        headers: requestHeaders,
      }));
    } catch (error) {
      if (!(error instanceof APIError)) throw error;
      // No actor id: recording which account was tried would tell the log reader it exists.
      await audit({ action: "auth.sign-in-failed", outcome: "failed" });
      return failure(INVALID);
    }
    await forgetAttempts(email, attempt);
    // The browser's previous session (this account's or another's) ends here, server side.
    const ended = previous.filter((old) => old !== token);
    if (ended.length > 0) await db.session.deleteMany({ where: { token: { in: ended } } });
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
    redirect(safeNextPath(next, user?.role === "admin" ? "/admin" : "/assessments"));
  },
);

export const signOutAction = createAction(
  { name: "sign-out", role: "any", schema: z.object({}).strict() },
  async (_input, user) => {
    await auth().api.signOut({ headers: await headers() });
    // Tokens of EHR launches end with the app session (docs/ehr-integration.md).
    await forgetEhrSessions(user.id);
    await audit({
      action: "auth.sign-out",
      actorId: user.id,
      actorRole: user.role,
      clinicId: user.clinicId,
    });
    redirect("/sign-in");
  },
);

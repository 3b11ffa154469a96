import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { PASSWORD_MAX, PASSWORD_MIN } from "./password-policy";

/**
 * better-auth's HTTP endpoints the app does not use, closed at /api/auth/*. Sign-in goes through
 * signInAction (audit, per-email throttle), which calls `auth().api.signInEmail` in-process, so
 * leaving POST /api/auth/sign-in/email open would be a way around both. Account changes go
 * through the clinic admin's actions (password policy, audit). Open: get-session, sign-out, ok,
 * error. tests/integration/security-auth.int.test.ts fails when an upgrade adds an endpoint
 * that is in neither list.
 */
export const DISABLED_AUTH_PATHS = [
  "/sign-in/email",
  "/sign-in/social",
  "/sign-up/email",
  "/callback/:id",
  "/change-email",
  "/change-password",
  "/update-user",
  "/delete-user",
  "/delete-user/callback",
  "/request-password-reset",
  "/reset-password",
  "/reset-password/:token",
  "/verify-email",
  "/send-verification-email",
  "/verify-password",
  "/link-social",
  "/unlink-account",
  "/list-accounts",
  "/account-info",
  "/get-access-token",
  "/refresh-token",
  "/list-sessions",
  "/revoke-session",
  "/revoke-sessions",
  "/revoke-other-sessions",
  "/update-session",
];
export const OPEN_AUTH_PATHS = ["/get-session", "/sign-out", "/ok", "/error"];

function createAuth() {
  const config = env();
  return betterAuth({
    secret: config.BETTER_AUTH_SECRET,
    baseURL: config.BETTER_AUTH_URL,
    trustedOrigins: [config.BETTER_AUTH_URL],
    database: prismaAdapter(db, { provider: "postgresql" }),
    telemetry: { enabled: false },
    disabledPaths: DISABLED_AUTH_PATHS,
    // Into our structured logs, message only: better-auth's extra arguments can carry emails.
    // Its per-attempt warnings ("Invalid password") go to info: failed sign-ins are audited.
    logger: {
      level: "warn",
      log: (level, message) =>
        logger[level === "warn" ? "info" : level]({ component: "better-auth" }, message),
    },
    emailAndPassword: {
      enabled: true,
      // Accounts are created by a clinic admin or the CLI, never by self sign-up.
      disableSignUp: true,
      minPasswordLength: PASSWORD_MIN,
      maxPasswordLength: PASSWORD_MAX,
    },
    session: {
      // Sessions live in PostgreSQL and are read on every request, so deactivating a user
      // (which deletes their sessions) ends their access at once. No cookie cache for that reason.
      expiresIn: 60 * 60 * 12,
      updateAge: 60 * 60,
    },
    user: {
      additionalFields: {
        role: { type: "string", input: false, required: false },
        clinicId: { type: "string", input: false, required: false },
        active: { type: "boolean", input: false, required: false },
      },
    },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      customRules: { "/sign-in/email": { window: 60, max: 10 } },
    },
    advanced: {
      // The session and its user in one statement (the Prisma adapter's native join; Prisma's
      // relationJoins makes that one SQL query): the read every page and action makes first.
      database: { joins: true },
      useSecureCookies:
        config.NODE_ENV === "production" && config.BETTER_AUTH_URL.startsWith("https://"),
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
    },
    databaseHooks: {
      session: {
        create: {
          async before(session) {
            const user = await db.user.findUnique({
              where: { id: session.userId },
              select: { active: true },
            });
            // Same words as a wrong password: a sign-in attempt learns nothing about the account.
            if (!user?.active)
              throw new APIError("UNAUTHORIZED", { message: "Invalid email or password" });
          },
        },
      },
    },
    plugins: [nextCookies()],
  });
}

type Auth = ReturnType<typeof createAuth>;
const globalForAuth = globalThis as unknown as { auth?: Auth };

/** Created on first use so `next build` does not need secrets. */
export function auth(): Auth {
  globalForAuth.auth ??= createAuth();
  return globalForAuth.auth;
}

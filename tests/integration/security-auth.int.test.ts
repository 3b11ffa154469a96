// Sign-in hardening: the per-email failure lockout, the closed better-auth HTTP endpoints,
// session cookie attributes, and the append-only audit log enforced by the database.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { makeUser } from "./helpers/users";
import { asVisitor, ORIGIN, outcomeOf, rawDb } from "./security-fixtures";

const { signInAction } = await import("@/lib/actions/auth-actions");
const throttle = await import("@/lib/auth/sign-in-throttle");
const { auth, DISABLED_AUTH_PATHS, OPEN_AUTH_PATHS } = await import("@/lib/auth/auth");
const authRoute = await import("@/app/api/auth/[...all]/route");

const INVALID = "Email or password is not correct.";
const PASSWORD = "integration-test-pass"; // makeUser's password

/** Each attempt from a different address: the lockout is per email, not per address. */
async function attempt(email: string, password: string) {
  asVisitor();
  return outcomeOf(() => signInAction({ email, password }));
}

/** Moves the lock's end into the past, as if LOCK_SECONDS had gone by. */
async function expireLock(email: string) {
  await rawDb.actionRateLimit.updateMany({
    where: { key: { endsWith: throttle.emailKey(email) } },
    data: { expire: new Date(Date.now() - 1000) },
  });
}

describe("per-email sign-in lockout", () => {
  it(`after ${throttle.MAX_FAILURES} failures even the right password is refused, in the same words`, async () => {
    const user = await makeUser("clinician");
    for (let i = 0; i < throttle.MAX_FAILURES; i++)
      expect(await attempt(user.email, `wrong-${i}`)).toEqual({
        kind: "refused",
        message: INVALID,
      });
    expect(await attempt(user.email, PASSWORD)).toEqual({ kind: "refused", message: INVALID });
    expect(await attempt(user.email.toUpperCase(), PASSWORD)).toEqual({
      kind: "refused",
      message: INVALID,
    });
    expect(await rawDb.session.count({ where: { userId: user.id } })).toBe(0);

    await expireLock(user.email);
    expect(await attempt(user.email, PASSWORD)).toEqual({ kind: "redirect", to: "/assessments" });
  });

  it("treats an email with no account exactly like one that exists", async () => {
    const user = await makeUser("clinician");
    const ghost = `nobody-${randomUUID()}@test.local`;
    const trace = async (email: string) => {
      const answers = [];
      for (let i = 0; i <= throttle.MAX_FAILURES + 1; i++) answers.push(await attempt(email, "x"));
      return answers;
    };
    expect(await trace(ghost)).toEqual(await trace(user.email));
    expect(await throttle.isEmailLocked(ghost)).toBe(true);
  });

  it("a successful sign-in forgets earlier failures", async () => {
    const user = await makeUser("clinician");
    for (let i = 0; i < throttle.MAX_FAILURES - 1; i++) await attempt(user.email, "wrong");
    expect((await attempt(user.email, PASSWORD)).kind).toBe("redirect");
    for (let i = 0; i < throttle.MAX_FAILURES - 1; i++) await attempt(user.email, "wrong");
    expect((await attempt(user.email, PASSWORD)).kind).toBe("redirect");
  });

  it.each([20, 60])(
    "%i parallel guesses (one right): at most MAX_FAILURES passwords are checked, and the lock stays",
    async (n) => {
      const user = await makeUser("clinician");
      const audits = async () => ({
        failed: await rawDb.auditEvent.count({ where: { action: "auth.sign-in-failed" } }),
        ok: await rawDb.auditEvent.count({ where: { action: "auth.sign-in", actorId: user.id } }),
        throttled: await rawDb.auditEvent.count({ where: { action: "auth.sign-in-throttled" } }),
      });
      const before = await audits();
      const right = Math.floor(Math.random() * n);
      asVisitor(); // one fresh address for the burst: its per-address budget is 60 a minute
      const outcomes = await Promise.all(
        Array.from({ length: n }, (_, i) =>
          outcomeOf(() =>
            signInAction({ email: user.email, password: i === right ? PASSWORD : `wrong-${i}` }),
          ),
        ),
      );
      const after = await audits();
      const checked = after.failed - before.failed + (after.ok - before.ok);
      expect(checked).toBeLessThanOrEqual(throttle.MAX_FAILURES);
      expect(after.throttled - before.throttled).toBe(n - checked);
      expect(outcomes.filter((o) => o.kind === "redirect").length).toBe(after.ok - before.ok);
      expect(await rawDb.session.count({ where: { userId: user.id } })).toBeLessThanOrEqual(1);
      // Whether or not the right guess was among those checked, its success did not reopen
      // the budget for the others.
      expect(await throttle.isEmailLocked(user.email)).toBe(true);
      expect(await attempt(user.email, PASSWORD)).toEqual({ kind: "refused", message: INVALID });
    },
  );

  it("stores no email address, and audits the refusals without naming the account", async () => {
    const user = await makeUser("clinician");
    for (let i = 0; i <= throttle.MAX_FAILURES; i++) await attempt(user.email, "wrong");
    const rows = await rawDb.actionRateLimit.findMany({
      where: { key: { contains: throttle.emailKey(user.email) } },
    });
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(await rawDb.actionRateLimit.findMany())).not.toContain("@test.local");
    const throttled = await rawDb.auditEvent.findFirst({
      where: { action: "auth.sign-in-throttled" },
      orderBy: { id: "desc" },
    });
    expect(throttled).toMatchObject({ actorId: null, clinicId: null, outcome: "denied" });
  });
});

describe("after sign-in", () => {
  it("returns only to paths on this site (no open redirect)", async () => {
    const user = await makeUser("clinician");
    const go = async (next: string) => {
      asVisitor();
      return outcomeOf(() => signInAction({ email: user.email, password: PASSWORD, next }));
    };
    expect(await go("/assessments/abc?x=1#f")).toEqual({
      kind: "redirect",
      to: "/assessments/abc?x=1#f",
    });
    // Normalised, and only the normalised path is used.
    expect(await go("/checklist/./a/../b?x=1")).toEqual({
      kind: "redirect",
      to: "/checklist/b?x=1",
    });
    for (const next of [
      "/.//evil.example/phish",
      decodeURIComponent("%2F.%2F%2Fevil.example%2Fphish"),
      "/..//evil.example",
      "/./\\evil.example",
      "/%2e%2e/%2e%2e//evil.example",
      "/x/..//evil.example",
      "/%2F%2Fevil.example",
      "/\r/evil.example",
      "//evil.example",
      "/\\evil.example",
      "/\t/evil.example",
      "/\n/evil.example",
      "https://evil.example",
      "javascript:alert(1)",
      " /assessments",
    ])
      expect(await go(next), JSON.stringify(next)).toEqual({
        kind: "redirect",
        to: "/assessments",
      });
  });
});

describe("better-auth over HTTP", () => {
  const call = (method: "GET" | "POST", path: string, body?: unknown) =>
    authRoute[method](
      new Request(`${ORIGIN}/api/auth${path}`, {
        method,
        headers: { "content-type": "application/json", origin: ORIGIN },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    );

  it("closes sign-in, sign-up and account changes; they go through audited actions", async () => {
    const user = await makeUser("clinician");
    const closed = [
      ["/sign-in/email", { email: user.email, password: PASSWORD }],
      ["/sign-up/email", { email: `x-${randomUUID()}@test.local`, password: PASSWORD, name: "X" }],
      ["/update-user", { name: "Mallory", role: "admin" }],
      ["/change-password", { currentPassword: PASSWORD, newPassword: "x" }],
      ["/request-password-reset", { email: user.email }],
      ["/revoke-sessions", {}],
    ] as const;
    for (const [path, body] of closed)
      expect((await call("POST", path, body)).status, path).toBe(404);
    expect(await rawDb.session.count({ where: { userId: user.id } })).toBe(0);
    const session = await call("GET", "/get-session");
    expect(session.status).toBe(200);
    expect(await session.json()).toBeNull();
  });

  it("every endpoint better-auth has is either closed or deliberately open", () => {
    const paths = Object.values(auth().api as Record<string, { path?: string }>)
      .map((endpoint) => endpoint.path)
      .filter((p): p is string => typeof p === "string");
    expect(paths.length).toBeGreaterThan(20);
    const known = new Set([...DISABLED_AUTH_PATHS, ...OPEN_AUTH_PATHS]);
    expect(paths.filter((p) => !known.has(p))).toEqual([]);
  });

  it("session cookies are httpOnly, SameSite=Lax, path /", async () => {
    const user = await makeUser("clinician");
    const { headers } = await auth().api.signInEmail({
      body: { email: user.email, password: PASSWORD },
      headers: new Headers({ origin: ORIGIN }),
      returnHeaders: true,
    });
    const cookie = headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/better-auth\.session_token=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//i);
    // Secure is added in production over https (lib/auth/auth.ts); tests run over http.
  });
});

describe("the audit log is append-only in the database", () => {
  // The app's role lacks the privilege (tests/integration/database-role.int.test.ts); the
  // trigger refuses the owner as well.
  it("refuses UPDATE, DELETE and TRUNCATE, even from the app's own role", async () => {
    const row = await rawDb.auditEvent.create({ data: { action: "auth.sign-out" } });
    await expect(
      rawDb.$executeRawUnsafe(`UPDATE audit_event SET action = 'x' WHERE id = ${row.id}`),
    ).rejects.toThrow(/append-only|permission denied/);
    await expect(
      rawDb.$executeRawUnsafe(`DELETE FROM audit_event WHERE id = ${row.id}`),
    ).rejects.toThrow(/append-only|permission denied/);
    await expect(rawDb.$executeRawUnsafe("TRUNCATE audit_event")).rejects.toThrow(
      /append-only|permission denied/,
    );
    await expect(
      rawDb.auditEvent.update({ where: { id: row.id }, data: { outcome: "ok" } }),
    ).rejects.toThrow();
    expect(await rawDb.auditEvent.findUnique({ where: { id: row.id } })).toMatchObject({
      action: "auth.sign-out",
    });
  });
});

/**
 * What every page and action pays before its own work (issue 12): the session read and the
 * draft read are one statement each, and the session read stays authoritative: a deleted
 * session or a deactivated user is signed out at the next request, with no cookie cache in
 * between. Expiry and the hourly refresh are better-auth's own (lib/auth/session-read.ts hands
 * those to it).
 */
import pg from "pg";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { asRequestFrom, requestState } from "./helpers/action-context";
import { makeUser } from "./helpers/users";

const { getSessionUser } =
  await vi.importActual<typeof import("@/lib/auth/session")>("@/lib/auth/session");
const { auth } = await import("@/lib/auth/auth");
const { createDraft } = await import("@/lib/dal/drafts");
const { getOwnDraft } = await import("@/lib/dal/draft-access");
const { db } = await import("@/lib/db");
const { scriptClient } = await import("@/prisma/client");

const ORIGIN = "http://127.0.0.1:3100";
let clinician: Awaited<ReturnType<typeof makeUser>>;

async function signIn(email: string): Promise<string> {
  const { headers } = await auth().api.signInEmail({
    body: { email, password: "integration-test-pass" },
    headers: new Headers({ origin: ORIGIN }),
    returnHeaders: true,
  });
  return (headers.get("set-cookie") ?? "").split(";")[0];
}

function withCookie(cookie: string) {
  asRequestFrom(ORIGIN, null);
  requestState.headers.set("cookie", cookie);
}

/** Statements sent to PostgreSQL while `run` runs (every pool client is a pg.Client). */
async function statements<T>(run: () => Promise<T>): Promise<{ result: T; sent: string[] }> {
  const spy = vi.spyOn(pg.Client.prototype, "query");
  try {
    const result = await run();
    const sent = spy.mock.calls.map((call) => {
      const q = (call as unknown[])[0] as string | { text?: string } | undefined;
      return String(typeof q === "string" ? q : q?.text);
    });
    return { result, sent };
  } finally {
    spy.mockRestore();
  }
}

beforeAll(async () => {
  clinician = await makeUser("clinician");
  await db.$queryRaw`SELECT 1`; // a live pool, so connecting is not counted below
});
afterEach(() => vi.restoreAllMocks());

describe("the session read", () => {
  it("is one statement that reads the session and its user together", async () => {
    withCookie(await signIn(clinician.email));
    const { result, sent } = await statements(() => getSessionUser());
    expect(result).toMatchObject({ id: clinician.id, role: "clinician" });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatch(/FROM "session" s JOIN "user" u/);
  });

  it("a tampered cookie is signed out without reading the database", async () => {
    const cookie = await signIn(clinician.email);
    withCookie(cookie.replace(/=([A-Za-z0-9])/, (_, c) => `=${c === "a" ? "b" : "a"}`));
    const { result, sent } = await statements(() => getSessionUser());
    expect(result).toBeNull();
    expect(sent).toHaveLength(0);
  });

  it("a deleted session (sign-out, deactivation) is signed out at the next request", async () => {
    const cookie = await signIn(clinician.email);
    withCookie(cookie);
    expect(await getSessionUser()).not.toBeNull();
    await db.session.deleteMany({ where: { userId: clinician.id } });
    expect(await getSessionUser()).toBeNull();
  });

  it("an expired session is signed out and its row deleted (better-auth's own handling)", async () => {
    const other = await makeUser("clinician");
    withCookie(await signIn(other.email));
    await db.session.updateMany({
      where: { userId: other.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await getSessionUser()).toBeNull();
    expect(await db.session.count({ where: { userId: other.id } })).toBe(0);
  });

  it("a session due for its hourly refresh is extended by better-auth and stays signed in", async () => {
    const other = await makeUser("clinician");
    withCookie(await signIn(other.email));
    // Set 2 h ago with a 12 h lifetime: 10 h left, past the 1 h refresh age.
    const old = new Date(Date.now() + 10 * 3600_000);
    await db.session.updateMany({ where: { userId: other.id }, data: { expiresAt: old } });
    expect(await getSessionUser()).toMatchObject({ id: other.id });
    const row = await db.session.findFirstOrThrow({ where: { userId: other.id } });
    expect(row.expiresAt.getTime()).toBeGreaterThan(old.getTime() + 3600_000);
  });

  it("a cookie sent twice is left to better-auth, which reads the first", async () => {
    const cookie = await signIn(clinician.email);
    withCookie(`${cookie}; ${cookie.split("=")[0]}=forged.value`);
    expect(await getSessionUser()).toMatchObject({ id: clinician.id });
  });

  it("an inactive user is signed out even while the session row exists", async () => {
    const other = await makeUser("clinician");
    withCookie(await signIn(other.email));
    expect(await getSessionUser()).not.toBeNull();
    // As the owner: the app's own role changes status only through set_user_active().
    await scriptClient().user.update({ where: { id: other.id }, data: { active: false } });
    expect(await getSessionUser()).toBeNull();
  });
});

describe("signing in over a session", () => {
  it("signing in as another account in the same browser deletes the previous session row", async () => {
    const { signInAction } = await import("@/lib/actions/auth-actions");
    const first = await makeUser("clinician");
    const second = await makeUser("admin");
    const cookie = await signIn(first.email);
    const before = await db.session.count({ where: { userId: first.id } });
    expect(before).toBeGreaterThan(0);
    withCookie(cookie);
    requestState.headers.set("x-forwarded-for", "10.9.8.7");
    await expect(
      signInAction({ email: second.email, password: "integration-test-pass" }),
    ).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_REDIRECT") });
    // The session that cookie named is gone; the new account has its own.
    expect(await db.session.count({ where: { userId: first.id } })).toBe(before - 1);
    expect(await db.session.count({ where: { userId: second.id } })).toBe(1);
    withCookie(cookie);
    expect(await getSessionUser()).toBeNull();
  });
});

describe("the draft read", () => {
  it("is one statement with the submitted-assessment check, and only the owner's", async () => {
    const draftId = await createDraft(clinician);
    const { result, sent } = await statements(() => getOwnDraft(clinician, draftId));
    expect(result).toMatchObject({ id: draftId, assessmentId: null });
    expect(sent).toHaveLength(1);
    const someoneElse = await makeUser("clinician");
    expect(await getOwnDraft(someoneElse, draftId)).toBeNull();
  });
});

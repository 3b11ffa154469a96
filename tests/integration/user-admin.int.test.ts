// Clinic admins manage clinician accounts: create (with a one-time invitation link where the
// clinician sets their own password), deactivate (sessions end at once), reactivate, reset a
// password (a new link). Each change is audited; nothing reaches another clinic.
// Also the first-admin CLI (scripts/create-admin.ts).
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { verifyPassword } from "better-auth/crypto";
import { describe, expect, it } from "vitest";
import { asRequestFrom } from "./helpers/action-context";
import { makeUser } from "./helpers/users";
import { asVisitor, ORIGIN, outcomeOf, rawDb } from "./security-fixtures";

const users = await import("@/lib/actions/user-actions");
const { setPasswordAction } = await import("@/lib/actions/invitation-actions");
const { signInAction } = await import("@/lib/actions/auth-actions");

const INVALID = "Email or password is not correct.";
const PASSWORD = "tulip-granite-88";

async function signIn(email: string, password: string) {
  asVisitor();
  return outcomeOf(() => signInAction({ email, password }));
}

const tokenOf = (link: string) => link.slice(link.lastIndexOf("/") + 1);

/** The clinician opens the link in their own browser and chooses a password. */
async function accept(link: string, password: string, confirm = password) {
  asVisitor();
  try {
    return await setPasswordAction({ token: tokenOf(link), password, confirm });
  } catch (error) {
    // Success goes on to sign-in; anything else thrown is a failure of the test.
    const digest = String((error as { digest?: string }).digest ?? "");
    if (digest.startsWith("NEXT_REDIRECT") && digest.includes(";/sign-in?password=set;"))
      return { ok: true as const, data: undefined };
    throw error;
  }
}

async function newClinician(admin: Awaited<ReturnType<typeof makeUser>>) {
  const email = `made-${randomUUID()}@test.local`;
  asRequestFrom(ORIGIN, admin);
  const result = await users.createClinicianAction({ name: "Dr Made", email });
  if (!result.ok) throw new Error(JSON.stringify(result));
  const accepted = await accept(result.data.link, PASSWORD);
  if (!accepted.ok) throw new Error(JSON.stringify(accepted));
  return { id: result.data.userId, email };
}

const sessionsOf = (userId: string) => rawDb.session.count({ where: { userId } });
const auditOf = (targetId: string) =>
  rawDb.auditEvent.findMany({
    where: { targetId },
    orderBy: { id: "asc" },
    select: { action: true, actorId: true, clinicId: true, outcome: true },
  });

describe("clinic admin: accounts", () => {
  it("creates a clinician with no password and a one-time link; the clinician sets their own", async () => {
    const admin = await makeUser("admin");
    const email = `made-${randomUUID()}@test.local`;
    asRequestFrom(ORIGIN, admin);
    const created = await users.createClinicianAction({ name: "Dr Made", email });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const id = created.data.userId;
    const { link } = created.data;
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:3100\/set-password\/[A-Za-z0-9_-]{43}$/);
    const row = await rawDb.user.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ role: "clinician", clinicId: admin.clinicId, active: true });
    // Nothing to sign in with yet, and the token is stored only as its hash.
    expect(await rawDb.account.count({ where: { userId: id } })).toBe(0);
    const stored = await rawDb.accountInvitation.findFirstOrThrow({ where: { userId: id } });
    expect(stored.tokenHash).not.toContain(tokenOf(link));
    expect(stored.expiresAt.getTime() - Date.now()).toBeGreaterThan(71 * 3_600_000);
    expect(await signIn(email, PASSWORD)).toEqual({ kind: "refused", message: INVALID });

    expect(await accept(link, PASSWORD, `${PASSWORD}x`)).toMatchObject({
      ok: false,
      fieldErrors: { confirm: expect.any(Array) },
    });
    const local = email.split("@")[0];
    expect(await accept(link, `${local}-pass`)).toMatchObject({
      ok: false,
      fieldErrors: { password: ["Do not use the email address in the password."] },
    });
    // Signed in (as the admin who holds the link): refused, the link stays unspent.
    asRequestFrom(ORIGIN, admin);
    expect(
      (await setPasswordAction({ token: tokenOf(link), password: PASSWORD, confirm: PASSWORD })).ok,
    ).toBe(false);
    expect(await accept(link, PASSWORD)).toEqual({ ok: true, data: undefined });
    const account = await rawDb.account.findFirstOrThrow({ where: { userId: id } });
    expect(await verifyPassword({ hash: account.password!, password: PASSWORD })).toBe(true);
    expect(await signIn(email, PASSWORD)).toEqual({ kind: "redirect", to: "/assessments" });
    // Used once: the same link again, even with another password, changes nothing.
    expect(await accept(link, "another-strong-pass-1")).toMatchObject({
      ok: false,
      formError: expect.stringContaining("expired or has already been used"),
    });
    expect(await signIn(email, PASSWORD)).toEqual({ kind: "redirect", to: "/assessments" });
    expect(await auditOf(id)).toEqual([
      { action: "user.created", actorId: admin.id, clinicId: admin.clinicId, outcome: "ok" },
      { action: "user.invited", actorId: admin.id, clinicId: admin.clinicId, outcome: "ok" },
    ]);
    const setEvents = await rawDb.auditEvent.findMany({
      where: { targetId: stored.id },
      select: { action: true, actorId: true },
    });
    expect(setEvents).toEqual([{ action: "user.password-set", actorId: id }]);
  });

  it("an expired link does nothing", async () => {
    const admin = await makeUser("admin");
    asRequestFrom(ORIGIN, admin);
    const created = await users.createClinicianAction({
      name: "Dr Late",
      email: `late-${randomUUID()}@test.local`,
    });
    if (!created.ok) throw new Error(JSON.stringify(created));
    await rawDb.accountInvitation.updateMany({
      where: { userId: created.data.userId },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect((await accept(created.data.link, PASSWORD)).ok).toBe(false);
    expect(await rawDb.account.count({ where: { userId: created.data.userId } })).toBe(0);
  });

  it("answers a taken email and a blank name at their fields", async () => {
    const admin = await makeUser("admin");
    const other = await makeUser("clinician"); // another clinic: emails are unique everywhere
    asRequestFrom(ORIGIN, admin);
    const before = await rawDb.user.count();
    const taken = await users.createClinicianAction({
      name: "Dr Dup",
      email: other.email.toUpperCase(),
    });
    expect(taken).toMatchObject({
      ok: false,
      fieldErrors: { email: ["An account with this email address already exists."] },
    });
    const weak = await users.createClinicianAction({ name: " ", email: "x@y" });
    expect(weak.ok).toBe(false);
    if (!weak.ok) expect(Object.keys(weak.fieldErrors ?? {}).sort()).toEqual(["email", "name"]);
    expect(await rawDb.user.count()).toBe(before);
  });

  it("deactivation ends every session at once; sign-in then fails like a wrong password", async () => {
    const admin = await makeUser("admin");
    const { id, email } = await newClinician(admin);
    await signIn(email, PASSWORD);
    await signIn(email, PASSWORD);
    expect(await sessionsOf(id)).toBe(2);

    asRequestFrom(ORIGIN, admin);
    expect(await users.deactivateClinicianAction({ userId: id })).toEqual({
      ok: true,
      data: undefined,
    });
    expect(await sessionsOf(id)).toBe(0);
    expect((await rawDb.user.findUniqueOrThrow({ where: { id } })).active).toBe(false);
    expect(await signIn(email, PASSWORD)).toEqual({ kind: "refused", message: INVALID });
    expect(await sessionsOf(id)).toBe(0);

    asRequestFrom(ORIGIN, admin);
    expect((await users.reactivateClinicianAction({ userId: id })).ok).toBe(true);
    expect(await signIn(email, PASSWORD)).toEqual({ kind: "redirect", to: "/assessments" });
    expect((await auditOf(id)).map((e) => e.action)).toEqual([
      "user.created",
      "user.invited",
      "user.deactivated",
      "user.reactivated",
    ]);
  });

  it("a password reset ends the password and the sessions at once; the clinician sets a new one by link", async () => {
    const admin = await makeUser("admin");
    const { id, email } = await newClinician(admin);
    await signIn(email, PASSWORD);
    expect(await sessionsOf(id)).toBe(1);
    asRequestFrom(ORIGIN, admin);
    const reset = await users.resetClinicianPasswordAction({ userId: id });
    if (!reset.ok) throw new Error(JSON.stringify(reset));
    expect(await sessionsOf(id)).toBe(0);
    expect(await signIn(email, PASSWORD)).toEqual({ kind: "refused", message: INVALID });
    const next = "harbour-violet-31";
    expect((await accept(reset.data.link, next)).ok).toBe(true);
    expect(await signIn(email, PASSWORD)).toEqual({ kind: "refused", message: INVALID });
    expect(await signIn(email, next)).toEqual({ kind: "redirect", to: "/assessments" });
    // A second reset retires the first link even before it is used.
    asRequestFrom(ORIGIN, admin);
    const first = await users.resetClinicianPasswordAction({ userId: id });
    const second = await users.resetClinicianPasswordAction({ userId: id });
    if (!first.ok || !second.ok) throw new Error("reset refused");
    expect((await accept(first.data.link, PASSWORD)).ok).toBe(false);
    expect((await accept(second.data.link, PASSWORD)).ok).toBe(true);
    expect((await auditOf(id)).map((e) => e.action)).toEqual([
      "user.created",
      "user.invited",
      "user.password-reset",
      "user.password-reset",
      "user.password-reset",
    ]);
  });

  it("an admin of another clinic changes nothing, and learns nothing beyond 'not found'", async () => {
    const admin = await makeUser("admin");
    const stranger = await makeUser("admin");
    const { id, email } = await newClinician(admin);
    asRequestFrom(ORIGIN, stranger);
    for (const result of [
      await users.deactivateClinicianAction({ userId: id }),
      await users.resetClinicianPasswordAction({ userId: id }),
      await users.deactivateClinicianAction({ userId: `no-such-${randomUUID()}` }),
    ])
      expect(result).toMatchObject({
        ok: false,
        formError: "This account was not found among your clinic's clinicians.",
      });
    expect((await rawDb.user.findUniqueOrThrow({ where: { id } })).active).toBe(true);
    expect(await signIn(email, PASSWORD)).toEqual({ kind: "redirect", to: "/assessments" });
    expect((await auditOf(id)).map((e) => e.action)).toEqual(["user.created", "user.invited"]);
  });
});

describe("first admin from the command line", () => {
  const cli = (args: string[], env: Record<string, string | undefined>, input?: string) =>
    spawnSync(path.resolve("node_modules/.bin/tsx"), ["scripts/create-admin.ts", ...args], {
      cwd: path.resolve(__dirname, "../.."),
      env: { ...process.env, ADMIN_PASSWORD: undefined, ...env },
      input,
      encoding: "utf8",
      timeout: 60_000,
    });

  it("creates an admin from ADMIN_PASSWORD or stdin, never from argv, and refuses weak ones", async () => {
    const email = `cli-${randomUUID()}@test.local`;
    const clinic = `CLI clinic ${randomUUID()}`;
    const base = ["--email", email, "--name", "CLI Admin", "--clinic", clinic];

    const onArgv = cli([...base, "--password", "harbour-violet-31"], {});
    expect(onArgv.status).toBe(1);
    expect(onArgv.stderr).toContain("Unknown option '--password'");

    const weak = cli(base, {}, "short\n");
    expect(weak.status).toBe(1);
    expect(weak.stderr).toContain("Password refused");

    const made = cli(base, { ADMIN_PASSWORD: "harbour-violet-31" });
    expect(made.stderr).toBe("");
    expect(made.status).toBe(0);
    const user = await rawDb.user.findUniqueOrThrow({
      where: { email },
      include: { clinic: true, accounts: true },
    });
    expect(user).toMatchObject({ role: "admin", active: true, clinic: { name: clinic } });
    expect(
      await verifyPassword({ hash: user.accounts[0].password!, password: "harbour-violet-31" }),
    ).toBe(true);

    const again = cli(base, {}, "another-strong-pass-1\n");
    expect(again.status).toBe(1);
    expect(again.stderr).toContain("--reset");
    const reset = cli([...base, "--reset"], {}, "another-strong-pass-1\n");
    expect(reset.status).toBe(0);
    expect(
      (
        await rawDb.auditEvent.findMany({ where: { targetId: user.id }, orderBy: { id: "asc" } })
      ).map((e) => [e.action, e.actorRole]),
    ).toEqual([
      ["user.created", "cli"],
      ["user.password-reset", "cli"],
    ]);
  }, 120_000); // five CLI processes: ~40 s on a loaded two-core machine
});

// Clinic admins manage clinician accounts: create, deactivate (sessions end at once),
// reactivate, reset a password. Each change is audited; nothing reaches another clinic.
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
const { signInAction } = await import("@/lib/actions/auth-actions");

const INVALID = "Email or password is not correct.";
const PASSWORD = "tulip-granite-88";

async function signIn(email: string, password: string) {
  asVisitor();
  return outcomeOf(() => signInAction({ email, password }));
}

async function newClinician(admin: Awaited<ReturnType<typeof makeUser>>) {
  const email = `made-${randomUUID()}@test.local`;
  asRequestFrom(ORIGIN, admin);
  const result = await users.createClinicianAction({ name: "Dr Made", email, password: PASSWORD });
  if (!result.ok) throw new Error(JSON.stringify(result));
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
  it("creates a clinician in the admin's own clinic, who can then sign in", async () => {
    const admin = await makeUser("admin");
    const { id, email } = await newClinician(admin);
    const row = await rawDb.user.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ role: "clinician", clinicId: admin.clinicId, active: true });
    const account = await rawDb.account.findFirstOrThrow({ where: { userId: id } });
    expect(account.password).not.toContain(PASSWORD);
    expect(await verifyPassword({ hash: account.password!, password: PASSWORD })).toBe(true);
    expect(await signIn(email, PASSWORD)).toEqual({ kind: "redirect", to: "/assessments" });
    expect(await auditOf(id)).toEqual([
      { action: "user.created", actorId: admin.id, clinicId: admin.clinicId, outcome: "ok" },
    ]);
  });

  it("answers a taken email, a weak password and a blank name at their fields", async () => {
    const admin = await makeUser("admin");
    const other = await makeUser("clinician"); // another clinic: emails are unique everywhere
    asRequestFrom(ORIGIN, admin);
    const before = await rawDb.user.count();
    const taken = await users.createClinicianAction({
      name: "Dr Dup",
      email: other.email.toUpperCase(),
      password: PASSWORD,
    });
    expect(taken).toMatchObject({
      ok: false,
      fieldErrors: { email: ["An account with this email address already exists."] },
    });
    const weak = await users.createClinicianAction({ name: " ", email: "x@y", password: "short" });
    expect(weak.ok).toBe(false);
    if (!weak.ok)
      expect(Object.keys(weak.fieldErrors ?? {}).sort()).toEqual(["email", "name", "password"]);
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
      "user.deactivated",
      "user.reactivated",
    ]);
  });

  it("a password reset replaces the password and ends the clinician's sessions", async () => {
    const admin = await makeUser("admin");
    const { id, email } = await newClinician(admin);
    await signIn(email, PASSWORD);
    expect(await sessionsOf(id)).toBe(1);
    asRequestFrom(ORIGIN, admin);
    const weak = await users.resetClinicianPasswordAction({ userId: id, password: "password1234" });
    expect(weak).toMatchObject({ ok: false, fieldErrors: { password: expect.any(Array) } });
    const next = "harbour-violet-31";
    expect((await users.resetClinicianPasswordAction({ userId: id, password: next })).ok).toBe(
      true,
    );
    expect(await sessionsOf(id)).toBe(0);
    expect(await signIn(email, PASSWORD)).toEqual({ kind: "refused", message: INVALID });
    expect(await signIn(email, next)).toEqual({ kind: "redirect", to: "/assessments" });
    expect((await auditOf(id)).map((e) => e.action)).toEqual([
      "user.created",
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
      await users.resetClinicianPasswordAction({ userId: id, password: "stranger-danger-77" }),
      await users.deactivateClinicianAction({ userId: `no-such-${randomUUID()}` }),
    ])
      expect(result).toMatchObject({
        ok: false,
        formError: "This account was not found among your clinic's clinicians.",
      });
    expect((await rawDb.user.findUniqueOrThrow({ where: { id } })).active).toBe(true);
    expect(await signIn(email, PASSWORD)).toEqual({ kind: "redirect", to: "/assessments" });
    expect((await auditOf(id)).map((e) => e.action)).toEqual(["user.created"]);
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

import { describe, expect, it } from "vitest";
import { auditPageSchema, createClinicianSchema, setPasswordSchema, userIdSchema } from "./schemas";

describe("account schemas", () => {
  const good = { name: "Dr Rivera", email: "Rivera@Clinic.Example" };
  const token = `${"a".repeat(40)}_-9`;

  it("accepts a clinician and lowercases the email; never takes a role, clinic or password", () => {
    const parsed = createClinicianSchema.parse({
      ...good,
      role: "admin",
      clinicId: "x",
      password: "tulip-granite-88",
    });
    expect(parsed).toEqual({ ...good, email: "rivera@clinic.example" });
  });

  it("refuses short, common and repetitive passwords, and a confirmation that differs", () => {
    for (const password of ["short", "password1234", "aaaaaaaaaaaaaaaa"]) {
      const result = setPasswordSchema.safeParse({ token, password, confirm: password });
      expect(result.success, password).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(["password"]);
    }
    const differs = setPasswordSchema.safeParse({
      token,
      password: "tulip-granite-88",
      confirm: "tulip-granite-89",
    });
    expect(differs.error?.issues[0]?.path).toEqual(["confirm"]);
    const ok = { token, password: "tulip-granite-88", confirm: "tulip-granite-88" };
    expect(setPasswordSchema.safeParse(ok).success).toBe(true);
    for (const bad of ["", "x".repeat(42), `${"a".repeat(42)}/`, `${"a".repeat(44)}`])
      expect(setPasswordSchema.safeParse({ ...ok, token: bad }).success, bad).toBe(false);
  });

  it("refuses control characters in names and ids that are not plain tokens", () => {
    expect(createClinicianSchema.safeParse({ ...good, name: "Dr\u0000X" }).success).toBe(false);
    for (const id of ["", "../etc", "a b", "x".repeat(65), "1;drop"])
      expect(userIdSchema.safeParse(id).success, id).toBe(false);
  });

  it("reads any odd page number as page 1", () => {
    expect(auditPageSchema.parse("3")).toBe(3);
    for (const v of [undefined, "0", "-1", "abc", ["2", "3"], "1e9", "2.5"])
      expect(auditPageSchema.parse(v)).toBe(1);
  });
});

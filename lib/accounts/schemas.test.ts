import { describe, expect, it } from "vitest";
import {
  auditPageSchema,
  createClinicianSchema,
  resetPasswordSchema,
  userIdSchema,
} from "./schemas";

describe("account schemas", () => {
  const good = { name: "Dr Rivera", email: "Rivera@Clinic.Example", password: "tulip-granite-88" };

  it("accepts a clinician and lowercases the email; never takes a role or clinic", () => {
    const parsed = createClinicianSchema.parse({ ...good, role: "admin", clinicId: "x" });
    expect(parsed).toEqual({ ...good, email: "rivera@clinic.example" });
  });

  it("refuses short, common, repetitive and email-derived passwords at the password field", () => {
    for (const password of ["short", "password1234", "aaaaaaaaaaaaaaaa", "rivera-2026-abc"]) {
      const result = createClinicianSchema.safeParse({ ...good, password });
      expect(result.success, password).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(["password"]);
    }
  });

  it("refuses control characters in names and ids that are not plain tokens", () => {
    expect(createClinicianSchema.safeParse({ ...good, name: "Dr\u0000X" }).success).toBe(false);
    for (const id of ["", "../etc", "a b", "x".repeat(65), "1;drop"])
      expect(userIdSchema.safeParse(id).success, id).toBe(false);
    expect(
      resetPasswordSchema.safeParse({ userId: "abc-123", password: good.password }).success,
    ).toBe(true);
  });

  it("reads any odd page number as page 1", () => {
    expect(auditPageSchema.parse("3")).toBe(3);
    for (const v of [undefined, "0", "-1", "abc", ["2", "3"], "1e9", "2.5"])
      expect(auditPageSchema.parse(v)).toBe(1);
  });
});

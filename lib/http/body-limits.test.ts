import { describe, expect, it } from "vitest";
import { DEFAULT_ROUTE_BODY_LIMIT, routeBodyLimit } from "./body-limits";

describe("routeBodyLimit", () => {
  it("takes the longest matching prefix, and the default elsewhere", () => {
    expect(routeBodyLimit("/api/auth/sign-out")).toBe(4 * 1024);
    expect(routeBodyLimit("/cds-services/kratom-risk")).toBe(1024 * 1024);
    expect(routeBodyLimit("/api/admin/aggregates/export")).toBe(16 * 1024);
    // Pages take what a server action may: a form without JavaScript posts its action there.
    expect(routeBodyLimit("/sign-in")).toBe(DEFAULT_ROUTE_BODY_LIMIT);
    expect(DEFAULT_ROUTE_BODY_LIMIT).toBe(64 * 1024);
  });
});

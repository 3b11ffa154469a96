import { describe, expect, it } from "vitest";
import { dateTimeIn, dayIn, timeIn } from "./local-time";

describe("times on the clinician's clock", () => {
  const at = new Date("2026-12-07T23:30:00Z");

  it("reads a time in the reader's zone and names the zone", () => {
    expect(dateTimeIn(at, "UTC")).toBe("7 Dec 2026, 23:30 UTC");
    expect(dateTimeIn(at, "Europe/Berlin")).toBe("8 Dec 2026, 00:30 CET");
    expect(dayIn(at, "Europe/Berlin")).toBe("8 Dec 2026");
    expect(timeIn(at, "America/New_York")).toBe("18:30");
  });

  it("falls back to UTC, and says so, for a zone Intl does not know", () => {
    expect(dateTimeIn(at, "Mars/Base")).toBe("7 Dec 2026, 23:30 UTC");
    expect(dateTimeIn(at, undefined)).toBe("7 Dec 2026, 23:30 UTC");
  });
});

import { describe, expect, it } from "vitest";
import { isSameOrigin } from "./same-origin";

describe("isSameOrigin", () => {
  const app = "https://checklist.example.org";
  it("accepts only the configured scheme, host and port", () => {
    expect(isSameOrigin("https://checklist.example.org", app)).toBe(true);
    expect(isSameOrigin("https://checklist.example.org:443", app)).toBe(true);
    expect(isSameOrigin("http://checklist.example.org", app)).toBe(false);
    expect(isSameOrigin("https://checklist.example.org:8443", app)).toBe(false);
    expect(isSameOrigin("https://evil.example", app)).toBe(false);
    expect(isSameOrigin("https://checklist.example.org.evil.example", app)).toBe(false);
    expect(isSameOrigin("null", app)).toBe(false);
    expect(isSameOrigin(null, app)).toBe(false);
    expect(isSameOrigin("not a url", app)).toBe(false);
  });

  it("on a loopback public URL, other loopback names with the same scheme and port", () => {
    const local = "http://127.0.0.1:3100";
    expect(isSameOrigin("http://127.0.0.1:3100", local)).toBe(true);
    expect(isSameOrigin("http://localhost:3100", local)).toBe(true);
    expect(isSameOrigin("https://127.0.0.1:3100", local)).toBe(false);
    expect(isSameOrigin("http://127.0.0.1:3101", local)).toBe(false);
    expect(isSameOrigin("http://evil.example:3100", local)).toBe(false);
  });
});

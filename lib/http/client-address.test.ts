import { describe, expect, it } from "vitest";
import { normaliseAddress, parseTrustedProxies, resolveClientAddress } from "./client-address";

describe("client address", () => {
  it("ignores forwarding headers from an untrusted peer", () => {
    expect(resolveClientAddress("203.0.113.9", "1.2.3.4", [])).toBe("203.0.113.9");
    expect(resolveClientAddress("::ffff:127.0.0.1", "10.0.0.1, 1.2.3.4", [])).toBe("127.0.0.1");
    expect(resolveClientAddress("203.0.113.9", "1.2.3.4", ["10.0.0.2"])).toBe("203.0.113.9");
  });

  it("behind trusted proxies takes the right-most untrusted hop", () => {
    const trusted = ["10.0.0.2", "10.0.0.3"];
    expect(resolveClientAddress("10.0.0.2", "198.51.100.7", trusted)).toBe("198.51.100.7");
    // The client's own forged value sits left of what the proxies appended.
    expect(resolveClientAddress("10.0.0.2", "6.6.6.6, 198.51.100.7, 10.0.0.3", trusted)).toBe(
      "198.51.100.7",
    );
    expect(resolveClientAddress("10.0.0.2", "garbage, 198.51.100.7", trusted)).toBe("198.51.100.7");
    expect(resolveClientAddress("10.0.0.2", undefined, trusted)).toBe("10.0.0.2");
  });

  it("validates TRUSTED_PROXIES", () => {
    expect(parseTrustedProxies(undefined)).toEqual([]);
    expect(parseTrustedProxies("")).toEqual([]);
    expect(parseTrustedProxies(" 10.0.0.2 , ::1 ")).toEqual(["10.0.0.2", "::1"]);
    expect(() => parseTrustedProxies("10.0.0.0/8")).toThrow(/not an IP address/);
    expect(() => parseTrustedProxies("proxy.local")).toThrow(/not an IP address/);
    expect(normaliseAddress("::FFFF:192.0.2.1")).toBe("192.0.2.1");
  });
});

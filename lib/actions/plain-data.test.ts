import { describe, expect, it } from "vitest";
import { isPlainData } from "./plain-data";

/** What React's decoder makes of "$T": a function Proxy that throws on any property read. */
function temporaryReference() {
  return new Proxy(() => {}, {
    get(_t, name) {
      throw new Error(`Cannot access ${String(name)} on the server.`);
    },
  });
}

describe("isPlainData", () => {
  it("accepts what JSON can say", () => {
    expect(isPlainData({ a: [1, "x", null, true, { b: undefined }], c: Number.NaN })).toBe(true);
    expect(isPlainData(Object.create(null))).toBe(true);
  });

  it.each([
    ["a temporary reference", temporaryReference()],
    ["a nested temporary reference", { draftId: temporaryReference() }],
    ["a function", () => 1],
    ["a BigInt ($n)", 10n],
    ["a Date ($D)", new Date()],
    ["a Map ($Q)", new Map()],
    ["a Set ($W)", new Set()],
    ["FormData ($K)", new FormData()],
    ["a Blob ($B)", new Blob(["x"])],
    ["a symbol", Symbol.for("x")],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["a class instance", new (class X {})()],
    ["very deep nesting", Array.from({ length: 100 }).reduce<unknown>((v) => [v], 1)],
  ])("refuses %s", (_name, value) => {
    expect(isPlainData(value)).toBe(false);
    expect(isPlainData({ answers: { x: [value] } })).toBe(false);
  });
});

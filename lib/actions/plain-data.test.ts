import { describe, expect, it } from "vitest";
import { hasReplyReference, isPlainData, isReadableReply } from "./plain-data";

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

describe("hasReplyReference", () => {
  it("lets React's encoding of plain values through", () => {
    for (const body of [
      "[]",
      '[{"email":"a@b.c","password":"$$secret","next":"/x"}]',
      '[{"a":"$undefined","b":"$NaN","c":"$Infinity","d":"$-Infinity","e":"$-0"}]',
      '[{"answers":{"a":[1],"b":"$0:0:answers:a"}}]',
    ])
      expect(hasReplyReference(body), body).toBe(false);
  });

  it.each([
    '["$T"]',
    '[{"draftId":"$T"}]',
    '["$h1"]',
    '["$Q1"]',
    '["$W1"]',
    '["$K1"]',
    '["$@1"]',
    '["$n12"]',
    '["$D2020-01-01"]',
    '["$1"]',
    '["$B1"]',
    '[{"$T":1}]',
    '["$"]',
  ])("finds the reference in %s", (body) => {
    expect(hasReplyReference(body)).toBe(true);
  });

  it("says when the body is not JSON", () => {
    expect(hasReplyReference("{")).toBe("unreadable");
  });
});

describe("isReadableReply", () => {
  it("lets an argument list of plain values through", () => {
    for (const body of ["[]", ' [{"email":"a@b.c"}]', '[{"a":"$undefined"}]'])
      expect(isReadableReply(body), body).toBe(true);
  });

  it.each(["null", "0", '"x"', "{}", "true", '{"0":1}', " 12", "", "[", '["$T"]', "[]x"])(
    "refuses %j: valid JSON that is not an argument list, or not JSON at all",
    (body) => {
      expect(isReadableReply(body)).toBe(false);
    },
  );
});

import { Prisma } from "@prisma/client";
import { describe, expect, it } from "vitest";
import { inlined } from "./literal";

describe("inlined (values written into a statement as escaped literals)", () => {
  it("puts each value in its own place, quotes doubled, backslashes in the E'' form", () => {
    const s = Prisma.sql`SELECT ${"it's"}::varchar, ${"a\\b"}::varchar, ${null}::uuid, ${42}`;
    expect(inlined(s)).toBe("SELECT 'it''s'::varchar,  E'a\\\\b'::varchar, NULL::uuid, 42");
  });

  it("writes a list of strings as a typed array, an empty one included", () => {
    const s = Prisma.sql`SELECT ${["x", "y'"]}::varchar[], ${[]}::varchar[]`;
    expect(inlined(s)).toBe(
      "SELECT (ARRAY['x', 'y''']::text[])::varchar[], (ARRAY[]::text[])::varchar[]",
    );
  });

  it("does not substitute a placeholder-looking text inside a value", () => {
    const s = Prisma.sql`SELECT ${"$2"}, ${"second"}`;
    expect(inlined(s)).toBe("SELECT '$2', 'second'");
  });

  it("refuses a value it cannot write as a literal rather than guessing", () => {
    expect(() => inlined(Prisma.sql`SELECT ${{ a: 1 }}`)).toThrow(/literal/);
    expect(() => inlined(Prisma.sql`SELECT ${Number.NaN}`)).toThrow(/literal/);
    expect(() => inlined(Prisma.sql`SELECT ${[1, 2]}`)).toThrow(/literal/);
  });
});

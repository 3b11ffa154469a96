import type { Prisma } from "@prisma/client";
import pg from "pg";

/**
 * A statement's values written into its text as SQL literals, each through the driver's own
 * escaping (pg.escapeLiteral, which doubles quotes and backslashes and uses the E'' form when it
 * must): for the one place where a statement has to travel in a simple-protocol message with
 * others (rowsWithin). Only strings, numbers, null and arrays of strings are accepted: anything
 * else is refused rather than guessed at.
 */
export function inlined(statement: Prisma.Sql): string {
  const literal = (v: unknown): string => {
    if (v === null || v === undefined) return "NULL";
    if (typeof v === "string") return pg.escapeLiteral(v);
    if (typeof v === "number" && Number.isFinite(v)) return String(v);
    if (Array.isArray(v) && v.every((e) => typeof e === "string"))
      return `(ARRAY[${v.map((e) => pg.escapeLiteral(e)).join(", ")}]::text[])`;
    throw new Error("a value the statement cannot carry as a literal");
  };
  return statement.text.replace(/\$(\d+)/g, (_, n: string) =>
    literal(statement.values[Number(n) - 1]),
  );
}

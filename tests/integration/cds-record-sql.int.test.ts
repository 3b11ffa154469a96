/**
 * The card record's transaction (lib/cds-server/sql.ts rowsWithin): BEGIN, the time left as
 * statement_timeout, the statement with its values written in as escaped literals, and COMMIT,
 * in one round trip. What the hook relies on: a statement over its time is cancelled and nothing
 * it wrote stays (so no card is recorded that was not answered); one in time is committed; values
 * with quotes and backslashes arrive as written, never as SQL.
 */
import { randomUUID } from "node:crypto";
import { Prisma } from "@prisma/client";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";

const { rowsWithin } = await import("@/lib/cds-server/sql");

const insertSeen = (issuer: string, jti: string, sleepS: number) => Prisma.sql`
  WITH seen AS (
    INSERT INTO cds_jwt_seen ("issuer", "jti", "expiresAt")
    VALUES (${issuer}, ${jti}, now() + interval '1 minute') RETURNING "jti"
  )
  SELECT "jti", ${["a'b", "c\\d"]}::varchar[] AS list FROM seen, pg_sleep(${sleepS})`;

describe("the card record's one-round-trip transaction", () => {
  it("commits a statement that ends in time and returns its rows, values as written", async () => {
    const issuer = `https://record-${randomUUID()}.test`;
    const jti = `it's a \\ jti'); DROP TABLE cds_card; --`;
    const rows = await rowsWithin<{ jti: string; list: string[] }>(
      insertSeen(issuer, jti, 0),
      2_000,
    );
    expect(rows).toEqual([{ jti, list: ["a'b", "c\\d"] }]);
    expect(await db.cdsJwtSeen.count({ where: { issuer, jti } })).toBe(1);
    // The text after the quote stayed a value: the table it names is still there.
    await expect(db.cdsCard.count()).resolves.toBeTypeOf("number");
  });

  it("cancels a statement over its time and keeps nothing it wrote; the connection is reusable", async () => {
    const issuer = `https://record-${randomUUID()}.test`;
    await expect(rowsWithin(insertSeen(issuer, "late", 1), 100)).rejects.toThrow(
      /statement timeout/,
    );
    expect(await db.cdsJwtSeen.count({ where: { issuer } })).toBe(0);
    // The pool's connections carry no open transaction or leftover setting afterwards.
    const again = await rowsWithin<{ jti: string }>(insertSeen(issuer, "next", 0.2), 2_000);
    expect(again).toHaveLength(1);
    expect(await db.cdsJwtSeen.count({ where: { issuer } })).toBe(1);
  });
});

import { Prisma } from "@prisma/client";
import { describe, expect, it } from "vitest";
import { databaseTrouble, describeDatabaseError } from "./db-unavailable";

const raw = (sqlState: string, message: string) =>
  new Prisma.PrismaClientKnownRequestError(
    `Invalid \`prisma.$queryRaw()\` invocation:\n\n\nRaw query failed. Code: \`${sqlState}\`. Message: \`${message}\``,
    {
      code: "P2010",
      clientVersion: "6.19.3",
      meta: { code: sqlState, message },
    },
  );
const withCode = (code: string, message: string) => Object.assign(new Error(message), { code });

describe("a slow database is told apart from a down one (issue 18 §1)", () => {
  it.each([
    ["a statement timeout", raw("57014", "canceling statement due to statement timeout")],
    ["too many connections", withCode("53300", "sorry, too many clients already")],
    ["the client's query timeout", new Error("Query read timeout")],
    ["the pool's connect timeout", new Error("timeout exceeded when trying to connect")],
    [
      "Prisma's pool timeout",
      new Prisma.PrismaClientKnownRequestError("Timed out fetching a new connection", {
        code: "P2024",
        clientVersion: "6.19.3",
      }),
    ],
  ])("%s is slow", (_what, error) => {
    expect(databaseTrouble(error)).toBe("slow");
  });

  it.each([
    ["a refused connection", withCode("ECONNREFUSED", "connect ECONNREFUSED 127.0.0.1:5432")],
    ["a server shutting down", raw("57P01", "terminating connection due to administrator command")],
    ["a closed connection", new Error("Connection terminated unexpectedly")],
  ])("%s is down", (_what, error) => {
    expect(databaseTrouble(error)).toBe("down");
  });

  it("anything else is neither", () => {
    expect(databaseTrouble(raw("42501", "permission denied for table x"))).toBeUndefined();
    expect(databaseTrouble(new Error("boom"))).toBeUndefined();
  });

  it("a log line carries the server's message and code, never a DETAIL line", () => {
    const error = raw(
      "23505",
      'duplicate key value violates unique constraint "x" DETAIL: Key (v)=(secret)',
    );
    expect(describeDatabaseError(error)).toEqual({
      name: "PrismaClientKnownRequestError",
      code: "P2010",
      sqlState: "23505",
      message: 'duplicate key value violates unique constraint "x"',
      trouble: undefined,
    });
    expect(JSON.stringify(describeDatabaseError(error))).not.toContain("secret");
  });
});

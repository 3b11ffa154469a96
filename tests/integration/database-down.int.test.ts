import { describe, expect, it, vi } from "vitest";
import { asRequestFrom } from "./helpers/action-context";
import { validInput } from "./helpers/answers";

// The whole app talks to a PostgreSQL that is not there (a closed port): submit must give the
// clinician a clear message instead of a 500.
vi.mock("@/lib/db", async () => {
  const { PrismaClient } = await import("@prisma/client");
  const { PrismaPg } = await import("@prisma/adapter-pg");
  return {
    db: new PrismaClient({
      adapter: new PrismaPg({
        connectionString: "postgresql://nobody:x@127.0.0.1:1/none",
        connectionTimeoutMillis: 2000,
      }),
    }),
  };
});

const { submitAssessmentAction } = await import("@/lib/actions/submit-assessment");

describe("submit with the database down", () => {
  it("says the database could not be reached and that the answers are kept", async () => {
    asRequestFrom("http://127.0.0.1:3100", {
      id: "u1",
      name: "n",
      email: "e@x",
      role: "clinician",
      clinicId: "00000000-0000-0000-0000-000000000000",
    });
    const result = await submitAssessmentAction({
      draftId: "11111111-1111-4111-8111-111111111111",
      answers: validInput(),
    });
    expect(result).toEqual({
      ok: false,
      formError: expect.stringContaining("could not be reached"),
      fieldErrors: undefined,
    });
  });
});

// Logs carry ids, actions and outcomes, never health information, patient references, free
// text, passwords or emails. The app's own pino configuration (lib/logger.ts loggerOptions) is
// pointed at memory, console and process output are captured too, and a submit, a view, an
// export, failed sign-ins and an unexpected Prisma error are run through the real code.
import { Writable } from "node:stream";
import { Prisma } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { asRequestFrom } from "./helpers/action-context";
import { validInput } from "./helpers/answers";
import { makeUser } from "./helpers/users";
import { asVisitor, ORIGIN, outcomeOf } from "./security-fixtures";

const captured: string[] = [];

vi.mock("@/lib/logger", async () => {
  const { default: pino } = await import("pino");
  const { loggerOptions } = await vi.importActual<typeof import("@/lib/logger")>("@/lib/logger");
  const sink = new Writable({
    write(chunk, _encoding, done) {
      captured.push(chunk.toString());
      done();
    },
  });
  return { loggerOptions, logger: pino({ ...loggerOptions, level: "debug" }, sink) };
});
/** Lets one test make the DAL fail the way Prisma does, with the arguments in its message. */
const failure: { next?: Error } = {};
vi.mock("@/lib/dal/assessments", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/dal/assessments")>();
  return {
    ...real,
    submitAssessment: (...args: Parameters<typeof real.submitAssessment>) => {
      const error = failure.next;
      failure.next = undefined;
      return error ? Promise.reject(error) : real.submitAssessment(...args);
    },
  };
});

const { logger } = await import("@/lib/logger");
const { signInAction } = await import("@/lib/actions/auth-actions");
const { startAssessmentAction } = await import("@/lib/actions/draft-actions");
const { submitAssessmentAction } = await import("@/lib/actions/submit-assessment");
const { getAssessment } = await import("@/lib/dal/assessments");
const fhirExport = await import("@/app/api/assessments/[id]/fhir/route");

const SECRETS = {
  patientReference: "SECRET-MRN-7731",
  otherMedicines: "SECRETMED kratomol 40 mg",
  otherReason: "SECRET-REASON sleeping badly",
  password: "SECRET-PASSWORD-not-right",
};

const spies: Array<{ mockRestore: () => void }> = [];
beforeAll(() => {
  const record =
    (stream: string) =>
    (...args: unknown[]) => {
      captured.push(
        `${stream}: ${args.map((a) => (a instanceof Error ? a.stack : String(a))).join(" ")}`,
      );
      return true;
    };
  for (const method of ["log", "info", "warn", "error", "debug"] as const)
    spies.push(vi.spyOn(console, method).mockImplementation(record(`console.${method}`)));
  spies.push(vi.spyOn(process.stdout, "write").mockImplementation(record("stdout")));
  spies.push(vi.spyOn(process.stderr, "write").mockImplementation(record("stderr")));
});
afterAll(() => {
  for (const spy of spies) spy.mockRestore();
});

async function newDraft() {
  const outcome = await outcomeOf(() => startAssessmentAction({}));
  if (outcome.kind !== "redirect") throw new Error(JSON.stringify(outcome));
  return outcome.to.split("/")[2];
}

describe("logs", () => {
  it("hold no patient reference, answer, free text, password or email through a whole visit", async () => {
    const clinician = await makeUser("clinician");
    const input = validInput(SECRETS.patientReference);
    input.patient.reasons = ["joint-pain", "other"];
    input.patient.otherReason = SECRETS.otherReason;
    input.medications.otherMedicines = SECRETS.otherMedicines;

    asRequestFrom(ORIGIN, clinician);
    const draftId = await newDraft();
    // An unexpected Prisma failure whose message quotes the query's arguments.
    failure.next = new Prisma.PrismaClientValidationError(
      `Invalid argument patientRefCipher: "${SECRETS.patientReference}" ${SECRETS.otherMedicines}`,
      { clientVersion: "6.19.3" },
    );
    const failed = await submitAssessmentAction({ draftId, answers: input });
    expect(failed).toMatchObject({ ok: false, formError: expect.stringMatching(/went wrong/) });

    const stored = await submitAssessmentAction({ draftId, answers: input });
    expect(stored.ok).toBe(true);
    const id = stored.ok ? stored.data.assessmentId : "";
    const dto = await getAssessment(clinician, id);
    expect(dto?.patientReference).toBe(SECRETS.patientReference);
    const exported = await fhirExport.GET(new Request(`${ORIGIN}/api/assessments/${id}/fhir`), {
      params: Promise.resolve({ id }),
    });
    expect(exported.status).toBe(200);

    for (const email of [clinician.email, "nobody-at-all@test.local"]) {
      asVisitor();
      await signInAction({ email, password: SECRETS.password });
    }

    // A careless future log call is still caught by the redact list.
    logger.info({ patientReference: SECRETS.patientReference, input: { answers: input } }, "x");

    const text = captured.join("\n");
    expect(captured.length).toBeGreaterThan(5); // the capture works: audit lines, errors
    expect(text).toContain("assessment.submitted");
    expect(text).toContain("action failed");
    expect(text).toContain("PrismaClientValidationError"); // logged, by name only
    for (const secret of [
      ...Object.values(SECRETS),
      "kratomol",
      clinician.email,
      "nobody-at-all@test.local",
    ])
      expect(text, secret).not.toContain(secret);
  });
});

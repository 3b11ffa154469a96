// A frozen PostgreSQL (accepts connections, never answers): actions, including the session
// read, must say "the database did not answer in time, your answers are still here" within
// seconds, thanks to the pool's connect, query and statement timeouts (lib/db-options.ts). A
// server that answers late is told apart from one that is not there (database-down test).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { asRequestFrom } from "./helpers/action-context";
import { validInput } from "./helpers/answers";
import { makeUser } from "./helpers/users";

const state = vi.hoisted(() => ({
  proxy: undefined as
    | undefined
    | Awaited<ReturnType<typeof import("./helpers/freezable-proxy").freezableProxy>>,
}));

vi.mock("@/lib/db", async () => {
  const { PrismaClient } = await import("@prisma/client");
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const { poolOptions } = await import("@/lib/db-options");
  const { freezableProxy: start } = await import("./helpers/freezable-proxy");
  const real = new URL(process.env.DATABASE_URL ?? "");
  state.proxy = await start({ host: real.hostname, port: Number(real.port) });
  const viaProxy = new URL(real);
  viaProxy.port = String(state.proxy.port);
  return { db: new PrismaClient({ adapter: new PrismaPg(poolOptions(viaProxy.toString())) }) };
});

const { saveDraftAction } = await import("@/lib/actions/draft-actions");
const { submitAssessmentAction } = await import("@/lib/actions/submit-assessment");
const { DATABASE_SLOW } = await import("@/lib/actions/safe-action");
const { createDraft } = await import("@/lib/dal/drafts");
const { auth } = await import("@/lib/auth/auth");
const { SessionUnavailableError, isDatabaseUnavailable, databaseTrouble } = await import(
  "@/lib/db-unavailable"
);
const { requestState } = await import("./helpers/action-context");
const { DB_TIMEOUTS } = await import("@/lib/db-options");

const ORIGIN = "http://127.0.0.1:3100";
/** "Within a few seconds": the query timeout plus slack for a loaded machine. */
const WITHIN_MS = DB_TIMEOUTS.queryMs + DB_TIMEOUTS.connectMs + 3_000;

let clinician: Awaited<ReturnType<typeof makeUser>>;
let draftId: string;
let cookie: string;

beforeAll(async () => {
  clinician = await makeUser("clinician");
  draftId = await createDraft(clinician); // through the proxy: the pool has a live connection
  const { headers } = await auth().api.signInEmail({
    body: { email: clinician.email, password: "integration-test-pass" },
    headers: new Headers({ origin: ORIGIN }),
    returnHeaders: true,
  });
  cookie = (headers.get("set-cookie") ?? "").split(";")[0];
  state.proxy?.freeze();
});
afterAll(async () => {
  await state.proxy?.close();
});

async function timed<T>(call: () => Promise<T>) {
  const started = Date.now();
  const result = await call();
  return { result, ms: Date.now() - started };
}

describe("with the database frozen", () => {
  it("a draft save says the database answered too slowly, within seconds", async () => {
    asRequestFrom(ORIGIN, clinician);
    const { result, ms } = await timed(() =>
      saveDraftAction({ draftId, answers: {}, stepReached: 1 }),
    );
    expect(result).toMatchObject({ ok: false, formError: DATABASE_SLOW });
    expect(ms).toBeLessThan(WITHIN_MS);
  });

  it("a submit says the same, within seconds", async () => {
    asRequestFrom(ORIGIN, clinician);
    const { result, ms } = await timed(() =>
      submitAssessmentAction({ draftId, answers: validInput() }),
    );
    expect(result).toMatchObject({ ok: false, formError: DATABASE_SLOW });
    expect(ms).toBeLessThan(WITHIN_MS);
  });

  it("a failed session read is reported as the database, not as 'something went wrong'", async () => {
    const { getSessionUser } =
      await vi.importActual<typeof import("@/lib/auth/session")>("@/lib/auth/session");
    asRequestFrom(ORIGIN, null);
    requestState.headers.set("cookie", cookie);
    const started = Date.now();
    const error = await getSessionUser().then(
      () => null,
      (e: unknown) => e,
    );
    expect(Date.now() - started).toBeLessThan(WITHIN_MS);
    expect(error).toBeInstanceOf(SessionUnavailableError);
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(databaseTrouble(error)).toBe("slow");
  });
});

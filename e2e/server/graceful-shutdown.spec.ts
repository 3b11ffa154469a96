// SIGTERM during a burst (issue 11 §6): the clustered server (scripts/serve.mjs) answers every
// request it accepted — page renders and real submit server actions over HTTP — stores exactly
// one assessment per accepted submit, refuses new connections afterwards, and exits cleanly.
import { type ChildProcess, spawn } from "node:child_process";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { env } from "../../lib/env";
import { ensureClinic, upsertAccount } from "../../prisma/accounts";
import { scriptClient } from "../../prisma/client";
import { seal } from "../../scripts/rotate-keys";
import { validInput } from "../../tests/integration/helpers/answers";
import { expect, test } from "../fixtures";

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

interface Outcome {
  status?: number;
  body?: string;
  error?: string;
}

/** One request on its own connection; resolves with the full answer or the socket error. */
function send(
  port: number,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string },
  onConnect: () => void,
): Promise<Outcome> {
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port,
        path,
        method: init.method ?? "GET",
        headers: init.headers,
        agent: false,
      },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (d) => (body += d));
        res.on("end", () => resolve({ status: res.statusCode, body }));
        res.on("error", (e) => resolve({ error: (e as NodeJS.ErrnoException).code ?? e.message }));
      },
    );
    req.on("socket", (s) => s.once("connect", onConnect));
    req.on("error", (e) => resolve({ error: (e as NodeJS.ErrnoException).code ?? e.message }));
    req.end(init.body);
  });
}

// The bench's server-action client, loaded natively: Playwright would compile an ES module
// imported statically into CommonJS.
type Actions = typeof import("../../scripts/bench/actions.mjs");
const actions = (): Promise<Actions> =>
  import(pathToFileURL(path.resolve("scripts/bench/actions.mjs")).href);

test.describe("graceful shutdown", () => {
  let server: ChildProcess | undefined;
  test.afterAll(() => {
    if (server && server.exitCode === null) server.kill("SIGKILL");
  });

  test("SIGTERM during a burst answers every accepted request and stores each accepted submit once", async () => {
    test.setTimeout(180_000);
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    server = spawn(
      process.execPath,
      ["scripts/serve.mjs", "--port", String(port), "--hostname", "127.0.0.1", "--workers", "2"],
      {
        env: { ...process.env, BETTER_AUTH_URL: url, DRAIN_TIMEOUT_MS: "30000" },
        stdio: ["ignore", "ignore", "inherit"],
      },
    );
    const exited = new Promise<number | null>((r) => server?.once("exit", (code) => r(code)));
    await expect
      .poll(
        () =>
          fetch(`${url}/sign-in`).then(
            (r) => r.status,
            () => 0,
          ),
        { timeout: 90_000 },
      )
      .toBe(200);

    const db = scriptClient();
    const clinicId = await ensureClinic(db, "E2E Clinic Shutdown");
    const email = `shutdown-${Date.now()}@test.local`;
    const clinicianId = await upsertAccount(db, {
      email,
      name: "Dr Shutdown",
      role: "clinician",
      clinicId,
      password: "e2e-password-shutdown",
    });
    const { actionId, signIn } = await actions();
    const cookie = await signIn(url, email, "e2e-password-shutdown");
    const [openDraft, ...drafts] = await Promise.all(
      Array.from({ length: 13 }, () =>
        db.draft.create({
          // An empty draft, sealed as the app seals drafts (pages list and open them).
          data: { clinicianId, payload: seal("{}", env().ENCRYPTION_KEYS[0]) },
          select: { id: true },
        }),
      ),
    );
    const submitId = actionId("submitAssessmentAction");

    let connected = 0;
    const onConnect = () => connected++;
    // Signed in, as every request of the burst is (the sign-in page would redirect).
    const pages = ["/evidence", "/assessments", `/checklist/${openDraft.id}/patient`];
    const burst: Promise<Outcome & { kind: string; draftId?: string }>[] = [];
    for (let i = 0; i < 48; i++) {
      const path = pages[i % pages.length];
      burst.push(
        send(port, path, { headers: { cookie } }, onConnect).then((o) => ({ ...o, kind: path })),
      );
    }
    for (const [i, d] of drafts.entries()) {
      const body = JSON.stringify([{ draftId: d.id, answers: validInput(`SHUTDOWN-${i}`) }]);
      burst.push(
        send(
          port,
          `/checklist/${d.id}/review`,
          {
            method: "POST",
            headers: {
              Accept: "text/x-component",
              "Content-Type": "text/plain;charset=UTF-8",
              "Next-Action": submitId,
              Origin: url,
              cookie,
            },
            body,
          },
          onConnect,
        ).then((o) => ({ ...o, kind: "submit", draftId: d.id })),
      );
    }
    // Every request is on an accepted connection before the signal.
    await expect.poll(() => connected, { timeout: 10_000 }).toBe(burst.length);
    await new Promise((r) => setTimeout(r, 300));
    server.kill("SIGTERM");

    const outcomes = await Promise.all(burst);
    const failed = outcomes.filter((o) => o.error || o.status !== 200);
    const brief = failed.map((o) => ({ ...o, body: o.body?.slice(0, 80) }));
    expect(brief, JSON.stringify(brief.slice(0, 3))).toEqual([]);
    for (const o of outcomes.filter((x) => x.kind === "submit"))
      expect(o.body).toContain('"ok":true');
    const stored = await db.assessment.groupBy({
      by: ["draftId"],
      where: { draftId: { in: drafts.map((d) => d.id) } },
      _count: true,
    });
    expect(stored).toHaveLength(drafts.length);
    expect(stored.every((s) => s._count === 1)).toBe(true);

    expect(await exited).toBe(0);
    // Nothing listens any more: a new connection is refused, not reset mid-request.
    const after = await send(port, "/sign-in", {}, () => {});
    expect(after.error).toBe("ECONNREFUSED");
    await db.$disconnect();
  });
});

#!/usr/bin/env node
import { spawn } from "node:child_process";
// `npm run soak`: a bounded soak of the production build on a throwaway database, loopback
// only, served as `npm start` serves it (scripts/serve.mjs: app processes plus the publisher).
// For SOAK_MINUTES (default 2) it sends SOAK_RATE requests a second (default 10, open loop: a
// slow answer does not slow the sender) of mixed clinician and admin traffic (sign-ins, new
// drafts, steps, saves, figures), signed in as SOAK_CLINICIANS clinicians and SOAK_ADMINS
// admins; besides, SOAK_DASHBOARDS open dashboards (default 2) poll the figures' version as the
// page does and fetch the figures when a release is published, and a clinician submits a
// complete assessment every SOAK_SUBMIT_SECONDS (default 3), so releases keep being published.
// It prints errors, p50/p95/p99 latency and the server's memory (RSS of its process tree,
// publisher included) every SOAK_REPORT_SECONDS, then a summary per request kind and the memory
// over time (sampled every SOAK_MEMORY_SECONDS, default 10) with its slope after the warm-up.
// It exits non-zero, naming each miss, unless the targets are met: no error and nothing
// unanswered, p95 under SOAK_TARGET_P95_MS (default 300) for every kind, sign-in included, and
// flat memory (slope at most SOAK_MEMORY_SLOPE_MB_PER_MIN, default 3, scripts/soak/memory.mjs).
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { percentile, signIn } from "./bench/http.mjs";
import { ensureBuild, startServer } from "./bench/server.mjs";
import { tsx } from "./bench/steps.mjs";
import { APP_ROLE, appUrlFrom, ensureAppRole, PUBLISHER_ROLE } from "./lib/app-role.mjs";
import { freePort, randomPassword, startThrowawayCluster } from "./lib/database.mjs";
import { ensureInstalled } from "./lib/install.mjs";
import { migrate, prismaGenerate } from "./lib/prepare.mjs";
import { log, root } from "./lib/run.mjs";
import { memoryVerdict, sampleMemory } from "./soak/memory.mjs";

const MINUTES = Number(process.env.SOAK_MINUTES ?? 2);
const RATE = Number(process.env.SOAK_RATE ?? 10);
const CLINICIANS = Number(process.env.SOAK_CLINICIANS ?? 20);
const ADMINS = Number(process.env.SOAK_ADMINS ?? 4);
const REPORT_S = Number(process.env.SOAK_REPORT_SECONDS ?? 30);
const DASHBOARDS = Number(process.env.SOAK_DASHBOARDS ?? 2);
const SUBMIT_S = Number(process.env.SOAK_SUBMIT_SECONDS ?? 3);
/** The open dashboard's version poll (components/admin/queries.ts POLL_MS). */
const POLL_S = 15;
const MAX_IN_FLIGHT = 200;
const TARGET_P95_MS = Number(process.env.SOAK_TARGET_P95_MS ?? 300);
const MEMORY_S = Number(process.env.SOAK_MEMORY_SECONDS ?? 10);
const SLOPE_LIMIT = Number(process.env.SOAK_MEMORY_SLOPE_MB_PER_MIN ?? 3);
const PASSWORD = `soak-${randomBytes(12).toString("base64url")}`;

/** What one request of each kind does; weights are a share of all requests. */
const KINDS = [
  { name: "clinician: sign in", weight: 4, who: "clinician", run: (u) => signInAgain(u) },
  {
    name: "clinician: start a draft",
    weight: 4,
    who: "clinician",
    run: (u) => startDraft(u).then(() => null),
  },
  {
    name: "clinician: assessments list",
    weight: 25,
    who: "clinician",
    run: (u) => get(u, "/assessments"),
  },
  {
    name: "clinician: checklist step",
    weight: 20,
    who: "clinician",
    run: (u) => get(u, `/checklist/${u.draft}/use-pattern`),
  },
  { name: "clinician: save draft", weight: 20, who: "clinician", run: (u) => saveDraft(u) },
  {
    name: "admin: dashboard figures",
    weight: 15,
    who: "admin",
    run: (u) => get(u, "/api/admin/aggregates?clinic=all"),
  },
  { name: "admin: dashboard page", weight: 7, who: "admin", run: (u) => get(u, "/admin") },
  { name: "admin: audit log", weight: 5, who: "admin", run: (u) => get(u, "/admin/audit") },
];

/** Requests on a timer rather than in the open loop's mix. */
const SCHEDULED = ["admin: open dashboard's version poll", "clinician: submit an assessment"];

/** The kind whose share of the total weight contains `point`. */
function pickKind(point) {
  let below = 0;
  for (const kind of KINDS) {
    below += kind.weight;
    if (point < below) return kind;
  }
  return KINDS[0];
}

let base;
let actionIds;

function actionId(name) {
  actionIds ??= JSON.parse(
    readFileSync(`${root}/.next/server/server-reference-manifest.json`, "utf8"),
  ).node;
  const entry = Object.entries(actionIds).find(([, v]) => v.exportedName === name);
  if (!entry) throw new Error(`${name} not found in the build`);
  return entry[0];
}

async function get(user, path) {
  const response = await fetch(`${base}${path}`, {
    headers: { cookie: user.cookie },
    redirect: "manual",
  });
  await response.arrayBuffer();
  return response.status === 200 ? null : `HTTP ${response.status} ${path.split("?")[0]}`;
}

function action(user, path, name, payload) {
  return fetch(`${base}${path}`, {
    method: "POST",
    redirect: "manual",
    headers: {
      cookie: user.cookie,
      "Next-Action": actionId(name),
      Origin: base,
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
    },
    body: JSON.stringify([payload]),
  });
}

async function saveDraft(user) {
  const step = 1 + (user.saves++ % 3);
  const response = await action(user, `/checklist/${user.draft}/patient`, "saveDraftAction", {
    draftId: user.draft,
    answers: {},
    stepReached: step,
  });
  const body = await response.text();
  if (response.status !== 200) return `HTTP ${response.status} save`;
  return /"ok":true/.test(body)
    ? null
    : `save refused: ${/"formError":"([^"]{0,80})/.exec(body)?.[1] ?? "?"}`;
}

async function signInAgain(user) {
  await signIn(base, user.email, PASSWORD);
  return null;
}

/** The submit action alone (its draft is started, and timed, as a request of its own). */
async function submit(user, draftId, answers) {
  const response = await action(user, `/checklist/${draftId}/review`, "submitAssessmentAction", {
    draftId,
    answers,
  });
  const body = await response.text();
  if (response.status !== 200 && response.status !== 303) return `HTTP ${response.status} submit`;
  return /"formError":"([^"]{0,80})/.exec(body)?.[1]
    ? `submit refused: ${/"formError":"([^"]{0,80})/.exec(body)[1]}`
    : null;
}

/** An open dashboard: the version poll, and the figures again when the version moves. */
async function pollDashboard(admin) {
  const response = await fetch(`${base}/api/admin/aggregates/version`, {
    headers: { cookie: admin.cookie },
  });
  if (response.status !== 200) return `HTTP ${response.status} version`;
  const { version } = await response.json();
  if (version && version !== admin.version) {
    admin.version = version;
    admin.releases = (admin.releases ?? 0) + 1;
    return get(admin, `/api/admin/aggregates?clinic=all&version=${version}`);
  }
  return null;
}

async function startDraft(user) {
  const response = await action(user, "/assessments", "startAssessmentAction", {});
  await response.arrayBuffer();
  const to = response.headers.get("x-action-redirect") ?? "";
  const id = /\/checklist\/([0-9a-f-]{36})/.exec(to)?.[1];
  if (!id) throw new Error(`could not start a draft (${response.status})`);
  return id;
}

/**
 * The server `npm start` runs (scripts/serve.mjs: app processes and the publisher) on loopback,
 * or SOAK_SERVER_COMMAND (PORT and HOST in its environment).
 */
async function serve(port, env) {
  if (!process.env.SOAK_SERVER_COMMAND) return startServer(port, env);
  const [command, ...args] = process.env.SOAK_SERVER_COMMAND.split(" ");
  const child = spawn(command, args, {
    cwd: root,
    env: { ...env, PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", resolve);
      child.kill("SIGTERM");
    });
  for (let i = 0; i < 240 && child.exitCode === null; i++) {
    if (
      await fetch(`${base}/sign-in`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { pid: child.pid, stop };
    await new Promise((r) => setTimeout(r, 500));
  }
  await stop();
  throw new Error("the server did not answer within two minutes");
}

const fmt = (ms) => `${Math.round(ms)} ms`;

function summarise(samples) {
  const ms = samples.map((s) => s.ms);
  return {
    n: samples.length,
    errors: samples.filter((s) => s.error).length,
    p50: percentile(ms, 50),
    p95: percentile(ms, 95),
    p99: percentile(ms, 99),
  };
}

async function main() {
  await ensureInstalled();
  const cluster = await startThrowawayCluster();
  let server;
  try {
    await migrate(cluster.ownerUrl);
    const appPassword = randomPassword();
    const publisherPassword = randomPassword();
    await ensureAppRole(cluster.ownerUrl, {
      role: APP_ROLE,
      password: appPassword,
      publisher: { role: PUBLISHER_ROLE, password: publisherPassword },
    });
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    const env = {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: appUrlFrom(cluster.ownerUrl, appPassword),
      PUBLISHER_DATABASE_URL: appUrlFrom(cluster.ownerUrl, publisherPassword, PUBLISHER_ROLE),
      BETTER_AUTH_URL: base,
      BETTER_AUTH_SECRET: randomBytes(32).toString("base64url"),
      PATIENT_REF_HMAC_KEY: randomBytes(32).toString("base64"),
      ENCRYPTION_KEYS: `k1:${randomBytes(32).toString("base64")}`,
      DEMO_MODE: "false",
      LOG_LEVEL: "warn",
    };
    await prismaGenerate();
    // The build collects route configuration with the server's settings (as the bench's does):
    // a route module that reads them at load would fail a build without them.
    Object.assign(process.env, env);
    await ensureBuild();
    const answersFile = `${mkdtempSync(`${tmpdir()}/kratom-soak-`)}/answers.json`;
    await tsx(["scripts/soak/accounts.ts"], {
      ...env,
      MIGRATION_DATABASE_URL: cluster.ownerUrl,
      SOAK_ANSWERS_OUT: answersFile,
      SOAK_CLINICIANS: String(CLINICIANS),
      SOAK_ADMINS: String(ADMINS),
      SOAK_PASSWORD: PASSWORD,
    });
    const answers = JSON.parse(readFileSync(answersFile, "utf8"));
    server = await serve(port, env);
    const users = { clinician: [], admin: [] };
    for (let i = 0; i < CLINICIANS; i++) {
      const email = `soak-clinician-${i}@soak.test`;
      const user = { email, cookie: await signIn(base, email, PASSWORD), saves: 0 };
      user.draft = await startDraft(user);
      users.clinician.push(user);
    }
    for (let i = 0; i < ADMINS; i++)
      users.admin.push({ cookie: await signIn(base, `soak-admin-${i}@soak.test`, PASSWORD) });
    const pid = server.pid;

    log(
      `Soak: ${MINUTES} min at ${RATE} requests/s, ${CLINICIANS} clinicians and ${ADMINS} admins, ${DASHBOARDS} open dashboards, a submission every ${SUBMIT_S} s, server pid ${pid}`,
    );
    const totalWeight = KINDS.reduce((s, k) => s + k.weight, 0);
    const samples = [];
    const memory = [sampleMemory(pid, 0)];
    const errorCounts = new Map();
    let inFlight = 0;
    let dropped = 0;
    let turn = 0;
    const started = Date.now();
    const end = started + MINUTES * 60_000;
    let window = [];
    let nextReport = started + REPORT_S * 1000;
    console.log("   t (s) | requests | errors |   p50 |   p95 |   p99 | server RSS");

    const record = (name, run) => {
      inFlight++;
      const t0 = performance.now();
      return run()
        .catch((e) => `network: ${e.cause?.code ?? e.message}`)
        .then((error) => {
          inFlight--;
          const sample = { kind: name, ms: performance.now() - t0, error };
          samples.push(sample);
          window.push(sample);
          if (error) errorCounts.set(error, (errorCounts.get(error) ?? 0) + 1);
          return error;
        });
    };
    const fire = (kind) => {
      if (inFlight >= MAX_IN_FLIGHT) return dropped++;
      const pool = users[kind.who];
      const user = pool[turn++ % pool.length];
      record(kind.name, () => kind.run(user));
    };
    // Beside the open loop: the open dashboards' polls and the regular submissions.
    const dashboards = users.admin.slice(0, DASHBOARDS);
    const timers = [
      ...dashboards.map((admin, i) =>
        setTimeout(
          () => {
            const poll = () => record(SCHEDULED[0], () => pollDashboard(admin));
            poll();
            timers.push(setInterval(poll, POLL_S * 1000));
          },
          (i * POLL_S * 1000) / Math.max(1, dashboards.length),
        ),
      ),
      setInterval(
        () => memory.push(sampleMemory(pid, Math.round((Date.now() - started) / 1000))),
        MEMORY_S * 1000,
      ),
      setInterval(() => {
        const user = users.clinician[turn++ % users.clinician.length];
        const answer = answers[turn % answers.length];
        let draftId;
        record(KINDS[1].name, async () => {
          draftId = await startDraft(user);
          return null;
        }).then((error) => error || record(SCHEDULED[1], () => submit(user, draftId, answer)));
      }, SUBMIT_S * 1000),
    ];

    // Open loop: request i is due at started + i / RATE seconds.
    for (let i = 0; ; i++) {
      const due = started + (i * 1000) / RATE;
      if (due >= end) break;
      const wait = due - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      fire(pickKind(Math.random() * totalWeight));
      if (Date.now() >= nextReport) {
        const s = summarise(window);
        const t = Math.round((Date.now() - started) / 1000);
        const { total: mb } = sampleMemory(pid, t);
        console.log(
          `${String(t).padStart(8)} | ${String(s.n).padStart(8)} | ${String(s.errors).padStart(6)} | ${fmt(s.p50).padStart(5)} | ${fmt(s.p95).padStart(5)} | ${fmt(s.p99).padStart(5)} | ${mb} MB`,
        );
        window = [];
        nextReport += REPORT_S * 1000;
      }
    }
    for (const t of timers) clearInterval(t);
    const drainUntil = Date.now() + 30_000;
    while (inFlight > 0 && Date.now() < drainUntil) await new Promise((r) => setTimeout(r, 100));
    const runSeconds = Math.round((Date.now() - started) / 1000);
    memory.push(sampleMemory(pid, runSeconds));

    const all = summarise(samples);
    console.log(
      `\nSoak summary: ${MINUTES} min, target ${RATE} requests/s, ${all.n} answered, ${all.errors} errors, ${dropped} not sent (over ${MAX_IN_FLIGHT} in flight), ${inFlight} unanswered`,
    );
    const missed = [];
    console.log(`| Requests | n | errors | p50 | p95 | p99 | p95 < ${TARGET_P95_MS} ms |`);
    console.log("|---|---:|---:|---:|---:|---:|---|");
    for (const name of [...KINDS.map((k) => k.name), ...SCHEDULED]) {
      const s = summarise(samples.filter((x) => x.kind === name));
      const met = s.n > 0 && s.p95 < TARGET_P95_MS;
      if (!met) missed.push(`${name}: p95 ${fmt(s.p95)} (n ${s.n}), target < ${TARGET_P95_MS} ms`);
      console.log(
        `| ${name} | ${s.n} | ${s.errors} | ${fmt(s.p50)} | ${fmt(s.p95)} | ${fmt(s.p99)} | ${met ? "yes" : "NO"} |`,
      );
    }
    console.log(
      `| all | ${all.n} | ${all.errors} | ${fmt(all.p50)} | ${fmt(all.p95)} | ${fmt(all.p99)} | |`,
    );
    const releases = dashboards.map((d) => d.releases ?? 0);
    console.log(`Releases seen by the open dashboards: ${releases.join(", ")}`);
    console.log(
      `Server RSS over time, MB (total = app processes + publisher + supervisor):\n${memory
        .map((m) => `  ${m.t}s ${m.total} (app ${m.app}, publisher ${m.publisher})`)
        .join("\n")}`,
    );
    const mem = memoryVerdict(memory, runSeconds, SLOPE_LIMIT);
    const slope = (v) => (v === null ? "n/a" : `${v >= 0 ? "+" : ""}${v.toFixed(2)} MB/min`);
    console.log(
      `Memory slope after ${Math.round(mem.warm)} s (${mem.samples} samples): total ${slope(mem.slopes.total)}, app processes ${slope(mem.slopes.app)}, publisher ${slope(mem.slopes.publisher)}; ${mem.flat ? "flat" : "NOT flat"} (limit ${SLOPE_LIMIT} MB/min)`,
    );
    for (const [error, count] of errorCounts) console.log(`  error ×${count}: ${error}`);
    if (all.errors > 0) missed.push(`${all.errors} errors (target 0)`);
    if (dropped > 0 || inFlight > 0)
      missed.push(`${dropped} not sent and ${inFlight} unanswered (target 0)`);
    if (!mem.flat)
      missed.push(`memory not flat: ${slope(mem.slopes.total)} (limit ${SLOPE_LIMIT} MB/min)`);
    if (missed.length > 0) {
      console.log(`\nTargets missed:\n${missed.map((m) => `  - ${m}`).join("\n")}`);
      process.exitCode = 1;
    } else console.log("\nTargets met: 0 errors, every kind's p95 under target, flat memory.");
  } finally {
    if (server) await server.stop();
    await cluster.stop();
  }
}

main().catch((error) => {
  process.stderr.write(`\n${error.message}\n`);
  process.exit(1);
});

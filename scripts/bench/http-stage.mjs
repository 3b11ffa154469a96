// The path a browser takes, over HTTP against the production server (scripts/serve.mjs), beside
// the raw PostgreSQL statements in the same run: submit and autosave as real server-action
// requests (actions.mjs), the summary and checklist step pages as a browser's first load, and the
// aggregate route. Series run in interleaved rounds (every series once per round, the rounds one
// after another) and are reported as medians with min–max, so a noisy moment hits one round of
// every series instead of all rounds of one. Then a submit curve at 1/4/16/64 clients.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { log } from "../lib/run.mjs";
import { callAction } from "./actions.mjs";
import { treeCpuMs } from "./cpu.mjs";
import { percentile } from "./http.mjs";
import { tsx } from "./steps.mjs";
import { harness } from "./submit-stage.mjs";

const REQUEST_TIMEOUT_MS = 30_000;

/** `count` requests from `clients` closed-loop clients; throughput, p50, p95, failures. */
export async function load(clients, count, request) {
  const latencies = [];
  let next = 0;
  let failures = 0;
  let firstFailure;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < count) {
        const i = next++;
        const t = performance.now();
        try {
          await request(i);
        } catch (error) {
          failures++;
          firstFailure ??= error.message;
        }
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    throughput: count / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    failures,
    firstFailure,
  };
}

async function get(url, path, cookie) {
  const r = await fetch(`${url}${path}`, {
    headers: { cookie, Accept: "text/html", "Accept-Encoding": "gzip, br" },
    redirect: "manual",
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  await r.arrayBuffer();
  if (r.status !== 200) throw new Error(`GET ${path.split("/")[1]} answered ${r.status}`);
}

/**
 * The figures are read from published releases: poll the version route (as an open dashboard
 * does) until the server's publisher process has published one, and read from that release.
 */
async function publishedVersion(url, cookie, timeoutMs = 120_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const r = await fetch(`${url}/api/admin/aggregates/version`, { headers: { cookie } });
    const body = r.ok ? await r.json() : null;
    if (body?.version) return body.version;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  throw new Error("no release of the figures was published in time");
}

/** Requests of each series sent, unmeasured, before the first round (also by the Next floor). */
export const WARM_UP = 200;

export const median = (xs) => percentile(xs, 50);
export const range = (xs) => `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}`;

/**
 * Measures one database size. Returns table rows and the raw figures the caller compares across
 * sizes. Fixtures (accounts, sessions, drafts, one stored assessment each) are made per size.
 */
export async function measureHttp({ url, serverPid, env, size, rounds, perSeries, clients = 16 }) {
  const out = `${mkdtempSync(`${tmpdir()}/kratom-bench-http-`)}/fixtures.json`;
  const users = 400;
  const curve = [1, 4, 16, 64];
  const curveCount = (c) => Math.min(perSeries.submit, 40 * c);
  const submitsNeeded =
    WARM_UP + rounds * perSeries.submit + curve.reduce((s, c) => s + curveCount(c), 0);
  log(`HTTP stage at ${size}: fixtures (${users} clinicians with sessions and drafts)…`);
  await tsx(
    [
      "--conditions=react-server",
      "scripts/bench/http-fixtures.ts",
      "--users",
      String(users),
      "--drafts",
      String(Math.ceil(submitsNeeded / users) + 1),
      "--out",
      out,
      "--tag",
      size,
    ],
    env,
  );
  const f = JSON.parse(readFileSync(out, "utf8"));
  const { clinicians, admins, answers } = f;
  // Each submit takes the next clinician's next unused draft.
  const queue = clinicians
    .flatMap((_, d) => clinicians.map((c) => ({ cookie: c.cookie, draftId: c.submitDrafts[d] })))
    .filter((j) => j.draftId);
  let taken = 0;
  const submit = async (i) => {
    const job = queue[taken++];
    if (!job) throw new Error("the bench ran out of drafts");
    const { status, result } = await callAction(url, {
      cookie: job.cookie,
      exportedName: "submitAssessmentAction",
      arg: { draftId: job.draftId, answers: answers[i % answers.length] },
      draftId: job.draftId,
    });
    if (status !== 200 || !result?.ok)
      throw new Error(`submit: ${status} ${JSON.stringify(result)}`);
  };
  const who = (i) => clinicians[i % clinicians.length];
  const save = async (i) => {
    const c = who(i);
    const { status, result } = await callAction(url, {
      cookie: c.cookie,
      exportedName: "saveDraftAction",
      arg: { draftId: c.openDraft, answers: answers[i % answers.length], stepReached: 6 },
      draftId: c.openDraft,
    });
    if (status !== 200 || !result?.ok)
      throw new Error(`autosave: ${status} ${JSON.stringify(result)}`);
  };
  const summary = (i) => get(url, `/assessments/${who(i).assessmentId}`, who(i).cookie);
  const step = (i) => get(url, `/checklist/${who(i).openDraft}/patient`, who(i).cookie);
  const version = await publishedVersion(url, admins[0]);
  const aggregate = (i) =>
    get(url, `/api/admin/aggregates?clinic=all&version=${version}`, admins[i % admins.length]);
  const raw = (mode, count) => harness(mode, count, clients, env);

  // The app processes' CPU per request of a series (all workers; PostgreSQL not included).
  const withCpu = async (count, run) => {
    const before = treeCpuMs(serverPid);
    const result = await run();
    const after = treeCpuMs(serverPid);
    return { ...result, cpuMs: before === null ? null : (after - before) / count };
  };
  const http = (count, request) => withCpu(count, () => load(clients, count, request));
  const series = {
    "HTTP submit (server action)": () => http(perSeries.submit, submit),
    "raw pg: the submit's exact statement": () => raw("statement", perSeries.submit),
    "HTTP autosave (server action)": () => http(perSeries.save, save),
    "raw pg: the autosave's exact statement": () => raw("save", perSeries.save),
    "GET summary page": () => http(perSeries.page, summary),
    "GET checklist step page": () => http(perSeries.page, step),
    "GET aggregate route": () => http(perSeries.page, aggregate),
  };
  const results = Object.fromEntries(Object.keys(series).map((k) => [k, []]));
  // One warm-up pass of every series, not counted: route modules load on first use in each app
  // process, and V8 optimises the hot paths only after some hundreds of requests. Without it the
  // first size measured a server minutes younger than the second (its rounds were the slowest).
  for (const [count, request] of [
    [WARM_UP, submit],
    [WARM_UP, save],
    [WARM_UP, summary],
    [WARM_UP, step],
    [WARM_UP / 4, aggregate],
  ]) {
    const warm = await load(clients, count, request);
    if (warm.failures) throw new Error(`warm-up: ${warm.firstFailure}`);
  }
  for (let r = 0; r < rounds; r++) {
    log(`HTTP stage at ${size}: round ${r + 1} of ${rounds}…`);
    for (const [name, run] of Object.entries(series)) results[name].push(await run());
  }
  const curveResults = [];
  for (const c of curve) curveResults.push([c, await load(c, curveCount(c), submit)]);

  const rows = [];
  const fig = {};
  for (const [name, runs] of Object.entries(results)) {
    const t = runs.map((x) => x.throughput);
    const p95 = median(runs.map((x) => x.p95));
    const failures = runs.reduce((s, x) => s + (x.failures ?? 0), 0);
    fig[name] = { throughput: median(t), p95, p50: median(runs.map((x) => x.p50)) };
    const cpu = runs.map((x) => x.cpuMs).filter((x) => typeof x === "number");
    const cpuText = cpu.length ? `, app CPU ${median(cpu).toFixed(1)} ms/request` : "";
    const target = {
      "HTTP submit (server action)": ["≥ 200/s, p95 ≤ 150 ms", median(t) >= 200 && p95 <= 150],
      "HTTP autosave (server action)": ["≥ 400/s", median(t) >= 400],
      "GET summary page": ["≥ 150/s", median(t) >= 150],
      "GET checklist step page": ["≥ 150/s", median(t) >= 150],
    }[name] ?? ["", null];
    rows.push([
      `${name}, ${clients} clients, ${size}`,
      `${median(t).toFixed(0)}/s (${range(t)}), p50 ${fig[name].p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms${cpuText}${failures ? `, ${failures} FAILED (${runs.find((x) => x.firstFailure)?.firstFailure})` : ""}`,
      target[0],
      failures ? false : target[1],
    ]);
  }
  const ratio = (a, b) => median(results[a].map((x, i) => x.throughput / results[b][i].throughput));
  const submitRatio = ratio("HTTP submit (server action)", "raw pg: the submit's exact statement");
  const saveRatio = ratio(
    "HTTP autosave (server action)",
    "raw pg: the autosave's exact statement",
  );
  rows.push([
    `  ratio HTTP submit / raw statement (per round, median), ${size}`,
    submitRatio.toFixed(2),
    "≥ 0.35",
    submitRatio >= 0.35,
  ]);
  rows.push([`  ratio HTTP autosave / raw statement, ${size}`, saveRatio.toFixed(2), "", null]);
  for (const [c, x] of curveResults) {
    const one = c === 1;
    rows.push([
      `  HTTP submit curve, ${c} client${one ? "" : "s"}, ${size}`,
      `${x.throughput.toFixed(0)}/s, p50 ${x.p50.toFixed(1)} ms, p95 ${x.p95.toFixed(1)} ms${x.failures ? `, ${x.failures} FAILED` : ""}`,
      one ? "p50 ≤ 30 ms" : "",
      one ? x.p50 <= 30 && !x.failures : null,
    ]);
  }
  return { rows, fig };
}

// The CDS hook's latency over HTTP (scripts/bench/cds-hook.ts, in its own process): order-select
// with prefetch at 16 concurrent requests, against the same running server as the HTTP stage,
// with the app's CPU per request (scripts/bench/cpu.mjs) beside it.
import { log } from "../lib/run.mjs";
import { treeCpuMs } from "./cpu.mjs";
import { tsx } from "./steps.mjs";

const run = (url, env, clients, count) =>
  tsx(
    [
      "scripts/bench/cds-hook.ts",
      "--url",
      url,
      "--clients",
      String(clients),
      "--count",
      String(count),
    ],
    env,
    true,
  ).then(JSON.parse);

export async function measureCds({ url, serverPid, env, clients, count = 300 }) {
  log(`CDS hook: ${count} order-select calls with prefetch, ${clients} concurrent…`);
  // A first, unmeasured run loads the route modules in every app process.
  await run(url, env, clients, clients);
  const before = treeCpuMs(serverPid);
  const r = await run(url, env, clients, count);
  const after = treeCpuMs(serverPid);
  // Each run also sends 2 × clients unmeasured warm-up calls; they cost the same.
  const cpu = before === null || after === null ? null : (after - before) / (count + 2 * clients);
  return [
    [
      `CDS hook order-select with prefetch, ${clients} concurrent: p95 (p50)`,
      `${r.p95.toFixed(1)} ms (${r.p50.toFixed(1)} ms), ${r.throughput.toFixed(0)}/s${cpu === null ? "" : `, app CPU ${cpu.toFixed(1)} ms`}`,
      "≤ 50 ms",
      r.p95 <= 50,
    ],
    [
      "CDS hook: calls that should have had a card but came back empty (over the time budget)",
      `${r.missing} of ${Math.round((2 * count) / 3)}`,
      "0",
      r.missing === 0,
    ],
  ];
}

/**
 * The first hook after a fresh start of another server on `port` (scripts/bench/cds-first-hook.ts):
 * an EHR registered before the start must get its card, within the hook's 500 ms budget.
 */
export async function measureFirstHook({ env, port }) {
  log("CDS hook: the first call after a fresh start…");
  const r = JSON.parse(
    await tsx(["scripts/bench/cds-first-hook.ts", "--port", String(port)], env, true),
  );
  return [
    [
      "CDS hook: first call after a fresh start (cards; start until ready)",
      `${r.first.ms} ms (${r.first.cards} card); next call ${r.second.ms} ms; ready in ${(r.readyMs / 1000).toFixed(1)} s`,
      "1 card, ≤ 500 ms",
      r.first.cards === 1 && r.first.ms <= 500,
    ],
  ];
}

// Submissions with concurrent clients: the app's submit path in-process (the submit action's
// work after its session and rate-limit checks: zod, assess, the DAL's transaction), then the same
// rows with plain pg, then the ratio. Each runs in its own process (see submit-harness.ts).
import { log } from "../lib/run.mjs";
import { tsx } from "./steps.mjs";

const harness = (mode, count, clients, env) =>
  tsx(
    [
      "--conditions=react-server",
      "scripts/bench/submit-harness.ts",
      "--mode",
      mode,
      "--count",
      String(count),
      "--clients",
      String(clients),
    ],
    env,
    true,
  ).then(JSON.parse);

export async function measureSubmissions({ count, clients, env }) {
  log(`Submitting ${count} assessments with ${clients} concurrent clients (app, then plain pg)…`);
  const app = await harness("app", count, clients, env);
  const base = await harness("baseline", count, clients, env);
  const ratio = app.throughput / base.throughput;
  return [
    [
      `Submit path (zod + assess + one SQL statement), ${clients} clients`,
      `${app.throughput.toFixed(0)}/s, p95 ${app.p95.toFixed(1)} ms`,
      "≥ 200/s, p95 ≤ 100 ms",
      app.throughput >= 200 && app.p95 <= 100,
    ],
    [
      `Same rows with plain pg (baseline), ${clients} clients`,
      `${base.throughput.toFixed(0)}/s, p95 ${base.p95.toFixed(1)} ms`,
      "",
      null,
    ],
    ["Ratio app / baseline (throughput)", ratio.toFixed(2), "≥ 0.5", ratio >= 0.5],
  ];
}

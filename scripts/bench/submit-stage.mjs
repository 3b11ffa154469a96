// Component figures: the submit path in-process (zod, assess, encryption, the one statement,
// no HTTP and no Next), then the same statement through plain pg. They show what the submit's
// own code costs; what a browser meets is the HTTP stage (http-stage.mjs). Each runs in its own
// process (see submit-harness.ts).
import { log } from "../lib/run.mjs";
import { tsx } from "./steps.mjs";

/** One run of submit-harness.ts in its own process; its JSON line of results. */
export const harness = (mode, count, clients, env) =>
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
  log(`Component figures: ${count} submits in-process with ${clients} clients, then plain pg…`);
  const app = await harness("app", count, clients, env);
  const base = await harness("statement", count, clients, env);
  const ratio = app.throughput / base.throughput;
  return [
    [
      `Component figure: submit path in-process (zod + assess + statement, no HTTP), ${clients} clients`,
      `${app.throughput.toFixed(0)}/s, p95 ${app.p95.toFixed(1)} ms`,
      "",
      null,
    ],
    [
      `Component figure: the same statement with plain pg, ${clients} clients`,
      `${base.throughput.toFixed(0)}/s, p95 ${base.p95.toFixed(1)} ms`,
      "",
      null,
    ],
    ["Component figure: ratio in-process / plain pg", ratio.toFixed(2), "", null],
  ];
}

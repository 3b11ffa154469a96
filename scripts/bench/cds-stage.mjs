// The CDS hook's latency over HTTP (scripts/bench/cds-hook.ts, in its own process): order-select
// with prefetch at 16 concurrent requests, against the same running server as the HTTP stage.
import { log } from "../lib/run.mjs";
import { tsx } from "./steps.mjs";

export async function measureCds({ url, env, clients, count = 300 }) {
  log(`CDS hook: ${count} order-select calls with prefetch, ${clients} concurrent…`);
  const r = JSON.parse(
    await tsx(
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
    ),
  );
  return [
    [
      `CDS hook order-select with prefetch, ${clients} concurrent: p95 (p50)`,
      `${r.p95.toFixed(1)} ms (${r.p50.toFixed(1)} ms), ${r.throughput.toFixed(0)}/s`,
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

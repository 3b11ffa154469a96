// The 30-medicine prefill figure (issue 19: a launch with a 30-medicine record prefills in under
// 1 s against the local test EHR): scripts/bench/prefill-launch.ts in its own process, against the
// running server. BENCH_ONLY=prefill runs only the build, a small seed and this stage.
import { log } from "../lib/run.mjs";
import { tsx } from "./steps.mjs";

export async function measurePrefill({ url, env, runs = 8 }) {
  log(`EHR prefill: ${runs} launches with a 30-medicine record against the test EHR…`);
  const r = JSON.parse(
    await tsx(
      [
        "--conditions=react-server",
        "scripts/bench/prefill-launch.ts",
        "--url",
        url,
        "--runs",
        String(runs),
      ],
      env,
      true,
    ),
  );
  const fig = (s) => `${s.p50.toFixed(0)} ms (p95 ${s.p95.toFixed(0)} ms, over ${r.runs} runs)`;
  return [
    [
      `EHR launch with a 30-medicine record, end to end over HTTP: median (p95)`,
      fig(r.launch),
      "< 1000 ms",
      r.launch.p95 < 1000,
    ],
    [
      `EHR prefill alone (record read, ${r.recognised} matched + ${r.unrecognised} listed, stored): median (p95)`,
      fig(r.prefill),
      "< 1000 ms",
      r.prefill.p95 < 1000,
    ],
  ];
}

// HTTP helpers: the real sign-in (the sign-in server action, called as the browser calls it, in
// actions.mjs), and a timed loop over the aggregate route.
export { signIn } from "./actions.mjs";

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return (
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0
  );
}

/** Waits until the server serves figures of `version` (it rebuilds them after a refresh). */
export async function waitForVersion(url, cookie, version, timeoutMs = 180_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const r = await fetch(`${url}/api/admin/aggregates?clinic=all`, { headers: { cookie } });
    if (r.ok && (await r.json()).version === version) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the server did not serve the refreshed figures in time");
}

/** `count` sequential GETs over a rotation of filter sets; latency in ms, end to end. */
export async function timeAggregates(url, cookie, queries, count) {
  const latencies = [];
  for (let i = 0; i < count; i++) {
    const t = performance.now();
    const r = await fetch(`${url}/api/admin/aggregates?${queries[i % queries.length]}`, {
      headers: { cookie },
    });
    await r.arrayBuffer();
    if (!r.ok) throw new Error(`aggregate route answered ${r.status}`);
    latencies.push(performance.now() - t);
  }
  return { p50: percentile(latencies, 50), p95: percentile(latencies, 95) };
}

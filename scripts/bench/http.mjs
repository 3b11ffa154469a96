// HTTP helpers: the real sign-in (the sign-in server action, called as the browser calls it),
// and a timed loop over the aggregate route.
import { readFileSync } from "node:fs";
import { root } from "../lib/run.mjs";

/** The server action id of signInAction, from the build's server reference manifest. */
function signInActionId() {
  const manifest = JSON.parse(
    readFileSync(`${root}/.next/server/server-reference-manifest.json`, "utf8"),
  );
  const entry = Object.entries(manifest.node).find(([, v]) => v.exportedName === "signInAction");
  if (!entry) throw new Error("signInAction not found in the build");
  return entry[0];
}

/** Signs in through the sign-in form's action and returns the session cookie. */
export async function signIn(url, email, password) {
  const response = await fetch(`${url}/sign-in`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "Next-Action": signInActionId(),
      Origin: url,
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
    },
    body: JSON.stringify([{ email, password }]),
  });
  const cookie = response.headers.getSetCookie().find((c) => c.includes("session_token"));
  if (!cookie) throw new Error(`sign-in as ${email} failed (${response.status})`);
  return cookie.split(";")[0];
}

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

// Memory of the served app over a soak: the RSS of every process in the server's tree (the
// supervisor, each app worker, the publisher), sampled on a timer, and whether it stayed flat —
// the least-squares slope after a warm-up, against a limit in MB a minute. Linux /proc only.
import { readdirSync, readFileSync } from "node:fs";

/** Every process under `pid` (itself included) with its RSS in MB and what it is. */
export function treeProcesses(pid) {
  const found = [];
  // A child of the publisher (tsx's esbuild service) counts as the publisher.
  const visit = (p, parent) => {
    try {
      const status = readFileSync(`/proc/${p}/status`, "utf8");
      const cmd = readFileSync(`/proc/${p}/cmdline`, "utf8").replaceAll("\0", " ");
      const what =
        parent === "publisher" || /publisher/.test(cmd)
          ? "publisher"
          : p === String(pid)
            ? "supervisor"
            : "app";
      found.push({ pid: p, what, mb: Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024 });
      for (const task of readdirSync(`/proc/${p}/task`))
        for (const child of readFileSync(`/proc/${p}/task/${task}/children`, "utf8").split(/\s+/))
          if (child) visit(child, what);
    } catch {
      // The process ended while we read.
    }
  };
  visit(String(pid));
  return found;
}

/** One sample: seconds since the start, total MB and MB per kind of process. */
export function sampleMemory(pid, t) {
  const sample = { t, total: 0, app: 0, publisher: 0, supervisor: 0 };
  for (const p of treeProcesses(pid)) {
    sample[p.what] += p.mb;
    sample.total += p.mb;
  }
  for (const k of ["total", "app", "publisher", "supervisor"]) sample[k] = Math.round(sample[k]);
  return sample;
}

/** Least-squares slope of `key` over the samples, in MB a minute (null with fewer than 3). */
export function slopeMbPerMin(samples, key) {
  if (samples.length < 3) return null;
  const xs = samples.map((s) => s.t / 60);
  const ys = samples.map((s) => s[key]);
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i] - mx) * (ys[i] - my);
    den += (xs[i] - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}

/**
 * The memory verdict: samples after the warm-up (the first minute, or the first fifth of a
 * longer run: route modules load and V8 tiers up then), each kind's slope, and whether the
 * whole tree's slope is at most `limit` MB a minute.
 */
export function memoryVerdict(samples, runSeconds, limit) {
  const warm = Math.max(60, runSeconds / 5);
  const after = samples.filter((s) => s.t >= warm);
  const slopes = Object.fromEntries(
    ["total", "app", "publisher"].map((k) => [k, slopeMbPerMin(after, k)]),
  );
  return {
    warm,
    samples: after.length,
    slopes,
    flat: slopes.total !== null && slopes.total <= limit,
  };
}

/** Runs `work` over `items` with `clients` concurrent workers; per-item latency in ms. */
export async function timed<T>(items: T[], clients: number, work: (item: T) => Promise<unknown>) {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < items.length) {
        const item = items[next++];
        const t = performance.now();
        await work(item);
        latencies.push(performance.now() - t);
      }
    }),
  );
  return { seconds: (performance.now() - started) / 1000, latencies };
}

/**
 * Runs `work` over `items` in bursts of `size` started at the same moment: each burst is
 * answered in full, then a pause of `pauseMs` before the next. Per-item latency in ms; `seconds`
 * counts the bursts only, not the pauses.
 */
export async function inBursts<T>(
  items: T[],
  size: number,
  pauseMs: number,
  work: (item: T) => Promise<unknown>,
) {
  const latencies: number[] = [];
  let busy = 0;
  for (let at = 0; at < items.length; at += size) {
    if (at > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
    const started = performance.now();
    await Promise.all(
      items.slice(at, at + size).map(async (item) => {
        await work(item);
        latencies.push(performance.now() - started);
      }),
    );
    busy += performance.now() - started;
  }
  return { seconds: busy / 1000, latencies };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return (
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0
  );
}

// CPU time a process tree spent (user + system), read from /proc: the app's cost per request
// in CPU milliseconds, which (unlike throughput) hardly moves when other work shares the cores.
// Linux only; null elsewhere.
import { existsSync, readdirSync, readFileSync } from "node:fs";

const TICK_MS = 10; // USER_HZ is 100 on Linux

/** User + system CPU milliseconds of `pid` and every live descendant, or null without /proc. */
export function treeCpuMs(pid) {
  if (!pid || !existsSync("/proc/self/stat")) return null;
  const parent = new Map();
  const cpu = new Map();
  for (const p of readdirSync("/proc")) {
    if (!/^\d+$/.test(p)) continue;
    try {
      const stat = readFileSync(`/proc/${p}/stat`, "utf8");
      // Fields after the command name (which may hold spaces): state, ppid, … utime, stime.
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      parent.set(p, f[1]);
      cpu.set(p, (Number(f[11]) + Number(f[12])) * TICK_MS);
    } catch {
      // The process ended while we read.
    }
  }
  let total = 0;
  for (const [p, ms] of cpu) {
    for (let q = p; q && q !== "0"; q = parent.get(q))
      if (q === String(pid)) {
        total += ms;
        break;
      }
  }
  return total;
}

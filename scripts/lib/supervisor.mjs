// The cluster primary of scripts/serve.mjs (issue 18 §2): it starts the app processes and the
// publisher, restarts whichever exits with a growing pause, and keeps every healthy one serving.
// It never gives up on a cluster that has served: the only way it stops by itself is when no app
// process has ever listened and they keep dying at start (a broken build or configuration),
// with exit code CANNOT_START so `npm start` reports it instead of restarting it.
import { spawn } from "node:child_process";
import cluster from "node:cluster";
import { getPriority, setPriority } from "node:os";

export const CANNOT_START = 78;
/** A process that stayed up this long is healthy again: its next crash restarts at once. */
const HEALTHY_MS = 60_000;
const MAX_DELAY_MS = 30_000;
const START_FAILURES_BEFORE_GIVING_UP = 5;

/** 250 ms after the first failure in a row, doubling, at most 30 s. */
export function restartDelay(failuresInRow) {
  return Math.min(MAX_DELAY_MS, 250 * 2 ** Math.max(0, failuresInRow - 1));
}

/**
 * Keeps one process alive: `start()` returns something with an `exit` event (a cluster worker,
 * a child process). Returns { stop(): Promise<void>, current() }.
 */
function keepAlive(name, start, { log, onExit }) {
  let failures = 0;
  let stopped = false;
  let proc;
  let timer;
  const launch = () => {
    const since = Date.now();
    proc = start();
    proc.once("exit", (code, signal) => {
      if (stopped) return;
      failures = Date.now() - since > HEALTHY_MS ? 1 : failures + 1;
      const wait = restartDelay(failures);
      if (onExit?.(proc, code, signal) === false) return;
      log(`${name} exited (${signal ?? code}); starting another in ${wait} ms.`);
      timer = setTimeout(() => stopped || launch(), wait);
    });
  };
  launch();
  return {
    current: () => proc,
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}

/**
 * Runs the primary: `count` cluster workers (they report `{type: "listening"}` once serving) and,
 * when given, the publisher as a child process at a lower CPU priority. SIGTERM/SIGINT drain
 * everything within drainMs (+5 s backstop) and exit.
 */
export function runPrimary({ count, drainMs, publisher, log = console.error, onServing }) {
  let stopping = false;
  let everListened = false;
  let startFailures = 0;
  let listening = 0;
  let announced = false;
  const listened = new WeakSet();

  cluster.on("message", (worker, message) => {
    if (message?.type !== "listening" || listened.has(worker)) return;
    listened.add(worker);
    everListened = true;
    startFailures = 0;
    if (++listening === count && !announced) {
      announced = true;
      onServing?.();
    }
  });

  const workers = Array.from({ length: count }, (_, slot) =>
    keepAlive(`An app process (slot ${slot})`, () => cluster.fork({ WORKER_SLOT: String(slot) }), {
      log,
      onExit(worker) {
        if (listened.has(worker)) listening--;
        else if (!everListened && ++startFailures >= START_FAILURES_BEFORE_GIVING_UP) {
          log("The app processes die at start and none has ever served: stopping (see above).");
          shutdown(CANNOT_START);
          return false;
        }
      },
    }),
  );

  const publisherKeeper =
    publisher &&
    keepAlive(
      "The aggregate publisher",
      () => {
        const child = spawn(publisher.command, publisher.args, {
          cwd: publisher.cwd,
          env: publisher.env,
          stdio: ["ignore", "inherit", "inherit", "ipc"],
        });
        try {
          // Lower than the app processes, whatever their own priority.
          setPriority(child.pid, Math.min(19, getPriority() + (publisher.nice ?? 10)));
        } catch {
          // Not permitted here: the publisher lowers its own priority as well.
        }
        return child;
      },
      { log },
    );

  let exitCode = 0;
  function shutdown(code = 0) {
    if (stopping) return;
    stopping = true;
    exitCode = code;
    for (const k of [...workers, publisherKeeper].filter(Boolean)) k.stop();
    const alive = new Set();
    for (const w of Object.values(cluster.workers ?? {})) {
      // A worker that is dying at start can still be listed: sending to it would throw (its
      // channel is closed) and take the supervisor down with exit code 1 instead of its own.
      if (w.isDead() || !w.isConnected()) continue;
      alive.add(w.process);
      // With a callback a failed send (EPIPE: the worker died in between) is handed to it
      // instead of being emitted as an 'error' nobody listens to; its exit is awaited below.
      w.send({ type: "drain" }, () => {});
    }
    const child = publisherKeeper?.current();
    if (child && child.exitCode === null && child.signalCode === null) {
      alive.add(child);
      child.kill("SIGTERM");
    }
    if (alive.size === 0) process.exit(code);
    for (const p of alive)
      p.once("exit", () => {
        alive.delete(p);
        if (alive.size === 0) process.exit(exitCode);
      });
    // Bounded: the workers cut their own connections at drainMs; this is the backstop.
    setTimeout(() => {
      for (const p of alive) p.kill("SIGKILL");
      process.exit(code || 1);
    }, drainMs + 5_000).unref();
  }
  process.on("SIGTERM", () => shutdown(0));
  process.on("SIGINT", () => shutdown(0));
  return { shutdown };
}

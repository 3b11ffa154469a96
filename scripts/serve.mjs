#!/usr/bin/env node
// Serves the production build with one app process per core behind one port: a Node cluster
// whose workers each run Next's own request handler (`next({ dev: false })`, the same router,
// compression and proxy as `next start`) and accepting from one shared listening socket; the
// primary only starts, restarts and stops them. Sessions, drafts, rate limits and the
// aggregate version live in PostgreSQL, so workers share nothing in memory (docs/scaling.md).
//
//   node scripts/serve.mjs [--port 3000] [--hostname 0.0.0.0] [--workers N] [--dir APP]
//   (--dir serves another built Next app: the bench's Next floor, scripts/bench/next-floor.mjs)
//   WEB_CONCURRENCY=N overrides the worker count (default: the machine's cores);
//   DRAIN_TIMEOUT_MS bounds a graceful shutdown (default 10 000).
//
// SIGTERM (or SIGINT): every worker accepts what is already waiting in the socket's backlog,
// then stops accepting, answers every request it has accepted (responses say
// `Connection: close`), waits for `after()` work, closes its database pool and exits; whatever
// is still open after DRAIN_TIMEOUT_MS is cut. Behind a load balancer, take the instance out of
// rotation first (docs/scaling.md, "Draining an instance").
import cluster from "node:cluster";
import http from "node:http";
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: process.env.PORT ?? "3000" },
    hostname: { type: "string", default: "0.0.0.0" },
    workers: { type: "string", default: process.env.WEB_CONCURRENCY ?? "" },
    dir: { type: "string", default: "" },
  },
});
const port = Number(values.port);
const hostname = values.hostname;
const drainMs = Number(process.env.DRAIN_TIMEOUT_MS ?? 10_000);
const QUIET_POLLS = 5;
const root = values.dir || new URL("..", import.meta.url).pathname;

// Workers accept from the shared socket themselves (not round-robin through the primary): a
// connection the primary had accepted but not yet handed to a busy worker would be reset when
// the workers stop listening; one still in the kernel's backlog is accepted while draining.
cluster.schedulingPolicy = cluster.SCHED_NONE;
if (cluster.isPrimary) primary();
else worker();

function primary() {
  const count = Math.max(1, Number(values.workers) || availableParallelism());
  let stopping = false;
  let listening = 0;
  const started = new Map();
  const fork = () => started.set(cluster.fork().id, Date.now());

  cluster.on("message", (_worker, message) => {
    if (message?.type === "listening" && ++listening === count)
      console.log(`Serving on http://${hostname}:${port} with ${count} app processes`);
  });
  let alive = 0;
  cluster.on("fork", () => alive++);
  cluster.on("exit", (w, code, signal) => {
    alive--;
    if (stopping) {
      // Counted here: cluster.workers drops a worker only once its IPC channel has closed too.
      if (alive === 0) process.exit(exitCode);
      return;
    }
    // A worker that dies at start would die again: stop instead of looping.
    if (Date.now() - (started.get(w.id) ?? 0) < 10_000) {
      console.error(`An app process exited at start (${signal ?? code}); stopping.`);
      shutdown(1);
      return;
    }
    console.error(`An app process exited (${signal ?? code}); starting another.`);
    fork();
  });

  let exitCode = 0;
  function shutdown(code = 0) {
    if (stopping) return;
    stopping = true;
    exitCode = code;
    const workers = Object.values(cluster.workers ?? {});
    if (workers.length === 0) process.exit(code);
    for (const w of workers) w.send({ type: "drain" });
    // Bounded: the workers cut their own connections at drainMs; this is the backstop.
    setTimeout(() => {
      for (const w of Object.values(cluster.workers ?? {})) w.process.kill("SIGKILL");
      process.exit(code || 1);
    }, drainMs + 5_000).unref();
  }
  process.on("SIGTERM", () => shutdown(0));
  process.on("SIGINT", () => shutdown(0));
  for (let i = 0; i < count; i++) fork();
}

async function worker() {
  process.env.NODE_ENV = "production";
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: root, hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const open = new Set();
  let draining = false;

  const server = http.createServer((req, res) => {
    open.add(res);
    res.once("close", () => open.delete(res));
    if (draining) res.shouldKeepAlive = false;
    handle(req, res);
  });
  // Idle keep-alive connections live longer than a load balancer's (typically 60 s), so the
  // balancer, not the app, closes them: no request is sent on a socket the app just closed.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.listen(port, hostname, () => process.send?.({ type: "listening" }));

  // Connections the kernel has completed but no process has accepted yet would be reset when
  // the listening socket closes. So a draining worker keeps accepting, answering each with
  // `Connection: close`, until its event loop has passed through several poll phases (where
  // pending connections are accepted) without a new one: the backlog is empty. At most until
  // half the drain timeout.
  let accepted = 0;
  server.on("connection", () => {
    accepted++;
  });
  const stopAccepting = (since) =>
    new Promise((resolve) => {
      let seen = -1;
      let quiet = 0;
      const check = () =>
        // A timer, then setImmediate: the check runs after that iteration's poll phase.
        setTimeout(
          () =>
            setImmediate(() => {
              quiet = accepted === seen ? quiet + 1 : 0;
              seen = accepted;
              if (quiet >= QUIET_POLLS || Date.now() - since >= drainMs / 2) resolve();
              else check();
            }),
          5,
        );
      check();
    });

  async function drain() {
    if (draining) return;
    draining = true;
    const since = Date.now();
    // Requests already accepted: answer them, then close their connection.
    for (const res of open) {
      if (!res.headersSent) res.shouldKeepAlive = false;
      else res.once("finish", () => res.socket?.end());
    }
    await stopAccepting(since);
    const cut = setTimeout(
      () => server.closeAllConnections(),
      Math.max(0, drainMs - (Date.now() - since)),
    );
    cut.unref();
    const closed = new Promise((resolve) => server.close(resolve));
    server.closeIdleConnections();
    await closed;
    clearTimeout(cut);
    await app.close().catch(() => {});
    // lib/db.ts keeps the one Prisma client of the process on globalThis.
    await globalThis.prisma?.$disconnect().catch(() => {});
    process.exit(0);
  }
  process.on("message", (message) => message?.type === "drain" && drain());
  // Ctrl-C reaches the whole process group; the primary sends "drain" as well.
  process.on("SIGINT", drain);
  process.on("SIGTERM", drain);
}

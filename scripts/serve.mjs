#!/usr/bin/env node
// Serves the production build with one app process per core behind one port: a Node cluster
// whose workers each run Next's own request handler (`next({ dev: false })`, the same router,
// compression and proxy as `next start`; `/cds-services` answered before it, through the same
// handler as its route files), on connections the primary hands them round-robin; the primary
// (scripts/lib/supervisor.mjs) also starts, restarts with back-off and stops them, and runs the
// aggregate publisher (scripts/publisher.ts) as a child at a lower CPU priority, so no
// request-serving process ever publishes. Sessions, drafts, rate limits and the aggregate
// version live in PostgreSQL, so workers share nothing in memory (docs/scaling.md).
//
//   node scripts/serve.mjs [--port 3000] [--hostname 0.0.0.0] [--workers N] [--dir APP]
//   (--dir serves another built Next app: the bench's Next floor, scripts/bench/next-floor.mjs)
//   WEB_CONCURRENCY=N overrides the worker count (default: the machine's cores);
//   DRAIN_TIMEOUT_MS bounds a graceful shutdown (default 10 000);
//   PUBLISHER=off leaves the publisher out (one runs elsewhere: `npm run publisher`).
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
import { runPrimary } from "./lib/supervisor.mjs";

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
/** Set by npm start / npm test for scripts; never handed to an app process. */
const OWNER_SECRETS = [
  "MIGRATION_DATABASE_URL",
  "PG_OWNER_PASSWORD",
  "DATABASE_APP_PASSWORD",
  "DATABASE_PUBLISHER_PASSWORD",
];
const root = values.dir || new URL("..", import.meta.url).pathname;

// The primary accepts and hands connections to the workers in turn (round-robin). With the
// workers accepting from the shared socket themselves (SCHED_NONE), the kernel woke whichever
// was idle first, and a burst of 16 connections went about ten to one to one worker: the other
// core sat idle (docs/scaling.md, "The CDS hook"). Draining keeps its guarantee: a connection
// the primary has accepted is handed to a worker that still accepts (one that has stopped
// accepting refuses it and the primary hands it to another); a draining worker stops only after
// several poll phases without a new connection, so the primary's queue is empty by then, as
// the kernel's backlog was before (e2e/server/graceful-shutdown.spec.ts).
cluster.schedulingPolicy = cluster.SCHED_RR;
if (cluster.isPrimary) primary();
else worker();

function primary() {
  const count = Math.max(1, Number(values.workers) || availableParallelism());
  // glibc gives each thread that allocates its own malloc arena and keeps freed memory in it:
  // scrypt's 32 MB buffers from libuv's four threads at every sign-in grew the app processes'
  // RSS by ~6 MB a minute in the quiet soak; two arenas halved that (docs/scaling.md, "Soak").
  // Workers and the publisher inherit it (it must be set before a process starts).
  process.env.MALLOC_ARENA_MAX ??= "2";
  // The app processes get neither the owner's nor the publisher's credentials: only the
  // publisher's process connects as the publisher (docs/security.md, "Database roles").
  const publisherUrl = process.env.PUBLISHER_DATABASE_URL;
  for (const secret of OWNER_SECRETS) delete process.env[secret];
  delete process.env.PUBLISHER_DATABASE_URL;
  const publisher =
    values.dir || process.env.PUBLISHER === "off"
      ? undefined
      : {
          command: process.execPath,
          // tsx resolves the "@/" paths from the tsconfig of its working directory.
          cwd: root,
          args: ["--conditions=react-server", "--import", "tsx", `${root}/scripts/publisher.ts`],
          env: {
            ...process.env,
            NODE_ENV: "production",
            ...(publisherUrl ? { PUBLISHER_DATABASE_URL: publisherUrl } : {}),
          },
        };
  runPrimary({
    count,
    drainMs,
    publisher,
    onServing: () =>
      console.log(`Serving on http://${hostname}:${port} with ${count} app processes`),
  });
}

async function worker() {
  process.env.NODE_ENV = "production";
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: root, hostname, port });
  await app.prepare();
  // Next starts loading every route at start without waiting for it; waiting here means the
  // worker listens (and `npm start` reports ready) only once they are loaded, so the first
  // requests (an EHR's first CDS hook, with its 500 ms budget) do not pay for it.
  // (`app.server` is Next's NextServer; its NextNodeServer has the preload, cheap once done.)
  const inner = app.server;
  const nodeServer = typeof inner?.getServer === "function" ? await inner.getServer() : inner;
  await nodeServer?.unstable_preloadEntries?.().catch(() => {});
  const handle = app.getRequestHandler();
  // The CDS endpoints' fast path, put there by instrumentation.ts during prepare(): the same
  // handler as Next's route files, without Next's per-request cost (lib/cds-server/fast-path.ts).
  const cdsFast = globalThis[Symbol.for("kratom.cds-fast-path")];
  const open = new Set();
  let draining = false;

  const server = http.createServer((req, res) => {
    open.add(res);
    res.once("close", () => open.delete(res));
    if (draining) res.shouldKeepAlive = false;
    if (cdsFast?.(req, res)) return;
    handle(req, res);
  });
  // Idle keep-alive connections live longer than a load balancer's (typically 60 s), so the
  // balancer, not the app, closes them: no request is sent on a socket the app just closed.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.listen(port, hostname, () => process.send?.({ type: "listening" }));

  // Connections accepted but not yet handed to a worker (in the kernel's backlog or the
  // primary's round-robin queue) would be reset when the last worker stops listening. So a
  // draining worker keeps accepting, answering each with
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

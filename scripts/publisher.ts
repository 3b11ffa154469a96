/**
 * The publisher of the admin figures, in a process of its own (issue 18 §1): request-serving
 * processes never count, suppress or write a release. scripts/serve.mjs starts it beside the
 * app processes at a lower CPU priority and restarts it when it dies; `npm run publisher`
 * runs it alone (another machine, a cron-like service).
 *
 * Every REFRESH_MS it calls the publisher's one entry point, `publish()` from
 * lib/dal/aggregate-publisher.ts, connected as the publisher's own database role
 * (PUBLISHER_DATABASE_URL: only that role may write published figures). Failures are logged
 * with their message and code, and a slow database is told apart from a down one.
 *
 * Run with `tsx --conditions react-server` so `import "server-only"` resolves to its empty
 * module, as inside Next.
 */
import { getPriority, setPriority } from "node:os";
import { publish, REFRESH_MS } from "@/lib/dal/aggregate-publisher";
import { asPublisher, disconnectAll } from "@/lib/db";
import { describeDatabaseError } from "@/lib/db-unavailable";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";

const NICE = 10;
const intervalMs = Number(process.env.PUBLISH_INTERVAL_MS ?? REFRESH_MS);

let stopping = false;
let running: Promise<void> | undefined;
let timer: NodeJS.Timeout | undefined;
let failures = 0;

async function runOnce(): Promise<void> {
  const started = Date.now();
  try {
    const outcome = await asPublisher(publish);
    failures = 0;
    logger.debug({ outcome, ms: Date.now() - started }, "publisher run");
  } catch (error) {
    failures++;
    const err = describeDatabaseError(error);
    const what =
      err.trouble === "slow"
        ? "aggregate publication failed: the database answered too slowly (it is up); retrying"
        : err.trouble === "down"
          ? "aggregate publication failed: the database could not be reached; retrying"
          : "aggregate publication failed; retrying";
    logger.error({ error: err, failures, ms: Date.now() - started }, what);
  }
}

/** The interval, doubled per consecutive failure up to eight times it. */
const nextDelay = () => intervalMs * 2 ** Math.min(failures, 3);

function schedule(): void {
  if (stopping) return;
  timer = setTimeout(() => {
    running = runOnce().finally(() => {
      running = undefined;
      schedule();
    });
  }, nextDelay());
}

async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  clearTimeout(timer);
  // A run in progress finishes (its transaction commits or rolls back, the lease is released);
  // the supervisor's drain timeout is the backstop.
  await running;
  await disconnectAll();
  process.exit(0);
}

function main(): void {
  env(); // bad configuration stops here, with the message
  try {
    // At least NICE (the supervisor already set its app processes' priority + 10).
    setPriority(process.pid, Math.max(getPriority(), NICE));
  } catch {
    // Not permitted (some containers): the separate process is what matters.
  }
  if (!env().PUBLISHER_DATABASE_URL)
    logger.warn("PUBLISHER_DATABASE_URL is not set: publishing as the app's database role");
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  process.on("message", (m: { type?: string } | undefined) => m?.type === "drain" && stop());
  logger.info({ intervalMs }, "aggregate publisher started");
  running = runOnce().finally(() => {
    running = undefined;
    schedule();
  });
}

main();

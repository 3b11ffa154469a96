/**
 * One publication through the publisher's real entry point (`publish()` of
 * lib/dal/aggregate-publisher.ts, as scripts/publisher.ts calls it), in a process of its own so
 * its peak memory is its own. Run with `node --conditions=react-server --import tsx` (as
 * `npm run publisher`) and LOG_LEVEL=info: the publisher's "aggregates published" log line
 * (where the time went) comes first, then one JSON line:
 * { outcome, seconds, rssBeforeMb, peakRssMb }.
 */
import { publish } from "@/lib/dal/aggregate-publisher";
import { asPublisher, disconnectAll } from "@/lib/db";

const mb = (bytes: number) => Math.round(bytes / 1048576);

async function main() {
  const rssBeforeMb = mb(process.memoryUsage().rss);
  const started = performance.now();
  const outcome = await asPublisher(publish);
  const seconds = (performance.now() - started) / 1000;
  // maxRSS is the process's high-water mark in kilobytes (getrusage).
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  await disconnectAll();
  console.log(JSON.stringify({ outcome, seconds, rssBeforeMb, peakRssMb }));
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});

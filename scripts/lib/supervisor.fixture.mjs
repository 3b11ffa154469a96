// A tiny cluster run by the real supervisor (scripts/lib/supervisor.mjs) for its test: each
// worker answers with its pid. FAIL_AT_START names the slots ("1", "all") that die before
// listening; PUBLISHER_EXITS gives it a publisher that exits at once with that code.
import cluster from "node:cluster";
import http from "node:http";
import { runPrimary } from "./supervisor.mjs";

const { PORT, FAIL_AT_START = "", PUBLISHER_EXITS } = process.env;
// As scripts/serve.mjs.
cluster.schedulingPolicy = cluster.SCHED_RR;
if (cluster.isPrimary) {
  runPrimary({
    count: 2,
    drainMs: 1_000,
    log: (line) => console.log(line),
    onServing: () => console.log("serving"),
    publisher: PUBLISHER_EXITS
      ? { command: process.execPath, args: ["-e", `process.exit(${Number(PUBLISHER_EXITS)})`] }
      : undefined,
  });
} else {
  if (FAIL_AT_START === "all" || FAIL_AT_START === process.env.WORKER_SLOT) process.exit(1);
  const server = http.createServer((_req, res) => {
    res.setHeader("connection", "close");
    res.end(String(process.pid));
  });
  server.listen(Number(PORT), "127.0.0.1", () => process.send({ type: "listening" }));
  process.on("message", (m) => m?.type === "drain" && server.close(() => process.exit(0)));
}

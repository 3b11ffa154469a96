// The floor under every HTTP figure: what Next itself costs on this machine. A minimal app on the
// same Next and React, served by the same server script (scripts/serve.mjs, one process per
// core): an empty server action and a dynamic page with one client component; no database, no
// session, no work. Whatever the app's real requests cost above this floor is the app's; the
// floor itself is not the app's to lower. The app is built in a git-ignored folder whose
// node_modules are hard links to this project's (nothing is downloaded).
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { log, root, run } from "../lib/run.mjs";
import { actionId } from "./actions.mjs";
import { treeCpuMs } from "./cpu.mjs";
import { load, median, range, WARM_UP } from "./http-stage.mjs";
import { startServer } from "./server.mjs";

const DIR = `${root}/.bench-floor`;

const FILES = {
  "package.json": '{ "name": "next-floor", "private": true }\n',
  "next.config.js": "module.exports = {};\n",
  "app/layout.tsx": `export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (<html lang="en"><body>{children}</body></html>);
}
`,
  "app/actions.ts": `"use server";
export async function emptyAction(input: { n: number }) {
  return { ok: true, n: input.n };
}
`,
  "app/button.tsx": `"use client";
import { emptyAction } from "./actions";
export function Button() {
  return <button type="button" onClick={() => emptyAction({ n: 1 })}>Go</button>;
}
`,
  "app/page.tsx": `import { connection } from "next/server";
import { Button } from "./button";
export default async function Page() {
  await connection();
  return (<main><h1>Floor</h1><p>A dynamic page with one client component.</p><Button /></main>);
}
`,
};

async function build() {
  rmSync(DIR, { recursive: true, force: true });
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(`${DIR}/${path}`.replace(/\/[^/]+$/, ""), { recursive: true });
    writeFileSync(`${DIR}/${path}`, text);
  }
  // Turbopack compiles nothing outside the app's folder, so a symlink will not do.
  execFileSync("cp", ["-al", `${root}/node_modules`, `${DIR}/node_modules`]);
  log("Building the Next floor app (next build)…");
  await run(`${DIR}/node_modules/.bin/next`, ["build"], { cwd: DIR });
}

/** Rows for the bench table: the empty action and the trivial page, interleaved rounds. */
export async function measureNextFloor({ port, env, rounds, clients, count }) {
  await build();
  const server = await startServer(port, env, DIR);
  try {
    const id = actionId("emptyAction", DIR);
    const ok = async (response) => {
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`the floor app answered ${response.status}`);
    };
    const series = {
      "Next floor: empty server action": () =>
        fetch(`${server.url}/`, {
          method: "POST",
          headers: {
            Accept: "text/x-component",
            "Content-Type": "text/plain;charset=UTF-8",
            "Next-Action": id,
            Origin: server.url,
          },
          body: JSON.stringify([{ n: 1 }]),
        }).then(ok),
      "Next floor: GET a dynamic page with one client component": () =>
        fetch(`${server.url}/`, {
          headers: { Accept: "text/html", "Accept-Encoding": "gzip, br" },
        }).then(ok),
    };
    const figures = Object.fromEntries(Object.keys(series).map((name) => [name, []]));
    // The same unmeasured warm-up the app's series get.
    for (const request of Object.values(series)) await load(clients, WARM_UP, request);
    for (let round = 1; round <= rounds; round++) {
      log(`Next floor: round ${round} of ${rounds}…`);
      for (const [name, request] of Object.entries(series)) {
        const before = treeCpuMs(server.pid);
        const result = await load(clients, count, request);
        const cpu = before === null ? null : (treeCpuMs(server.pid) - before) / count;
        if (result.failures) throw new Error(`${name}: ${result.firstFailure}`);
        figures[name].push({ ...result, cpu });
      }
    }
    return Object.entries(figures).map(([name, runs]) => {
      const perSecond = runs.map((r) => r.throughput);
      const cpu =
        runs[0].cpu === null
          ? ""
          : `, app CPU ${median(runs.map((r) => r.cpu)).toFixed(1)} ms/request`;
      return [
        `${name}, ${clients} clients (a minimal app: the ceiling any page or action here can reach)`,
        `${median(perSecond).toFixed(0)}/s (${range(perSecond)}), p95 ${median(runs.map((r) => r.p95)).toFixed(1)} ms${cpu}`,
        "",
        null,
      ];
    });
  } finally {
    await server.stop();
  }
}

// A hash of everything `next build` reads, so `npm start` rebuilds only after a change.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { root } from "./run.mjs";

const inputs = [
  "app",
  "components",
  "lib",
  "public",
  "prisma/schema.prisma",
  "next.config.js",
  "proxy.ts",
  "instrumentation.ts",
  "package-lock.json",
  "tsconfig.json",
  "postcss.config.mjs",
];

function walk(path, files) {
  if (!existsSync(path)) return;
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) walk(`${path}/${name}`, files);
  } else files.push(path);
}

export function sourceHash() {
  const files = [];
  for (const input of inputs) walk(`${root}/${input}`, files);
  const hash = createHash("sha256");
  for (const file of files) hash.update(file).update(readFileSync(file));
  return hash.digest("hex");
}

// First-load JavaScript per route from the production build: the root scripts every page loads
// plus the entry chunks of the route's layouts, page and boundaries (Turbopack's client
// reference manifests), each gzipped as a server would send it. Charts loaded later with
// next/dynamic are not first-load, by design.
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { root } from "../lib/run.mjs";

export function firstLoadKb(route, pageDir) {
  const next = `${root}/.next`;
  const build = JSON.parse(readFileSync(`${next}/build-manifest.json`, "utf8"));
  const file = `${next}/server/app/${pageDir}/page_client-reference-manifest.js`;
  if (!existsSync(file)) return null;
  const sandbox = { __RSC_MANIFEST: {} };
  new Function("globalThis", readFileSync(file, "utf8"))(sandbox);
  const manifest = Object.values(sandbox.__RSC_MANIFEST)[0];
  const files = new Set(build.rootMainFiles);
  for (const list of Object.values(manifest.entryJSFiles)) for (const f of list) files.add(f);
  let bytes = 0;
  for (const f of files) bytes += gzipSync(readFileSync(`${next}/${f}`)).length;
  return { route, kb: bytes / 1024 };
}

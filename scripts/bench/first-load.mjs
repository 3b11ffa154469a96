// First-load JavaScript per route from the production build: the root scripts every page loads
// plus the entry chunks of the route's layouts, page and boundaries (Turbopack's client
// reference manifests), each gzipped as a server would send it. Charts loaded later with
// next/dynamic are not first-load, by design.
// `node scripts/bench/first-load.mjs` prints every route's figure from the current build
// without the rest of the bench (no database): the quick check after a change to client code.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { root } from "../lib/run.mjs";

/** `pageDir` is the route's folder under app/ (route groups included). */
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
  return { route, kb: bytes / 1024, dir: pageDir };
}

/** Every page of the build as [route, its folder under app/], in path order. */
export function buildRoutes() {
  const app = `${root}/.next/server/app`;
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(`${app}/${dir}`, { withFileTypes: true })) {
      const path = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path);
      else if (entry.name === "page_client-reference-manifest.js" && !dir.startsWith("_"))
        found.push([`/${dir.replace(/\([^)]*\)\//g, "")}`, dir]);
    }
  };
  if (existsSync(app)) walk("");
  return found.sort((a, b) => a[0].localeCompare(b[0]));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  for (const [route, dir] of buildRoutes()) {
    const size = firstLoadKb(route, dir);
    if (size) console.log(`${size.kb.toFixed(1).padStart(7)} kB  ${route}`);
  }
}

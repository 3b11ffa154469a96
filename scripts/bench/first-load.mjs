// First-load JavaScript per route from the production build: the root scripts every page loads
// plus the entry chunks of the route's layouts, page and boundaries (Turbopack's client
// reference manifests), each gzipped as a server would send it. Charts loaded later with
// next/dynamic are not first-load, by design.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { root } from "../lib/run.mjs";

const DRAFT = "(clinician)/checklist/[draftId]";
/** The checklist's step routes (one folder with a page per step). */
export const STEP_ROUTES = readdirSync(`${root}/app/${DRAFT}`, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`${root}/app/${DRAFT}/${d.name}/page.tsx`))
  .map((d) => `${DRAFT}/${d.name}`);

/** `pageDir` is one route's folder under app/, or a list of them: then the heaviest one. */
export function firstLoadKb(route, pageDir) {
  if (Array.isArray(pageDir)) {
    const sizes = pageDir.map((dir) => firstLoadKb(route, dir)).filter(Boolean);
    if (!sizes.length) return null;
    const top = sizes.reduce((a, b) => (b.kb > a.kb ? b : a));
    return { route: `${route} (heaviest: ${top.dir.split("/").pop()})`, kb: top.kb, dir: top.dir };
  }
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

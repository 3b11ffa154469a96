// Workarounds for @prisma/adapter-pg 6.19.3 when the Prisma CLI runs migrations over it.
// 1. prisma/orm#27403: `name` (OID 19) / `"char"` (OID 18) columns from the schema engine's
//    introspection cannot be deserialised: remap them to text (OID 25).
// 2. connectToShadowDb() with a connectionString sends shadow work to the main DB: pass
//    discrete host/port/user/password/database instead.
// 3. connectToShadowDb() drops the shadow DB before closing its pool: drop it after dispose.
// 4. executeScript() splits a migration on every ";", even inside a $$-quoted function body:
//    send the script whole (the simple query protocol runs several statements in one go).
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { parse } from "pg-connection-string";

const REMAP: Record<number, number> = { 18: 25, 19: 25 };
function fix<T>(res: T): T {
  // biome-ignore lint/suspicious/noExplicitAny: pg result shape is untyped here
  const fields = (res as any)?.fields;
  if (Array.isArray(fields))
    for (const f of fields) if (REMAP[f.dataTypeID]) f.dataTypeID = REMAP[f.dataTypeID];
  return res;
}

export class PgCompatClient extends pg.Client {
  // biome-ignore lint/suspicious/noExplicitAny: mirrors pg.Client's overloaded signature
  query(config: any, values?: any, callback?: any): any {
    if (typeof values === "function") {
      callback = values;
      values = undefined;
    }
    if (typeof callback === "function")
      // biome-ignore lint/suspicious/noExplicitAny: pg callback types
      return super.query(config, values, (e: any, r: any) => callback(e, fix(r)));
    // biome-ignore lint/suspicious/noExplicitAny: pg returns a promise here
    const r: any = super.query(config, values);
    return r && typeof r.then === "function" ? r.then(fix) : r;
  }
}

export function pgConfig(url = process.env.DATABASE_URL) {
  if (!url) throw new Error("DATABASE_URL is not set: run through `npm start` or set it.");
  const c = parse(url);
  return {
    host: c.host ?? "127.0.0.1",
    port: c.port ? Number(c.port) : 5432,
    user: c.user,
    password: c.password,
    database: c.database ?? undefined,
    Client: PgCompatClient,
    allowExitOnIdle: true,
  } as pg.PoolConfig;
}

type Connection = Awaited<ReturnType<PrismaPg["connect"]>>;

function sendScriptsWhole(conn: Connection): Connection {
  // biome-ignore lint/suspicious/noExplicitAny: the adapter keeps its pool and error mapper private
  const internals = conn as any;
  conn.executeScript = async (script: string) => {
    try {
      await internals.client.query(script);
    } catch (error) {
      internals.onError(error);
    }
  };
  return conn;
}

export class PrismaPgMigrate extends PrismaPg {
  constructor(private cfg: pg.PoolConfig) {
    super(cfg);
  }
  async connect() {
    return sendScriptsWhole(await super.connect());
  }
  async connectToShadowDb() {
    const main = await this.connect();
    const database = `prisma_migrate_shadow_db_${randomUUID()}`;
    await main.executeScript(`CREATE DATABASE "${database}"`);
    const shadow = sendScriptsWhole(await new PrismaPg({ ...this.cfg, database }).connect());
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await main.executeScript(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await main.dispose();
    };
    return shadow;
  }
}

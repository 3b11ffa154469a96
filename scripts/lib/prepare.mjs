// The steps `npm start` and `npm test` share after install: Prisma client, migrations.
import { bin, log } from "./run.mjs";

export async function prismaGenerate() {
  log("Generating the Prisma client…");
  await bin("prisma", ["generate", "--no-hints"], { stdio: ["ignore", "ignore", "inherit"] });
}

export async function migrate(databaseUrl) {
  log("Applying database migrations…");
  await bin("prisma", ["migrate", "deploy"], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NODE_OPTIONS: "--require ./prisma/unref-timers.cjs",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

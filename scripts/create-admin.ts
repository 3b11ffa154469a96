// Creates the first clinic admin of a real deployment (demo accounts exist only in demo mode).
//
//   ADMIN_PASSWORD='…' npm run create-admin -- --email ada@clinic.example --name "Ada Admin" --clinic "North Clinic"
//   npm run create-admin -- --email … --name … --clinic …        (asks for the password, no echo)
//   printf '%s' "$PW" | npm run create-admin -- --email … …      (password on stdin)
//
// The password never goes on the command line: argv is visible to every user of the machine
// (ps, /proc) and lands in shell history. An existing email is refused unless --reset is given.
import { parseArgs } from "node:util";
import { z } from "zod";
import { notDerivedFromEmail } from "../lib/accounts/schemas";
import { newPasswordSchema } from "../lib/auth/password-policy";
import { ensureClinic, upsertAccount } from "../prisma/accounts";
import { scriptClient } from "../prisma/client";

const argsSchema = z.object({
  email: z.email({ error: "--email must be an email address." }).max(254).toLowerCase(),
  name: z.string().trim().min(1, { error: "--name is required." }).max(120),
  clinic: z.string().trim().min(1, { error: "--clinic is required." }).max(120),
});

const USAGE =
  "Usage: ADMIN_PASSWORD=… npm run create-admin -- --email <email> --name <name> --clinic <clinic name> [--reset]\n" +
  "       (without ADMIN_PASSWORD the password is read from stdin, or asked for without echo)";

async function readPassword(): Promise<string> {
  const fromEnv = process.env.ADMIN_PASSWORD;
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks)
      .toString("utf8")
      .replace(/\r?\n$/, "");
  }
  return promptHidden("Password for the new admin: ");
}

/** Reads a line from the terminal without echoing it. */
function promptHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stdout.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding("utf8");
    let value = "";
    const done = (result: string | Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.removeListener("data", onData);
      process.stdout.write("\n");
      if (result instanceof Error) reject(result);
      else resolve(result);
    };
    const onData = (key: string) => {
      for (const ch of key) {
        if (ch === "\r" || ch === "\n") return done(value);
        if (ch === "\u0003") return done(new Error("Cancelled."));
        if (ch === "\u007f" || ch === "\b") value = value.slice(0, -1);
        else value += ch;
      }
    };
    stdin.on("data", onData);
  });
}

async function main() {
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      name: { type: "string" },
      clinic: { type: "string" },
      reset: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const args = argsSchema.safeParse(values);
  if (!args.success) throw new Error(`${args.error.issues[0]?.message}\n${USAGE}`);
  const password = newPasswordSchema.safeParse(await readPassword());
  if (!password.success) throw new Error(`Password refused: ${password.error.issues[0]?.message}`);
  if (!notDerivedFromEmail({ email: args.data.email, password: password.data }))
    throw new Error("Password refused: do not use the email address in the password.");

  const db = scriptClient();
  try {
    const existing = await db.user.findUnique({
      where: { email: args.data.email },
      select: { id: true },
    });
    if (existing && !values.reset)
      throw new Error(
        `An account with ${args.data.email} exists; add --reset to make it an admin of this clinic with this password (its sessions end).`,
      );
    const clinicId = await ensureClinic(db, args.data.clinic);
    const id = await upsertAccount(db, {
      email: args.data.email,
      name: args.data.name,
      role: "admin",
      clinicId,
      password: password.data,
    });
    await db.session.deleteMany({ where: { userId: id } });
    // The same append-only log the app writes; "cli" as the role says who did it.
    await db.auditEvent.create({
      data: {
        action: existing ? "user.password-reset" : "user.created",
        actorRole: "cli",
        clinicId,
        targetType: "user",
        targetId: id,
      },
    });
    console.log(
      `Admin ${args.data.email} ${existing ? "updated" : "created"} in "${args.data.clinic}".`,
    );
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});

import { Client } from "pg";

/** The audit actions recorded for one target, oldest first (read as the app's role reads them). */
export async function auditActions(targetId: string): Promise<string[]> {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query(
      'select action from audit_event where "targetId" = $1 order by id',
      [targetId],
    );
    return rows.map((r) => r.action);
  } finally {
    await client.end();
  }
}

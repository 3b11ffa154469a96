import "server-only";
import { Prisma } from "@prisma/client";
import { createRemoteJWKSet } from "jose";
import { db } from "@/lib/db";

/** A registered EHR as the hook path needs it (lib/cds-server/caller.ts). */
export interface Registration {
  id: string;
  clinicId: string;
  issuer: string;
  jwksUrl: string;
  fhirServer: string | null;
  patientViewEnabled: boolean;
  active: boolean;
}

/**
 * How long an app process trusts what it read about a registration. Stopping acceptance, turning
 * patient-view off or changing an EHR therefore takes effect at once in the process that made the
 * change and within this time in every other (docs/cds-hooks.md, "Revocation"). Every call still
 * verifies its token and consumes its jti in the database; only the registration row is reused.
 */
export const REGISTRATION_TTL_MS = 30_000;
/** Unknown issuers are remembered too (a flood of them costs no query each), up to this many. */
const MAX_ENTRIES = 1_000;

type RemoteSet = ReturnType<typeof createRemoteJWKSet>;
interface Caches {
  registrations: Map<string, { row: Registration | null; until: number }>;
  keySets: Map<string, RemoteSet>;
}
// On globalThis: Next may load this module once for the routes and once for instrumentation.ts
// (the start-up warm-up), and both must fill the same caches.
const g = globalThis as unknown as { cdsCaches?: Caches };
g.cdsCaches ??= { registrations: new Map(), keySets: new Map() };
const caches = g.cdsCaches;

/**
 * One key set per JWKS URL, kept for the process: jose caches the fetched set and the imported
 * keys, refetches on an unknown kid (at most every 30 s) and after 10 minutes at the latest, so
 * a key the EHR removes from its set stops being accepted within 10 minutes.
 */
export function keySetFor(url: string): RemoteSet {
  let set = caches.keySets.get(url);
  if (!set) {
    set = createRemoteJWKSet(new URL(url), {
      // Longer than any hook budget: a slow key set ends in the budget's empty answer, not a 401.
      timeoutDuration: 6_000,
      cooldownDuration: 30_000,
      cacheMaxAge: 10 * 60_000,
    });
    caches.keySets.set(url, set);
  }
  return set;
}

const COLUMNS = Prisma.raw(
  `id, "clinicId", issuer, "jwksUrl", "fhirServer", "patientViewEnabled", active`,
);

/** The registration of `issuer` (active or not), or null; from the cache while it is fresh. */
export async function registrationOf(issuer: string): Promise<Registration | null> {
  const cached = caches.registrations.get(issuer);
  if (cached && cached.until > Date.now()) return cached.row;
  // Raw SQL on the hook's hot path: one round trip, no query compilation.
  const [row] = await db.$queryRaw<
    Registration[]
  >`SELECT ${COLUMNS} FROM cds_client WHERE issuer = ${issuer}`;
  remember(issuer, row ?? null);
  return row ?? null;
}

function remember(issuer: string, row: Registration | null) {
  if (caches.registrations.size >= MAX_ENTRIES) caches.registrations.clear();
  caches.registrations.set(issuer, { row, until: Date.now() + REGISTRATION_TTL_MS });
}

/** After a registration changes in this process: the next call reads it again. */
export function forgetRegistrations(): void {
  caches.registrations.clear();
}

/** Every active registration, read now and cached (the start-up warm-up). */
export async function loadActiveRegistrations(): Promise<Registration[]> {
  const rows = await db.$queryRaw<Registration[]>`SELECT ${COLUMNS} FROM cds_client WHERE active`;
  for (const row of rows) remember(row.issuer, row);
  return rows;
}

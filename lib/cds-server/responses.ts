import "server-only";
import { env } from "@/lib/env";

/** The app's public URL (configured, never the Host header): the base of every link and `aud`. */
export const publicBase = () => env().BETTER_AUTH_URL.replace(/\/+$/, "");
export const serviceUrl = (id: string) => `${publicBase()}/cds-services/${id}`;

/**
 * no-transform: Next would gzip every answer, about 6% of a CDS call's CPU
 * (docs/scaling.md); an EHR calls from its own network, where a few kB of JSON cost nothing.
 */
export const json = (body: unknown, status = 200) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store, no-transform" } });

/** The normal answer when there is nothing to say, and the answer to anything slow or failing. */
export const empty = () => json({ cards: [] });

/** No card, no detail, no reason: only that a valid token is needed. */
export const unauthorized = () =>
  new Response(null, {
    status: 401,
    headers: { "WWW-Authenticate": 'Bearer realm="cds-services"', "Cache-Control": "no-store" },
  });

"use client";
import { z } from "zod";

// zod 4 probes for `new Function` (to compile fast parsers) the first time it parses an object.
// Under our CSP (no 'unsafe-eval') that probe is refused and the browser reports a violation;
// jitless mode skips the probe. Module scope: it runs when the root layout's client chunk is
// evaluated, before any form below it parses. The server is unaffected in practice.
z.config({ jitless: true });

export function ZodCsp() {
  return null;
}

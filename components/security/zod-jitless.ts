// zod 4 probes for `new Function` (to compile fast parsers) the first time it parses an object.
// Under our CSP (no 'unsafe-eval') that probe is refused and the browser reports a violation;
// jitless mode skips the probe. A side-effect import of the client modules that parse with zod
// (the wizard, useActionForm), evaluated before any of their parses: only the pages with forms
// load zod, where the root layout used to ship it to every page (docs/scaling.md, first load).
import { z } from "zod";

z.config({ jitless: true });

#!/usr/bin/env node
// `node scripts/test-ehr/cli.mjs --port 3190 --app http://localhost:3000`: the test EHR on its
// own, for trying the launch by hand. `npm start` (demo mode) starts it beside the app.
import { startTestEhr } from "./index.mjs";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1];
};
const ehr = await startTestEhr({
  port: Number(arg("port", 0)),
  appUrls: arg("app", "http://localhost:3000").split(","),
});
process.stdout.write(`Test EHR: ${ehr.baseUrl}/ehr (FHIR base ${ehr.fhirBase})\n`);
const stop = () => ehr.stop().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);

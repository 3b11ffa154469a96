import "server-only";
import pino from "pino";

/**
 * Structured logs. They carry ids, actions and outcomes only: never answers, patient
 * references or free text. The redact list is a second line of defence for mistakes.
 */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: undefined,
  redact: {
    paths: [
      "patientReference",
      "*.patientReference",
      "answers",
      "*.answers",
      "password",
      "*.password",
      "otherMedicines",
      "*.otherMedicines",
    ],
    censor: "[redacted]",
  },
});

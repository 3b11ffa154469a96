import "server-only";
import pino, { type LoggerOptions } from "pino";

/**
 * Structured logs. They carry ids, actions and outcomes only: never answers, patient
 * references or free text. The redact list is a second line of defence for mistakes.
 * Exported so tests can build the same logger over an in-memory stream and read what it wrote.
 */
export const loggerOptions: LoggerOptions = {
  level: process.env.LOG_LEVEL ?? "info",
  base: undefined,
  redact: {
    paths: [
      "patientReference",
      "*.patientReference",
      "patient",
      "*.patient",
      "answers",
      "*.answers",
      "otherMedicines",
      "*.otherMedicines",
      "otherReason",
      "*.otherReason",
      "password",
      "*.password",
      "email",
      "*.email",
      "cookie",
      "*.cookie",
      "authorization",
      "*.authorization",
      "token",
      "*.token",
    ],
    censor: "[redacted]",
  },
};

export const logger = pino(loggerOptions);

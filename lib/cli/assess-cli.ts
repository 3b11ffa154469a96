/**
 * `npm run assess`: the pure part. Text in, exit code and text out, so the whole behaviour
 * is unit-tested without spawning; scripts/assess.ts only reads the file or stdin and writes.
 *
 * The input is what the submit action takes (the assessment answers). A patient reference,
 * if present, is dropped before anything else looks at the input and is never printed: not
 * in the summary, not in error messages (which name fields, never values).
 */
import { z } from "zod";
import { normaliseAnswers } from "@/lib/checklist/normalise";
import { assessmentSchema } from "@/lib/checklist/schemas";
import { stripPatientReference } from "@/lib/checklist/strip-patient-reference";
import { safeTimeZone, summaryToText } from "@/lib/report/plain-text";
import { assess } from "@/lib/risk";

export interface CliResult {
  /** 0 summary printed; 1 unexpected error; 2 bad usage, unreadable file, bad JSON or schema. */
  code: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

/** How `--text` prints: the same note the summary page copies (lib/report/plain-text.ts). */
export interface TextOptions {
  /** IANA time zone for the date line; UTC when absent. */
  timeZone?: string;
  /** The time the note is dated; now when absent (tests pass a fixed one). */
  now?: Date;
  /** An absolute link back to a full summary, when there is one. */
  link?: string;
}

export type CliCommand =
  | { kind: "schema" }
  | { kind: "help" }
  | { kind: "assess"; file: string | null; format: "json" | "text"; text: TextOptions }
  | { kind: "usage-error"; message: string };

export const USAGE = `Usage:
  npm run assess -- <assessment.json>   print the summary of one assessment as JSON
  npm run assess -- -                   read the assessment JSON from stdin (also: pipe it in)
  npm run assess -- --text <file>       print the note the summary page copies (plain text)
      --tz <zone>                       time zone of its date line, e.g. Europe/London (default UTC)
      --now <ISO date-time>             date the note at this time instead of now
      --link <https://…>                a link back to the full summary to print at the end
  npm run assess -- --schema            print the JSON Schema of the input
See docs/assessment-format.md.
`;

const VALUE_OPTIONS = new Set(["--tz", "--now", "--link"]);

/** The arguments after `--`; null file means stdin. */
export function parseArgs(args: readonly string[]): CliCommand {
  if (args.includes("--help") || args.includes("-h")) return { kind: "help" };
  if (args.includes("--schema"))
    return args.length === 1
      ? { kind: "schema" }
      : { kind: "usage-error", message: "--schema takes no other arguments." };
  const files: string[] = [];
  const values = new Map<string, string>();
  let format: "json" | "text" = "json";
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--text") format = "text";
    else if (VALUE_OPTIONS.has(arg)) {
      const value = args[++i];
      if (value === undefined) return { kind: "usage-error", message: `${arg} needs a value.` };
      values.set(arg, value);
    } else if (arg.startsWith("-") && arg !== "-")
      return { kind: "usage-error", message: `Unknown option ${arg}.` };
    else files.push(arg);
  }
  if (files.length > 1)
    return { kind: "usage-error", message: "Give one file, or none for stdin." };
  if (format === "json" && values.size > 0)
    return { kind: "usage-error", message: "--tz, --now and --link go with --text." };
  const text: TextOptions = {};
  const tz = values.get("--tz");
  if (tz !== undefined) {
    if (safeTimeZone(tz) !== tz) return { kind: "usage-error", message: "Unknown time zone." };
    text.timeZone = tz;
  }
  const now = values.get("--now");
  if (now !== undefined) {
    const date = new Date(now);
    if (Number.isNaN(date.getTime()))
      return { kind: "usage-error", message: "--now needs an ISO date-time." };
    text.now = date;
  }
  const link = values.get("--link");
  if (link !== undefined) {
    if (!/^https?:\/\/\S+$/.test(link))
      return { kind: "usage-error", message: "--link needs an absolute http(s) address." };
    text.link = link;
  }
  const [file] = files;
  return { kind: "assess", file: file && file !== "-" ? file : null, format, text };
}

/** The JSON Schema of the submit action's input, derived from the same zod schemas. */
export function inputJsonSchema(): string {
  // Refinements (cross-field checks) have no JSON Schema form; "any" keeps the rest exact.
  const schema = z.toJSONSchema(assessmentSchema, { io: "input", unrepresentable: "any" });
  return `${JSON.stringify(schema, null, 2)}\n`;
}

const fail = (code: 1 | 2, stderr: string): CliResult => ({ code, stdout: "", stderr });

/** Drops `patient.patientReference` and puts a placeholder in its place for the schema check. */
function withoutPatientReference(raw: unknown): unknown {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return raw;
  const input = raw as Record<string, unknown>;
  const patient = input.patient;
  if (!patient || typeof patient !== "object" || Array.isArray(patient)) return raw;
  const { patientReference: _dropped, ...rest } = patient as Record<string, unknown>;
  return { ...input, patient: { ...rest, patientReference: "(not used by the CLI)" } };
}

function fieldErrors(error: z.ZodError): string {
  const lines = error.issues.map((i) => `  ${i.path.join(".") || "(input)"}: ${i.message}`);
  return `The assessment does not match the input format (docs/assessment-format.md):\n${lines.join("\n")}\n`;
}

/** Assesses one assessment JSON text: the summary as JSON on stdout, or errors on stderr. */
export function assessJson(
  text: string,
  format: "json" | "text" = "json",
  options: TextOptions = {},
): CliResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    // Node's message quotes the input, which may hold the patient reference: never echo it.
    return fail(2, "The input is not valid JSON.\n");
  }
  const parsed = assessmentSchema.safeParse(withoutPatientReference(raw));
  if (!parsed.success) return fail(2, fieldErrors(parsed.error));
  try {
    // As the submit action does: stale follow-ups dropped, the reference removed, then assessed.
    const answers = stripPatientReference(normaliseAnswers(parsed.data));
    const summary = assess(answers);
    if (format === "text") {
      const { now, timeZone, link } = options;
      const { frequency } = answers.usePattern;
      const note = summaryToText({
        summary,
        at: now ?? new Date(),
        timeZone,
        link,
        frequency,
        answers,
      });
      return { code: 0, stdout: note, stderr: "" };
    }
    const output = {
      level: summary.overall,
      // True while any domain is partly or not assessed: the level is then a floor ("at least").
      overallIncomplete: summary.overallIncomplete ?? false,
      overallRule: summary.overallRule,
      rulesetVersion: summary.rulesetVersion,
      evidenceVersion: summary.evidenceVersion,
      domains: summary.domains,
      findings: summary.findings,
    };
    return { code: 0, stdout: `${JSON.stringify(output, null, 2)}\n`, stderr: "" };
  } catch (error) {
    return fail(1, `Unexpected error: ${(error as Error)?.name ?? "Error"}\n`);
  }
}

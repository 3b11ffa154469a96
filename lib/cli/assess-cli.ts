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
import { assess } from "@/lib/risk";

export interface CliResult {
  /** 0 summary printed; 1 unexpected error; 2 bad usage, unreadable file, bad JSON or schema. */
  code: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

export type CliCommand =
  | { kind: "schema" }
  | { kind: "help" }
  | { kind: "assess"; file: string | null }
  | { kind: "usage-error"; message: string };

export const USAGE = `Usage:
  npm run assess -- <assessment.json>   print the summary of one assessment as JSON
  npm run assess -- -                   read the assessment JSON from stdin (also: pipe it in)
  npm run assess -- --schema            print the JSON Schema of the input
See docs/assessment-format.md.
`;

/** The arguments after `--`; null file means stdin. */
export function parseArgs(args: readonly string[]): CliCommand {
  if (args.includes("--help") || args.includes("-h")) return { kind: "help" };
  if (args.includes("--schema"))
    return args.length === 1
      ? { kind: "schema" }
      : { kind: "usage-error", message: "--schema takes no other arguments." };
  if (args.length > 1) return { kind: "usage-error", message: "Give one file, or none for stdin." };
  const [file] = args;
  if (file?.startsWith("-") && file !== "-")
    return { kind: "usage-error", message: `Unknown option ${file}.` };
  return { kind: "assess", file: file && file !== "-" ? file : null };
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
export function assessJson(text: string): CliResult {
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
    const summary = assess(stripPatientReference(normaliseAnswers(parsed.data)));
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

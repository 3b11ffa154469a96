/**
 * The answers the note repeats beside its findings: the medicines (checked ones by name, typed
 * ones marked "not checked") and PEG-3 where pain is a reason. Read through describe.ts, so the
 * note says them as review and the summary do, from stored answers of any age.
 */
import { describeStep } from "@/lib/checklist/describe";
import { medicationById } from "@/lib/medications";

/** Stored answers, loosely: an old summary's answers may lack any of these. */
export interface NoteAnswers {
  patient?: Record<string, unknown>;
  usePattern?: { frequency?: string } & Record<string, unknown>;
  medications?: Record<string, unknown>;
}

const NONE = "—";
const medicineName = (id: string) => medicationById(id)?.generic ?? id;

/** "Medicines: tramadol; duloxetine · typed, not checked: turmeric" and "PEG-3: 6, 5, 6 …". */
export function noteAnswerLines(answers: NoteAnswers): string[] {
  const meds = describeStep("medications", answers.medications, medicineName, answers);
  const listed = meds.find((l) => l.path === "medications.medicationIds")?.answer ?? NONE;
  const typed = meds.find((l) => l.path === "medications.otherMedicines")?.answer ?? NONE;
  const parts = [
    ...(listed !== NONE ? [listed] : []),
    ...(typed !== NONE ? [`typed, not checked: ${typed}`] : []),
  ];
  const out = [`Medicines: ${parts.length ? parts.join(" · ") : "not recorded"}`];
  const peg = describeStep("patient", answers.patient, medicineName, answers).find(
    (l) => l.path === "patient.pegDeclined",
  );
  if (peg) out.push(`PEG-3 (pain, enjoyment, activity): ${peg.answer}`);
  return out;
}

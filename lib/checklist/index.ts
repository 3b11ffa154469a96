export { type AnswerLine, describeStep } from "./describe";
export {
  DRAFT_MAX_BYTES,
  type DraftAnswers,
  draftAnswersSchema,
  type SaveDraftInput,
  saveDraftSchema,
} from "./draft";
export { type DsmSeverity, dependenceSeverityOf, dsmSeverity } from "./dsm-severity";
export { normaliseAnswers } from "./normalise";
export * from "./options";
export { questionText } from "./questions";
export * from "./schemas";
export * from "./steps";
export { stripPatientReference } from "./strip-patient-reference";
export { type SubmitAssessmentInput, submitAssessmentSchema } from "./submit";

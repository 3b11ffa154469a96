export * from "./options";
export * from "./schemas";
export * from "./steps";
export { stripPatientReference } from "./strip-patient-reference";
export { dependenceSeverityOf, type DsmSeverity, dsmSeverity } from "./dsm-severity";
export { type DraftAnswers, draftAnswersSchema, saveDraftSchema, type SaveDraftInput, DRAFT_MAX_BYTES } from "./draft";
export { submitAssessmentSchema, type SubmitAssessmentInput } from "./submit";
export { type AnswerLine, describeStep } from "./describe";
export { normaliseAnswers } from "./normalise";

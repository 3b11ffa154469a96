export { type CarriedCriterion, carriedCriteria, carriedLine, carriedState } from "./carry-over";
export {
  type CheckOptions,
  checkAssessment,
  checkStep,
  completedSteps,
  firstIncompleteStep,
  type Issue,
} from "./check-answers";
export { type Contradiction, contradictionsOf } from "./contradictions";
export { type AnswerLine, describeAnswers, describeStep } from "./describe";
export {
  DRAFT_MAX_BYTES,
  type DraftAnswers,
  draftAnswersSchema,
  type SaveDraftInput,
  saveDraftSchema,
} from "./draft";
export { type DsmSeverity, dependenceSeverityOf, dsmSeverity } from "./dsm-severity";
export { applyGates, isShown, valueAt } from "./gates";
export { normaliseAnswers, upgradeAnswers } from "./normalise";
export * from "./options";
export {
  type AnswerPath,
  allQuestions,
  type Question,
  questionAt,
  questionsOf,
  questionTable,
} from "./question-table";
export { questionText } from "./questions";
export * from "./schemas";
export * from "./steps";
export { stripPatientReference } from "./strip-patient-reference";
export { type SubmitAssessmentInput, submitAssessmentSchema } from "./submit";

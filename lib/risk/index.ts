export { assess, levelRank, OVERALL_RULE, RULESET_VERSION } from "./assess";
export { missingKeyAnswers } from "./coverage";
export type { Rule } from "./rule";
export { rules } from "./rules";
export * from "./types";

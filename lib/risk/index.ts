export { assess, levelRank, OVERALL_RULE, RULESET_VERSION } from "./assess";
export { couldBePregnant, missingItems, missingKeyAnswers } from "./coverage";
export { domainLevelText, overallLevelText } from "./level-text";
export type { Rule } from "./rule";
export { rules } from "./rules";
export * from "./types";

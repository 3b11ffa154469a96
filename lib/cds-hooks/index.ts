/**
 * CDS Hooks 2.0 service logic, pure (no React, Next or database): discovery, reading draft
 * orders and the chart, judging ordered medicines with the checklist's rules, building cards.
 * The server part (lib/cds-server) verifies the caller, finds the patient's checklist and
 * stores what was shown.
 */
export * from "./cards";
export { chartAnswers } from "./chart-answers";
export { codeTable } from "./code-table";
export { currentMedicines, draftMedicines, type OrderedMedicine } from "./draft-orders";
export { type Basis, highestSeverity, type JudgedOrder, judgeOrders } from "./judge";
export { type ChartData, type ChartSignal, chartSignal, namesKratom } from "./kratom-signal";
export { type CodeTable, combineCodeTables, mapConcept, ownCodes } from "./medication-map";
export * from "./schemas";
export * from "./services";
export type * from "./types";

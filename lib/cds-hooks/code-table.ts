/**
 * The codes the service recognises in orders and in the chart. Today the vocabulary's own code
 * system; a RxNorm table (lib/medications/rxnorm.ts, planned) joins as
 * `combineCodeTables(ownCodes, rxnormCodes)` here, and nothing else changes.
 */
import { type CodeTable, ownCodes } from "./medication-map";

export const codeTable: CodeTable = ownCodes;

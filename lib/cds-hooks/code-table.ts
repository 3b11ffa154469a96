/**
 * The codes the service recognises in orders and in the chart: the vocabulary's own code system
 * and RxNorm ingredient codes from the one RxNorm table the SMART prefill reads too
 * (lib/medications/rxnorm.ts), so a medicine coded in RxNorm is the same medicine in the launch's
 * prefill and in a CDS card.
 */
import { medicationIdForRxNorm, RXNORM_SYSTEM } from "@/lib/medications/rxnorm";
import { type CodeTable, combineCodeTables, ownCodes } from "./medication-map";

export const rxnormCodeTable: CodeTable = (system, code) =>
  system === RXNORM_SYSTEM ? medicationIdForRxNorm(code) : undefined;

export const codeTable: CodeTable = combineCodeTables(ownCodes, rxnormCodeTable);

/**
 * The full rule table, in the order the summary lists domains. assess() sorts findings itself,
 * so this order only matters for documentation pages that list the rules.
 */
import type { Rule } from "../rule";
import { coUseRules } from "./co-use";
import { dependenceRules } from "./dependence";
import { interactionRules } from "./interactions";
import { otherHarmsRules } from "./other-harms";
import { productRules } from "./products";
import { skinRules } from "./skin";
import { usePatternRules } from "./use-pattern";

export const rules: readonly Rule[] = [
  ...usePatternRules,
  ...productRules,
  ...coUseRules,
  ...interactionRules,
  ...dependenceRules,
  ...skinRules,
  ...otherHarmsRules,
];

import { baseAnswers as b } from "../fixtures";
import { checkRuleCases, type RuleCase } from "../testing";
import { coUseRules } from "./co-use";

const coUsed = (...values: string[]) => b({ usePattern: { coUsed: values as never } });

const cases: RuleCase[] = [
  {
    id: "use.co-use-opioids",
    name: "non-prescribed opioids",
    answers: coUsed("non-prescribed-opioids"),
    fires: true,
    shows: ["Non-prescribed opioids"],
  },
  { id: "use.co-use-opioids", name: "alcohol only", answers: coUsed("alcohol"), fires: false },
  {
    id: "use.co-use-sedatives",
    name: "non-prescribed sedatives with cannabis",
    answers: coUsed("cannabis", "non-prescribed-sedatives"),
    fires: true,
    shows: ["Non-prescribed benzodiazepines or sedatives"],
  },
  { id: "use.co-use-sedatives", name: "none", answers: b(), fires: false },
  {
    id: "use.co-use-alcohol",
    name: "alcohol",
    answers: coUsed("alcohol", "nicotine"),
    fires: true,
    shows: ["Alcohol"],
  },
  {
    id: "use.co-use-alcohol",
    name: "stimulants only",
    answers: coUsed("stimulants"),
    fires: false,
  },
];

checkRuleCases("co-use rules", coUseRules, cases);

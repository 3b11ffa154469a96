/**
 * Issue 8 §3: the existing vocabulary entries carry the interaction classes a pharmacist expects
 * (rescue vs maintenance antagonists, mixed and peripheral antagonists, barbiturates and oxybate,
 * strong CYP3A inhibitors and inducers, narrow-index CYP2C9 and P-gp substrates, seizure threshold).
 */
import { describe, expect, it } from "vitest";
import { medicationById } from "./index";
import type { InteractionClassId } from "./types";

const cases: [string, InteractionClassId[], InteractionClassId[]][] = [
  // [id, must have, must not have]
  ["naloxone", ["rescue-opioid-antagonist"], ["opioid-antagonist"]],
  ["nalmefene", ["rescue-opioid-antagonist"], ["opioid-antagonist"]],
  ["nalmefene-tablets", ["opioid-antagonist"], ["rescue-opioid-antagonist"]],
  ["naltrexone", ["opioid-antagonist"], ["rescue-opioid-antagonist"]],
  ["naltrexone-bupropion", ["opioid-antagonist", "seizure-threshold"], []],
  ["olanzapine-samidorphan", ["opioid-antagonist"], []],
  ["buprenorphine-naloxone", ["partial-opioid-agonist"], ["rescue-opioid-antagonist"]],
  ["oxycodone-naloxone", ["full-opioid-agonist"], ["rescue-opioid-antagonist"]],
  ["butorphanol", ["mixed-agonist-antagonist"], ["partial-opioid-agonist"]],
  ["nalbuphine", ["mixed-agonist-antagonist"], ["partial-opioid-agonist"]],
  ["pentazocine", ["mixed-agonist-antagonist"], ["partial-opioid-agonist"]],
  ["methylnaltrexone", ["peripheral-opioid-antagonist"], ["opioid-antagonist"]],
  ["naloxegol", ["peripheral-opioid-antagonist"], ["opioid-antagonist"]],
  ["naldemedine", ["peripheral-opioid-antagonist"], ["opioid-antagonist"]],
  ["phenobarbital", ["barbiturate-oxybate"], ["other-cns-depressant"]],
  ["secobarbital", ["barbiturate-oxybate"], ["other-cns-depressant"]],
  ["butalbital-acetaminophen-caffeine", ["barbiturate-oxybate", "hepatotoxic"], []],
  ["sodium-oxybate", ["barbiturate-oxybate"], ["other-cns-depressant"]],
  ["ketoconazole", ["strong-cyp3a-inhibitor"], []],
  ["clarithromycin", ["strong-cyp3a-inhibitor", "cyp3a-substrate"], []],
  ["itraconazole", ["strong-cyp3a-inhibitor"], []],
  ["ritonavir", ["strong-cyp3a-inhibitor"], []],
  ["nirmatrelvir-ritonavir", ["strong-cyp3a-inhibitor"], []],
  ["rifampin", ["strong-cyp3a-inducer"], []],
  ["carbamazepine", ["strong-cyp3a-inducer", "cyp3a-substrate-nti"], []],
  ["phenytoin", ["strong-cyp3a-inducer", "nti-cyp2c9", "pigmenting"], []],
  ["st-johns-wort", ["strong-cyp3a-inducer", "serotonergic"], []],
  ["warfarin", ["nti-cyp2c9"], []],
  ["digoxin", ["nti-pgp"], []],
  ["dabigatran", ["nti-pgp"], []],
  ["bupropion", ["seizure-threshold"], ["serotonergic"]],
  ["tramadol", ["seizure-threshold", "full-opioid-agonist", "serotonergic"], []],
  ["tramadol-acetaminophen", ["seizure-threshold"], []],
  ["amitriptyline", ["seizure-threshold"], []],
  ["clomipramine", ["seizure-threshold"], []],
  ["clozapine", ["seizure-threshold"], []],
];

describe("vocabulary tags for the issue 8 interaction classes", () => {
  it.each(cases)("%s", (id, has, hasNot) => {
    const med = medicationById(id);
    expect(med, id).toBeDefined();
    expect(med?.classes).toEqual(expect.arrayContaining(has));
    for (const c of hasNot) expect(med?.classes).not.toContain(c);
  });
});

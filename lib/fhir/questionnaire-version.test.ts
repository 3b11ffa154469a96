import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { QUESTIONNAIRE_VERSION, questionnaire } from "./questionnaire";

/**
 * Structure fingerprint per published version. A change to any question, option, wording or
 * condition (the medicines vocabulary included) changes the hash: bump QUESTIONNAIRE_VERSION
 * and record the new hash here, so a stored response never names a version that changed.
 */
const FINGERPRINTS: Record<string, string> = {
  "1.0.0": "9a43717104619ccb755f33045f54aadaa25a0a84ffcdcdd7a38047ef6bb24587",
  "1.1.0": "903eff0b00e88b9acbaa39684cf5f10284959ea5dfd6e3002feb6b101982ffa8",
  // 1.2.0: question table (pregnancy condition, optional PEG-3 group) and the larger medicines
  // vocabulary (issue 8 §2), merged.
  "1.2.0": "51e6b3cbe1bc62c055642f7a69cd837cdb0cded0ec459e841281d92ce26dee48",
  // 1.3.0: nalmefene tablets (Selincro) as their own medicine, apart from rescue nalmefene.
  "1.3.0": "7010d69b61183d5ff242373b52f57101bcde83616b3993fc8d30f3d75331c9b5",
  // 1.4.0: "not asked" answers for reasons for use and for substances used with kratom
  // (issue 16 §3), and the vocabulary additions of issue 16 §2 (cobicistat and its
  // combinations, OTC brand families, commonly prescribed medicines) as medicine answer options.
  "1.4.0": "bccc5e33fd26a7f9e76e982eae9c06cb43a3d476614069345d2a13009f1376ac",
};

describe("Questionnaire version", () => {
  it("has a recorded fingerprint for its version (bump the version on any change)", () => {
    const hash = createHash("sha256").update(JSON.stringify(questionnaire.item)).digest("hex");
    expect(hash, `Questionnaire changed: bump QUESTIONNAIRE_VERSION and record ${hash}`).toBe(
      FINGERPRINTS[QUESTIONNAIRE_VERSION],
    );
  });
});

import { describe, expect, it } from "vitest";
import { references } from "@/lib/evidence";
import { bibliographyText, sourceNote } from "./bibliography";

describe("references read as a bibliography", () => {
  it("drops notes about what the source did not show, keeping the rest", () => {
    expect(
      bibliographyText(
        "(Authors/year not shown.) Naltrexone-Induced Kratom Withdrawal: A Call for Awareness. Society of Hospital Medicine abstract.",
      ),
    ).toBe(
      "Naltrexone-Induced Kratom Withdrawal: A Call for Awareness. Society of Hospital Medicine abstract.",
    );
    expect(
      bibliographyText(
        "Hughes RL. Fatal combination of mitragynine and quetiapine. doi:10.1007/s12024-018-0049-9 (journal/year not shown on page).",
      ),
    ).toBe(
      "Hughes RL. Fatal combination of mitragynine and quetiapine. doi:10.1007/s12024-018-0049-9.",
    );
    expect(
      bibliographyText(
        '(Authors not shown on pages seen; attributed to "Tanna et al., 2021" in [R9].) Refined Prediction. J Pharmacol Exp Ther. 2021;376(1):64–.',
      ),
    ).toBe("Refined Prediction. J Pharmacol Exp Ther. 2021;376(1):64–.");
  });

  it("leaves a complete citation untouched", () => {
    const full =
      "Suleman S, Khan R, Ioffe DOB, Chisholm C. Photodistributed Hyperpigmentation in a Chronic Kratom User. Int Clin Med Case Rep J. 2023;2(15):1–5.";
    expect(bibliographyText(full)).toBe(full);
  });

  it("no reference the app ships shows a 'not shown' note or an R-number to the clinician", () => {
    for (const r of references) {
      const shown = bibliographyText(r.citation);
      expect(shown, r.id).not.toMatch(/not shown/i);
      expect(shown.length, r.id).toBeGreaterThan(10);
    }
  });
});

describe("addresses built, not looked up (issue 16 §5)", () => {
  it("marks the epilepsy-behaviour case series, whose address was built from its DOI", () => {
    const r97 = references.find((r) => r.id === "R97")!;
    expect(r97.url).toBe("https://doi.org/10.1016/j.yebeh.2021.108057");
    expect(sourceNote(r97)).toMatch(/built from the DOI, not looked up/);
    // Every other doi.org address is one the evidence file itself lists.
    const built = references.filter((r) => sourceNote(r));
    expect(built.map((r) => r.id)).toEqual(["R97"]);
  });
});

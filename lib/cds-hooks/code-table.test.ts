import { describe, expect, it } from "vitest";
import { RXNORM_SYSTEM, rxnormCodes } from "@/lib/medications/rxnorm";
import { codeTable } from "./code-table";
import { currentMedicines, draftMedicines } from "./draft-orders";
import { draftBundle, ownCoding } from "./testing";

const rx = (code: string, display?: string) => ({
  system: RXNORM_SYSTEM,
  code,
  ...(display ? { display } : {}),
});

describe("the service's code table is the prefill's RxNorm table", () => {
  it("knows every RxNorm ingredient code of lib/medications/rxnorm.ts, as the same medicine", () => {
    for (const [code, id] of rxnormCodes) expect(codeTable(RXNORM_SYSTEM, code)).toBe(id);
  });

  it("knows no RxNorm code the table does not list, and no code under another system", () => {
    // 835603 is a tramadol product (SCD), not an ingredient: not in the table.
    expect(codeTable(RXNORM_SYSTEM, "835603")).toBeUndefined();
    expect(codeTable("urn:other", "7804")).toBeUndefined();
    expect(codeTable(ownCoding("oxycodone").system, "oxycodone")).toBe("oxycodone");
  });

  it("matches a draft order coded in RxNorm only, with no readable name, by its code", () => {
    const bundle = draftBundle([{ id: "a", text: "", coding: [rx("7804")] }], "p1");
    const [order] = draftMedicines(bundle, ["MedicationRequest/a"], codeTable);
    expect(order.mapped).toMatchObject({ status: "matched", by: "code" });
    expect(order.mapped.status === "matched" && order.mapped.medication.id).toBe("oxycodone");
  });

  it("lets the RxNorm code win over a display that names something else", () => {
    const bundle = draftBundle(
      // 10689 is a confirmed code (tramadol); Xanax names another medicine.
      [{ id: "a", text: "Percocet-ish", coding: [rx("10689", "Xanax")] }],
      "p1",
    );
    const [order] = draftMedicines(bundle, undefined, codeTable);
    expect(order.mapped.status === "matched" && order.mapped.medication.id).toBe("tramadol");
  });

  it("reads a chart medicine coded in RxNorm as the patient's current medicine", () => {
    const statements = {
      resourceType: "Bundle",
      entry: [
        {
          resource: {
            resourceType: "MedicationStatement",
            status: "active",
            medicationCodeableConcept: { coding: [rx("10689")] },
          },
        },
      ],
    };
    expect(currentMedicines(undefined, statements, codeTable).map((m) => m.id)).toEqual([
      "tramadol",
    ]);
  });
});

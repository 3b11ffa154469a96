import { describe, expect, it } from "vitest";
import { medicationIds } from "./ids";
import { medications } from "./index";

describe("the id list the form validates against", () => {
  it("holds exactly the vocabulary's ids", () => {
    expect([...medicationIds].sort()).toEqual(medications.map((m) => m.id).sort());
  });
});

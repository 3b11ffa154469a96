import { describe, expect, it } from "vitest";
import * as o from "@/lib/checklist/options";
import { inputJsonSchema, parseArgs } from "./assess-cli";

describe("parseArgs", () => {
  it.each([
    [[], { kind: "assess", file: null }],
    [["-"], { kind: "assess", file: null }],
    [["a.json"], { kind: "assess", file: "a.json" }],
    [["--schema"], { kind: "schema" }],
    [["--help"], { kind: "help" }],
    [["--schema", "a.json"], { kind: "usage-error" }],
    [["a.json", "b.json"], { kind: "usage-error" }],
    [["--verbose"], { kind: "usage-error" }],
  ])("%j → %j", (args, expected) => {
    expect(parseArgs(args)).toMatchObject(expected);
  });
});

describe("inputJsonSchema", () => {
  it("is the JSON Schema of the submit action's input, enums from the option lists", () => {
    const schema = JSON.parse(inputJsonSchema());
    expect(schema.$schema).toMatch(/json-schema\.org/);
    expect(schema.required).toEqual([
      "patient",
      "usePattern",
      "medications",
      "dependence",
      "skin",
      "otherHarms",
    ]);
    expect(schema.properties.usePattern.properties.frequency.enum).toEqual(
      o.valuesOf(o.useFrequencies),
    );
    expect(schema.properties.usePattern.properties.dosesPerDay).toMatchObject({
      type: "integer",
      minimum: 1,
      maximum: 30,
    });
  });
});

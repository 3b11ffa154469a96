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
    [["--text", "a.json"], { kind: "assess", file: "a.json", format: "text", text: {} }],
    [
      ["--text", "a.json", "--tz", "Europe/London", "--link", "https://x.example/assessments/1"],
      {
        kind: "assess",
        format: "text",
        text: { timeZone: "Europe/London", link: "https://x.example/assessments/1" },
      },
    ],
    [["--text", "a.json", "--tz"], { kind: "usage-error" }],
    [["--text", "a.json", "--tz", "Mars/Base"], { kind: "usage-error" }],
    [["--text", "a.json", "--now", "yesterday"], { kind: "usage-error" }],
    [["--text", "a.json", "--link", "/relative"], { kind: "usage-error" }],
    [["a.json", "--tz", "UTC"], { kind: "usage-error" }],
  ])("%j → %j", (args, expected) => {
    expect(parseArgs(args)).toMatchObject(expected);
  });
});

it("--now gives the note a fixed date", () => {
  const command = parseArgs(["--text", "-", "--now", "2026-12-04T17:05:00Z"]);
  expect(command).toMatchObject({ kind: "assess", file: null, format: "text" });
  if (command.kind === "assess")
    expect(command.text.now?.toISOString()).toBe("2026-12-04T17:05:00.000Z");
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

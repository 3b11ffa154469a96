"use client";
import { useWatch } from "react-hook-form";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { TextField } from "@/components/ui/text-field";
import { isShown } from "@/lib/checklist/gates";
import { type Question, questionAt, questionsOf } from "@/lib/checklist/question-table";

/**
 * One question of the table, drawn as its kind asks and shown only while its gate is open.
 * What a closed gate clears is done once for the whole form (use-gate-keeper.ts).
 */
export function QuestionField({ path }: { path: string }) {
  const q = questionAt(path);
  const answers = useWatch();
  if (!isShown(q, answers)) return null;
  return <Field q={q} />;
}

function Field({ q }: { q: Question }) {
  const label = q.legend ?? q.text;
  switch (q.kind) {
    case "one":
    case "some":
      return (
        <ChoiceGroup
          name={q.path}
          legend={label}
          hint={q.hint}
          type={q.kind === "one" ? "radio" : "checkbox"}
          options={q.options ?? []}
          columns={q.columns}
        />
      );
    case "integer":
      return (
        <TextField
          name={q.path}
          label={label}
          hint={q.hint}
          type="number"
          min={q.min}
          max={q.max}
          className={q.path.split(".").length > 2 ? "" : "mt-6 max-w-xs"}
        />
      );
    case "text":
    case "long-text":
      return (
        <TextField
          name={q.path}
          label={label}
          hint={q.hint}
          maxLength={q.maxLength}
          multiline={q.kind === "long-text"}
          className="mt-4"
        />
      );
    case "boolean":
      return <CheckboxField name={q.path} label={label} hint={q.hint} />;
    case "group":
      return (
        <fieldset className="mt-6">
          <legend className="font-semibold">{label}</legend>
          <div className="mt-2 grid gap-4 sm:grid-cols-3">
            {(q.items ?? []).map((item) => (
              <Field key={item.path} q={item} />
            ))}
          </div>
        </fieldset>
      );
    case "medicines":
      // Drawn by the medications step itself (search and chips).
      return null;
  }
}

/** Every question of a step, in table order, bar the ones the step draws itself. */
export function StepQuestions({ step, except = [] }: { step: string; except?: string[] }) {
  return questionsOf(step)
    .filter((q) => !except.includes(q.path))
    .map((q) => <QuestionField key={q.path} path={q.path} />);
}

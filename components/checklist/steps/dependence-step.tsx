"use client";
import Link from "next/link";
import { useWatch } from "react-hook-form";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { carriedCriteria, carriedLine, carriedState, isCarried } from "@/lib/checklist/carry-over";
import { dsmSeverity } from "@/lib/checklist/dsm-severity";
import * as o from "@/lib/checklist/options";
import { questionAt } from "@/lib/checklist/question-table";
import { steps } from "@/lib/checklist/steps";
import { QuestionField } from "../question-field";
import { StepForm } from "../step-form";
import { useWizard } from "../wizard-provider";

const ownCriteria = o.dsmCriteria.filter((c) => !isCarried(c.value));
const criteriaQuestion = questionAt("dependence.criteria");

/**
 * Withdrawal, last dose and attempts to stop come first, then the DSM-5 list: its tolerance,
 * withdrawal and cutting-down criteria are carried over from their one question (here or in
 * step 2) and shown as such, so only the other criteria are ticked here.
 */
export function DependenceStep() {
  return (
    <StepForm stepKey="dependence">
      <QuestionField path="dependence.withdrawalWhenMissed" />
      <QuestionField path="dependence.withdrawalSymptoms" />
      <QuestionField path="dependence.lastDose" />
      <QuestionField path="dependence.quitAttempts" />
      <QuestionField path="dependence.criteriaAsked" />
      <DsmCriteria />
    </StepForm>
  );
}

function DsmCriteria() {
  const { draftId } = useWizard();
  const answers = useWatch();
  const asked = answers?.dependence?.criteriaAsked;
  const criteria: string[] = answers?.dependence?.criteria ?? [];
  if (asked !== "asked") return null;
  const notKnown = carriedCriteria.filter((c) => carriedState(c, answers) === "not-known");
  const severity = dsmSeverity(criteria.length);
  return (
    <>
      <section aria-labelledby="carried-title" className="mt-6">
        <h2 id="carried-title" className="font-semibold">
          Criteria carried over from earlier answers
        </h2>
        <ul className="mt-2 grid gap-2">
          {carriedCriteria.map((c) => {
            const state = carriedState(c, answers);
            const stepKey = c.from.split(".")[0];
            const step = steps.find((s) => s.key === stepKey);
            return (
              <li
                key={c.criterion}
                className="rounded-md border border-slate-300 bg-slate-50 px-3 py-2"
              >
                {carriedLine(c, answers, o.dsmCriteria)} —{" "}
                <strong>
                  {state === "present"
                    ? "counted"
                    : state === "absent"
                      ? "not met"
                      : "not known, not counted"}
                </strong>
                {stepKey !== "dependence" && step && (
                  <>
                    {" "}
                    <Link
                      href={`/checklist/${draftId}/${step.slug}`}
                      className="text-blue-800 underline"
                    >
                      Change<span className="sr-only"> {step.title}</span>
                    </Link>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      </section>
      <ChoiceGroup
        name="dependence.criteria"
        legend={criteriaQuestion.legend ?? criteriaQuestion.text}
        hint={criteriaQuestion.hint}
        type="checkbox"
        options={ownCriteria}
      />
      <p className="mt-2 text-sm" role="status">
        {criteria.length} of 11 criteria:{" "}
        {severity === "none" ? "below the threshold for a use disorder" : `${severity} range`}
        {notKnown.length > 0 &&
          ` (${notKnown.length} carried ${notKnown.length === 1 ? "criterion is" : "criteria are"} not known)`}
      </p>
    </>
  );
}
